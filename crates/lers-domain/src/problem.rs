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
    /// A value of a vocabulary (a status, a role), said by its label, the message
    /// `<group>-<value>`.
    Vocabulary { group: &'static str, value: String },
    /// An instant (RFC 3339), said in the reader's language and time zone.
    Moment(String),
}

/// What is wrong, to be said in the reader's language: the Fluent message `id` with
/// its arguments. There is no way to carry finished words: every problem a person
/// can meet has a message in every language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Problem {
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
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

    pub fn vocabulary(self, name: &'static str, group: &'static str, value: &str) -> Self {
        self.arg(
            name,
            Arg::Vocabulary {
                group,
                value: value.to_owned(),
            },
        )
    }

    pub fn moment(self, name: &'static str, at: &crate::clock::Timestamp) -> Self {
        self.arg(name, Arg::Moment(at.to_rfc3339()))
    }

    fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// The message id, also the API's stable `code`.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, by name, for the message.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }
}
