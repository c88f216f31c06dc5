# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = Không tìm thấy trang này. Có thể địa chỉ bị nhập sai, hoặc nội dung đã bị gỡ bỏ hay không thuộc quyền xem của quý vị.
error-forbidden = Tài khoản của quý vị không được phép thực hiện thao tác này. Nếu cho rằng cần được phép, vui lòng liên hệ quản trị viên của nhà cung cấp.
error-bad-request = Không thể xử lý yêu cầu. Vui lòng quay lại, kiểm tra thông tin đã nhập và thử lại.
error-conflict = Hiện không thể thực hiện: hồ sơ đã thay đổi kể từ khi trang được tải. Vui lòng tải lại trang để xem tình trạng hiện tại.
error-internal = Đã xảy ra lỗi từ phía chúng tôi. Vui lòng thử lại và báo cho nhà cung cấp nếu lỗi vẫn tiếp diễn.
error-integrity = Một tệp được lưu trữ không vượt qua kiểm tra toàn vẹn nên không có gì được chuyển giao. Nhà cung cấp đã được thông báo.
error-gone = Nội dung này không còn khả dụng, ví dụ một lượt tải xuống đã hết thời hạn.
error-unavailable = Dịch vụ hiện không thể thực hiện thao tác này. Dữ liệu quý vị gửi không bị mất; vui lòng thử lại sau ít phút.
error-audit-refusing = Nhật ký kiểm toán hiện không thể ghi lại thao tác nên việc này chưa được thực hiện. Quản trị viên của nhà cung cấp cần kiểm tra nhật ký trước; vui lòng thử lại sau.
error-csrf = Biểu mẫu đã hết hạn hoặc đến từ một trang web khác. Vui lòng tải lại trang và thử lại.
error-domain-not-admitted = Tên miền của cơ quan quý vị không còn được chấp nhận. Vui lòng liên hệ nhà cung cấp.
error-sign-in = Vui lòng đăng nhập để tiếp tục.
