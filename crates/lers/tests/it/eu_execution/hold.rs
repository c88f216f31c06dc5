//! The enforcing-authority hold: held, then released by the clock; released early by
//! "no grounds"; refused for good; an emergency refused after its data was sent.

use super::*;
use crate::both_backends;

both_backends!(
    a_held_epoc_is_released_when_the_ea_window_ends,
    an_ea_refusal_stops_release_for_good,
    no_grounds_releases_early,
    partial_grounds_keep_earlier_productions_held,
    an_emergency_refused_after_sending_tells_the_authority_to_delete,
);

async fn a_held_epoc_is_released_when_the_ea_window_ends(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let filed_at = app.clock_now();
    let team = EuTeam::new(&app).await;
    let id = approved_epoc(&app, &team, &requester, json!({})).await;
    let (producer, production, download) = uploaded(&app, &id).await?;

    // The console says the data is held, and until when.
    let until = filed_at.plus(Duration::days(10)).to_string();
    let console = team
        .reviewer
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(
        console.contains(&format!("held until {until} (EA window)")),
        "{until}"
    );
    // Delivering while held is allowed; the requester waits for the release.
    assert_eq!(
        deliver(&producer, &id, &production).await.status(),
        StatusCode::SEE_OTHER
    );
    app.eu_requester_signs_in(&requester).await;
    assert!(requester_page(&app, &id)
        .await?
        .contains(&format!("held until {until} (EA window)")));
    let held = app.get(&download).await;
    assert_eq!(held.status(), StatusCode::CONFLICT);
    let refusal = held.text().await?;
    assert!(
        refusal.contains("Held for the enforcing authority until ")
            && refusal.contains(" (EA window); the files can be downloaded after that"),
        "{refusal}"
    );

    // One second before the window ends it is still held; at its end it is released,
    // with no job: the clock alone decides.
    app.clock.set(
        filed_at
            .plus(Duration::days(10))
            .minus(Duration::seconds(31)),
    );
    app.eu_requester_signs_in(&requester).await;
    assert_eq!(app.get(&download).await.status(), StatusCode::CONFLICT);
    app.clock.set(filed_at.plus(Duration::days(10)));
    app.eu_requester_signs_in(&requester).await;
    let released = app.get(&download).await;
    assert_eq!(released.status(), StatusCode::OK);
    assert_eq!(
        released.bytes().await?.as_ref(),
        b"when,from,to\n2026-03-01,a,b\n"
    );
    assert!(requester_page(&app, &id).await?.contains("released"));
    Ok(())
}

async fn an_ea_refusal_stops_release_for_good(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let team = EuTeam::new(&app).await;
    let id = approved_epoc(&app, &team, &requester, json!({})).await;
    let (producer, production, _) = uploaded(&app, &id).await?;

    // Only reviewers and approvers record the EA's decision.
    let page = format!("/staff/requests/{id}");
    let refusal = [
        ("ea_decision", "full_refusal"),
        ("ea_ground", "fundamental_rights"),
    ];
    let by_producer = producer
        .browser
        .submit(&page, &format!("{page}/eu/ea-decision"), &refusal)
        .await;
    assert_eq!(by_producer.status(), StatusCode::FORBIDDEN);
    // A refusal names its Art 12 ground.
    let bare = team
        .eu_form(&id, "ea-decision", &[("ea_decision", "full_refusal")])
        .await;
    assert_eq!(bare.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bare.text().await?.contains("Choose the Art 12 ground"));
    let recorded = team.eu_form(&id, "ea-decision", &refusal).await;
    assert!(location(&recorded).ends_with("#eu-order"));
    // One decision per order.
    let again = team
        .eu_form(&id, "ea-decision", &[("ea_decision", "no_grounds")])
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // Nothing is delivered, even after the window.
    app.advance(Duration::days(11));
    producer
        .browser
        .log_in(
            &producer.person.email,
            PASSWORD,
            &app.code(&producer.person.secret),
        )
        .await;
    let delivered = deliver(&producer, &id, &production).await;
    assert_eq!(delivered.status(), StatusCode::CONFLICT);
    assert!(delivered
        .text()
        .await?
        .contains("Refused by the enforcing authority: this data is never released."));
    // A producer (no Messages) sees that the authority decided, not what it said.
    let console = producer
        .browser
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(
        console.contains("Enforcing authority&#39;s decision</li>"),
        "{console}"
    );
    assert!(!console.contains("Refused by the enforcing authority — Manifest"));
    assert!(!console.contains("timeline-eu_ea_decision"));
    app.eu_requester_signs_in(&requester).await;
    let html = requester_page(&app, &id).await?;
    assert!(html.contains("refused by the EA; the data is never released"));
    assert!(
        html.contains(
            "Refused by the enforcing authority — Manifest breach of a fundamental right"
        ) && !html.contains("fundamental_rights"),
        "the timeline says so"
    );
    Ok(())
}

