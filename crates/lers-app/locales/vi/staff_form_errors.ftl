## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = Vui lòng trả lời câu hỏi này.
form-review-note-needed = Vui lòng giải thích vấn đề trong phần ghi chú.
form-review-answered-twice = Vui lòng chỉ trả lời câu hỏi này một lần.
form-callback-phone-missing = Vui lòng nhập số điện thoại đã gọi.
form-callback-source-missing = Vui lòng cho biết số điện thoại lấy từ đâu (ví dụ: tổng đài công bố của cơ quan).
form-callback-result-missing = Vui lòng chọn kết quả cuộc gọi.
form-decision-missing = Vui lòng chọn một quyết định.
form-decision-reasons-missing = Vui lòng chọn ít nhất một lý do; người yêu cầu sẽ được thông báo các lý do này.
form-decision-note-missing = Vui lòng nêu rõ cần những thông tin gì.
form-decision-scope-missing = Đối với phê duyệt một phần, vui lòng chọn các định danh và loại dữ liệu sẽ cung cấp.
form-decision-code-missing = Phê duyệt việc cung cấp dữ liệu cần mã hiện hành từ ứng dụng xác thực của Ông/Bà.

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = Vui lòng chọn ít nhất một lý do khiến lệnh không thể thực hiện.
form-form3-explanation-missing = Vui lòng giải thích lý do cho cơ quan ban hành trong vài câu.
form-form3-foreign-law-missing = Trong trường hợp xung đột pháp luật, vui lòng nêu rõ luật liên quan của nước thứ ba (quốc gia, văn bản và điều khoản).
form-what-explanation = Phần giải thích
form-what-foreign-law = Luật nước ngoài

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = Họ tên người yêu cầu
form-what-agency = Cơ quan
form-what-email-address = Địa chỉ email
form-what-phone-number = Số điện thoại
form-what-how-sent = Cách gửi
form-what-time-received = Thời điểm nhận
form-what-time-served = Thời điểm tống đạt
form-what-summary = Phần tóm tắt
form-intake-time-format = { $what }: vui lòng nhập ngày và giờ theo UTC, ví dụ 2026-11-20 14:30.
form-intake-time-future = { $what } không được ở thời điểm tương lai; vui lòng kiểm tra ngày giờ (UTC).
form-intake-requester-name-missing = Vui lòng nhập họ tên người yêu cầu đúng như trên văn bản pháp lý.
form-intake-agency-missing = Vui lòng nhập cơ quan yêu cầu.
form-intake-email-missing = Vui lòng nhập địa chỉ email công vụ của người yêu cầu (ten@coquan.gov); phản hồi và lời mời sẽ được gửi tới đó.
form-intake-country-missing = Vui lòng chọn quốc gia của người yêu cầu.
form-intake-kind-missing = Vui lòng chọn loại yêu cầu.
form-intake-channel-missing = Vui lòng chọn cách thức yêu cầu được gửi đến (bưu điện, fax, email, trực tiếp, MLAT, tống đạt của tòa án hoặc hệ thống CNTT phi tập trung của EU).
form-intake-legal-entity-missing = Vui lòng chọn pháp nhân được tống đạt yêu cầu (danh sách do LERS_INTAKE_LEGAL_ENTITIES quy định).
form-intake-how-missing = Vui lòng cho biết cách gửi (bưu điện, fax, chuyển phát, trực tiếp).
form-intake-sent-on-missing = Vui lòng nhập ngày gửi theo định dạng YYYY-MM-DD.
form-intake-sent-on-future = Ngày gửi không được ở tương lai.
form-intake-summary-missing = Vui lòng tóm tắt nội dung đã gửi (tối đa { $max } ký tự).

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = Vui lòng nhập tên cơ quan (tối đa 200 ký tự).
form-agency-country-invalid = Vui lòng nhập quốc gia của cơ quan bằng mã hai chữ cái, ví dụ US hoặc GB.
form-agency-domains-missing = Vui lòng nhập (các) tên miền email của cơ quan, ví dụ abilenetx.gov.
form-agency-domain-invalid = { $domain } không phải là tên miền email; hãy viết như abilenetx.gov.
form-agency-switchboard-missing = Vui lòng nhập số tổng đài của cơ quan.
form-agency-switchboard-too-long = Số điện thoại tối đa 64 ký tự.
form-agency-switchboard-invalid = Đây không phải là số điện thoại; hãy viết kèm mã quốc gia (+1 325 676 6600), theo dạng trong nước (0 20 7946 0000) hoặc dạng tel:+13256766600;ext=12.
form-agency-time-zone-invalid = Vui lòng nhập múi giờ IANA, ví dụ America/Chicago hoặc Europe/London.
form-agency-source-missing = Vui lòng cho biết số điện thoại được xác minh ở đâu (ví dụ: trang web của cơ quan, đã gọi kiểm tra).
form-agency-verified-on-invalid = Vui lòng nhập ngày xác minh số điện thoại, ví dụ 2026-11-01.
form-agency-control-characters = Vui lòng xóa các ký tự điều khiển và nhập lại.
form-notice-target-unknown = Định danh này không thuộc yêu cầu.
form-notice-exemption-missing = Vui lòng chọn trường hợp miễn trừ áp dụng.
form-notice-choice-missing = Vui lòng chọn cách xử lý thông báo.
form-notice-order-until-invalid = Vui lòng nhập ngày kết thúc mới của lệnh, ví dụ 2027-05-31.
form-notice-hold-reason-missing = Vui lòng ghi rõ lý do tạm giữ thông báo.
