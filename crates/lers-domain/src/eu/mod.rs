//! European Production and Preservation Orders (Regulation (EU) 2023/1543): the
//! certificate an order carries ([`certificate`]) and the legal clocks it runs on
//! ([`clocks`]). A provider serving the EU must execute them from 18 August 2026.

pub mod certificate;
pub mod clocks;
pub mod enforcing;
pub mod non_execution;
pub mod preservation;
pub mod timeline;

pub use certificate::{Authority, EuDataCategory, EuOrder, EuOrderDraft, UserInformation};
pub use clocks::EuClocks;
pub use preservation::{EuPreservation, EuPreservationRefusal, KeptUntil, PreservationEnd};
