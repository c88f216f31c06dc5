//! External requesters: a request whose requester has no account belongs to an
//! account that cannot sign in until the person signs up with the same address and
//! verifies it. Mail to them carries no case content; paper replies are recorded.

use super::*;

crate::both_backends!(
    an_external_requester_signs_up_and_is_linked,
    a_requester_with_an_account_owns_the_request_at_once
);

const EXTERNAL: &str = "ext.officer@abilenetx.gov";

async fn an_external_requester_signs_up_and_is_linked(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let staff = intake_staff(&app).await;
    let id = take_in(&staff, "email", "2026-11-25 16:40", EXTERNAL).await;
    assert_eq!(
        upload_scan(&staff, &id, lers_app::sample_pdf("", "scan"))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let reference = complete_and_register(&staff, &id).await;
    let page = staff
        .get(&format!("/staff/intake/{id}"))
        .await
        .text()
        .await?;
    assert!(
        page.contains("External requester (no portal account)"),
        "{page}"
    );

    // The external account cannot sign in: the usual generic failure.
    let stranger = app.log_in("nobody@abilenetx.gov", PASSWORD, "000000").await;
    let external = app.log_in(EXTERNAL, PASSWORD, "000000").await;
    assert_eq!(external.status(), stranger.status());
    assert_eq!(external.status(), StatusCode::UNAUTHORIZED);

    // The acknowledgement went to the requester without case content.
    let title = "Operation user_data";
    let mails = app.emails_to(EXTERNAL);
    assert!(mails.iter().any(|m| m.contains(&reference)), "acknowledged");
    assert!(mails
        .iter()
        .all(|m| !m.contains(title) && !m.contains("Suspect@")));

    // A reply from the console alerts them by email, without its content.
    let case = format!("/staff/requests/{id}");
    let secret_reply = "Please send the signed original of the warrant.";
    let sent = staff
        .submit(
            &case,
            &format!("{case}/messages"),
            &[("body", secret_reply)],
        )
        .await;
    assert_eq!(sent.status(), StatusCode::SEE_OTHER);
    let mails = app.emails_to(EXTERNAL);
    assert!(mails.len() >= 2, "a message alert");
    assert!(mails.iter().all(|m| !m.contains(secret_reply)));

    // What was sent on paper goes on the timeline, audited; bad input is named.
    let intake_page = format!("/staff/intake/{id}");
    let paper = format!("{intake_page}/paper");
    let refused = staff
        .submit(
            &intake_page,
            &paper,
            &[("how", ""), ("sent_on", "2027-01-01"), ("summary", "")],
        )
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text().await?.contains("cannot be in the future"));
    let recorded = staff
        .submit(
            &intake_page,
            &paper,
            &[
                ("how", "Letter by post"),
                ("sent_on", "2026-11-26"),
                ("summary", "Asked for the signed original."),
            ],
        )
        .await;
    assert_eq!(recorded.status(), StatusCode::SEE_OTHER);
    let timeline = staff.get(&case).await.text().await?;
    assert!(timeline.contains(
        "Reply sent on paper: Letter by post, sent on 2026-11-26: Asked for the signed original."
    ));
    assert_eq!(audit_count(&app, "intake.paper_reply").await, 1);

    // The invitation is content-free and audited.
    let invited = staff
        .submit(&intake_page, &format!("{intake_page}/invite"), &[])
        .await;
    assert_eq!(invited.status(), StatusCode::SEE_OTHER);
    let invitation = app.emails_to(EXTERNAL).pop().unwrap_or_default();
    assert!(invitation.contains("/signup") && !invitation.contains(title));
    assert_eq!(audit_count(&app, "intake.requester_invited").await, 1);

    // Someone else signs up: they do not see the request.
    app.sign_up("other.officer@abilenetx.gov").await;
    assert!(!app
        .get("/requests")
        .await
        .text()
        .await?
        .contains(&reference));
    assert_eq!(
        app.get(&format!("/requests/{id}")).await.status(),
        StatusCode::NOT_FOUND
    );
    app.log_out().await;

    // Admins see an external requester as such, never as an ordinary account to
    // disable or enable.
    let (admin, _) = app
        .staff("Ada Admin", "ada@provider.example", &[Role::Admin])
        .await;
    let accounts = admin.get("/staff/accounts").await.text().await?;
    let row = account_row(&accounts, EXTERNAL);
    assert!(row.contains("external requester"), "{row}");
    assert!(!row.contains("/status"), "{row}");

    // Asking for a verification link again does not skip sign-up (and its allow-list).
    let mails_before = app.emails_to(EXTERNAL).len();
    let anonymous = TestApp::with_client(&app);
    anonymous
        .submit("/signup/resend", "/signup/resend", &[("email", EXTERNAL)])
        .await;
    assert_eq!(
        app.emails_to(EXTERNAL).len(),
        mails_before,
        "no link without a sign-up"
    );

    // Claiming the address without its mailbox gets nothing: a sign-up only sends
    // a link to the mailbox, and the account stays unlinked and without a password.
    let claim = signup_fields(EXTERNAL);
    let claim: Vec<(&str, &str)> = claim.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let anonymous = TestApp::with_client(&app);
    assert_redirect(
        &anonymous.submit("/signup", "/signup", &claim).await,
        "/signup/sent",
    );
    let (linked, password): (Option<i64>, Option<String>) = sqlx::query_as(
        "SELECT x.linked_at, a.password_hash FROM external_requesters x JOIN accounts a ON a.id = x.account_id WHERE a.email = $1",
    )
    .bind(EXTERNAL)
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!((linked, password), (None, None));
    assert_eq!(audit_count(&app, "intake.requester_linked").await, 0);

    // The officer signs up with the same address and verifies it: linked.
    app.advance(Duration::minutes(5));
    app.sign_up_with(EXTERNAL, &[("name", "Det. Ana Ruiz")])
        .await;
    let list = app.get("/requests").await.text().await?;
    assert!(list.contains(&reference), "the requester sees the request");
    assert_eq!(
        app.get(&format!("/requests/{id}")).await.status(),
        StatusCode::OK
    );
    assert_eq!(audit_count(&app, "intake.requester_linked").await, 1);
    let subject: String = sqlx::query_scalar(
        "SELECT subject FROM audit_log WHERE action = 'intake.requester_linked'",
    )
    .fetch_one(app.store.pool())
    .await?;
    assert_eq!(subject, reference);
    let page = staff.get(&intake_page).await.text().await?;
    assert!(
        page.contains("<span id=\"requester-state\">Linked to the requester"),
        "{page}"
    );
    let accounts = admin.get("/staff/accounts").await.text().await?;
    assert!(!account_row(&accounts, EXTERNAL).contains("external requester"));
    Ok(())
}

