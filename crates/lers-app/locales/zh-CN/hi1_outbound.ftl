# What LERS sent back over HI-1 (ETSI TS 103 120) to the endpoint an order came from:
# the panel on the console page of the request.
hi1-outbound-title = 发往签发机关系统的消息（HI-1）
hi1-outbound-intro = 状态变更、表格 3 答复和交付内容将发送至该端点的通知 URL，并持续重试，直至对方接收。
hi1-outbound-col-created = 存储时间
hi1-outbound-col-about = 事由
hi1-outbound-col-state = 状态
hi1-outbound-col-attempts = 尝试次数
hi1-outbound-col-detail = 详情
hi1-outbound-state-queued = 排队中
hi1-outbound-state-delivered = 已送达
hi1-outbound-state-failing = 尚未送达
hi1-outbound-delivered-at = 已于 { $at } 接收
hi1-outbound-transaction = 事务 { $id }
