# Thông điệp tiếng Việt của ứng dụng web LERS. Để thêm một ngôn ngữ, sao chép thư mục en
# sang locales/<language tag>/ (ví dụ: locales/de/) và dịch mọi thông điệp.

app-name = LERS
app-tagline = Hệ thống tiếp nhận yêu cầu của cơ quan thực thi pháp luật
skip-to-content = Chuyển đến nội dung chính
nav-label = Điều hướng chính
nav-console = Bảng điều khiển
nav-accounts = Tài khoản
nav-domains = Tên miền cơ quan nhà nước
nav-audit = Nhật ký kiểm toán
nav-dashboard = Trang tổng quan
nav-sign-in = Đăng nhập
nav-sign-up = Tạo tài khoản
nav-sign-out = Đăng xuất
footer-text = Mọi thao tác trong hệ thống này đều được ghi vào nhật ký kiểm toán có khả năng phát hiện giả mạo. Chỉ sử dụng hệ thống cho các yêu cầu hợp pháp.
language-switcher-label = Ngôn ngữ

error-title = Đã xảy ra sự cố
error-home = Về trang chủ

home-title = Yêu cầu pháp lý về dữ liệu người dùng
home-lead = Cán bộ cơ quan nhà nước và cơ quan thực thi pháp luật đã được xác minh gửi văn bản pháp lý tại đây, theo dõi quá trình thẩm định, trao đổi với nhóm xử lý yêu cầu và nhận dữ liệu được cung cấp một cách an toàn.
home-requesters-title = Dành cho cơ quan thực thi pháp luật và cơ quan nhà nước
home-requesters-text = Tạo tài khoản bằng địa chỉ email công vụ của cơ quan nhà nước. Ông/Bà sẽ xác minh địa chỉ, chọn mật khẩu và thiết lập xác thực hai bước.
home-emergency-title = Trường hợp khẩn cấp
home-emergency-text = Nếu tính mạng của một người đang bị đe dọa trực tiếp, vui lòng đăng nhập và gửi yêu cầu cung cấp thông tin khẩn cấp: yêu cầu này được ưu tiên cao nhất trong mọi hàng đợi. Yêu cầu khẩn cấp được xác minh bằng cuộc gọi lại đến cơ quan của Ông/Bà.

form-has-errors = Có lỗi cần khắc phục
pager-label = Trang
pager-prev = Trang trước
pager-next = Trang sau
pager-status = Trang { $page }/{ $pages } (tổng cộng { $total })

signup-title = Tạo tài khoản người yêu cầu
signup-lead = Chỉ cán bộ có địa chỉ email thuộc danh sách cho phép của cơ quan nhà nước mới được đăng ký. Tất cả các trường đều bắt buộc.
signup-you = Thông tin cá nhân
signup-agency = Cơ quan của Ông/Bà
signup-submit = Tạo tài khoản
signup-sent-title = Vui lòng kiểm tra email
signup-sent-text = Nếu địa chỉ có thể được đăng ký, chúng tôi đã gửi đến địa chỉ đó một đường liên kết để xác minh địa chỉ và chọn mật khẩu. Đường liên kết chỉ dùng được một lần, trong vòng 24 giờ.
field-name = Họ và tên
field-gov-email = Địa chỉ email công vụ của cơ quan nhà nước
field-gov-email-hint = Ví dụ: name@pd.cityname.gov. Không chấp nhận địa chỉ email cá nhân.
field-email = Địa chỉ email
field-phone = Số điện thoại
field-phone-hint = Kèm mã quốc gia và số máy lẻ (nếu có), ví dụ: +1 325 555 0100 ext. 12.
field-agency = Tên cơ quan
field-badge = Số phù hiệu hoặc số thẻ công vụ
field-address = Địa chỉ gửi thư (số nhà, đường phố)
field-address-hint = Địa chỉ nhận văn bản pháp lý tống đạt, viết trên một dòng (các phần cách nhau bằng dấu phẩy). Không chấp nhận hộp thư bưu điện (PO box).
field-country = Quốc gia
field-country-choose = Chọn quốc gia
field-subdivision = Bang, tỉnh hoặc vùng
field-subdivision-hint = Của cơ quan ban hành, ví dụ: TX hoặc Mazowieckie.

password-title = Chọn mật khẩu
password-lead = Địa chỉ { $email } của Ông/Bà đã được xác minh. Vui lòng chọn mật khẩu.
field-new-password = Mật khẩu mới
field-new-password-hint = Tối thiểu 12 ký tự; khuyến khích dùng cụm mật khẩu dài. Các mật khẩu quá phổ biến sẽ bị từ chối.
field-password-confirm = Nhập lại mật khẩu
password-submit = Lưu mật khẩu và tiếp tục
link-invalid-title = Không thể sử dụng đường liên kết này

mfa-title = Thiết lập xác thực hai bước
mfa-lead = Mọi tài khoản đều cần bước thứ hai khi đăng nhập: mã 6 chữ số từ ứng dụng xác thực trên điện thoại.
mfa-step-app = Cài đặt một ứng dụng xác thực (ví dụ: FreeOTP, Google Authenticator hoặc Microsoft Authenticator).
mfa-step-scan = Quét mã này bằng ứng dụng:
mfa-qr-label = Mã QR cho ứng dụng xác thực
mfa-step-manual = Hoặc nhập khóa này vào ứng dụng:
mfa-step-code = Nhập mã 6 chữ số mà ứng dụng hiển thị.
field-code = Mã 6 chữ số
field-code-hint = Lấy từ ứng dụng xác thực.
mfa-submit = Bật xác thực hai bước
mfa-on = đã bật
mfa-off = chưa thiết lập

