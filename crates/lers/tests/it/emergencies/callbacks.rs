//! Call-backs: suspensions, withdrawn requests, second confirmations of risky emergencies.

use super::*;
use crate::both_backends;

both_backends!(
    a_failed_callback_suspends_only_on_an_emergency_under_review,
    messages_stop_when_a_request_is_withdrawn,
    a_risky_emergency_needs_a_second_staff_member_to_confirm_the_callback,
);

async fn a_failed_callback_suspends_only_on_an_emergency_under_review(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let victim = app.sign_up("clerk@abilenetx.gov").await;
    let (routine, _) = app.file_request("user_data", None).await;
    app.log_out().await;
    let forger = app.sign_up("forger@abilenetx.gov").await;
    let (emergency, reference) = app.file_request("emergency", None).await;
    let (other_open, other_reference) = app.file_request("preservation", None).await;
    app.log_out().await;
    let (intake, _) = app
        .staff("Ines Intake", "ines@provider.example", &[Role::Intake])
        .await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;

    // Intake cannot disable a requester through an ordinary request ...
    let page = format!("/staff/requests/{routine}");
    let refused = intake
        .submit(
            &page,
            &format!("{page}/callback"),
            &callback("+1 325 676 6600", "failed"),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("only on emergency requests"));
    // ... nor through an emergency nobody has started to review.
    let page = format!("/staff/requests/{emergency}");
    let refused = intake
        .submit(
            &page,
            &format!("{page}/callback"),
            &callback("+1 325 676 6600", "failed"),
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("under review"));
    for email in [&victim.email, &forger.email] {
        let account = app.store.account_by_email(email).await?.ok_or("account")?;
        assert_eq!(account.status.as_str(), "active", "{email} untouched");
    }
    assert_eq!(audited(&app, "account.suspended").await, 0);

    // Under review, a failed call-back suspends the forger: sessions end at once.
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&forger.email, &forger.password, &app.code(&forger.secret))
            .await,
        "/dashboard",
    );
    review_started(&reviewer, &page).await;
    let done = intake
        .submit(
            &page,
            &format!("{page}/callback"),
            &[
                ("callback_phone", "+1 325 676 6600"),
                ("number_source", "agency website"),
                ("answered_by", "Watch commander"),
                ("callback_result", "failed"),
                ("callback_note", "Nobody named Dana Reyes works here"),
            ],
        )
        .await;
    assert_eq!(done.status(), StatusCode::SEE_OTHER);
    assert_redirect(&app.get("/dashboard").await, "/login");
    let account = app
        .store
        .account_by_email(&forger.email)
        .await?
        .ok_or("account")?;
    assert_eq!(account.status.as_str(), "disabled");
    assert_eq!(audited(&app, "account.suspended").await, 1);

    // Their other open requests are flagged in the queue and on the request page.
    let queue = intake.get("/staff/queue").await.text().await?;
    let row = queue
        .split("<tr")
        .find(|r| r.contains(&other_reference))
        .ok_or("flagged request listed")?;
    assert!(row.contains("requester suspended"));
    let clean = queue
        .split("<tr")
        .find(|r| !r.contains(&other_reference) && r.contains("LERS-"))
        .ok_or("other request listed")?;
    assert!(!clean.contains("requester suspended") || clean.contains(&reference));
    let other_page = intake
        .get(&format!("/staff/requests/{other_open}"))
        .await
        .text()
        .await?;
    assert!(other_page.contains("id=\"requester-suspended\"") && other_page.contains(&reference));

    // Admins see the cause and lift the suspension, audited.
    let accounts = admin.get("/staff/accounts").await.text().await?;
    assert!(accounts.contains("id=\"suspensions\""));
    for cause in [
        reference.as_str(),
        "+13256766600",
        "Ines Intake",
        forger.email.as_str(),
        "Nobody named Dana Reyes works here",
    ] {
        assert!(accounts.contains(cause), "cause shows {cause}");
    }
    let lift = format!("/staff/accounts/{}/lift-suspension", account.id);
    let no_note = admin
        .submit("/staff/accounts", &lift, &[("note", " ")])
        .await;
    assert_eq!(no_note.status(), StatusCode::BAD_REQUEST);
    let lifted = admin
        .submit(
            "/staff/accounts",
            &lift,
            &[("note", "Verified in person: the mailbox was recovered")],
        )
        .await;
    assert_eq!(lifted.status(), StatusCode::SEE_OTHER);
    let account = app
        .store
        .account_by_email(&forger.email)
        .await?
        .ok_or("account")?;
    assert_eq!(account.status.as_str(), "active");
    assert_eq!(audited(&app, "account.suspension_lifted").await, 1);
    let accounts = admin.get("/staff/accounts").await.text().await?;
    assert!(
        accounts.contains("Verified in person: the mailbox was recovered")
            && accounts.contains("Ada Admin")
    );
    let again = admin
        .submit("/staff/accounts", &lift, &[("note", "twice")])
        .await;
    assert_eq!(again.status(), StatusCode::CONFLICT);
    let queue = intake.get("/staff/queue").await.text().await?;
    assert!(
        !queue.contains("requester suspended"),
        "flags go with the suspension"
    );
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&forger.email, &forger.password, &app.code(&forger.secret))
            .await,
        "/dashboard",
    );
    Ok(())
}

