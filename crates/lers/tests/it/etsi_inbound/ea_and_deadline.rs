//! The two UPDATEs that are not the sender's own changes of its objects: the enforcing
//! authority's decision, sent from the EA's own endpoint (role `enforcing`), and a new
//! disclosure deadline from the issuing authority. Every message sent and every answer
//! is checked against the XSDs (by `Authority::send`).

use lers_domain::account::Role;

use super::*;

crate::both_backends!(
    an_enforcing_authority_refuses_by_update,
    no_grounds_from_the_enforcing_authority_release_at_once,
    an_ea_decision_comes_only_from_the_ea_about_an_order_it_was_notified_of,
    a_new_deadline_moves_the_due_date,
);

const EA_FLAG: &str = "<common:Value>DelayInformingUser</common:Value></auth:AuthorisationFlag>";
const GROUND_FLAG: &str = "<auth:AuthorisationFlag><common:Owner>ETSI</common:Owner><common:Name>EPOCEARefusalGround</common:Name><common:Value>DualCriminality</common:Value></auth:AuthorisationFlag>";

/// The EPOC example, whose certificate says the enforcing authority was notified.
fn epoc_with_ea() -> Hi1Text {
    Hi1Text::example("epoc_create.xml").replace(
        EA_FLAG,
        &format!("{EA_FLAG}<auth:AuthorisationFlag><common:Owner>ETSI</common:Owner><common:Name>EPOCAuthorisationFlag</common:Name><common:Value>EnforcingAuthorityNotified</common:Value></auth:AuthorisationFlag>"),
    )
}

/// The EA's decision example (grounds for refusal, dual criminality), sent as `ea`.
fn ea_decision(ea: &Authority) -> Hi1Text {
    Hi1Text::example("update_ea_decision.xml")
        .new_transaction()
        .sent_by(&ea.identity.country, &ea.identity.identifier)
}

/// The console page of request `id`, as a reviewer.
async fn console(app: &TestApp, id: &str) -> String {
    let (reviewer, _) = app
        .staff(
            "Rita Reviewer",
            &format!("rita-{}@provider.example", fresh_uuid()),
            &[Role::Reviewer],
        )
        .await;
    reviewer
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await
        .expect("the console page")
}

async fn ea_decisions(app: &TestApp) -> i64 {
    app.rows("eu_ea_decisions").await
}

async fn an_enforcing_authority_refuses_by_update(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let issuing = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let ea = app.tls_enforcing_authority(&tls, "IE", "ie-ea-doj").await;
    ok(&issuing.send(&app, &epoc_with_ea()).await);
    let id = request_of(&app, &issuing, EPOC_AUTH)
        .await
        .expect("recorded");
    assert!(console(&app, &id).await.contains("eu-release-held"));

    advance_a_little(&app);
    let decision = ea_decision(&ea);
    let reply = ea.send(&app, &decision).await;
    ok(&reply);
    assert!(reply.body.contains("<UPDATEResponse>"), "{}", reply.body);
    assert!(reply.body.contains(EPOC_AUTH), "{}", reply.body);
    assert_eq!(ea_decisions(&app).await, 1);

    // The console's EA panel shows the decision and its ground; the data is never
    // released.
    let html = console(&app, &id).await;
    assert!(
        html.contains("Refused by the enforcing authority"),
        "{html}"
    );
    assert!(
        html.contains("Not an offence in the enforcing state"),
        "{html}"
    );
    assert!(html.contains("refused by the EA; the data is never released"));
    assert!(
        html.contains("Refused by the enforcing authority — Not an offence in the enforcing state")
    );
    // The issuing authority's GET reports the refusal.
    let get = issuing.send(&app, &get_message(&issuing, EPOC_TASK)).await;
    assert_eq!(
        reported_status(&get).as_deref(),
        Some("Rejected"),
        "{}",
        get.body
    );

    // Audited as a message of the EA's endpoint and as an EA decision.
    assert_eq!(
        app.audited_mentioning("hi1.message_accepted", &decision.transaction())
            .await,
        1
    );
    assert_eq!(
        app.audited_mentioning("eu.ea_decision_recorded", "full_refusal")
            .await,
        1
    );
    // A retry gets the same answer and records nothing twice; a second decision is
    // refused.
    let retry = ea.send(&app, &decision).await;
    assert_eq!(retry.body, reply.body);
    assert_eq!(ea_decisions(&app).await, 1);
    let second = ea
        .send(
            &app,
            &ea_decision(&ea)
                .replace(">GroundsForRefusal<", ">NoGroundsForRefusal<")
                .replace(GROUND_FLAG, ""),
        )
        .await;
    assert_eq!(second.error_code(), Some(6007), "{}", second.body);
    assert!(second.body.contains("already recorded"), "{}", second.body);
    Ok(())
}

