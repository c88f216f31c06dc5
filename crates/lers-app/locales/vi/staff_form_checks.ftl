## Kiểm tra các biểu mẫu của quản trị viên và nhóm xử lý yêu cầu: danh sách tên miền cho phép,
## điểm cuối giao diện, nhân viên, vùng dữ liệu, đợt cung cấp dữ liệu và báo cáo.

## Danh sách cho phép đối với tên miền email của người yêu cầu.
form-domain-rule-empty = Mẫu đang để trống: vui lòng nhập một tên miền như abilenetx.gov hoặc một quy tắc hậu tố như *.police.uk.
form-domain-rule-bare-wildcard = Chỉ một dấu “*” sẽ cho phép mọi địa chỉ: vui lòng nhập một quy tắc hậu tố như *.police.uk.
form-domain-rule-misplaced-wildcard = Dấu “*” chỉ được đặt ở ngay đầu và phải có dấu chấm theo sau, như trong *.police.uk.
form-domain-rule-suffix-too-broad = Quy tắc hậu tố cần ít nhất hai nhãn sau “*.” (*.police.uk, không phải *.uk): một nhãn duy nhất là cả một tên miền cấp cao nhất mà ai cũng có thể đăng ký.
form-domain-rule-non-ascii = Không chấp nhận ký tự quốc tế, vì các chữ cái trông giống nhau là một thủ đoạn mạo danh đã biết: vui lòng viết tên miền bằng ký tự ASCII thuần.
form-domain-rule-punycode = Không chấp nhận nhãn Punycode (bắt đầu bằng “xn--”), vì các nhãn này mã hóa những chữ cái quốc tế trông giống nhau: vui lòng viết tên miền bằng ký tự ASCII thuần.
form-domain-rule-trailing-dot = Mẫu kết thúc bằng dấu chấm: vui lòng xóa dấu chấm cuối.
form-domain-rule-empty-label = Mẫu có một nhãn trống (hai dấu chấm liền nhau hoặc dấu chấm ở đầu): vui lòng xóa dấu chấm thừa.
form-domain-rule-invalid-character = Tên miền chỉ được chứa chữ cái a-z, chữ số, dấu gạch nối và dấu chấm: vui lòng chỉ nhập tên miền, không nhập địa chỉ email hay URL.
form-domain-rule-label-hyphen = Một nhãn của tên miền bắt đầu hoặc kết thúc bằng dấu gạch nối, điều mà DNS không cho phép: vui lòng kiểm tra lại chính tả.
form-domain-rule-label-too-long = Một nhãn của tên miền dài hơn 63 ký tự, điều mà DNS không cho phép: vui lòng kiểm tra lại chính tả.
form-domain-rule-too-long = Tên miền dài hơn 253 ký tự, điều mà DNS không cho phép: vui lòng kiểm tra lại chính tả.
form-domain-rule-single-label = Tên miền chỉ có một nhãn (chẳng hạn “gov”) là cả một tên miền cấp cao nhất: vui lòng nhập tên miền đầy đủ, chẳng hạn abilenetx.gov.
form-domain-rule-numeric-tld = Nhãn cuối cùng của tên miền là một con số, tức là địa chỉ IP chứ không phải tên miền: vui lòng nhập tên miền.

