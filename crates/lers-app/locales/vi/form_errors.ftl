## Lỗi của các trường trong biểu mẫu (vấn đề 17). `$what` là một trong các tên
## trường dưới đây.

## Tên trường.

form-this-field = Trường này
form-the-name = Họ tên
form-the-reason = Lý do
form-the-message = Tin nhắn
form-the-file-name = Tên tệp
form-your-full-name = Họ và tên của quý vị
form-your-agency = Tên cơ quan của quý vị
form-your-badge = Số hiệu hoặc số thẻ ngành của quý vị
form-your-phone = Số điện thoại của quý vị
form-your-mailing-address = Địa chỉ bưu chính của quý vị
form-your-subdivision = Bang, tỉnh hoặc vùng của quý vị
form-what-title = Tên ngắn của vụ việc
form-what-subdivision = Bang, tỉnh hoặc vùng
form-what-issuing-authority = Tòa án hoặc cơ quan ban hành
form-what-citation = Căn cứ pháp lý hoặc số hồ sơ vụ việc
form-what-description = Nội dung quý vị yêu cầu và lý do
form-what-date-from = Ngày bắt đầu của khoảng thời gian
form-what-date-to = Ngày kết thúc của khoảng thời gian
form-what-deadline = Thời hạn
form-what-nondisclosure = Lệnh không tiết lộ
form-what-delay-of-notice = Lệnh hoãn thông báo
form-what-narrative = Mô tả tình huống khẩn cấp
form-what-supervisor-name = Họ tên cấp trên của quý vị
form-eu-issuing = cơ quan ban hành
form-eu-validating = cơ quan thẩm định
form-what-eu-issuing-name = Tên cơ quan ban hành
form-what-eu-validating-name = Tên cơ quan thẩm định
form-what-eu-issuing-file = Số hồ sơ của cơ quan ban hành
form-what-eu-validating-file = Số hồ sơ của cơ quan thẩm định
form-what-eu-address = Địa chỉ
form-what-eu-signer = Họ tên người ký
form-what-eu-phone = Số điện thoại
form-what-eu-email = Địa chỉ email
form-what-eu-offence = Hành vi phạm tội và căn cứ pháp lý (mục G)
form-what-eu-earlier = Lệnh trước đó
form-what-eu-delay-end = Ngày kết thúc việc hoãn thông báo cho người dùng
form-what-eu-enforcing = Cơ quan thi hành đã được thông báo (mục K)
form-what-eu-issued-on = Ngày ban hành
form-what-eu-delivery = Nơi gửi dữ liệu đến (mục L)
form-what-eu-information-ea = Thông tin cho cơ quan thi hành (mục M)

## Mọi trường.

form-enter = Vui lòng điền: { $what }.
form-too-long = { $what }: tối đa { $max } ký tự.
form-line-break = { $what }: nội dung có dấu xuống dòng hoặc tab; vui lòng viết trên một dòng.
form-invisible = { $what }: nội dung có ký tự điều khiển hoặc định dạng ẩn (chẳng hạn ký tự đảo chiều văn bản, có thể bị dán kèm theo); vui lòng gõ lại.
form-not-a-date = { $what }: vui lòng nhập ngày theo dạng 2026-11-27.

## Hồ sơ (đăng ký, tài khoản của quý vị) và tên nhân viên.

form-enter-full-name = Vui lòng nhập họ và tên của quý vị.
form-enter-agency = Vui lòng nhập tên cơ quan của quý vị.
form-enter-badge = Vui lòng nhập số hiệu hoặc số thẻ ngành của quý vị.
form-enter-phone = Vui lòng nhập số điện thoại của quý vị.
form-enter-mailing-address = Vui lòng nhập địa chỉ bưu chính có tên đường của quý vị.
form-enter-subdivision = Vui lòng nhập bang, tỉnh hoặc vùng của quý vị.
form-phone-format = Vui lòng nhập số điện thoại kèm mã quốc gia, ví dụ +84 24 5555 0100 máy lẻ 12.
form-po-box = Vui lòng nhập địa chỉ có tên đường, nơi có thể tống đạt văn bản tố tụng; không chấp nhận hộp thư bưu điện.
form-agency-country = Vui lòng chọn quốc gia của cơ quan quý vị.
form-staff-name = Vui lòng nhập họ tên đầy đủ, tối đa { $max } ký tự.

## Bản nháp yêu cầu.

