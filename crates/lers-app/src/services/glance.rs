//! Counts for the pages people read at a glance (issue 17): the queue's headline
//! (how many match, how many are overdue, how many are emergencies) and a requester's
//! requests by status. The store counts; nothing here reads a whole list.

use std::collections::HashMap;

use lers_domain::clock::Timestamp;
use lers_domain::request::{RequestKind, RequestStatus};
use lers_store::console::QUEUE_COUNT_CAP;
use lers_store::{Account, QueueQuery, RequestSummary};

use crate::app::App;
use crate::error::AppError;
use crate::i18n::Tr;

/// The queue's headline counts, under the same filter as the list. Each is at most
/// [`QUEUE_COUNT_CAP`] + 1 (see `shown`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QueueCounts {
    pub total: i64,
    pub overdue: i64,
    pub emergencies: i64,
}

/// When the provider's answer to a request is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestClock {
    pub due_at: Timestamp,
    pub overdue: bool,
}

impl QueueCounts {
    /// A count as `t`'s reader writes numbers ("10,000", "10 000", "10.000"); one
    /// that stopped past the cap reads "10,000+".
    pub fn shown(count: i64, t: &Tr) -> String {
        let written = |n: i64| t.number(u64::try_from(n).unwrap_or(0));
        if count > QUEUE_COUNT_CAP {
            format!("{}+", written(QUEUE_COUNT_CAP))
        } else {
            written(count)
        }
    }
}

impl App {
    /// The counts of the queue `query` selects (already limited to the viewer's
    /// regions), given `total`, the count the list itself found.
    pub async fn queue_counts(
        &self,
        query: &QueueQuery,
        total: i64,
    ) -> Result<QueueCounts, AppError> {
        let now = self.clock.now();
        let counting = QueueQuery {
            limit: 0,
            offset: 0,
            ..query.clone()
        };
        let overdue = if query.overdue_only {
            total
        } else {
            let only_overdue = QueueQuery {
                overdue_only: true,
                ..counting.clone()
            };
            self.store.queue(&only_overdue, now).await?.total
        };
        let emergencies = match query.kind {
            Some(RequestKind::Emergency) => total,
            Some(_) => 0,
            None => {
                let only_emergencies = QueueQuery {
                    kind: Some(RequestKind::Emergency),
                    ..counting
                };
                self.store.queue(&only_emergencies, now).await?.total
            }
        };
        Ok(QueueCounts {
            total,
            overdue,
            emergencies,
        })
    }

    /// The response clock of each open request among `requests` that has one, by
    /// public id: when the provider's answer is due and whether that has passed (the
    /// queue's rule).
    pub async fn request_clocks(
        &self,
        requests: &[RequestSummary],
    ) -> Result<HashMap<String, RequestClock>, AppError> {
        let now = self.clock.now();
        let mut clocks = HashMap::new();
        for request in requests.iter().filter(|r| r.status.is_open()) {
            if let Some(due_at) = self.store.due_at(request).await? {
                clocks.insert(
                    request.id.clone(),
                    RequestClock {
                        due_at,
                        overdue: due_at < now,
                    },
                );
            }
        }
        Ok(clocks)
    }

    /// How many requests `viewer` sees in each status, in the lifecycle's order.
    pub async fn request_status_counts(
        &self,
        viewer: &Account,
    ) -> Result<Vec<(RequestStatus, i64)>, AppError> {
        Ok(self.store.request_status_counts(viewer).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_written_as_the_reader_writes_numbers() {
        let english = Tr::default();
        assert_eq!(QueueCounts::shown(3, &english), "3");
        assert_eq!(QueueCounts::shown(QUEUE_COUNT_CAP + 1, &english), "10,000+");
        let german = Tr::exact("de").unwrap_or_default();
        assert_eq!(QueueCounts::shown(4_321, &german), "4.321");
    }
}
