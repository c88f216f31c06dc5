//! What the `lers` command reads from operators' files (allow-lists, the agency and
//! account directories, a previous intake's export), as a library: the binary uses it,
//! and so do the fuzz targets in `fuzz/`, which feed it hostile files.

pub mod agency_import;
pub mod directory_import;
pub mod domain_import;
pub mod formats;
pub mod legacy_requests;
