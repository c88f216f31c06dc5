//! Data-sharing rules: a reviewer limited to the `us` region neither finds nor opens
//! the `eu` case (every refusal audited); widening the rule needs a current code;
//! "assigned cases only" hides the cases of others.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use reqwest::StatusCode;

use super::*;
use crate::both_backends;

both_backends!(a_region_limited_reviewer_sees_and_opens_only_their_regions_cases);

async fn a_region_limited_reviewer_sees_and_opens_only_their_regions_cases(
    backend: Backend,
) -> TestResult {
    let eu = EuStore::new().await;
    let Some(app) = regional_app(backend, &eu).await else {
        return Ok(());
    };
    eu_account_in_directory(&app).await;
    let requester = app.sign_up("dana@abilenetx.gov").await;
    let (eu_id, eu_reference) = app.file_request("user_data", None).await;
    // A case naming only accounts the directory does not know: the default region.
    let us_id = app.start_request("user_data").await;
    let mut fields = request_fields("user_data", None);
    for (key, value) in fields.iter_mut() {
        if *key == "target_value_0" {
            *value = "+1 (555) 010-0142".into();
        }
    }
    assert_eq!(
        app.post_request_form(&us_id, &fields).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        region_of(&app, &requester.email, &eu_id).await.as_deref(),
        Some("eu")
    );
    assert_eq!(
        region_of(&app, &requester.email, &us_id).await.as_deref(),
        Some("us")
    );
    let owner = app
        .store
        .account_by_email(&requester.email)
        .await?
        .ok_or("owner")?;
    let us_reference = app
        .store
        .request_for(&owner, &us_id)
        .await?
        .and_then(|r| r.summary.reference)
        .ok_or("us reference")?;

    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (admin, admin_person) = app
        .staff("Ada Admin", "ada@provider.example", &admin_role())
        .await;
    let rita = app
        .store
        .account_by_email("rita@provider.example")
        .await?
        .ok_or("rita")?;
    let limits = format!("/staff/accounts/{}/limits", rita.id);
    let set = |fields: Vec<(&'static str, String)>| {
        let admin = &admin;
        let limits = limits.clone();
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let response = admin.submit("/staff/regions", &limits, &fields).await;
            assert_eq!(response.status(), StatusCode::SEE_OTHER);
            admin
                .get(&location(&response))
                .await
                .text()
                .await
                .expect("page")
        }
    };

    // Narrowing needs no code.
    let page = set(vec![("regions", "us".into())]).await;
    assert!(
        page.contains("Data-sharing rule of Rita Review saved."),
        "{page}"
    );

    let page = |id: &str| format!("/staff/requests/{id}");
    assert_eq!(
        reviewer.get(&page(&eu_id)).await.status(),
        StatusCode::NOT_FOUND
    );
    assert_eq!(reviewer.get(&page(&us_id)).await.status(), StatusCode::OK);
    let queue = reviewer.get("/staff/queue").await.text().await?;
    assert!(queue.contains(&us_reference), "the us case is in the queue");
    assert!(!queue.contains(&eu_reference), "the eu case is not");
    let review = reviewer
        .submit(
            &page(&us_id),
            &format!("{}/review", page(&eu_id)),
            &crate::console::all_fine(),
        )
        .await;
    assert_eq!(
        review.status(),
        StatusCode::NOT_FOUND,
        "nor can it be acted on"
    );
    let denials = audited(&app, "region.access_denied").await;
    assert_eq!(denials.len(), 2, "{denials:?}");
    assert!(denials
        .iter()
        .all(|d| d.subject.as_deref() == Some(eu_id.as_str())
            && d.outcome == "denied"
            && d.actor == rita.pseudonym
            && d.details["region"] == "eu"
            && d.details["reason"] == "region"));

    // Widening grants access: without a current code it is refused.
    app.advance(Duration::minutes(6));
    let page_after = set(vec![("regions", "us, eu".into())]).await;
    assert!(page_after.contains("Not changed"), "{page_after}");
    assert_eq!(
        reviewer.get(&page(&eu_id)).await.status(),
        StatusCode::NOT_FOUND
    );
    let code = app.code(&admin_person.secret);
    let page_after = set(vec![("regions", "us, eu".into()), ("code", code)]).await;
    assert!(page_after.contains("saved"), "{page_after}");
    assert_eq!(reviewer.get(&page(&eu_id)).await.status(), StatusCode::OK);

    // Assigned cases only (narrowing): unassigned cases are out of reach.
    set(vec![
        ("regions", "eu, us".into()),
        ("assigned_only", "on".into()),
    ])
    .await;
    assert_eq!(
        reviewer.get(&page(&us_id)).await.status(),
        StatusCode::NOT_FOUND
    );
    let queue = reviewer.get("/staff/queue").await.text().await?;
    assert!(!queue.contains(&us_reference) && !queue.contains(&eu_reference));
    let denials = audited(&app, "region.access_denied").await;
    assert!(denials
        .iter()
        .any(|d| d.subject.as_deref() == Some(us_id.as_str())
            && d.details["reason"] == "not_assigned"));

    let changes = audited(&app, "region.staff_limits_changed").await;
    assert_eq!(
        changes.len(),
        3,
        "three changes, the refused one not: {changes:?}"
    );
    assert_eq!(
        changes
            .iter()
            .filter(|c| c.details["widened"] == true)
            .count(),
        1
    );
    assert!(changes
        .iter()
        .all(|c| c.subject.as_deref() == Some(rita.pseudonym.as_str())));
    Ok(())
}
