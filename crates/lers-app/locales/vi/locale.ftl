## The language and time zone kept in the profile (issue 17).

profile-locale-legend = Ngôn ngữ và múi giờ
field-language = Ngôn ngữ
field-language-hint = Các trang và thư điện tử LERS gửi cho Ông/Bà được viết bằng ngôn ngữ này.
field-time-zone = Múi giờ
field-time-zone-hint = Ngày và giờ được hiển thị theo múi giờ này. Hệ thống đề xuất múi giờ của trình duyệt; nếu không có, dùng UTC.
locale-language-unknown = Đề nghị Ông/Bà chọn một ngôn ngữ trong danh sách.
locale-time-zone-unknown = “{ $zone }” không phải là múi giờ mà LERS nhận biết. Đề nghị Ông/Bà chọn một múi giờ trong danh sách, ví dụ Asia/Ho_Chi_Minh hoặc Europe/Warsaw.
