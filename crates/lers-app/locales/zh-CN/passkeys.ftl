## 通行密钥与安全密钥（WebAuthn）

passkey-working = 请按照浏览器或安全密钥的提示操作……
passkey-cancelled = 未使用密钥：操作已取消或已超时。请重试。
passkey-unavailable = 此浏览器无法使用通行密钥或安全密钥（WebAuthn 不可用，或页面未通过 HTTPS 提供）。请使用最新版本的浏览器，或使用密码和验证码登录。
passkey-needs-script = 通行密钥和安全密钥需要在此浏览器中启用 JavaScript。您也可以使用密码和验证码登录。
passkey-sign-in-title = 使用通行密钥登录
passkey-sign-in-lead = 请使用已为您的账户注册的通行密钥或安全密钥。使用 PIN、指纹或面部识别解锁即同时满足两项验证因素：无需密码或验证码。
passkey-sign-in-button = 使用通行密钥登录
passkey-second-factor-button = 使用安全密钥代替验证码
passkey-second-factor-missing = 请先输入电子邮件地址和密码，然后使用您的密钥。
passkey-step-up-button = 使用我的安全密钥确认
passkey-step-up-done = 密钥已确认。请将验证码栏留空并继续。
passkey-login-key-required = 您的账户必须使用通行密钥或安全密钥登录：仅凭密码和验证码不足以登录。请使用下方的“使用通行密钥登录”。

passkeys-title = 通行密钥与安全密钥
passkeys-lead = 通行密钥或安全密钥可让您无需密码即可登录，且能防范网络钓鱼：它仅在本网站有效。您可以注册多个密钥，例如一个在电脑上，另一个备用密钥挂在钥匙串上。
passkeys-manage-link = 通行密钥与安全密钥
passkeys-enrolment-required = 贵单位要求使用通行密钥或安全密钥登录。请立即注册一个密钥；本页面仅在登录后的几分钟内开放。此后请使用该密钥登录。
passkeys-policy-applies = 贵单位要求使用通行密钥或安全密钥登录，因此无法删除您的最后一个密钥。
passkeys-none = 尚未注册任何通行密钥或安全密钥。
passkeys-caption = 您的通行密钥与安全密钥
passkeys-col-synced = 已同步
passkeys-never-used = 从未使用
passkeys-synced-yes = 是（由其提供方备份）
passkeys-synced-no = 否（仅保存在设备上）
passkeys-new-name = 新名称
passkeys-rename = 重命名
passkeys-remove = 删除
passkeys-fresh-factor-hint = 添加、重命名或删除密钥需要最新的第二验证因素：当前验证码，或在过去 5 分钟内确认过的密钥或验证码。
passkeys-add-title = 添加通行密钥或安全密钥
passkeys-name = 密钥名称
passkeys-name-hint = 用于区分各个密钥的名称，例如“办公室笔记本电脑”或“蓝色密钥”。
passkeys-code-hint = 身份验证器应用当前显示的验证码。如您在过去 5 分钟内已确认过验证码或密钥，可留空。
passkeys-add = 添加密钥
passkey-registered = 密钥已添加。您现在可以使用它登录。
passkey-renamed = 密钥已重命名。
passkey-removed = 密钥已删除，不能再用于登录此账户。

