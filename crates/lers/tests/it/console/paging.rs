//! The queue and the deconfliction panel at size (issue 16): paged, in index order,
//! with counts, page links and a page past the end, the case page showing only the
//! newest requests naming a busy target and a page listing them all.

use lers_domain::request::{
    DataCategory, LegalInstrument, OrderTerm, RequestChannel, RequestDraft, RequestKind,
    TargetInput,
};
use lers_store::Submission;

use super::*;
use crate::both_backends;

both_backends!(
    the_queue_is_paged_in_deadline_order,
    a_busy_target_is_paged_on_the_case_page,
);

/// Requests filed after the first (which every one of them names through its phone
/// number); one page of the queue and one of the full list is 50.
const OTHERS: usize = 55;

fn draft(n: usize) -> RequestDraft {
    RequestDraft {
        title: format!("Operation Walnut {n}"),
        country: "US".into(),
        subdivision: "TX".into(),
        issuing_authority: "42nd District Court, Taylor County".into(),
        instrument: Some(LegalInstrument::SearchWarrant),
        citation: "Cause No. 2026-4471".into(),
        description: "Subscriber details of the account used to extort the victim.".into(),
        targets: vec![
            TargetInput {
                kind: "phone".into(),
                value: "+1 555 010 0199".into(),
            },
            TargetInput {
                kind: "email".into(),
                value: format!("only-{n}@example.com"),
            },
        ],
        data_categories: vec![DataCategory::SubscriberInfo],
        date_from: "2026-01-01".into(),
        date_to: "2026-06-30".into(),
        nondisclosure: OrderTerm::Until {
            until: "2027-06-30".into(),
        },
        ..Default::default()
    }
}

/// 1 + [`OTHERS`] submitted requests naming one phone number, each later one with
/// an earlier deadline; their (public id, reference) in filing order.
async fn many_filed(app: &TestApp) -> Vec<(String, String)> {
    app.sign_up("texas@abilenetx.gov").await;
    app.log_out().await;
    let owner = app
        .store
        .account_by_email("texas@abilenetx.gov")
        .await
        .expect("db")
        .expect("owner");
    let mut filed = Vec::new();
    for n in 0..=OTHERS {
        let ctx = ctx(app);
        let draft = draft(n);
        let record = app
            .store
            .create_request(&owner, RequestKind::UserData, &draft, &ctx)
            .await
            .expect("draft");
        let submitted = draft
            .validate(RequestKind::UserData, ctx.at.date())
            .expect("a complete request");
        let due = ctx.at.plus(Duration::hours(1000 - n as i64));
        let submission = Submission {
            request: &submitted,
            colleague_ids: &[],
            year: 2026,
            due_at: due,
            received_at: ctx.at,
            channel: RequestChannel::Api,
        };
        let record = app
            .store
            .submit_request(&owner, &record.summary.id, &submission, &ctx)
            .await
            .expect("submitted");
        filed.push((
            record.summary.id.clone(),
            record.summary.reference.clone().expect("a reference"),
        ));
        app.advance(Duration::seconds(1));
    }
    filed
}

fn ctx(app: &TestApp) -> lers_store::Ctx {
    lers_store::Ctx {
        at: app.clock_now(),
        actor: "system".into(),
        ip: None,
    }
}

/// The references on `html`, in page order.
fn references(html: &str) -> Vec<String> {
    html.match_indices("LERS-2026-")
        .map(|(at, _)| html[at..at + 16].to_owned())
        .collect()
}

