use ed25519_dalek::{Signer, SigningKey};

use super::*;

fn input() -> EndpointInput {
    EndpointInput {
        country: "fr".into(),
        identifier: "PARQUET-PARIS-01".into(),
        name: "Parquet de Paris".into(),
        auth_kind: "client_certificate".into(),
        credential: "AB:".repeat(31) + "AB",
        notify_url: "https://hi1.parquet.example/notify".into(),
        contact_email: "Greffe@Parquet.example".into(),
        role: String::new(),
    }
}

#[test]
fn a_complete_registration_is_normalised() {
    let checked = input().validated().expect("valid");
    assert_eq!(checked.identity.country, "FR");
    assert_eq!(checked.identity.to_string(), "FR:PARQUET-PARIS-01");
    assert_eq!(
        checked.auth,
        EndpointAuth::ClientCertificate { sha256: [0xab; 32] }
    );
    assert_eq!(checked.contact_email, "greffe@parquet.example");
    assert_eq!(checked.role, EndpointRole::Issuing);
}

#[test]
fn a_role_is_issuing_or_enforcing() {
    let enforcing = EndpointInput {
        role: "enforcing".into(),
        ..input()
    };
    assert_eq!(
        enforcing.validated().expect("valid").role,
        EndpointRole::Enforcing
    );
    let unknown = EndpointInput {
        role: "validating".into(),
        ..input()
    };
    let errors = unknown.validated().expect_err("refused");
    assert!(errors.iter().any(|e| e.field == "role"));
}

#[test]
fn every_problem_is_named_at_once() {
    let bad = EndpointInput {
        country: "XX".into(),
        identifier: "has space".into(),
        name: String::new(),
        auth_kind: "client_certificate".into(),
        credential: "abcd".into(),
        notify_url: "http://plain.example".into(),
        contact_email: "nobody".into(),
        role: String::new(),
    };
    let fields: Vec<&str> = bad
        .validated()
        .expect_err("invalid")
        .iter()
        .map(|e| e.field)
        .collect();
    assert_eq!(
        fields,
        [
            "country",
            "identifier",
            "name",
            "credential",
            "notify_url",
            "contact_email"
        ]
    );
}

#[test]
fn a_signed_token_key_must_be_a_real_ed25519_key() {
    let key = SigningKey::from_bytes(&[7; 32]).verifying_key();
    let ok = EndpointInput {
        auth_kind: "signed_token".into(),
        credential: hex::encode(key.as_bytes()),
        ..input()
    };
    assert!(ok.validated().is_ok());
    let unknown_kind = EndpointInput {
        auth_kind: "password".into(),
        ..input()
    };
    assert_eq!(
        unknown_kind.validated().expect_err("kind")[0].field,
        "auth_kind"
    );
}

#[test]
fn the_stored_form_reads_back() {
    let auth = EndpointAuth::SignedToken {
        public_key: [3; 32],
    };
    assert_eq!(
        EndpointAuth::from_stored(auth.kind(), &auth.credential_hex()),
        Some(auth)
    );
    assert_eq!(EndpointAuth::from_stored("signed_token", "zz"), None);
}

#[test]
fn four_eyes_on_registration() {
    assert_eq!(
        may_approve(EndpointState::Proposed, 1, 1),
        Err(EndpointRefusal::OwnProposal)
    );
    assert_eq!(may_approve(EndpointState::Proposed, 1, 2), Ok(()));
    assert_eq!(
        may_approve(EndpointState::Active, 1, 2),
        Err(EndpointRefusal::NotProposed)
    );
    assert_eq!(
        may_disable(EndpointState::Disabled),
        Err(EndpointRefusal::AlreadyDisabled)
    );
    assert_eq!(may_disable(EndpointState::Proposed), Ok(()));
}

#[test]
fn the_sender_must_be_the_endpoint() {
    let id = EndpointIdentity {
        country: "FR".into(),
        identifier: "A".into(),
    };
    assert!(id.is_sender("fr", "A"));
    assert!(!id.is_sender("FR", "a"));
    assert!(!id.is_sender("DE", "A"));
}

fn token(signing: &SigningKey, at: i64, body: &[u8]) -> SignedToken {
    use base64::Engine;
    let endpoint = EndpointIdentity {
        country: "FR".into(),
        identifier: "A".into(),
    };
    let signature = signing.sign(&SignedToken::signed_text(
        &endpoint,
        at,
        "POST /etsi/v1",
        body,
    ));
    SignedToken::from_headers(
        Some("fr:A"),
        Some(&at.to_string()),
        Some(&base64::engine::general_purpose::STANDARD.encode(signature.to_bytes())),
        "POST /etsi/v1",
    )
    .expect("well-formed")
}

#[test]
fn a_signed_token_verifies_only_for_its_body_key_and_time() {
    let signing = SigningKey::from_bytes(&[9; 32]);
    let public = signing.verifying_key().to_bytes();
    let now = Timestamp::from_unix_millis(1_800_000_000_000);
    let at = now.unix_seconds();
    let t = token(&signing, at, b"<HI1Message/>");
    assert_eq!(t.verify(&public, b"<HI1Message/>", now), Ok(()));
    assert_eq!(
        t.verify(&public, b"<HI1Message>changed</HI1Message>", now),
        Err(TokenProblem::BadSignature)
    );
    let other = SigningKey::from_bytes(&[8; 32]).verifying_key().to_bytes();
    assert_eq!(
        t.verify(&other, b"<HI1Message/>", now),
        Err(TokenProblem::BadSignature)
    );
    // Shown with another request (another file to fetch, say): refused.
    let elsewhere = SignedToken {
        target: "GET /etsi/v1/productions/other".into(),
        ..t.clone()
    };
    assert_eq!(
        elsewhere.verify(&public, b"<HI1Message/>", now),
        Err(TokenProblem::BadSignature)
    );
    let later = now.plus(Duration::minutes(6));
    assert_eq!(
        t.verify(&public, b"<HI1Message/>", later),
        Err(TokenProblem::Stale)
    );
}

#[test]
fn malformed_headers_are_named() {
    assert_eq!(
        SignedToken::from_headers(None, Some("1"), Some("x"), "POST /"),
        Err(TokenProblem::Malformed(ENDPOINT_HEADER))
    );
    assert_eq!(
        SignedToken::from_headers(Some("FR:A"), Some("soon"), Some("x"), "POST /"),
        Err(TokenProblem::Malformed(TIMESTAMP_HEADER))
    );
    assert_eq!(
        SignedToken::from_headers(Some("FR:A"), Some("1"), Some("c2hvcnQ="), "POST /"),
        Err(TokenProblem::Malformed(SIGNATURE_HEADER))
    );
}

#[test]
fn extreme_timestamps_are_stale_not_a_panic() {
    let signing = SigningKey::from_bytes(&[9; 32]);
    let now = Timestamp::from_unix_millis(1_800_000_000_000);
    for at in [i64::MIN, i64::MAX] {
        let t = token(&signing, at, b"x");
        assert_eq!(t.check_fresh(now), Err(TokenProblem::Stale));
        assert_eq!(
            t.verify(&signing.verifying_key().to_bytes(), b"x", now),
            Err(TokenProblem::Stale)
        );
    }
}
