## Lý do một thao tác bị từ chối: một quy tắc trong vòng đời của yêu cầu, nguyên tắc bốn mắt,
## hoặc người khác đã thao tác trước. Trạng thái, vai trò và mức quyền truy cập được truyền vào
## dưới dạng nhãn hiển thị; thời gian theo múi giờ của người đọc.

## Ra quyết định đối với yêu cầu.
form-refusal-decide-no-review = Vui lòng hoàn tất danh mục kiểm tra thẩm định trước khi ra quyết định.
form-refusal-decide-not-approver = Việc phê duyệt đòi hỏi vai trò người phê duyệt.
form-refusal-decide-own-review = Nguyên tắc bốn mắt: người đã thẩm định một yêu cầu không được đồng thời phê duyệt yêu cầu đó.
form-refusal-decide-reviewer-disabled = Bản thẩm định do một người có tài khoản nay đã bị vô hiệu hóa thực hiện. Vui lòng thẩm định lại yêu cầu trước khi ra quyết định.
form-refusal-transition = Yêu cầu này đang ở trạng thái { $status }: không thể thực hiện bước này ở trạng thái đó. Vui lòng tải lại trang để xem các thao tác hiện có thể thực hiện.

## Cuộc gọi lại xác minh đối với yêu cầu khẩn cấp.
form-refusal-callback-not-emergency = Cuộc gọi lại xác minh chỉ được ghi nhận đối với yêu cầu khẩn cấp.
form-refusal-callback-failed-outside-review = Cuộc gọi lại không thành công sẽ dẫn đến việc đình chỉ người yêu cầu, vì vậy chỉ được ghi nhận đối với yêu cầu khẩn cấp đang được thẩm định; vui lòng bắt đầu thẩm định trước (yêu cầu này đang ở trạng thái { $status }).
form-refusal-callback-decided = Yêu cầu này đang ở trạng thái { $status }: cuộc gọi lại xác minh chỉ được ghi nhận khi yêu cầu đang chờ quyết định.
form-refusal-callback-failed = Một cuộc gọi lại xác minh đối với yêu cầu này đã không thành công: không thể phê duyệt yêu cầu; vui lòng từ chối hoặc phản đối yêu cầu.
form-refusal-callback-requester-suspended = Người yêu cầu đã bị đình chỉ sau một cuộc gọi lại xác minh không thành công: quản trị viên phải gỡ bỏ đình chỉ trước khi yêu cầu khẩn cấp này có thể được phê duyệt.
form-refusal-callback-not-confirmed = Yêu cầu khẩn cấp chỉ được phê duyệt sau khi cuộc gọi lại tới một số điện thoại tìm được từ nguồn độc lập đã được xác nhận.
form-refusal-callback-second-confirmation-missing = Yêu cầu khẩn cấp này có điểm rủi ro vượt ngưỡng: trước khi phê duyệt, một nhân viên thứ hai, không phải người đã ghi nhận cuộc gọi lại, phải xác nhận cuộc gọi lại đó.
form-refusal-callback-recorder-disabled = Cuộc gọi lại đã xác nhận cho yêu cầu này do một tài khoản nhân viên nay đã bị vô hiệu hóa ghi nhận, nên không còn được tính. Vui lòng gọi lại cho cơ quan theo một số điện thoại tìm được từ nguồn độc lập và ghi nhận cuộc gọi lại.
form-refusal-callback-second-confirmer-disabled = Xác nhận thứ hai của cuộc gọi lại do một tài khoản nhân viên nay đã bị vô hiệu hóa đưa ra, nên không còn được tính. Một nhân viên khác, không phải người đã ghi nhận cuộc gọi lại, phải xác nhận cuộc gọi lại đó.
form-refusal-callback-confirming-disabled-recorder = Cuộc gọi lại này do một tài khoản nhân viên nay đã bị vô hiệu hóa ghi nhận, nên không còn được tính và không thể xác nhận. Vui lòng gọi lại cho cơ quan và ghi nhận một cuộc gọi lại mới.
form-refusal-callback-confirming-unconfirmed = Nhân viên thứ hai chỉ có thể xác nhận một cuộc gọi lại đã có kết quả xác nhận.
form-refusal-callback-confirming-own = Nguyên tắc bốn mắt: cuộc gọi lại phải được xác nhận bởi một người khác, không phải nhân viên đã ghi nhận cuộc gọi đó.
form-refusal-callback-nothing-to-confirm = Yêu cầu này đang ở trạng thái { $status }: không còn nội dung nào cần xác nhận.
form-refusal-requester-controlled-line = Số { $line } dẫn đến một đường dây do người yêu cầu cung cấp hoặc có thể kiểm soát (tìm thấy trong { $origin ->
        [profile] hồ sơ của người yêu cầu
        [colleague] hồ sơ của { $colleague }, cùng cơ quan
        [earlier] yêu cầu trước đó { $reference } của cùng tài khoản hoặc cùng cơ quan
        [written] tin nhắn, tên tài liệu và lý do rút yêu cầu của người yêu cầu hoặc cơ quan của họ
       *[request] yêu cầu này
    }); vui lòng gọi một số điện thoại tìm được độc lập, chẳng hạn số tổng đài ghi trong danh bạ cơ quan.