login-title = Đăng nhập
login-code-hint = Mã 6 chữ số từ ứng dụng xác thực, hoặc một trong các mã khôi phục (ABCDE-FGHIJ) nếu Ông/Bà bị mất ứng dụng. Chỉ để trống nếu Ông/Bà chưa thiết lập xác thực hai bước.
login-submit = Đăng nhập
login-no-account = Chưa có tài khoản?
field-password = Mật khẩu

dashboard-title = Trang tổng quan
dashboard-welcome = Đã đăng nhập với tên { $name }.
dashboard-requests = Yêu cầu của Ông/Bà
dashboard-no-requests = Ông/Bà chưa có yêu cầu nào.
dashboard-profile = Thông tin của Ông/Bà
dashboard-sign-ins = Hoạt động gần đây trên tài khoản
dashboard-sign-ins-hint = Nếu thấy lần đăng nhập hoặc thay đổi nào không nhận ra, vui lòng liên hệ ngay nhóm xử lý yêu cầu của nhà cung cấp.
col-time = Thời gian (UTC)
col-event = Sự kiện
col-ip = Truy cập từ
col-person = Người
col-kind = Loại
col-status = Trạng thái
col-mfa = Hai bước
col-roles = Vai trò
col-actions = Thao tác
col-pattern = Tên miền hoặc quy tắc
col-organization = Tổ chức
col-place = Địa điểm
col-type = Kiểu
col-source = Nguồn
col-actor = Người thực hiện
col-subject = Đối tượng
col-outcome = Kết quả
col-details = Chi tiết

setup-title = Thiết lập quản trị viên đầu tiên
setup-lead = Đường liên kết dùng một lần này tạo tài khoản quản trị viên đầu tiên. Tiếp theo, Ông/Bà sẽ thiết lập xác thực hai bước.
setup-submit = Tạo tài khoản quản trị viên

console-title = Bảng điều khiển xử lý yêu cầu
console-welcome = Đã đăng nhập với tên { $name } (vai trò: { $roles }).
console-accounts-text = Nhân viên, vai trò, tài khoản người yêu cầu, khóa tài khoản.
console-domains-text = Danh sách email cho phép của cơ quan nhà nước.
console-audit-text = Duyệt, lọc và kiểm chứng nhật ký kiểm toán có khả năng phát hiện giả mạo.
console-queue-title = Hàng đợi yêu cầu
console-queue-text = Yêu cầu từ cơ quan thực thi pháp luật xuất hiện tại đây sau khi được gửi.

filter-search = Tìm kiếm
filter-kind = Loại
filter-all = Tất cả
filter-apply = Áp dụng
filter-actor = Người thực hiện (mã bí danh)
filter-subject = Đối tượng
filter-action = Hành động
filter-outcome = Kết quả
kind-requester = Người yêu cầu
kind-staff = Nhân viên
accounts-caption = Tài khoản, mới nhất trước
roles-of = Vai trò của { $name }
roles-save = Lưu vai trò
action-unlock = Mở khóa
action-enable = Kích hoạt
action-disable = Vô hiệu hóa
invite-title = Mời nhân viên
invite-text = Nhân viên mới sẽ nhận được một đường liên kết dùng một lần để chọn mật khẩu và thiết lập xác thực hai bước.
invite-submit = Gửi lời mời
invite-sent = Đã gửi lời mời đến { $email }.
roles-saved = Đã lưu vai trò của { $name }.
status-saved = { $name } hiện ở trạng thái { $status }.

domains-lead = Chỉ các địa chỉ thuộc danh sách này mới được đăng ký. Một tên miền cũng bao gồm các tên miền con của nó; quy tắc như *.police.uk chấp nhận mọi tên miền con của police.uk.
domains-caption = Các mục trong danh sách cho phép
domains-add-title = Thêm tên miền hoặc quy tắc
field-pattern = Tên miền hoặc quy tắc
field-pattern-hint = Tên miền như cityname.gov, hoặc quy tắc như *.police.uk.
domains-add-submit = Thêm vào danh sách cho phép
domain-added = Đã thêm { $pattern }.
domain-updated = Đã cập nhật { $pattern }.
status-enabled = đã kích hoạt
status-disabled = đã vô hiệu hóa

audit-lead = { $entries } mục. Các bản ghi chỉ nêu người bằng mã bí danh.
audit-caption = Sự kiện kiểm toán, mới nhất trước
audit-verify = Kiểm chứng toàn bộ nhật ký
audit-verified = Nhật ký được kiểm chứng toàn vẹn từ đầu đến cuối. Gốc: { $root }
audit-broken = Nhật ký KHÔNG được kiểm chứng: { $problem }

mail-verify-subject = { $service }: xác minh địa chỉ email
mail-verify-body =
    Kính gửi Ông/Bà { $name },

    Đã có người (hy vọng là Ông/Bà) đề nghị tạo tài khoản người yêu cầu { $service } bằng địa chỉ này.
    Để xác minh địa chỉ và chọn mật khẩu, vui lòng mở đường liên kết sau trong vòng 24 giờ:

    { $link }

    Đường liên kết chỉ dùng được một lần và chỉ đường liên kết mới nhất được gửi cho Ông/Bà có hiệu lực. Nếu Ông/Bà không đề nghị tạo tài khoản, vui lòng bỏ qua email này.
