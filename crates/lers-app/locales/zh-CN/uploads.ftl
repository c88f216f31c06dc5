## What the console's upload script says while a production file is sent:
## the page carries these texts, with {name}-style slots the script fills in.

upload-choose = 请至少选择一个文件。
upload-progress = { $name }（第 { $number } 个，共 { $total } 个）：{ $share }%
upload-stored = 已保存 { $name }，SHA-256 { $sha256 }
upload-stopped = 上传已中断：{ $problem }。请重新选择同一文件以继续。
