## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = Wählen Sie mindestens eine Datei aus.
upload-progress = { $name } ({ $number } von { $total }): { $share } %
upload-stored = { $name } gespeichert, SHA-256 { $sha256 }
upload-stopped = Hochladen unterbrochen: { $problem }. Wählen Sie dieselbe Datei erneut aus, um fortzufahren.
