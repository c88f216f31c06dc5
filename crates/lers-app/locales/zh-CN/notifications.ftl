# 工作人员通知与工作量看板（问题 18 §3、§5）。

nav-notifications = 通知
nav-notifications-unread = 通知（{ $count } 条未读）

notify-trigger-assigned = 有案件已分配给您
notify-trigger-requester_replied = 请求方已在您的案件中答复
notify-trigger-clock_75 = 答复期限已过去四分之三
notify-trigger-clock_breached = 答复期限已届满
notify-trigger-preservation_ending = 一项保全将在七天内到期
notify-trigger-eu_form_arrived = 一项欧盟保全令已收到表格 6（延期）或表格 5（调取令随后送达）
notify-trigger-ea_window_ending = 执行机关提出拒绝理由的期限将在一天内届满
notify-trigger-approval_waiting = 有一项审批等待您处理

notifications-title = 通知
notifications-intro = 与您相关的事件：分配给您的案件、请求方的答复、期限、即将到期的保全以及等待审批的事项。逾期案件和紧急案件排在最前。
notifications-empty = 您没有通知。
notifications-col-event = 事件
notifications-col-case = 案件
notifications-col-when = 时间（UTC）
notifications-col-state = 状态
notifications-unread = 未读
notifications-read = 已读
notifications-urgent = 紧急
notifications-mark-read = 标记为已读
notifications-mark-all-read = 全部标记为已读
notifications-settings-link = 选择通过电子邮件接收哪些通知以及接收时间

notifications-settings-title = 通知设置
notifications-settings-intro = 请为每类事件选择立即以电子邮件通知，或汇入每日摘要。所有通知也会显示在控制台中。电子邮件仅包含案件编号和事件类型；案件本身须登录后才能打开。
notifications-settings-always = 期限届满以及与紧急案件有关的任何事件，始终立即以电子邮件通知。
notifications-delivery-immediately = 立即发送电子邮件
notifications-delivery-digest = 每日摘要
notifications-digest-hour = 每日摘要的发送时间（{ $zone }）
notifications-digest-hour-invalid = 请选择 0 至 23 之间的整点。
notifications-settings-save = 保存设置
notifications-settings-saved = 您的通知设置已保存。

mail-notify-subject = { $service }：{ $event }（{ $reference }）
mail-notify-body =
    { $name }，您好：

    { $event }：{ $reference }

    请在控制台中打开该案件（须登录）：
    { $link }

    本邮件不含任何案件内容。您可以在此选择通过电子邮件接收哪些通知以及接收时间：
    { $settings }
mail-digest-subject = { $service }：您 { $day } 的通知
mail-digest-body =
    { $name }，您好：

    自上次摘要以来：

    { $items }

    控制台中的通知（须登录）：
    { $link }

    本邮件不含任何案件内容。您可以在此选择通过电子邮件接收哪些通知以及接收时间：
    { $settings }
mail-digest-item = - { $event }：{ $reference }（{ $link }）

workload-title = 工作量
workload-intro = 您有权查看的案件：您所负责区域的案件；如您的访问权限仅限本人案件，则只统计本人案件。
workload-open-by-status = 按状态统计的未结案件
workload-open-by-kind = 按类型统计的未结案件
workload-open-by-region = 按区域统计的未结案件
workload-col-status = 状态
workload-col-kind = 类型
workload-col-region = 区域
workload-col-count = 未结案件
workload-empty = 没有您有权查看的未结案件。
workload-clocks-title = 期限
workload-due-today = 今日到期（{ $zone }）
workload-overdue = 已逾期
workload-emergencies-waiting = 尚未确认接手且尚未处理的紧急案件
workload-performance-title = 最近 { $days } 天
workload-performance-intro = 首次处理用时：自收到起至首次审查、决定、回电核实或答复的用时中位数。按期决定：在到期前批准或拒绝的案件，占已决定或已逾期案件的比例。
workload-chart-on-time = 按类型统计的收到案件；阴影部分：按期决定
workload-col-received = 已收到
workload-col-first-action = 首次处理用时中位数
workload-col-on-time = 按期决定
workload-minutes = { $minutes } 分钟
workload-share = { $percent }%（{ $settled } 件中 { $on_time } 件）
workload-no-figure = 暂无数据