mail-already-registered-subject = { $service }: Ông/Bà đã có tài khoản
mail-already-registered-body =
    Kính gửi Ông/Bà { $name },

    Đã có người tìm cách tạo tài khoản { $service } bằng địa chỉ này, trong khi địa chỉ này đã có tài khoản.
    Để đăng nhập, vui lòng truy cập:

    { $link }

    Nếu không phải Ông/Bà, Ông/Bà không cần làm gì thêm; tài khoản của Ông/Bà không thay đổi.
mail-staff-invite-subject = { $service }: Ông/Bà được mời tham gia nhóm xử lý yêu cầu
mail-staff-invite-body =
    Kính gửi Ông/Bà { $name },

    Một quản trị viên đã tạo tài khoản nhân viên { $service } cho Ông/Bà (vai trò: { $roles }).
    Để chọn mật khẩu và thiết lập xác thực hai bước, vui lòng mở đường liên kết sau trong vòng 24 giờ:

    { $link }

    Đường liên kết chỉ dùng được một lần.

## Yêu cầu
nav-requests = Yêu cầu
nav-tokens = Token API
requests-title = Yêu cầu của Ông/Bà
requests-lead = Các yêu cầu Ông/Bà đã gửi và các yêu cầu đồng nghiệp chia sẻ với Ông/Bà. Yêu cầu khẩn cấp được xử lý trước.
requests-new = Gửi yêu cầu mới
requests-caption = Yêu cầu, thay đổi gần nhất trước
requests-none = Không có yêu cầu nào phù hợp.
col-reference = Số tham chiếu
col-title = Vụ việc
col-deadline = Thời hạn
col-updated = Cập nhật gần nhất
filter-status = Trạng thái
filter-reference = Số tham chiếu hoặc tên vụ việc
shared-marker = được chia sẻ với Ông/Bà
draft-marker = chưa gửi

new-request-title = Gửi yêu cầu mới
new-request-lead = Chọn loại yêu cầu. Ông/Bà có thể lưu bản nháp và quay lại tiếp tục trước khi gửi.
kind-user_data = Yêu cầu cung cấp dữ liệu người dùng
kind-user_data-help = Có văn bản pháp lý làm căn cứ: trát đòi (subpoena), lệnh của tòa án, lệnh khám xét, yêu cầu tương trợ tư pháp (MLAT), Lệnh cung cấp dữ liệu châu Âu hoặc lệnh khác theo pháp luật quốc gia.
kind-emergency = Yêu cầu cung cấp thông tin khẩn cấp
kind-emergency-help = Nguy cơ trực tiếp gây tử vong hoặc thương tích nghiêm trọng về thể chất, hoặc trẻ em đang gặp nguy hiểm. Không cần văn bản pháp lý; cần có bản mô tả và lời cam đoan. Được xác minh bằng cuộc gọi lại đến cơ quan của Ông/Bà.
kind-preservation = Yêu cầu bảo quản dữ liệu
kind-preservation-help = Phong tỏa dữ liệu trong thời gian Ông/Bà xin văn bản pháp lý (90 ngày, được gia hạn một lần; Lệnh bảo quản dữ liệu châu Âu: 60 + 30 ngày).
kind-preservation_extension = Gia hạn bảo quản dữ liệu
kind-preservation_extension-help = Gia hạn một trong các yêu cầu bảo quản dữ liệu của Ông/Bà.
kind-withhold_access = Yêu cầu hạn chế truy cập
kind-withhold_access-help = Hạn chế một tài khoản hoặc chặn một cuộc họp, ví dụ khi tội phạm đang diễn ra. Phải có văn bản pháp lý làm căn cứ.
start-request = Bắt đầu

instrument-subpoena = Trát đòi (subpoena)
instrument-court_order = Lệnh của tòa án
instrument-search_warrant = Lệnh khám xét
instrument-mlat = Yêu cầu tương trợ tư pháp (MLAT) / theo điều ước quốc tế
instrument-eu_production_order = Lệnh cung cấp dữ liệu châu Âu (EU)
instrument-eu_preservation_order = Lệnh bảo quản dữ liệu châu Âu (EU)
instrument-preservation_letter = Thư yêu cầu bảo quản dữ liệu (ví dụ: 18 U.S.C. § 2703(f))
instrument-other_national_order = Lệnh khác theo pháp luật quốc gia
instrument-national_security = Văn bản về an ninh quốc gia

category-subscriber_info = Thông tin thuê bao
category-connection_logs = Nhật ký kết nối và địa chỉ IP
category-meeting_metadata = Siêu dữ liệu cuộc họp
category-billing = Hồ sơ thanh toán
category-content = Nội dung

target-email = Địa chỉ email
target-phone = Số điện thoại (E.164)
target-account_id = ID tài khoản
target-meeting_id = ID cuộc họp
target-username = Tên người dùng
target-ip_address = Địa chỉ IP

status-draft = Bản nháp
status-submitted = Đã gửi
status-in_review = Đang thẩm định
status-needs_info = Cần bổ sung thông tin
status-approved = Đã phê duyệt
status-produced = Đã cung cấp
status-rejected = Bị từ chối
status-challenged = Bị phản đối
status-closed = Đã đóng
status-withdrawn = Đã rút
status-preserved = Đang bảo quản
status-extended = Đã gia hạn
status-expired = Đã hết hạn
status-released = Đã giải tỏa
status-fulfilled = Đã hoàn tất