form-issuing-country = Vui lòng chọn quốc gia của cơ quan ban hành.
form-instrument-wrong = Văn bản pháp lý này không thể làm căn cứ cho loại yêu cầu này; vui lòng chọn một văn bản trong danh sách.
form-instrument-missing = Vui lòng chọn văn bản pháp lý làm căn cứ cho yêu cầu.
form-targets-missing = Vui lòng nêu ít nhất một tài khoản, địa chỉ email, số điện thoại hoặc mã định danh khác.
form-target-type = Mã định danh số { $number }: vui lòng chọn loại.
form-target-invalid = Mã định danh số { $number } ({ $value }): { $reason }.
form-target-empty = mã định danh đang để trống
form-target-too-long = mã định danh dài hơn 320 ký tự
form-target-control = mã định danh có dấu xuống dòng, ký tự điều khiển hoặc ký tự định dạng ẩn
form-target-email = địa chỉ email cần đúng một dấu @ và có nội dung ở cả hai bên, ví dụ ten@example.com
form-target-phone = số điện thoại cần có mã quốc gia và từ 7 đến 15 chữ số, ví dụ +84 24 5555 0199
form-target-ip = không phải địa chỉ IPv4 hoặc IPv6 (vui lòng nhập một địa chỉ, không phải một dải)
form-target-meeting-id = mã cuộc họp chỉ gồm chữ cái, chữ số, dấu cách và dấu gạch ngang
form-targets-too-many = Mỗi yêu cầu có tối đa { $max } mã định danh; vui lòng chia nhỏ các yêu cầu lớn hơn.
form-data-categories = Vui lòng chọn các loại dữ liệu quý vị yêu cầu.
form-date-range-missing = Vui lòng nêu khoảng thời gian của dữ liệu quý vị yêu cầu; yêu cầu không giới hạn thời gian là quá rộng.
form-date-range-reversed = Ngày kết thúc của khoảng thời gian đứng trước ngày bắt đầu.
form-date-range-future = Khoảng thời gian không thể bắt đầu trong tương lai.
form-deadline-past = Thời hạn phải sau ngày hôm nay.
form-order-ended = { $what }: lệnh đã hết hiệu lực; vui lòng chọn “không có lệnh” hoặc nhập ngày kết thúc thực tế.
form-order-end-date = { $what }: vui lòng nhập ngày kết thúc, ví dụ 2027-05-31.
form-narrative-short = Vui lòng mô tả mối nguy hiểm, ai đang gặp nguy và vì sao nguy hiểm là cận kề (ít nhất { $min } ký tự).
form-attest = Vui lòng xác nhận lời cam đoan về tình huống khẩn cấp.
form-supervisor-phone = Vui lòng nhập số điện thoại của cấp trên kèm mã quốc gia, ví dụ +84 24 5555 0100.
form-extends-reference = Vui lòng nhập số tham chiếu của yêu cầu bảo quản cần gia hạn, ví dụ LERS-2026-000123.
form-preservation-reference = Vui lòng nhập số tham chiếu của yêu cầu bảo quản của quý vị, ví dụ LERS-2026-000123, hoặc để trống.
form-colleagues-too-many = Chỉ có thể cấp quyền truy cập cho tối đa { $max } đồng nghiệp.

## Giấy chứng nhận của lệnh EU.

form-eu-member-state = Vui lòng chọn quốc gia thành viên EU của { $what } (Đan Mạch không bị ràng buộc bởi Quy định này).
form-eu-data-categories = Vui lòng chọn các loại dữ liệu mà giấy chứng nhận nêu (mục F).
form-eu-earlier-order = Vui lòng nhập số tham chiếu LERS của lệnh trước đó, ví dụ LERS-2026-000123, hoặc mã của cơ quan ban hành.
form-eu-delay-ended = Thời gian hoãn thông báo cho người dùng đã kết thúc; vui lòng chọn “không hạn chế”.
form-eu-delay-date = Vui lòng nhập ngày mà trước đó người dùng không được thông báo, ví dụ 2027-05-31.
form-eu-enforcing-email = Vui lòng nhập địa chỉ email của cơ quan thi hành theo dạng ten@example.eu, hoặc để trống.
form-eu-issued-future = Giấy chứng nhận không thể được ban hành trong tương lai.
form-eu-issued-on = Vui lòng nhập ngày ký giấy chứng nhận.
form-eu-received-before-issue = Giấy chứng nhận ghi ngày { $issued }, sau ngày nhận lệnh ({ $received }); vui lòng kiểm tra lại ngày ban hành và thời điểm nhận.

## Theo dõi yêu cầu: rút lại, tin nhắn, tải tệp lên.

