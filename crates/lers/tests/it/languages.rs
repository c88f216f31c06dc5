//! Pages come in the language the browser asks for: each of the seven languages is
//! negotiated from `Accept-Language` (with a region, with quality values, with an
//! unknown language first), the page says which (`<html lang>`), and its texts are that
//! language's, not English's.

use lers_app::i18n::Tr;

use crate::both_backends;
use crate::harness::*;

both_backends!(pages_come_in_the_language_the_browser_asks_for);

/// (what the browser sends, the language LERS answers in)
const ASKED: [(&str, &str); 9] = [
    ("de-DE,de;q=0.9,en;q=0.5", "de"),
    ("pl", "pl"),
    ("vi-VN", "vi"),
    ("zh-CN,zh;q=0.9", "zh-CN"),
    ("zh", "zh-CN"),
    ("fr-BE,fr;q=0.8", "fr"),
    ("tlh,es-MX;q=0.7", "es"),
    ("en-GB", "en"),
    ("tlh", "en"),
];

/// Messages each public page shows.
const PAGES: [(&str, &str); 3] = [
    ("/", "home-title"),
    ("/login", "nav-sign-in"),
    ("/signup", "nav-sign-up"),
];

async fn pages_come_in_the_language_the_browser_asks_for(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let english = Tr::negotiate(Some("en"));
    for (asked, lang) in ASKED {
        let tr = Tr::negotiate(Some(asked));
        assert_eq!(tr.lang(), lang, "negotiation of {asked}");
        for (path, message) in PAGES {
            let html = app
                .client
                .get(app.url(path))
                .header("accept-language", asked)
                .send()
                .await?
                .text()
                .await?;
            // Texts are HTML-escaped in the page (a French apostrophe, for one).
            let html = html
                .replace("&#x27;", "'")
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
            assert!(
                html.contains(&format!("<html lang=\"{lang}\">")),
                "{path} asked in {asked} does not say lang={lang}"
            );
            let text = tr.get(message);
            assert!(
                lang == "en" || text != english.get(message),
                "{message} is not translated into {lang}"
            );
            assert!(
                html.contains(&text),
                "{path} asked in {asked} lacks {message} ({text})"
            );
        }
    }
    Ok(())
}
