# Giảm tải và giới hạn tần suất (phản hồi thay cho việc xử lý một yêu cầu).
operations-busy = LERS hiện đang quá tải và chưa xử lý yêu cầu này. Vui lòng thử lại sau { $seconds } giây. Các yêu cầu khẩn cấp luôn được tiếp nhận.
operations-token-rate = Token API này đã gửi quá nhiều yêu cầu. Không có yêu cầu nào được xử lý; vui lòng thử lại sau { $seconds } giây.
operations-address-rate = Có quá nhiều yêu cầu API gửi từ địa chỉ của Ông/Bà. Không có yêu cầu nào được xử lý; vui lòng thử lại sau { $seconds } giây.
operations-address-busy = Các yêu cầu đăng nhập từ địa chỉ của Ông/Bà đang được xử lý. Không có yêu cầu nào được xử lý thêm; vui lòng thử lại sau { $seconds } giây.