async fn no_grounds_from_the_enforcing_authority_release_at_once(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let issuing = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let ea = app.tls_enforcing_authority(&tls, "IE", "ie-ea-doj").await;
    ok(&issuing.send(&app, &epoc_with_ea()).await);
    let id = request_of(&app, &issuing, EPOC_AUTH)
        .await
        .expect("recorded");
    assert!(console(&app, &id).await.contains("eu-release-held"));

    advance_a_little(&app);
    let no_grounds = ea_decision(&ea)
        .replace(">GroundsForRefusal<", ">NoGroundsForRefusal<")
        .replace(GROUND_FLAG, "");
    ok(&ea.send(&app, &no_grounds).await);
    let html = console(&app, &id).await;
    assert!(html.contains("No grounds for refusal"), "{html}");
    assert!(html.contains("eu-release-released"), "{html}");
    assert!(html
        .contains("The enforcing authority found no grounds for refusal: the data is released."));
    Ok(())
}

async fn an_ea_decision_comes_only_from_the_ea_about_an_order_it_was_notified_of(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let issuing = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let ea = app.tls_enforcing_authority(&tls, "IE", "ie-ea-doj").await;

    // An enforcing authority never files an order.
    let create = ea
        .send(
            &app,
            &epoc_with_ea().sent_by(&ea.identity.country, &ea.identity.identifier),
        )
        .await;
    assert_eq!(create.status, StatusCode::BAD_REQUEST);
    assert_eq!(create.error_code(), Some(6013), "{}", create.body);
    assert!(create.body.contains("not a CREATE"), "{}", create.body);
    nothing_stored(&app).await;

    // An order the EA names that does not exist.
    let unknown = ea.send(&app, &ea_decision(&ea)).await;
    assert_eq!(unknown.error_code(), Some(6004), "{}", unknown.body);
    // A refusal without its Art 12(1) ground is named as such.
    let groundless = ea
        .send(&app, &ea_decision(&ea).replace(GROUND_FLAG, ""))
        .await;
    assert_eq!(groundless.error_code(), Some(4011), "{}", groundless.body);
    assert!(
        groundless
            .body
            .contains("EPOCEARefusalGround naming the Art 12(1) ground"),
        "{}",
        groundless.body
    );

    // The issuing authority cannot send the EA's decision on its own order.
    ok(&issuing
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await);
    let by_issuer = issuing
        .send(
            &app,
            &Hi1Text::example("update_ea_decision.xml")
                .new_transaction()
                .sent_by("DE", "de-sta-berlin"),
        )
        .await;
    assert_eq!(by_issuer.error_code(), Some(6014), "{}", by_issuer.body);
    assert!(
        by_issuer.body.contains("own registered endpoint"),
        "{}",
        by_issuer.body
    );

    // This order's certificate notified no enforcing authority.
    let not_notified = ea.send(&app, &ea_decision(&ea)).await;
    assert_eq!(
        not_notified.error_code(),
        Some(6007),
        "{}",
        not_notified.body
    );
    assert!(
        not_notified
            .body
            .contains("no enforcing authority was notified"),
        "{}",
        not_notified.body
    );
    assert_eq!(ea_decisions(&app).await, 0);
    // Every refusal is audited with its code; only the CREATE was accepted.
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "6013").await,
        1
    );
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "6014").await,
        1
    );
    assert_eq!(app.rows("etsi_transactions").await, 1);
    Ok(())
}

