//! The profile keeps a language and a time zone; the switcher saves to it.

use super::*;
use crate::both_backends;

both_backends!(
    the_profile_keeps_a_language_and_a_time_zone,
    the_switcher_saves_a_signed_in_persons_choice_in_the_profile,
    my_data_names_statuses_and_relations_in_the_readers_language,
    a_link_without_a_zone_takes_the_browsers,
);

/// An invitation (or a sign-up made without script) carries no time zone: the
/// password page sends the browser's, which becomes the profile's; a chosen one stays.
async fn a_link_without_a_zone_takes_the_browsers(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (link, token) = app.open_verification("tokyo@abilenetx.gov").await;
    let page = app.get(&link).await.text().await?;
    assert!(page.contains("name=\"time_zone\" value=\"\" data-browser-zone"));
    let set = app
        .submit(
            &link,
            "/verify",
            &[
                ("token", token.as_str()),
                ("password", PASSWORD),
                ("password_confirm", PASSWORD),
                ("time_zone", "Asia/Tokyo"),
            ],
        )
        .await;
    assert_redirect(&set, "/mfa/enroll");
    let who = account(&app, "tokyo@abilenetx.gov").await;
    assert_eq!(who.locale.time_zone.as_deref(), Some("Asia/Tokyo"));
    Ok(())
}

/// The "my data" page lists one's requests with their status and one's part in each,
/// in words of the reader's language (the stored codes are English words).
async fn my_data_names_statuses_and_relations_in_the_readers_language(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("polski@abilenetx.gov").await;
    app.file_request("user_data", None).await;
    choose(&app, &person.email, "pl", "Europe/Warsaw").await;
    let html = unescaped(&app.get("/account/data").await.text().await?);
    let polish = tr("pl");
    for words in [
        polish.label("status", "submitted"),
        polish.get("mydata-relation-owner"),
    ] {
        assert!(
            html.contains(&format!("<td>{words}</td>")),
            "{words}: {html}"
        );
    }
    for code in ["submitted", "owner"] {
        assert!(
            !html.contains(&format!("<td>{code}</td>")),
            "{code} shown raw"
        );
    }
    Ok(())
}