async fn the_queue_is_paged_in_deadline_order(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let filed = many_filed(&app).await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    // The nearest deadline first: the last filed.
    let expected: Vec<String> = filed.iter().rev().map(|(_, r)| r.clone()).collect();
    let first = reviewer.get("/staff/queue").await.text().await?;
    assert_eq!(references(&first), expected[..50]);
    assert!(first.contains("Page 1 of 2 (56 in all)"), "{first}");
    assert!(
        first.contains("page=2\" rel=\"next\"") && !first.contains("rel=\"prev\""),
        "{first}"
    );
    let second = reviewer.get("/staff/queue?page=2").await.text().await?;
    assert_eq!(references(&second), expected[50..]);
    assert!(second.contains("Page 2 of 2 (56 in all)"), "{second}");
    assert!(
        second.contains("rel=\"prev\"") && !second.contains("rel=\"next\""),
        "{second}"
    );
    // A page past the end sends to the last page, keeping the filters.
    assert_redirect(
        &reviewer.get("/staff/queue?country=US&page=9").await,
        "/staff/queue?kind=&status=&country=US&page=2",
    );
    // Filters count what they keep.
    let none = reviewer.get("/staff/queue?country=DE").await.text().await?;
    assert!(references(&none).is_empty() && none.contains("Page 1 of 1 (0 in all)"));
    Ok(())
}

async fn a_busy_target_is_paged_on_the_case_page(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let filed = many_filed(&app).await;
    let (reviewer, _) = app
        .staff("Rita Review", "rita@provider.example", &[Role::Reviewer])
        .await;
    let (case, case_reference) = &filed[0];
    // Newest first: the others in reverse filing order.
    let others: Vec<String> = filed[1..].iter().rev().map(|(_, r)| r.clone()).collect();
    let page = reviewer
        .get(&format!("/staff/requests/{case}"))
        .await
        .text()
        .await?;
    let panel = &page[page.find("id=\"deconfliction\"").ok_or("panel")?..];
    let panel = &panel[..panel.find("</table>").ok_or("panel end")?];
    // The phone row lists the newest ten and links to the rest; the e-mail address,
    // named by nobody else, lists none.
    assert_eq!(references(panel), others[..10]);
    assert!(panel.contains("10 of 55 shown"), "{panel}");
    let all = format!("/staff/requests/{case}/targets/0");
    assert!(panel.contains(&format!("href=\"{all}\"")), "{panel}");
    assert!(!panel.contains(&format!("/staff/requests/{case}/targets/1")));

    let first = reviewer.get(&all).await.text().await?;
    assert!(first.contains(case_reference.as_str()), "{first}");
    let listed = references(&first);
    assert_eq!(listed[listed.len() - 50..], others[..50]);
    assert!(first.contains("Page 1 of 2 (55 in all)"), "{first}");
    let second = reviewer.get(&format!("{all}?page=2")).await.text().await?;
    let listed = references(&second);
    assert_eq!(listed[listed.len() - 5..], others[50..]);
    assert_redirect(
        &reviewer.get(&format!("{all}?page=3")).await,
        &format!("{all}?page=2"),
    );
    // The other target is named by nobody else; there is no third.
    let lonely = reviewer
        .get(&format!("/staff/requests/{case}/targets/1"))
        .await
        .text()
        .await?;
    assert!(lonely.contains("No other request names it."), "{lonely}");
    assert_eq!(
        reviewer
            .get(&format!("/staff/requests/{case}/targets/2"))
            .await
            .status(),
        StatusCode::NOT_FOUND
    );
    // A requester cannot reach it.
    assert_ne!(app.get(&all).await.status(), StatusCode::OK);
    // The store agrees with the pages, and leaves the case itself out.
    let key = lers_store::TargetKey {
        target_type: "phone".into(),
        normalized: "+15550100199".into(),
    };
    let row = app
        .store
        .staff_request(case, &ctx(&app))
        .await?
        .ok_or("case")?
        .summary
        .row_id;
    let pages = app.store.named_by(row, &[key.clone(), key], 3, 52).await?;
    assert_eq!(pages.len(), 2);
    for page in pages {
        assert_eq!(page.total, 55);
        let got: Vec<String> = page.items.into_iter().filter_map(|s| s.reference).collect();
        assert_eq!(got, others[52..]);
    }
    Ok(())
}
