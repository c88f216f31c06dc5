//! What every concern shares: the acting context, pages of results, and the domain
//! words callers name through the store. Records live next to their concern in `sql/`.

use lers_domain::clock::Timestamp;

// Domain words, re-exported while callers still name them through the store.
pub use lers_domain::account::Account;
pub use lers_domain::emergency::CallbackOutcome as CallbackResult;
pub use lers_domain::request::DecisionKind;
pub use lers_domain::token::{TokenPurpose, TokenScope};

/// Who is acting, when and from where: every audited write takes one.
#[derive(Clone, Debug)]
pub struct Ctx {
    pub at: Timestamp,
    /// Pseudonymous id of the acting account, or `system` / `anonymous`.
    pub actor: String,
    pub ip: Option<String>,
}

impl Ctx {
    /// The same moment and address, with `account` as the actor: for steps a person
    /// takes on their own account before they are signed in (a link, a code).
    pub fn acting_as(&self, account: &Account) -> Self {
        Self {
            actor: account.pseudonym.clone(),
            ..self.clone()
        }
    }
}

#[derive(Clone, Debug)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: i64,
}
