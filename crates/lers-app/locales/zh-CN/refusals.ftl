## 操作被拒绝的原因：请求生命周期中的某项规则、四眼原则，或他人已抢先操作。
## 状态、角色和访问级别以其显示标签传入；时间按读者所在
## 时区显示。

## 对请求作出决定。
form-refusal-decide-no-review = 作出决定前，请先完成审查清单。
form-refusal-decide-not-approver = 批准须具备批准人角色。
form-refusal-decide-own-review = 四眼原则：请求的审查员不得同时批准该请求。
form-refusal-decide-reviewer-disabled = 审查由一名账户此后已被停用的人员完成。作出决定前，请重新审查该请求。
form-refusal-transition = 本请求当前状态为“{ $status }”：在此状态下无法执行此步骤。请重新加载页面，查看当前可执行的操作。

## 紧急请求的回拨核实。
form-refusal-callback-not-emergency = 回拨核实仅可在紧急请求中记录。
form-refusal-callback-failed-outside-review = 回拨核实失败将导致请求方被暂停，因此仅可在审查中的紧急请求中记录；请先开始审查（本请求当前状态为“{ $status }”）。
form-refusal-callback-decided = 本请求当前状态为“{ $status }”：仅在请求等待决定期间方可记录回拨核实。
form-refusal-callback-failed = 本请求的一次回拨核实已失败：不得批准该请求；请予以驳回或提出异议。
form-refusal-callback-requester-suspended = 请求方因回拨核实失败已被暂停：须由管理员解除暂停后，方可批准此紧急请求。
form-refusal-callback-not-confirmed = 紧急请求须经向独立获取的号码回拨核实并获确认后，方可批准。
form-refusal-callback-second-confirmation-missing = 此紧急请求的风险评分超过阈值：批准前，须由另一名工作人员（而非记录回拨者本人）确认回拨核实。
form-refusal-callback-recorder-disabled = 此请求的已确认回拨核实由一个此后已被停用的工作人员账户记录，因此不再计入。请通过独立获取的号码再次致电该机构，并记录回拨核实结果。
form-refusal-callback-second-confirmer-disabled = 回拨核实的第二次确认由一个此后已被停用的工作人员账户作出，因此不再计入。须由另一名工作人员（而非记录回拨者本人）确认该回拨核实。
form-refusal-callback-confirming-disabled-recorder = 此回拨核实由一个此后已被停用的工作人员账户记录，因此不再计入，也无法确认。请再次致电该机构并记录新的回拨核实。
form-refusal-callback-confirming-unconfirmed = 只有已确认的回拨核实才能由第二名工作人员确认。
form-refusal-callback-confirming-own = 四眼原则：回拨核实须由记录该回拨的工作人员以外的其他人员确认。
form-refusal-callback-nothing-to-confirm = 本请求当前状态为“{ $status }”：已无待确认事项。
form-refusal-requester-controlled-line = { $line } 所接通的线路由请求方提供或可能受其控制（见于{ $origin ->
        [profile] 请求方的个人资料
        [colleague] 同一机构的 { $colleague } 的个人资料
        [earlier] 同一账户或同一机构此前的请求 { $reference }
        [written] 请求方或其所在机构的消息、文件名和撤回理由
       *[request] 本请求
    }）；请拨打通过独立渠道查得的号码，例如机构名录中该机构的总机号码。

## 谁可以更改请求。
form-refusal-access-not-owner = 只有提交本请求的请求方才能更改本请求。
form-refusal-access-not-a-draft = 已提交的请求无法编辑；请改为发送消息。
form-refusal-access-closed-to-messages = 本请求当前状态为“{ $status }”：不再接受消息；如需补充说明，请提交新请求。
form-refusal-access-not-a-colleague = { $email } 不是您所在机构（@{ $domain }）的注册请求方；同事须拥有各自的账户。

