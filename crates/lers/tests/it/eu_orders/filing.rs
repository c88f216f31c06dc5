//! Filing EU orders on the portal and through the API; the certificate shown; field
//! errors; hostile certificate fields.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use reqwest::Method;

use super::*;
use crate::both_backends;

both_backends!(
    an_epoc_filed_on_the_portal_shows_its_certificate,
    an_epoc_pr_filed_through_the_api_is_preserved_and_described,
    a_bad_certificate_is_refused_field_by_field,
    hostile_certificate_fields_are_refused_or_shown_as_text,
);

async fn an_epoc_filed_on_the_portal_shows_its_certificate(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("eu@abilenetx.gov").await;
    let picker = app.get("/requests/new").await.text().await?;
    assert!(
        picker.contains("European Production Order (EPOC)")
            && picker.contains("European Preservation Order (EPOC-PR)")
            && picker.contains("8 hours in an emergency"),
        "the kind picker offers both EU orders with their explanation"
    );
    let id = app.start_request("epoc").await;
    let form = app
        .get(&format!("/requests/{id}/edit"))
        .await
        .text()
        .await?;
    for field in [
        "eu_issuing_member_state",
        "eu_cat_identification_only",
        "eu_ea_notified",
        "eu_issued_on",
    ] {
        assert!(
            form.contains(&format!("name=\"{field}\"")),
            "form has {field}"
        );
    }
    let mut fields = eu_fields("epoc", false);
    fields.push(("eu_earlier_order", "EPOC-PR 276 Js 1234/26-1".into()));
    let response = app.post_request_form(&id, &fields).await;
    assert_eq!(
        response.status(),
        StatusCode::SEE_OTHER,
        "{}",
        response.text().await?
    );
    let received = app.clock_now();

    let page = app.get(&format!("/requests/{id}")).await.text().await?;
    for shown in [
        "Staatsanwaltschaft Berlin (DE)",
        "276 Js 1234/26",
        "Subscriber data, Traffic data",
        "Not until the issuing authority says so",
        "EPOC-PR 276 Js 1234/26-1",
        "Through the decentralised IT system.",
    ] {
        assert!(page.contains(shown), "certificate shows {shown}");
    }
    let clocks = panel(&page);
    assert!(
        clocks.contains(&at(received.plus(Duration::days(10)))),
        "{clocks}"
    );
    assert!(
        clocks.contains("Kept until the request is closed"),
        "{clocks}"
    );
    assert!(!clocks.contains("eu-ea-window-end"), "no EA was notified");
    assert!(
        !clocks.contains("name=\"form\""),
        "Form 5/6 are for EPOC-PRs"
    );

    // The console shows the same certificate; the general fields came from section A.
    let (staff, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let console = staff
        .get(&format!("/staff/requests/{id}"))
        .await
        .text()
        .await?;
    assert!(
        console.contains("Staatsanwaltschaft Berlin (DE)") && console.contains("Computer fraud")
    );
    let record = app
        .store
        .staff_request(&id, &app.system_ctx())
        .await?
        .ok_or("request")?;
    let submitted = record.submitted.ok_or("submitted")?;
    assert_eq!(submitted.country, "DE");
    assert_eq!(submitted.issuing_authority, "Staatsanwaltschaft Berlin");
    assert_eq!(submitted.citation, "276 Js 1234/26");
    assert_eq!(
        record.summary.status.as_str(),
        "submitted",
        "an EPOC is reviewed"
    );
    Ok(())
}

async fn an_epoc_pr_filed_through_the_api_is_preserved_and_described(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let person = app.sign_up("api-eu@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let created = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&eu_body("epoc_pr"))
        .send()
        .await?;
    let status = created.status();
    let text = created.text().await?;
    assert_eq!(status, StatusCode::CREATED, "{text}");
    let created: Value = serde_json::from_str(&text)?;
    let order = &created["submitted"]["eu_order"];
    assert_eq!(order["issuing_authority"]["member_state"], "FR");
    assert_eq!(order["enforcing_authority"], "Staatsanwaltschaft Berlin");
    assert_eq!(order["user_information"]["until"], "2027-05-31");
    assert_eq!(created["submitted"]["country"], "FR");
    assert_eq!(
        created["status"], "preserved",
        "an EPOC-PR preserves on receipt, without waiting for a reviewer"
    );
    let id = created["id"].as_str().ok_or("id")?;
    // The answer is what reading it shows, the preservation in its timeline too.
    let read: Value = app
        .api(Method::GET, &format!("/api/v1/requests/{id}"), &token)
        .send()
        .await?
        .json()
        .await?;
    assert_eq!(created, read);
    let page = app.get(&format!("/requests/{id}")).await.text().await?;
    assert!(page.contains("Parquet de Paris (FR)") && page.contains("Content data"));
    assert!(page.contains("Not before 2027-05-31"));
    let clocks = panel(&page);
    assert!(
        clocks.contains(&at(app.clock_now().plus(Duration::days(60)))),
        "{clocks}"
    );

    // Errors come back per field of the certificate.
    let mut bad = eu_body("epoc");
    bad["request"]["eu_order"]["issuing_authority"]["member_state"] = json!("DK");
    bad["request"]["eu_order"]["data_categories"] = json!([]);
    let refused = app
        .api(Method::POST, "/api/v1/requests", &token)
        .json(&bad)
        .send()
        .await?;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problems: Value = refused.json().await?;
    let fields: Vec<&str> = problems["fields"]
        .as_array()
        .ok_or("fields")?
        .iter()
        .filter_map(|f| f["field"].as_str())
        .collect();
    assert!(
        fields.contains(&"eu_issuing_authority") && fields.contains(&"eu_data_categories"),
        "{fields:?}"
    );

    // The OpenAPI document describes the kinds and the certificate.
    let doc = app.get("/api/v1/openapi.json").await.text().await?;
    for name in [
        "EuOrderDraft",
        "\"epoc_pr\"",
        "enforcing_authority_notified",
        "identification_only",
    ] {
        assert!(doc.contains(name), "OpenAPI describes {name}");
    }
    Ok(())
}

async fn a_bad_certificate_is_refused_field_by_field(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    app.sign_up("careless@abilenetx.gov").await;
    let id = app.start_request("epoc").await;
    let keep = |name: &str| !name.starts_with("eu_cat_") && name != "eu_issuing_name";
    let mut fields: Vec<(&str, String)> = eu_fields("epoc", false)
        .into_iter()
        .filter(|(name, _)| keep(name))
        .collect();
    fields.retain(|(name, _)| !matches!(*name, "eu_issued_on" | "eu_user_information_term"));
    fields.extend([
        ("eu_issued_on", "2026-12-24".to_owned()),
        ("eu_ea_notified", "on".to_owned()),
        ("eu_enforcing_authority_email", "not-an-address".to_owned()),
        ("eu_user_information_term", "delayed_until".to_owned()),
        ("eu_user_information_until", "soon".to_owned()),
    ]);
    let response = app.post_request_form(&id, &fields).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await?;
    for field in [
        "eu_issuing_authority",
        "eu_data_categories",
        "eu_issued_on",
        "eu_enforcing_authority",
        "eu_user_information",
    ] {
        assert!(
            html.contains(&format!("id=\"f-{field}-error\"")),
            "error shown at {field}"
        );
    }
    assert!(html.contains("cannot be issued in the future"));
    // What was typed is kept.
    assert!(html.contains("value=\"276 Js 1234/26\"") && html.contains("value=\"not-an-address\""));
    assert_eq!(
        app.status_of_draft(&id).await,
        "draft",
        "nothing was submitted"
    );
    Ok(())
}

impl TestApp {
    async fn status_of_draft(&self, id: &str) -> String {
        let html = self
            .get(&format!("/requests/{id}"))
            .await
            .text()
            .await
            .unwrap_or_default();
        let marker = "id=\"request-status\">";
        let start = html.find(marker).map_or(0, |s| s + marker.len());
        html[start..]
            .chars()
            .take_while(|c| *c != '<')
            .collect::<String>()
            .to_lowercase()
    }
}

/// Black-box hostile certificate fields (`tests/it/redteam/hostile_certificates.json`):
/// each is refused naming its field, or stored and shown as text, never as markup.
async fn hostile_certificate_fields_are_refused_or_shown_as_text(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let set: Value = serde_json::from_str(include_str!("../redteam/hostile_certificates.json"))?;
    let person = app.sign_up("hostile@abilenetx.gov").await;
    let token = app.create_token(&person, &["read", "submit"]).await;
    let (staff, _) = app
        .staff("Ivy Intake", "ivy@provider.example", &[Role::Intake])
        .await;
    for case in set["cases"].as_array().ok_or("cases")? {
        let name = case["name"].as_str().ok_or("name")?;
        let mut body = eu_body("epoc");
        for (key, value) in case["certificate"].as_object().ok_or("certificate")? {
            body["request"]["eu_order"][key] = value.clone();
        }
        let response = app
            .api(Method::POST, "/api/v1/requests", &token)
            .json(&body)
            .send()
            .await?;
        match case["expect"].as_str() {
            Some("refused") => {
                assert_eq!(
                    response.status(),
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "{name}"
                );
                let problems: Value = response.json().await?;
                let field = case["field"].as_str().ok_or("field")?;
                assert!(
                    problems["fields"]
                        .as_array()
                        .ok_or("fields")?
                        .iter()
                        .any(|f| f["field"] == field),
                    "{name}: {problems}"
                );
            }
            _ => {
                assert_eq!(response.status(), StatusCode::CREATED, "{name}");
                let created: Value = response.json().await?;
                let id = created["id"].as_str().ok_or("id")?;
                let marker = case["must_not_appear"].as_str().ok_or("marker")?;
                for html in [
                    app.get(&format!("/requests/{id}")).await.text().await?,
                    staff
                        .get(&format!("/staff/requests/{id}"))
                        .await
                        .text()
                        .await?,
                ] {
                    assert!(html.contains("eu-certificate"), "{name}: certificate shown");
                    assert!(!html.contains(marker), "{name}: shown as markup");
                }
            }
        }
    }
    Ok(())
}
