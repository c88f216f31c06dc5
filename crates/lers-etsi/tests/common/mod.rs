//! Shared by the test binaries: the example messages and the schema check.

#![allow(dead_code)] // each test binary uses a part

use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An example message from `tests/messages/`.
pub fn message(name: &str) -> Vec<u8> {
    let path = crate_dir().join("tests/messages").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn message_text(name: &str) -> String {
    String::from_utf8(message(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

pub const EXAMPLE_XML: [&str; 8] = [
    "epoc_create.xml",
    "epoc_pr_create.xml",
    "epoc_emergency.xml",
    "get.xml",
    "list.xml",
    "update_form5.xml",
    "update_form6.xml",
    "update_withdraw.xml",
];

/// The XML examples that have a JSON twin (same name, `.json`).
pub const EXAMPLE_JSON: [&str; 7] = [
    "epoc_create",
    "epoc_pr_create",
    "epoc_emergency",
    "get",
    "list",
    "update_form6",
    "update_withdraw",
];

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Runs `xmllint --noout --schema schemas/hi1-validate.xsd` (the shipped V1.15.1 XSDs)
/// on `xml`; Err carries xmllint's complaint. xmllint is required (Debian:
/// `apt-get install -y libxml2-utils`); the test fails without it, it does not skip.
pub fn schema_check(xml: &str) -> Result<(), String> {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let path = std::env::temp_dir().join(format!("lers-etsi-{}-{n}.xml", std::process::id()));
    std::fs::write(&path, xml).map_err(|e| format!("{}: {e}", path.display()))?;
    let output = Command::new("xmllint")
        .arg("--noout")
        .arg("--nonet")
        .arg("--schema")
        .arg(crate_dir().join("schemas/hi1-validate.xsd"))
        .arg(&path)
        .output()
        .map_err(|e| {
            format!("xmllint could not run ({e}); install it: apt-get install -y libxml2-utils")
        });
    let _ = std::fs::remove_file(&path);
    let output = output?;
    if output.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&output.stderr).into_owned())
    }
}

pub fn assert_schema_valid(xml: &str) {
    if let Err(complaint) = schema_check(xml) {
        panic!("not valid against the TS 103 120 V1.15.1 XSDs:\n{complaint}\n{xml}");
    }
}
