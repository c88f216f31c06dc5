## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = Wybierz co najmniej jeden plik.
upload-progress = { $name } ({ $number } z { $total }): { $share }%
upload-stored = Zapisano { $name }, SHA-256 { $sha256 }
upload-stopped = Przesyłanie przerwane: { $problem }. Aby kontynuować, wybierz ponownie ten sam plik.
