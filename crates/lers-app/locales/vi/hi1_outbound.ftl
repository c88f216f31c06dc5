# Những gì LERS đã gửi trả qua HI-1 (ETSI TS 103 120) đến điểm cuối đã gửi lệnh:
# khung trên trang bảng điều khiển của yêu cầu.
hi1-outbound-title = Thông điệp gửi đến hệ thống của cơ quan ban hành (HI-1)
hi1-outbound-intro = Thay đổi trạng thái, phản hồi theo Mẫu 3 và dữ liệu chuyển giao được gửi đến URL thông báo của điểm cuối, có gửi lại cho đến khi điểm cuối tiếp nhận.
hi1-outbound-col-created = Lưu lúc
hi1-outbound-col-about = Nội dung
hi1-outbound-col-state = Trạng thái
hi1-outbound-col-attempts = Số lần thử
hi1-outbound-col-detail = Chi tiết
hi1-outbound-state-queued = Đang chờ gửi
hi1-outbound-state-delivered = Đã chuyển
hi1-outbound-state-failing = Chưa chuyển được
hi1-outbound-delivered-at = được tiếp nhận lúc { $at }
hi1-outbound-transaction = Giao dịch { $id }
