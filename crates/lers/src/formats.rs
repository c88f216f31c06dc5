//! The formats an import file may come in (`--format`).

use clap::ValueEnum;

/// An allow-list file: CISA's .gov CSV or LERS's suffix rules.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportFormat {
    Auto,
    Cisa,
    Rules,
}

/// A previous intake's queue export.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum RequestFormat {
    Auto,
    Csv,
    Json,
}
