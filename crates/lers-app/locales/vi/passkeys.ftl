## Khóa truy cập và khóa bảo mật (WebAuthn)

passkey-working = Vui lòng làm theo hướng dẫn của trình duyệt hoặc khóa bảo mật…
passkey-cancelled = Khóa chưa được sử dụng: thao tác đã bị hủy hoặc đã hết thời gian. Vui lòng thử lại.
passkey-unavailable = Trình duyệt này không thể dùng khóa truy cập hoặc khóa bảo mật (WebAuthn không khả dụng, hoặc trang không được phục vụ qua HTTPS). Vui lòng dùng trình duyệt đã cập nhật, hoặc đăng nhập bằng mật khẩu và mã.
passkey-needs-script = Khóa truy cập và khóa bảo mật cần bật JavaScript trong trình duyệt này. Ông/Bà có thể đăng nhập bằng mật khẩu và mã thay thế.
passkey-sign-in-title = Đăng nhập bằng khóa truy cập
passkey-sign-in-lead = Hãy dùng khóa truy cập hoặc khóa bảo mật đã đăng ký cho tài khoản của Ông/Bà. Việc mở khóa bằng mã PIN, vân tay hoặc khuôn mặt được tính là cả hai yếu tố: không cần mật khẩu hay mã.
passkey-sign-in-button = Đăng nhập bằng khóa truy cập
passkey-second-factor-button = Dùng khóa bảo mật thay cho mã
passkey-second-factor-missing = Vui lòng nhập địa chỉ email và mật khẩu trước, sau đó dùng khóa.
passkey-step-up-button = Xác nhận bằng khóa bảo mật của tôi
passkey-step-up-done = Đã xác nhận khóa. Để trống ô mã và tiếp tục.
passkey-login-key-required = Tài khoản của Ông/Bà bắt buộc phải đăng nhập bằng khóa truy cập hoặc khóa bảo mật: mật khẩu và mã là chưa đủ. Vui lòng dùng nút “Đăng nhập bằng khóa truy cập” bên dưới.

passkeys-title = Khóa truy cập và khóa bảo mật
passkeys-lead = Khóa truy cập hoặc khóa bảo mật cho phép Ông/Bà đăng nhập không cần mật khẩu và chống lừa đảo giả mạo: khóa chỉ hoạt động trên trang này. Ông/Bà có thể đăng ký nhiều khóa, ví dụ một khóa trên máy tính và một khóa dự phòng trong chùm chìa khóa.
passkeys-manage-link = Khóa truy cập và khóa bảo mật
passkeys-enrolment-required = Cơ quan của Ông/Bà yêu cầu đăng nhập bằng khóa truy cập hoặc khóa bảo mật. Vui lòng đăng ký một khóa ngay bây giờ; trang này chỉ mở trong vài phút sau khi đăng nhập. Từ nay, Ông/Bà đăng nhập bằng khóa.
passkeys-policy-applies = Cơ quan của Ông/Bà yêu cầu đăng nhập bằng khóa truy cập hoặc khóa bảo mật, vì vậy không thể xóa khóa cuối cùng.
passkeys-none = Chưa có khóa truy cập hay khóa bảo mật nào được đăng ký.
passkeys-caption = Các khóa truy cập và khóa bảo mật của Ông/Bà
passkeys-col-synced = Đồng bộ
passkeys-never-used = Chưa từng sử dụng
passkeys-synced-yes = Có (được nhà cung cấp sao lưu)
passkeys-synced-no = Không (chỉ lưu trên thiết bị)
passkeys-new-name = Tên mới
passkeys-rename = Đổi tên
passkeys-remove = Xóa
passkeys-fresh-factor-hint = Việc thêm, đổi tên hoặc xóa khóa cần một yếu tố thứ hai vừa xác nhận: một mã hiện hành, hoặc một khóa hay mã đã được xác nhận trong 5 phút vừa qua.
passkeys-add-title = Thêm khóa truy cập hoặc khóa bảo mật
passkeys-name = Tên khóa
passkeys-name-hint = Một tên giúp phân biệt các khóa, ví dụ “Máy tính xách tay cơ quan” hoặc “Khóa xanh”.
passkeys-code-hint = Mã hiện hành từ ứng dụng xác thực. Để trống nếu Ông/Bà đã xác nhận mã hoặc khóa trong 5 phút vừa qua.
passkeys-add = Thêm khóa
passkey-registered = Đã thêm khóa. Từ nay Ông/Bà có thể đăng nhập bằng khóa này.
passkey-renamed = Đã đổi tên khóa.
passkey-removed = Đã xóa khóa. Khóa này không còn dùng để đăng nhập vào tài khoản được nữa.

