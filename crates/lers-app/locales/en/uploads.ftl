## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = Choose at least one file.
upload-progress = { $name } ({ $number } of { $total }): { $share }%
upload-stored = { $name } stored, SHA-256 { $sha256 }
upload-stopped = Upload stopped: { $problem }. Choose the same file again to continue.