/// The deadline example, sent as `authority` about `authorisation` with `generation`,
/// asking for `due` (whole seconds).
fn deadline(
    authority: &Authority,
    authorisation: &str,
    generation: u32,
    due: lers_domain::clock::Timestamp,
) -> Hi1Text {
    let end = due.to_rfc3339().replace(".000Z", "Z");
    Hi1Text::example("update_deadline.xml")
        .new_transaction()
        .replace(EPOC_AUTH, authorisation)
        .replace(
            "<Generation>2</Generation>",
            &format!("<Generation>{generation}</Generation>"),
        )
        .replace("2026-12-01T12:00:00Z", &end)
        .sent_by(&authority.identity.country, &authority.identity.identifier)
}

const REASONS: &str = "<auth:AuthorisationApprovalDetails>
                <common:ApprovalType>IssuingAuthority</common:ApprovalType>
                <common:ApprovalDescription>The suspect is about to leave the Union; the data is needed before the hearing on 2 December.</common:ApprovalDescription>
              </auth:AuthorisationApprovalDetails>";

async fn due_at(app: &TestApp, id: &str) -> Option<i64> {
    let (due,): (Option<i64>,) = sqlx::query_as("SELECT due_at FROM requests WHERE public_id = $1")
        .bind(id)
        .fetch_one(app.store.pool())
        .await
        .expect("read the due date");
    due
}

async fn a_new_deadline_moves_the_due_date(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let issuing = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let received = app.clock_now();
    ok(&issuing
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await);
    let id = request_of(&app, &issuing, EPOC_AUTH)
        .await
        .expect("recorded");
    let regulation = received.plus(Duration::days(10));
    assert_eq!(due_at(&app, &id).await, Some(regulation.unix_millis()));
    advance_a_little(&app);

    // Earlier disclosure needs the issuing authority's reasons.
    let sooner = received.plus(Duration::days(2));
    let bare = issuing
        .send(
            &app,
            &deadline(&issuing, EPOC_AUTH, 2, sooner).replace(REASONS, ""),
        )
        .await;
    assert_eq!(bare.error_code(), Some(6007), "{}", bare.body);
    assert!(
        bare.body.contains("reasons for early disclosure"),
        "{}",
        bare.body
    );
    // Not in the past.
    let past = issuing
        .send(&app, &deadline(&issuing, EPOC_AUTH, 2, received))
        .await;
    assert_eq!(past.error_code(), Some(6007), "{}", past.body);
    assert!(past.body.contains("is not in the future"), "{}", past.body);
    assert_eq!(due_at(&app, &id).await, Some(regulation.unix_millis()));

    // With reasons: the due date moves, on the timeline and in the audit log.
    let early = deadline(&issuing, EPOC_AUTH, 2, sooner);
    ok(&issuing.send(&app, &early).await);
    assert_eq!(due_at(&app, &id).await, Some(sooner.unix_millis()));
    let html = console(&app, &id).await;
    assert!(
        html.contains(&sooner.to_string()),
        "the console shows the new due date"
    );
    assert!(
        html.contains("The issuing authority asked for disclosure earlier, by")
            && html.contains("about to leave the Union"),
        "{html}"
    );
    assert_eq!(
        app.audited_mentioning("eu.deadline_changed", "\"earlier\":true")
            .await,
        1
    );

    // More time needs no reasons, even beyond the Regulation's deadline (which the EU
    // clocks keep showing).
    let later = regulation.plus(Duration::days(5));
    ok(&issuing
        .send(
            &app,
            &deadline(&issuing, EPOC_AUTH, 3, later).replace(REASONS, ""),
        )
        .await);
    assert_eq!(due_at(&app, &id).await, Some(later.unix_millis()));
    assert!(console(&app, &id)
        .await
        .contains("later than the Regulation"));

    // An EPOC-PR has no disclosure deadline.
    let paris = app.tls_authority(&tls, "FR", "fr-parquet-paris").await;
    ok(&paris
        .send(&app, &Hi1Text::example("epoc_pr_create.xml"))
        .await);
    let pr = paris.send(&app, &deadline(&paris, PR_AUTH, 2, later)).await;
    assert_eq!(pr.error_code(), Some(6007), "{}", pr.body);
    assert!(pr.body.contains("EPOC-PR"), "{}", pr.body);
    Ok(())
}
