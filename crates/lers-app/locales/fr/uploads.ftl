## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = Choisissez au moins un fichier.
upload-progress = { $name } ({ $number } sur { $total }) : { $share } %
upload-stored = { $name } enregistré, SHA-256 { $sha256 }
upload-stopped = Téléversement interrompu : { $problem }. Choisissez à nouveau le même fichier pour reprendre.
