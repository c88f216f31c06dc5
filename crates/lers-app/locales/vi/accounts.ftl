## Tài khoản: đường liên kết, quên và đổi mật khẩu, hồ sơ, đổi email, giới hạn số lần thử

throttled-text = Có quá nhiều lần thử từ mạng của Ông/Bà hoặc cho địa chỉ này. Để bảo vệ hộp thư của cán bộ, biểu mẫu này bị giới hạn. Vui lòng thử lại sau { $minutes } phút.

signup-resend-prompt = Chưa nhận được email sau vài phút?
login-forgot = Quên mật khẩu?
login-resend = Chưa nhận được email xác minh?

resend-title = Gửi lại đường liên kết xác minh
resend-lead = Nhập địa chỉ đã dùng để đăng ký. Nếu địa chỉ này có tài khoản chưa được xác minh, chúng tôi sẽ gửi một đường liên kết mới; các đường liên kết cũ sẽ hết hiệu lực.
resend-submit = Gửi đường liên kết mới

forgot-title = Quên mật khẩu
forgot-lead = Nhập địa chỉ email của tài khoản. Nếu địa chỉ thuộc về một tài khoản đang hoạt động, chúng tôi sẽ gửi đường liên kết để chọn mật khẩu mới. Đường liên kết chỉ dùng được một lần, trong vòng một giờ.
forgot-submit = Gửi đường liên kết đặt lại
forgot-sent-title = Vui lòng kiểm tra email
forgot-sent-text = Nếu địa chỉ thuộc về một tài khoản đang hoạt động, chúng tôi đã gửi đến địa chỉ đó đường liên kết để chọn mật khẩu mới. Đường liên kết chỉ dùng được một lần, trong vòng một giờ; chỉ đường liên kết mới nhất có hiệu lực.

reset-title = Chọn mật khẩu mới
reset-lead = Chọn mật khẩu mới cho { $email }. Mọi phiên đăng nhập của tài khoản này sẽ kết thúc; sau đó Ông/Bà đăng nhập bằng mật khẩu mới và mã từ ứng dụng xác thực.
reset-submit = Lưu mật khẩu mới
reset-done-title = Mật khẩu đã được thay đổi
reset-done-text = Mọi phiên đăng nhập của tài khoản đã kết thúc. Vui lòng đăng nhập bằng mật khẩu mới và mã từ ứng dụng xác thực.

change-password-title = Đổi mật khẩu
change-password-lead = Xác nhận bằng mật khẩu hiện tại và mã hiện hành từ ứng dụng xác thực. Các phiên đăng nhập khác của Ông/Bà sẽ kết thúc.
change-password-code-hint = Mã hiện hành từ ứng dụng xác thực; mỗi mã chỉ dùng được một lần.
change-password-submit = Đổi mật khẩu
change-password-done = Mật khẩu đã được thay đổi. Số phiên đăng nhập khác đã kết thúc: { $sessions }.
field-current-password = Mật khẩu hiện tại

profile-title = Tài khoản của Ông/Bà
profile-lead = Vui lòng giữ thông tin luôn được cập nhật. Thông tin được kiểm tra theo cùng cách như khi đăng ký.
profile-email-hint = Địa chỉ email dùng để nhận diện tài khoản và không thể thay đổi tại đây. Để chuyển sang địa chỉ mới, vui lòng đề nghị nhóm xử lý yêu cầu của nhà cung cấp: họ sẽ gửi đường liên kết đến địa chỉ mới, và thay đổi có hiệu lực khi Ông/Bà mở đường liên kết đó.
profile-submit = Lưu thông tin
profile-saved = Đã lưu thông tin.

email-change-title = Thay đổi địa chỉ email của tài khoản
email-change-lead = { $name } đang dùng { $email }. Một đường liên kết sẽ được gửi đến địa chỉ mới; không có gì thay đổi cho đến khi đường liên kết được mở tại địa chỉ đó.
email-change-hint = Đối với người yêu cầu, địa chỉ mới phải thuộc danh sách cho phép của cơ quan nhà nước. Địa chỉ này không được thuộc về tài khoản khác.
email-change-submit = Gửi đường liên kết đến địa chỉ mới
email-change-sent = Đã gửi đường liên kết xác nhận cho { $name } đến { $email }. Địa chỉ sẽ thay đổi khi đường liên kết được mở.
email-change-action = Đổi email
field-new-email = Địa chỉ email mới

email-confirm-title = Xác nhận địa chỉ email mới
email-confirm-lead = Đặt { $email } làm địa chỉ của tài khoản?
email-confirm-submit = Xác nhận địa chỉ mới
email-confirm-done-title = Địa chỉ email đã được thay đổi
email-confirm-done-text = Tài khoản của Ông/Bà hiện dùng { $email }. Từ nay vui lòng đăng nhập bằng địa chỉ này.

mail-reset-subject = { $service }: chọn mật khẩu mới
mail-reset-body =
    Kính gửi Ông/Bà { $name },

    Đã có người (hy vọng là Ông/Bà) yêu cầu đặt lại mật khẩu tài khoản { $service } của Ông/Bà.
    Để chọn mật khẩu mới, vui lòng mở đường liên kết sau trong vòng một giờ:

    { $link }

    Đường liên kết chỉ dùng được một lần và chỉ đường liên kết mới nhất có hiệu lực. Sau đó, việc đăng nhập
    vẫn cần mã từ ứng dụng xác thực. Nếu Ông/Bà không yêu cầu việc này, vui lòng bỏ qua email này:
    mật khẩu của Ông/Bà không thay đổi.
mail-email-change-subject = { $service }: xác nhận địa chỉ email mới
mail-email-change-body =
    Kính gửi Ông/Bà { $name },

    Một quản trị viên của { $service } đã yêu cầu chuyển tài khoản của Ông/Bà sang địa chỉ này.
    Để xác nhận, vui lòng mở đường liên kết sau trong vòng 24 giờ:

    { $link }

    Không có gì thay đổi cho đến khi Ông/Bà xác nhận. Nếu Ông/Bà không chờ đợi thư này, vui lòng bỏ qua email này.
mail-email-changed-subject = { $service }: địa chỉ email của tài khoản đã được thay đổi
mail-email-changed-body =
    Kính gửi Ông/Bà { $name },

    Địa chỉ email của tài khoản { $service } của Ông/Bà đã được đổi thành { $email }, và địa chỉ này
    không còn dùng để đăng nhập được nữa. Nếu Ông/Bà không yêu cầu việc này, vui lòng liên hệ ngay
    nhóm xử lý yêu cầu của nhà cung cấp.