passkey-error-no-relying-party = Không thể dùng khóa truy cập trên hệ thống này: địa chỉ công khai của hệ thống không phải là địa chỉ web hợp lệ cho khóa. Vui lòng báo cho nhóm phản hồi của nhà cung cấp.
passkey-error-challenge = Lượt thử này đã hết hạn hoặc đã được sử dụng. Vui lòng bắt đầu lại.
passkey-error-rejected = Không thể xác minh phản hồi của khóa. Vui lòng thử lại bằng một khóa đã đăng ký cho tài khoản này và mở khóa bằng mã PIN hoặc sinh trắc học.
passkey-error-clone = Khóa này đã bị từ chối: bộ đếm sử dụng của khóa bị lùi lại, có thể khóa đã bị sao chép. Lượt thử đã được ghi nhận. Vui lòng dùng khóa khác hoặc mã, và báo cho nhóm phản hồi của nhà cung cấp.
passkey-error-unknown-key = Khóa này chưa được đăng ký cho tài khoản nào tại đây. Vui lòng đăng nhập bằng mật khẩu và mã, rồi thêm khóa.
passkey-error-no-keys = Tài khoản của Ông/Bà chưa đăng ký khóa truy cập hay khóa bảo mật nào. Vui lòng dùng mã, hoặc thêm khóa tại mục “Khóa truy cập và khóa bảo mật”.
passkey-error-already-registered = Khóa này đã được đăng ký.
passkey-error-too-many = Tài khoản này đã có số khóa tối đa cho phép (20). Vui lòng xóa một khóa trước khi thêm khóa khác.
passkey-error-name-empty = Vui lòng đặt tên cho khóa.
passkey-error-name-long = Tên dài tối đa 60 ký tự.
passkey-error-name-characters = Tên không được chứa dấu xuống dòng hoặc ký tự điều khiển vô hình.
passkey-error-fresh-factor = Thao tác này cần một yếu tố thứ hai vừa xác nhận: nhập mã hiện hành từ ứng dụng xác thực, hoặc xác nhận trước bằng khóa bảo mật.
passkey-error-last-key = Đây là khóa cuối cùng của Ông/Bà và cơ quan yêu cầu phải có khóa: vui lòng thêm khóa khác trước khi xóa khóa này.
passkey-error-account = Tài khoản này hiện không thể đăng nhập (tài khoản bị khóa hoặc vô hiệu hóa, hoặc tên miền không còn được chấp nhận). Vui lòng liên hệ nhóm phản hồi của nhà cung cấp.
passkey-error-throttled = Có quá nhiều lần thử thất bại từ mạng của Ông/Bà. Vui lòng chờ 15 phút rồi thử lại.
passkey-error-internal = Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại và báo cho nhà cung cấp nếu lỗi vẫn tiếp diễn.

passkey-policy-title = Bảo mật đăng nhập
passkey-policy-lead = Những ai phải đăng nhập bằng khóa truy cập hoặc khóa bảo mật. Người thuộc diện này không thể đăng nhập bằng mật khẩu và mã nữa; ai chưa có khóa sẽ đăng ký ngay sau lần đăng nhập tiếp theo bằng mật khẩu và mã.
passkey-policy-link = Bảo mật đăng nhập: khóa truy cập và khóa bảo mật
passkey-policy-legend = Bắt buộc dùng khóa truy cập hoặc khóa bảo mật đối với
passkey-policy-save = Lưu
passkey-policy-saved = Đã lưu quy tắc đăng nhập.
passkey-policy-nobody = Không ai (tùy chọn cho mọi người)
passkey-policy-approvers = Nhân viên có vai trò người phê duyệt
passkey-policy-all_staff = Toàn bộ nhân viên
passkey-policy-everyone = Mọi người, kể cả bên yêu cầu
passkey-policy-four-eyes = Mở rộng phạm vi người bắt buộc dùng khóa có hiệu lực ngay. Thu hẹp phạm vi đó làm mất đi một lớp bảo vệ, nên cần quản trị viên thứ hai phê duyệt.
passkey-policy-proposed = Thay đổi này nới lỏng quy tắc, nên sẽ chờ quản trị viên thứ hai phê duyệt trên trang này; nếu không ai phê duyệt trong vòng 72 giờ, thay đổi sẽ hết hạn. Cho đến khi được phê duyệt, quy tắc hiện hành vẫn giữ nguyên.
passkey-policy-pending = { $name } đề xuất chỉ bắt buộc dùng khóa đối với: { $policy }. Đề xuất lúc { $at }; đề xuất hết hạn lúc { $expires }.
passkey-policy-own-proposal = Ông/Bà là người đề xuất thay đổi này, nên cần một quản trị viên khác phê duyệt. Ông/Bà có thể rút lại đề xuất.
passkey-policy-withdraw = Rút lại đề xuất của tôi
passkey-policy-approved = Thay đổi đã được phê duyệt và có hiệu lực từ bây giờ.
passkey-policy-rejected = Đề xuất đã bị gác lại; quy tắc hiện hành không thay đổi.

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service }: một khóa bảo mật đã được thêm vào tài khoản của quý vị
mail-key-added-body =
    Kính gửi Ông/Bà { $name },

    Khóa bảo mật hoặc passkey “{ $key }” đã được thêm vào tài khoản { $service } của quý vị lúc { $at }.

    Nếu đó là quý vị, không cần làm gì thêm. Nếu không, vui lòng đăng nhập ngay, gỡ khóa đó, đổi mật khẩu và báo cho nhà cung cấp:
    { $link }
mail-key-removed-subject = { $service }: một khóa bảo mật đã bị gỡ khỏi tài khoản của quý vị
mail-key-removed-body =
    Kính gửi Ông/Bà { $name },

    Khóa bảo mật hoặc passkey “{ $key }” đã bị gỡ khỏi tài khoản { $service } của quý vị lúc { $at }.

    Nếu đó là quý vị, không cần làm gì thêm. Nếu không, vui lòng đăng nhập ngay, kiểm tra các khóa, đổi mật khẩu và báo cho nhà cung cấp:
    { $link }
mail-key-renamed-subject = { $service }: một khóa bảo mật trong tài khoản của quý vị đã được đổi tên
mail-key-renamed-body =
    Kính gửi Ông/Bà { $name },

    Khóa bảo mật hoặc passkey “{ $previous }” trong tài khoản { $service } của quý vị đã được đổi tên thành “{ $key }” lúc { $at }.

    Nếu đó là quý vị, không cần làm gì thêm. Nếu không, vui lòng đăng nhập ngay, kiểm tra các khóa, đổi mật khẩu và báo cho nhà cung cấp:
    { $link }
