//! Is this upload a PDF we accept as legal process? Judged by content, never by file
//! name: it must parse as a PDF, must not be encrypted (the provider must be able to
//! read and keep it), and must carry no JavaScript or launch actions (legal process
//! does not need them; malware does).

use lers_domain::problem::Problem;

#[derive(Debug, thiserror::Error, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PdfRefusal {
    #[error("this file is not a PDF (its content does not start like one, whatever its name); upload the legal process as a PDF")]
    NotPdf,
    #[error("this PDF is encrypted or password-protected; upload an unprotected copy")]
    Encrypted,
    #[error("this PDF contains JavaScript or actions that launch programs, which are not accepted; print it to a new PDF and upload that")]
    ActiveContent,
    #[error(
        "this PDF is damaged and cannot be read ({0}); export it again and upload the new file"
    )]
    Unreadable(String),
    #[error("this PDF needs more memory or time to check than this server allows (it holds an unusually large number of objects); print it to a new PDF, or split it, and upload that")]
    TooComplex,
    #[error("the server could not check this file just now; try again in a few minutes, and tell the provider if it keeps happening")]
    CheckerUnavailable,
    #[error("the server is busy checking other files; try again in a few minutes")]
    Busy,
}

impl PdfRefusal {
    /// The refusal next to the file field, in the reader's language.
    pub fn problem(&self) -> Problem {
        match self {
            Self::NotPdf => Problem::new("form-pdf-not-pdf"),
            Self::Encrypted => Problem::new("form-pdf-encrypted"),
            Self::ActiveContent => Problem::new("form-pdf-active-content"),
            Self::Unreadable(detail) => {
                Problem::new("form-pdf-unreadable").text("detail", detail.clone())
            }
            Self::TooComplex => Problem::new("form-pdf-too-complex"),
            Self::CheckerUnavailable => Problem::new("form-pdf-checker-unavailable"),
            Self::Busy => Problem::new("form-pdf-busy"),
        }
    }
}

/// Names whose presence means script or program launch.
const FORBIDDEN_NAMES: [&[u8]; 4] = [b"JavaScript", b"JS", b"Launch", b"RichMedia"];

/// Checks `bytes` (the whole file) and returns the page count.
pub fn check(bytes: &[u8]) -> Result<usize, PdfRefusal> {
    // The header may follow a little junk, but must be near the start (ISO 32000-1 §7.5.2).
    let head = bytes.get(..1024).unwrap_or(bytes);
    if !head.windows(5).any(|w| w == b"%PDF-") {
        return Err(PdfRefusal::NotPdf);
    }
    // Names are scanned raw first, with #xx escapes undone, so obfuscated or
    // unparseable files are judged too.
    for name in raw_names(bytes) {
        if name == b"Encrypt" {
            return Err(PdfRefusal::Encrypted);
        }
        if FORBIDDEN_NAMES.contains(&name.as_slice()) {
            return Err(PdfRefusal::ActiveContent);
        }
    }
    // Then parsed, which also opens compressed object streams.
    let document =
        lopdf::Document::load_mem(bytes).map_err(|e| PdfRefusal::Unreadable(e.to_string()))?;
    if document.trailer.has(b"Encrypt") {
        return Err(PdfRefusal::Encrypted);
    }
    if document.objects.values().any(carries_active_content) {
        return Err(PdfRefusal::ActiveContent);
    }
    let pages = document.get_pages().len();
    if pages == 0 {
        return Err(PdfRefusal::Unreadable("it has no pages".into()));
    }
    Ok(pages)
}

/// Whether an object, at any depth (dictionaries inside arrays inside dictionaries…),
/// names script or program launch as a key or a value.
fn carries_active_content(object: &lopdf::Object) -> bool {
    let named = |n: &[u8]| FORBIDDEN_NAMES.contains(&n);
    match object {
        lopdf::Object::Name(n) => named(n),
        lopdf::Object::Array(items) => items.iter().any(carries_active_content),
        lopdf::Object::Dictionary(d) => d
            .iter()
            .any(|(key, value)| named(key) || carries_active_content(value)),
        lopdf::Object::Stream(s) => s
            .dict
            .iter()
            .any(|(key, value)| named(key) || carries_active_content(value)),
        _ => false,
    }
}

