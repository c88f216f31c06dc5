## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = Đường liên kết này không hợp lệ. Vui lòng yêu cầu một đường liên kết mới.
form-link-expired = Đường liên kết này đã hết hạn. Vui lòng yêu cầu một đường liên kết mới.
form-link-used = Đường liên kết này đã được sử dụng. Vui lòng đăng nhập hoặc yêu cầu một đường liên kết mới.
form-link-revoked = Đường liên kết này không còn hiệu lực: một đường liên kết mới hơn đã được gửi, hoặc tài khoản đã được xác minh hay thay đổi kể từ đó. Vui lòng dùng đường liên kết mới nhất đã nhận, hoặc đăng nhập.
form-enrollment-reload = Vui lòng tải lại trang để nhận mã thiết lập.

## Forms and choices.
form-unreadable = Không thể đọc biểu mẫu. Vui lòng tải lại trang và gửi lại.
form-incomplete = Biểu mẫu chưa đầy đủ hoặc có một giá trị mà trang không cung cấp. Vui lòng tải lại trang và điền lại biểu mẫu.
form-choose-request-kind = Vui lòng chọn loại yêu cầu.
form-choose-eu-form = Vui lòng chọn Mẫu 5 hoặc Mẫu 6.
form-choose-language = LERS không có ngôn ngữ “{ $language }”. Vui lòng chọn một trong các ngôn ngữ sau: { $languages }.
form-choose-key-policy = Vui lòng chọn một trong các thiết lập bảo mật đăng nhập có trên trang.
form-choose-key-policy-decision = Vui lòng phê duyệt hoặc từ chối thay đổi đang chờ bằng một trong các nút trên trang.
form-choose-account-status = Vui lòng chọn một trong các trạng thái tài khoản có trên trang.

## Uploads.
form-upload-offset-missing = Vui lòng ghi vị trí byte bắt đầu của phần này trong trường header Upload-Offset.
form-multipart-unreadable = Không thể đọc tệp tải lên. Vui lòng gửi lại dưới dạng multipart/form-data.
form-upload-file-field-missing = Vui lòng gửi tệp PDF trong trường multipart có tên “file”.

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = Địa chỉ email, mật khẩu hoặc mã không đúng. Mỗi mã chỉ dùng được một lần: nếu quý vị vừa dùng một mã, vui lòng chờ mã tiếp theo.
form-login-locked = Tài khoản này đã bị khóa sau quá nhiều lần thử không thành công. Vui lòng đề nghị nhóm xử lý yêu cầu của nhà cung cấp mở khóa.
form-login-disabled = Tài khoản này đã bị vô hiệu hóa. Vui lòng liên hệ nhóm xử lý yêu cầu của nhà cung cấp.
form-login-disabled-inactive = Tài khoản này đã bị vô hiệu hóa vì không được sử dụng trong 90 ngày. Vui lòng đề nghị nhóm xử lý yêu cầu của nhà cung cấp kích hoạt lại.
form-login-domain-not-admitted = Tên miền của cơ quan quý vị không còn được chấp nhận; vui lòng liên hệ nhà cung cấp.
form-login-throttled = Có quá nhiều lần thử không thành công từ mạng của quý vị. Vui lòng chờ 15 phút rồi thử lại.