## 数据提交及其文件。
form-refusal-production-not-approved = 只有已批准的请求才能进行数据提交；本请求当前状态为“{ $status }”。
form-refusal-production-not-producer = 只有开始本次提交的提交人才能更改本次提交。
form-refusal-production-not-open = 本次提交已交付，无法再更改。
form-refusal-production-not-deliverable = 本请求当前状态为“{ $status }”；无法为其交付任何内容。
form-refusal-production-no-files = 交付前请至少添加一个文件。
form-refusal-production-still-uploading = { $name } 仍在上传中（已接收 { $received } 字节，共 { $size } 字节）；交付前请完成上传或移除该文件。
form-refusal-production-own-alert = 与您本人有关的警报须由他人确认知悉。
form-refusal-file-destroyed = 该文件已在保存期限届满时销毁。
form-refusal-uploads-busy = 已有 { $max } 个上传正在进行；请一分钟后重试。
form-refusal-upload-running = 该文件的另一个上传仍在进行中。
form-refusal-upload-offset = 上传应从第 { $expected } 字节继续，而非第 { $offset } 字节；请从该位置继续上传。
form-refusal-staging-gone = 此次上传的暂存数据已不存在；请移除该文件并重新上传。
form-refusal-more-than-declared = 数据量超过所声明的大小（{ $declared } 字节）。
form-refusal-file-name-taken = 本次提交中已有名为 { $name } 的文件；请先将其中一个重命名，或移除另一个。
form-refusal-size-too-large = 大小超出限制。

## 响应团队对案件的处理。
form-refusal-staff-assignee-inactive = 请求只能分配给账户有效的工作人员。
form-refusal-staff-not-under-review = 状态为“{ $status }”的请求不处于审查中。
form-refusal-staff-not-a-preservation = { $reference } 不是该请求方的保全请求。
form-refusal-staff-no-hold = { $reference } 没有可供延期的有效保全。
form-refusal-staff-already-extended = { $reference } 已延期一次，不能再次延期。

## 欧盟命令。
form-refusal-eu-not-a-preservation-order = 表格 5 和表格 6 仅适用于欧洲保全令（EPOC-PR）。
form-refusal-eu-preservation-ended = 该保全已终止，无法延长或继续保全。
form-refusal-eu-preservation-extended = 该保全已依表格 6 延长；条例仅允许延长一次。
form-refusal-eu-awaiting-production-order = 已有表格 5 使该数据保全至提交令送达；表格 6 不产生任何额外效果。
form-refusal-ea-held = 为执行机关暂扣至 { $until }（执行机关审查期）；此后即可下载文件，如执行机关确认不提出任何拒绝理由，亦可提前下载。
form-refusal-ea-refused = 已被执行机关拒绝：该数据永不放行。
form-refusal-ea-partial-grounds = 本次提交在执行机关于 { $at } 提出部分拒绝理由之前已经交付，因此可能包含该等理由所涉数据，不予放行；服务提供者将另行交付一份不含该数据的新提交。
form-refusal-ea-none-notified = 本命令未通知任何执行机关，因此没有需要登记的执行机关决定。
form-refusal-ea-already-decided = 执行机关对本命令的决定已登记。
form-refusal-ea-window-closed = 执行机关审查期已于 { $at } 届满；不能再提出拒绝理由。
form-refusal-lift-not-restricted = 签发机关未限制告知用户，因此没有可解除的限制。
form-refusal-lift-already-lifted = 签发机关的限制已经解除。
form-refusal-deadline-not-production = 仅提交令（EPOC）设有披露期限；保全令（EPOC-PR）不设披露期限。
form-refusal-deadline-over = 该命令已结束（{ $status }）；其期限不能再更改。
form-refusal-deadline-past = 新期限 { $at } 并非未来的时间。
form-refusal-deadline-reason-missing = 如新期限早于现行期限（{ $current }），须提供签发机关要求提前披露的理由（第 10 条第 2 款）。
form-refusal-deadline-reason-unreadable = 提前披露的理由须写在一行内，不超过 { $max } 个字符，且不得含有控制字符。

