//! PDFs in and out: the check every uploaded PDF passes, and the printable
//! documents LERS writes itself (such as a Form 3), in every language it speaks.

mod check;
mod fonts;
mod printable;

pub use check::*;
pub use printable::{text_pdf, TextDocument};
