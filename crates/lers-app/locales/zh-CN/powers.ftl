## Recovery codes, four-eyes approvals, inactivity, expiring API tokens (issue 11).

recovery-title = 您的恢复码
recovery-lead = 两步验证已开启。如您遗失身份验证器，可使用以下任一恢复码代替 6 位验证码登录。每个恢复码仅可使用一次；使用恢复码后，您须重新设置身份验证器，届时将获得新的恢复码，现有恢复码随即作废。
recovery-once = 请将其妥善保存在远离手机的地方（打印出来，或保存在密码管理器中）。恢复码仅在此时显示。
recovery-continue = 我已保存恢复码，继续
mfa-reenroll-lead = 您使用恢复码登录。请重新设置身份验证器以继续；您剩余的恢复码将被新的恢复码取代。

approvals-title = 等待另一名管理员批准
approvals-lead = 授予管理员或批准人角色，以及重置他人的第二验证因素，均须由两名管理员完成：一人提议，另一人批准或驳回，每人均须使用新的验证码。提议在 72 小时后失效。
approvals-none = 没有待处理事项。
approvals-col-change = 变更
approvals-col-proposed = 提议人
approvals-col-expires = 失效时间（UTC）
approvals-waiting = 等待另一名管理员
approvals-approve = 批准
approvals-reject = 驳回
approval-grant = 角色由“{ $from }”变更为“{ $to }”
approval-reset = 重置第二验证因素（身份验证器和恢复码）
approval-approved = 已批准：已对 { $name } 作出变更。
approval-rejected = 已驳回：{ $name } 的情况不作任何变更。
powers-code = 您的当前验证码
powers-code-refused = 未执行：{ $reason }
roles-code = 您的当前验证码（授予管理员或批准人角色时必填）
roles-proposed = 已提议更改 { $name } 的角色；须由另一名管理员在 72 小时内批准。
reset-propose = 提议重置第二验证因素
reset-proposed = 已提议重置 { $name } 的第二验证因素；须由另一名管理员在 72 小时内批准。
invite-code-hint = 仅在邀请时授予管理员或批准人角色才需填写；只有唯一的管理员可直接执行此操作。
invite-privileged-needs-approval = 请先以其他角色发出邀请；之后授予管理员或批准人角色须经第二名管理员批准（请使用列表中的角色表单）。

col-expires = 失效时间（UTC）
token-expired = 已失效
token-never-used = 从未使用
token-renew = 续期
token-renewed = 令牌已续期；现于 { $until } 失效。
field-token-days = 有效期（天）
field-token-days-hint = 除非另行选择，默认为 90 天；最长一年。请在令牌失效前续期。

mail-inactivity-subject = { $service }：您的账户将因长期未使用而被停用
mail-inactivity-body =
    { $name }，您好：

    您的 { $service } 账户已长时间未使用。连续 90 天未使用的账户将被停用。
    如需保留该账户，请在 { $date } 之前登录（或使用您的任一 API 令牌）：

    { $link }

    如账户已被停用，服务提供者的响应团队可为您重新启用。