## Ai được thay đổi yêu cầu.
form-refusal-access-not-owner = Chỉ người yêu cầu đã gửi yêu cầu này mới được thay đổi yêu cầu.
form-refusal-access-not-a-draft = Không thể chỉnh sửa yêu cầu đã gửi; vui lòng gửi tin nhắn thay thế.
form-refusal-access-closed-to-messages = Yêu cầu này đang ở trạng thái { $status }: không nhận thêm tin nhắn; nếu cần trao đổi thêm, vui lòng gửi yêu cầu mới.
form-refusal-access-not-a-colleague = { $email } không phải là người yêu cầu đã đăng ký thuộc cơ quan của Ông/Bà (@{ $domain }); mỗi đồng nghiệp phải có tài khoản riêng.

## Đợt cung cấp dữ liệu và các tệp kèm theo.
form-refusal-production-not-approved = Chỉ yêu cầu đã được phê duyệt mới có đợt cung cấp dữ liệu; yêu cầu này đang ở trạng thái { $status }.
form-refusal-production-not-producer = Chỉ người cung cấp dữ liệu đã mở đợt cung cấp này mới được thay đổi đợt cung cấp.
form-refusal-production-not-open = Đợt cung cấp này đã được chuyển giao và không thể thay đổi nữa.
form-refusal-production-not-deliverable = Yêu cầu hiện đang ở trạng thái { $status }; không thể chuyển giao dữ liệu nào cho yêu cầu này.
form-refusal-production-no-files = Vui lòng thêm ít nhất một tệp trước khi chuyển giao.
form-refusal-production-still-uploading = Tệp { $name } vẫn đang được tải lên ({ $received }/{ $size } byte); vui lòng hoàn tất hoặc gỡ bỏ tệp trước khi chuyển giao.
form-refusal-production-own-alert = Cảnh báo liên quan đến chính Ông/Bà phải do người khác xác nhận.
form-refusal-file-destroyed = Tệp này đã bị hủy khi hết thời hạn lưu trữ.
form-refusal-uploads-busy = Hiện đã có { $max } lượt tải lên đang chạy; vui lòng thử lại sau một phút.
form-refusal-upload-running = Một lượt tải lên khác của tệp này vẫn đang diễn ra.
form-refusal-upload-offset = Việc tải lên cần tiếp tục từ byte { $expected }, không phải từ byte { $offset }; vui lòng tiếp tục từ vị trí đó.
form-refusal-staging-gone = Dữ liệu tạm của lượt tải lên này không còn; vui lòng gỡ bỏ tệp và tải lên lại.
form-refusal-more-than-declared = Dữ liệu vượt quá dung lượng đã khai báo là { $declared } byte.
form-refusal-file-name-taken = Đợt cung cấp này đã có một tệp tên là { $name }; vui lòng đổi tên một trong hai tệp hoặc gỡ bỏ tệp kia trước.
form-refusal-size-too-large = Dung lượng quá lớn.