/// Every `/Name` token in the raw bytes, with `#xx` escapes decoded.
fn raw_names(bytes: &[u8]) -> impl Iterator<Item = Vec<u8>> + '_ {
    let is_delimiter = |b: u8| b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b) || b == 0;
    bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'/')
        .map(move |(start, _)| {
            let mut name = Vec::new();
            let mut i = start + 1;
            while let Some(&b) = bytes.get(i) {
                if is_delimiter(b) {
                    break;
                }
                let escaped = (b == b'#')
                    .then(|| bytes.get(i + 1..i + 3))
                    .flatten()
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match escaped {
                    Some(decoded) => {
                        name.push(decoded);
                        i += 3;
                    }
                    None => {
                        name.push(b);
                        i += 1;
                    }
                }
            }
            name
        })
}

/// A small valid PDF whose catalog carries `extra` (for tests here and elsewhere).
pub fn sample_pdf(extra_catalog: &str, page_text: &str) -> Vec<u8> {
    pdf_of(&sample_objects(extra_catalog, page_text))
}

/// A valid one-page PDF of about `len` bytes, padded with tiny objects (arrays of
/// empty arrays): few bytes each on disk, many times that once parsed. The shape of
/// the memory attack that checks run in a limited child against (tests, benchmark).
pub fn dense_pdf(len: usize) -> Vec<u8> {
    let mut objects = sample_objects("", "dense");
    let filler = format!("[{}]", "[]".repeat(64));
    // Each object also costs its "N 0 obj" line and a 20-byte xref entry.
    let per_object = filler.len() + 40;
    objects.extend(std::iter::repeat_n(filler, len / per_object));
    pdf_of(&objects)
}

fn sample_objects(extra_catalog: &str, page_text: &str) -> Vec<String> {
    let content = format!("BT /F1 12 Tf 72 720 Td ({page_text}) Tj ET");
    vec![
        format!("<< /Type /Catalog /Pages 2 0 R {extra_catalog} >>"),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_owned(),
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ]
}

/// Numbers `objects` from 1, with a cross-reference table and trailer.
fn pdf_of(objects: &[String]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_pdf_is_accepted() {
        assert_eq!(check(&sample_pdf("", "Search warrant")), Ok(1));
    }

    #[test]
    fn other_files_are_refused_whatever_their_name() {
        assert_eq!(
            check(b"MZ\x90\x00\x03 this is a Windows program"),
            Err(PdfRefusal::NotPdf)
        );
        assert_eq!(check(b"\x7fELF\x02\x01\x01"), Err(PdfRefusal::NotPdf));
        assert_eq!(check(b""), Err(PdfRefusal::NotPdf));
        assert!(matches!(
            check(b"%PDF-1.7\nnothing else"),
            Err(PdfRefusal::Unreadable(_))
        ));
    }

    #[test]
    fn script_and_launch_actions_are_refused_even_when_escaped() {
        for extra in [
            "/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
            "/OpenAction << /S /Launch /F (cmd.exe) >>",
            "/Names << /J#61vaScript 6 0 R >>",
            "/AA << /O << /S /J#53 (x) >> >>",
        ] {
            assert_eq!(
                check(&sample_pdf(extra, "x")),
                Err(PdfRefusal::ActiveContent),
                "{extra}"
            );
        }
    }

    /// What the parser sees inside compressed object streams, where the raw scan is
    /// blind: actions nested in arrays of dictionaries are still found.
    #[test]
    fn nested_actions_are_found_at_any_depth() {
        use lopdf::{dictionary, Object};
        let launch = Object::Dictionary(
            dictionary! { "S" => Object::Name(b"Launch".to_vec()), "F" => Object::string_literal("cmd.exe") },
        );
        let annotation = Object::Dictionary(dictionary! { "Type" => "Annot", "A" => launch });
        let page = Object::Dictionary(
            dictionary! { "Type" => "Page", "Annots" => Object::Array(vec![annotation]) },
        );
        assert!(carries_active_content(&page));
        let harmless = Object::Dictionary(
            dictionary! { "Type" => "Page", "Annots" => Object::Array(vec![Object::Integer(1)]) },
        );
        assert!(!carries_active_content(&harmless));
    }

    #[test]
    fn encrypted_pdfs_are_refused() {
        let mut pdf = sample_pdf("", "x");
        let text = String::from_utf8_lossy(&pdf).replace(
            "/Root 1 0 R",
            "/Root 1 0 R /Encrypt << /Filter /Standard /V 2 /R 3 >>",
        );
        pdf = text.into_bytes();
        assert_eq!(check(&pdf), Err(PdfRefusal::Encrypted));
    }
}
