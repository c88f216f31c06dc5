# English messages of the LERS web application. To add a language, copy this folder
# to locales/<language tag>/ (e.g. locales/de/) and translate every message.

app-name = LERS
app-tagline = 执法请求系统
skip-to-content = 跳至主要内容
nav-label = 主导航
nav-console = 控制台
nav-accounts = 账户
nav-domains = 政府域名
nav-audit = 审计日志
nav-dashboard = 仪表板
nav-sign-in = 登录
nav-sign-up = 注册账户
nav-sign-out = 退出登录
footer-text = 本系统中的每项操作均记入可检测篡改的审计日志。本系统仅可用于合法请求。
language-switcher-label = 语言

error-title = 出现问题
error-home = 前往首页

home-title = 用户数据法律请求
home-lead = 经核实的政府及执法机关官员可在此提交法律文书、跟进审查进度、与响应团队沟通，并安全接收所提供的数据。
home-requesters-title = 面向执法及政府机关
home-requesters-text = 请使用您的官方政府电子邮件地址注册账户。您需要验证该地址、设置密码并设置两步验证。
home-emergency-title = 紧急情况
home-emergency-text = 如有人员生命面临紧迫危险，请登录并提交紧急披露请求：该请求将在所有队列中优先处理。紧急请求将通过回拨您所在机构进行核实。

form-has-errors = 存在问题
pager-label = 分页
pager-prev = 上一页
pager-next = 下一页
pager-status = 第 { $page } 页，共 { $pages } 页（共 { $total } 条）

signup-title = 注册请求方账户
signup-lead = 仅电子邮件地址在政府许可名单中的官员方可注册。所有字段均为必填。
signup-you = 个人信息
signup-agency = 所属机构
signup-submit = 注册账户
signup-sent-title = 请查收邮件
signup-sent-text = 如该地址可以注册，我们已向其发送验证地址并设置密码的链接。该链接仅可使用一次，有效期为 24 小时。
field-name = 姓名
field-gov-email = 官方政府电子邮件地址
field-gov-email-hint = 例如 name@pd.cityname.gov。不接受个人邮箱地址。
field-email = 电子邮件地址
field-phone = 电话号码
field-phone-hint = 包括国家代码及分机号（如有），例如 +1 325 555 0100 ext. 12。
field-agency = 机构名称
field-badge = 警号或证件号码
field-address = 邮寄地址
field-address-hint = 可送达法律文书的地址，填写在一行内（各部分以逗号分隔）。不接受邮政信箱。
field-country = 国家
field-country-choose = 请选择国家
field-subdivision = 州、省或地区
field-subdivision-hint = 签发机关所在的州、省或地区，例如 TX 或 Mazowieckie。

password-title = 设置密码
password-lead = 您的地址 { $email } 已通过验证。请为其设置密码。
field-new-password = 新密码
field-new-password-hint = 至少 12 个字符；建议使用较长的密码短语。过于常见的密码将被拒绝。
field-password-confirm = 再次输入密码
password-submit = 保存密码并继续
link-invalid-title = 此链接无法使用

mfa-title = 设置两步验证
mfa-lead = 每个账户登录时都须完成第二步验证：输入手机上身份验证器应用生成的 6 位验证码。
mfa-step-app = 安装身份验证器应用（例如 FreeOTP、Google Authenticator 或 Microsoft Authenticator）。
mfa-step-scan = 使用该应用扫描此二维码：
mfa-qr-label = 用于身份验证器应用的二维码
mfa-step-manual = 或在应用中输入以下密钥：
mfa-step-code = 输入应用显示的 6 位验证码。
field-code = 6 位验证码
field-code-hint = 来自您的身份验证器应用。
mfa-submit = 开启两步验证
mfa-on = 已开启
mfa-off = 未设置

login-title = 登录
login-code-hint = 身份验证器应用生成的 6 位验证码；如您遗失身份验证器，可使用任一恢复码（ABCDE-FGHIJ）。仅在尚未设置两步验证时方可留空。
login-submit = 登录
login-no-account = 还没有账户？
field-password = 密码