async fn messages_stop_when_a_request_is_withdrawn(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("dana@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let (id, _) = app.file_request("user_data", None).await;
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    let withdrawn = app
        .submit(
            &format!("/requests/{id}"),
            &format!("/requests/{id}/withdraw"),
            &[("reason", "Filed twice by mistake")],
        )
        .await;
    assert_eq!(withdrawn.status(), StatusCode::SEE_OTHER);
    // The page no longer offers a message form, and a posted message is refused.
    let detail = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(!detail.contains(&format!("action=\"/requests/{id}/messages\"")));
    let token_field = csrf_token(&html).ok_or("csrf")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token_field)
        .text("body", "One more thing");
    let refused = app
        .client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert!(refused.text().await?.contains("takes no more messages"));
    // The API says the same.
    let api = app
        .api(
            reqwest::Method::POST,
            &format!("/api/v1/requests/{id}/messages"),
            &token,
        )
        .json(&json!({"body": "One more thing"}))
        .send()
        .await?;
    assert_eq!(api.status(), StatusCode::CONFLICT);
    let body: Value = api.json().await?;
    assert!(body["error"].as_str().unwrap_or("").contains("withdrawn"));
    assert_eq!(body["code"], "form-refusal-access-closed-to-messages");

    // Staff cannot reply either; an internal note is still possible.
    let (intake, _) = app
        .staff("Ines Intake", "ines@provider.example", &[Role::Intake])
        .await;
    let page = format!("/staff/requests/{id}");
    let reply = intake
        .submit(
            &page,
            &format!("{page}/messages"),
            &[("body", "Noted, thanks")],
        )
        .await;
    assert_eq!(reply.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(reply.text().await?.contains("takes no more replies"));
    let note = intake
        .submit(
            &page,
            &format!("{page}/messages"),
            &[("body", "Duplicate of the other one"), ("internal", "on")],
        )
        .await;
    assert_eq!(note.status(), StatusCode::SEE_OTHER);
    let owner = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("owner")?;
    let record = app.store.request_for(&owner, &id).await?.ok_or("request")?;
    let messages = app.store.messages(&record.summary).await?;
    assert!(
        messages.is_empty(),
        "nothing reached the thread: {messages:?}"
    );
    Ok(())
}

async fn a_risky_emergency_needs_a_second_staff_member_to_confirm_the_callback(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let system = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    app.store
        .save_agency(
            None,
            &NewAgency {
                name: "Abilene Police Department".into(),
                country: "US".into(),
                domains: vec!["abilenetx.gov".into()],
                switchboard: "+13256766600".into(),
                time_zone: "America/Chicago".into(),
                source: "city website".into(),
                verified_on: "2026-11-01".into(),
            },
            &system,
        )
        .await?;
    // Through the portal: a new account's first request scores 40, under 50.
    app.sign_up("sgt@abilenetx.gov").await;
    let (quiet, _) = app.file_request("emergency", None).await;
    app.log_out().await;
    // A brand-new token sends its first request at once: 25 + 15 + 20 = 60.
    let person = app.sign_up("dana@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let mut body: Value = json!({
        "kind": "emergency",
        "submit": true,
        "request": {
            "title": "Operation Birch", "country": "US", "subdivision": "TX",
            "description": "Subscriber details and recent IP addresses of the account.",
            "targets": [{"type": "email", "value": "abductor@example.com"}],
            "data_categories": ["subscriber_info"],
            "emergency": {"narrative": "A child was taken from a school bus an hour ago; the account holder is the abductor.", "attested": true,
                          "supervisor_name": "Sgt. Lee Park", "supervisor_phone": "+1 325 555 0111"}
        }
    });
    body["request"]["date_from"] = json!("2026-11-01");
    let created = app
        .api(reqwest::Method::POST, "/api/v1/requests", &token)
        .json(&body)
        .send()
        .await?;
    assert_eq!(
        created.status(),
        StatusCode::CREATED,
        "{}",
        created.text().await?
    );
    let created: Value = created.json().await?;
    let risky = created["id"].as_str().ok_or("id")?.to_owned();
    assert_eq!(
        audited(&app, "request.risk_scored").await,
        2,
        "both scored at submission"
    );

    let (intake, _) = app
        .staff("Ines Intake", "ines@provider.example", &[Role::Intake])
        .await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;

    let quiet_page = format!("/staff/requests/{quiet}");
    let view = reviewer.get(&quiet_page).await.text().await?;
    assert!(
        view.contains("Risk score 40 (threshold 50)")
            && view.contains("data-reason=\"new_account\"")
    );
    assert!(!view.contains("id=\"second-confirmation-needed\""));

    let page = format!("/staff/requests/{risky}");
    let view = reviewer.get(&page).await.text().await?;
    assert!(view.contains("Risk score 60 (threshold 50)"), "score shown");
    // Each reason's particulars in the page's words (risk-detail-*), kept as values.
    assert!(
        view.contains("(+20): sent through the API with a token used for the first time"),
        "{view}"
    );
    let (polish, _) = app
        .staff(
            "Piotr Przegląd",
            "piotr@provider.example",
            &[Role::Reviewer],
        )
        .await;
    crate::locale::choose(&app, "piotr@provider.example", "pl", "Europe/Warsaw").await;
    let view = polish.get(&page).await.text().await?;
    assert!(
        view.contains("(+20): wysłany przez API tokenem użytym po raz pierwszy"),
        "{view}"
    );
    for reason in ["new_account", "no_history", "first_token_use"] {
        assert!(
            view.contains(&format!("data-reason=\"{reason}\"")),
            "{reason} shown"
        );
    }
    assert!(view.contains("id=\"second-confirmation-needed\""));
    review_started(&reviewer, &page).await;
    let recorded = intake
        .submit(
            &page,
            &format!("{page}/callback"),
            &callback("+13256766600", "confirmed"),
        )
        .await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    let approve = |app: &TestApp| {
        let fields = vec![
            ("decision".to_owned(), "approve".to_owned()),
            ("code".to_owned(), app.code(&approver_person.secret)),
        ];
        fields
    };
    app.advance(Duration::seconds(30));
    let fields = approve(&app);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let refused = approver
        .submit(&page, &format!("{page}/decide"), &fields)
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("second staff member"));

    // The one who recorded the call-back cannot confirm it; someone else can.
    let view = intake.get(&page).await.text().await?;
    assert!(
        !view.contains("/confirm\""),
        "no confirm button for the recorder"
    );
    let callback_id = first_callback_id(&view).ok_or("callback listed")?;
    let confirm = format!("{page}/callbacks/{callback_id}/confirm");
    let own = intake.submit(&page, &confirm, &[]).await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    assert!(own.text().await?.contains("someone other than"));
    // A second confirmation counts while whoever gave it is not disabled since.
    let (other, other_person) = app
        .staff("Sam Second", "sam@provider.example", &[Role::Intake])
        .await;
    assert_eq!(
        other.submit(&page, &confirm, &[]).await.status(),
        StatusCode::SEE_OTHER
    );
    let (status, said) = crate::console::approval_while_disabled(
        &app,
        (&approver, &approver_person),
        &page,
        &other_person,
    )
    .await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        said.contains("second confirmation of the call-back was given by a staff account that has been disabled since"),
        "{said}"
    );
    assert!(reviewer
        .get(&page)
        .await
        .text()
        .await?
        .contains("No longer counts: Sam Second"));
    let second = reviewer.submit(&page, &confirm, &[]).await;
    assert_eq!(second.status(), StatusCode::SEE_OTHER);
    assert!(reviewer
        .get(&page)
        .await
        .text()
        .await?
        .contains("Confirmed by Rita Review"));
    assert_eq!(audited(&app, "request.callback_confirmed").await, 2);
    app.advance(Duration::seconds(30));
    let fields = approve(&app);
    let fields: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let approved = approver
        .submit(&page, &format!("{page}/decide"), &fields)
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);

    // The score is kept as it was at submission.
    let owner = app
        .store
        .account_by_email(&person.email)
        .await?
        .ok_or("owner")?;
    let record = app
        .store
        .request_for(&owner, &risky)
        .await?
        .ok_or("request")?;
    let kept = app
        .store
        .assessment(&record.summary)
        .await?
        .ok_or("score")?;
    assert_eq!(kept.assessment.score, 60);
    assert!(kept.facts.first_token_use);
    let _ = all_fine;
    Ok(())
}
