## 表单字段的问题（议题 17）。`$what` 是下面的字段名之一。

## 字段名。

form-this-field = 此字段
form-the-name = 姓名
form-the-reason = 理由
form-the-message = 消息
form-the-file-name = 文件名
form-your-full-name = 您的姓名
form-your-agency = 您所在机关的名称
form-your-badge = 您的警号或证件号码
form-your-phone = 您的电话号码
form-your-mailing-address = 您的通信地址
form-your-subdivision = 您所在的州、省或地区
form-what-title = 案件简称
form-what-subdivision = 州、省或地区
form-what-issuing-authority = 签发法院或机关
form-what-citation = 法律依据或案号
form-what-description = 您请求的内容及理由
form-what-date-from = 时间范围的起始日期
form-what-date-to = 时间范围的结束日期
form-what-deadline = 期限
form-what-nondisclosure = 保密令
form-what-delay-of-notice = 延迟通知令
form-what-narrative = 紧急情况说明
form-what-supervisor-name = 您的上级的姓名
form-eu-issuing = 签发机关
form-eu-validating = 审核机关
form-what-eu-issuing-name = 签发机关的名称
form-what-eu-validating-name = 审核机关的名称
form-what-eu-issuing-file = 签发机关的案卷编号
form-what-eu-validating-file = 审核机关的案卷编号
form-what-eu-address = 地址
form-what-eu-signer = 签署人的姓名
form-what-eu-phone = 电话号码
form-what-eu-email = 电子邮件地址
form-what-eu-offence = 罪行及法律依据（G 部分）
form-what-eu-earlier = 先前的命令
form-what-eu-delay-end = 延迟告知用户的截止日期
form-what-eu-enforcing = 已通知的执行机关（K 部分）
form-what-eu-issued-on = 签发日期
form-what-eu-delivery = 数据的发送地址（L 部分）
form-what-eu-information-ea = 提供给执行机关的信息（M 部分）

## 任何字段。

form-enter = 请填写：{ $what }。
form-too-long = { $what }：最多 { $max } 个字符。
form-line-break = { $what }：内容含有换行符或制表符；请写在一行内。
form-invisible = { $what }：内容含有不可见的控制或格式字符（例如改变文字方向的字符，可能随文本一起粘贴进来）；请重新输入。
form-not-a-date = { $what }：请填写日期，例如 2026-11-27。

## 个人资料（注册、本人账户）和工作人员姓名。

form-enter-full-name = 请填写您的姓名。
form-enter-agency = 请填写您所在机关的名称。
form-enter-badge = 请填写您的警号或证件号码。
form-enter-phone = 请填写您的电话号码。
form-enter-mailing-address = 请填写您的街道通信地址。
form-enter-subdivision = 请填写您所在的州、省或地区。
form-phone-format = 请填写带国家代码的电话号码，例如 +86 10 5555 0100 分机 12。
form-po-box = 请填写可以送达法律文书的街道地址；不接受邮政信箱。
form-agency-country = 请选择您所在机关的国家。
form-staff-name = 请填写姓名，最多 { $max } 个字符。

## 请求草稿。

form-issuing-country = 请选择签发机关所在的国家。
form-instrument-wrong = 此法律文书不能作为此类请求的依据；请从列表中选择。
form-instrument-missing = 请选择请求所依据的法律文书。
form-targets-missing = 请至少填写一个账户、电子邮件地址、电话号码或其他标识符。
form-target-type = 第 { $number } 个标识符：请选择其类型。
form-target-invalid = 第 { $number } 个标识符（{ $value }）：{ $reason }。
form-target-empty = 标识符为空
form-target-too-long = 标识符超过 320 个字符
form-target-control = 标识符含有换行符、控制字符或不可见的格式字符
form-target-email = 电子邮件地址须含一个 @，且两侧都有内容，例如 name@example.com
form-target-phone = 电话号码须含国家代码及 7 至 15 位数字，例如 +86 10 5555 0199
form-target-ip = 不是 IPv4 或 IPv6 地址（请填写单个地址，而非地址段）
form-target-meeting-id = 会议 ID 只能含字母、数字、空格和连字符
form-targets-too-many = 每个请求最多 { $max } 个标识符；请将更大的请求拆分。
form-data-categories = 请选择您请求的数据类型。
form-date-range-missing = 请填写所请求数据的时间范围；不设时间范围的请求过于宽泛。
form-date-range-reversed = 时间范围的结束日期早于起始日期。
form-date-range-future = 时间范围不能从未来开始。
form-deadline-past = 期限必须晚于今天。
form-order-ended = { $what }：该命令已经到期；请选择“无命令”，或填写其实际结束日期。
form-order-end-date = { $what }：请填写结束日期，例如 2027-05-31。
form-narrative-short = 请说明危险、谁面临风险以及为何迫在眉睫（至少 { $min } 个字符）。
form-attest = 请确认紧急情况声明。
form-supervisor-phone = 请填写您的上级带国家代码的电话号码，例如 +86 10 5555 0100。
form-extends-reference = 请填写要延长的保全请求的编号，例如 LERS-2026-000123。
form-preservation-reference = 请填写您的保全请求的编号，例如 LERS-2026-000123，或留空。
form-colleagues-too-many = 最多可向 { $max } 位同事授予访问权限。

