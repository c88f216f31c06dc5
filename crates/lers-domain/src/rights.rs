//! People's rights over what LERS holds about them: the "My data" export (its states,
//! its lifetime, how its CSV cells are written) and the paging of what the page shows.
//! No I/O: the store keeps the export row, the application builds the ZIP.

use crate::clock::{Duration, Timestamp};

/// A built export can be downloaded for seven days; then its sealed file is deleted.
pub const EXPORT_LIFETIME: Duration = Duration::days(7);

/// Audit entries naming the person, shown this many to a page.
pub const AUDIT_PAGE_SIZE: i64 = 50;

/// Where an export stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportState {
    /// Asked for; the `data_export` job builds it.
    Building,
    /// Sealed in the blob store until its expiry.
    Ready,
    /// Past its expiry: its file is gone.
    Expired,
}

impl ExportState {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Building => "building",
            Self::Ready => "ready",
            Self::Expired => "expired",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "building" => Some(Self::Building),
            "ready" => Some(Self::Ready),
            "expired" => Some(Self::Expired),
            _ => None,
        }
    }
}

/// Why an export cannot be downloaded now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportProblem {
    NotReady,
    Expired,
}

/// Whether an export in `state` that expires at `expires_at` can be downloaded `now`.
pub fn download_problem(
    state: ExportState,
    expires_at: Option<Timestamp>,
    now: Timestamp,
) -> Option<ExportProblem> {
    match (state, expires_at) {
        (ExportState::Building, _) => Some(ExportProblem::NotReady),
        (ExportState::Expired, _) => Some(ExportProblem::Expired),
        (ExportState::Ready, Some(end)) if now >= end => Some(ExportProblem::Expired),
        (ExportState::Ready, None) => Some(ExportProblem::NotReady),
        (ExportState::Ready, Some(_)) => None,
    }
}

/// The page of audit entries to show for a 1-based page number (anything below 1
/// is the first page): `(limit, offset)`.
pub fn audit_page(page: i64) -> (i64, i64) {
    let page = page.max(1);
    (AUDIT_PAGE_SIZE, (page - 1).saturating_mul(AUDIT_PAGE_SIZE))
}

/// One CSV cell (RFC 4180): quoted when it holds a separator, quote or line break;
/// a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is
/// prefixed with `'` so opening the export never runs anything.
pub fn csv_cell(value: &str) -> String {
    let guarded = match value.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{value}"),
        _ => value.to_owned(),
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// One CSV line of `cells`, ended by CRLF.
pub fn csv_line<S: AsRef<str>>(cells: &[S]) -> String {
    let mut line = cells
        .iter()
        .map(|c| csv_cell(c.as_ref()))
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ready_export_downloads_until_its_expiry() {
        let now = Timestamp::from_unix_millis(1_000_000);
        let end = now.plus(EXPORT_LIFETIME);
        assert_eq!(download_problem(ExportState::Ready, Some(end), now), None);
        assert_eq!(
            download_problem(ExportState::Ready, Some(end), end),
            Some(ExportProblem::Expired)
        );
        assert_eq!(
            download_problem(ExportState::Building, None, now),
            Some(ExportProblem::NotReady)
        );
        assert_eq!(
            download_problem(ExportState::Expired, Some(end), now),
            Some(ExportProblem::Expired)
        );
    }

    #[test]
    fn states_read_back() {
        for state in [
            ExportState::Building,
            ExportState::Ready,
            ExportState::Expired,
        ] {
            assert_eq!(ExportState::parse(state.as_str()), Some(state));
        }
        assert_eq!(ExportState::parse("done"), None);
    }

    #[test]
    fn pages_start_at_one() {
        assert_eq!(audit_page(1), (AUDIT_PAGE_SIZE, 0));
        assert_eq!(audit_page(0), (AUDIT_PAGE_SIZE, 0));
        assert_eq!(audit_page(-4), (AUDIT_PAGE_SIZE, 0));
        assert_eq!(audit_page(3), (AUDIT_PAGE_SIZE, 2 * AUDIT_PAGE_SIZE));
        assert_eq!(audit_page(i64::MAX).1, i64::MAX);
    }

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("-1,2"), "\"'-1,2\"");
        assert_eq!(csv_line(&["a", "b,c"]), "a,\"b,c\"\r\n");
    }
}