dashboard-title = 仪表板
dashboard-welcome = 当前登录身份：{ $name }。
dashboard-requests = 您的请求
dashboard-no-requests = 您尚无任何请求。
dashboard-profile = 您的信息
dashboard-sign-ins = 您账户的近期活动
dashboard-sign-ins-hint = 如发现您无法辨认的登录或更改，请立即联系服务提供者的响应团队。
col-time = 时间（UTC）
col-event = 事件
col-ip = 来源
col-person = 人员
col-kind = 类型
col-status = 状态
col-mfa = 两步验证
col-roles = 角色
col-actions = 操作
col-pattern = 域名或规则
col-organization = 组织
col-place = 地点
col-type = 类型
col-source = 来源
col-actor = 操作者
col-subject = 对象
col-outcome = 结果
col-details = 详情

setup-title = 设置首位管理员
setup-lead = 此一次性链接用于创建首个管理员账户。接下来您需要设置两步验证。
setup-submit = 创建管理员账户

console-title = 响应控制台
console-welcome = 当前登录身份：{ $name }（角色：{ $roles }）。
console-accounts-text = 工作人员、角色、请求方账户、锁定。
console-domains-text = 政府电子邮件许可名单。
console-audit-text = 浏览、筛选和验证可检测篡改的审计日志。
console-queue-title = 请求队列
console-queue-text = 执法机关提交的请求将在此显示。

filter-search = 搜索
filter-kind = 类型
filter-all = 全部
filter-apply = 应用
filter-actor = 操作者（假名 ID）
filter-subject = 对象
filter-action = 操作
filter-outcome = 结果
kind-requester = 请求方
kind-staff = 工作人员
accounts-caption = 账户（按时间由新到旧）
roles-of = { $name } 的角色
roles-save = 保存角色
action-unlock = 解锁
action-enable = 启用
action-disable = 停用
invite-title = 邀请工作人员
invite-text = 新工作人员将收到一个一次性链接，用于设置密码和两步验证。
invite-submit = 发送邀请
invite-sent = 已向 { $email } 发送邀请。
roles-saved = 已保存 { $name } 的角色。
status-saved = { $name } 现为{ $status }状态。

domains-lead = 仅此名单中的地址可以注册。域名同时涵盖其子域名；*.police.uk 之类的规则涵盖 police.uk 的所有子域名。
domains-caption = 许可名单条目
domains-add-title = 添加域名或规则
field-pattern = 域名或规则
field-pattern-hint = 域名（如 cityname.gov）或规则（如 *.police.uk）。
domains-add-submit = 添加至许可名单
domain-added = 已添加 { $pattern }。
domain-updated = 已更新 { $pattern }。
status-enabled = 已启用
status-disabled = 已停用

audit-lead = 共 { $entries } 条记录。记录以假名 ID 标识人员。
audit-caption = 审计事件（按时间由新到旧）
audit-verify = 验证整个日志
audit-verified = 日志已通过完整验证。根哈希：{ $root }
audit-broken = 日志未通过验证：{ $problem }

mail-verify-subject = { $service }：验证您的电子邮件地址
mail-verify-body =
    { $name }，您好：

    有人（希望是您本人）使用本地址申请了 { $service } 请求方账户。
    如需验证该地址并设置密码，请在 24 小时内打开以下链接：

    { $link }

    该链接仅可使用一次，且仅最新发送的链接有效。如您并未申请账户，请忽略本邮件。
mail-already-registered-subject = { $service }：您已拥有账户
mail-already-registered-body =
    { $name }，您好：

    有人尝试使用本地址注册 { $service } 账户，但该地址已有账户。
    如需登录，请访问：

    { $link }

    如非您本人操作，无需采取任何行动；您的账户保持不变。
mail-staff-invite-subject = { $service }：诚邀您加入响应团队
mail-staff-invite-body =
    { $name }，您好：

    管理员已为您创建 { $service } 工作人员账户（角色：{ $roles }）。
    如需设置密码和两步验证，请在 24 小时内打开以下链接：

    { $link }

    该链接仅可使用一次。

