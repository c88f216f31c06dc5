## Problems with the response team's forms: the review checklist, the call-back
## record and the decision.

form-review-unanswered = 请回答此问题。
form-review-note-needed = 请在备注中说明问题。
form-review-answered-twice = 此问题只能回答一次。
form-callback-phone-missing = 请填写您拨打的号码。
form-callback-source-missing = 请说明号码的来源（例如该机构公布的总机号码）。
form-callback-result-missing = 请选择通话结果。
form-decision-missing = 请选择一项决定。
form-decision-reasons-missing = 请至少选择一项理由；请求方会收到这些理由。
form-decision-note-missing = 请说明需要哪些信息。
form-decision-scope-missing = 部分批准时，请选择要提供的标识符和数据类别。
form-decision-code-missing = 批准披露需要您身份验证器应用中的当前验证码。

## The EU non-execution notice (Form 3).
form-form3-reasons-missing = 请至少选择一项无法执行该命令的理由。
form-form3-explanation-missing = 请用几句话向签发机关说明理由。
form-form3-foreign-law-missing = 如存在法律冲突，请写明所涉及的第三国法律（国家、法律文件及条款）。
form-what-explanation = 说明
form-what-foreign-law = 外国法律

## Intake of a request that arrived by another channel, and its sent-on record.
form-what-requester-name = 请求方姓名
form-what-agency = 机构
form-what-email-address = 电子邮件地址
form-what-phone-number = 电话号码
form-what-how-sent = 发送方式
form-what-time-received = 接收时间
form-what-time-served = 送达时间
form-what-summary = 摘要
form-intake-time-format = { $what }：请以 UTC 填写日期和时间，例如 2026-11-20 14:30。
form-intake-time-future = { $what }不能晚于当前时间；请核对日期和时间（UTC）。
form-intake-requester-name-missing = 请按法律文书所载填写请求方姓名。
form-intake-agency-missing = 请填写提出请求的机构。
form-intake-email-missing = 请填写请求方的官方电子邮件地址（name@agency.gov）；答复和邀请将发送至该地址。
form-intake-country-missing = 请选择请求方所在国家。
form-intake-kind-missing = 请选择请求类型。
form-intake-channel-missing = 请选择请求的送达途径（邮寄、传真、电子邮件、当面递交、司法协助、法院送达或欧盟分散式信息系统）。
form-intake-legal-entity-missing = 请选择接受送达的法律实体（列表由 LERS_INTAKE_LEGAL_ENTITIES 设定）。
form-intake-how-missing = 请说明发送方式（邮寄、传真、快递、专人递送）。
form-intake-sent-on-missing = 请按 YYYY-MM-DD 格式填写发送日期。
form-intake-sent-on-future = 发送日期不能晚于今天。
form-intake-summary-missing = 请概述所发送的内容（最多 { $max } 个字符）。

## The agency directory (emergency call-backs) and notices to affected users.
form-agency-name-missing = 请填写机构名称（最多 200 个字符）。
form-agency-country-invalid = 请以两个字母的代码填写机构所在国家，例如 US 或 GB。
form-agency-domains-missing = 请填写机构的电子邮件域名，例如 abilenetx.gov。
form-agency-domain-invalid = { $domain } 不是电子邮件域名；请按 abilenetx.gov 的格式填写。
form-agency-switchboard-missing = 请填写机构的总机号码。
form-agency-switchboard-too-long = 电话号码最多 64 个字符。
form-agency-switchboard-invalid = 这不是电话号码；请带国家代码填写（+1 325 676 6600），或按国内格式（0 20 7946 0000），或写作 tel:+13256766600;ext=12。
form-agency-time-zone-invalid = 请填写 IANA 时区，例如 America/Chicago 或 Europe/London。
form-agency-source-missing = 请说明号码的核实来源（例如机构网站，并已致电确认）。
form-agency-verified-on-invalid = 请填写号码的核实日期，例如 2026-11-01。
form-agency-control-characters = 请删除控制字符后重新输入。
form-notice-target-unknown = 该标识符不属于此请求。
form-notice-exemption-missing = 请选择适用的豁免情形。
form-notice-choice-missing = 请选择通知的处理方式。
form-notice-order-until-invalid = 请填写命令新的截止日期，例如 2027-05-31。
form-notice-hold-reason-missing = 请写明暂缓通知的理由。