form-request-title = { $kind }
form-request-lead = Các trường có dấu * là bắt buộc để gửi. Có thể lưu bản nháp bất cứ lúc nào.
section-case = Vụ việc
section-process = Văn bản pháp lý
section-targets = Tài khoản và định danh
section-targets-help = Mỗi dòng một định danh. Chọn kiểu định danh; định dạng sẽ được chuẩn hóa (ví dụ: số điện thoại thành +15550100199).
section-data = Dữ liệu được yêu cầu
section-orders = Các lệnh ràng buộc nhà cung cấp
section-emergency = Tình huống khẩn cấp
section-sharing = Đồng nghiệp
field-title = Tên vụ việc *
field-title-hint = Tên ngắn gọn để Ông/Bà tiện theo dõi, ví dụ: "Chuyên án Óc Chó".
field-description = Nội dung yêu cầu và lý do *
field-description-hint = Dữ liệu cần cung cấp và mối liên hệ với cuộc điều tra. Yêu cầu có phạm vi hẹp được trả lời nhanh hơn.
field-issuing-authority = Tòa án hoặc cơ quan ban hành *
field-instrument = Văn bản pháp lý *
field-instrument-choose = Chọn…
field-citation = Số hiệu văn bản hoặc số vụ án *
field-request-country = Quốc gia của cơ quan ban hành *
field-request-subdivision = Bang, tỉnh hoặc vùng *
field-target-type = Kiểu định danh { $n }
field-target-value = Định danh { $n }
add-targets = Thêm dòng
field-categories = Loại dữ liệu *
field-date-from = Dữ liệu từ ngày *
field-date-to = Dữ liệu đến ngày *
field-deadline = Thời hạn cần phản hồi (không bắt buộc)
field-nondisclosure = Lệnh cấm tiết lộ
field-delay-notice = Lệnh hoãn thông báo
order-none = Không có lệnh này
order-until = Có hiệu lực đến
order-indefinite = Có hiệu lực không thời hạn
field-order-until = Ngày hết hiệu lực
field-narrative = Mô tả tình huống khẩn cấp *
field-narrative-hint = Ai đang gặp nguy hiểm, nguy hiểm là gì và vì sao nguy hiểm là trực tiếp, cận kề.
field-attested = Tôi cam đoan rằng đây là trường hợp khẩn cấp liên quan đến nguy cơ gây tử vong hoặc thương tích nghiêm trọng về thể chất, và việc cung cấp thông tin ngay lập tức là cần thiết để ngăn chặn nguy cơ đó. *
field-supervisor-name = Họ tên cấp trên *
field-supervisor-phone = Số điện thoại của cấp trên *
field-extends = Số tham chiếu của yêu cầu bảo quản dữ liệu cần gia hạn *
field-colleagues = Đồng nghiệp được xem yêu cầu này
field-colleagues-hint = Tối đa 5 địa chỉ email của đồng nghiệp cùng cơ quan đã có tài khoản riêng, mỗi địa chỉ một dòng.
save-draft = Lưu bản nháp
submit-request = Gửi yêu cầu
draft-saved = Đã lưu bản nháp.

detail-kind = Loại
detail-status = Trạng thái
detail-reference = Số tham chiếu
detail-submitted = Ngày gửi
detail-deadline = Thời hạn
detail-authority = Cơ quan ban hành
detail-instrument = Văn bản pháp lý
detail-citation = Số hiệu văn bản
detail-country = Quốc gia
detail-targets = Định danh
detail-categories = Dữ liệu được yêu cầu
detail-dates = Khoảng thời gian
detail-nondisclosure = Lệnh cấm tiết lộ
detail-delay = Lệnh hoãn thông báo
detail-emergency = Tình huống khẩn cấp
detail-supervisor = Cấp trên
detail-colleagues = Đồng nghiệp có quyền truy cập
detail-owner = Người gửi
detail-withdrawn = Lý do rút
detail-description = Nội dung yêu cầu
edit-draft = Tiếp tục chỉnh sửa
documents-title = Văn bản pháp lý và tài liệu
documents-none = Chưa có tài liệu nào.
documents-upload = Tải lên tệp PDF
field-file = Tệp PDF
field-file-hint = Văn bản pháp lý dạng PDF, tối đa { $mib } MiB. Tệp PDF được mã hóa hoặc chứa mã lệnh (script) sẽ bị từ chối.
upload-submit = Tải lên
uploaded = Đã tải lên { $name }. Biên nhận SHA-256: { $sha256 }
col-file = Tệp
col-size = Dung lượng
col-sha256 = SHA-256
col-uploaded = Ngày tải lên
timeline-title = Dòng thời gian
timeline-status = Trạng thái: { $status }
timeline-message = Tin nhắn
timeline-document = Đã thêm tài liệu: { $name }
messages-title = Trao đổi với nhóm xử lý yêu cầu
# Người đã viết tin nhắn hoặc thay đổi yêu cầu, khi đó là nhân viên.
author-response-team = Nhóm xử lý yêu cầu
messages-none = Chưa có tin nhắn nào.
field-message = Tin nhắn của Ông/Bà
field-attachment = Đính kèm tệp PDF (không bắt buộc)
send-message = Gửi tin nhắn
message-sent = Đã gửi tin nhắn.
withdraw-title = Rút yêu cầu này
withdraw-lead = Việc rút yêu cầu sẽ chấm dứt mọi xử lý đối với yêu cầu. Không thể hoàn tác thao tác này.
field-reason = Lý do rút yêu cầu *
withdraw-submit = Rút yêu cầu
withdrawn-notice = Yêu cầu đã được rút.
submitted-notice = Đã gửi yêu cầu. Số tham chiếu của Ông/Bà là { $reference }.

