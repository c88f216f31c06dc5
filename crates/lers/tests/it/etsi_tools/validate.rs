//! `lers etsi validate`: the example messages pass (with a real PDF for their placeholder
//! document), with ETSI's official schemas; broken ones are refused with one line per
//! problem naming what and where.

use super::{example, example_text, lers_etsi, lers_etsi_with};
use crate::harness::xsd::{assert_valid_hi1, check_hi1, hi1_schemas_dir};
use crate::harness::{Hi1Text, TestResult};

fn schemas() -> std::path::PathBuf {
    hi1_schemas_dir()
}

/// Writes `text` as `name` in a fresh directory (kept alive by the returned guard).
fn broken(name: &str, text: &str) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    std::fs::write(&path, text).expect("write message");
    (dir, path.to_string_lossy().into_owned())
}

#[tokio::test]
async fn every_example_message_is_valid_against_the_official_schemas() -> TestResult {
    let dir = example("");
    let mut names: Vec<String> = std::fs::read_dir(&dir)?
        .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect::<Result<_, _>>()?;
    names.sort();
    assert!(names.len() >= 15, "{names:?}");
    for name in &names {
        let text = Hi1Text::example(name).0;
        if name.ends_with(".xml") {
            assert_valid_hi1(&text);
        }
        let (_dir, path) = broken(name, &text);
        let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
        assert_eq!(run.code, 0, "{name}: {}{}", run.stdout, run.stderr);
        assert_eq!(run.stdout, format!("{path}: valid\n"));
        assert!(!run.stderr.contains("skipped"), "{}", run.stderr);
    }
    Ok(())
}

#[tokio::test]
async fn a_document_that_is_not_an_acceptable_pdf_is_named() -> TestResult {
    // The example as shipped carries a placeholder, not a PDF the server would take.
    let path = example("epoc_pr_create.json");
    let run = lers_etsi(&["validate", &path.to_string_lossy()], Some(&schemas())).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.contains(": object c") && run.stdout.contains("PDF"),
        "{}",
        run.stdout
    );
    // Not a PDF at all.
    let text = Hi1Text(example_text("epoc_create.xml"))
        .with_document(b"MZ\x90\x00 not a pdf")
        .0;
    let (_dir, path) = broken("exe.xml", &text);
    let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("not a PDF"), "{}", run.stdout);
    Ok(())
}

#[tokio::test]
async fn an_element_out_of_order_is_named_by_the_schema_step() -> TestResult {
    // LERS' reader does not check element order; ETSI's XSD does.
    let text = Hi1Text::example("epoc_create.xml").0;
    let transaction =
        "<TransactionIdentifier>3f1c2a9e-6b1d-4c1e-8f0a-5d2b7c9e1a01</TransactionIdentifier>";
    let timestamp = "<Timestamp>2026-11-27T09:00:00.000000Z</Timestamp>";
    assert!(text.contains(transaction) && text.contains(timestamp));
    let swapped = text
        .replace(transaction, "@@T@@")
        .replace(timestamp, transaction)
        .replace("@@T@@", timestamp);
    assert!(check_hi1(&swapped).is_err());
    let (_dir, path) = broken("swapped.xml", &swapped);
    let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 1, "{}", run.stdout);
    assert!(
        lines[0].starts_with(&format!("{path}:13:"))
            && lines[0].contains("Schemas validity error")
            && lines[0].contains("Timestamp"),
        "{}",
        run.stdout
    );

    // Without schemas that step is skipped, and the tool says so.
    let run = lers_etsi(&["validate", &path], None).await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("XSD check skipped") && run.stderr.contains("ts103120"),
        "{}",
        run.stderr
    );
    Ok(())
}

#[tokio::test]
async fn an_unknown_dictionary_value_names_its_object_and_field() -> TestResult {
    let text = example_text("epoc_create.json").replace("TenDaysASAP", "Whenever");
    let (_dir, path) = broken("priority.json", &text);
    let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(
        run.stdout.starts_with(&format!(
            "{path}: object a1000000-0000-4000-8000-000000000001:"
        )) && run.stdout.contains("ETSI/EPOCPriority/Whenever"),
        "{}",
        run.stdout
    );
    Ok(())
}