## Requests
nav-requests = 请求
nav-tokens = API 令牌
requests-title = 您的请求
requests-lead = 您提交的请求以及同事与您共享的请求。紧急请求优先处理。
requests-new = 提交新请求
requests-caption = 请求（按最近更改时间排列）
requests-none = 没有符合条件的请求。
col-reference = 编号
col-title = 案件
col-deadline = 截止期限
col-updated = 最近更新
filter-status = 状态
filter-reference = 编号或案件名称
shared-marker = 与您共享
draft-marker = 尚未提交

new-request-title = 提交新请求
new-request-lead = 请选择您的请求类型。提交前，您可以保存草稿并稍后继续填写。
kind-user_data = 用户数据请求
kind-user_data-help = 以法律文书为依据：传票、法院命令、搜查令、司法协助条约（MLAT）请求、欧洲提交令或其他国家命令。
kind-emergency = 紧急披露请求
kind-emergency-help = 存在导致死亡或严重人身伤害的紧迫危险，或儿童面临危险。无需法律文书，但须提供情况说明和声明。将通过回拨您所在机构进行核实。
kind-preservation = 保全请求
kind-preservation-help = 在您取得法律文书期间冻结数据（90 日，可延长一次；欧洲保全令为 60 + 30 日）。
kind-preservation_extension = 保全延期
kind-preservation_extension-help = 延长您的某项保全请求。
kind-withhold_access = 限制访问请求
kind-withhold_access-help = 限制某一账户或阻止某一会议，例如在犯罪正在进行期间。须以法律文书为依据。
start-request = 开始

instrument-subpoena = 传票
instrument-court_order = 法院命令
instrument-search_warrant = 搜查令
instrument-mlat = 司法协助条约（MLAT）/国际协定请求
instrument-eu_production_order = 欧盟欧洲提交令
instrument-eu_preservation_order = 欧盟欧洲保全令
instrument-preservation_letter = 保全函（例如依据 18 U.S.C. § 2703(f)）
instrument-other_national_order = 其他国家命令
instrument-national_security = 国家安全程序

category-subscriber_info = 订户信息
category-connection_logs = 连接及 IP 日志
category-meeting_metadata = 会议元数据
category-billing = 账单记录
category-content = 内容

target-email = 电子邮件地址
target-phone = 电话号码（E.164）
target-account_id = 账户 ID
target-meeting_id = 会议 ID
target-username = 用户名
target-ip_address = IP 地址

status-draft = 草稿
status-submitted = 已提交
status-in_review = 审查中
status-needs_info = 需补充信息
status-approved = 已批准
status-produced = 已提供
status-rejected = 已驳回
status-challenged = 已提出异议
status-closed = 已结案
status-withdrawn = 已撤回
status-preserved = 已保全
status-extended = 已延期
status-expired = 已到期
status-released = 已解除
status-fulfilled = 已完成

form-request-title = { $kind }
form-request-lead = 标有 * 的字段为提交时必填项。您可随时保存草稿。
section-case = 案件
section-process = 法律文书
section-targets = 账户及标识符
section-targets-help = 每行填写一个标识符，并选择其类型；格式将自动规范化（例如电话号码规范为 +15550100199）。
section-data = 请求的数据
section-orders = 对服务提供者具有约束力的命令
section-emergency = 紧急情况
section-sharing = 同事
field-title = 案件名称 *
field-title-hint = 供您本人查阅的简短名称，例如“胡桃行动”。
field-description = 请求内容及理由 *
field-description-hint = 所需数据及其与调查的关联。范围明确的请求可更快获得答复。
field-issuing-authority = 签发法院或机关 *
field-instrument = 法律文书 *
field-instrument-choose = 请选择…
field-citation = 文书编号或案件编号 *
field-request-country = 签发机关所在国家 *
field-request-subdivision = 州、省或地区 *
field-target-type = 标识符 { $n } 的类型
field-target-value = 标识符 { $n }
add-targets = 添加更多行
field-categories = 数据类别 *
field-date-from = 数据起始日期 *
field-date-to = 数据截止日期 *
field-deadline = 答复期限（可选）
field-nondisclosure = 保密令
field-delay-notice = 延迟通知令
order-none = 无此类命令
order-until = 有效期至
order-indefinite = 有效，无截止日期
field-order-until = 截止日期
field-narrative = 请描述紧急情况 *
field-narrative-hint = 何人面临危险、危险的性质，以及危险为何紧迫。
field-attested = 本人声明：本案属于涉及死亡或严重人身伤害危险的紧急情况，须立即披露数据以防止危险发生。*
field-supervisor-name = 主管姓名 *
field-supervisor-phone = 主管电话 *
field-extends = 拟延期的保全请求编号 *
field-colleagues = 可查看本请求的同事
field-colleagues-hint = 最多 5 个本机构内拥有个人账户的同事的电子邮件地址，每行一个。
save-draft = 保存草稿
submit-request = 提交请求
draft-saved = 草稿已保存。

