//! Rebuilds when a translation changes: fluent-templates embeds `locales/` when the
//! crate compiles, and cargo does not otherwise notice a new or edited `.ftl` file.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