tokens-title = Token API
tokens-lead = Token cá nhân cho phép hệ thống quản lý hồ sơ của cơ quan Ông/Bà gửi và theo dõi yêu cầu qua API (/api/v1). Token hành động với danh nghĩa của Ông/Bà: hãy giữ bí mật, chỉ cấp các phạm vi cần thiết và thu hồi khi không còn sử dụng.
tokens-caption = Token của Ông/Bà
tokens-none = Ông/Bà chưa có token API nào.
col-name = Tên
col-scopes = Phạm vi
col-created = Ngày tạo
col-last-used = Lần dùng gần nhất
token-revoke = Thu hồi
token-revoked = đã thu hồi
tokens-new = Tạo token
field-token-name = Tên *
field-token-name-hint = Hệ thống nào sẽ sử dụng token, ví dụ: "Hệ thống hồ sơ".
scope-read = read — liệt kê và đọc yêu cầu, tin nhắn và tài liệu
scope-submit = submit — tạo, gửi và rút yêu cầu, gửi tin nhắn, tải lên tài liệu
field-token-code = Mã 6 chữ số hiện hành *
field-token-code-hint = Việc tạo token cần mã mới từ ứng dụng xác thực.
token-create = Tạo token
token-created = Đã tạo token. Hãy sao chép ngay: token chỉ được hiển thị một lần.

mail-request-received-subject = { $service }: đã nhận yêu cầu { $reference }
mail-request-received-body =
    Kính gửi Ông/Bà { $name },

    Yêu cầu { $reference } đã được tiếp nhận và sẽ được thẩm định.
    Ông/Bà có thể theo dõi yêu cầu và trao đổi với nhóm xử lý yêu cầu tại:

    { $link }
mail-api-receipts-subject = { $service }: đã nhận các yêu cầu qua API ({ $count })
mail-api-receipts-body =
    Kính gửi Ông/Bà { $name },

    { $sections }

    Ông/Bà có thể theo dõi các yêu cầu và trao đổi với nhóm xử lý yêu cầu tại:

    { $link }
mail-api-receipts-own =
    Được gửi qua API bằng mã thông báo của Ông/Bà, đã tiếp nhận và sẽ được thẩm định ({ $count }). Nếu Ông/Bà không gửi các yêu cầu này, xin hãy thu hồi ngay các mã thông báo API của mình và báo cho nhóm xử lý yêu cầu:
mail-api-receipts-shared = Được đồng nghiệp gửi qua API và chia sẻ với Ông/Bà, đã tiếp nhận và sẽ được thẩm định ({ $count }):
mail-api-receipts-more = … và { $rest } yêu cầu khác trong danh sách yêu cầu của Ông/Bà.
mail-new-message-subject = { $service }: tin nhắn mới về yêu cầu { $reference }
mail-new-message-body =
    Kính gửi Ông/Bà { $name },

    Có tin nhắn mới về yêu cầu { $reference }.
    Vì lý do bảo mật, nội dung tin nhắn không được đính kèm trong thư này. Vui lòng đăng nhập để đọc:

    { $link }

mail-hold-warning-subject = { $service }: thời hạn bảo quản dữ liệu { $reference } sắp kết thúc
mail-hold-warning-body =
    Kính gửi Ông/Bà { $name },

    Thời hạn bảo quản dữ liệu theo yêu cầu { $reference } kết thúc vào ngày { $date }.
    Để tiếp tục lưu giữ dữ liệu, vui lòng gửi văn bản pháp lý hoặc yêu cầu gia hạn bảo quản trước thời điểm đó:

    { $link }

mail-request-updated-subject = { $service }: yêu cầu { $reference } đã được cập nhật
mail-request-updated-body =
    Kính gửi Ông/Bà { $name },

    Có thông tin mới về yêu cầu { $reference }. Vui lòng đăng nhập để xem:

    { $link }