detail-kind = 类型
detail-status = 状态
detail-reference = 编号
detail-submitted = 提交时间
detail-deadline = 截止期限
detail-authority = 签发机关
detail-instrument = 法律文书
detail-citation = 文书编号
detail-country = 国家
detail-targets = 标识符
detail-categories = 请求的数据
detail-dates = 日期范围
detail-nondisclosure = 保密令
detail-delay = 延迟通知令
detail-emergency = 紧急情况
detail-supervisor = 主管
detail-colleagues = 有权访问的同事
detail-owner = 提交人
detail-withdrawn = 撤回理由
detail-description = 请求内容
edit-draft = 继续编辑
documents-title = 法律文书及文件
documents-none = 尚无文件。
documents-upload = 上传 PDF
field-file = PDF 文件
field-file-hint = PDF 格式的法律文书，最大 { $mib } MiB。加密的 PDF 及含脚本的 PDF 将被拒绝。
upload-submit = 上传
uploaded = 已上传 { $name }。SHA-256 回执：{ $sha256 }
col-file = 文件
col-size = 大小
col-sha256 = SHA-256
col-uploaded = 上传时间
timeline-title = 时间线
timeline-status = 状态：{ $status }
timeline-message = 消息
timeline-document = 已添加文件：{ $name }
messages-title = 与响应团队的消息往来
# Who wrote a message or changed a request, when it was staff.
author-response-team = 响应团队
messages-none = 尚无消息。
field-message = 您的消息
field-attachment = 附加 PDF（可选）
send-message = 发送消息
message-sent = 消息已发送。
withdraw-title = 撤回本请求
withdraw-lead = 撤回后，与本请求有关的一切处理工作都将停止。此操作无法撤销。
field-reason = 撤回理由 *
withdraw-submit = 撤回请求
withdrawn-notice = 本请求已撤回。
submitted-notice = 请求已提交。您的编号为 { $reference }。

tokens-title = API 令牌
tokens-lead = 个人令牌可使您所在机构的案件系统通过 API（/api/v1）提交和跟进请求。令牌以您的身份执行操作：请妥善保密，仅授予其所需的权限范围，并在不再使用时予以撤销。
tokens-caption = 您的令牌
tokens-none = 您没有 API 令牌。
col-name = 名称
col-scopes = 权限范围
col-created = 创建时间
col-last-used = 最近使用
token-revoke = 撤销
token-revoked = 已撤销
tokens-new = 创建令牌
field-token-name = 名称 *
field-token-name-hint = 令牌的用途，例如“案件系统”。
scope-read = read — 列出和读取请求、消息及文件
scope-submit = submit — 创建、提交和撤回请求，发送消息，上传文件
field-token-code = 当前 6 位验证码 *
field-token-code-hint = 创建令牌须使用身份验证器应用生成的新验证码。
token-create = 创建令牌
token-created = 令牌已创建。请立即复制：令牌仅显示一次。

mail-request-received-subject = { $service }：已收到请求 { $reference }
mail-request-received-body =
    { $name }，您好：

    请求 { $reference } 已收到，将进行审查。
    您可以通过以下链接跟进该请求并与响应团队沟通：

    { $link }
mail-api-receipts-subject = { $service }：已通过 API 收到请求（{ $count }）
mail-api-receipts-body =
    { $name }，您好：

    { $sections }

    您可以通过以下链接跟进这些请求并与响应团队沟通：

    { $link }
mail-api-receipts-own =
    使用您的令牌通过 API 提交、已收到并将进行审查的请求（{ $count } 个）。如果这些请求不是您提交的，请立即吊销您的 API 令牌并告知响应团队：
