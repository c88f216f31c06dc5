//! Who did something on a request, as the requester may see it.

use serde::{Serialize, Serializer};

/// The author of a message or of a timeline entry. Staff are not named to requesters:
/// they are the response team, which pages name from Fluent (`author-response-team`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Author {
    ResponseTeam,
    /// A requester (the owner or a colleague), or a staff member where staff see
    /// each other (internal notes).
    Person(String),
}

/// What the JSON API has always sent for [`Author::ResponseTeam`]: a fixed value of
/// the API contract that clients may compare against, not a label for people (pages
/// use the Fluent message instead).
pub const RESPONSE_TEAM_API_VALUE: &str = "Response team";

impl Author {
    /// The person's name; `None` for the response team.
    pub fn name(&self) -> Option<&str> {
        match self {
            Self::ResponseTeam => None,
            Self::Person(name) => Some(name),
        }
    }
}

/// As a string: the person's name, or [`RESPONSE_TEAM_API_VALUE`].
impl Serialize for Author {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name().unwrap_or(RESPONSE_TEAM_API_VALUE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialized_as_the_api_always_sent_it() -> Result<(), serde_json::Error> {
        let json = serde_json::to_value([Author::ResponseTeam, Author::Person("Ana".into())])?;
        assert_eq!(json, serde_json::json!(["Response team", "Ana"]));
        Ok(())
    }

    #[test]
    fn only_people_have_names() {
        assert_eq!(Author::ResponseTeam.name(), None);
        assert_eq!(Author::Person("Ana".into()).name(), Some("Ana"));
    }
}
