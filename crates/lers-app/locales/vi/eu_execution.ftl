# Thi hành lệnh của EU (Quy định (EU) 2023/1543): thời gian tạm giữ của cơ quan thi hành (EA),
# Mẫu 3 "không thể thực hiện", thông báo cho người dùng, trên bảng điều khiển và trang của người yêu cầu.

eu-panel-title = Lệnh của EU: thi hành
eu-kind-epoc = Lệnh cung cấp dữ liệu châu Âu (EPOC)
eu-kind-epoc_pr = Lệnh bảo quản dữ liệu châu Âu (EPOC-PR)
eu-ea-notified = Cơ quan thi hành đã được thông báo: { $authority }

eu-release-label = Chuyển giao dữ liệu:
eu-release-not_held = không tạm giữ (không có cơ quan thi hành nào được thông báo)
eu-release-held = tạm giữ đến { $until } (thời hạn của cơ quan thi hành)
eu-release-emergency_provisional = khẩn cấp: có thể cung cấp ngay; cơ quan thi hành vẫn có thể từ chối cho đến { $until }
eu-release-released = đã chuyển giao
eu-release-refused = bị cơ quan thi hành từ chối; dữ liệu sẽ không bao giờ được chuyển giao
eu-release-already-sent = Dữ liệu đã được gửi trước đó: cơ quan ban hành đã được yêu cầu xóa hoặc hạn chế sử dụng dữ liệu.

eu-decision-no_grounds = Không có căn cứ từ chối
eu-decision-partial_grounds = Có căn cứ từ chối một phần
eu-decision-full_refusal = Bị cơ quan thi hành từ chối
eu-ground-immunities_or_privileges = Quyền miễn trừ hoặc đặc quyền, hoặc quy định về tự do báo chí và tự do ngôn luận (Điều 12(1)(a))
eu-ground-fundamental_rights = Vi phạm rõ ràng một quyền cơ bản (Điều 12(1)(b))
eu-ground-ne_bis_in_idem = Nguyên tắc ne bis in idem (Điều 12(1)(c))
eu-ground-dual_criminality = Hành vi không cấu thành tội phạm tại quốc gia thi hành (Điều 12(1)(d))
eu-field-ea-decision = Quyết định của cơ quan thi hành
eu-field-ea-ground = Căn cứ từ chối (Điều 12)
eu-field-ea-data = Dữ liệu thuộc phạm vi căn cứ từ chối
eu-field-ea-data-hint = Chỉ áp dụng cho căn cứ từ chối một phần: dữ liệu nào không được chuyển giao.
eu-ea-submit = Ghi nhận quyết định
eu-ea-decision-recorded = Đã ghi nhận quyết định của cơ quan thi hành.
eu-ea-refused-already-sent-message =
    Cơ quan thi hành đã từ chối thi hành lệnh này ({ $ground }).
    Dữ liệu đã được cung cấp cho Quý cơ quan theo thủ tục khẩn cấp (Điều 10(4)): đề nghị Quý cơ quan xóa dữ liệu hoặc hạn chế việc sử dụng dữ liệu theo yêu cầu của Quy định.

eu-form3-title = Không thể thực hiện (Mẫu 3)
eu-form3-when = Có thể phản hồi theo Mẫu 3 khi lệnh đang được thẩm định, sau khi đã hoàn tất danh mục kiểm tra thẩm định.
eu-form3-answered = Đã phản hồi theo Mẫu 3 vào { $at }
eu-form3-pdf-link = Tải Mẫu 3 (PDF)
eu-form3-sent-to-ea = Đã gửi đến cơ quan thi hành ({ $email }) vào { $at }.
eu-form3-ea-unsent = Chưa được gửi tới cơ quan thi hành ({ $email }). Nếu máy chủ thư chưa nhận được, thư sẽ được gửi lại trong ba ngày và được ghi nhận tại đây khi đã gửi; nếu không, hãy tự gửi tệp PDF mẫu 3 cho họ.
eu-field-form3-reasons = Lý do
eu-field-form3-explanation = Giải thích cho cơ quan ban hành
eu-field-form3-foreign-law = Pháp luật nước ngoài liên quan
eu-field-form3-foreign-law-hint = Bắt buộc khi có xung đột pháp luật: nước thứ ba, văn bản pháp luật và điều khoản.
eu-form3-submit = Phản hồi theo Mẫu 3 (từ chối thực hiện lệnh)
eu-form3-recorded = Phản hồi theo Mẫu 3 đã được ghi nhận và gửi đi.
eu-form3-reason-incomplete = Chứng nhận không đầy đủ
eu-form3-reason-manifest_errors = Chứng nhận có sai sót rõ ràng
eu-form3-reason-insufficient_information = Chứng nhận không chứa đủ thông tin
eu-form3-reason-data_not_held = Nhà cung cấp không lưu giữ dữ liệu được yêu cầu
eu-form3-reason-de_facto_impossibility = Không thể thực hiện trên thực tế vì lý do không thuộc trách nhiệm của nhà cung cấp
eu-form3-reason-invalid_issuing_authority = Lệnh không được ban hành hoặc phê chuẩn bởi cơ quan có thẩm quyền
eu-form3-reason-offence_not_covered = Tội phạm không thuộc phạm vi điều chỉnh của Quy định
eu-form3-reason-service_not_covered = Dịch vụ không thuộc phạm vi điều chỉnh của Quy định
eu-form3-reason-immunities_or_privileges = Dữ liệu được bảo vệ bởi quyền miễn trừ hoặc đặc quyền
eu-form3-reason-conflict_of_law = Việc thực hiện sẽ xung đột với pháp luật của nước thứ ba
eu-form3-message =
    Mẫu 3: nhà cung cấp không thể thi hành lệnh này.
    Lý do: { $reasons }
    Giải thích: { $explanation }
    Có thể tải Mẫu 3 dưới dạng PDF từ trang của yêu cầu này.
