//! The decision staff record on a request after review.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DecisionKind {
    Approve,
    ApprovePartial,
    Reject,
    Challenge,
    AskForInformation,
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 5] = [
        Self::Approve,
        Self::ApprovePartial,
        Self::Reject,
        Self::Challenge,
        Self::AskForInformation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Approve => "approve",
            Self::ApprovePartial => "approve_partial",
            Self::Reject => "reject",
            Self::Challenge => "challenge",
            Self::AskForInformation => "ask_for_information",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// Approving in whole or in part: what four eyes and the call-back rules guard.
    pub fn approves(self) -> bool {
        matches!(self, Self::Approve | Self::ApprovePartial)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_only_approvals_approve() {
        for kind in DecisionKind::ALL {
            assert_eq!(DecisionKind::parse(kind.as_str()), Some(kind));
        }
        let approving: Vec<_> = DecisionKind::ALL
            .into_iter()
            .filter(|k| k.approves())
            .collect();
        assert_eq!(
            approving,
            [DecisionKind::Approve, DecisionKind::ApprovePartial]
        );
    }
}
