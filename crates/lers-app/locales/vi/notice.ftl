mail-notice-subject = { $service }: yêu cầu pháp lý về dữ liệu tài khoản của bạn
mail-notice-body =
    Xin chào,

    { $service } đã nhận được yêu cầu pháp lý về thông tin tài khoản { $account } của bạn
    từ { $authority } ({ $country }), theo: { $process }.
    Vào ngày { $date }, chúng tôi đã cung cấp: { $categories }.

    Chúng tôi thông báo để bạn có thể tìm tư vấn pháp lý hoặc phản đối nếu muốn.
    Thư này được gửi tự động; vui lòng không trả lời.
