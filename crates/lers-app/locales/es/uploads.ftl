## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = Elija al menos un archivo.
upload-progress = { $name } ({ $number } de { $total }): { $share } %
upload-stored = { $name } guardado, SHA-256 { $sha256 }
upload-stopped = Carga interrumpida: { $problem }. Vuelva a elegir el mismo archivo para continuar.
