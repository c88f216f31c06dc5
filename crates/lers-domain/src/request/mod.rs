//! Legal requests: what they are (kinds, instruments, targets, data categories), how
//! they move (the lifecycle state machine) and what makes one complete enough to
//! submit.

pub mod access;
mod author;
mod decision;
pub mod draft;
pub mod intake;
pub mod lifecycle;
pub mod receipt;
pub mod review;
pub mod sla;
pub mod staff_work;
pub mod target;
mod vocabulary;

pub use author::{Author, RESPONSE_TEAM_API_VALUE};
pub use decision::DecisionKind;
pub use draft::{
    EmergencyDetails, OrderTerm, RequestDraft, SubmittedRequest, TargetInput, MAX_COLLEAGUES,
    MAX_TARGETS,
};
pub use lifecycle::{RequestEvent, RequestStatus, TransitionError};
pub use target::{normalize_target, same_phone_number, Target, TargetError, TargetType};
pub use vocabulary::{DataCategory, LegalInstrument, RequestChannel, RequestKind};

/// A human reference such as `LERS-2026-000123`: the year of submission and a number
/// that counts up within that year. Assigned at submission, never reused.
pub fn reference(year: i32, number: i64) -> String {
    format!("LERS-{year}-{number:06}")
}

#[cfg(test)]
mod tests {
    #[test]
    fn references_are_zero_padded() {
        assert_eq!(super::reference(2026, 123), "LERS-2026-000123");
        assert_eq!(super::reference(2027, 1_234_567), "LERS-2027-1234567");
    }
}
