//! Reading what a page answered: CSRF tokens, hidden fields, redirects, mail text.

use super::*;

/// Undoes quoted-printable (RFC 2045 §6.7), which mail uses for lines over 76
/// characters: soft breaks `=\r\n` vanish and `=XX` becomes the byte XX.
pub fn decode_quoted_printable(text: &str) -> String {
    let joined = text.replace("=\r\n", "").replace("=\n", "");
    let bytes = joined.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A mail as text: the headers as they are, and the body decoded from base64 (which
/// lettre picks for text mostly outside ASCII, e.g. Vietnamese) or quoted-printable.
pub fn mail_text(raw: &str) -> String {
    use base64::Engine as _;
    let split = raw
        .split_once("\r\n\r\n")
        .or_else(|| raw.split_once("\n\n"));
    if let Some((head, body)) = split.filter(|(head, _)| {
        head.contains("Content-Transfer-Encoding: base64") && !head.contains("multipart/")
    }) {
        let compact: String = body.split_whitespace().collect();
        if let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(compact) {
            return format!("{head}\r\n\r\n{}", String::from_utf8_lossy(&bytes));
        }
    }
    decode_quoted_printable(raw)
}

/// The value of the first hidden `csrf` field in a page.
pub fn csrf_token(html: &str) -> Option<String> {
    hidden_value(html, "csrf")
}

pub fn hidden_value(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

/// Where a redirect points.
pub fn location(response: &Response) -> String {
    response
        .headers()
        .get(reqwest::header::LOCATION)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

pub fn assert_redirect(response: &Response, to: &str) {
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "expected a redirect to {to}"
    );
    assert_eq!(location(response), to);
}

/// Something that browses LERS: the test app's own client or a second browser.
pub trait Web {
    async fn get(&self, path: &str) -> Response;
    async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response;
}

impl Web for TestApp {
    async fn get(&self, path: &str) -> Response {
        TestApp::get(self, path).await
    }
    async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        TestApp::submit(self, page, action, fields).await
    }
}

impl Web for Browser<'_> {
    async fn get(&self, path: &str) -> Response {
        Browser::get(self, path).await
    }
    async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        Browser::submit(self, page, action, fields).await
    }
}