## Công việc của nhóm xử lý yêu cầu đối với hồ sơ.
form-refusal-staff-assignee-inactive = Chỉ có thể phân công yêu cầu cho nhân viên đang hoạt động.
form-refusal-staff-not-under-review = Yêu cầu ở trạng thái { $status } không phải là yêu cầu đang được thẩm định.
form-refusal-staff-not-a-preservation = { $reference } không phải là yêu cầu bảo quản dữ liệu của người yêu cầu này.
form-refusal-staff-no-hold = { $reference } không có biện pháp bảo quản dữ liệu nào đang có hiệu lực để gia hạn.
form-refusal-staff-already-extended = { $reference } đã được gia hạn một lần; không thể gia hạn thêm.

## Lệnh của EU.
form-refusal-eu-not-a-preservation-order = Mẫu 5 và Mẫu 6 chỉ áp dụng đối với Lệnh bảo quản dữ liệu châu Âu (EPOC-PR).
form-refusal-eu-preservation-ended = Việc bảo quản này đã kết thúc; không thể gia hạn hoặc tiếp tục lưu giữ dữ liệu.
form-refusal-eu-preservation-extended = Việc bảo quản này đã được gia hạn theo Mẫu 6; Quy định chỉ cho phép gia hạn một lần.
form-refusal-eu-awaiting-production-order = Mẫu 5 đã giữ dữ liệu này cho đến khi nhận được lệnh cung cấp dữ liệu; Mẫu 6 không có thêm tác dụng nào.
form-refusal-ea-held = Dữ liệu đang được tạm giữ cho cơ quan thi hành đến { $until } (thời hạn của cơ quan thi hành); các tệp có thể được tải xuống sau thời điểm đó, hoặc sớm hơn nếu cơ quan thi hành xác nhận không nêu căn cứ từ chối nào.
form-refusal-ea-refused = Bị cơ quan thi hành từ chối: dữ liệu này sẽ không bao giờ được chuyển giao.
form-refusal-ea-partial-grounds = Đợt cung cấp này đã được chuyển giao trước khi cơ quan thi hành nêu căn cứ từ chối một phần vào { $at }, nên có thể chứa dữ liệu thuộc phạm vi các căn cứ đó và sẽ không được chuyển giao; nhà cung cấp sẽ chuyển giao một đợt cung cấp mới không bao gồm dữ liệu đó.
form-refusal-ea-none-notified = Không có cơ quan thi hành nào được thông báo về lệnh này, vì vậy không có quyết định nào của cơ quan thi hành để ghi nhận.
form-refusal-ea-already-decided = Quyết định của cơ quan thi hành đối với lệnh này đã được ghi nhận.
form-refusal-ea-window-closed = Thời hạn của cơ quan thi hành đã kết thúc vào { $at }; không thể nêu căn cứ từ chối nữa.
form-refusal-lift-not-restricted = Cơ quan ban hành không hạn chế việc thông báo cho người dùng, vì vậy không có hạn chế nào để gỡ bỏ.
form-refusal-lift-already-lifted = Hạn chế của cơ quan ban hành đã được gỡ bỏ trước đó.
form-refusal-deadline-not-production = Chỉ lệnh cung cấp dữ liệu (EPOC) mới có thời hạn cung cấp; lệnh bảo quản dữ liệu (EPOC-PR) không có thời hạn này.
form-refusal-deadline-over = Lệnh đã kết thúc ({ $status }); không thể thay đổi thời hạn của lệnh nữa.
form-refusal-deadline-past = Thời hạn mới { $at } không phải là một thời điểm trong tương lai.
form-refusal-deadline-reason-missing = Thời hạn sớm hơn thời hạn đang có hiệu lực ({ $current }) phải kèm theo lý do của cơ quan ban hành về việc cung cấp sớm (Điều 10(2)).
form-refusal-deadline-reason-unreadable = Lý do cung cấp sớm phải được viết trên một dòng, tối đa { $max } ký tự và không chứa ký tự điều khiển.

