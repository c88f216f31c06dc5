domains-builtin-title = 内置美国 .gov 名单
domains-builtin-status = LERS 内置 CISA 发布的美国已注册 .gov 域名名单，并已在首次启动时加载：其 { $total } 个条目中有 { $enabled } 个允许注册。停用该名单后，将不再接受来自这些域名的注册；仍可在下方逐条启用或停用单个条目。
domains-builtin-disable = 停用整个内置名单
domains-builtin-enable = 重新启用内置名单
domains-builtin-disabled = 已停用内置名单中的 { $count } 个条目。
domains-builtin-enabled = 已重新启用内置名单中的 { $count } 个条目；此前逐条停用的条目仍保持停用。
