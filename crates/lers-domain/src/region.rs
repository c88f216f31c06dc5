//! Data regions: which region a request's files live in, and which cases a staff
//! member limited by a data-sharing rule may see and act on. Pure: the configured
//! regions, the directory's answers and the viewer's limits are passed in.

use serde::{Deserialize, Serialize};

use crate::problem::Problem;

/// The longest region name (`us`, `eu`, `in`, `au`, `cn`, `eu-west`, …).
pub const MAX_NAME_LEN: usize = 24;

/// A region name as configured and stored: lower case ASCII letters, digits and `-`,
/// starting with a letter. Names are compared in this form, so the directory's `EU`
/// is region `eu`.
pub fn normalise(name: &str) -> Result<String, String> {
    let name = name.trim().to_ascii_lowercase();
    let valid = !name.is_empty()
        && name.len() <= MAX_NAME_LEN
        && name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Ok(name)
    } else {
        Err(format!(
            "{name:?} is not a region name: use 1 to {MAX_NAME_LEN} lower-case letters, digits or '-', starting with a letter (e.g. eu)"
        ))
    }
}

/// A region name that is not one, in the reader's words.
pub fn name_problem(name: &str) -> Problem {
    Problem::new("form-region-name-invalid")
        .text("name", name.trim())
        .number("max", MAX_NAME_LEN)
}

/// A region this deployment does not serve, with the ones it does.
pub fn unconfigured_problem(name: &str, configured: &[String]) -> Problem {
    Problem::new("form-region-not-configured")
        .text("region", name)
        .text("regions", configured.join(", "))
}

/// The region of a new request: the first home region of its targets (as the account
/// directory answered, in the order of the targets) that is configured here;
/// otherwise `default`. A home region this deployment does not serve never decides.
pub fn decide<'a>(
    home_regions: impl IntoIterator<Item = &'a str>,
    configured: &[String],
    default: &str,
) -> String {
    home_regions
        .into_iter()
        .filter_map(|home| normalise(home).ok())
        .find(|home| configured.contains(home))
        .unwrap_or_else(|| default.to_owned())
}

/// What a staff member's data-sharing rule allows: the regions whose cases they see
/// (empty: every region) and whether they see only the cases assigned to them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffLimits {
    pub regions: Vec<String>,
    pub assigned_only: bool,
}

/// Why a case is out of a staff member's reach (written into the audited denial).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutOfReach {
    /// The case lives in a region the viewer is not limited to.
    Region,
    /// The viewer sees only their own cases, and this one is not assigned to them.
    NotAssigned,
}

impl OutOfReach {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Region => "region",
            Self::NotAssigned => "not_assigned",
        }
    }
}

impl StaffLimits {
    /// Reads the form of the admin page: regions separated by commas or spaces, each
    /// one of `configured`. Duplicates are dropped; the order is kept sorted.
    pub fn parse(
        regions: &str,
        assigned_only: bool,
        configured: &[String],
    ) -> Result<Self, Problem> {
        let mut chosen = Vec::new();
        for part in regions.split([',', ' ']).filter(|p| !p.trim().is_empty()) {
            let name = normalise(part).map_err(|_| name_problem(part))?;
            if !configured.contains(&name) {
                return Err(unconfigured_problem(&name, configured));
            }
            chosen.push(name);
        }
        chosen.sort();
        chosen.dedup();
        Ok(Self {
            regions: chosen,
            assigned_only,
        })
    }

    pub fn is_unlimited(&self) -> bool {
        self.regions.is_empty() && !self.assigned_only
    }

    /// Whether the viewer (`viewer_id`) may see and act on a case in `region` assigned
    /// to `assignee`.
    pub fn reach(
        &self,
        region: &str,
        assignee: Option<i64>,
        viewer_id: i64,
    ) -> Result<(), OutOfReach> {
        if !self.regions.is_empty() && !self.regions.iter().any(|r| r == region) {
            return Err(OutOfReach::Region);
        }
        if self.assigned_only && assignee != Some(viewer_id) {
            return Err(OutOfReach::NotAssigned);
        }
        Ok(())
    }

    /// Whether `next` lets its holder see a case that `self` hides: a region added to a
    /// limited list, the list emptied (every region), or "assigned only" lifted. Widening
    /// grants power and needs a second administrator; narrowing applies at once.
    pub fn widened_by(&self, next: &StaffLimits) -> bool {
        let regions_wider = !self.regions.is_empty()
            && (next.regions.is_empty() || next.regions.iter().any(|r| !self.regions.contains(r)));
        regions_wider || (self.assigned_only && !next.assigned_only)
    }

    /// The regions as stored (`,eu,us,`: one `LIKE` finds a region), `""` for all.
    pub fn regions_column(&self) -> String {
        if self.regions.is_empty() {
            String::new()
        } else {
            format!(",{},", self.regions.join(","))
        }
    }