## Thông báo cho người dùng bị ảnh hưởng.
form-refusal-notice-nothing-disclosed = Không có dữ liệu nào của tài khoản này được cung cấp, vì vậy không có người nào cần được thông báo: vui lòng chọn “Không áp dụng”.
form-refusal-notice-disclosed = Dữ liệu của tài khoản này đã được cung cấp: vui lòng chọn thông báo, hoãn thông báo theo lệnh, hoặc áp dụng một ngoại lệ.
form-refusal-notice-order-in-force = Lệnh hoãn thông báo đang có hiệu lực đến { $until }; không được thông báo cho người dùng trước thời điểm đó.
form-refusal-notice-order-without-end = Đang có lệnh hoãn thông báo không có ngày kết thúc: vui lòng chọn hoãn thông báo (và phản đối lệnh) hoặc ghi nhận một ngoại lệ.
form-refusal-notice-authority-restricts = Cơ quan ban hành lệnh của EU này yêu cầu không thông báo cho người dùng cho đến khi có ý kiến của cơ quan đó; vui lòng hoãn thông báo cho đến khi hạn chế được gỡ bỏ, hoặc ghi nhận một ngoại lệ.
form-refusal-notice-no-order = Không có lệnh hoãn thông báo nào đang có hiệu lực, vì vậy không có gì cần chờ.
form-refusal-notice-reason-missing = Vui lòng ghi rõ lý do áp dụng ngoại lệ.
form-refusal-notice-sent = Thông báo này đã được gửi.
form-refusal-notice-not-holdable = Chỉ có thể tạm giữ thông báo chưa được gửi.

## Điểm cuối giao diện (ETSI HI-1).
form-refusal-endpoint-own-proposal = Ông/Bà là người đề xuất điểm cuối này: một quản trị viên thứ hai phải phê duyệt.
form-refusal-endpoint-not-proposed = Điểm cuối này không ở trạng thái chờ phê duyệt.
form-refusal-endpoint-disabled = Điểm cuối này đã bị vô hiệu hóa.
form-refusal-endpoint-duplicate = Đã có một điểm cuối được đăng ký với định danh hoặc thông tin xác thực này.

## Ai được xem phần nào của hồ sơ.
form-refusal-field-ceiling = Vai trò { $role } chỉ có thể được cấp tối đa quyền “{ $ceiling }” đối với các phần của hồ sơ.
form-refusal-field-already-proposed = Thay đổi này đã được đề xuất và đang chờ quản trị viên thứ hai.
form-refusal-field-same-admin = Thay đổi mở rộng quyền truy cập phải được một quản trị viên khác phê duyệt.
form-refusal-field-other-waiting = Đang có đề xuất của một quản trị viên khác đối với quyền truy cập này; vui lòng phê duyệt đề xuất đó, hoặc thu hẹp quyền truy cập để hủy bỏ đề xuất, trước khi đưa ra đề xuất khác.
form-refusal-field-proposal-changed = Đề xuất đã thay đổi hoặc đã bị hủy bỏ kể từ khi trang được hiển thị; vui lòng xem lại.
form-refusal-field-proposal-lapsed = Đề xuất đã quá 72 giờ và không còn hiệu lực; vui lòng đề xuất lại.
form-refusal-field-unchanged = Không có gì thay đổi: { $role } đã có quyền “{ $access }” đối với { $group }.

