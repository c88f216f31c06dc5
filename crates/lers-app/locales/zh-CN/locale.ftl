## The language and time zone kept in the profile (issue 17).

profile-locale-legend = 语言和时区
field-language = 语言
field-language-hint = 页面以及 LERS 发送给您的电子邮件均使用此语言。
field-time-zone = 时区
field-time-zone-hint = 日期和时间按此时区显示。系统建议使用浏览器的时区；如无法获取，则使用 UTC。
locale-language-unknown = 请从列表中选择一种语言。
locale-time-zone-unknown = “{ $zone }”不是 LERS 可识别的时区。请从列表中选择时区，例如 Asia/Shanghai 或 Europe/Warsaw。
