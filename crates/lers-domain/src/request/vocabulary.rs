//! The fixed lists a request is made of. Each has a stable text form (stored, used in
//! the API and as Fluent message ids).

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// What the requester asks for.
    RequestKind {
        UserData => "user_data",
        Emergency => "emergency",
        Preservation => "preservation",
        PreservationExtension => "preservation_extension",
        WithholdAccess => "withhold_access",
        /// A European Production Order (EPOC, Regulation (EU) 2023/1543 Annex I).
        #[serde(rename = "epoc")]
        EuProductionOrder => "epoc",
        /// A European Preservation Order (EPOC-PR, Annex II).
        #[serde(rename = "epoc_pr")]
        EuPreservationOrder => "epoc_pr",
    }
}

vocabulary! {
    /// The legal process behind a request. National-security process (e.g. a US
    /// National Security Letter or FISA order) is reported only in bands.
    LegalInstrument {
        Subpoena => "subpoena",
        CourtOrder => "court_order",
        SearchWarrant => "search_warrant",
        Mlat => "mlat",
        EuProductionOrder => "eu_production_order",
        EuPreservationOrder => "eu_preservation_order",
        PreservationLetter => "preservation_letter",
        OtherNationalOrder => "other_national_order",
        NationalSecurity => "national_security",
    }
}

vocabulary! {
    /// Kinds of data a request may ask for.
    DataCategory {
        SubscriberInfo => "subscriber_info",
        ConnectionLogs => "connection_logs",
        MeetingMetadata => "meeting_metadata",
        Billing => "billing",
        Content => "content",
    }
}

vocabulary! {
    /// How a request reached the provider. Every channel enters the same single intake.
    RequestChannel {
        Portal => "portal",
        Api => "api",
        Post => "post",
        Fax => "fax",
        Email => "email",
        InPerson => "in_person",
        /// A mutual-legal-assistance treaty or another international agreement.
        Mlat => "mlat",
        CourtService => "court_service",
        /// The EU decentralised IT system (Art 19 of Regulation (EU) 2023/1543).
        EuDecentralisedIt => "eu_decentralised_it",
    }
}

impl RequestKind {
    /// The instruments that can back this kind of request. Emergencies need none.
    pub fn instruments(self) -> &'static [LegalInstrument] {
        use LegalInstrument::*;
        match self {
            Self::UserData => &[
                Subpoena,
                CourtOrder,
                SearchWarrant,
                Mlat,
                OtherNationalOrder,
                NationalSecurity,
            ],
            Self::Emergency => &[],
            Self::Preservation | Self::PreservationExtension => {
                &[PreservationLetter, CourtOrder, OtherNationalOrder]
            }
            Self::WithholdAccess => &[CourtOrder, SearchWarrant, OtherNationalOrder],
            // The certificate is the legal process; its fields are in `eu::EuOrder`.
            Self::EuProductionOrder => &[EuProductionOrder],
            Self::EuPreservationOrder => &[EuPreservationOrder],
        }
    }

    /// A European Production or Preservation Order, which carries a certificate
    /// ([`crate::eu::EuOrder`]) and runs on the Regulation's clocks.
    pub fn is_eu_order(self) -> bool {
        matches!(self, Self::EuProductionOrder | Self::EuPreservationOrder)
    }

    /// Whether the requester names data categories (a withhold-access request asks to
    /// restrict an account, not for data; an EU order names the Regulation's own
    /// categories in its certificate, from which the general ones are derived).
    pub fn asks_for_data(self) -> bool {
        !matches!(
            self,
            Self::WithholdAccess
                | Self::PreservationExtension
                | Self::EuProductionOrder
                | Self::EuPreservationOrder
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_forms_round_trip() {
        for kind in RequestKind::ALL {
            assert_eq!(RequestKind::parse(kind.as_str()), Some(*kind));
            // The API and the stored JSON use the same text.
            assert_eq!(
                serde_json::to_value(kind).ok(),
                Some(serde_json::Value::from(kind.as_str()))
            );
        }
        for instrument in LegalInstrument::ALL {
            assert_eq!(
                LegalInstrument::parse(instrument.as_str()),
                Some(*instrument)
            );
        }
        for channel in RequestChannel::ALL {
            assert_eq!(RequestChannel::parse(channel.as_str()), Some(*channel));
        }
        for category in DataCategory::ALL {
            assert_eq!(DataCategory::parse(category.as_str()), Some(*category));
        }
        assert_eq!(RequestKind::parse("withdrawal"), None);
    }

    #[test]
    fn emergencies_need_no_legal_process_and_user_data_does() {
        assert!(RequestKind::Emergency.instruments().is_empty());
        assert!(RequestKind::UserData
            .instruments()
            .contains(&LegalInstrument::SearchWarrant));
        assert!(!RequestKind::UserData
            .instruments()
            .contains(&LegalInstrument::PreservationLetter));
    }
}