    pub fn from_columns(regions: &str, assigned_only: bool) -> Self {
        Self {
            regions: regions
                .split(',')
                .filter(|r| !r.is_empty())
                .map(str::to_owned)
                .collect(),
            assigned_only,
        }
    }
}

/// How long the old copies of a moved case's files stay after the switch: a download
/// that began before it may still be streaming from them.
pub fn old_copy_grace() -> crate::clock::Duration {
    crate::clock::Duration::minutes(60)
}

/// Why a case cannot move to a region.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MoveRefusal {
    #[error("{0} is not a configured region")]
    NotConfigured(String),
    #[error("the case is already in region {0}")]
    SameRegion(String),
}

/// Whether a case in `from` may move to `to` (already normalised).
pub fn may_move(from: &str, to: &str, configured: &[String]) -> Result<(), MoveRefusal> {
    if !configured.iter().any(|r| r == to) {
        return Err(MoveRefusal::NotConfigured(to.to_owned()));
    }
    if from == to {
        return Err(MoveRefusal::SameRegion(to.to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn configured() -> Vec<String> {
        ["us", "eu", "in"].map(String::from).to_vec()
    }

    #[test]
    fn names_are_normalised_and_checked() {
        assert_eq!(normalise(" EU "), Ok("eu".into()));
        assert_eq!(normalise("eu-west"), Ok("eu-west".into()));
        for bad in ["", "1eu", "e/u", "../x", "eu_west", &"x".repeat(25)] {
            assert!(normalise(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn the_first_served_home_region_decides() {
        let c = configured();
        assert_eq!(decide(["EU", "US"], &c, "us"), "eu");
        assert_eq!(decide(["CN", "IN"], &c, "us"), "in", "cn is not served");
        assert_eq!(decide([], &c, "us"), "us");
        assert_eq!(decide(["", "??"], &c, "us"), "us");
    }

    #[test]
    fn limits_parse_against_the_configured_regions() {
        let c = configured();
        assert_eq!(
            StaffLimits::parse("EU, us eu", true, &c),
            Ok(StaffLimits {
                regions: vec!["eu".into(), "us".into()],
                assigned_only: true
            })
        );
        assert_eq!(
            StaffLimits::parse("au", false, &c),
            Err(unconfigured_problem("au", &c))
        );
        assert_eq!(
            StaffLimits::parse("EU, -x", false, &c),
            Err(name_problem("-x"))
        );
        assert!(StaffLimits::parse("", false, &c).is_ok_and(|l| l.is_unlimited()));
    }

    #[test]
    fn reach_checks_region_then_assignment() {
        let eu = StaffLimits {
            regions: vec!["eu".into()],
            assigned_only: false,
        };
        assert_eq!(eu.reach("eu", None, 7), Ok(()));
        assert_eq!(eu.reach("us", Some(7), 7), Err(OutOfReach::Region));
        let mine = StaffLimits {
            regions: vec![],
            assigned_only: true,
        };
        assert_eq!(mine.reach("us", Some(7), 7), Ok(()));
        assert_eq!(mine.reach("us", Some(8), 7), Err(OutOfReach::NotAssigned));
        assert_eq!(mine.reach("us", None, 7), Err(OutOfReach::NotAssigned));
        assert_eq!(StaffLimits::default().reach("cn", None, 1), Ok(()));
    }

    #[test]
    fn widening_is_told_from_narrowing() {
        let l = |r: &[&str], a: bool| StaffLimits {
            regions: r.iter().map(|s| s.to_string()).collect(),
            assigned_only: a,
        };
        assert!(l(&["eu"], false).widened_by(&l(&["eu", "us"], false)));
        assert!(l(&["eu"], false).widened_by(&l(&[], false)), "all regions");
        assert!(l(&[], true).widened_by(&l(&[], false)));
        assert!(!l(&[], false).widened_by(&l(&["eu"], true)));
        assert!(!l(&["eu", "us"], false).widened_by(&l(&["eu"], false)));
        assert!(!l(&["eu"], false).widened_by(&l(&["eu"], false)));
    }

    #[test]
    fn a_move_goes_to_another_configured_region() {
        let c = configured();
        assert_eq!(may_move("us", "eu", &c), Ok(()));
        assert_eq!(
            may_move("eu", "eu", &c),
            Err(MoveRefusal::SameRegion("eu".into()))
        );
        assert_eq!(
            may_move("us", "cn", &c),
            Err(MoveRefusal::NotConfigured("cn".into()))
        );
    }

    #[test]
    fn the_regions_column_round_trips() {
        let l = StaffLimits {
            regions: vec!["eu".into(), "us".into()],
            assigned_only: false,
        };
        assert_eq!(l.regions_column(), ",eu,us,");
        assert_eq!(StaffLimits::from_columns(&l.regions_column(), false), l);
        assert_eq!(StaffLimits::default().regions_column(), "");
    }
}
