//! `sqlx::migrate!` embeds the migration files at compile time; cargo must rebuild
//! this crate when one is added or changed, not only when Rust sources change.
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}
