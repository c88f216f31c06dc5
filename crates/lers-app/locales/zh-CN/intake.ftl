# One intake: requests received outside the portal, external requesters, legacy import.

intake-title = 受理
intake-card-text = 登记通过邮寄、传真、电子邮件、当面递交、司法协助条约（MLAT）、法院送达或欧盟分散式 IT 系统收到的请求。
intake-lead = 记录请求以何种方式、于何时送达我方以及由谁发送；随后使用请求表单补全内容，附上法律文书扫描件并予以登记。各项时限自收到之时起算。
intake-drafts-title = 已受理，尚未登记
intake-drafts-none = 没有待登记的请求。
intake-new-title = 受理请求
intake-section-arrival = 送达方式和时间
intake-section-requester = 请求方（以法律文书所载为准）
intake-choose = 请选择…
intake-col-request = 请求
intake-col-channel = 渠道
intake-col-requester = 请求方
intake-field-received = 收到时间（UTC）
intake-field-served = 送达时间（UTC）
intake-time-hint = UTC 日期和时间，例如 2026-11-20 14:30。
intake-field-entity = 受送达方
intake-field-name = 姓名
intake-field-agency = 机构
intake-field-email = 官方电子邮件地址
intake-email-hint = 回复及门户邀请将发送至此地址，但不包含案件内容。
intake-field-phone = 电话
intake-field-country = 国家
intake-open = 继续填写请求表单
intake-draft-heading = 已受理的请求
intake-received-short = 收到
intake-case-link = 受理记录
intake-requester-external = 外部请求方（无门户账户）
intake-requester-linked = 已关联至请求方的门户账户，时间：
intake-requester-portal = 门户账户
intake-invited-at = 已邀请
intake-taken-by = 受理人
intake-source = 从原有队列导入，原编号为
intake-scan-title = 法律文书扫描件
intake-edit = 编辑请求
intake-edit-back = 返回受理记录
intake-register = 登记请求
intake-registered = 已登记为 { $reference }；该请求已进入队列。
intake-open-case = 在控制台中打开案件
intake-invite = 邀请请求方使用门户
intake-invited = 已邀请请求方使用门户。
intake-paper-title = 以纸质方式发送的答复
intake-paper-help = 记录在 LERS 以外（通过邮寄、传真或专人送达）发送的内容；该记录将列入请求的时间线。
intake-paper-how = 发送方式
intake-paper-sent-on = 发送日期
intake-paper-summary = 发送内容
intake-paper-record = 记录答复
intake-paper-recorded = 以纸质方式发送的答复已列入时间线。

intake-channel-portal = 门户
intake-channel-api = API
intake-channel-post = 邮寄
intake-channel-fax = 传真
intake-channel-email = 电子邮件
intake-channel-in_person = 当面递交
intake-channel-mlat = MLAT 或国际协定
intake-channel-court_service = 法院送达
intake-channel-eu_decentralised_it = 欧盟分散式 IT 系统

mail-intake-invite-subject = { $service }：诚邀您在线跟进您的请求
mail-intake-invite-body =
    { $name }，您好：

    我们已收到您的请求，并已将其录入 { $service }，即我方处理执法请求的系统。您可以在线跟进该请求：请使用同一电子邮件地址在以下网址注册：

    { $link }

    确认您的地址后，该请求将显示在您的账户中。

    { $service }
intake-account-external = 外部请求方

# The timeline line of a reply that staff sent on paper.
timeline-paper_reply = 以纸质方式发送的答复
