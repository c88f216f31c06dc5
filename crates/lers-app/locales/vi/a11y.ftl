# Khả năng tiếp cận và các trang đọc nhanh (vấn đề 17)
table-scroll-label = Bảng (cuộn ngang trên màn hình hẹp)
glance-counts-title = Tóm tắt nhanh
queue-count-total = Yêu cầu phù hợp
queue-count-overdue = Quá hạn
queue-count-emergencies = Khẩn cấp
transparency-chart-by = Yêu cầu theo quốc gia và loại văn bản pháp lý
transparency-chart-processes = Yêu cầu theo loại văn bản pháp lý
transparency-chart-data = Cùng số liệu dưới dạng bảng
transparency-filter-clear = Hiển thị mọi quốc gia và loại văn bản pháp lý
transparency-filter-none = Không có số liệu cho quốc gia và loại văn bản pháp lý này trong kỳ này.
transparency-period-empty = Không có yêu cầu nào được nhận trong kỳ này.
