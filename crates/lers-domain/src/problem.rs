//! What is wrong with a form field, as a Fluent message id and its arguments: the
//! rules stay free of any language, and each page puts the problem in its reader's
//! words (lers-app's `Tr::problem`). Ids start with `form-`; a lers-app test finds
//! every such id in the sources and checks that English has it.

/// One argument of a problem's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Something the person typed, or a reference: shown as it is.
    Text(String),
    /// A number: a length, a count, a position. Messages choose plural forms by it.
    Number(i64),
    /// The id of another message (a field's name, say), translated first: the
    /// argument is a word of the reader's language, never an English fragment.
    Label(&'static str),
}

/// What is wrong, to be said in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The Fluent message `id` with its arguments.
    Keyed {
        id: &'static str,
        args: Vec<(&'static str, Arg)>,
    },
    /// Words that are final already: a use case that knows its reader translated
    /// them, or a check whose message has no Fluent id yet.
    Said(String),
}

impl Problem {
    pub fn new(id: &'static str) -> Self {
        Self::Keyed {
            id,
            args: Vec::new(),
        }
    }

    pub fn said(words: impl Into<String>) -> Self {
        Self::Said(words.into())
    }

    pub fn text(self, name: &'static str, value: impl Into<String>) -> Self {
        self.arg(name, Arg::Text(value.into()))
    }

    pub fn number(self, name: &'static str, value: impl TryInto<i64>) -> Self {
        self.arg(name, Arg::Number(value.try_into().unwrap_or(i64::MAX)))
    }

    pub fn label(self, name: &'static str, id: &'static str) -> Self {
        self.arg(name, Arg::Label(id))
    }

    fn arg(self, name: &'static str, value: Arg) -> Self {
        match self {
            Self::Keyed { id, mut args } => {
                args.push((name, value));
                Self::Keyed { id, args }
            }
            said @ Self::Said(_) => said,
        }
    }

    /// The message id, for the API's stable `code` (`None` for final words).
    pub fn id(&self) -> Option<&'static str> {
        match self {
            Self::Keyed { id, .. } => Some(id),
            Self::Said(_) => None,
        }
    }
}

impl From<String> for Problem {
    fn from(words: String) -> Self {
        Self::Said(words)
    }
}

impl From<&str> for Problem {
    fn from(words: &str) -> Self {
        Self::Said(words.to_owned())
    }
}
