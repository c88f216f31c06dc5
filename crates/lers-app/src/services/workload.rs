//! The workload dashboard on the console home page (issue 18 §5): open cases by status,
//! kind and region, due today and overdue (in the viewer's time zone), emergencies no
//! one has acted on yet, and per kind the time to first action and the share decided
//! on time over the last 30 and 90 days. A viewer counts only the cases the queue
//! shows them (`limit_queue`: their regions, their own cases if limited to those).

use lers_domain::account::Account;
use lers_domain::clock::Duration;
use lers_domain::staff_notice::local_day;
use lers_domain::workload::{performance, KindPerformance};
use lers_store::{QueueQuery, Workload, WorkloadReach};

use crate::app::App;
use crate::error::AppError;
use crate::services::staff_notices::locale_of;

/// The dashboard of one viewer.
#[derive(Clone, Debug)]
pub struct Dashboard {
    pub workload: Workload,
    pub last_30_days: Vec<KindPerformance>,
    pub last_90_days: Vec<KindPerformance>,
    /// The time zone "due today" is counted in.
    pub zone: String,
}

impl App {
    pub async fn workload_dashboard(&self, viewer: &Account) -> Result<Dashboard, AppError> {
        let mut query = QueueQuery::default();
        self.limit_queue(viewer, &mut query).await?;
        let reach = WorkloadReach {
            regions: query.regions,
            default_region: query.default_region,
            assignee: query.assignee,
        };
        let now = self.clock.now();
        let (_, zone) = locale_of(viewer);
        let (_, day_end) = local_day(now, &zone);
        let workload = self.store.workload(&reach, now, day_end).await?;
        Ok(Dashboard {
            last_30_days: performance(&workload.timings, now, Duration::days(30)),
            last_90_days: performance(&workload.timings, now, Duration::days(90)),
            workload,
            zone,
        })
    }
}
