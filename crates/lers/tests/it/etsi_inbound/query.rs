//! GET and LIST: the current status of what the sender created, and never another
//! sender's objects.

use super::*;

crate::both_backends!(get_and_list_show_only_the_senders_own_objects);

async fn get_and_list_show_only_the_senders_own_objects(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let berlin = app.register_authority("DE", "de-sta-berlin").await;
    let paris = app.register_authority("FR", "fr-parquet-paris").await;
    ok(&berlin
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await);
    ok(&paris
        .send(&app, &Hi1Text::example("epoc_pr_create.xml"))
        .await);

    // Berlin lists its authorisations: its own, not Paris'.
    let list = berlin
        .send(&app, &Hi1Text::example("list.xml").new_transaction())
        .await;
    ok(&list);
    assert!(list.body.contains(EPOC_AUTH), "{}", list.body);
    assert!(!list.body.contains(PR_AUTH), "{}", list.body);
    assert!(
        !list.body.contains(EPOC_TASK),
        "filtered by ObjectType: {}",
        list.body
    );
    assert_eq!(list.body.matches("<ListResponseRecord>").count(), 1);

    // Every type, changed since a time in the future: none.
    let later = Hi1Text::example("list.xml")
        .new_transaction()
        .replace("2026-11-01T00:00:00Z", "2027-01-01T00:00:00Z");
    let none = berlin.send(&app, &later).await;
    ok(&none);
    assert_eq!(
        none.body.matches("<ListResponseRecord>").count(),
        0,
        "{}",
        none.body
    );

    // Paris' object is not found for Berlin, and the other way round.
    let foreign = berlin.send(&app, &get_message(&berlin, PR_TASK)).await;
    assert_eq!(foreign.error_code(), Some(6004), "{}", foreign.body);
    assert!(foreign.body.contains("not found for this sender"));
    let get = paris.send(&app, &get_message(&paris, EPOC_AUTH)).await;
    assert_eq!(get.error_code(), Some(6004), "{}", get.body);
    assert!(
        app.audited_mentioning("hi1.message_refused", "not found for this sender")
            .await
            >= 2
    );

    // Documents are listed, not returned.
    let document = berlin
        .send(
            &app,
            &get_message(&berlin, "c1000000-0000-4000-8000-000000000001"),
        )
        .await;
    assert_eq!(document.error_code(), Some(6012), "{}", document.body);

    // Its own objects it gets, with their status.
    let own = paris.send(&app, &get_message(&paris, PR_TASK)).await;
    ok(&own);
    assert_eq!(reported_status(&own).as_deref(), Some("Preserved"));
    Ok(())
}
