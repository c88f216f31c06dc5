//! Reading allow-list files: the CISA .gov CSV and LERS's suffix-rule format. Every
//! row is checked before anything is stored, so a bad file changes nothing.

use lers_domain::allowlist::{parse_rule_file, DomainRule};
use lers_store::NewDomainEntry;

use crate::formats::ImportFormat;

/// CISA's list of US .gov domains (CC0), compiled in so that a first start has an
/// allow-list without any file beside the binary.
pub const BUILTIN_CISA_CSV: &str = include_str!("../data/dotgov/current-full.csv");
/// The source name its entries are stored under.
pub const BUILTIN_SOURCE: &str = lers_domain::allowlist::CISA_DOTGOV_SOURCE;

/// Loads the built-in list on a first start: no account and no allow-list entry yet.
/// Returns how many entries were added, or `None` otherwise: an admin's choices
/// (even disabled entries) are never undone by a restart, and an existing
/// deployment that runs with an empty list is not opened to sign-ups by an upgrade.
pub async fn load_builtin_on_first_start(
    store: &dyn lers_store::Store,
    ctx: &lers_store::Ctx,
) -> anyhow::Result<Option<u64>> {
    let domains = store
        .list_domains(&lers_store::DomainQuery {
            search: None,
            limit: 1,
            offset: 0,
        })
        .await?;
    let accounts = store
        .list_accounts(&lers_store::AccountQuery {
            limit: 1,
            ..Default::default()
        })
        .await?;
    if domains.total > 0 || accounts.total > 0 {
        return Ok(None);
    }
    let (entries, source) = parse(BUILTIN_CISA_CSV, ImportFormat::Cisa)?;
    let report = store.import_domains(&entries, source, ctx).await?;
    Ok(Some(report.added))
}

/// The header of CISA's `current-full.csv`.
const CISA_HEADER: &str = "Domain name,Domain type,Organization name";
/// How many bad rows to name before giving up listing them.
const MAX_REPORTED: usize = 10;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Csv(String),
    #[error("the file has {count} invalid rows; nothing was imported. Fix them and import again:\n{rows}")]
    BadRows { count: usize, rows: String },
    #[error("the file holds no entries")]
    Empty,
}

pub fn parse(
    text: &str,
    format: ImportFormat,
) -> Result<(Vec<NewDomainEntry>, &'static str), ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    let cisa = match format {
        ImportFormat::Cisa => true,
        ImportFormat::Rules => false,
        ImportFormat::Auto => text.starts_with(CISA_HEADER),
    };
    let entries = if cisa {
        parse_cisa(text)?
    } else {
        parse_rules(text)?
    };
    if entries.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok((entries, if cisa { BUILTIN_SOURCE } else { "rules" }))
}

fn parse_cisa(text: &str) -> Result<Vec<NewDomainEntry>, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ImportError::Csv(format!("cannot read the CSV header: {e}")))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
            .ok_or_else(|| {
                ImportError::Csv(format!(
                    "the CSV has no {name:?} column; is this CISA's current-full.csv?"
                ))
            })
    };
    let (domain, kind, org, suborg, city, state) = (
        column("Domain name")?,
        column("Domain type")?,
        column("Organization name")?,
        column("Suborganization name")?,
        column("City")?,
        column("State")?,
    );
    let mut entries = Vec::new();
    let mut bad = Vec::new();
    for (number, record) in reader.records().enumerate() {
        let line = number + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                bad.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let field = |i: usize| {
            let value = record.get(i).unwrap_or("").trim();
            // CISA writes "(blank)" for empty cells.
            if value == "(blank)" {
                String::new()
            } else {
                value.to_owned()
            }
        };
        match DomainRule::parse(&field(domain)) {
            Ok(DomainRule::Exact(pattern)) => entries.push(NewDomainEntry {
                pattern,
                domain_type: field(kind),
                organization: field(org),
                suborganization: field(suborg),
                city: field(city),
                state: field(state),
            }),
            Ok(DomainRule::Suffix(_)) => bad.push(format!(
                "line {line}: wildcard rules do not belong in the CISA list"
            )),
            Err(e) => bad.push(format!("line {line}: {e}")),
        }
    }
    reject_bad(bad)?;
    Ok(entries)
}