eu-form3-ea-mail-subject = { $service }: phản hồi theo Mẫu 3 đối với lệnh của EU { $reference }
eu-form3-ea-mail-body =
    Kính gửi Quý cơ quan,

    { $service } đã phản hồi lệnh của EU được đăng ký với số tham chiếu { $reference }, trong đó Quý cơ quan được nêu là cơ quan thi hành, bằng Mẫu 3 (thông tin về việc không thể thi hành lệnh).
    Vì lý do bảo mật, nội dung phản hồi không được đính kèm trong thư này. Cơ quan ban hành đã nhận được phản hồi; để nhận bản sao, đề nghị Quý cơ quan liên hệ nhóm xử lý yêu cầu của nhà cung cấp và nêu số tham chiếu { $reference }.

eu-form3-pdf-title = Mẫu 3 (Phụ lục III, Quy định (EU) 2023/1543): thông tin về việc không thể thi hành lệnh
eu-form3-pdf-provider = Nhà cung cấp dịch vụ: { $service }
eu-form3-pdf-reference = Số tham chiếu của nhà cung cấp: { $reference }
eu-form3-pdf-order = Lệnh: { $kind }, số hồ sơ của cơ quan ban hành { $file }
eu-form3-pdf-authority = Cơ quan ban hành: { $name } ({ $state })
eu-form3-pdf-answered = Ngày phản hồi: { $at }
eu-form3-pdf-reasons = Lý do:
eu-form3-pdf-explanation = Giải thích:
eu-form3-pdf-foreign-law = Pháp luật nước ngoài liên quan:
eu-form3-pdf-ea = Cơ quan thi hành đã được thông báo: { $name }

eu-notice-title = Thông báo cho người dùng (Điều 13)
eu-notice-restriction-not_restricted = Cơ quan ban hành không hạn chế việc thông báo cho người dùng: áp dụng chính sách thông báo của nhà cung cấp.
eu-notice-restriction-delayed_until = Cơ quan ban hành yêu cầu không thông báo cho người dùng trước khi kết thúc ngày { $until }.
eu-notice-restriction-until_authority_lifts = Cơ quan ban hành yêu cầu không thông báo cho người dùng cho đến khi có ý kiến của cơ quan này: không gửi thông báo (đây không phải là căn cứ để phản đối lệnh).
eu-notice-was-lifted = Cơ quan ban hành đã gỡ bỏ hạn chế.
eu-notice-lift-submit = Cơ quan ban hành đã gỡ bỏ hạn chế
eu-notice-lifted = Đã ghi nhận việc cơ quan ban hành gỡ bỏ hạn chế; đã lên lịch { $count } thông báo.
notice-state-awaiting_authority = tạm giữ cho đến khi cơ quan ban hành gỡ bỏ hạn chế

eu-report-caption = Lệnh cung cấp và lệnh bảo quản dữ liệu của EU (Quy định (EU) 2023/1543), theo quốc gia thành viên ban hành
eu-report-member-state = Quốc gia thành viên ban hành
eu-report-type = Loại lệnh
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = EPOC khẩn cấp
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = Số lệnh
eu-report-ea-refusals = Bị cơ quan thi hành từ chối
eu-report-form3 = Phản hồi theo Mẫu 3
eu-report-csv = Lệnh của EU (CSV)

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = Cơ quan thi hành không thấy căn cứ từ chối: dữ liệu được cung cấp.
timeline-eu-ea-partial_grounds = Cơ quan thi hành thấy có căn cứ từ chối một phần — { $ground }. Các lần cung cấp đã chuyển trước đây tiếp tục bị giữ lại; một lần cung cấp mới không gồm dữ liệu thuộc các căn cứ đó được phát hành.
timeline-eu-ea-full_refusal = Cơ quan thi hành đã từ chối — { $ground }. Dữ liệu sẽ không bao giờ được cung cấp.
timeline-eu-ea-full_refusal-sent = Cơ quan thi hành đã từ chối — { $ground }. Dữ liệu đã được gửi: cơ quan ban hành phải xóa hoặc hạn chế sử dụng dữ liệu đó.
timeline-eu-deadline-earlier = Cơ quan ban hành yêu cầu cung cấp sớm hơn, trước { $due } (trước đây là { $previous }), vì các lý do sau: { $reason }
timeline-eu-deadline-later = Cơ quan ban hành đã đặt thời hạn cung cấp mới: { $due } (trước đây là { $previous }).
timeline-eu-deadline-beyond = Thời hạn này muộn hơn thời hạn theo Quy định, { $limit }.
timeline-eu_ea_decision = Quyết định của cơ quan thi hành
timeline-eu_deadline_moved = Thời hạn cung cấp do cơ quan ban hành thay đổi