## 通知受影响用户。
form-refusal-notice-nothing-disclosed = 该账户未被披露任何数据，因此无需通知任何人：请选择“不适用”。
form-refusal-notice-disclosed = 该账户的数据已被披露：请选择立即通知、依命令延迟通知或豁免。
form-refusal-notice-order-in-force = 延迟通知令有效期至 { $until }；在此之前不得通知用户。
form-refusal-notice-order-without-end = 现有一项无截止日期的延迟通知令正在生效；请选择延迟通知（并对该命令提出异议），或记录豁免。
form-refusal-notice-authority-restricts = 本欧盟命令的签发机关要求在其另行通知之前不得告知用户；请延迟通知，直至签发机关解除限制，或记录豁免。
form-refusal-notice-no-order = 目前没有生效的延迟通知令，因此无需等待。
form-refusal-notice-reason-missing = 请写明豁免的理由。
form-refusal-notice-sent = 此通知已发送。
form-refusal-notice-not-holdable = 只有尚未发送的通知才能暂缓。

## 接口端点（ETSI HI-1）。
form-refusal-endpoint-own-proposal = 此端点由您提议：须由第二名管理员批准。
form-refusal-endpoint-not-proposed = 此端点并非处于等待批准状态。
form-refusal-endpoint-disabled = 此端点已停用。
form-refusal-endpoint-duplicate = 使用此标识或凭据的端点已经注册。

## 谁可以查看案件的哪些部分。
form-refusal-field-ceiling = { $role } 角色对案件字段的访问权限最高只能为“{ $ceiling }”。
form-refusal-field-already-proposed = 此更改已被提议，正在等待另一名管理员批准。
form-refusal-field-same-admin = 扩大访问权限的更改须由另一名管理员批准。
form-refusal-field-other-waiting = 另一名管理员就此访问权限提出的提议正在等待处理；请先批准该提议，或收窄访问权限以将其搁置，然后再提出新的提议。
form-refusal-field-proposal-changed = 自页面显示以来，该提议已更改或已被搁置；请重新查看。
form-refusal-field-proposal-lapsed = 该提议已超过 72 小时，现已失效；请重新提议。
form-refusal-field-unchanged = 无需更改：{ $role } 对{ $group }已拥有“{ $access }”访问权限。

## 账户、角色及四眼原则下的权限。
form-refusal-email-taken = { $email } 已被其他账户使用；请选择其他地址。
form-refusal-account-not-active = 此账户未处于有效状态；请联系服务提供者。
form-refusal-account-not-active-email = 此账户未处于有效状态；请联系服务提供者的响应团队。
form-refusal-own-account-status = 您不能锁定或停用自己的账户。
form-refusal-already-erased = 此账户已被删除。
form-refusal-in-recycle-bin = 此账户位于回收站中；如需再次使用，请从回收站恢复。
form-refusal-totp-enrolled = 此账户已设置两步验证。
form-refusal-roles-for-staff = 角色仅适用于工作人员账户。
form-refusal-last-admin = 这是最后一名有效管理员；请先指定其他人员为管理员。
form-refusal-grant-needs-approval = 授予管理员或批准人角色，或撤销另一名管理员的管理员角色，须经第二名管理员批准：请使用新的验证码提出提议。
form-refusal-grant-not-privileged = 此更改既不授予管理员或批准人角色，也不撤销管理员角色：请直接保存。
form-refusal-proposal-waiting = 针对 { $target } 的同类提议已在等待第二名管理员批准。
form-refusal-no-second-factor = { $target } 没有可重置的第二验证因素；其下次登录时将进入设置流程。
form-refusal-power-own-account = 任何人均不得更改自己的角色或第二验证因素；请联系其他管理员办理。
form-refusal-power-not-admin = 只有管理员才能提议、批准或驳回此类更改。
form-refusal-power-own-proposal = 此项须由第二名管理员批准：提议人是您本人。
form-refusal-power-decided = 此提议已作出决定。
form-refusal-power-expired = 此提议已失效（提议的等待期为 72 小时）；请重新提议。
form-refusal-power-proposer-not-admin = 此提议已失效：提议人已失去管理员角色或账户已被停用。请驳回此提议；如仍有需要，请重新提议。
form-refusal-domain-listed = { $pattern } 已在名单中。
form-refusal-only-draft-publishable = 只有草稿才能发布。

## 机构名录。
form-refusal-agency-domain-taken = 域名 { $domain } 已归属于另一机构；一个电子邮件域名只对应一个机构。
form-refusal-agency-exists = 名录中已有同名且同一国家的机构；请改为编辑该机构。

