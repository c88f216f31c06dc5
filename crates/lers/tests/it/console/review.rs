//! Review, decisions, call-backs and requests for information.

use super::*;
use crate::both_backends;

both_backends!(
    a_request_is_reviewed_and_approved_by_two_people,
    an_emergency_is_approved_only_after_a_confirmed_callback,
    asking_for_information_and_rejecting_reach_the_requester,
);

async fn a_request_is_reviewed_and_approved_by_two_people(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, reference, requester) = filed(&app, "dana@abilenetx.gov", "user_data").await;
    let (reviewer, reviewer_person) = app
        .staff(
            "Rita Review",
            "rita@provider.example",
            &[Role::Reviewer, Role::Approver],
        )
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let page = format!("/staff/requests/{id}");

    let queue = reviewer.get("/staff/queue").await.text().await?;
    assert!(queue.contains(&reference));
    let view = reviewer.get(&page).await.text().await?;
    assert!(view.contains("Abilene Police Department") && view.contains("+15550100199"));

    // Deciding needs a complete checklist first.
    let early = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "reject"), ("reason_overbroad", "on")],
        )
        .await;
    assert_eq!(early.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(early
        .text()
        .await?
        .contains("Complete the review checklist before deciding."));
    let mut partial = all_fine();
    partial.pop();
    let response = reviewer
        .submit(&page, &format!("{page}/review"), &partial)
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut problem = all_fine();
    problem[0] = ("overbroad", "problem");
    let response = reviewer
        .submit(&page, &format!("{page}/review"), &problem)
        .await;
    assert_eq!(
        response.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "a problem needs a note"
    );
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &all_fine())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let view = reviewer.get(&page).await.text().await?;
    assert!(view.contains("id=\"suggestion\">proceed") && view.contains("In review"));

    // Four eyes: the reviewer may not approve, even with a fresh code.
    app.advance(Duration::seconds(30));
    let own = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&reviewer_person.secret)),
            ],
        )
        .await;
    assert_eq!(own.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(own.text().await?.contains("Four eyes"));

    // The review counts while its author's account is not disabled: disabled (found
    // compromised, say), Rita's review carries no approval until she is back.
    let (status, said) =
        approval_while_disabled(&app, (&approver, &approver_person), &page, &reviewer_person)
            .await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        said.contains("whose account has since been disabled"),
        "{said}"
    );
    // Someone else reviews it again.
    let (rex, _) = app
        .staff("Rex Review", "rex@provider.example", &[Role::Reviewer])
        .await;
    review_started(&rex, &page).await;

    // Step-up: without a fresh code the approver is refused once the login is stale.
    app.advance(Duration::minutes(6));
    let stale = approver
        .submit(&page, &format!("{page}/decide"), &[("decision", "approve")])
        .await;
    assert_eq!(stale.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale.text().await?.contains("current code"));
    let approved = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
                ("note_to_requester", "Production follows."),
            ],
        )
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);

    // The requester sees the outcome (and gets a content-free alert).
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(
            &requester.email,
            &requester.password,
            &app.code(&requester.secret),
        )
        .await,
        "/dashboard",
    );
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(
        html.contains("id=\"request-status\">Approved") && html.contains("Production follows.")
    );
    // The decision reads as what was decided, not as the approver's button.
    assert!(html.contains("<strong>Disclosure approved in full</strong>"));
    assert!(!html.contains("Approve disclosure (full)"));
    assert!(app
        .emails_to(&requester.email)
        .iter()
        .any(|m| m.contains("was updated")));
    let actions = app
        .store
        .audit_records(&lers_store::AuditQuery {
            action: Some("request.%".into()),
            limit: 100,
            ..Default::default()
        })
        .await?;
    let actions: Vec<String> = actions.items.into_iter().map(|r| r.action).collect();
    for expected in ["request.viewed", "request.reviewed", "request.decided"] {
        assert!(actions.iter().any(|a| a == expected), "{expected} audited");
    }
    Ok(())
}

