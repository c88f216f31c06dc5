//! The language switcher at the foot of every page: one link per language LERS
//! speaks, each leading to `/language` (`routes::language`), which keeps the choice in
//! a cookie and comes back to the same page.

use lers_app::i18n::{Tr, LANGUAGES};

/// How long the choice is kept: a year.
pub const KEPT_SECONDS: i64 = 365 * 24 * 3600;

/// One language as the switcher offers it.
pub struct LanguageLink {
    pub tag: &'static str,
    /// The language's name in itself.
    pub name: &'static str,
    pub href: String,
    /// The language this page is in.
    pub current: bool,
}

/// The switcher's links on the page at `path` (path and query), shown in `tr`'s
/// language.
pub fn links(tr: &Tr, path: &str) -> Vec<LanguageLink> {
    let back: String = form_urlencoded::byte_serialize(path.as_bytes()).collect();
    let current = tr.lang();
    LANGUAGES
        .iter()
        .map(|(tag, name)| LanguageLink {
            tag,
            name,
            href: format!("/language?lang={tag}&back={back}"),
            current: current == *tag,
        })
        .collect()
}

/// `back` if it is a path on this site, otherwise the home page: the switcher must not
/// send anyone elsewhere (`//host`, `/\host` and absolute URLs are other sites).
pub fn local_path(back: Option<&str>) -> String {
    match back {
        Some(path)
            if path.starts_with('/')
                && !path.starts_with("//")
                && !path.starts_with("/\\")
                && path.len() <= 2048
                && !path.chars().any(char::is_control) =>
        {
            path.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_paths_on_this_site_are_followed() {
        assert_eq!(local_path(Some("/requests?page=2")), "/requests?page=2");
        for elsewhere in [
            "//evil.example/x",
            "/\\evil.example",
            "https://evil.example/",
            "javascript:alert(1)",
            "/x\r\nSet-Cookie: a=b",
            "",
        ] {
            assert_eq!(local_path(Some(elsewhere)), "/", "{elsewhere:?}");
        }
        assert_eq!(local_path(None), "/");
    }

    #[test]
    fn links_come_back_to_the_page_and_mark_the_current_language() {
        let links = links(&Tr::negotiate(Some("vi")), "/requests?status=open&page=2");
        assert_eq!(links.len(), LANGUAGES.len());
        let vi = links.iter().find(|l| l.tag == "vi").map(|l| l.current);
        assert_eq!(vi, Some(true));
        assert_eq!(links.iter().filter(|l| l.current).count(), 1);
        assert!(links[0]
            .href
            .ends_with("&back=%2Frequests%3Fstatus%3Dopen%26page%3D2"));
    }
}