mail-api-receipts-shared = 由同事通过 API 提交并与您共享、已收到并将进行审查的请求（{ $count } 个）：
mail-api-receipts-more = ……另有 { $rest } 个，见您的请求列表。
mail-new-message-subject = { $service }：{ $reference } 有新消息
mail-new-message-body =
    { $name }，您好：

    请求 { $reference } 有一条新消息。
    为安全起见，本邮件不包含消息内容。请登录查看：

    { $link }

mail-hold-warning-subject = { $service }：保全 { $reference } 即将到期
mail-hold-warning-body =
    { $name }，您好：

    请求 { $reference } 项下的数据保全将于 { $date } 到期。
    如需继续保留数据，请在此之前发送法律文书或提交保全延期请求：

    { $link }

mail-request-updated-subject = { $service }：请求 { $reference } 已更新
mail-request-updated-body =
    { $name }，您好：

    请求 { $reference } 有新进展。请登录查看：

    { $link }

## Console
nav-queue = 队列
queue-title = 请求队列
queue-lead = 所有未结请求：紧急请求优先，其余按截止期限排列。已逾期的请求会被标出。
queue-caption = 未结请求
queue-empty = 没有符合条件的未结请求。
filter-country = 国家（ISO 代码）
filter-mine = 分配给我的
filter-overdue = 仅显示已逾期
col-agency = 机构
col-due = 期限
col-assignee = 承办人
overdue = 已逾期
console-emergency-banner = 紧急披露请求：须在一小时内处理。切勿仅凭账户提供的信息予以批准——务必先进行回拨核实。
console-account-created = 账户创建时间
console-from-request = 来自请求——不得用于回拨核实
console-hold = 数据保全
console-hold-until = 有效期至
console-unassigned = 未分配
console-assign = 分配
console-deconfliction = 指明相同标识符的其他请求
console-other-requests = 其他请求（任何机构）
console-no-other = 无
console-documents-audited = 在此打开的每份文件均记入审计日志。
console-callback = 回拨核实
console-callback-lead = 请拨打您自行查得的号码（机构名录、官方网站、总机）联系该机构——切勿使用请求中的号码——并确认本请求确由该官员发出。回拨核实失败将导致请求方账户被暂停。
field-callback-phone = 所拨号码
field-number-source = 号码来源
field-number-source-hint = 例如“abilenetx.gov 上公布的阿比林警察局总机”
field-answered-by = 接听人
field-callback-result = 结果
callback-confirmed = 已确认：该机构确认本请求
callback-failed = 失败：该机构不知悉本请求
callback-no-answer = 无人接听
callback-submit = 记录回拨核实
field-note = 备注
console-review = 法律审查
console-reviewed-by = 由 { $name } 于 { $at } 审查。根据审查结果，建议：
suggestion-proceed = 继续处理
suggestion-challenge = 提出异议
suggestion-reject = 驳回
criterion-overbroad = 请求是否范围过宽或含糊不清？
criterion-no_legal_basis = 请求在请求方司法管辖区内是否缺乏法律依据？
criterion-not_bona_fide = 请求是否并非出于善意侦查或预防犯罪之目的？
criterion-outside_jurisdiction = 请求是否涉及该机关管辖范围以外的人员？
criterion-unauthorised_requester = 提出请求的主体是否无权提出该请求？
criterion-indefinite_nondisclosure = 请求是否附有无截止日期的保密令？
criterion-defective = 请求是否送达不当或存在其他瑕疵？
criterion-enterprise_customer = 请求是否涉及企业或公共部门客户的数据（应转交该客户处理）？
criterion-encrypted_content = 请求是否要求提供端到端加密会议的内容（无法提供）？
answer-fine = 无问题
answer-problem = 有问题（请说明）
review-submit = 保存审查结果
console-decide = 决定
field-decision = 决定
decision-approve = 批准披露（全部）
decision-approve_partial = 部分批准
decision-reject = 驳回
decision-challenge = 提出异议
decision-ask_for_information = 要求补充信息
# A decision as the requester reads it: what was decided, not what to do.
decided-approve = 已批准全部披露
decided-approve_partial = 已批准部分披露
decided-reject = 请求已驳回
decided-challenge = 已对请求提出异议
decided-ask_for_information = 已要求补充信息
field-reasons = 理由（向请求方显示）
reason-overbroad = 范围过宽或含糊不清
reason-no_legal_basis = 缺乏法律依据
reason-not_bona_fide = 并非出于善意侦查或预防犯罪之目的
reason-outside_jurisdiction = 超出该机关的管辖范围
reason-unauthorised_requester = 请求方无权提出请求
reason-indefinite_nondisclosure = 保密令无截止日期
reason-defective = 送达不当或存在瑕疵
reason-redirect_to_customer = 数据属于企业客户：请向该客户提出请求
reason-no_data_held = 未持有相关数据
reason-encrypted_content = 端到端加密内容无法提供
field-scope = 部分批准时：可提供的内容
field-note-to-requester = 致请求方的说明
field-step-up-code = 当前 6 位验证码（批准时必填）
field-step-up-code-hint = 批准披露须使用新的第二验证因素。
decide-submit = 记录决定
console-internal-notes = 内部备注（仅限工作人员）
field-internal = 内部备注（不向请求方显示）
decision-recorded = 决定已记录。
review-saved = 审查结果已保存。
callback-recorded = 回拨核实已记录。
note-saved = 已保存。
assigned = 分配已保存。
decisions-title = 决定
console-directory = 账户目录
console-region = 区域
console-enterprise = 企业客户——请转交该客户处理
console-restricted = 已限制
console-held = 数据已保全
console-no-account = 未找到账户
field-preservation-reference = 本请求所承接的保全（可选）
field-preservation-reference-hint = 如您此前已对该数据申请保全，请填写其编号（例如 LERS-2026-000123）：该保全将并入本请求。

