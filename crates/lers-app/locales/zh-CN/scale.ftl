# Pages that stay fast at scale (issue 16): paged deconfliction, capped counts.
pager-status-more = 第 { $page } 页（共 { $total } 条以上）
naming-title = 指明 { $target } 的请求
naming-lead = 来自任何机构、指明 { $reference } 中该标识符的所有其他请求，按时间由新到旧排列。
naming-back = 返回请求
naming-none = 没有其他请求指明该标识符。
naming-more = 已显示 { $total } 条中的 { $shown } 条
naming-all = 指明该标识符的全部请求