## Bảng điều khiển
nav-queue = Hàng đợi
queue-title = Hàng đợi yêu cầu
queue-lead = Mọi yêu cầu đang mở: yêu cầu khẩn cấp trước, sau đó theo thời hạn. Các yêu cầu quá hạn được đánh dấu.
queue-caption = Yêu cầu đang mở
queue-empty = Không có yêu cầu đang mở nào phù hợp.
filter-country = Quốc gia (mã ISO)
filter-mine = Được phân công cho tôi
filter-overdue = Chỉ yêu cầu quá hạn
col-agency = Cơ quan
col-due = Hạn
col-assignee = Người được phân công
overdue = quá hạn
console-emergency-banner = Yêu cầu cung cấp thông tin khẩn cấp: phải xử lý trong vòng một giờ. Tuyệt đối không phê duyệt chỉ dựa vào lời khẳng định của tài khoản — trước tiên phải xác minh bằng cuộc gọi lại.
console-account-created = tài khoản được tạo
console-from-request = lấy từ yêu cầu — không dùng để gọi lại xác minh
console-hold = Bảo quản dữ liệu
console-hold-until = có hiệu lực đến
console-unassigned = Chưa phân công
console-assign = Phân công
console-deconfliction = Các yêu cầu khác nêu cùng định danh
console-other-requests = Các yêu cầu khác (mọi cơ quan)
console-no-other = không có
console-documents-audited = Mọi tài liệu được mở tại đây đều được ghi vào nhật ký kiểm toán.
console-callback = Xác minh bằng cuộc gọi lại
console-callback-lead = Gọi cho cơ quan theo số điện thoại do chính Ông/Bà tìm được (danh bạ cơ quan, trang web chính thức, tổng đài) — tuyệt đối không dùng số trong yêu cầu — và xác nhận rằng chính cán bộ này đã gửi yêu cầu này. Nếu cuộc gọi lại không xác minh được, tài khoản yêu cầu sẽ bị đình chỉ.
field-callback-phone = Số đã gọi
field-number-source = Nguồn của số điện thoại
field-number-source-hint = ví dụ: "Tổng đài Sở Cảnh sát Abilene lấy từ abilenetx.gov"
field-answered-by = Người nghe máy
field-callback-result = Kết quả
callback-confirmed = Đã xác nhận: cơ quan xác nhận yêu cầu
callback-failed = Không thành công: cơ quan không biết về yêu cầu này
callback-no-answer = Không có người nghe máy
callback-submit = Ghi nhận cuộc gọi lại
field-note = Ghi chú
console-review = Thẩm định pháp lý
console-reviewed-by = Được { $name } thẩm định lúc { $at }. Các câu trả lời gợi ý:
suggestion-proceed = tiếp tục xử lý
suggestion-challenge = phản đối
suggestion-reject = từ chối
criterion-overbroad = Yêu cầu có quá rộng hoặc mơ hồ không?
criterion-no_legal_basis = Yêu cầu có thiếu căn cứ pháp lý theo pháp luật của nơi yêu cầu không?
criterion-not_bona_fide = Có dấu hiệu yêu cầu không thực sự nhằm phát hiện hoặc phòng ngừa tội phạm không?
criterion-outside_jurisdiction = Yêu cầu có liên quan đến người ngoài phạm vi thẩm quyền của cơ quan không?
criterion-unauthorised_requester = Chủ thể yêu cầu có thiếu thẩm quyền đưa ra yêu cầu này không?
criterion-indefinite_nondisclosure = Yêu cầu có kèm lệnh cấm tiết lộ không thời hạn không?
criterion-defective = Yêu cầu có được tống đạt không hợp lệ hoặc có khiếm khuyết khác không?
criterion-enterprise_customer = Yêu cầu có liên quan đến dữ liệu của khách hàng doanh nghiệp hoặc khách hàng khu vực công không (chuyển hướng yêu cầu đến khách hàng)?
criterion-encrypted_content = Yêu cầu có đòi nội dung của cuộc họp được mã hóa đầu cuối không (không thể cung cấp)?
answer-fine = Không có vấn đề
answer-problem = Có vấn đề (giải thích)
review-submit = Lưu kết quả thẩm định
console-decide = Quyết định
field-decision = Quyết định
decision-approve = Phê duyệt cung cấp (toàn bộ)
decision-approve_partial = Phê duyệt một phần
decision-reject = Từ chối
decision-challenge = Phản đối
decision-ask_for_information = Yêu cầu bổ sung thông tin
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = Đã phê duyệt cung cấp toàn bộ
decided-approve_partial = Đã phê duyệt cung cấp một phần
decided-reject = Yêu cầu bị từ chối
decided-challenge = Yêu cầu bị phản đối
decided-ask_for_information = Đã yêu cầu bổ sung thông tin
field-reasons = Lý do (hiển thị cho người yêu cầu)
reason-overbroad = Quá rộng hoặc mơ hồ
reason-no_legal_basis = Không có căn cứ pháp lý
reason-not_bona_fide = Không thực sự nhằm phát hiện hoặc phòng ngừa tội phạm
reason-outside_jurisdiction = Ngoài phạm vi thẩm quyền của cơ quan
reason-unauthorised_requester = Người yêu cầu không có thẩm quyền
reason-indefinite_nondisclosure = Lệnh cấm tiết lộ không có thời hạn kết thúc
reason-defective = Tống đạt không hợp lệ hoặc có khiếm khuyết
reason-redirect_to_customer = Dữ liệu thuộc về khách hàng doanh nghiệp: đề nghị liên hệ khách hàng
reason-no_data_held = Không lưu giữ dữ liệu
reason-encrypted_content = Không thể cung cấp nội dung được mã hóa đầu cuối
field-scope = Đối với phê duyệt một phần: nội dung được phép cung cấp
field-note-to-requester = Ghi chú gửi người yêu cầu
field-step-up-code = Mã 6 chữ số hiện hành (cần để phê duyệt)
field-step-up-code-hint = Việc phê duyệt cung cấp dữ liệu cần yếu tố xác thực thứ hai mới.
decide-submit = Ghi nhận quyết định
console-internal-notes = Ghi chú nội bộ (chỉ dành cho nhân viên)
field-internal = Ghi chú nội bộ (không hiển thị cho người yêu cầu)
decision-recorded = Đã ghi nhận quyết định.
review-saved = Đã lưu kết quả thẩm định.
callback-recorded = Đã ghi nhận cuộc gọi lại.
note-saved = Đã lưu.
assigned = Đã lưu phân công.
decisions-title = Quyết định
console-directory = Danh bạ tài khoản
console-region = vùng
console-enterprise = khách hàng doanh nghiệp — chuyển hướng đến khách hàng
console-restricted = bị hạn chế
console-held = dữ liệu đang được bảo quản
console-no-account = không tìm thấy tài khoản
field-preservation-reference = Yêu cầu bảo quản dữ liệu mà yêu cầu này tiếp nối (không bắt buộc)
field-preservation-reference-hint = Nếu trước đây Ông/Bà đã yêu cầu bảo quản dữ liệu này, hãy nhập số tham chiếu (ví dụ: LERS-2026-000123): việc bảo quản sẽ trở thành một phần của yêu cầu này.

