# Error pages (issue 17): what went wrong and what to do, for readers of every language.
error-not-found = 找不到此页面。地址可能有误，或其内容已被删除、不在您的查看权限之内。
error-forbidden = 您的账户无权执行此操作。如您认为应当有此权限，请联系服务提供方的管理员。
error-bad-request = 无法处理该请求。请返回检查所填内容后重试。
error-conflict = 目前无法执行：自页面加载以来，案件状态已发生变化。请刷新页面查看最新状态。
error-internal = 我方系统出现错误。请重试；如问题持续，请告知服务提供方。
error-integrity = 一个已存储的文件未通过完整性校验，因此未交付任何内容。已通知服务提供方。
error-gone = 该内容已不可用，例如下载期限已过的文件。
error-unavailable = 服务暂时无法执行此操作。您提交的内容均未丢失，请稍后重试。
error-audit-refusing = 审计日志暂时无法记录操作，因此未执行此操作。服务提供方的管理员须先检查该日志，请稍后重试。
error-csrf = 表单已过期或来自其他网站。请刷新页面后重试。
error-domain-not-admitted = 您所在机构的域名已不再获准使用。请联系服务提供方。
error-sign-in = 请登录后继续。