/// The row of the staff account list that shows `email`.
fn account_row<'a>(html: &'a str, email: &str) -> &'a str {
    let at = html.find(email).expect("the account is listed");
    let start = html[..at].rfind("<tr").expect("row start");
    let end = at + html[at..].find("</tr>").expect("row end");
    &html[start..end]
}

async fn a_requester_with_an_account_owns_the_request_at_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("known@abilenetx.gov").await;
    let staff = intake_staff(&app).await;
    let id = take_in(&staff, "in_person", "2026-11-26 10:00", &person.email).await;
    upload_scan(&staff, &id, lers_app::sample_pdf("", "scan")).await;
    // The requester sees the draft but cannot change or submit it themselves, which
    // would restart its clocks from now and call it a portal request.
    let fields = request_fields("user_data", None);
    let own_submit = app.post_request_form(&id, &fields).await;
    assert_eq!(own_submit.status(), StatusCode::CONFLICT);
    assert!(own_submit.text().await?.contains("intake staff"));
    let reference = complete_and_register(&staff, &id).await;
    let (channel, _, _) = arrival_of(&app, &id).await;
    assert_eq!(channel, "in_person");
    let page = staff
        .get(&format!("/staff/intake/{id}"))
        .await
        .text()
        .await?;
    assert!(page.contains("Portal account"));
    assert!(!page.contains("intake-invite"), "nobody to invite");
    assert!(app
        .get("/requests")
        .await
        .text()
        .await?
        .contains(&reference));
    let external: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM external_requesters")
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(external, 0);
    let details: String =
        sqlx::query_scalar("SELECT details FROM audit_log WHERE action = 'intake.opened'")
            .fetch_one(app.store.pool())
            .await?;
    assert!(
        details.contains("\"external_requester\":false"),
        "{details}"
    );
    // A staff address is never a requester.
    let fields = intake_fields("post", "2026-11-26 10:00", "ida@provider.example");
    let refused = staff
        .submit("/staff/intake", "/staff/intake", &as_refs(&fields))
        .await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    Ok(())
}
