//! What the pages and the API do, independent of how the request arrived.

pub mod accounts;
pub mod console;
pub mod emergencies;
pub mod inactivity;
pub mod login;
pub mod notices;
pub mod own_account;
pub mod passwords;
pub mod pdf;
pub mod pdf_sandbox;
pub mod productions;
pub mod requests;
pub mod step_up;

use lers_domain::account::FieldError;
use lers_store::{tokens, NewSession, StoreError};

use crate::error::WebError;

/// A form that could not be accepted: problems per field (shown next to each field,
/// with everything typed kept), or an error for the whole request.
#[derive(Debug)]
pub enum FormError {
    Fields(Vec<FieldError>),
    Web(WebError),
}

impl FormError {
    pub fn field(field: &'static str, message: impl Into<String>) -> Self {
        Self::Fields(vec![FieldError {
            field,
            message: message.into(),
        }])
    }
}

impl From<WebError> for FormError {
    fn from(error: WebError) -> Self {
        Self::Web(error)
    }
}

impl From<StoreError> for FormError {
    fn from(error: StoreError) -> Self {
        Self::Web(error.into())
    }
}

/// A new session: the cookie token for the browser, and what the store keeps.
pub fn new_session() -> (String, NewSession) {
    let token = tokens::generate();
    let session = NewSession {
        token_hash: tokens::hash(&token),
        csrf_token: tokens::generate(),
    };
    (token, session)
}
