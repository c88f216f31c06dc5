//! Requests from every channel other than the portal, registered by intake staff:
//! they keep their channel and time of receipt, and their clocks run from receipt.

use lers_domain::request::intake::INTAKE_CHANNELS;

use super::*;

crate::both_backends!(
    every_channel_enters_the_queue_with_its_time_of_receipt,
    only_intake_staff_reach_the_intake_pages
);

async fn every_channel_enters_the_queue_with_its_time_of_receipt(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let staff = intake_staff(&app).await;

    // A time of receipt ahead of now, and a channel that is not one, are refused by field.
    let mut future = intake_fields("carrier_pigeon", "2026-12-24 10:00", "ana@abilenetx.gov");
    future.retain(|(k, _)| *k != "served");
    let response = staff
        .submit("/staff/intake", "/staff/intake", &as_refs(&future))
        .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let html = response.text().await?;
    assert!(html.contains("cannot be in the future"), "{html}");
    assert!(html.contains("Choose how the request arrived"), "{html}");

    let mut references = Vec::new();
    for (n, channel) in INTAKE_CHANNELS.iter().enumerate() {
        let at = format!("2026-11-{:02} 09:15", 10 + n);
        let email = format!("officer{n}@abilenetx.gov");
        let id = take_in(&staff, channel.as_str(), &at, &email).await;
        if n == 0 {
            // Legal process is scanned before the request is registered.
            let page = format!("/staff/intake/{id}/register");
            let refused = staff
                .submit(&format!("/staff/intake/{id}"), &page, &[])
                .await;
            assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
            assert!(refused
                .text()
                .await?
                .contains("Attach the scanned legal process"));
        }
        let scan = upload_scan(&staff, &id, lers_app::sample_pdf("", "scan")).await;
        assert_eq!(scan.status(), StatusCode::SEE_OTHER, "scan for {channel}");
        let reference = complete_and_register(&staff, &id).await;

        let (stored, received_at, due_at) = arrival_of(&app, &id).await;
        assert_eq!(stored, channel.as_str());
        assert_eq!(
            received_at,
            received(&at).unix_millis(),
            "{channel}: receipt kept"
        );
        assert_eq!(
            due_at,
            received(&at).plus(DEFAULT_SLA).unix_millis(),
            "{channel}: the clock runs from receipt, not from registration"
        );
        let case = staff
            .get(&format!("/staff/requests/{id}"))
            .await
            .text()
            .await?;
        assert!(
            case.contains(&format!(
                "<span id=\"request-received\"><time datetime=\"{}\">",
                received(&at)
            )),
            "the case shows the time of receipt"
        );
        assert!(case.contains(&reference));
        assert!(
            case.contains(&received(&at).plus(DEFAULT_SLA).to_string()),
            "due date"
        );
        references.push((reference, channel));
    }

    let queue = staff.get("/staff/queue").await.text().await?;
    for (reference, channel) in &references {
        assert!(
            queue.contains(reference.as_str()),
            "{reference} in the queue"
        );
        let label = channel_label(channel.as_str());
        assert!(queue.contains(label), "the queue shows the channel {label}");
    }
    // Nothing is waiting any more on the intake page.
    let page = staff.get("/staff/intake").await.text().await?;
    assert!(page.contains("Nothing is waiting to be registered."));
    assert_eq!(
        audit_count(&app, "intake.opened").await,
        i64::try_from(INTAKE_CHANNELS.len())?
    );
    Ok(())
}

async fn only_intake_staff_reach_the_intake_pages(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let staff = intake_staff(&app).await;
    let id = take_in(&staff, "fax", "2026-11-20 08:00", "ana@abilenetx.gov").await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let requester = TestApp::with_client(&app);
    let person = app.sign_up("someone@abilenetx.gov").await;
    // A fresh code: the one used at enrollment cannot be replayed.
    app.advance(Duration::seconds(30));
    assert_eq!(
        requester
            .log_in(&person.email, &person.password, &app.code(&person.secret))
            .await
            .status(),
        StatusCode::SEE_OTHER
    );
    let fields = intake_fields("post", "2026-11-20 08:00", "x@abilenetx.gov");
    for browser in [&reviewer, &requester] {
        for page in [
            "/staff/intake".to_owned(),
            format!("/staff/intake/{id}"),
            format!("/staff/intake/{id}/edit"),
        ] {
            assert_eq!(
                browser.get(&page).await.status(),
                StatusCode::FORBIDDEN,
                "{page}"
            );
        }
        // Forms carry a valid token (from a page they may open), so the role is
        // what refuses them.
        let token_page = "/account/profile";
        for (action, form) in [
            ("/staff/intake".to_owned(), as_refs(&fields)),
            (format!("/staff/intake/{id}/register"), Vec::new()),
            (format!("/staff/intake/{id}/invite"), Vec::new()),
            (
                format!("/staff/intake/{id}/edit"),
                vec![("title", "taken over"), ("action", "save")],
            ),
        ] {
            let response = browser.submit(token_page, &action, &form).await;
            assert_eq!(response.status(), StatusCode::FORBIDDEN, "{action}");
        }
    }
    let (title,): (String,) = sqlx::query_as("SELECT title FROM requests WHERE public_id = $1")
        .bind(&id)
        .fetch_one(app.store.pool())
        .await?;
    assert_eq!(title, "", "nobody else changed the draft");
    assert!(audit_count(&app, "access.denied").await >= 14);
    Ok(())
}

fn channel_label(channel: &str) -> &'static str {
    match channel {
        "post" => "Post",
        "fax" => "Fax",
        "email" => "Email",
        "in_person" => "In person",
        "mlat" => "MLAT or international agreement",
        "court_service" => "Court service",
        _ => "EU decentralised IT system",
    }
}
