//! Form 3: the provider cannot comply, with structured reasons; printable as a PDF,
//! sent to the issuing authority and mailed to the enforcing authority.

use lers_app::i18n::{Tr, LANGUAGES};
use lers_domain::account::Role;

use super::*;
use crate::both_backends;

both_backends!(a_form3_answer_refuses_the_order_and_reaches_both_authorities);

/// `text` without its white space: a PDF's text comes back in runs and lines that
/// need not break where the source did.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

/// What a reader copies out of every page of a PDF LERS wrote, squeezed; the PDF
/// must also pass the check uploads pass.
fn pdf_text(bytes: &[u8]) -> TestResult<String> {
    lers_app::services::pdf::check(bytes).map_err(|e| e.to_string())?;
    let document = lopdf::Document::load_mem(bytes)?;
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    Ok(squeezed(&document.extract_text(&pages)?))
}

async fn a_form3_answer_refuses_the_order_and_reaches_both_authorities(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let requester = app.eu_requester("dana@abilenetx.gov").await;
    let (id, reference) = app
        .file_eu_order(&requester, "epoc", eu_certificate("DE", json!({})))
        .await;
    let team = EuTeam::new(&app).await;
    team.review(&id, &all_fine()).await;
    let page = format!("/staff/requests/{id}");
    let explanation = "The account was deleted in 2024; US law also forbids disclosing content.";
    let answer = [
        ("form3_reason_data_not_held", "on"),
        ("form3_reason_conflict_of_law", "on"),
        ("form3_explanation", explanation),
        ("form3_foreign_law", "United States, 18 U.S.C. 2702(a)"),
    ];

    // Only reviewers and approvers answer.
    let (intake, _) = app
        .staff("Ian Intake", "ian@provider.example", &[Role::Intake])
        .await;
    let forbidden = intake
        .submit(&page, &format!("{page}/eu/form3"), &answer)
        .await;
    assert_eq!(forbidden.status(), StatusCode::FORBIDDEN);
    // A conflict of laws names the foreign law; nothing is recorded without it.
    let no_law = team
        .eu_form(
            &id,
            "form3",
            &[
                ("form3_reason_conflict_of_law", "on"),
                ("form3_explanation", explanation),
            ],
        )
        .await;
    assert_eq!(no_law.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_law
        .text()
        .await?
        .contains("For a conflict of laws, name the third country"));
    let none = team
        .eu_form(&id, "form3", &[("form3_explanation", explanation)])
        .await;
    assert_eq!(none.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let answered = team.eu_form(&id, "form3", &answer).await;
    assert!(location(&answered).ends_with("#eu-order"));
    let console = team.reviewer.get(&page).await.text().await?;
    assert!(console.contains("id=\"request-status\">Rejected") || console.contains("Rejected"));
    assert!(console.contains("The data requested is not held by the provider"));
    assert!(console.contains("Sent to the enforcing authority (eio@justice.ie)"));

    // The PDF, for staff and for the issuing authority: a valid PDF with the reasons.
    let pdf = team.reviewer.get(&format!("{page}/eu/form3.pdf")).await;
    assert_eq!(pdf.status(), StatusCode::OK);
    assert_eq!(
        pdf.headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/pdf")
    );
    let text = pdf_text(&pdf.bytes().await?)?;
    for expected in [
        "Form 3 (Annex III",
        "The data requested is not held by the provider",
        "Compliance would conflict with the law of a third country",
        "United States, 18 U.S.C. 2702(a)",
        explanation,
        reference.as_str(),
        "Irish Department of Justice",
    ] {
        assert!(text.contains(&squeezed(expected)), "{expected} in {text}");
    }

    // The issuing authority got a message (and a mail without content).
    app.eu_requester_signs_in(&requester).await;
    let html = requester_page(&app, &id).await?;
    assert!(html.contains("Form 3: the provider cannot execute this order."));
    assert!(html.contains(&format!("/requests/{id}/eu/form3.pdf")));
    // In the issuing authority's language, whichever it is: the labels translated,
    // the staff's own words as written, every character printed (no "?" for "ż").
    for (lang, _) in LANGUAGES {
        app.get(&format!("/language?lang={lang}&back=%2F")).await;
        let own = app.get(&format!("/requests/{id}/eu/form3.pdf")).await;
        assert_eq!(own.status(), StatusCode::OK);
        let text = pdf_text(&own.bytes().await?)?;
        let tr = Tr::exact(lang).ok_or("a language LERS speaks")?;
        for expected in [
            tr.get("eu-form3-pdf-title"),
            tr.label("eu-form3-reason", "data_not_held"),
            tr.label("eu-form3-reason", "conflict_of_law"),
            tr.get("eu-form3-pdf-explanation"),
            explanation.to_owned(),
            reference.clone(),
        ] {
            assert!(
                text.contains(&squeezed(&expected)),
                "{lang}: {expected} in {text}"
            );
        }
        assert!(
            !text.contains('\u{FFFD}'),
            "{lang}: a character went missing: {text}"
        );
    }
    let alert = app
        .emails_to(&requester.person.email)
        .into_iter()
        .find(|m| m.contains("new message"))
        .ok_or("message alert")?;
    assert!(!alert.contains("deleted in 2024"));

    // The enforcing authority was mailed: the reference, never the content.
    let to_ea = app.emails_to("eio@justice.ie");
    assert_eq!(to_ea.len(), 1);
    assert!(to_ea[0].contains(&reference) && to_ea[0].contains("Form 3"));
    assert!(!to_ea[0].contains("deleted in 2024") && !to_ea[0].contains("2702"));

    // A second answer is refused (the order is no longer in review).
    let again = team.eu_form(&id, "form3", &answer).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    Ok(())
}

/// The Regulation obliges the provider to inform the enforcing authority: a Form 3
/// answered while the mail server is down is not lost. The case page says it is not
/// yet delivered; the message waits in the queue; once the server is back the job
/// hands it over and records when, and only then does the page say it was sent.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_form3_for_the_enforcing_authority_waits_out_a_mail_outage() -> TestResult {
    let Some(smtp) = crate::smtp::SmtpServer::start().await else {
        return Ok(());
    };
    let port = smtp.port;
    let url = format!("smtp://127.0.0.1:{port}");
    let Some(app) = TestApp::spawn_with_smtp(Backend::Sqlite, Some(&url)).await else {
        return Ok(());
    };
    let person = app.sign_up_via_smtp(&smtp, "dana@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    app.log_out().await;
    let requester = EuRequester { person, token };
    let (id, reference) = app
        .file_eu_order(&requester, "epoc", eu_certificate("DE", json!({})))
        .await;
    let team = EuTeam::new(&app).await;
    team.review(&id, &all_fine()).await;
    drop(smtp); // nothing listens on the mail server's port any more

    let answer = [
        ("form3_reason_data_not_held", "on"),
        ("form3_explanation", "The account was deleted in 2024."),
    ];
    let answered = team.eu_form(&id, "form3", &answer).await;
    assert!(location(&answered).ends_with("#eu-order"));
    let page = format!("/staff/requests/{id}");
    let console = team.reviewer.get(&page).await.text().await?;
    assert!(
        console.contains("Not yet delivered to the enforcing authority (eio@justice.ie)"),
        "the page says the Form 3 has not reached the enforcing authority"
    );
    assert!(!console.contains("Sent to the enforcing authority"));
    assert!(
        app.rows("mail_queue").await >= 1,
        "the Form 3 mail is queued"
    );

    let Some(back) = crate::smtp::SmtpServer::start_on("aiosmtpd.handlers.Mailbox", port).await
    else {
        return Ok(());
    };
    app.advance(lers_app::OUTAGE_PAUSE);
    app.advance(Duration::minutes(1));
    app.state.run_due_jobs("test").await;
    let to_ea: Vec<String> = back
        .messages()
        .into_iter()
        .filter(|m| m.contains("eio@justice.ie"))
        .collect();
    assert_eq!(to_ea.len(), 1, "the queued Form 3 went out once");
    assert!(decode_quoted_printable(&to_ea[0]).contains(&reference));
    let console = team.reviewer.get(&page).await.text().await?;
    assert!(console.contains("Sent to the enforcing authority (eio@justice.ie)"));
    assert!(!console.contains("Not yet delivered"));
    let actors: Vec<String> =
        sqlx::query_scalar("SELECT actor FROM audit_log WHERE action = 'eu.form3_sent_to_ea'")
            .fetch_all(app.store.pool())
            .await?;
    assert_eq!(
        actors,
        vec![lers_domain::audit::ACTOR_SYSTEM.to_owned()],
        "the delivery is audited once, by the system"
    );
    Ok(())
}