## 回收站、保存期限、法律保留及审计记录清理。
form-refusal-bin-purged = 该项目已在 60 日期限届满时被永久删除；无法恢复。
form-refusal-bin-already-restored = 该项目已恢复。
form-refusal-bin-window-over = 该项目已超出回收站的保留期限，正在被永久删除；无法恢复。
form-refusal-bin-not-yours = 只有删除该项目的人员方可恢复；如属管理类对象，管理员亦可恢复。
form-refusal-restore-conflict = { $what } 在删除后已被重新使用（期间有人添加了同名项目）；请先移除或重命名该项目，然后再恢复。
form-refusal-audit-entry-pruned = 审计记录 { $index } 已在保存期限届满时被清理：其内容已不存在，因此无法证明；但其哈希值仍计入此后每一个经签名的日志头。
form-refusal-legal-hold-in-force = 本案件已处于法律保留状态；如需设置新的法律保留，请先解除现有的法律保留。
form-refusal-no-legal-hold = 本案件没有生效的法律保留。
form-refusal-case-purged = 本案件的内容已在保存期限届满时被清除：无法再添加任何内容，也无法设置保留。
form-refusal-legal-hold-reason-missing = 设置法律保留须说明理由：请写明是哪一程序或机关要求保留本案件。

## 数据区域。
form-refusal-region-unknown = { $region } 不是已配置的区域。
form-refusal-region-same = 本案件已在区域 { $region } 中。
form-refusal-region-move-running = 本案件正在迁移至另一区域；请等待该迁移完成。
form-refusal-region-move-uploading = 本案件的一个提交文件仍在上传中；迁移案件前请完成上传或移除该文件。

## 他人已抢先更改。
form-refusal-changed-request = 本请求在此期间已被更改；请重新加载后重试。
form-refusal-changed-production = 本次提交在此期间已被更改；请重新加载后重试。
form-refusal-changed-upload = 此次上传在此期间已有进展；请查询当前进度并从该处继续。
form-refusal-changed-file-not-uploading = 该文件不在上传中（已存储或已移除）。
form-refusal-changed-no-suspension = 此账户没有生效的暂停（可能已在此期间被解除）。
form-refusal-changed-roles = 自提出此提议以来，{ $target } 的角色已发生变化；请驳回此提议并重新提议。

## 执行机关的决定，以及数据区域的名称。
form-ea-decision-missing = 请选择执行机关作出的决定。
form-ea-ground-missing = 请选择执行机关所提出的第 12 条规定的拒绝理由。
form-ea-data-missing = 请说明执行机关的拒绝理由涉及哪些数据（该数据不予放行）。
form-ea-data-unreadable = 请在一行内描述所涉数据，不超过 500 个字符，且不得含有控制字符。
form-region-name-invalid = { $name } 不是有效的区域名称：请使用 1 至 { $max } 个小写字母、数字或“-”，并以字母开头（例如 eu）。

## 应用自身的拒绝：请求或文件的状态不允许该操作。
form-conflict-not-your-production = 只有开启本次提交的提交人才能处理它。
form-conflict-file-incomplete = 只有完整上传的文件才能核验。
form-conflict-file-takes-no-data = 该文件已完整，或已不属于进行中的提交；不再接收数据。
form-conflict-already-registered = 该请求已登记。
form-conflict-requester-has-account = 该请求人已有门户账户。
form-conflict-register-first = 请先登记该请求，再记录对其的答复。
form-conflict-intake-draft = 该请求由服务提供者的受理人员接收，由其补全并登记；请改为向其发送消息。
form-conflict-already-submitted = 该请求已提交。
form-conflict-submit-first = 请先提交该请求，再发送与其相关的消息。
form-conflict-closed-to-documents = 该请求已关闭，不能再添加文件。
form-conflict-region-draft-only = 只有草稿才能分配到区域。
form-conflict-region-out-of-reach = 此人的数据共享规则不涵盖该案件所在区域；请选择能够打开该案件的人员。
form-conflict-export-building = 该导出仍在生成中；请稍后刷新页面。
form-conflict-submitted-no-edit = 该请求已提交，不能再编辑。
