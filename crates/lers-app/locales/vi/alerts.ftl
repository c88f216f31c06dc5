# Cảnh báo trực cho yêu cầu khẩn cấp, lịch trực và webhook (vấn đề 18 §1, §2).

## Trang và thư (không có nội dung hồ sơ: số tham chiếu, loại, thời hạn, đường dẫn)
alert-no-clock = chưa đặt thời hạn
alert-kind-emergency = Yêu cầu khẩn cấp
alert-kind-emergency_epoc = Lệnh cung cấp dữ liệu châu Âu (EPOC) khẩn cấp
alert-summary = { $service }: { $kind } { $reference }, hạn { $due }
alert-mail-subject = { $service }: yêu cầu khẩn cấp { $reference } cần được xác nhận
alert-mail-body =
    Kính gửi Ông/Bà { $name },

    Ông/Bà nhận cảnh báo về { $reference } ({ $kind }), hạn { $due } (cấp cảnh báo { $tier }).

    Xin Ông/Bà đăng nhập và xác nhận đã tiếp nhận tại đây, để không cần cảnh báo thêm người khác:
    { $link }

    Nếu không ai xác nhận, cấp tiếp theo sẽ được cảnh báo.

## Khung và trang cảnh báo
alert-title = Cảnh báo trực
alert-raised = { $kind } { $reference }: cảnh báo phát lúc { $at }.
alert-col-tier = Cấp
alert-col-paged = Người được cảnh báo
alert-col-at = Thời điểm
alert-tier-1 = Người trực
alert-tier-2 = Cấp thứ hai
alert-tier-3 = Tất cả người phê duyệt
alert-waiting = Chưa được xác nhận: nếu không ai xác nhận, cấp tiếp theo sẽ được cảnh báo.
alert-ack-button = Xác nhận tiếp nhận
alert-acknowledged-by = Đã được { $name } xác nhận lúc { $at }.
alert-open-case = Mở { $reference } trong bảng điều khiển
alert-acknowledged = Ông/Bà đã xác nhận cảnh báo về { $reference }. Sẽ không cảnh báo thêm ai khác.
alert-already-acknowledged = Cảnh báo về { $reference } đã được xác nhận trước đó; không có gì thay đổi.

## Lịch trực (quản trị viên)
oncall-title = Trực
oncall-lead = Ai được cảnh báo khi có yêu cầu khẩn cấp, và qua những kênh nào.
oncall-refused = Chưa lưu: { $reason }
rota-list-title = Lịch trực
rota-none = Chưa thiết lập lịch trực nào: mọi người thẩm định và người phê duyệt đều được cảnh báo qua thư điện tử.
rota-name = Tên
rota-when = Ca trực
rota-shift = { $days }, { $starts }–{ $ends } ({ $zone })
rota-regions = Vùng dữ liệu
rota-all-regions = Tất cả các vùng
rota-regions-hint = Phân tách các vùng bằng dấu phẩy; để trống nếu áp dụng cho mọi vùng. Lịch trực của một vùng được ưu tiên hơn lịch trực chung cho mọi vùng.
rota-primary = Người trực
rota-second = Cấp thứ hai
rota-no-second = Không có cấp thứ hai
rota-delete = Xóa
rota-add-title = Thêm lịch trực
rota-time-zone = Múi giờ (tên IANA, ví dụ Asia/Ho_Chi_Minh)
rota-days = Các ngày bắt đầu ca trực
rota-day-mon = Thứ Hai
rota-day-tue = Thứ Ba
rota-day-wed = Thứ Tư
rota-day-thu = Thứ Năm
rota-day-fri = Thứ Sáu
rota-day-sat = Thứ Bảy
rota-day-sun = Chủ Nhật
rota-starts = Bắt đầu
rota-ends = Kết thúc
rota-times-hint = Giờ địa phương. Giờ kết thúc sớm hơn giờ bắt đầu nghĩa là ca kéo dài qua nửa đêm; cùng một giờ cho cả hai nghĩa là cả ngày.
rota-add = Thêm lịch trực
rota-saved = Lịch trực đã được lưu.
rota-deleted = Lịch trực đã được xóa.
rota-problem-name = Xin đặt cho lịch trực một tên dài tối đa 120 ký tự.
rota-problem-time-zone = Xin nhập múi giờ bằng tên IANA, ví dụ Asia/Ho_Chi_Minh hoặc America/New_York.
rota-problem-no-days = Xin đánh dấu ít nhất một ngày.
rota-problem-day = Có một ngày không được nhận dạng; xin đánh dấu các ngày trong biểu mẫu.
rota-problem-time = Xin nhập giờ bắt đầu và kết thúc theo dạng HH:MM (24 giờ).
rota-problem-region = Xin nhập tên vùng gồm chữ cái, chữ số và dấu gạch nối, phân tách bằng dấu phẩy.
rota-problem-primary = Xin chọn người trực.
rota-problem-second = Cấp thứ hai phải là một người khác với người trực.
rota-problem-not-responder = Chỉ người thẩm định và người phê duyệt đang hoạt động mới có thể trực.
rota-problem-out-of-reach = Quy tắc chia sẻ dữ liệu của người này không bao quát mọi khu vực của lịch trực (hoặc giới hạn họ ở các hồ sơ được giao); vui lòng chọn người bao quát tất cả hoặc thay đổi khu vực của lịch trực.

## Webhook cho cảnh báo
webhook-mine-title = Webhook cảnh báo của tôi
webhook-mine-lead = Ngoài thư điện tử, cảnh báo có thể đến với Ông/Bà qua webhook có chữ ký, PagerDuty (Events API v2) hoặc Opsgenie. Cảnh báo không chứa nội dung hồ sơ.
webhook-format = Định dạng
webhook-format-signed = JSON có chữ ký (LERS)
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = Địa chỉ (https)
webhook-key = Khóa định tuyến hoặc khóa API
webhook-key-hint = Với PagerDuty, nhập khóa định tuyến của tích hợp (địa chỉ là https://events.pagerduty.com/v2/enqueue); với Opsgenie, nhập khóa tích hợp API (địa chỉ là https://api.opsgenie.com/v2/alerts, hoặc api.eu.opsgenie.com). Để trống với JSON có chữ ký: LERS tạo khóa bí mật để ký.
webhook-add = Thêm webhook
webhook-remove = Gỡ bỏ
webhook-added = Webhook đã được thêm.
webhook-added-secret = Webhook đã được thêm. Khóa bí mật để ký, chỉ hiển thị lúc này:
webhook-removed = Webhook đã được gỡ bỏ.
webhook-format-unknown = Xin chọn một trong các định dạng được cung cấp.
webhook-key-missing = Xin nhập khóa định tuyến hoặc khóa API (tối đa 200 ký tự).
webhook-too-many = Quý vị đã có { $max } webhook, số lượng tối đa cho mỗi người. Xin xóa một webhook trước khi thêm webhook khác.
webhook-url-unparsable = Xin nhập địa chỉ đầy đủ, ví dụ https://alerts.example.org/lers.
webhook-url-not-https = Địa chỉ phải bắt đầu bằng https://.
webhook-url-credentials = Xin bỏ tên người dùng và mật khẩu khỏi địa chỉ; khóa được nhập ở ô riêng.
webhook-url-unresolvable = Không tìm thấy tên máy chủ của địa chỉ; xin kiểm tra lại và thử lại.
webhook-url-forbidden = Địa chỉ dẫn tới mạng riêng, mạng loopback hoặc mạng link-local, nơi LERS không gửi dữ liệu. Xin dùng địa chỉ công khai, hoặc đề nghị quản trị viên cho phép mạng đó.