## Tài khoản, vai trò và quyền hạn theo nguyên tắc bốn mắt.
form-refusal-email-taken = { $email } đã thuộc về một tài khoản; vui lòng chọn địa chỉ khác.
form-refusal-account-not-active = Tài khoản này không hoạt động; vui lòng liên hệ nhà cung cấp.
form-refusal-account-not-active-email = Tài khoản này không hoạt động; vui lòng liên hệ nhóm xử lý yêu cầu của nhà cung cấp.
form-refusal-own-account-status = Ông/Bà không thể khóa hoặc vô hiệu hóa tài khoản của chính mình.
form-refusal-already-erased = Tài khoản này đã bị xóa.
form-refusal-in-recycle-bin = Tài khoản này đang ở trong thùng rác; vui lòng khôi phục tài khoản từ thùng rác để sử dụng lại.
form-refusal-totp-enrolled = Tài khoản này đã được thiết lập xác thực hai bước.
form-refusal-roles-for-staff = Vai trò chỉ dành cho tài khoản nhân viên.
form-refusal-last-admin = Đây là quản trị viên đang hoạt động cuối cùng; vui lòng chỉ định người khác làm quản trị viên trước.
form-refusal-grant-needs-approval = Việc cấp vai trò quản trị viên hoặc người phê duyệt, hay thu hồi vai trò quản trị viên của một quản trị viên khác, cần sự phê duyệt của quản trị viên thứ hai: vui lòng đề xuất kèm một mã mới.
form-refusal-grant-not-privileged = Thay đổi này không cấp vai trò quản trị viên hay người phê duyệt, cũng không thu hồi vai trò quản trị viên: vui lòng lưu trực tiếp.
form-refusal-proposal-waiting = Một đề xuất cùng loại đối với { $target } đang chờ quản trị viên thứ hai.
form-refusal-no-second-factor = { $target } không có yếu tố xác thực thứ hai nào để đặt lại; ở lần đăng nhập tiếp theo, người này sẽ được chuyển đến bước thiết lập.
form-refusal-power-own-account = Không ai được tự thay đổi vai trò hoặc yếu tố xác thực thứ hai của chính mình; vui lòng đề nghị một quản trị viên khác.
form-refusal-power-not-admin = Chỉ quản trị viên mới được đề xuất, phê duyệt hoặc từ chối các thay đổi này.
form-refusal-power-own-proposal = Ông/Bà là người đề xuất thay đổi này: một quản trị viên thứ hai phải phê duyệt.
form-refusal-power-decided = Đề xuất này đã được quyết định.
form-refusal-power-expired = Đề xuất này đã hết hạn (đề xuất chỉ chờ trong 72 giờ); vui lòng đề xuất lại.
form-refusal-power-proposer-not-admin = Đề xuất này không còn hiệu lực: người đề xuất đã mất vai trò quản trị viên hoặc tài khoản đã bị vô hiệu hóa. Vui lòng từ chối đề xuất và đề xuất lại nếu vẫn cần thiết.
form-refusal-domain-listed = { $pattern } đã có trong danh sách.
form-refusal-only-draft-publishable = Chỉ có thể công bố bản nháp.

## Danh bạ cơ quan.
form-refusal-agency-domain-taken = Tên miền { $domain } đã thuộc về một cơ quan khác; mỗi tên miền email chỉ xác định một cơ quan.
form-refusal-agency-exists = Danh bạ đã có một cơ quan cùng tên và cùng quốc gia; vui lòng chỉnh sửa mục đó.

## Thùng rác, thời hạn lưu trữ, lưu giữ pháp lý và việc lược bỏ nhật ký kiểm toán.
form-refusal-bin-purged = Mục này đã bị xóa vĩnh viễn khi hết thời hạn 60 ngày; không thể khôi phục.
form-refusal-bin-already-restored = Mục này đã được khôi phục.
form-refusal-bin-window-over = Mục này đã hết thời hạn lưu trong thùng rác và đang bị xóa vĩnh viễn; không thể khôi phục.
form-refusal-bin-not-yours = Chỉ người đã xóa mục này, hoặc quản trị viên đối với các đối tượng quản trị, mới có thể khôi phục.
form-refusal-restore-conflict = { $what } đã được sử dụng lại sau khi bị xóa (đã có người thêm trong thời gian đó); vui lòng gỡ bỏ hoặc đổi tên mục đó trước, sau đó khôi phục.
form-refusal-audit-entry-pruned = Mục nhật ký kiểm toán { $index } đã được lược bỏ khi hết thời hạn lưu trữ: nội dung không còn nên không thể chứng minh; giá trị băm của mục này vẫn được tính trong mọi đầu nhật ký có chữ ký về sau.
form-refusal-legal-hold-in-force = Hồ sơ này đang chịu biện pháp lưu giữ pháp lý; vui lòng gỡ bỏ biện pháp hiện tại trước khi áp dụng biện pháp khác.
form-refusal-no-legal-hold = Hồ sơ này không có biện pháp lưu giữ pháp lý nào đang có hiệu lực.
form-refusal-case-purged = Nội dung của hồ sơ này đã bị xóa khi hết thời hạn lưu trữ: không thể bổ sung nội dung hoặc áp dụng biện pháp lưu giữ đối với hồ sơ.
form-refusal-legal-hold-reason-missing = Biện pháp lưu giữ pháp lý phải có lý do: vui lòng nêu rõ thủ tục tố tụng hoặc cơ quan nào yêu cầu lưu giữ hồ sơ này.

