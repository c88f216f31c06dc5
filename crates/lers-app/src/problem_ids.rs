//! Every problem id the rules and use cases name (a `"form-…"` literal in the
//! domain, app or web sources) is an English Fluent message: a typo in an id would
//! otherwise show the id itself next to a field. The parity check then holds every
//! other language to English.

use std::path::{Path, PathBuf};

use lers_domain::problem::Problem;

use crate::i18n::Tr;
use crate::locale_parity::shapes;

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The ids quoted in `source`: `"form-` up to the closing quote, kebab case only.
fn quoted_ids(source: &str) -> Vec<String> {
    source
        .split("\"form-")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find('"')?;
            let tail = &rest[..end];
            (!tail.is_empty()
                && tail
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .then(|| format!("form-{tail}"))
        })
        .collect()
}

#[test]
fn every_problem_id_in_the_sources_is_an_english_message() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for name in ["lers-domain", "lers-app", "lers-web"] {
        rust_files(&crates.join(name).join("src"), &mut files);
    }
    let mut problems = Vec::new();
    let english = shapes(
        &crates.join("lers-app").join("locales").join("en"),
        &mut problems,
    );
    assert!(problems.is_empty(), "{problems:?}");
    let mut checked = 0;
    let mut missing = Vec::new();
    for file in &files {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        for id in quoted_ids(&source) {
            checked += 1;
            if !english.contains_key(&id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        checked > 50,
        "only {checked} ids found: is the scan broken?"
    );
    assert!(missing.is_empty(), "no English message for {missing:?}");
}

#[test]
fn a_label_argument_is_translated_before_it_is_placed() {
    let problem = Problem::new("form-too-long")
        .label("what", "form-your-full-name")
        .number("max", 200);
    assert_eq!(
        Tr::default().problem(&problem),
        "Your full name must be at most 200 characters."
    );
    let polish = Tr::negotiate(Some("pl")).problem(&problem);
    assert_eq!(polish, "Imię i nazwisko: najwyżej 200 znaków.");
    let few = Problem::new("form-too-long")
        .label("what", "form-your-phone")
        .number("max", 64);
    assert_eq!(
        Tr::negotiate(Some("pl")).problem(&few),
        "Numer telefonu: najwyżej 64 znaki."
    );
}

/// The keyed refusals read in English exactly as their `Display` text, which logs
/// and the command line keep.
#[test]
fn english_problems_say_what_the_refusals_say() {
    use lers_domain::allowlist::EmailRefusal as E;
    use lers_domain::password::PasswordRefusal as P;
    use lers_domain::totp::TotpError as T;
    let english = Tr::default();
    for refusal in [
        E::Empty,
        E::MissingAt,
        E::TooManyAt,
        E::Quoted,
        E::Comment,
        E::Whitespace,
        E::NonAscii,
        E::Punycode,
        E::TrailingDot,
        E::DomainLiteral,
        E::DomainEmpty,
        E::DomainEmptyLabel,
        E::DomainCharacter,
        E::DomainLabelHyphen,
        E::DomainLabelTooLong,
        E::DomainTooLong,
        E::SingleLabelDomain,
        E::NumericTld,
        E::LocalPartEmpty,
        E::LocalPartTooLong,
        E::LocalPartDots,
        E::LocalPartCharacter,
        E::TooLong,
    ] {
        assert_eq!(english.problem(&refusal.problem()), refusal.to_string());
    }
    for refusal in [
        P::TooShort { min: 12 },
        P::TooLong { max: 1024 },
        P::Common,
        P::ContainsEmail,
        P::Mismatch,
    ] {
        assert_eq!(english.problem(&refusal.problem()), refusal.to_string());
    }
    for refusal in [T::Malformed, T::Wrong, T::Reused] {
        assert_eq!(english.problem(&refusal.problem()), refusal.to_string());
    }
    let lifetime = lers_domain::powers::LifetimeRefusal { max: 365 };
    assert_eq!(english.problem(&lifetime.problem()), lifetime.to_string());
}
