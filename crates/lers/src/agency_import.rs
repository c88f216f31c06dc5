//! Reading the agency directory from CSV:
//! `name,country,domains,switchboard,time_zone,source,verified_on` (domains separated
//! by `;` or spaces inside the field). Every row is checked like the admin form; one
//! bad row rejects the whole file, naming its line.

use lers_app::i18n::Tr;
use lers_app::services::emergencies::{check_agency, AgencyInput};
use lers_store::emergencies::NewAgency;

#[derive(Debug, thiserror::Error)]
pub enum AgencyImportError {
    #[error("{0}")]
    Csv(String),
    #[error("line {line}: {message}; nothing was imported")]
    Row { line: usize, message: String },
}

const COLUMNS: [&str; 7] = [
    "name",
    "country",
    "domains",
    "switchboard",
    "time_zone",
    "source",
    "verified_on",
];

pub fn parse(text: &str) -> Result<Vec<NewAgency>, AgencyImportError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| AgencyImportError::Csv(e.to_string()))?
        .clone();
    let mut positions = [0usize; 7];
    for (slot, name) in positions.iter_mut().zip(COLUMNS) {
        *slot = headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| {
                AgencyImportError::Csv(format!(
                    "missing column {name:?}; expected {}",
                    COLUMNS.join(",")
                ))
            })?;
    }
    let mut entries: Vec<NewAgency> = Vec::new();
    for (number, record) in reader.records().enumerate() {
        let line = number + 2;
        let record = record.map_err(|e| AgencyImportError::Row {
            line,
            message: e.to_string(),
        })?;
        let [name, country, domains, switchboard, time_zone, source, verified_on] =
            positions.map(|i| record.get(i).unwrap_or("").to_owned());
        let input = AgencyInput {
            name,
            country,
            domains,
            switchboard,
            time_zone,
            source,
            verified_on,
        };
        let agency = check_agency(&input).map_err(|errors| AgencyImportError::Row {
            line,
            message: errors
                .iter()
                // A command-line report, in English.
                .map(|e| format!("{}: {}", e.field, Tr::default().problem(&e.problem)))
                .collect::<Vec<_>>()
                .join("; "),
        })?;
        if let Some(domain) = agency
            .domains
            .iter()
            .find(|d| entries.iter().any(|e| e.domains.contains(d)))
        {
            return Err(AgencyImportError::Row {
                line,
                message: format!("the domain {domain} is already given to an earlier row"),
            });
        }
        entries.push(agency);
    }
    Ok(entries)
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    const HEADER: &str = "name,country,domains,switchboard,time_zone,source,verified_on\n";

    #[test]
    fn a_good_file_and_a_bad_row() {
        let good = format!("{HEADER}Abilene Police Department,US,abilenetx.gov,(325) 676-6600,America/Chicago,city website,2026-11-01\n");
        let parsed = parse(&good).expect("valid");
        assert_eq!(parsed[0].switchboard, "+13256766600");
        let bad =
            format!("{good}Nowhere PD,US,nowhere.gov,call me,America/Chicago,web,2026-11-01\n");
        let error = parse(&bad).expect_err("bad switchboard").to_string();
        assert!(
            error.starts_with("line 3:") && error.contains("switchboard"),
            "{error}"
        );
        let zone = format!("{HEADER}X PD,US,x.gov,+1 325 676 6601,Mars/Base,web,2026-11-01\n");
        assert!(parse(&zone)
            .expect_err("zone")
            .to_string()
            .contains("time_zone"));
        assert!(parse("name,country\n").is_err());
    }
}
