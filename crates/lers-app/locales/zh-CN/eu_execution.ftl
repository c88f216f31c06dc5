# Executing EU orders (Regulation (EU) 2023/1543): the enforcing-authority (EA) hold,
# Form 3 "cannot comply", user notice, on the console and the requester's page.

eu-panel-title = 欧盟命令：执行
eu-kind-epoc = 欧洲提交令（EPOC）
eu-kind-epoc_pr = 欧洲保全令（EPOC-PR）
eu-ea-notified = 已通知执行机关：{ $authority }

eu-release-label = 数据放行：
eu-release-not_held = 未暂扣（未通知任何执行机关）
eu-release-held = 暂扣至 { $until }（执行机关审查期）
eu-release-emergency_provisional = 紧急情况：可立即提交；执行机关在 { $until } 之前仍可拒绝
eu-release-released = 已放行
eu-release-refused = 已被执行机关拒绝；数据永不放行
eu-release-already-sent = 数据此前已经发送：已通知签发机关删除数据或限制其使用。

eu-decision-no_grounds = 无拒绝理由
eu-decision-partial_grounds = 存在部分拒绝理由
eu-decision-full_refusal = 已被执行机关拒绝
eu-ground-immunities_or_privileges = 豁免或特权，或有关新闻自由和言论自由的规则（第 12 条第 1 款 (a) 项）
eu-ground-fundamental_rights = 明显违反某项基本权利（第 12 条第 1 款 (b) 项）
eu-ground-ne_bis_in_idem = 一事不再理（第 12 条第 1 款 (c) 项）
eu-ground-dual_criminality = 在执行国不构成犯罪（第 12 条第 1 款 (d) 项）
eu-field-ea-decision = 执行机关的决定
eu-field-ea-ground = 拒绝理由（第 12 条）
eu-field-ea-data = 拒绝理由所涉数据
eu-field-ea-data-hint = 仅适用于部分拒绝理由：哪些数据不得放行。
eu-ea-submit = 登记决定
eu-ea-decision-recorded = 已登记执行机关的决定。
eu-ea-refused-already-sent-message =
    执行机关已拒绝执行本命令（{ $ground }）。
    数据此前已依紧急程序（第 10 条第 4 款）向贵方提交：请按照本条例的要求删除该数据或限制其使用。

eu-form3-title = 无法执行（表格 3）
eu-form3-when = 在命令审查期间、审查清单填写完毕后，即可以表格 3 作出答复。
eu-form3-answered = 已于 { $at } 以表格 3 答复
eu-form3-pdf-link = 下载表格 3（PDF）
eu-form3-sent-to-ea = 已于 { $at } 发送至执行机关（{ $email }）。
eu-form3-ea-unsent = 尚未送达执行机关（{ $email }）。如果邮件服务器未能接收，系统会在三天内重试，发出后会在此记录；否则请您自行向其发送表格 3 的 PDF。
eu-field-form3-reasons = 理由
eu-field-form3-explanation = 致签发机关的说明
eu-field-form3-foreign-law = 所涉外国法律
eu-field-form3-foreign-law-hint = 存在法律冲突时必填：第三国、相关法律及条款。
eu-form3-submit = 以表格 3 答复（拒绝执行命令）
eu-form3-recorded = 表格 3 答复已登记并发送。
eu-form3-reason-incomplete = 证书不完整
eu-form3-reason-manifest_errors = 证书存在明显错误
eu-form3-reason-insufficient_information = 证书所载信息不足
eu-form3-reason-data_not_held = 服务提供者未持有所请求的数据
eu-form3-reason-de_facto_impossibility = 存在不可归责于服务提供者的事实上不能
eu-form3-reason-invalid_issuing_authority = 该命令并非由主管机关签发或确认
eu-form3-reason-offence_not_covered = 该犯罪不属于本条例的适用范围
eu-form3-reason-service_not_covered = 该服务不属于本条例的适用范围
eu-form3-reason-immunities_or_privileges = 该数据受豁免或特权保护
eu-form3-reason-conflict_of_law = 执行命令将与第三国法律相冲突
eu-form3-message =
    表格 3：服务提供者无法执行本命令。
    理由：{ $reasons }
    说明：{ $explanation }
    表格 3 可在本请求页面以 PDF 格式下载。
