//! Who may change a production, and when: only approved requests get productions;
//! only the producer who opened one changes it, and only while it is open; a delivery
//! needs at least one file and every file completely uploaded, on a request that is
//! still approved; and an alert about unusual staff access is acknowledged by someone
//! other than the person it is about (four eyes).

use super::FileState;
use crate::request::RequestStatus;

/// Why a production may not be opened, changed or delivered.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ProductionRefusal {
    #[error("only approved requests get productions; this one is {}", spaced(*.0))]
    NotApproved(RequestStatus),
    #[error("only the producer who opened this production can change it")]
    NotProducer,
    #[error("this production was already delivered and can no longer change")]
    NotOpen,
    #[error("the request is {} now; nothing can be delivered for it", spaced(*.0))]
    NotDeliverable(RequestStatus),
    #[error("add at least one file before delivering")]
    NoFiles,
    #[error("{name} is still uploading ({received} of {size} bytes); finish or remove it before delivering")]
    StillUploading {
        name: String,
        received: u64,
        size: u64,
    },
    #[error("an alert about you must be acknowledged by someone else")]
    OwnAlert,
}

/// A status as people read it: `needs info`, not `needs_info`.
fn spaced(status: RequestStatus) -> String {
    status.as_str().replace('_', " ")
}

/// What a request is in when it may get (or deliver) a production.
fn producible(status: RequestStatus) -> bool {
    matches!(status, RequestStatus::Approved | RequestStatus::Produced)
}

/// One live (not removed) file of a production, as far as delivery cares.
#[derive(Clone, Copy, Debug)]
pub struct FileProgress<'a> {
    pub name: &'a str,
    pub state: FileState,
    pub received: u64,
    pub size: u64,
}

/// A production is opened only for an approved request (or one already produced).
pub fn may_open(status: RequestStatus) -> Result<(), ProductionRefusal> {
    if producible(status) {
        Ok(())
    } else {
        Err(ProductionRefusal::NotApproved(status))
    }
}

/// Only the producer who opened a production changes it.
pub fn require_producer(producer_id: i64, actor_id: i64) -> Result<(), ProductionRefusal> {
    if producer_id == actor_id {
        Ok(())
    } else {
        Err(ProductionRefusal::NotProducer)
    }
}

/// A delivery: the request is still approved, and the live files are there and
/// complete.
pub fn may_deliver<'a>(
    status: RequestStatus,
    live_files: impl IntoIterator<Item = FileProgress<'a>>,
) -> Result<(), ProductionRefusal> {
    if !producible(status) {
        return Err(ProductionRefusal::NotDeliverable(status));
    }
    let mut any = false;
    for file in live_files {
        any = true;
        if file.state != FileState::Stored {
            return Err(ProductionRefusal::StillUploading {
                name: file.name.to_owned(),
                received: file.received,
                size: file.size,
            });
        }
    }
    if any {
        Ok(())
    } else {
        Err(ProductionRefusal::NoFiles)
    }
}

/// An alert about `about` is acknowledged by anyone but them.
pub fn may_acknowledge_alert(about: i64, by: i64) -> Result<(), ProductionRefusal> {
    if about == by {
        Err(ProductionRefusal::OwnAlert)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, state: FileState) -> FileProgress<'_> {
        FileProgress {
            name,
            state,
            received: 10,
            size: 40,
        }
    }

    #[test]
    fn only_approved_requests_get_productions() {
        for status in RequestStatus::ALL {
            assert_eq!(may_open(status).is_ok(), producible(status));
        }
        assert_eq!(
            may_open(RequestStatus::NeedsInfo).map_err(|r| r.to_string()),
            Err("only approved requests get productions; this one is needs info".to_owned())
        );
    }

    #[test]
    fn only_the_producer_changes_a_production() {
        assert_eq!(require_producer(3, 3), Ok(()));
        assert_eq!(require_producer(3, 4), Err(ProductionRefusal::NotProducer));
    }

    #[test]
    fn a_delivery_needs_complete_files_on_an_approved_request() {
        let stored = [file("a.csv", FileState::Stored)];
        assert_eq!(may_deliver(RequestStatus::Approved, stored), Ok(()));
        assert_eq!(may_deliver(RequestStatus::Produced, stored), Ok(()));
        assert_eq!(
            may_deliver(RequestStatus::Withdrawn, stored).map_err(|r| r.to_string()),
            Err("the request is withdrawn now; nothing can be delivered for it".to_owned())
        );
        assert_eq!(
            may_deliver(RequestStatus::Approved, []),
            Err(ProductionRefusal::NoFiles)
        );
        let partial = [
            file("a.csv", FileState::Stored),
            file("b.csv", FileState::Uploading),
        ];
        assert_eq!(
            may_deliver(RequestStatus::Approved, partial).map_err(|r| r.to_string()),
            Err(
                "b.csv is still uploading (10 of 40 bytes); finish or remove it before delivering"
                    .to_owned()
            )
        );
    }

    #[test]
    fn an_alert_about_you_is_acknowledged_by_someone_else() {
        assert_eq!(may_acknowledge_alert(5, 6), Ok(()));
        assert_eq!(
            may_acknowledge_alert(5, 5),
            Err(ProductionRefusal::OwnAlert)
        );
    }
}