form-withdraw-reason = Vui lòng nêu lý do rút lại (tối đa { $max } ký tự).
form-message-length = Vui lòng viết tin nhắn tối đa { $max } ký tự.
form-message-unreadable = Không đọc được tin nhắn, hoặc tin nhắn dài hơn rất nhiều so với mức cho phép; vui lòng rút ngắn.
form-form-unreadable = Không đọc được biểu mẫu; vui lòng gửi lại.
form-upload-unreadable = Không đọc được tệp tải lên; vui lòng thử lại.
form-upload-interrupted = Việc tải lên bị gián đoạn hoặc tệp quá lớn; vui lòng thử lại.
form-file-missing = Vui lòng chọn một tệp để tải lên.
form-file-too-large = Tệp lớn hơn { $mib } MiB; vui lòng chia nhỏ hoặc hỏi nhà cung cấp cách gửi khác.

## Địa chỉ email khi đăng ký và trong hồ sơ.

form-email-not-allowed = { $domain } không có trong danh sách tên miền email cơ quan nhà nước được chấp nhận. Vui lòng dùng địa chỉ email công vụ của cơ quan nhà nước hoặc công an; nếu thiếu tên miền của cơ quan quý vị, vui lòng đề nghị nhà cung cấp bổ sung.
form-email-empty = Vui lòng nhập địa chỉ email: địa chỉ công vụ của quý vị, ví dụ ten@coquan.gov.vn.
form-email-missing-at = Địa chỉ email này không có “@”. Vui lòng nhập đầy đủ địa chỉ công vụ, ví dụ ten@coquan.gov.vn.
form-email-too-many-at = Địa chỉ email này có nhiều hơn một “@”. Vui lòng chỉ nhập một địa chỉ, ví dụ ten@coquan.gov.vn.
form-email-quoted = Không chấp nhận địa chỉ email có dấu ngoặc kép. Vui lòng nhập địa chỉ không có dấu ngoặc kép, ví dụ ten@coquan.gov.vn.
form-email-comment = Không chấp nhận địa chỉ email có dấu ngoặc tròn “(” hoặc “)”. Vui lòng xóa dấu ngoặc và phần chữ nằm giữa.
form-email-whitespace = Địa chỉ email này có dấu cách, tab hoặc ký tự ẩn khác. Vui lòng xóa ký tự đó (kiểm tra cả đầu và cuối) rồi thử lại.
form-email-non-ascii = Địa chỉ email này có ký tự quốc tế (chữ cái ngoài bảng a-z thông thường, kể cả chữ có dấu). Các ký tự này không được chấp nhận vì chữ cái trông giống nhau từ bảng chữ cái khác là thủ đoạn phổ biến để giả mạo địa chỉ cơ quan nhà nước. Vui lòng tự gõ địa chỉ thay vì dán.
form-email-punycode = Địa chỉ email này dùng tên miền quốc tế đã mã hóa (một phần bắt đầu bằng “xn--”). Loại địa chỉ này không được chấp nhận vì chữ cái trông giống nhau là thủ đoạn phổ biến để giả mạo địa chỉ cơ quan nhà nước. Vui lòng dùng địa chỉ thông thường của cơ quan quý vị.
form-email-trailing-dot = Địa chỉ email này kết thúc bằng dấu chấm. Vui lòng xóa dấu chấm cuối rồi thử lại.
form-email-domain-literal = Không chấp nhận địa chỉ có địa chỉ IP trong ngoặc vuông. Vui lòng dùng địa chỉ email có tên miền của cơ quan quý vị, ví dụ ten@coquan.gov.vn.
form-email-domain-empty = Địa chỉ email này không có gì sau “@”. Vui lòng nhập đầy đủ địa chỉ, ví dụ ten@coquan.gov.vn.
form-email-domain-empty-label = Phần sau “@” bắt đầu bằng dấu chấm hoặc có hai dấu chấm liền nhau. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-domain-character = Phần sau “@” chỉ được gồm chữ cái, chữ số, dấu gạch ngang và dấu chấm. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-domain-label-hyphen = Một phần của tên miền sau “@” bắt đầu hoặc kết thúc bằng dấu gạch ngang, điều này không hợp lệ. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-domain-label-too-long = Một phần của tên miền sau “@” dài hơn 63 ký tự, điều này không hợp lệ. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-domain-too-long = Phần sau “@” dài hơn 253 ký tự, điều này không hợp lệ. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-single-label = Phần sau “@” phải là tên miền đầy đủ có dấu chấm, chẳng hạn coquan.gov.vn. Vui lòng nhập đầy đủ địa chỉ công vụ.
form-email-numeric-tld = Phần sau “@” phải kết thúc bằng một tên như .vn, không phải một con số. Vui lòng nhập địa chỉ email của cơ quan, không phải địa chỉ IP.
form-email-local-empty = Địa chỉ email này không có gì trước “@”. Vui lòng nhập đầy đủ địa chỉ, ví dụ ten@coquan.gov.vn.
form-email-local-too-long = Phần trước “@” dài hơn 64 ký tự, điều mà email không cho phép. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-local-dots = Phần trước “@” bắt đầu hoặc kết thúc bằng dấu chấm, hoặc có hai dấu chấm liền nhau. Vui lòng kiểm tra lỗi gõ trong địa chỉ.
form-email-local-character = Phần trước “@” có ký tự không được chấp nhận. Chỉ dùng chữ cái, chữ số, dấu chấm và các ký hiệu ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = Địa chỉ email này dài hơn 254 ký tự, điều mà email không cho phép. Vui lòng kiểm tra lỗi gõ trong địa chỉ.