fn parse_rules(text: &str) -> Result<Vec<NewDomainEntry>, ImportError> {
    let lines = parse_rule_file(text).map_err(|(line, e)| ImportError::BadRows {
        count: 1,
        rows: format!("line {line}: {e}"),
    })?;
    Ok(lines
        .into_iter()
        .map(|line| NewDomainEntry {
            domain_type: if line.rule.is_suffix() {
                "Suffix rule".into()
            } else {
                "Domain".into()
            },
            pattern: line.rule.pattern(),
            organization: line.description.unwrap_or_default(),
            ..Default::default()
        })
        .collect())
}

fn reject_bad(bad: Vec<String>) -> Result<(), ImportError> {
    if bad.is_empty() {
        return Ok(());
    }
    let mut rows: Vec<String> = bad.iter().take(MAX_REPORTED).cloned().collect();
    if bad.len() > MAX_REPORTED {
        rows.push(format!("… and {} more", bad.len() - MAX_REPORTED));
    }
    Err(ImportError::BadRows {
        count: bad.len(),
        rows: rows.join("\n"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cisa_rows_keeping_their_details() -> Result<(), ImportError> {
        let csv = "Domain name,Domain type,Organization name,Suborganization name,City,State,Security contact email\n\
                   AbileneTX.gov,City,City of Abilene,,Abilene,TX,(blank)\n\
                   \"usdoj.gov\",Federal - Executive,\"Department of Justice, The\",Office of Justice Programs,Washington,DC,x@usdoj.gov\n";
        let (entries, source) = parse(csv, ImportFormat::Auto)?;
        assert_eq!(source, "cisa-dotgov");
        assert_eq!(entries.len(), 2);
        let first = &entries[0];
        assert_eq!(
            (
                first.pattern.as_str(),
                first.city.as_str(),
                first.state.as_str()
            ),
            ("abilenetx.gov", "Abilene", "TX")
        );
        assert_eq!(entries[1].organization, "Department of Justice, The");
        Ok(())
    }

    #[test]
    fn one_bad_row_rejects_the_whole_file_and_names_it() {
        let csv = "Domain name,Domain type,Organization name,Suborganization name,City,State,Security contact email\n\
                   good.gov,City,Good,,A,TX,(blank)\n\
                   bad domain.gov,City,Bad,,B,TX,(blank)\n";
        match parse(csv, ImportFormat::Auto) {
            Err(ImportError::BadRows { count: 1, rows }) => {
                assert!(rows.starts_with("line 3:"), "{rows}")
            }
            other => panic!("expected a bad-row error, got {other:?}"),
        }
    }

    #[test]
    fn reads_suffix_rules() -> Result<(), ImportError> {
        let (entries, source) = parse(
            "# police\n*.police.uk  UK police forces\n*.gov.pl\n",
            ImportFormat::Auto,
        )?;
        assert_eq!(source, "rules");
        let patterns: Vec<_> = entries.iter().map(|e| e.pattern.as_str()).collect();
        assert_eq!(patterns, ["*.police.uk", "*.gov.pl"]);
        assert_eq!(entries[0].organization, "UK police forces");
        Ok(())
    }

    #[test]
    fn the_real_cisa_list_parses_completely() -> Result<(), Box<dyn std::error::Error>> {
        let text = BUILTIN_CISA_CSV;
        let rows = text
            .lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .count();
        let (entries, source) = parse(text, ImportFormat::Auto)?;
        assert_eq!(source, BUILTIN_SOURCE);
        assert_eq!(entries.len(), rows);
        assert!(entries.len() > 16_000);
        Ok(())
    }
}
