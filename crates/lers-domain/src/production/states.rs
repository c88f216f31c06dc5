//! Where a production, and each of its files, stands.

use serde::Serialize;

/// A production: open while the producer adds files, then delivered, then shredded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProductionState {
    /// The producer is still adding files; the requester sees nothing yet.
    Open,
    Delivered,
    /// Retention ended: keys destroyed, blobs deleted.
    Shredded,
}

/// One file of a production: being uploaded, stored (sealed and complete), or
/// crypto-shredded (its key destroyed, its blob deleted).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileState {
    Uploading,
    Stored,
    Shredded,
}

impl ProductionState {
    pub const ALL: [ProductionState; 3] = [Self::Open, Self::Delivered, Self::Shredded];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Open => "open",
            Self::Delivered => "delivered",
            Self::Shredded => "shredded",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

impl FileState {
    pub const ALL: [FileState; 3] = [Self::Uploading, Self::Stored, Self::Shredded];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Uploading => "uploading",
            Self::Stored => "stored",
            Self::Shredded => "shredded",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_as_stored() {
        for state in ProductionState::ALL {
            assert_eq!(ProductionState::parse(state.as_str()), Some(state));
        }
        for state in FileState::ALL {
            assert_eq!(FileState::parse(state.as_str()), Some(state));
        }
        assert_eq!(FileState::parse("open"), None);
        assert_eq!(ProductionState::parse("stored"), None);
    }
}