async fn no_grounds_releases_early(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let team = EuTeam::new(&app).await;
    let id = approved_epoc(&app, &team, &requester, json!({})).await;
    let (producer, production, download) = uploaded(&app, &id).await?;
    assert_eq!(
        deliver(&producer, &id, &production).await.status(),
        StatusCode::SEE_OTHER
    );
    app.advance(Duration::days(2));
    team.reviewer_signs_in(&app).await;
    let recorded = team
        .eu_form(&id, "ea-decision", &[("ea_decision", "no_grounds")])
        .await;
    assert!(location(&recorded).ends_with("#eu-order"));
    app.eu_requester_signs_in(&requester).await;
    let early = app.get(&download).await;
    assert_eq!(early.status(), StatusCode::OK, "{}", early.text().await?);
    let html = requester_page(&app, &id).await?;
    assert!(html.contains("Release of the data:</strong> released"));
    assert!(html
        .contains("The enforcing authority found no grounds for refusal: the data is released."));
    Ok(())
}

async fn an_emergency_refused_after_sending_tells_the_authority_to_delete(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let team = EuTeam::new(&app).await;
    let id = approved_epoc(&app, &team, &requester, json!({"emergency": true})).await;
    // Produced within the 8 hours: the data goes out although the EA may refuse.
    app.advance(Duration::hours(2));
    let (producer, production, download) = uploaded(&app, &id).await?;
    assert_eq!(
        deliver(&producer, &id, &production).await.status(),
        StatusCode::SEE_OTHER
    );
    app.eu_requester_signs_in(&requester).await;
    assert!(requester_page(&app, &id)
        .await?
        .contains("emergency: may be produced now"));
    assert_eq!(app.get(&download).await.status(), StatusCode::OK);
    let mails_before = app.emails_to(&requester.person.email).len();

    // The EA refuses within its 96 hours.
    app.advance(Duration::hours(60));
    team.reviewer_signs_in(&app).await;
    let refused = team
        .eu_form(
            &id,
            "ea-decision",
            &[
                ("ea_decision", "full_refusal"),
                ("ea_ground", "ne_bis_in_idem"),
            ],
        )
        .await;
    assert!(location(&refused).ends_with("#eu-order"));
    let console = team
        .reviewer
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(console.contains("Data had already been sent"));
    assert!(console
        .contains("Data was already sent: the issuing authority must delete or restrict it."));

    // The issuing authority is told on the request, and by a mail without content.
    app.eu_requester_signs_in(&requester).await;
    let html = requester_page(&app, &id).await?;
    assert!(html.contains("delete it, or restrict its use"));
    let mails = app.emails_to(&requester.person.email);
    assert!(mails.len() > mails_before);
    let last = mails.last().ok_or("mail")?;
    assert!(last.contains("new message") && !last.contains("restrict"));
    // No more downloads.
    assert_eq!(app.get(&download).await.status(), StatusCode::CONFLICT);
    Ok(())
}

async fn partial_grounds_keep_earlier_productions_held(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let team = EuTeam::new(&app).await;
    let id = approved_epoc(&app, &team, &requester, json!({})).await;
    let (producer, production, early_download) = uploaded(&app, &id).await?;
    assert_eq!(
        deliver(&producer, &id, &production).await.status(),
        StatusCode::SEE_OTHER
    );
    app.advance(Duration::days(2));
    team.reviewer_signs_in(&app).await;
    let recorded = team
        .eu_form(
            &id,
            "ea-decision",
            &[
                ("ea_decision", "partial_grounds"),
                ("ea_ground", "dual_criminality"),
                ("ea_data", "the content of the messages"),
            ],
        )
        .await;
    assert!(location(&recorded).ends_with("#eu-order"));

    // What was delivered before the decision may hold the covered data: still held.
    app.advance(Duration::hours(1));
    app.eu_requester_signs_in(&requester).await;
    let held = app.get(&early_download).await;
    assert_eq!(held.status(), StatusCode::CONFLICT);
    assert!(held.text().await?.contains("partial grounds"));

    // (A production delivered after the decision is released: the domain's
    // `after_partial_grounds_only_productions_delivered_later_are_released`.)
    Ok(())
}
