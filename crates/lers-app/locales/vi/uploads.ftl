## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = Vui lòng chọn ít nhất một tệp.
upload-progress = { $name } ({ $number }/{ $total }): { $share }%
upload-stored = Đã lưu { $name }, SHA-256 { $sha256 }
upload-stopped = Tải lên bị dừng: { $problem }. Hãy chọn lại đúng tệp đó để tiếp tục.
