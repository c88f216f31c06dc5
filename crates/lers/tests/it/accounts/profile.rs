//! Own details, and an email change confirmed at the new address.

use super::*;
use crate::both_backends;

both_backends!(
    people_correct_their_own_details_but_not_their_email,
    an_admin_moves_an_account_to_a_new_address_once_it_is_confirmed_there,
);

async fn people_correct_their_own_details_but_not_their_email(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("profile@abilenetx.gov").await;
    let page = app.get("/account/profile").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await?;
    assert!(html.contains(&person.email));
    assert!(html.contains("value=\"Abilene Police Department\""));

    let mut fields = signup_fields("attacker@abilenetx.gov");
    for (key, value) in fields.iter_mut() {
        match *key {
            "agency" => *value = "Taylor County Sheriff's Office".into(),
            "phone" => *value = "+1 325 555 0177".into(),
            _ => {}
        }
    }
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = app
        .submit("/account/profile", "/account/profile", &fields)
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = app.get("/dashboard").await.text().await?;
    assert!(html.contains("Taylor County Sheriff"));
    assert!(html.contains("+1 325 555 0177"));
    assert!(
        html.contains(&person.email),
        "the email address did not change"
    );
    assert!(app
        .store
        .account_by_email("attacker@abilenetx.gov")
        .await?
        .is_none());
    let updated = records(&app, "account.profile_updated").await;
    assert_eq!(updated.len(), 1);
    assert_eq!(
        updated[0].details["fields"],
        serde_json::json!(["agency", "phone"])
    );
    assert!(
        !updated[0].details.to_string().contains("555 0177"),
        "no values"
    );

    // The sign-up rules apply: a PO box, a line break in the name.
    let bad = app
        .submit(
            "/account/profile",
            "/account/profile",
            &[
                ("name", "Dana\r\nReyes"),
                ("agency", "Abilene Police Department"),
                ("badge_number", "APD-4471"),
                ("phone", "+1 325 555 0100"),
                ("mailing_address", "PO Box 12, Abilene"),
                ("country", "US"),
                ("subdivision", "TX"),
            ],
        )
        .await;
    assert_eq!(bad.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = bad.text().await?;
    assert!(html.contains("f-name-error") && html.contains("line break"));
    assert!(html.contains("f-mailing_address-error"));

    // Staff edit their name.
    let (staff, _) = app
        .staff("Rita Reviewer", "rita@provider.example", &[Role::Reviewer])
        .await;
    let saved = staff
        .submit(
            "/account/profile",
            "/account/profile",
            &[("name", "Rita M. Reviewer")],
        )
        .await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
    let html = staff.get("/staff").await.text().await?;
    assert!(html.contains("Rita M. Reviewer"));
    assert_eq!(records(&app, "account.profile_updated").await.len(), 2);
    Ok(())
}

async fn an_admin_moves_an_account_to_a_new_address_once_it_is_confirmed_there(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("old.address@abilenetx.gov").await;
    let id = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("account")?
        .id;
    let page = format!("/staff/accounts/{id}/email");
    // Not for requesters.
    assert_eq!(app.get(&page).await.status(), StatusCode::FORBIDDEN);
    app.sign_up("taken@abilenetx.gov").await;

    let (admin, ada) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    assert_eq!(admin.get(&page).await.status(), StatusCode::OK);
    let new = "new.address@abilenetx.gov";
    // The admin's fresh second factor comes first: without it nothing is sent.
    for code in ["", "000000"] {
        let response = admin
            .submit(&page, &page, &[("email", new), ("code", code)])
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
        assert!(response.text().await?.contains("f-code-error"));
    }
    assert!(app.emails_to(new).is_empty(), "no link without a step-up");
    for (bad, expected) in [
        ("dana@gmail.com", "allow-list"),
        ("taken@abilenetx.gov", "already belongs"),
        ("not an address", "f-email-error"),
    ] {
        app.advance(Duration::seconds(30));
        let code = app.code(&ada.secret);
        let response = admin
            .submit(&page, &page, &[("email", bad), ("code", &code)])
            .await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert!(response.text().await?.contains(expected), "{bad}");
    }
    app.advance(Duration::seconds(30));
    let code = app.code(&ada.secret);
    let asked = admin
        .submit(&page, &page, &[("email", new), ("code", &code)])
        .await;
    assert_eq!(asked.status(), StatusCode::SEE_OTHER);
    let link = app.link_in_mail(new, "/account/email/confirm");
    assert!(
        app.emails_to(&person.email)
            .iter()
            .all(|m| !m.contains("/account/email/confirm")),
        "the link goes to the new address only"
    );
    // Nothing changed yet.
    assert!(app.store.account_by_email(&person.email).await?.is_some());
    assert!(app.store.account_by_email(new).await?.is_none());

    let visitor = TestApp::with_client(&app);
    let confirm = visitor.get(&link).await;
    assert_eq!(confirm.status(), StatusCode::OK);
    assert!(confirm.text().await?.contains(new));
    let done = visitor
        .submit(
            &link,
            "/account/email/confirm",
            &[("token", token_of(&link).as_str())],
        )
        .await;
    assert_eq!(done.status(), StatusCode::OK);
    assert!(done.text().await?.contains(new));
    assert!(app.store.account_by_email(&person.email).await?.is_none());
    let moved = app.store.account_by_email(new).await?.ok_or("moved")?;
    assert_eq!(moved.id, id);
    // Once.
    assert_eq!(visitor.get(&link).await.status(), StatusCode::BAD_REQUEST);
    // The old address is told.
    let told = app.emails_to(&person.email);
    assert!(
        told.last()
            .is_some_and(|m| m.contains("was changed to") && m.contains(new)),
        "the old address hears of the change"
    );

    app.log_out().await;
    app.advance(Duration::seconds(30));
    assert_eq!(
        app.log_in(&person.email, PASSWORD, &app.code(&person.secret))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(new, PASSWORD, &app.code(&person.secret)).await,
        "/dashboard",
    );
    assert_eq!(
        records(&app, "account.email_change_requested").await.len(),
        1
    );
    let changed = records(&app, "account.email_changed").await;
    assert_eq!(changed.len(), 1);
    assert_eq!(
        changed[0].subject.as_deref(),
        Some(moved.pseudonym.as_str())
    );
    Ok(())
}