## Thông báo cho người dùng bị ảnh hưởng (cũng có trong de, pl, vi, zh-CN)
mail-notice-subject = { $service }: yêu cầu pháp lý về dữ liệu tài khoản của bạn
mail-notice-body =
    Xin chào,

    { $service } đã nhận được yêu cầu pháp lý về thông tin tài khoản { $account } của bạn
    từ { $authority } ({ $country }), theo: { $process }.
    Vào ngày { $date }, chúng tôi đã cung cấp: { $categories }.

    Chúng tôi thông báo để bạn có thể tìm tư vấn pháp lý hoặc phản đối nếu muốn.
    Thư này được gửi tự động; vui lòng không trả lời.
notices-title = Thông báo cho người dùng bị ảnh hưởng
notices-lead = Chính sách: thông báo cho từng người dùng bị ảnh hưởng khi dữ liệu của họ được cung cấp, trừ khi đang có lệnh hoãn thông báo hợp lệ (khi đó thông báo sau khi lệnh hết hiệu lực), hoặc vụ việc liên quan đến việc trẻ em bị đe dọa, mối đe dọa đến tính mạng hoặc mối đe dọa đối với nhà cung cấp. Mọi quyết định đều phải nêu lý do.
notice-undecided = chưa có quyết định
field-notice-choice = Thông báo
notice-notify-now = Thông báo ngay
notice-delay = Thông báo khi lệnh hoãn thông báo hết hiệu lực
notice-exempt = Không thông báo (ngoại lệ)
notice-not-applicable = Không áp dụng (không cung cấp dữ liệu nào)
field-exemption = Ngoại lệ
exemption-child_endangerment = Trẻ em bị đe dọa
exemption-threat_to_life = Đe dọa đến tính mạng
exemption-threat_to_provider = Đe dọa đến dịch vụ, quyền hoặc tài sản của nhà cung cấp
field-notice-reason = Lý do
notice-submit = Ghi nhận
notice-recorded = Đã ghi nhận quyết định thông báo.
notice-held = Đã tạm giữ thông báo.
notice-hold = Tạm giữ
notice-state-scheduled = đã lên lịch
notice-state-awaiting_order = bị tạm giữ theo lệnh không thời hạn (cần phản đối lệnh)
notice-state-held = do nhân viên tạm giữ
notice-state-sent = đã gửi
notice-state-not_sent = không gửi
notice-decision-notify_now = thông báo ngay
notice-decision-delay = sau khi lệnh hoãn hết hiệu lực
notice-decision-exempt = ngoại lệ
notice-decision-not_applicable = không áp dụng
nav-notices = Thông báo người dùng
notices-upcoming = Thông báo sắp gửi cho người dùng bị ảnh hưởng
notices-upcoming-lead = Nội dung sẽ được gửi, gửi cho ai, khi nào và vì sao. Chỉ được tạm giữ thông báo khi có ngoại lệ đã được ghi nhận.
notices-caption = Thông báo chưa gửi
notices-none = Không có thông báo nào đang chờ.
notices-to = Tài khoản bị ảnh hưởng
notices-when = Thời điểm
notices-why = Lý do
field-order-extended = Lệnh được gia hạn đến (không bắt buộc)
console-challenge-delay = không có thời hạn kết thúc: là căn cứ để phản đối

