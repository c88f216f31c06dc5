//! A request that cannot be acted on (a dead link, a choice no page offers) is
//! answered 400 in the reader's language, never in the parser's English; the API
//! adds the problem's stable `code`.

use lers_domain::problem::Problem;

use super::*;
use crate::both_backends;

both_backends!(dead_links_and_unknown_choices_are_said_in_the_readers_language);

async fn dead_links_and_unknown_choices_are_said_in_the_readers_language(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let visitor = TestApp::with_client(&app);
    visitor.get("/language?lang=pl&back=%2F").await;

    // A reset link nobody issued.
    let dead = visitor.get("/password/reset?token=not-a-link").await;
    assert_eq!(dead.status(), StatusCode::BAD_REQUEST);
    let html = unescaped(&dead.text().await?);
    said_in_polish_only(&html, &[Problem::new("form-link-unknown")]);
    assert!(html.contains(&tr("pl").get("link-invalid-title")), "{html}");

    // A language LERS does not have, asked for by a Polish reader.
    let unknown = visitor.get("/language?lang=tlh&back=%2F").await;
    assert_eq!(unknown.status(), StatusCode::BAD_REQUEST);
    said_in_polish_only(
        &unknown.text().await?,
        &[Problem::new("form-choose-language")
            .text("language", "tlh")
            .text("languages", "en, de, es, fr, pl, vi, zh-CN")],
    );
    Ok(())
}