async fn the_profile_keeps_a_language_and_a_time_zone(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // Sign-up keeps the page's language and the zone the browser's script filled in.
    let person = app
        .sign_up_with("zones@abilenetx.gov", &[("time_zone", "Europe/Warsaw")])
        .await;
    let signed_up = account(&app, &person.email).await;
    assert_eq!(signed_up.locale, locale("en", "Europe/Warsaw"));
    assert_eq!(
        app.state.account_locale(signed_up.id).await?,
        signed_up.locale
    );
    assert!(
        records(&app, "account.profile_updated").await.is_empty(),
        "part of the audited sign-up"
    );
    let page = app.get("/account/profile").await.text().await?;
    assert!(page.contains("<option value=\"Europe/Warsaw\" selected>"));
    assert!(page.contains("<option value=\"en\" lang=\"en\" selected>"));
    assert!(page.contains("<script src=\"/static/locale.js\" defer>"));

    let mut fields = signup_fields(&person.email);
    fields.retain(|(k, _)| *k != "email");
    let with = |language: &str, zone: &str| {
        let mut all: Vec<(&str, String)> = fields.clone();
        all.push(("language", language.into()));
        all.push(("time_zone", zone.into()));
        all
    };
    let post = |all: Vec<(&'static str, String)>| {
        let app = &app;
        async move {
            let all: Vec<(&str, &str)> = all.iter().map(|(k, v)| (*k, v.as_str())).collect();
            app.submit("/account/profile", "/account/profile", &all)
                .await
        }
    };

    // A zone the database does not know is refused, saying which and what to do.
    let refused = post(with("pl", "Mars/Olympus_Mons")).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = unescaped(&refused.text().await?);
    let said = tr("en").with(
        "locale-time-zone-unknown",
        &[("zone", "Mars/Olympus_Mons".into())],
    );
    assert!(
        html.contains("f-time_zone-error") && html.contains(&said),
        "{said}"
    );
    assert!(
        said.contains("Europe/Warsaw"),
        "the message gives an example"
    );
    // A language LERS does not have, likewise.
    let refused = post(with("tlh", "Europe/Warsaw")).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = unescaped(&refused.text().await?);
    assert!(html.contains(&tr("en").get("locale-language-unknown")));
    assert_eq!(
        account(&app, &person.email).await.locale,
        locale("en", "Europe/Warsaw"),
        "nothing refused was kept"
    );

    // Polish and Ho Chi Minh City: saved, audited by field name, said in Polish.
    let saved = post(with("pl", "Asia/Ho_Chi_Minh")).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let next = app
        .client
        .get(app.url(&location(&saved)))
        .header("accept-language", "en")
        .send()
        .await?
        .text()
        .await?;
    assert!(next.contains("<html lang=\"pl\">"), "the profile wins");
    assert!(unescaped(&next).contains(&tr("pl").get("profile-saved")));
    assert!(next.contains("<option value=\"Asia/Ho_Chi_Minh\" selected>"));
    let stored = account(&app, &person.email).await;
    assert_eq!(stored.locale, locale("pl", "Asia/Ho_Chi_Minh"));
    let updated = records(&app, "account.profile_updated").await;
    assert_eq!(updated.len(), 1);
    assert_eq!(
        updated[0].details["fields"],
        serde_json::json!(["language", "time_zone"])
    );

    // Kept: another browser, asking for German with French chosen before signing
    // in, gets Polish.
    app.advance(Duration::seconds(30));
    let elsewhere = TestApp::with_client(&app);
    elsewhere.get("/language?lang=fr&back=%2F").await;
    let signed_in = elsewhere
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    assert_eq!(signed_in.status(), StatusCode::SEE_OTHER);
    let dashboard = elsewhere
        .client
        .get(app.url("/dashboard"))
        .header("accept-language", "de")
        .send()
        .await?
        .text()
        .await?;
    assert!(dashboard.contains("<html lang=\"pl\">"));

    // Saving the same again changes nothing: one entry, as for any unchanged save.
    assert_eq!(
        post(with("pl", "Asia/Ho_Chi_Minh")).await.status(),
        StatusCode::SEE_OTHER
    );
    let updated = records(&app, "account.profile_updated").await;
    assert_eq!(updated.len(), 2);
    assert!(updated
        .iter()
        .any(|r| r.details["fields"] == serde_json::json!([])));
    Ok(())
}

async fn the_switcher_saves_a_signed_in_persons_choice_in_the_profile(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("switcher@abilenetx.gov").await;
    assert_eq!(account(&app, &person.email).await.locale.time_zone, None);

    // A visitor's choice touches no account.
    let visitor = TestApp::with_client(&app);
    let chosen = visitor.get("/language?lang=de&back=%2F").await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    assert!(records(&app, "account.profile_updated").await.is_empty());

    // The signed-in person's choice goes to the profile, audited as a profile change.
    let chosen = app.get("/language?lang=vi&back=%2Fdashboard").await;
    assert_eq!(chosen.status(), StatusCode::SEE_OTHER);
    assert_eq!(location(&chosen), "/dashboard");
    let stored = account(&app, &person.email).await;
    assert_eq!(stored.locale.language.as_deref(), Some("vi"));
    assert_eq!(stored.locale.time_zone, None, "the zone is left alone");
    let updated = records(&app, "account.profile_updated").await;
    assert_eq!(updated.len(), 1);
    assert_eq!(
        updated[0].details["fields"],
        serde_json::json!(["language"])
    );
    assert_eq!(updated[0].actor, stored.pseudonym);

    // On another browser, without the cookie, the person reads Vietnamese.
    app.advance(Duration::seconds(30));
    let elsewhere = TestApp::with_client(&app);
    elsewhere
        .log_in(&person.email, &person.password, &app.code(&person.secret))
        .await;
    let page = elsewhere
        .client
        .get(app.url("/dashboard"))
        .header("accept-language", "de")
        .send()
        .await?
        .text()
        .await?;
    assert!(page.contains("<html lang=\"vi\">"));
    assert!(unescaped(&page).contains(&tr("vi").get("nav-sign-out")));
    Ok(())
}
