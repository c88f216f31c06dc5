//! `lers manifest verify`: an investigator's offline check of a production manifest
//! and, optionally, of the downloaded files against it.

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use lers_domain::production::{clean_file_name, ManifestDocument};
use sha2::{Digest, Sha256};

use crate::trust::Trust;

pub fn verify(
    manifest_path: &Path,
    trust: &Trust,
    files_dir: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let text = std::fs::read_to_string(manifest_path)
        .with_context(|| format!("cannot read {}", manifest_path.display()))?;
    let document: ManifestDocument = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a production manifest", manifest_path.display()))?;
    if let Err(e) = document.verify(trust.pinned()) {
        println!("manifest INVALID: {e}");
        return Ok(ExitCode::FAILURE);
    }
    let manifest = &document.manifest;
    println!(
        "manifest OK: production {} for {} delivered {} by {}; {} files; its delivery is entry {} of the audit log ({} entries, root {}), signed by {}{}",
        manifest.production_id,
        manifest.request_reference,
        manifest.produced_at.to_rfc3339(),
        manifest.producer,
        manifest.files.len(),
        document.audit_proof.index,
        document.audit_proof.tree_size,
        document.audit_proof.root,
        document.audit_proof.public_key,
        trust.verdict_suffix(),
    );
    let Some(dir) = files_dir else {
        return Ok(ExitCode::SUCCESS);
    };
    let mut all_match = true;
    for listed in &manifest.files {
        // Names were cleaned when stored; clean again so a forged manifest cannot
        // point outside the directory.
        let name = clean_file_name(&listed.name).map_err(anyhow::Error::msg)?;
        let verdict = match digest_of(&dir.join(&name)) {
            Ok((size, sha256)) if size == listed.size && sha256 == listed.sha256 => "OK".to_owned(),
            Ok((size, sha256)) => format!(
                "MISMATCH (size {size}, SHA-256 {sha256}; manifest says {} bytes, {})",
                listed.size, listed.sha256
            ),
            Err(e) => format!("MISSING ({e})"),
        };
        all_match &= verdict == "OK";
        println!("{verdict}  {name}");
    }
    Ok(if all_match {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn digest_of(path: &Path) -> std::io::Result<(u64, String)> {
    let mut file = File::open(path)?;
    let mut digest = Sha256::new();
    let mut buffer = vec![0u8; 1024 * 1024];
    let mut size = 0u64;
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        digest.update(&buffer[..n]);
        size += n as u64;
    }
    Ok((size, hex::encode(digest.finalize())))
}