## Điểm cuối giao diện (ETSI HI-1).
form-endpoint-country-code = Vui lòng nhập quốc gia của điểm cuối bằng mã ISO 3166-1 gồm hai chữ cái (EU đối với các cơ quan của EU).
form-endpoint-identifier = Vui lòng nhập định danh duy nhất của điểm cuối, chính xác như trong trường SenderIdentifier của các thông điệp từ điểm cuối đó (không có dấu cách, tối đa { $max } ký tự).
form-endpoint-name = Vui lòng nhập tên cơ quan có thẩm quyền trên một dòng, tối đa { $max } ký tự.
form-endpoint-fingerprint = Vui lòng nhập dấu vân tay SHA-256 của chứng thư máy khách: 64 chữ số thập lục phân (được phép dùng dấu hai chấm), ví dụ lấy từ câu lệnh openssl x509 -in cert.pem -outform der | sha256sum.
form-endpoint-public-key = Vui lòng nhập khóa công khai Ed25519 của điểm cuối: 32 byte của khóa ở dạng thập lục phân (64 chữ số) hoặc base64.
form-endpoint-auth-kind = Vui lòng chọn phương thức xác thực của điểm cuối: chứng thư máy khách hoặc token có chữ ký.
form-endpoint-notify-url = Vui lòng nhập một địa chỉ https:// để nhận thông báo, hoặc để trống.
form-endpoint-contact-email = Vui lòng nhập địa chỉ email của đầu mối liên hệ của cơ quan đối với các lệnh này.
form-endpoint-role = Vui lòng chọn điểm cuối đại diện cho ai: một cơ quan ban hành hay cơ quan thi hành.
form-endpoint-country = Cơ quan thi hành phải thuộc quốc gia thành viên của nhà cung cấp này ({ $country }): chỉ cơ quan của quốc gia đó mới quyết định đối với các lệnh được tống đạt tại đây.
form-endpoint-contact-is-staff = Địa chỉ này thuộc một tài khoản nhân viên; vui lòng nhập địa chỉ liên hệ riêng của cơ quan.

## Nhân viên, tiếp nhận và rời khỏi dịch vụ.
form-staff-roles-missing = Vui lòng gán ít nhất một vai trò cho nhân viên mới.
form-intake-requester-is-staff = Địa chỉ này thuộc một tài khoản nhân viên; vui lòng nhập địa chỉ riêng của người yêu cầu.
form-intake-scan-missing = Vui lòng đính kèm bản quét văn bản pháp lý (tệp PDF) trước khi đăng ký yêu cầu.
form-leaving-staff-account = Tài khoản nhân viên khi bị xóa sẽ được chuyển vào thùng rác và được ẩn danh hóa khi bị xóa vĩnh viễn; không xóa các tài khoản này tại đây.
form-step-up-code-missing = Thao tác này cần mã hiện hành từ ứng dụng xác thực của Ông/Bà.
form-step-up-key-required = Tổ chức của Ông/Bà yêu cầu khóa bảo mật hoặc passkey cho bước này: vui lòng chạm vào khóa (nút bên cạnh ô mã), rồi gửi biểu mẫu và để trống ô mã.
form-step-up-key-register-first = Tổ chức của Ông/Bà yêu cầu khóa bảo mật hoặc passkey cho bước này, nhưng tài khoản chưa có khóa nào: vui lòng đăng xuất, đăng nhập lại và đăng ký khóa ngay sau khi đăng nhập.

## Ai được xem phần nào của hồ sơ.
form-field-role-unknown = Vui lòng chọn một trong các vai trò được liệt kê.
form-field-group-unknown = Vui lòng chọn một trong các phần của hồ sơ được liệt kê.
form-field-level-unknown = Vui lòng chọn “ẩn”, “xem” hoặc “xem và chỉnh sửa”.

## Vùng dữ liệu.
form-region-not-configured = { $region } không phải là vùng đã được cấu hình; vui lòng chọn một trong các vùng sau: { $regions }.
form-region-already-placed = Yêu cầu này đã thuộc vùng { $region }, nơi lưu trữ các tệp của yêu cầu.

## Tệp cung cấp dữ liệu và báo cáo minh bạch.
form-file-name-missing = Vui lòng đặt tên cho tệp (ví dụ: account-export.zip).
form-file-name-too-long = Tên tệp dài tối đa 255 byte.
form-production-file-too-large = Mỗi tệp có dung lượng tối đa 256 TiB; vui lòng chia thành nhiều tệp.
form-period-not-begun = Vui lòng chọn một kỳ báo cáo đã bắt đầu.
