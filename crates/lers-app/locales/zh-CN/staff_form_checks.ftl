## 对管理员和响应团队所用表单的检查：域名许可名单、
## 接口端点、工作人员、区域、数据提交及报告。

## 请求方电子邮件域名的许可名单。
form-domain-rule-empty = 条目为空：请填写域名（例如 abilenetx.gov）或后缀规则（例如 *.police.uk）。
form-domain-rule-bare-wildcard = 单独一个“*”将允许所有地址：请填写后缀规则，例如 *.police.uk。
form-domain-rule-misplaced-wildcard = “*”只能位于条目最开头，且其后须紧跟一个点，例如 *.police.uk。
form-domain-rule-suffix-too-broad = 后缀规则在“*.”之后至少须有两个标签（应为 *.police.uk，而非 *.uk）：单个标签即为整个顶级域名，任何人均可在其下注册。
form-domain-rule-non-ascii = 不接受国际字符，因为利用形近字母冒充他人是一种常见手法：请以纯 ASCII 字符填写域名。
form-domain-rule-punycode = 不接受 Punycode 标签（以“xn--”开头），因为此类标签编码的是外观相似的国际字符：请以纯 ASCII 字符填写域名。
form-domain-rule-trailing-dot = 条目以点结尾：请删除末尾的点。
form-domain-rule-empty-label = 条目中含有空标签（两个点相连，或以点开头）：请删除多余的点。
form-domain-rule-invalid-character = 域名只能包含字母 a-z、数字、连字符和点：请仅填写域名本身，而非电子邮件地址或 URL。
form-domain-rule-label-hyphen = 域名中有标签以连字符开头或结尾，DNS 不允许此种写法：请检查拼写。
form-domain-rule-label-too-long = 域名中有标签超过 63 个字符，DNS 不允许此种写法：请检查拼写。
form-domain-rule-too-long = 域名超过 253 个字符，DNS 不允许此种写法：请检查拼写。
form-domain-rule-single-label = 单标签域名（例如“gov”）即为整个顶级域名：请填写完整域名，例如 abilenetx.gov。
form-domain-rule-numeric-tld = 域名的最后一个标签为数字，这表示 IP 地址而非域名：请填写域名。

## 接口端点（ETSI HI-1）。
form-endpoint-country-code = 请以两个字母的 ISO 3166-1 代码填写端点所在国家（欧盟机构填写 EU）。
form-endpoint-identifier = 请按消息中 SenderIdentifier 所载内容，原样填写端点的唯一标识符（不含空格，最多 { $max } 个字符）。
form-endpoint-name = 请在一行内填写机关名称，最多 { $max } 个字符。
form-endpoint-fingerprint = 请填写客户端证书的 SHA-256 指纹：64 位十六进制数字（可含冒号），例如通过 openssl x509 -in cert.pem -outform der | sha256sum 获取。
form-endpoint-public-key = 请填写端点的 Ed25519 公钥：其 32 字节的十六进制形式（64 位）或 base64 形式。
form-endpoint-auth-kind = 请选择端点的认证方式：客户端证书或签名令牌。
form-endpoint-notify-url = 请填写以 https:// 开头的通知地址，或留空。
form-endpoint-contact-email = 请填写该机关负责这些命令的联系人的电子邮件地址。
form-endpoint-role = 请选择端点的代表身份：签发机关或执行机关。
form-endpoint-country = 执行机关须属于本服务提供者所在的成员国（{ $country }）：只有该国的机关才能就在此送达的命令作出决定。
form-endpoint-contact-is-staff = 此地址属于工作人员账户；请填写该机关本身的联系地址。

## 工作人员、受理及注销。
form-staff-roles-missing = 请为新工作人员至少分配一个角色。
form-intake-requester-is-staff = 此地址属于工作人员账户；请填写请求方本人的地址。
form-intake-scan-missing = 登记请求前，请附上法律文书扫描件（PDF）。
form-leaving-staff-account = 工作人员账户删除后将移入回收站，并在永久删除时予以匿名化；不在此处删除。
form-step-up-code-missing = 此操作需要您身份验证器应用中的当前验证码。
form-step-up-key-required = 贵机构要求此步骤使用安全密钥或通行密钥：请触碰您的密钥（代码栏旁的密钥按钮），然后在代码栏留空的情况下提交。
form-step-up-key-register-first = 贵机构要求此步骤使用安全密钥或通行密钥，但您的账户尚未登记任何密钥：请退出登录，重新登录，并在登录后立即登记密钥。

## 谁可以查看案件的哪些部分。
form-field-role-unknown = 请从所列角色中选择一个。
form-field-group-unknown = 请从所列案件部分中选择一项。
form-field-level-unknown = 请选择“隐藏”“查看”或“查看和编辑”。

## 数据区域。
form-region-not-configured = { $region } 不是已配置的区域；请从 { $regions } 中选择一个。
form-region-already-placed = 本请求已在区域 { $region } 中，其文件亦存放于该区域。

## 提交文件及透明度报告。
form-file-name-missing = 请为文件命名（例如 account-export.zip）。
form-file-name-too-long = 文件名最长为 255 字节。
form-production-file-too-large = 单个文件最大为 256 TiB；请将其拆分为多个文件。
form-period-not-begun = 请选择已经开始的期间。
