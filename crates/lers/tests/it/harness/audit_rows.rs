//! Audit rows altered as someone with raw database access could: each entry is
//! stored as its leaf data, the columns readers are shown derived from it by the
//! database (migration 0039), so a forger edits the leaf data.

use lers_domain::audit::AuditEvent;

/// What pruning leaves of an entry's leaf data, in SQL from its own shown columns
/// (as `retention_purge.rs` writes it and the table's guard accepts it).
pub const PRUNED_LEAF: &str =
    "'{\"action\":\"' || action || '\",\"actor\":\"pruned\",\"at\":' || at \
     || ',\"details\":{},\"index\":' || idx || ',\"ip\":null,\"outcome\":\"' || outcome \
     || '\",\"subject\":null,\"v\":1}'";

/// Entry `index` with `from` replaced by `to` in its leaf data.
pub fn replace_in_leaf(index: i64, from: &str, to: &str) -> String {
    format!(
        "UPDATE audit_log SET leaf = replace(leaf, {}, {}) WHERE idx = {index}",
        literal(from),
        literal(to)
    )
}

/// Entry `index` rewritten as `event` with its leaf hash recomputed (what a forger
/// without the signing key can do), and that leaf hash.
pub fn forged_entry(index: u64, event: &AuditEvent) -> (String, [u8; 32]) {
    let data = event.leaf_bytes(index);
    let leaf = lers_domain::audit_tree::leaf_hash(&data);
    let sql = format!(
        "UPDATE audit_log SET leaf = {}, leaf_hash = '{}' WHERE idx = {index}",
        literal(&String::from_utf8_lossy(&data)),
        hex::encode(leaf)
    );
    (sql, leaf)
}

/// `text` as an SQL string literal.
pub fn literal(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}
