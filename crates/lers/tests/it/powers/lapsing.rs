//! A proposal stands only while its proposer does; refused decisions are audited.

use super::*;
use crate::both_backends;

both_backends!(a_proposal_lapses_when_its_proposer_is_no_longer_an_admin);

/// The roles form asking approver for Cy (which needs a second admin).
const APPROVER_FOR_CY: [(&str, &str); 2] = [("role_intake", "on"), ("role_approver", "on")];

/// Four eyes means two admins agree. A proposal whose proposer has since lost the
/// admin role (here: demoted by the operator) vouches for nothing, so approving it
/// would apply one admin's will alone: it is refused, on every kind of proposal, and
/// can still be rejected. Decisions the rules refuse are on the record.
async fn a_proposal_lapses_when_its_proposer_is_no_longer_an_admin(backend: Backend) -> TestResult {
    use lers_domain::passkey::KeyPolicy;
    use lers_store::{KeyPolicyChange, KeyPolicyStore, ShownProposal};

    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let Cast {
        ada,
        ada_p,
        ben,
        ben_p,
        ada_id,
        cy,
    } = two_admins_and_cy(&app).await;
    let as_actor = |actor: String| acting(&app, actor);
    let ada_pseudonym = ada_p_pseudonym(&app, &ada_p).await;
    let ben_pseudonym = ada_p_pseudonym(&app, &ben_p).await;

    // Ada proposes approver for Cy, and a relaxed key policy.
    let cy_roles = format!("/staff/accounts/{cy}/roles");
    let propose_approver_for_cy = || with_code(&app, &ada, &ada_p, &cy_roles, &APPROVER_FOR_CY);
    let proposed = propose_approver_for_cy().await;
    assert_eq!(proposed.status(), StatusCode::SEE_OTHER);
    let proposal = newest_proposal(&app).await;
    app.store
        .change_key_policy(KeyPolicy::Approvers, &as_actor(ada_pseudonym.clone()))
        .await?;
    let relaxing = app
        .store
        .change_key_policy(KeyPolicy::Nobody, &as_actor(ada_pseudonym.clone()))
        .await?;
    assert_eq!(relaxing, KeyPolicyChange::Proposed);
    let shown = app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .map(|p| ShownProposal {
            policy: p.policy,
            proposed_at: p.proposed_at,
        })
        .expect("the relaxation waits");
    let endpoint = |who: &Person| {
        app.advance(Duration::seconds(30));
        let code = app.code(&who.secret);
        [
            ("country", "ie".to_owned()),
            ("identifier", "GARDA-DUBLIN".to_owned()),
            ("name", "Garda Síochána".to_owned()),
            ("contact_email", "hi1@garda.example".to_owned()),
            ("auth_kind", "client_certificate".to_owned()),
            ("credential", ["ab"; 32].join(":")),
            ("notify_url", "https://hi1.garda.example/notify".to_owned()),
            ("role", "issuing".to_owned()),
            ("code", code),
        ]
    };
    let endpoints = "/staff/interface-endpoints";
    let fields = endpoint(&ada_p);
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let registered = ada.submit(endpoints, endpoints, &form).await;
    assert_eq!(registered.status(), StatusCode::SEE_OTHER);

    // Approving her own proposal is refused, and the attempt is on the record.
    let own = with_code(
        &app,
        &ada,
        &ada_p,
        &format!("/staff/approvals/{proposal}/approve"),
        &[],
    )
    .await;
    assert_eq!(own.status(), StatusCode::CONFLICT);
    let denied = audited(&app, "approval.denied").await;
    assert_eq!(denied.len(), 1);
    assert_eq!(denied[0].actor, ada_pseudonym);
    assert_eq!(denied[0].outcome, "denied");
    assert_eq!(denied[0].subject.as_deref(), Some(proposal.as_str()));
    assert_eq!(denied[0].details["kind"], "powers");
    assert_eq!(denied[0].details["decision"], "approve");
    assert!(denied[0].details["reason"]
        .as_str()
        .is_some_and(|r| r.contains("you proposed it yourself")));

    // The operator takes admin away from Ada: what she left waiting is voided then,
    // so it cannot come back when she is an admin again.
    let operator = as_actor(lers_domain::audit::ACTOR_SYSTEM.to_owned());
    app.store
        .set_roles(ada_id, &[Role::Auditor].into_iter().collect(), &operator)
        .await?;
    let demoted = audited(&app, "staff.roles_changed").await;
    assert_eq!(
        demoted[0].details["proposals_voided"], 3,
        "the grant, the policy and the endpoint"
    );
    // The endpoint's identity is free again: Ben can propose the authority anew.
    assert!(app.store.interface_endpoints().await?.is_empty());
    let fields = endpoint(&ben_p);
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let again = ben.submit(endpoints, endpoints, &form).await;
    assert_eq!(again.status(), StatusCode::SEE_OTHER);
    assert_eq!(app.store.interface_endpoints().await?.len(), 1);
    assert!(app.store.open_approvals(app.clock_now()).await?.is_empty());
    assert!(app
        .store
        .key_policy_proposal(app.clock_now())
        .await?
        .is_none());
    let voided = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{proposal}/approve"),
        &[],
    )
    .await;
    assert_eq!(voided.status(), StatusCode::CONFLICT);
    assert_eq!(roles_of(&app, cy).await, "intake", "nothing granted");
    let policy = app
        .store
        .decide_key_policy(shown, true, &as_actor(ben_pseudonym.clone()))
        .await;
    assert!(
        matches!(policy, Err(lers_store::StoreError::Refused(_))),
        "{policy:?}"
    );
    assert_eq!(app.store.key_policy().await?, KeyPolicy::Approvers);
    app.store
        .set_roles(ada_id, &[Role::Admin].into_iter().collect(), &operator)
        .await?;
    assert!(
        app.store.open_approvals(app.clock_now()).await?.is_empty(),
        "not back"
    );

    // Approval checks the proposer too: roles changed outside LERS' own paths (which
    // void the proposals) still stop it, and what lapsed can be rejected.
    propose_approver_for_cy().await;
    let again = newest_proposal(&app).await;
    sqlx::query("UPDATE accounts SET roles = 'auditor' WHERE id = $1")
        .bind(ada_id)
        .execute(app.store.pool())
        .await?;
    let lapsed = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{again}/approve"),
        &[],
    )
    .await;
    assert_eq!(lapsed.status(), StatusCode::CONFLICT);
    let said = page_text(lapsed).await;
    assert!(
        said.contains("lost the admin role or been disabled"),
        "{said}"
    );
    assert_eq!(roles_of(&app, cy).await, "intake", "nothing granted");
    let rejected = with_code(
        &app,
        &ben,
        &ben_p,
        &format!("/staff/approvals/{again}/reject"),
        &[],
    )
    .await;
    assert_eq!(rejected.status(), StatusCode::SEE_OTHER);

    // Every refused decision is on the record: Ada's own, then Ben's three.
    let denied = audited(&app, "approval.denied").await;
    let kinds: Vec<(&str, &str)> = denied
        .iter()
        .filter(|d| d.actor == ben_pseudonym)
        .filter_map(|d| Some((d.details["kind"].as_str()?, d.details["reason"].as_str()?)))
        .collect();
    assert_eq!(kinds.len(), 3, "{kinds:?}");
    assert_eq!(kinds[0].0, "powers");
    assert!(kinds[0].1.contains("lost the admin role"), "{kinds:?}");
    assert_eq!(kinds[1].0, "key_policy");
    assert_eq!(kinds[2].0, "powers");
    assert!(kinds[2].1.contains("already decided"), "{kinds:?}");
    assert_eq!(denied.len(), 4);
    Ok(())
}
