//! The "My data" page: every section, and nobody else's data.

use super::*;
use crate::both_backends;

both_backends!(my_data_shows_everything_held_about_the_person_and_nothing_of_others,);

async fn my_data_shows_everything_held_about_the_person_and_nothing_of_others(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // Someone else first, with a history of their own.
    let (_, other, _, other_reference) =
        requester_with_history(&app, "other.person@abilenetx.gov", "OTHER-PERSON-SECRET").await;
    app.log_out().await;
    app.advance(Duration::minutes(1));
    let (_, me, _, reference) =
        requester_with_history(&app, "me.myself@abilenetx.gov", "MY-OWN-MESSAGE").await;

    let page = app.get("/account/data").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = page.text().await?;
    for section in [
        "id=\"profile\"",
        "id=\"requests\"",
        "id=\"messages\"",
        "id=\"sign-ins\"",
        "id=\"tokens\"",
        "id=\"audit\"",
        "id=\"export\"",
    ] {
        assert!(html.contains(section), "section {section}");
    }
    // Profile, request, message, token, sign-ins, audit naming me.
    assert!(html.contains("me.myself@abilenetx.gov"));
    assert!(html.contains(&me.pseudonym));
    assert!(html.contains(&reference), "my request");
    assert!(html.contains("MY-OWN-MESSAGE"), "my message");
    assert!(
        html.contains("token of me.myself@abilenetx.gov"),
        "my token"
    );
    // Sign-ins in words; the audit section keeps each action's code beside its words.
    assert!(html.contains("<td>Signed in</td>"), "my sign-ins");
    assert!(
        html.contains("login.succeeded"),
        "the code in my audit entries"
    );
    assert!(
        html.contains("request.submitted") || html.contains("account.signed_up"),
        "audit entries naming me"
    );
    let mine = app
        .store
        .audit_naming(&me.pseudonym, false, 1000, 0)
        .await?;
    assert!(mine.total > 3);
    assert!(mine
        .items
        .iter()
        .all(|r| r.actor == me.pseudonym || r.subject.as_deref() == Some(me.pseudonym.as_str())));
    // Nothing of the other person.
    for theirs in [
        "other.person@abilenetx.gov",
        other.pseudonym.as_str(),
        other_reference.as_str(),
        "OTHER-PERSON-SECRET",
        "token of other.person",
    ] {
        assert!(!html.contains(theirs), "{theirs} must not show");
    }
    // The audit section is paged.
    for i in 0..60 {
        let event = lers_domain::audit::AuditEvent::new(
            app.clock_now(),
            "system",
            lers_domain::audit::AuditAction::LoginFailed,
            lers_domain::audit::Outcome::Failure,
        )
        .subject(me.pseudonym.clone())
        .details(serde_json::json!({"n": i}));
        app.store.record_event(event).await?;
    }
    let first = app.get("/account/data").await.text().await?;
    assert_eq!(first.matches("class=\"audit-entry\"").count(), 50);
    assert!(first.contains("rel=\"next\""));
    let second = app.get("/account/data?page=2").await.text().await?;
    let total = app
        .store
        .audit_naming(&me.pseudonym, false, 1, 0)
        .await?
        .total;
    assert_eq!(
        second.matches("class=\"audit-entry\"").count() as i64,
        (total - 50).min(50)
    );
    // Staff have the page too.
    let (staff, _) = app
        .staff(
            "Sam Staff",
            "sam@provider.example",
            &[lers_domain::account::Role::Reviewer],
        )
        .await;
    let html = staff.get("/account/data").await.text().await?;
    assert!(html.contains("sam@provider.example"));
    assert!(!html.contains("me.myself@abilenetx.gov"));
    // Signed out, there is no page.
    let visitor = TestApp::with_client(&app);
    assert_ne!(visitor.get("/account/data").await.status(), StatusCode::OK);
    Ok(())
}
