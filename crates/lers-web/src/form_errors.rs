//! A submitted form's field errors as its page shows them: each problem put in the
//! reader's words once, then looked up by field name in templates.

use lers_app::i18n::Tr;
use lers_domain::account::FieldError;

/// Field errors of a submitted form, in the reader's words, looked up by field name
/// in templates.
#[derive(Default)]
pub struct Errors(Vec<Shown>);

/// One field's problem as the page shows it.
pub struct Shown {
    pub field: &'static str,
    pub message: String,
}

impl Errors {
    /// Puts each problem in the words of the page's reader.
    pub fn new(tr: &Tr, fields: Vec<FieldError>) -> Self {
        Self(
            fields
                .into_iter()
                .map(|e| Shown {
                    field: e.field,
                    message: tr.problem(&e.problem),
                })
                .collect(),
        )
    }
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
    pub fn any(&self) -> bool {
        !self.0.is_empty()
    }
    pub fn all(&self) -> &[Shown] {
        &self.0
    }
}
