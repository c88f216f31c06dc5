# Load shedding and rate limits (answers given instead of serving a request).
operations-busy = LERS 当前繁忙，未处理本次请求。请在 { $seconds } 秒后重试。紧急请求始终会被接收。
operations-token-rate = 该 API 令牌发送的请求过多。本次请求未被处理；请在 { $seconds } 秒后重试。
operations-address-rate = 来自您地址的 API 请求过多。本次请求未被处理；请在 { $seconds } 秒后重试。
operations-address-busy = 来自您地址的登录请求正在处理中。本次请求未被处理；请在 { $seconds } 秒后重试。