#[tokio::test]
async fn a_bad_value_is_named_with_its_path_in_either_form() -> TestResult {
    for name in ["epoc_create.json", "epoc_create.xml"] {
        let text = example_text(name).replace("3f1c2a9e-6b1d-4c1e-8f0a-5d2b7c9e1a01", "not-a-uuid");
        let (_dir, path) = broken(name, &text);
        let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
        assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
        let first = run.stdout.lines().next().unwrap_or_default();
        assert!(
            first.contains("HI1Message/Header/TransactionIdentifier") && first.contains("UUID"),
            "{name}: {}",
            run.stdout
        );
    }
    Ok(())
}

#[tokio::test]
async fn a_billion_laughs_is_refused_and_never_given_to_xmllint() -> TestResult {
    let text = example_text("get.xml");
    let body = text
        .split_once("?>")
        .map(|(_, rest)| rest.to_owned())
        .unwrap_or(text);
    let laughs = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE HI1Message [\n <!ENTITY lol \"lol\">\n \
         <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n \
         <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n]>{body}"
    );
    let (_dir, path) = broken("laughs.xml", &laughs);
    let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("DOCTYPE"), "{}", run.stdout);
    assert!(!run.stdout.contains("Schemas validity"), "{}", run.stdout);
    Ok(())
}

#[tokio::test]
async fn the_form_is_recognised_from_the_content_when_the_name_does_not_say() -> TestResult {
    let (_dir, path) = broken("message.txt", &example_text("update_form6.json"));
    let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr
            .contains("JSON message is checked by LERS' reader only"),
        "{}",
        run.stderr
    );
    // Forced to the other form it is not well-formed XML.
    let run = lers_etsi(&["validate", "--format", "xml", &path], Some(&schemas())).await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("not well-formed"), "{}", run.stdout);
    Ok(())
}

#[tokio::test]
async fn unreadable_input_or_schemas_exit_with_2() -> TestResult {
    let dir = tempfile::tempdir()?;
    let missing = dir.path().join("absent.xml");
    let run = lers_etsi(&["validate", &missing.to_string_lossy()], None).await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("cannot read"), "{}", run.stderr);

    let example = example("get.xml");
    let run = lers_etsi(&["validate", &example.to_string_lossy()], Some(dir.path())).await;
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stderr.contains("holds no TS 103 120 schemas"),
        "{}",
        run.stderr
    );
    Ok(())
}

#[tokio::test]
async fn messages_are_read_within_the_size_the_server_accepts() -> TestResult {
    // A valid message padded past 1 MiB with a comment.
    let text = example_text("get.xml");
    let padded = text.replacen(
        "<HI1Message",
        &format!("<!-- {} -->\n<HI1Message", "x".repeat(1024 * 1024)),
        1,
    );
    let (_dir, path) = broken("padded.xml", &padded);
    let run = lers_etsi_with(
        &["validate", &path],
        Some(&schemas()),
        &[("LERS_HI1_MAX_MESSAGE_MIB", "1")],
    )
    .await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout.contains("more than the limit of 1048576"),
        "{}",
        run.stdout
    );
    // Under the default limit it is fine.
    let run = lers_etsi(&["validate", &path], Some(&schemas())).await;
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);

    // A document is held to the upload limit, as on the server.
    let text = Hi1Text(example_text("epoc_create.xml"))
        .with_document(&vec![b'%'; 1024 * 1024 + 1])
        .0;
    let (_dir, path) = broken("big-document.xml", &text);
    let run = lers_etsi_with(
        &["validate", &path],
        Some(&schemas()),
        &[("LERS_MAX_UPLOAD_MIB", "1")],
    )
    .await;
    assert_eq!(run.code, 1, "{}{}", run.stdout, run.stderr);
    assert!(
        run.stdout
            .contains("larger than 1 MiB, the limit for any uploaded document"),
        "{}",
        run.stdout
    );
    Ok(())
}
