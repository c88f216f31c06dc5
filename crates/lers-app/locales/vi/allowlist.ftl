domains-builtin-title = Danh sách .gov của Hoa Kỳ có sẵn
domains-builtin-status = LERS đi kèm danh sách các tên miền .gov đã đăng ký của Hoa Kỳ do CISA công bố và đã nạp danh sách này ở lần khởi động đầu tiên: { $enabled } trên tổng số { $total } mục cho phép đăng ký. Khi vô hiệu hóa danh sách, các tên miền này không còn được đăng ký; vẫn có thể bật/tắt từng mục riêng lẻ bên dưới.
domains-builtin-disable = Vô hiệu hóa toàn bộ danh sách có sẵn
domains-builtin-enable = Kích hoạt lại danh sách có sẵn
domains-builtin-disabled = Đã vô hiệu hóa { $count } mục của danh sách có sẵn.
domains-builtin-enabled = Đã kích hoạt lại { $count } mục của danh sách có sẵn; các mục đã bị vô hiệu hóa riêng lẻ vẫn giữ nguyên trạng thái vô hiệu hóa.
