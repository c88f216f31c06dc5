//! Pages come in the language the browser asks for: each of the seven languages is
//! negotiated from `Accept-Language` (with a region, with quality values, with an
//! unknown language first), the page says which (`<html lang>`), and its texts are that
//! language's, not English's. A language chosen with the switcher at the foot of every
//! page is kept in a cookie and wins over the browser's.

use lers_app::i18n::Tr;

use crate::both_backends;
use crate::harness::*;

both_backends!(
    pages_come_in_the_language_the_browser_asks_for,
    the_switcher_keeps_a_chosen_language_and_comes_back_only_to_this_site
);

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

async fn the_switcher_keeps_a_chosen_language_and_comes_back_only_to_this_site(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    // The foot of the page offers every language by its own name, the page's marked.
    let page = client
        .get(app.url("/login"))
        .header("accept-language", "de")
        .send()
        .await?
        .text()
        .await?;
    for (tag, name) in lers_app::i18n::LANGUAGES {
        assert!(
            page.contains(&format!("lang=\"{tag}\" hreflang=\"{tag}\"")) && page.contains(name),
            "the switcher lacks {tag}"
        );
    }
    assert!(page.contains("lang=\"de\" hreflang=\"de\" aria-current=\"true\""));

    // Choosing Polish keeps it for a year and comes back to the page.
    let chosen = client
        .get(app.url("/language?lang=pl&back=%2Fsignup"))
        .send()
        .await?;
    assert_eq!(chosen.status(), reqwest::StatusCode::SEE_OTHER);
    assert_eq!(
        chosen
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("/signup")
    );
    let cookie = chosen
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("lers_lang="))
        .ok_or("no language cookie")?
        .to_owned();
    assert!(cookie.starts_with("lers_lang=pl;") && cookie.contains("Max-Age=31536000"));
    // Lax: the choice holds on a page opened from a link in an e-mail.
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");

    // A page shown in answer to a form (sign-up refused: no address) offers to come
    // back home, not to the POST's address.
    let refused = app.submit_sign_up("not an address").await.text().await?;
    assert!(
        refused.contains("hreflang"),
        "the refused form has the switcher"
    );
    assert!(
        refused.contains("back=%2F\"") && !refused.contains("back=%2Fsignup"),
        "a POST page's switcher goes back to /"
    );

    // The choice wins over the browser's language.
    let polish = client
        .get(app.url("/signup"))
        .header("accept-language", "de")
        .header("cookie", "lers_lang=pl")
        .send()
        .await?
        .text()
        .await?;
    assert!(polish.contains("<html lang=\"pl\">"));
    let sign_up = Tr::exact("pl").ok_or("Polish")?.get("nav-sign-up");
    assert!(polish.contains(&sign_up), "{sign_up}");

    // Another site is never where the switcher sends anyone.
    for elsewhere in [
        "%2F%2Fevil.example%2F",
        "https%3A%2F%2Fevil.example%2F",
        "%2F%5Cevil.example",
    ] {
        let answer = client
            .get(app.url(&format!("/language?lang=fr&back={elsewhere}")))
            .send()
            .await?;
        assert_eq!(
            answer
                .headers()
                .get("location")
                .and_then(|v| v.to_str().ok()),
            Some("/"),
            "{elsewhere}"
        );
    }

    // A language LERS does not have is refused with the list of those it has.
    let unknown = client
        .get(app.url("/language?lang=tlh&back=%2F"))
        .send()
        .await?;
    assert_eq!(unknown.status(), reqwest::StatusCode::BAD_REQUEST);
    assert!(
        !unknown
            .headers()
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .any(|c| c.starts_with("lers_lang=")),
        "a refused choice sets no cookie"
    );
    let said = unknown.text().await?;
    assert!(
        said.contains("Choose one of: en, de, es, fr, pl, vi, zh-CN"),
        "{said}"
    );
    Ok(())
}