passkey-error-no-relying-party = 本系统无法使用通行密钥：其公开地址不是适用于通行密钥的有效网址。请告知服务提供方的响应团队。
passkey-error-challenge = 本次操作已过期或已被使用。请重新开始。
passkey-error-rejected = 无法验证密钥的响应。请使用已为此账户注册的密钥重试，并通过 PIN 或生物识别解锁。
passkey-error-clone = 此密钥已被拒绝：其使用计数器出现回退，可能表明密钥已被复制。本次尝试已记录。请使用其他密钥或验证码，并告知服务提供方的响应团队。
passkey-error-unknown-key = 此密钥未在本系统中注册到任何账户。请先使用密码和验证码登录，然后添加该密钥。
passkey-error-no-keys = 您的账户尚未注册通行密钥或安全密钥。请使用验证码，或在“通行密钥与安全密钥”中添加密钥。
passkey-error-already-registered = 此密钥已注册。
passkey-error-too-many = 此账户的密钥数量已达上限（20 个）。请先删除一个，再添加新的密钥。
passkey-error-name-empty = 请为密钥命名。
passkey-error-name-long = 名称最多 60 个字符。
passkey-error-name-characters = 名称不得包含换行符或不可见的控制字符。
passkey-error-fresh-factor = 此操作需要最新的第二验证因素：请输入身份验证器应用当前显示的验证码，或先使用安全密钥确认。
passkey-error-last-key = 这是您的最后一个密钥，而贵单位要求必须持有密钥：请先添加另一个密钥，再删除此密钥。
passkey-error-account = 此账户目前无法登录（账户已被锁定或停用，或其域名已不再获准）。请联系服务提供方的响应团队。
passkey-error-throttled = 来自您所在网络的失败尝试次数过多。请等待 15 分钟后重试。
passkey-error-internal = 我方出现错误。请重试；如问题持续存在，请告知服务提供方。

passkey-policy-title = 登录安全
passkey-policy-lead = 设定哪些人员必须使用通行密钥或安全密钥登录。适用人员将无法再使用密码和验证码登录；尚无密钥者须在下次使用密码和验证码登录后立即注册密钥。
passkey-policy-link = 登录安全：通行密钥与安全密钥
passkey-policy-legend = 必须使用通行密钥或安全密钥的人员
passkey-policy-save = 保存
passkey-policy-saved = 登录规则已保存。
passkey-policy-nobody = 无（所有人可自愿使用）
passkey-policy-approvers = 具有批准人角色的工作人员
passkey-policy-all_staff = 全体工作人员
passkey-policy-everyone = 所有人，包括请求方
passkey-policy-four-eyes = 扩大必须使用密钥的人员范围立即生效；缩小该范围会撤除一层保护，因此须经第二位管理员批准。
passkey-policy-proposed = 此项更改放宽了规则，因此将在本页等待第二位管理员批准；如 72 小时内无人批准，更改即失效。获批准之前，现行规则保持不变。
passkey-policy-pending = { $name } 提议仅要求以下人员使用密钥：{ $policy }。提议时间 { $at }；提议将于 { $expires } 失效。
passkey-policy-own-proposal = 此项更改由您提议，须由另一位管理员批准。您可以撤回该提议。
passkey-policy-withdraw = 撤回我的提议
passkey-policy-approved = 更改已获批准，现已生效。
passkey-policy-rejected = 该提议已被驳回；现行规则保持不变。

# Mail to the owner when a key is added or removed (a stolen session must not add one unnoticed).
mail-key-added-subject = { $service }：您的账户新增了一把安全密钥
mail-key-added-body =
    { $name }，您好：

    { $at }，您的 { $service } 账户新增了安全密钥或通行密钥“{ $key }”。

    如系您本人操作，无需处理。如非本人操作，请立即登录，删除该密钥并修改密码，然后告知服务提供方：
    { $link }
mail-key-removed-subject = { $service }：您的账户移除了一把安全密钥
mail-key-removed-body =
    { $name }，您好：

    { $at }，您的 { $service } 账户移除了安全密钥或通行密钥“{ $key }”。

    如系您本人操作，无需处理。如非本人操作，请立即登录，检查您的密钥并修改密码，然后告知服务提供方：
    { $link }
mail-key-renamed-subject = { $service }：您账户中的一把安全密钥已被重命名
mail-key-renamed-body =
    { $name }，您好：

    { $at }，您的 { $service } 账户中的安全密钥或通行密钥“{ $previous }”已重命名为“{ $key }”。

    如系您本人操作，无需处理。如非本人操作，请立即登录，检查您的密钥并修改密码，然后告知服务提供方：
    { $link }