## Vùng dữ liệu.
form-refusal-region-unknown = { $region } không phải là vùng đã được cấu hình.
form-refusal-region-same = Hồ sơ đã thuộc vùng { $region }.
form-refusal-region-move-running = Hồ sơ này đang được chuyển sang vùng khác; vui lòng chờ đến khi việc chuyển hoàn tất.
form-refusal-region-move-uploading = Một tệp dữ liệu cung cấp của hồ sơ này vẫn đang được tải lên; vui lòng hoàn tất hoặc gỡ bỏ tệp trước khi chuyển hồ sơ.

## Người khác đã thay đổi trước.
form-refusal-changed-request = Yêu cầu đã được thay đổi trong lúc đó; vui lòng tải lại trang và thử lại.
form-refusal-changed-production = Đợt cung cấp dữ liệu đã được thay đổi trong lúc đó; vui lòng tải lại trang và thử lại.
form-refusal-changed-upload = Lượt tải lên này đã tiến triển trong lúc đó; vui lòng kiểm tra tiến độ hiện tại và tiếp tục từ vị trí đó.
form-refusal-changed-file-not-uploading = Tệp này không ở trạng thái đang tải lên (đã được lưu hoặc đã bị gỡ bỏ).
form-refusal-changed-no-suspension = Tài khoản này không có biện pháp đình chỉ nào đang có hiệu lực (có thể đã được gỡ bỏ trong lúc đó).
form-refusal-changed-roles = Vai trò của { $target } đã thay đổi kể từ khi đề xuất này được đưa ra; vui lòng từ chối đề xuất và đề xuất lại.

## Quyết định của cơ quan thi hành, và tên vùng dữ liệu.
form-ea-decision-missing = Vui lòng chọn quyết định của cơ quan thi hành.
form-ea-ground-missing = Vui lòng chọn căn cứ từ chối theo Điều 12 mà cơ quan thi hành đã nêu.
form-ea-data-missing = Vui lòng cho biết dữ liệu nào thuộc phạm vi các căn cứ từ chối của cơ quan thi hành (dữ liệu này không được chuyển giao).
form-ea-data-unreadable = Vui lòng mô tả dữ liệu liên quan trên một dòng, tối đa 500 ký tự và không chứa ký tự điều khiển.
form-region-name-invalid = { $name } không phải là tên vùng: vui lòng dùng từ 1 đến { $max } ký tự gồm chữ cái thường, chữ số hoặc “-”, bắt đầu bằng một chữ cái (ví dụ: eu).

## Các từ chối của chính ứng dụng: trạng thái của yêu cầu hoặc tệp không cho phép.
form-conflict-not-your-production = Chỉ người đã mở đợt cung cấp dữ liệu này mới có thể làm việc với nó.
form-conflict-file-incomplete = Chỉ có thể kiểm tra các tệp đã tải lên đầy đủ.
form-conflict-file-takes-no-data = Tệp này đã đầy đủ hoặc không còn thuộc một đợt cung cấp dữ liệu đang mở; tệp không nhận thêm dữ liệu.
form-conflict-already-registered = Yêu cầu này đã được đăng ký.
form-conflict-requester-has-account = Người yêu cầu này đã có tài khoản trên cổng thông tin.
form-conflict-register-first = Vui lòng đăng ký yêu cầu trước khi ghi nhận các phản hồi cho yêu cầu đó.
form-conflict-intake-draft = Yêu cầu này do bộ phận tiếp nhận của nhà cung cấp nhận, bộ phận này sẽ hoàn thiện và đăng ký yêu cầu; thay vào đó, vui lòng gửi tin nhắn cho họ.
form-conflict-already-submitted = Yêu cầu này đã được gửi.
form-conflict-submit-first = Vui lòng gửi yêu cầu trước khi gửi tin nhắn về yêu cầu đó.
form-conflict-closed-to-documents = Yêu cầu này đã đóng; không thể thêm tài liệu nữa.
form-conflict-region-draft-only = Chỉ bản nháp mới có thể được đặt vào một vùng.
form-conflict-region-out-of-reach = Quy tắc chia sẻ dữ liệu của người này không bao gồm vùng của hồ sơ; vui lòng chọn người có thể mở hồ sơ.
form-conflict-export-building = Bản xuất này vẫn đang được tạo; vui lòng tải lại trang sau giây lát.
form-conflict-submitted-no-edit = Yêu cầu này đã được gửi và không thể chỉnh sửa nữa.