## Notices to affected users (also in de, pl, vi, zh-CN)
mail-notice-subject = { $service }：关于您账户数据的法律请求
mail-notice-body =
    您好：

    { $service } 收到了来自 { $authority }（{ $country }）的法律请求，依据为：{ $process }，
    要求提供您的账户 { $account } 的信息。
    我们已于 { $date } 提供了：{ $categories }。

    特此通知，以便您寻求法律意见或提出异议。
    本邮件为自动发送，请勿回复。
notices-title = 通知受影响用户
notices-lead = 政策：用户数据被披露时，应通知每一位受影响用户，但以下情形除外：有效的延迟通知令正在生效（届时于该命令期满时通知），或案件涉及危害儿童、威胁生命或对服务提供者构成威胁。每项决定均须说明理由。
notice-undecided = 尚未决定
field-notice-choice = 通知
notice-notify-now = 立即通知
notice-delay = 于延迟通知令期满时通知
notice-exempt = 不予通知（豁免）
notice-not-applicable = 不适用（未披露任何数据）
field-exemption = 豁免
exemption-child_endangerment = 危害儿童
exemption-threat_to_life = 威胁生命
exemption-threat_to_provider = 威胁服务提供者的服务、权利或财产
field-notice-reason = 理由
notice-submit = 记录
notice-recorded = 通知决定已记录。
notice-held = 通知已暂缓。
notice-hold = 暂缓
notice-state-scheduled = 已安排
notice-state-awaiting_order = 因无截止日期的命令而暂缓（请对其提出异议）
notice-state-held = 由工作人员暂缓
notice-state-sent = 已发送
notice-state-not_sent = 未发送
notice-decision-notify_now = 立即通知
notice-decision-delay = 延迟通知令期满后
notice-decision-exempt = 豁免
notice-decision-not_applicable = 不适用
nav-notices = 用户告知
notices-upcoming = 即将发送给受影响用户的通知
notices-upcoming-lead = 将发送什么内容、发送给谁、何时发送以及原因。仅在已记录豁免事由时方可暂缓通知。
notices-caption = 尚未发送的通知
notices-none = 没有待发送的通知。
notices-to = 受影响账户
notices-when = 时间
notices-why = 原因
field-order-extended = 命令延长至（可选）
console-challenge-delay = 无截止日期：可据此提出异议