## Mật khẩu mới.

form-password-too-short = Mật khẩu này quá ngắn. Vui lòng dùng ít nhất { $min } ký tự; vài từ không liên quan với nhau tạo thành mật khẩu dài mà dễ nhớ.
form-password-too-long = Mật khẩu này quá dài. Vui lòng dùng tối đa { $max } ký tự.
form-password-common = Mật khẩu này nằm trong danh sách mật khẩu phổ biến mà kẻ tấn công thử đầu tiên. Vui lòng chọn mật khẩu khác, khó đoán hơn.
form-password-contains-email = Mật khẩu này chứa phần địa chỉ email trước “@” của quý vị, là một trong những thứ kẻ tấn công thử đầu tiên. Vui lòng chọn mật khẩu không chứa phần đó.
form-password-mismatch = Hai mật khẩu không khớp nhau. Vui lòng nhập cùng một mật khẩu vào cả hai ô.

## Nộp yêu cầu: bản nháp tham chiếu đến đâu. Văn bản pháp lý dạng PDF.

form-extends-not-yours = { $reference } không phải là một yêu cầu bảo quản đang mở của quý vị.
form-preservation-not-in-force = { $reference } không phải là một lệnh bảo quản đang có hiệu lực của quý vị.
form-pdf-not-pdf = tệp này không phải PDF (nội dung không bắt đầu như một tệp PDF, dù tên tệp là gì); vui lòng tải văn bản pháp lý lên dưới dạng PDF
form-pdf-encrypted = tệp PDF này đã được mã hóa hoặc đặt mật khẩu; vui lòng tải lên bản không được bảo vệ
form-pdf-active-content = tệp PDF này chứa JavaScript hoặc thao tác khởi chạy chương trình, điều này không được chấp nhận; vui lòng in ra một tệp PDF mới và tải tệp đó lên
form-pdf-unreadable = tệp PDF này bị hỏng và không đọc được ({ $detail }); vui lòng xuất lại và tải tệp mới lên
form-pdf-too-complex = việc kiểm tra tệp PDF này cần nhiều bộ nhớ hoặc thời gian hơn mức máy chủ cho phép (tệp có số lượng đối tượng lớn bất thường); vui lòng in ra một tệp PDF mới hoặc chia nhỏ, rồi tải lên
form-pdf-checker-unavailable = máy chủ hiện chưa kiểm tra được tệp này; vui lòng thử lại sau vài phút và báo cho nhà cung cấp nếu lỗi vẫn tiếp diễn
form-pdf-busy = máy chủ đang bận kiểm tra các tệp khác; vui lòng thử lại sau vài phút

## Mã từ ứng dụng xác thực; mật khẩu và địa chỉ của tài khoản.

form-code-malformed = vui lòng nhập mã 6 chữ số từ ứng dụng xác thực (chỉ gồm chữ số)
form-code-wrong = mã này không đúng; vui lòng kiểm tra giờ trên điện thoại và nhập mã hiện tại
form-code-reused = mã này đã được dùng; vui lòng chờ mã tiếp theo rồi nhập
form-not-current-password = Đây không phải là mật khẩu hiện tại của quý vị.
form-email-unchanged = Đây đã là địa chỉ của tài khoản; vui lòng nhập địa chỉ mới.

## Token API; rời khỏi LERS.

form-token-name = Vui lòng đặt tên cho token, tối đa { $max } ký tự.
form-token-scopes = Vui lòng chọn ít nhất một phạm vi quyền.
form-token-lifetime = vui lòng chọn thời hạn hiệu lực từ 1 đến { $max } ngày
form-leave-confirm = Vui lòng đánh dấu ô để xác nhận rằng quý vị hiểu dữ liệu nào bị xóa và dữ liệu nào được giữ lại.
