## What was sent cannot be acted on: a link that no longer works, a form that could
## not be read, a choice the page did not offer.

## Links sent by email.
form-link-unknown = 此链接无效。请重新申请链接。
form-link-expired = 此链接已过期。请重新申请链接。
form-link-used = 此链接已被使用。请登录，或重新申请链接。
form-link-revoked = 此链接已失效：已发送了更新的链接，或账户此后已完成验证或发生变更。请使用最近收到的链接，或直接登录。
form-enrollment-reload = 请重新加载页面以获取设置码。

## Forms and choices.
form-unreadable = 无法读取该表单。请重新加载页面后再次提交。
form-incomplete = 该表单不完整，或包含页面未提供的值。请重新加载页面并重新填写。
form-choose-request-kind = 请选择请求类型。
form-choose-eu-form = 请选择表格 5 或表格 6。
form-choose-language = LERS 不提供语言“{ $language }”。请从以下语言中选择：{ $languages }。
form-choose-key-policy = 请选择页面上提供的登录安全设置之一。
form-choose-key-policy-decision = 请使用页面上的按钮批准或驳回待定的更改。
form-choose-account-status = 请选择页面上提供的账户状态之一。

## Uploads.
form-upload-offset-missing = 请在 Upload-Offset 标头中注明此数据块起始的字节位置。
form-multipart-unreadable = 无法读取上传内容。请以 multipart/form-data 格式重新发送。
form-upload-file-field-missing = 请在名为“file”的 multipart 字段中发送 PDF 文件。

## Signing in: one answer for a wrong address, password or code, so that it does not
## tell an attacker which part was right.
form-login-invalid = 电子邮件地址、密码或验证码不正确。每个验证码仅可使用一次：如您刚刚使用过一个，请等待下一个。
form-login-locked = 由于失败尝试次数过多，此账户已被锁定。请联系服务提供者的响应团队解锁。
form-login-disabled = 此账户已被停用。请联系服务提供者的响应团队。
form-login-disabled-inactive = 此账户因 90 天未使用已被停用。请联系服务提供者的响应团队重新启用。
form-login-domain-not-admitted = 您所在机构的域名已不再获准使用；请联系服务提供方。
form-login-throttled = 来自您所在网络的失败尝试次数过多。请等待 15 分钟后重试。
