//! The workload dashboard on the console home page (issue 18 §5), against a seeded
//! set: two cases in the `eu` region (a user-data request and an emergency) and one in
//! `us`. A reviewer limited to `eu` counts only the two; one without limits counts
//! all three. Due today / overdue, emergencies nobody has acted on, and the time to
//! first action follow the clock.

use lers_domain::account::Role;
use lers_domain::clock::Duration;
use lers_domain::region::StaffLimits;
use lers_store::prelude::*;
use lers_store::Ctx;
use reqwest::StatusCode;

use crate::both_backends;
use crate::harness::*;
use crate::regions::{eu_account_in_directory, regional_app, EuStore};

both_backends!(the_dashboard_counts_only_what_the_viewer_may_see);

/// The number shown under `id` on `html` (`<dd id="…">n</dd>`).
fn figure(html: &str, id: &str) -> Option<String> {
    let start = html.find(&format!("id=\"{id}\">"))? + id.len() + 6;
    Some(html[start..].split('<').next()?.to_owned())
}

/// Whether the table `table` has a row `label` with `count`.
fn row(html: &str, table: &str, label: &str, count: &str) -> bool {
    html.find(&format!("id=\"{table}\""))
        .map(|start| &html[start..])
        .and_then(|rest| rest.split("</table>").next())
        .is_some_and(|t| t.contains(&format!(">{label}</th><td>{count}</td>")))
}

async fn the_dashboard_counts_only_what_the_viewer_may_see(backend: Backend) -> TestResult {
    let eu = EuStore::new().await;
    let Some(app) = regional_app(backend, &eu).await else {
        return Ok(());
    };
    eu_account_in_directory(&app).await;
    app.sign_up("dana@abilenetx.gov").await;
    app.file_request("user_data", None).await;
    let (emergency, _) = app.file_request("emergency", None).await;
    // A case naming only an account the directory does not know: the `us` region.
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

    // Two hours on: the emergency (due in one hour) is overdue; nobody has acted.
    app.advance(Duration::hours(2));
    let (rita, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (uma, _) = app
        .staff("Uma Unlimited", "uma@provider.example", &[Role::Reviewer])
        .await;
    let rita_account = app
        .store
        .account_by_email("rita@provider.example")
        .await?
        .ok_or("rita")?;
    let ctx = Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    };
    app.store
        .set_staff_limits(
            &rita_account,
            &StaffLimits::from_columns(",eu,", false),
            false,
            &ctx,
        )
        .await?;

    let home = rita.get("/staff").await.text().await?;
    assert_eq!(
        figure(&home, "workload-overdue").as_deref(),
        Some("1"),
        "{home}"
    );
    assert_eq!(figure(&home, "workload-due-today").as_deref(), Some("0"));
    assert_eq!(
        figure(&home, "workload-emergencies-waiting").as_deref(),
        Some("1")
    );
    assert!(row(&home, "table-chart-region", "eu", "2"), "{home}");
    // Region names are configured identifiers, kept as they are in every language.
    assert!(home.contains("<th scope=\"row\" translate=\"no\">eu</th>"));
    assert!(
        !row(&home, "table-chart-region", "us", "1"),
        "not the us case"
    );
    assert!(row(&home, "table-chart-status", "Submitted", "2"));
    assert!(row(&home, "table-chart-kind", "User-data request", "1"));
    assert!(row(
        &home,
        "table-chart-kind",
        "Emergency disclosure request",
        "1"
    ));
    assert!(home.contains("<svg") && home.contains("aria-labelledby=\"chart-region\""));
    assert!(!home.contains("<script"), "no inline script");

    let all = uma.get("/staff").await.text().await?;
    assert!(row(&all, "table-chart-region", "us", "1"), "{all}");
    assert!(row(&all, "table-chart-status", "Submitted", "3"));

    // Rita reviews the emergency: acted on, two hours after receipt.
    let page = format!("/staff/requests/{emergency}");
    let reviewed = rita
        .submit(
            &page,
            &format!("{page}/review"),
            &crate::console::all_fine(),
        )
        .await;
    assert!(location(&reviewed).starts_with(&page), "review saved");
    let home = rita.get("/staff").await.text().await?;
    assert_eq!(
        figure(&home, "workload-emergencies-waiting").as_deref(),
        Some("0")
    );
    let thirty = home
        .split("id=\"table-chart-30-days\"")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .ok_or("the 30-day table")?;
    assert!(
        thirty.contains(
            "<th scope=\"row\">Emergency disclosure request</th><td>1</td><td>120 min</td>"
        ),
        "{thirty}"
    );
    Ok(())
}