## Minh bạch
nav-transparency = Báo cáo minh bạch
transparency-title = Báo cáo minh bạch
transparency-lead = Số lượng yêu cầu pháp lý về dữ liệu người dùng mà chúng tôi nhận được từ các chính phủ và cách chúng tôi đã phản hồi, theo từng nửa năm và từng quốc gia. Chỉ bao gồm số liệu tổng hợp.
transparency-period = Kỳ báo cáo
transparency-show = Hiển thị
transparency-total-requests = Số yêu cầu đã nhận
transparency-total-accounts = Số tài khoản được nêu
transparency-countries = Quốc gia
transparency-version = { $period } (kết thúc ngày { $ending }), phiên bản { $version }
transparency-csv = Tải CSV
transparency-json = Tải JSON
transparency-chart-countries = Yêu cầu theo quốc gia
transparency-chart-legend = Phần màu đậm của mỗi cột: các yêu cầu có một phần dữ liệu đã được cung cấp.
transparency-chart-trend = Yêu cầu theo kỳ
transparency-table = Theo quốc gia và loại văn bản pháp lý
transparency-caption = Yêu cầu nhận được trong { $period }, phiên bản { $version }
transparency-bands = Văn bản về an ninh quốc gia chỉ được báo cáo theo các khoảng có độ rộng { $width }; số liệu theo khoảng không được tính vào tổng số.
transparency-none = Chưa có báo cáo nào được công bố.
transparency-staff-lead = Tính toán báo cáo cho một kỳ, rà soát số liệu, sau đó công bố. Các phiên bản đã công bố không bao giờ thay đổi; nội dung đính chính được công bố dưới dạng phiên bản mới kèm ghi chú.
field-changelog = Ghi chú (cho nội dung đính chính)
field-changelog-hint = Những điểm thay đổi so với phiên bản trước, nếu có.
transparency-compute = Tính toán bản nháp
transparency-draft = Bản nháp cho { $period } (chưa công khai)
transparency-publish = Công bố báo cáo này
transparency-versions = Bản nháp và các phiên bản đã công bố
transparency-published-notice = Đã công bố { $period }, phiên bản { $version }.
col-country = Quốc gia/vùng lãnh thổ
col-process = Văn bản pháp lý
col-requests = Yêu cầu
col-accounts = Tài khoản
col-disclosed = Có cung cấp một phần dữ liệu
col-content = Cung cấp dữ liệu nội dung
col-non-content = Cung cấp dữ liệu phi nội dung
col-delay-orders = Lệnh hoãn thông báo
process-subpoena = Trát đòi (subpoena)
process-court_order = Lệnh của tòa án
process-search_warrant = Lệnh khám xét
process-mlat = Tương trợ tư pháp (MLAT) / điều ước quốc tế
process-eu_production_order = Lệnh cung cấp dữ liệu châu Âu (EU)
process-eu_preservation_order = Lệnh bảo quản dữ liệu châu Âu (EU)
process-preservation_letter = Thư yêu cầu bảo quản dữ liệu
process-other_national_order = Lệnh khác theo pháp luật quốc gia
process-national_security = Văn bản về an ninh quốc gia
process-emergency = Cung cấp thông tin khẩn cấp
process-user_data = Yêu cầu cung cấp dữ liệu người dùng
process-preservation = Bảo quản dữ liệu
process-preservation_extension = Gia hạn bảo quản dữ liệu
process-withhold_access = Hạn chế truy cập
notice-state-sending = đang gửi
notice-delivery-sent = đã gửi
notice-delivery-failed = không gửi được
notice-delivery-no_address = không có địa chỉ trong hồ sơ

## Cung cấp dữ liệu
productions-title = Dữ liệu cung cấp
productions-none = Chưa cung cấp dữ liệu nào.
production-open = Bắt đầu một đợt cung cấp
production-opened = Đã bắt đầu đợt cung cấp: hãy thêm tệp, sau đó chuyển giao.
production-state-open = Đang tập hợp
production-state-delivered = Đã chuyển giao
production-state-shredded = Đã hủy khi hết thời hạn lưu trữ
production-producer = người cung cấp dữ liệu
production-delivered-at = Đã chuyển giao
production-available-until = Khả dụng đến
production-retain-until = hủy sau ngày
col-received = Số byte đã nhận
field-production-files = Tệp cần cung cấp
field-production-files-hint = Mọi định dạng và dung lượng. Các tệp được mã hóa trong khi tải lên; nếu việc tải lên bị gián đoạn, quá trình sẽ tiếp tục từ điểm dừng khi Ông/Bà chọn lại đúng tệp đó.
production-upload = Tải lên
production-verify = Kiểm tra bản lưu trữ
production-verified = Bản lưu trữ khi giải mã khớp hoàn toàn với nội dung đã tải lên (SHA-256 trùng khớp). Việc kiểm tra đã được ghi nhật ký.
production-verify-failed = Bản lưu trữ không vượt qua kiểm tra. Không chuyển giao bản này; hãy gỡ bỏ và tải tệp lên lại. Lỗi đã được ghi nhật ký.
production-remove = Gỡ bỏ
production-file-removed = Đã gỡ bỏ tệp và xóa bản lưu trữ của tệp.
production-deliver = Chuyển giao cho người yêu cầu
production-delivered = Đã chuyển giao. Người yêu cầu đã được thông báo; có thể tải xuống cho đến ngày hết hạn khả dụng.
productions-received-title = Dữ liệu được cung cấp
productions-download-lead = Việc tải xuống cần mã mới từ ứng dụng xác thực. Mỗi lần tải xuống đều được ghi nhật ký: ai, khi nào, từ đâu và bao nhiêu byte. Bảng kê liệt kê mọi tệp kèm giá trị SHA-256 và có thể được kiểm tra ngoại tuyến bằng lệnh "lers manifest verify".
production-unlock = Mở khóa tải xuống
production-unlocked = Đã mở khóa tải xuống trong 5 phút.
production-confirm-first = Nhập mã từ ứng dụng xác thực để tải xuống.
production-manifest = Bảng kê (JSON)
production-expired = Dữ liệu cung cấp này không còn có thể tải xuống.
alerts-title = Cảnh báo
alert-staff-access = { $name } ({ $pseudonym }) đã mở hồ sơ của người yêu cầu { $accesses } lần kể từ { $since }.
alert-acknowledge = Xác nhận đã xem

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = Người yêu cầu
account-kind-staff = Nhân viên
account-status-active = Đang hoạt động
account-status-locked = Đã khóa
account-status-disabled = Đã vô hiệu hóa
