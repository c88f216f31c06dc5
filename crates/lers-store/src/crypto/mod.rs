//! Cryptography: the key ring (master-key versions and the audit signing key), every
//! context a secret is sealed under, the segment format of files at rest, and the
//! random tokens of links and sessions.

pub mod contexts;
pub mod fields;
pub mod keys;
pub mod segments;
pub mod tokens;
