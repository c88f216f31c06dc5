# 紧急请求的值班告警、值班表与 Webhook（议题 18 §1、§2）。

## 页面与邮件（不含案件内容：仅编号、类型、时限与链接）
alert-no-clock = 未设定时限
alert-kind-emergency = 紧急请求
alert-kind-emergency_epoc = 紧急欧洲提供令（EPOC）
alert-summary = { $service }：{ $kind } { $reference }，时限 { $due }
alert-mail-subject = { $service }：紧急请求 { $reference } 有待确认
alert-mail-body =
    { $name }：

    现就 { $reference }（{ $kind }）向您发出告警，时限 { $due }（告警层级 { $tier }）。

    请登录并在以下地址确认受理，以免再向其他人员发出告警：
    { $link }

    如无人确认，将向下一层级发出告警。

## 告警面板与页面
alert-title = 值班告警
alert-raised = { $kind } { $reference }：告警发出于 { $at }。
alert-col-tier = 层级
alert-col-paged = 已告警人员
alert-col-at = 时间
alert-tier-1 = 值班人员
alert-tier-2 = 第二层级
alert-tier-3 = 全体审批人
alert-waiting = 尚未确认：如无人确认，将向下一层级发出告警。
alert-ack-button = 确认受理
alert-acknowledged-by = 已由 { $name } 于 { $at } 确认。
alert-open-case = 在控制台中打开 { $reference }
alert-acknowledged = 您已确认 { $reference } 的告警，不会再向其他人员发出告警。
alert-already-acknowledged = { $reference } 的告警此前已获确认，未作任何更改。

## 值班表（管理员）
oncall-title = 值班
oncall-lead = 紧急请求到达时向谁发出告警，以及通过哪些渠道。
oncall-refused = 未保存：{ $reason }
rota-list-title = 值班表
rota-none = 尚未设置值班表：所有审查人和审批人均将收到电子邮件告警。
rota-name = 名称
rota-when = 班次
rota-shift = { $days }，{ $starts }–{ $ends }（{ $zone }）
rota-regions = 数据区域
rota-all-regions = 所有区域
rota-regions-hint = 区域之间以逗号分隔；留空表示所有区域。针对某一区域的值班表优先于适用所有区域的值班表。
rota-primary = 值班人员
rota-second = 第二层级
rota-no-second = 无第二层级
rota-delete = 删除
rota-add-title = 添加值班表
rota-time-zone = 时区（IANA 名称，例如 Asia/Shanghai）
rota-days = 班次开始的日期
rota-day-mon = 星期一
rota-day-tue = 星期二
rota-day-wed = 星期三
rota-day-thu = 星期四
rota-day-fri = 星期五
rota-day-sat = 星期六
rota-day-sun = 星期日
rota-starts = 开始
rota-ends = 结束
rota-times-hint = 当地时间。结束早于开始表示班次跨越午夜；两者相同表示全天。
rota-add = 添加值班表
rota-saved = 值班表已保存。
rota-deleted = 值班表已删除。
rota-problem-name = 请为值班表填写不超过 120 个字符的名称。
rota-problem-time-zone = 请以 IANA 名称填写时区，例如 Asia/Shanghai 或 America/New_York。
rota-problem-no-days = 请至少勾选一天。
rota-problem-day = 有一个日期无法识别；请在表单中勾选日期。
rota-problem-time = 请以 HH:MM（24 小时制）填写开始和结束时间。
rota-problem-region = 请填写由字母、数字和连字符组成的区域名称，以逗号分隔。
rota-problem-primary = 请选择值班人员。
rota-problem-second = 第二层级须为值班人员以外的其他人员。
rota-problem-not-responder = 仅在职的审查人和审批人可以值班。
rota-problem-out-of-reach = 此人的数据共享规则未涵盖该值班表的所有区域（或仅限于分配给其的案件）；请选择能涵盖全部区域的人员，或更改值班表的区域。

## 告警 Webhook
webhook-mine-title = 我的告警 Webhook
webhook-mine-lead = 除电子邮件外，告警还可通过签名 Webhook、PagerDuty（Events API v2）或 Opsgenie 送达。告警不含案件内容。
webhook-format = 格式
webhook-format-signed = 签名 JSON（LERS）
webhook-format-pagerduty = PagerDuty Events API v2
webhook-format-opsgenie = Opsgenie Alert API
webhook-url = 地址（https）
webhook-key = 路由密钥或 API 密钥
webhook-key-hint = PagerDuty 请填写集成的路由密钥（地址为 https://events.pagerduty.com/v2/enqueue）；Opsgenie 请填写 API 集成密钥（地址为 https://api.opsgenie.com/v2/alerts 或 api.eu.opsgenie.com）。签名 JSON 请留空：LERS 将生成签名密钥。
webhook-add = 添加 Webhook
webhook-remove = 移除
webhook-added = Webhook 已添加。
webhook-added-secret = Webhook 已添加。其签名密钥仅此一次显示：
webhook-removed = Webhook 已移除。
webhook-format-unknown = 请从所提供的格式中选择一种。
webhook-key-missing = 请填写路由密钥或 API 密钥（不超过 200 个字符）。
webhook-too-many = 您已有 { $max } 个 Webhook，已达每人上限。请先删除一个，再添加新的。
webhook-url-unparsable = 请填写完整地址，例如 https://alerts.example.org/lers。
webhook-url-not-https = 地址必须以 https:// 开头。
webhook-url-credentials = 请从地址中删除用户名和密码；密钥应填入其专用字段。
webhook-url-unresolvable = 无法找到该地址的主机名；请核对后重试。
webhook-url-forbidden = 该地址指向私有网络、环回网络或链路本地网络，LERS 不会向其发送数据。请使用公共地址，或请管理员允许该网络。
