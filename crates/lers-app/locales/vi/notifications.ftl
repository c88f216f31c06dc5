# Thông báo cho nhân viên và bảng theo dõi khối lượng công việc (vấn đề 18 §3, §5).

nav-notifications = Thông báo
nav-notifications-unread = Thông báo ({ $count } chưa đọc)

notify-trigger-assigned = Một hồ sơ đã được giao cho quý vị
notify-trigger-requester_replied = Bên yêu cầu đã trả lời trong hồ sơ của quý vị
notify-trigger-clock_75 = Đã hết ba phần tư thời hạn trả lời
notify-trigger-clock_breached = Thời hạn trả lời đã hết
notify-trigger-preservation_ending = Một lệnh bảo quản dữ liệu kết thúc trong vòng bảy ngày
notify-trigger-eu_form_arrived = Đã nhận Mẫu 6 (gia hạn) hoặc Mẫu 5 (lệnh cung cấp sẽ được gửi tiếp) cho một lệnh bảo quản của EU
notify-trigger-ea_window_ending = Thời hạn để cơ quan thi hành nêu căn cứ từ chối sẽ kết thúc trong vòng một ngày
notify-trigger-approval_waiting = Có một yêu cầu phê duyệt đang chờ quý vị

notifications-title = Thông báo
notifications-intro = Các sự kiện liên quan đến quý vị: hồ sơ được giao, trả lời của bên yêu cầu, thời hạn, lệnh bảo quản sắp kết thúc và yêu cầu phê duyệt đang chờ. Hồ sơ quá hạn và trường hợp khẩn cấp được liệt kê trước.
notifications-empty = Quý vị không có thông báo nào.
notifications-col-event = Sự kiện
notifications-col-case = Hồ sơ
notifications-col-when = Thời điểm (UTC)
notifications-col-state = Trạng thái
notifications-unread = Chưa đọc
notifications-read = Đã đọc
notifications-urgent = Khẩn cấp
notifications-mark-read = Đánh dấu đã đọc
notifications-mark-all-read = Đánh dấu tất cả đã đọc
notifications-settings-link = Chọn thông báo nào được gửi qua email và vào lúc nào

notifications-settings-title = Cài đặt thông báo
notifications-settings-intro = Với mỗi loại sự kiện, quý vị chọn nhận email ngay hoặc trong bản tổng hợp hằng ngày. Mọi thông báo cũng được hiển thị trong bảng điều khiển. Email chỉ có số tham chiếu hồ sơ và loại sự kiện; hồ sơ chỉ mở được sau khi đăng nhập.
notifications-settings-always = Thời hạn đã hết và mọi sự kiện liên quan đến trường hợp khẩn cấp luôn được gửi email ngay.
notifications-delivery-immediately = Gửi email ngay
notifications-delivery-digest = Tổng hợp hằng ngày
notifications-digest-hour = Giờ gửi bản tổng hợp hằng ngày ({ $zone })
notifications-digest-hour-invalid = Vui lòng chọn giờ từ 0 đến 23.
notifications-settings-save = Lưu cài đặt
notifications-settings-saved = Cài đặt thông báo của quý vị đã được lưu.

mail-notify-subject = { $service }: { $event } ({ $reference })
mail-notify-body =
    Kính gửi { $name },

    { $event }: { $reference }

    Mở hồ sơ trong bảng điều khiển (cần đăng nhập):
    { $link }

    Thư này không chứa nội dung hồ sơ. Quý vị có thể chọn thông báo nào được gửi qua email và vào lúc nào tại:
    { $settings }
mail-digest-subject = { $service }: thông báo của quý vị ngày { $day }
mail-digest-body =
    Kính gửi { $name },

    Kể từ bản tổng hợp trước:

    { $items }

    Thông báo của quý vị trong bảng điều khiển (cần đăng nhập):
    { $link }

    Thư này không chứa nội dung hồ sơ. Quý vị có thể chọn thông báo nào được gửi qua email và vào lúc nào tại:
    { $settings }
mail-digest-item = - { $event }: { $reference } ({ $link })

workload-title = Khối lượng công việc
workload-intro = Các hồ sơ quý vị được xem: thuộc các khu vực của quý vị, và chỉ hồ sơ của riêng quý vị nếu quyền truy cập bị giới hạn như vậy.
workload-open-by-status = Hồ sơ đang mở theo trạng thái
workload-open-by-kind = Hồ sơ đang mở theo loại
workload-open-by-region = Hồ sơ đang mở theo khu vực
workload-col-status = Trạng thái
workload-col-kind = Loại
workload-col-region = Khu vực
workload-col-count = Hồ sơ đang mở
workload-empty = Không có hồ sơ đang mở nào mà quý vị được xem.
workload-clocks-title = Thời hạn
workload-due-today = Đến hạn hôm nay ({ $zone })
workload-overdue = Quá hạn
workload-emergencies-waiting = Trường hợp khẩn cấp chưa được xác nhận tiếp nhận và chưa được xử lý
workload-performance-title = { $days } ngày qua
workload-performance-intro = Thời gian đến lần xử lý đầu tiên: trung vị thời gian từ khi tiếp nhận đến lần thẩm định, quyết định, gọi xác minh hoặc trả lời đầu tiên. Quyết định đúng hạn: hồ sơ được phê duyệt hoặc từ chối trước thời hạn, trên tổng số hồ sơ đã quyết định hoặc đã quá hạn.
workload-chart-on-time = Hồ sơ tiếp nhận theo loại; phần tô đậm: quyết định đúng hạn
workload-col-received = Đã tiếp nhận
workload-col-first-action = Trung vị thời gian đến lần xử lý đầu tiên
workload-col-on-time = Quyết định đúng hạn
workload-minutes = { $minutes } phút
workload-share = { $percent } % ({ $on_time } trên { $settled })
workload-no-figure = chưa có số liệu
