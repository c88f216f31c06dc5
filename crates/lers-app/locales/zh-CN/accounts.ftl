## Accounts: links, forgotten and changed passwords, profile, email change, throttling

throttled-text = 来自您所在网络或针对该地址的尝试次数过多。为保护执法人员的邮箱，本表单已被限制使用。请在 { $minutes } 分钟后重试。

signup-resend-prompt = 几分钟后仍未收到邮件？
login-forgot = 忘记密码？
login-resend = 未收到验证邮件？

resend-title = 重新发送验证链接
resend-lead = 请输入您注册时使用的电子邮件地址。如该地址对应的账户尚未验证，我们将向其发送新链接；此前的链接随即失效。
resend-submit = 发送新链接

forgot-title = 忘记密码
forgot-lead = 请输入您账户的电子邮件地址。如该地址属于有效账户，我们将向其发送设置新密码的链接。该链接仅可使用一次，有效期为一小时。
forgot-submit = 发送重置链接
forgot-sent-title = 请查收邮件
forgot-sent-text = 如该地址属于有效账户，我们已向其发送设置新密码的链接。该链接仅可使用一次，有效期为一小时；仅最新发送的链接有效。

reset-title = 设置新密码
reset-lead = 请为 { $email } 设置新密码。该账户的所有会话都将结束；之后请使用新密码及身份验证器应用生成的验证码登录。
reset-submit = 保存新密码
reset-done-title = 您的密码已更改
reset-done-text = 您账户的所有会话均已结束。请使用新密码及身份验证器应用生成的验证码登录。

change-password-title = 更改密码
change-password-lead = 请使用当前密码及身份验证器应用当前显示的验证码进行确认。您的其他会话将被结束。
change-password-code-hint = 身份验证器应用当前显示的验证码；每个验证码仅可使用一次。
change-password-submit = 更改密码
change-password-done = 您的密码已更改。已结束的其他会话数：{ $sessions }。
field-current-password = 当前密码

profile-title = 您的账户
profile-lead = 请保持您的信息为最新。这些信息将按照注册时的相同方式进行核验。
profile-email-hint = 您的电子邮件地址用于识别您的账户，无法在此处更改。如需更换地址，请联系服务提供者的响应团队：他们将向新地址发送链接，您打开该链接后更改即生效。
profile-submit = 保存信息
profile-saved = 您的信息已保存。

email-change-title = 更改账户的电子邮件地址
email-change-lead = { $name } 当前使用 { $email }。系统将向新地址发送链接；在新地址打开该链接之前，不会发生任何更改。
email-change-hint = 对于请求方，新地址必须在政府邮箱许可名单中，且不得属于其他账户。
email-change-submit = 向新地址发送链接
email-change-sent = 已将 { $name } 的确认链接发送至 { $email }。打开该链接后，地址即完成更改。
email-change-action = 更改邮箱
field-new-email = 新电子邮件地址

email-confirm-title = 确认您的新电子邮件地址
email-confirm-lead = 是否将 { $email } 设为您账户的电子邮件地址？
email-confirm-submit = 确认新地址
email-confirm-done-title = 您的电子邮件地址已更改
email-confirm-done-text = 您的账户现使用 { $email }。今后请使用该地址登录。

mail-reset-subject = { $service }：设置新密码
mail-reset-body =
    { $name }，您好：

    有人（希望是您本人）申请重置您的 { $service } 账户密码。
    如需设置新密码，请在一小时内打开以下链接：

    { $link }

    该链接仅可使用一次，且仅最新发送的链接有效。重置后，登录仍需使用身份验证器应用生成的验证码。
    如您并未提出此申请，请忽略本邮件：您的密码不会改变。
mail-email-change-subject = { $service }：确认您的新电子邮件地址
mail-email-change-body =
    { $name }，您好：

    { $service } 的管理员申请将您的账户迁移至本地址。
    如需确认，请在 24 小时内打开以下链接：

    { $link }

    在您确认之前，不会发生任何更改。如您并未预期此操作，请忽略本邮件。
mail-email-changed-subject = { $service }：您账户的电子邮件地址已更改
mail-email-changed-body =
    { $name }，您好：

    您的 { $service } 账户的电子邮件地址已更改为 { $email }，本地址已不能再用于登录。
    如您并未提出此申请，请立即联系服务提供者的响应团队。
