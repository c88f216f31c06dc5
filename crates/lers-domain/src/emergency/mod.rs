//! Emergency requests under suspicion (DESIGN §2, "Fraudulent emergency requests"):
//! which numbers a call-back may use ([`phone`]), where call-backs may be recorded and
//! what they must show before an emergency is approved ([`callback`]), and the risk
//! score that decides whether a second staff member must confirm the call-back
//! ([`risk`]).

pub mod callback;
pub mod phone;
pub mod risk;

pub use callback::{
    approval_verified, callback_allowed, confirmation_allowed, CallbackFacts, CallbackOutcome,
    CallbackRefusal, Recorder,
};