eu-form3-ea-mail-subject = { $service }：对欧盟命令 { $reference } 的表格 3 答复
eu-form3-ea-mail-body =
    您好：

    { $service } 已就其登记为 { $reference }、指明贵机关为执行机关的欧盟命令，以表格 3（关于无法执行命令的信息）作出答复。
    为安全起见，本邮件不包含答复内容。签发机关已收到该答复；如需副本，请引用 { $reference } 联系服务提供者的响应团队。

eu-form3-pdf-title = 表格 3（欧盟第 2023/1543 号条例附件三）：关于无法执行命令的信息
eu-form3-pdf-provider = 服务提供者：{ $service }
eu-form3-pdf-reference = 服务提供者编号：{ $reference }
eu-form3-pdf-order = 命令：{ $kind }，签发机关案卷编号 { $file }
eu-form3-pdf-authority = 签发机关：{ $name }（{ $state }）
eu-form3-pdf-answered = 答复日期：{ $at }
eu-form3-pdf-reasons = 理由：
eu-form3-pdf-explanation = 说明：
eu-form3-pdf-foreign-law = 所涉外国法律：
eu-form3-pdf-ea = 已通知的执行机关：{ $name }

eu-notice-title = 告知用户（第 13 条）
eu-notice-restriction-not_restricted = 签发机关未限制告知用户：适用服务提供者的通知政策。
eu-notice-restriction-delayed_until = 签发机关要求在 { $until } 结束之前不得告知用户。
eu-notice-restriction-until_authority_lifts = 签发机关要求在其另行通知之前不得告知用户：不发送任何通知（这并不构成提出异议的理由）。
eu-notice-was-lifted = 签发机关已解除其限制。
eu-notice-lift-submit = 签发机关已解除限制
eu-notice-lifted = 已登记签发机关解除其限制；已安排 { $count } 份通知。
notice-state-awaiting_authority = 暂缓，直至签发机关解除其限制

eu-report-caption = 欧洲提交令和欧洲保全令（欧盟第 2023/1543 号条例），按签发成员国分列
eu-report-member-state = 签发成员国
eu-report-type = 命令类型
eu-report-type-epoc = EPOC
eu-report-type-emergency_epoc = 紧急 EPOC
eu-report-type-epoc_pr = EPOC-PR
eu-report-orders = 命令
eu-report-ea-refusals = 被执行机关拒绝
eu-report-form3 = 表格 3 答复
eu-report-csv = 欧盟命令（CSV）

## The timeline of an EU order: the enforcing authority's decision, a moved deadline.
timeline-eu-ea-no_grounds = 执行机关未发现拒绝理由：数据予以提供。
timeline-eu-ea-partial_grounds = 执行机关发现部分拒绝理由——{ $ground }。此前已交付的数据继续暂扣；不含相关数据的新交付予以提供。
timeline-eu-ea-full_refusal = 执行机关已拒绝——{ $ground }。数据永不提供。
timeline-eu-ea-full_refusal-sent = 执行机关已拒绝——{ $ground }。数据此前已发送：签发机关须删除或限制使用该数据。
timeline-eu-deadline-earlier = 签发机关要求提前披露，截止 { $due }（原为 { $previous }），理由如下：{ $reason }
timeline-eu-deadline-later = 签发机关设定了新的披露期限：{ $due }（原为 { $previous }）。
timeline-eu-deadline-beyond = 该期限晚于条例规定的期限 { $limit }。
timeline-eu_ea_decision = 执行机关的决定
timeline-eu_deadline_moved = 签发机关变更了披露期限
