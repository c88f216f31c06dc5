//! Bad messages: each refused with what is wrong, audited, and nothing stored.

use super::*;

crate::both_backends!(
    an_unregistered_sender_is_refused,
    a_sender_that_is_not_the_authenticated_endpoint_is_refused,
    an_invalid_document_is_refused,
    a_billion_laughs_message_is_refused,
    a_message_over_the_size_limit_is_refused_before_it_is_read,
);

async fn an_unregistered_sender_is_refused(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    // Over mutual TLS: a certificate from the CA that no endpoint registered.
    let tls = app.hi1_listener().await;
    let unknown = Authority::stranger(&tls, "DE", "de-sta-berlin");
    let reply = unknown
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert!(
        reply.body.contains("no registered interface endpoint"),
        "{}",
        reply.body
    );
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", &tls.pki.stranger.fingerprint_hex())
            .await,
        1,
        "audited with the certificate presented"
    );
    // With a signed token: an identity nobody registered ...
    let stranger = Authority::unregistered("DE", "de-sta-berlin");
    let reply = stranger
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await;
    assert_eq!(reply.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "no registered interface endpoint")
            .await,
        2
    );
    // ... or a registered identity with another key.
    let _ = app.register_authority("DE", "de-sta-berlin").await;
    let forged = stranger
        .send(&app, &Hi1Text::example("epoc_create.xml"))
        .await;
    assert_eq!(forged.status, StatusCode::UNAUTHORIZED);
    assert!(
        forged.body.contains("signature does not verify"),
        "{}",
        forged.body
    );
    nothing_stored(&app).await;
    Ok(())
}

async fn a_sender_that_is_not_the_authenticated_endpoint_is_refused(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let berlin = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let _paris = app.tls_authority(&tls, "FR", "fr-parquet-paris").await;
    // Berlin's key, Paris' name in the header.
    let message = Hi1Text::example("epoc_pr_create.xml");
    let reply = berlin.send(&app, &message).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_hi1_xml(&reply);
    assert_eq!(reply.error_code(), Some(6001), "{}", reply.body);
    assert!(reply
        .body
        .contains("FR:fr-parquet-paris is not the endpoint"));
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", &message.transaction())
            .await,
        1
    );
    // Addressed to another provider: refused too.
    let elsewhere = Hi1Text::example("epoc_create.xml").replace(
        "<UniqueIdentifier>LERS</UniqueIdentifier>",
        "<UniqueIdentifier>other-provider</UniqueIdentifier>",
    );
    let reply = berlin.send(&app, &elsewhere).await;
    assert_eq!(reply.error_code(), Some(6002), "{}", reply.body);
    nothing_stored(&app).await;
    Ok(())
}

async fn an_invalid_document_is_refused(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let berlin = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    // Not a PDF (its checksum is right): the upload path's PDF check refuses it.
    let not_pdf = Hi1Text::example("epoc_create.xml");
    let pdf = lers_app::sample_pdf("", "European Production Order Certificate");
    let not_pdf = not_pdf.with_document_replacing(&pdf, b"<html>not a PDF</html>");
    let reply = berlin.send(&app, &not_pdf).await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_eq!(reply.error_code(), Some(6008), "{}", reply.body);
    assert!(
        reply.body.contains("c1000000-0000-4000-8000-000000000001"),
        "names the document"
    );
    assert_eq!(
        app.audited_mentioning("document.refused", "").await,
        1,
        "the PDF check audits"
    );
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "6008").await,
        1
    );

    // A PDF larger than any upload may be.
    let mut big = lers_app::sample_pdf("", "x");
    big.resize(usize::try_from(MAX_UPLOAD_BYTES)? + 1, b' ');
    let too_big = Hi1Text::example("epoc_create.xml").with_document_replacing(&pdf, &big);
    let reply = berlin.send(&app, &too_big).await;
    assert_eq!(reply.error_code(), Some(6008), "{}", reply.body);
    assert!(reply.body.contains("larger than 1 MiB"), "{}", reply.body);

    // A checksum that does not match the contents.
    let message = Hi1Text::example("epoc_create.xml");
    let sha = hex::encode(<sha2::Sha256 as sha2::Digest>::digest(&pdf));
    let bad_sum = message.replace(&sha, &"0".repeat(64));
    let reply = berlin.send(&app, &bad_sum).await;
    assert_eq!(reply.error_code(), Some(3002), "{}", reply.body);
    assert!(
        reply.body.contains("checksum does not match"),
        "{}",
        reply.body
    );
    nothing_stored(&app).await;
    Ok(())
}

async fn a_billion_laughs_message_is_refused(backend: Backend) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let tls = app.hi1_listener().await;
    let berlin = app.tls_authority(&tls, "DE", "de-sta-berlin").await;
    let mut entities = String::from("<!ENTITY lol \"lol\">");
    for i in 1..10 {
        let previous = if i == 1 {
            "lol".to_owned()
        } else {
            format!("lol{}", i - 1)
        };
        entities.push_str(&format!(
            "<!ENTITY lol{i} \"{}\">",
            format!("&{previous};").repeat(10)
        ));
    }
    let body = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE HI1Message [{entities}]>\n<HI1Message xmlns=\"http://uri.etsi.org/03120/common/2019/10/Core\">&lol9;</HI1Message>"
    );
    let reply = berlin
        .send_as(&app, "application/xml", body.as_bytes())
        .await;
    assert_eq!(reply.status, StatusCode::BAD_REQUEST);
    assert_hi1_xml(&reply);
    assert_eq!(reply.error_code(), Some(1002), "{}", reply.body);
    assert!(
        reply.body.to_lowercase().contains("doctype"),
        "{}",
        reply.body
    );
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "1002").await,
        1
    );
    // Nor is any other content type read.
    let reply = berlin.send_as(&app, "text/plain", b"hello").await;
    assert_eq!(reply.error_code(), Some(6011), "{}", reply.body);
    nothing_stored(&app).await;
    Ok(())
}

async fn a_message_over_the_size_limit_is_refused_before_it_is_read(
    backend: Backend,
) -> TestResult {
    let Some(app) = TestApp::spawn(backend).await else {
        return Ok(());
    };
    let limit = usize::try_from(app.state.config.hi1_max_message_bytes)?;
    let body = vec![b'<'; limit + 1];
    let answer = app
        .state
        .receive_hi1(
            Ok(None),
            Some("application/xml"),
            &body,
            &app.hi1_admin_ctx(),
        )
        .await;
    assert_eq!(answer.status, 413, "{}", answer.body);
    assert!(
        answer.body.contains("larger than 60 MiB"),
        "{}",
        answer.body
    );
    assert_eq!(
        app.audited_mentioning("hi1.message_refused", "larger than 60 MiB")
            .await,
        1
    );
    nothing_stored(&app).await;
    Ok(())
}
