mail-notice-subject = { $service }：关于您账户数据的法律请求
mail-notice-body =
    您好：

    { $service } 收到了来自 { $authority }（{ $country }）的法律请求，依据为：{ $process }，
    要求提供您的账户 { $account } 的信息。
    我们已于 { $date } 提供了：{ $categories }。

    特此通知，以便您寻求法律意见或提出异议。
    本邮件为自动发送，请勿回复。
