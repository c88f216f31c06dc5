//! How the people a submission concerns (its owner and colleagues) hear that it
//! arrived.

use super::RequestChannel;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receipt {
    /// A mail for this submission alone, sent as it is stored.
    AtOnce,
    /// A line in the next receipt mail, which lists everything gathered for a person
    /// since the last one (sent at every pass of the job runner).
    Gathered,
}

impl RequestChannel {
    /// An API submission is acknowledged in the API's answer, so an integration that
    /// files in bulk would otherwise send its owner one mail per request. Its
    /// receipts are gathered instead: the owner still hears of every request filed
    /// with their tokens (a stolen token cannot file unseen), in one mail per pass.
    /// An emergency is mailed at once, whatever its channel.
    pub fn receipt(self, emergency: bool) -> Receipt {
        match self {
            RequestChannel::Api if !emergency => Receipt::Gathered,
            _ => Receipt::AtOnce,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_receipts_are_gathered_except_for_emergencies() {
        assert_eq!(RequestChannel::Api.receipt(false), Receipt::Gathered);
        assert_eq!(RequestChannel::Api.receipt(true), Receipt::AtOnce);
        assert_eq!(RequestChannel::Portal.receipt(false), Receipt::AtOnce);
        assert_eq!(RequestChannel::Email.receipt(false), Receipt::AtOnce);
    }
}
