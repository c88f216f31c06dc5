//! The operators' import files: the agency directory, the account directory, the
//! allow-list (CISA CSV and suffix rules) and a previous intake's export (CSV and
//! JSON). The first byte picks the importer; any text gets rows or an error naming a
//! line, never a panic.
#![no_main]

use lers::formats::{ImportFormat, RequestFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&importer, rest)) = data.split_first() else {
        return;
    };
    // The commands read files with `read_to_string`: text that is not UTF-8 is
    // refused before any importer sees it.
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    match importer % 6 {
        0 => drop(lers::agency_import::parse(text)),
        1 => drop(lers::directory_import::parse(text)),
        2 => drop(lers::domain_import::parse(text, ImportFormat::Cisa)),
        3 => drop(lers::domain_import::parse(text, ImportFormat::Rules)),
        4 => drop(lers::legacy_requests::parse(text, RequestFormat::Csv)),
        _ => drop(lers::legacy_requests::parse(text, RequestFormat::Json)),
    }
});