## 欧盟命令的证书。

form-eu-member-state = 请选择{ $what }所在的欧盟成员国（丹麦不受该条例约束）。
form-eu-data-categories = 请选择证书列明的数据类别（F 部分）。
form-eu-earlier-order = 请填写先前命令的 LERS 编号，例如 LERS-2026-000123，或签发机关的标识。
form-eu-delay-ended = 延迟告知用户的期限已经结束；请选择“不受限制”。
form-eu-delay-date = 请填写在此日期之前不得告知用户的日期，例如 2027-05-31。
form-eu-enforcing-email = 请按 name@example.eu 的格式填写执行机关的电子邮件地址，或留空。
form-eu-issued-future = 证书的签发日期不能在未来。
form-eu-issued-on = 请填写证书的签署日期。
form-eu-received-before-issue = 证书日期为 { $issued }，晚于收到命令的日期（{ $received }）；请核对签发日期和收到时间。

## 跟进请求：撤回、消息、上传。

form-withdraw-reason = 请填写撤回的理由（最多 { $max } 个字符）。
form-message-length = 消息最多 { $max } 个字符。
form-message-unreadable = 无法读取消息，或消息远超允许的长度；请缩短。
form-form-unreadable = 无法读取表单；请重新提交。
form-upload-unreadable = 无法读取上传的文件；请重试。
form-upload-interrupted = 上传中断或文件过大；请重试。
form-file-missing = 请选择要上传的文件。
form-file-too-large = 文件超过 { $mib } MiB；请拆分文件，或向服务提供方询问其他发送方式。

## 注册时及个人资料中的电子邮件地址。

