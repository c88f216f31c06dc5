## Mã khôi phục, phê duyệt bốn mắt, tài khoản không hoạt động, token API có thời hạn (issue 11).

recovery-title = Mã khôi phục của Ông/Bà
recovery-lead = Xác thực hai bước đã được bật. Nếu mất ứng dụng xác thực, Ông/Bà có thể đăng nhập bằng một trong các mã này thay cho mã 6 chữ số. Mỗi mã chỉ dùng được một lần; khi dùng một mã, Ông/Bà sẽ phải thiết lập ứng dụng xác thực mới, việc này tạo bộ mã mới và hủy các mã hiện tại.
recovery-once = Hãy lưu các mã ở nơi an toàn, tách biệt với điện thoại (in ra hoặc lưu trong trình quản lý mật khẩu). Các mã chỉ được hiển thị lần này.
recovery-continue = Tôi đã lưu các mã — tiếp tục
mfa-reenroll-lead = Ông/Bà đã đăng nhập bằng mã khôi phục. Vui lòng thiết lập lại ứng dụng xác thực để tiếp tục; các mã khôi phục còn lại sẽ được thay bằng mã mới.

approvals-title = Đang chờ quản trị viên thứ hai
approvals-lead = Việc cấp vai trò quản trị viên hoặc người phê duyệt và việc đặt lại yếu tố xác thực thứ hai của một người cần hai quản trị viên: một người đề xuất, một người khác phê duyệt hoặc từ chối, mỗi người đều dùng mã mới. Đề xuất hết hạn sau 72 giờ.
approvals-none = Không có mục nào đang chờ.
approvals-col-change = Thay đổi
approvals-col-proposed = Người đề xuất
approvals-col-expires = Hết hạn (UTC)
approvals-waiting = Đang chờ quản trị viên khác
approvals-approve = Phê duyệt
approvals-reject = Từ chối
approval-grant = Vai trò từ “{ $from }” thành “{ $to }”
approval-reset = Đặt lại yếu tố xác thực thứ hai (ứng dụng xác thực và mã khôi phục)
approval-approved = Đã phê duyệt: thay đổi đối với { $name } đã được thực hiện.
approval-rejected = Đã từ chối: không có thay đổi nào đối với { $name }.
powers-code = Mã hiện hành của Ông/Bà
powers-code-refused = Chưa thực hiện: { $reason }
roles-code = Mã hiện hành của Ông/Bà (cần để cấp vai trò quản trị viên hoặc người phê duyệt)
roles-proposed = Đã đề xuất thay đổi vai trò của { $name }; một quản trị viên khác phải phê duyệt trong vòng 72 giờ.
reset-propose = Đề xuất đặt lại yếu tố xác thực thứ hai
reset-proposed = Đã đề xuất đặt lại yếu tố xác thực thứ hai của { $name }; một quản trị viên khác phải phê duyệt trong vòng 72 giờ.
invite-code-hint = Chỉ cần khi mời với vai trò quản trị viên hoặc người phê duyệt; việc này chỉ được thực hiện trực tiếp khi Ông/Bà là quản trị viên duy nhất.
invite-privileged-needs-approval = Trước tiên hãy mời với các vai trò khác; sau đó việc cấp vai trò quản trị viên hoặc người phê duyệt cần sự phê duyệt của quản trị viên thứ hai (dùng biểu mẫu vai trò trong danh sách).

col-expires = Hết hạn (UTC)
token-expired = đã hết hạn
token-never-used = chưa bao giờ
token-renew = Gia hạn
token-renewed = Đã gia hạn token; token hết hạn vào { $until }.
field-token-days = Thời hạn (ngày)
field-token-days-hint = Mặc định 90 ngày nếu không chọn khác; tối đa một năm. Hãy gia hạn token trước khi hết hạn.

mail-inactivity-subject = { $service }: tài khoản của Ông/Bà sẽ bị vô hiệu hóa do không hoạt động
mail-inactivity-body =
    Kính gửi Ông/Bà { $name },

    Tài khoản { $service } của Ông/Bà đã lâu không được sử dụng. Các tài khoản không được sử dụng
    trong 90 ngày sẽ bị vô hiệu hóa. Để giữ tài khoản, vui lòng đăng nhập (hoặc sử dụng một trong
    các token API của Ông/Bà) trước ngày { $date }:

    { $link }

    Nếu tài khoản đã bị vô hiệu hóa, nhóm xử lý yêu cầu của nhà cung cấp có thể kích hoạt lại.
