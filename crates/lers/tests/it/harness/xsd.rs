//! Conformance of HI-1 messages with ETSI's published TS 103 120 V1.15.1 XSDs, from the
//! PyPI package `ts103120` (`scripts/test` installs it and exports
//! `LERS_TS103120_SCHEMAS=<site-packages>/ts103120/data/1.15.1`).
//!
//! Call [`assert_valid_hi1`] on every message LERS emits or a test sends. In CI the
//! official files are required (a missing variable fails the test); elsewhere the same
//! files shipped in `crates/lers-etsi/schemas/1.15.1` stand in, with a note.

use std::path::PathBuf;
use std::process::Command;

/// The directory of the V1.15.1 `.xsd` files to validate against.
pub fn hi1_xsd_dir() -> PathBuf {
    match std::env::var_os("LERS_TS103120_SCHEMAS") {
        Some(dir) if !dir.is_empty() => {
            let dir = PathBuf::from(dir).join("xsd");
            assert!(
                dir.join("ts_103120_Core.xsd").is_file(),
                "LERS_TS103120_SCHEMAS: {} has no ts_103120_Core.xsd",
                dir.display()
            );
            dir
        }
        _ if std::env::var("CI").is_ok_and(|v| v == "true") => panic!(
            "CI=true but LERS_TS103120_SCHEMAS is not set: messages must be validated against \
             ETSI's official schemas from the PyPI package ts103120 (scripts/test sets it)"
        ),
        _ => {
            eprintln!(
                "note: LERS_TS103120_SCHEMAS is not set; validating against the copy shipped in \
                 crates/lers-etsi/schemas (scripts/test uses the PyPI package's)"
            );
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../lers-etsi/schemas/1.15.1/xsd")
        }
    }
}

/// The `--schemas` directory for `lers etsi validate` (the one holding `xsd/`).
pub fn hi1_schemas_dir() -> PathBuf {
    hi1_xsd_dir()
        .parent()
        .expect("the xsd directory has a parent")
        .to_owned()
}

/// Fails the test, with xmllint's complaint and the message, unless `xml` is valid
/// against the V1.15.1 XSDs. xmllint is required (Debian: libxml2-utils).
pub fn assert_valid_hi1(xml: &str) {
    if let Err(complaint) = check_hi1(xml) {
        panic!("not valid against ETSI TS 103 120 V1.15.1:\n{complaint}\n--- message ---\n{xml}");
    }
}

/// xmllint's verdict on `xml`: `Err` carries its complaint.
pub fn check_hi1(xml: &str) -> Result<(), String> {
    let xsd_dir = std::path::absolute(hi1_xsd_dir()).expect("absolute schema path");
    let dir = tempfile::tempdir().expect("temp dir");
    let wrapper = dir.path().join("hi1-validate.xsd");
    std::fs::write(
        &wrapper,
        lers_etsi::schema::wrapper_xsd(&xsd_dir.to_string_lossy()),
    )
    .expect("write the wrapper schema");
    let message = dir.path().join("message.xml");
    std::fs::write(&message, xml).expect("write the message");
    let output = Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&wrapper)
        .arg(&message)
        .output()
        .unwrap_or_else(|e| {
            panic!("xmllint could not run ({e}); install it: apt-get install -y libxml2-utils")
        });
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}
