# Các trang vẫn nhanh khi dữ liệu lớn (issue 16): đối chiếu trùng lặp theo trang, số đếm có giới hạn.
pager-status-more = Trang { $page } (tổng cộng hơn { $total })
naming-title = Các yêu cầu nêu { $target }
naming-lead = Mọi yêu cầu khác, từ bất kỳ cơ quan nào, có nêu định danh này của { $reference }, mới nhất trước.
naming-back = Quay lại yêu cầu
naming-none = Không có yêu cầu nào khác nêu định danh này.
naming-more = Đang hiển thị { $shown } trên { $total }
naming-all = tất cả các yêu cầu nêu định danh này