form-email-not-allowed = { $domain } 不在政府电子邮件域名许可名单上。请使用您的政府机关或警察机关官方电子邮件地址；如果缺少您所在机关的域名，请请求服务提供方添加。
form-email-empty = 请填写您的电子邮件地址：即您的官方工作邮箱，例如 name@agency.gov.cn。
form-email-missing-at = 此电子邮件地址没有“@”。请填写完整的工作邮箱地址，例如 name@agency.gov.cn。
form-email-too-many-at = 此电子邮件地址含有多个“@”。请只填写一个地址，例如 name@agency.gov.cn。
form-email-quoted = 不接受带引号的电子邮件地址。请填写不带引号的地址，例如 name@agency.gov.cn。
form-email-comment = 不接受带圆括号“(”或“)”的电子邮件地址。请删除括号及其中的文字。
form-email-whitespace = 此电子邮件地址含有空格、制表符或其他不可见字符。请将其删除（也请检查开头和结尾）后重试。
form-email-non-ascii = 此电子邮件地址含有国际字符（a-z 以外的字母）。此类字符不被接受，因为其他字母表中外形相似的字母是冒充政府地址的常见手法。请手动输入地址，不要粘贴。
form-email-punycode = 此电子邮件地址使用了编码的国际化域名（有以“xn--”开头的部分）。此类地址不被接受，因为外形相似的字母是冒充政府地址的常见手法。请使用您所在机关的普通地址。
form-email-trailing-dot = 此电子邮件地址以句点结尾。请删除末尾的句点后重试。
form-email-domain-literal = 不接受在方括号中填写 IP 地址的邮箱地址。请使用您所在机关带域名的电子邮件地址，例如 name@agency.gov.cn。
form-email-domain-empty = 此电子邮件地址的“@”之后没有内容。请填写完整地址，例如 name@agency.gov.cn。
form-email-domain-empty-label = “@”之后的部分以句点开头，或含有两个连续的句点。请检查地址是否有输入错误。
form-email-domain-character = “@”之后的部分只能包含字母、数字、连字符和句点。请检查地址是否有输入错误。
form-email-domain-label-hyphen = “@”之后的域名中有一段以连字符开头或结尾，这是无效的。请检查地址是否有输入错误。
form-email-domain-label-too-long = “@”之后的域名中有一段超过 63 个字符，这是无效的。请检查地址是否有输入错误。
form-email-domain-too-long = “@”之后的部分超过 253 个字符，这是无效的。请检查地址是否有输入错误。
form-email-single-label = “@”之后的部分必须是含有句点的完整域名，例如 agency.gov.cn。请填写完整的工作邮箱地址。
form-email-numeric-tld = “@”之后的部分必须以 .cn 这样的名称结尾，而不是数字。请填写您所在机关的电子邮件地址，而不是 IP 地址。
form-email-local-empty = 此电子邮件地址的“@”之前没有内容。请填写完整地址，例如 name@agency.gov.cn。
form-email-local-too-long = “@”之前的部分超过 64 个字符，电子邮件不允许这样。请检查地址是否有输入错误。
form-email-local-dots = “@”之前的部分以句点开头或结尾，或含有两个连续的句点。请检查地址是否有输入错误。
form-email-local-character = “@”之前的部分含有不被接受的字符。只能使用字母、数字、句点以及符号 ! # $ % & ' * + / = ? ^ _ ` { "{" } | { "}" } ~ -
form-email-too-long = 此电子邮件地址超过 254 个字符，电子邮件不允许这样。请检查地址是否有输入错误。

## 新密码。

form-password-too-short = 此密码太短。请至少使用 { $min } 个字符；几个互不相关的词可以组成既长又好记的密码。
form-password-too-long = 此密码太长。请最多使用 { $max } 个字符。
form-password-common = 此密码在常用密码列表中，攻击者会最先尝试这些密码。请另选一个不易猜到的密码。
form-password-contains-email = 此密码包含您电子邮件地址中“@”之前的部分，这是攻击者最先会尝试的内容之一。请选择不包含该部分的密码。
form-password-mismatch = 两次输入的密码不一致。请在两个字段中输入相同的密码。

## 提交：草稿所引用的内容。PDF 格式的法律文书。

form-extends-not-yours = { $reference } 不是您尚未结案的保全请求之一。
form-preservation-not-in-force = { $reference } 不是您仍然有效的保全之一。
form-pdf-not-pdf = 此文件不是 PDF（无论文件名如何，其内容的开头都不像 PDF）；请以 PDF 格式上传法律文书
form-pdf-encrypted = 此 PDF 已加密或受密码保护；请上传未加保护的副本
form-pdf-active-content = 此 PDF 含有 JavaScript 或会启动程序的操作，不被接受；请将其打印为新的 PDF 后上传
form-pdf-unreadable = 此 PDF 已损坏，无法读取（{ $detail }）；请重新导出并上传新文件
form-pdf-too-complex = 检查此 PDF 所需的内存或时间超出本服务器的允许范围（其中的对象数量异常多）；请将其打印为新的 PDF 或拆分后再上传
form-pdf-checker-unavailable = 服务器暂时无法检查此文件；请几分钟后重试，如问题持续，请告知服务提供方
form-pdf-busy = 服务器正忙于检查其他文件；请几分钟后重试

## 身份验证器应用的验证码；本人账户的密码和地址。

form-code-malformed = 请输入身份验证器应用中的 6 位验证码（仅限数字）
form-code-wrong = 验证码不正确；请检查手机时间并输入当前验证码
form-code-reused = 该验证码已使用过；请等待下一个验证码后输入
form-not-current-password = 这不是您当前的密码。
form-email-unchanged = 这已经是该账户的地址；请输入新地址。

## API 令牌；退出 LERS。

form-token-name = 请为令牌命名，最多 { $max } 个字符。
form-token-scopes = 请至少选择一个权限范围。
form-token-lifetime = 请选择 1 至 { $max } 天的有效期
form-leave-confirm = 请勾选此框，确认您了解哪些内容会被删除、哪些会被保留。
