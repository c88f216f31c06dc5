//! Form 3: the provider cannot comply, with structured reasons; printable as a PDF,
//! sent to the issuing authority and mailed to the enforcing authority.

use lers_domain::account::Role;

use super::*;
use crate::both_backends;

both_backends!(a_form3_answer_refuses_the_order_and_reaches_both_authorities);

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
    let bytes = pdf.bytes().await?;
    assert!(lers_app::services::pdf::check(&bytes).is_ok());
    let text = String::from_utf8_lossy(&bytes);
    for expected in [
        "Form 3 \\(Annex III",
        "The data requested is not held by the provider",
        "Compliance would conflict with the law of a third country",
        "United States, 18 U.S.C. 2702\\(a\\)",
        reference.as_str(),
        "Irish Department of Justice",
    ] {
        assert!(text.contains(expected), "{expected} in the PDF");
    }

    // The issuing authority got a message (and a mail without content).
    app.eu_requester_signs_in(&requester).await;
    let html = requester_page(&app, &id).await?;
    assert!(html.contains("Form 3: the provider cannot execute this order."));
    assert!(html.contains(&format!("/requests/{id}/eu/form3.pdf")));
    let own = app.get(&format!("/requests/{id}/eu/form3.pdf")).await;
    assert_eq!(own.status(), StatusCode::OK);
    assert!(String::from_utf8_lossy(&own.bytes().await?).contains("data_not_held"));
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