## Transparency
nav-transparency = 透明度报告
transparency-title = 透明度报告
transparency-lead = 按半年度和国家统计，我们收到的政府用户数据法律请求数量以及我们的答复情况。仅含汇总数据。
transparency-period = 期间
transparency-show = 显示
transparency-total-requests = 收到的请求
transparency-total-accounts = 指明的账户
transparency-countries = 国家
transparency-version = { $period }（截至 { $ending }），第 { $version } 版
transparency-csv = 下载 CSV
transparency-json = 下载 JSON
transparency-chart-countries = 按国家统计的请求
transparency-chart-legend = 各柱中的深色部分：已提供部分数据的请求。
transparency-chart-trend = 各期间的请求数量
transparency-table = 按国家和法律文书类型统计
transparency-caption = { $period } 收到的请求，第 { $version } 版
transparency-bands = 国家安全程序仅以 { $width } 为区间单位报告；区间数据不计入总数。
transparency-none = 尚未发布任何报告。
transparency-staff-lead = 计算某一期间的报告，审核数据，然后发布。已发布的版本永不更改；更正将作为附有说明的新版本发布。
field-changelog = 说明（用于更正）
field-changelog-hint = 与上一版本相比的变更内容（如有）。
transparency-compute = 生成草稿
transparency-draft = { $period } 草稿（未公开）
transparency-publish = 发布本报告
transparency-versions = 草稿及已发布版本
transparency-published-notice = 已发布 { $period }，第 { $version } 版。
col-country = 国家/地区
col-process = 法律文书
col-requests = 请求
col-accounts = 账户
col-disclosed = 已提供部分数据
col-content = 内容披露
col-non-content = 非内容披露
col-delay-orders = 延迟通知令
process-subpoena = 传票
process-court_order = 法院命令
process-search_warrant = 搜查令
process-mlat = 司法协助条约（MLAT）/国际协定
process-eu_production_order = 欧盟欧洲提交令
process-eu_preservation_order = 欧盟欧洲保全令
process-preservation_letter = 保全函
process-other_national_order = 其他国家命令
process-national_security = 国家安全程序
process-emergency = 紧急披露
process-user_data = 用户数据请求
process-preservation = 保全
process-preservation_extension = 保全延期
process-withhold_access = 限制访问
notice-state-sending = 正在发送
notice-delivery-sent = 已发送
notice-delivery-failed = 未送达
notice-delivery-no_address = 无登记地址

## Productions
productions-title = 数据提交
productions-none = 尚未提交任何数据。
production-open = 开始提交
production-opened = 提交已开始：请添加文件，然后交付。
production-state-open = 准备中
production-state-delivered = 已交付
production-state-shredded = 保存期限届满后已销毁
production-producer = 提交人
production-delivered-at = 交付时间
production-available-until = 可下载至
production-retain-until = 销毁日期
col-received = 已接收字节数
field-production-files = 拟提交的文件
field-production-files-hint = 文件类型和大小不限。文件在上传时即被加密；如上传中断，再次选择同一文件即可从中断处继续。
production-upload = 上传
production-verify = 验证存储副本
production-verified = 存储副本解密后与上传内容完全一致（SHA-256 匹配）。本次验证已记入日志。
production-verify-failed = 存储副本未通过验证。请勿交付；请移除该文件并重新上传。本次失败已记入日志。
production-remove = 移除
production-file-removed = 文件已移除，其存储副本已删除。
production-deliver = 交付给请求方
production-delivered = 已交付。已通知请求方；在可下载截止日期之前均可下载。
productions-received-title = 已提供的数据
productions-download-lead = 下载须使用身份验证器应用生成的新验证码。每次下载均记录下载人、时间、来源及字节数。清单列出每个文件及其 SHA-256 值，可使用“lers manifest verify”离线核验。
production-unlock = 解锁下载
production-unlocked = 下载已解锁 5 分钟。
production-confirm-first = 请输入身份验证器应用中的验证码以进行下载。
production-manifest = 清单（JSON）
production-expired = 此次提交的数据已无法下载。
alerts-title = 警报
alert-staff-access = { $name }（{ $pseudonym }）自 { $since } 以来已打开请求方文件 { $accesses } 次。
alert-acknowledge = 确认知悉

## Account kinds and statuses, as the accounts list shows them.
account-kind-requester = 请求方
account-kind-staff = 工作人员
account-status-active = 正常
account-status-locked = 已锁定
account-status-disabled = 已停用