async fn an_emergency_is_approved_only_after_a_confirmed_callback(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (_, routine, _) = filed(&app, "clerk@abilenetx.gov", "user_data").await;
    app.advance(Duration::seconds(30));
    let (id, reference, _) = filed(&app, "sgt@abilenetx.gov", "emergency").await;
    app.advance(Duration::seconds(30));
    let (forged, _, forger) = filed(&app, "forger@abilenetx.gov", "emergency").await;
    let (reviewer, _) = app
        .staff(
            "Rita Review",
            "rita@provider.example",
            &[Role::Reviewer, Role::Intake],
        )
        .await;
    let (approver, approver_person) = app
        .staff("Abe Approve", "abe@provider.example", &[Role::Approver])
        .await;
    let (intake, intake_person) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;

    // Emergencies lead the queue, ahead of an older routine request.
    let queue = reviewer.get("/staff/queue").await.text().await?;
    let position = |reference: &str| queue.find(&format!(">{reference}</a>"));
    assert!(
        position(&reference).ok_or("emergency listed")?
            < position(&routine).ok_or("routine listed")?
    );

    let page = format!("/staff/requests/{id}");
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &all_fine())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    app.advance(Duration::seconds(30));
    let code = app.code(&approver_person.secret);
    let refused = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "approve"), ("code", &code)],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("call-back"));

    // The number in the request itself is not an independent source.
    let callback = |phone: &'static str, result: &'static str| {
        vec![
            ("callback_phone", phone),
            ("number_source", "Abilene PD switchboard, abilenetx.gov"),
            ("answered_by", "Desk sergeant"),
            ("callback_result", result),
        ]
    };
    let same = intake
        .submit(
            &page,
            &format!("{page}/callback"),
            &callback("(325) 555-0111", "confirmed"),
        )
        .await;
    assert_eq!(same.status(), StatusCode::UNPROCESSABLE_ENTITY);
    // A confirmed call-back on the switchboard's number, recorded by `who`.
    let confirmed_by = async |who: &Browser<'_>| {
        let fields = callback("+1 325 676 6600", "confirmed");
        let action = format!("{page}/callback");
        who.submit(&page, &action, &fields).await.status()
    };
    assert_eq!(confirmed_by(&intake).await, StatusCode::SEE_OTHER);

    // A confirmation counts while whoever recorded it is not disabled (found
    // compromised, say): then the call-back is made again, or they come back.
    let (status, said) =
        approval_while_disabled(&app, (&approver, &approver_person), &page, &intake_person).await?;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        said.contains("recorded by a staff account that has been disabled since"),
        "the refusal says why: {said}"
    );
    // The page says so too, and offers no second confirmation of it; one is refused.
    let view = reviewer.get(&page).await.text().await?;
    assert!(
        view.contains("No longer counts: the account that recorded this call-back"),
        "{view}"
    );
    assert!(!view.contains("/confirm\""), "no confirm button for it");
    let stale = crate::emergencies::first_callback_id(&view).ok_or("callback listed")?;
    let confirm = format!("{page}/callbacks/{stale}/confirm");
    let refused = reviewer.submit(&page, &confirm, &[]).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert!(refused.text().await?.contains("cannot be confirmed"));
    // Someone else calls back again.
    assert_eq!(confirmed_by(&reviewer).await, StatusCode::SEE_OTHER);
    app.advance(Duration::seconds(30));
    let approved = approver
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "approve"),
                ("code", &app.code(&approver_person.secret)),
            ],
        )
        .await;
    assert_eq!(approved.status(), StatusCode::SEE_OTHER);

    // A failed call-back suspends the requesting account and ends its sessions. (It
    // is recorded on an emergency under review: the review starts first.)
    let forged_page = format!("/staff/requests/{forged}");
    review_started(&reviewer, &forged_page).await;
    app.advance(Duration::seconds(30));
    assert_redirect(
        &app.log_in(&forger.email, &forger.password, &app.code(&forger.secret))
            .await,
        "/dashboard",
    );
    let response = reviewer
        .submit(
            &forged_page,
            &format!("{forged_page}/callback"),
            &callback("+1 325 676 6600", "failed"),
        )
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    assert_redirect(&app.get("/dashboard").await, "/login");
    let account = app
        .store
        .account_by_email(&forger.email)
        .await?
        .ok_or("account")?;
    assert_eq!(
        account.status,
        lers_domain::account::AccountStatus::Disabled
    );
    Ok(())
}

async fn asking_for_information_and_rejecting_reach_the_requester(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let (id, _, requester) = filed(&app, "dana@abilenetx.gov", "user_data").await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let page = format!("/staff/requests/{id}");
    assert_eq!(
        reviewer
            .submit(&page, &format!("{page}/review"), &all_fine())
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let ask = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[
                ("decision", "ask_for_information"),
                ("note_to_requester", "Please attach the signed warrant."),
            ],
        )
        .await;
    assert_eq!(ask.status(), StatusCode::SEE_OTHER);

    app.advance(Duration::seconds(30));
    app.log_in(
        &requester.email,
        &requester.password,
        &app.code(&requester.secret),
    )
    .await;
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(
        html.contains("Needs information") && html.contains("Please attach the signed warrant.")
    );
    let token = csrf_token(&html).ok_or("csrf")?;
    let form = reqwest::multipart::Form::new()
        .text("csrf", token)
        .text("body", "Attached now.");
    app.client
        .post(app.url(&format!("/requests/{id}/messages")))
        .multipart(form)
        .send()
        .await?;
    let html = reviewer.get(&page).await.text().await?;
    assert!(
        html.contains("id=\"request-status\">In review"),
        "the reply sends it back into review"
    );

    let mut problems = all_fine();
    problems[1] = ("no_legal_basis", "problem");
    problems.push((
        "no_legal_basis_note",
        "No statute allows this in the requesting state.",
    ));
    reviewer
        .submit(&page, &format!("{page}/review"), &problems)
        .await;
    assert!(reviewer
        .get(&page)
        .await
        .text()
        .await?
        .contains("id=\"suggestion\">reject"));
    let no_reason = reviewer
        .submit(&page, &format!("{page}/decide"), &[("decision", "reject")])
        .await;
    assert_eq!(no_reason.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let rejected = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "reject"), ("reason_no_legal_basis", "on")],
        )
        .await;
    assert_eq!(rejected.status(), StatusCode::SEE_OTHER);
    let html = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(html.contains("id=\"request-status\">Rejected") && html.contains("No legal basis"));
    // A rejected request cannot then be approved.
    let again = reviewer
        .submit(
            &page,
            &format!("{page}/decide"),
            &[("decision", "challenge"), ("reason_overbroad", "on")],
        )
        .await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    Ok(())
}
