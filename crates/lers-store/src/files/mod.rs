//! Files: the blob stores (local directory or S3), request documents sealed at rest,
//! and production files received in resumable chunks and delivered by range.

pub mod blobs;
pub mod delivery;
pub mod exports;
pub mod vault;
