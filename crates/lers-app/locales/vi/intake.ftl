# Tiếp nhận: yêu cầu nhận ngoài cổng thông tin, người yêu cầu bên ngoài, nhập dữ liệu cũ.

intake-title = Tiếp nhận
intake-card-text = Đăng ký các yêu cầu nhận qua bưu chính, fax, email, trực tiếp, theo MLAT, qua tống đạt của tòa án hoặc qua hệ thống CNTT phi tập trung của EU.
intake-lead = Ghi nhận cách thức và thời điểm yêu cầu đến và người gửi; sau đó hoàn thiện yêu cầu bằng biểu mẫu yêu cầu, đính kèm bản quét văn bản pháp lý và đăng ký yêu cầu. Các thời hạn được tính từ thời điểm nhận.
intake-drafts-title = Đã tiếp nhận, chưa đăng ký
intake-drafts-none = Không có yêu cầu nào đang chờ đăng ký.
intake-new-title = Tiếp nhận một yêu cầu
intake-section-arrival = Cách thức và thời điểm nhận
intake-section-requester = Người yêu cầu, theo văn bản pháp lý
intake-choose = Chọn…
intake-col-request = Yêu cầu
intake-col-channel = Kênh
intake-col-requester = Người yêu cầu
intake-field-received = Ngày nhận (UTC)
intake-field-served = Ngày tống đạt (UTC)
intake-time-hint = Ngày và giờ theo UTC, ví dụ: 2026-11-20 14:30.
intake-field-entity = Pháp nhân nhận tống đạt
intake-field-name = Họ và tên
intake-field-agency = Cơ quan
intake-field-email = Địa chỉ email công vụ
intake-email-hint = Phản hồi và lời mời sử dụng cổng thông tin được gửi đến địa chỉ này, không kèm nội dung hồ sơ.
intake-field-phone = Điện thoại
intake-field-country = Quốc gia
intake-open = Tiếp tục đến biểu mẫu yêu cầu
intake-draft-heading = Yêu cầu đã tiếp nhận
intake-received-short = đã nhận
intake-case-link = hồ sơ tiếp nhận
intake-requester-external = Người yêu cầu bên ngoài (không có tài khoản cổng thông tin)
intake-requester-linked = Đã liên kết với tài khoản cổng thông tin của người yêu cầu vào
intake-requester-portal = Tài khoản cổng thông tin
intake-invited-at = đã mời
intake-taken-by = Người tiếp nhận
intake-source = Nhập từ hàng đợi trước đây với mã
intake-scan-title = Bản quét văn bản pháp lý
intake-edit = Chỉnh sửa yêu cầu
intake-edit-back = Quay lại hồ sơ tiếp nhận
intake-register = Đăng ký yêu cầu
intake-registered = Đã đăng ký với số tham chiếu { $reference }; yêu cầu đã vào hàng đợi.
intake-open-case = Mở hồ sơ trong bảng điều khiển
intake-invite = Mời người yêu cầu sử dụng cổng thông tin
intake-invited = Đã mời người yêu cầu sử dụng cổng thông tin.
intake-paper-title = Phản hồi gửi bằng văn bản giấy
intake-paper-help = Ghi nhận những gì đã gửi ngoài LERS (qua bưu chính, fax hoặc trao tay); nội dung này được đưa vào dòng thời gian của yêu cầu.
intake-paper-how = Hình thức gửi
intake-paper-sent-on = Ngày gửi
intake-paper-summary = Nội dung đã gửi
intake-paper-record = Ghi nhận phản hồi
intake-paper-recorded = Phản hồi gửi bằng văn bản giấy đã được đưa vào dòng thời gian.

intake-channel-portal = Cổng thông tin
intake-channel-api = API
intake-channel-post = Bưu chính
intake-channel-fax = Fax
intake-channel-email = Email
intake-channel-in_person = Trực tiếp
intake-channel-mlat = MLAT hoặc điều ước quốc tế
intake-channel-court_service = Tống đạt của tòa án
intake-channel-eu_decentralised_it = Hệ thống CNTT phi tập trung của EU

mail-intake-invite-subject = { $service }: mời Ông/Bà theo dõi yêu cầu trực tuyến
mail-intake-invite-body =
    Kính gửi Ông/Bà { $name },

    Chúng tôi đã nhận được yêu cầu của Ông/Bà và đã nhập yêu cầu vào { $service }, hệ thống tiếp nhận yêu cầu từ cơ quan thực thi pháp luật của chúng tôi. Ông/Bà có thể theo dõi yêu cầu trực tuyến: vui lòng đăng ký bằng chính địa chỉ email này tại

    { $link }

    Sau khi Ông/Bà xác nhận địa chỉ, yêu cầu sẽ hiển thị trong tài khoản của Ông/Bà.

    { $service }
intake-account-external = người yêu cầu bên ngoài

# Dòng trên dòng thời gian cho phản hồi mà nhân viên đã gửi bằng văn bản giấy.
timeline-paper_reply = Phản hồi đã gửi bằng văn bản giấy
