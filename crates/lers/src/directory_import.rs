//! Reading the built-in account directory from CSV. Identifiers are stored in the
//! same normal form as request targets, so lookups match however they were typed.

use lers_domain::request::{normalize_target, TargetType};
use lers_store::DirectoryEntry;

#[derive(Debug, thiserror::Error)]
pub enum DirectoryImportError {
    #[error("{0}")]
    Csv(String),
    #[error("line {line}: {message}; nothing was imported")]
    Row { line: usize, message: String },
}

pub fn parse(text: &str) -> Result<Vec<DirectoryEntry>, DirectoryImportError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| DirectoryImportError::Csv(e.to_string()))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim() == name)
            .ok_or_else(|| DirectoryImportError::Csv(format!("missing column {name:?}; expected account_id,email,phone,username,home_region,enterprise")))
    };
    let columns = [
        column("account_id")?,
        column("email")?,
        column("phone")?,
        column("username")?,
        column("home_region")?,
        column("enterprise")?,
    ];
    // Optional: the language of the account holder's notices.
    let language = headers.iter().position(|h| h.trim() == "language");
    let mut entries = Vec::new();
    for (number, record) in reader.records().enumerate() {
        let line = number + 2;
        let record = record.map_err(|e| DirectoryImportError::Row {
            line,
            message: e.to_string(),
        })?;
        let [account, email, phone, username, region, enterprise] =
            columns.map(|i| record.get(i).unwrap_or("").trim().to_owned());
        let normal = |kind: TargetType, value: &str| -> Result<String, DirectoryImportError> {
            if value.is_empty() {
                return Ok(String::new());
            }
            normalize_target(kind, value).map_err(|e| DirectoryImportError::Row {
                line,
                message: format!("{}: {e}", kind.as_str()),
            })
        };
        if account.is_empty() {
            return Err(DirectoryImportError::Row {
                line,
                message: "account_id is empty".into(),
            });
        }
        entries.push(DirectoryEntry {
            account_id: normal(TargetType::AccountId, &account)?,
            email: normal(TargetType::Email, &email)?,
            phone: normal(TargetType::Phone, &phone)?,
            username: normal(TargetType::Username, &username)?,
            home_region: region.to_ascii_uppercase(),
            enterprise: matches!(
                enterprise.to_ascii_lowercase().as_str(),
                "true" | "yes" | "1"
            ),
            language: language
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .unwrap_or("en")
                .to_owned(),
            restricted_by: None,
            held_by: None,
        });
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    #[test]
    fn rows_are_normalised_and_bad_rows_named() -> Result<(), super::DirectoryImportError> {
        let entries = super::parse("account_id,email,phone,username,home_region,enterprise\nu-1,Suspect@Example.com,+1 (555) 010-0199,@Sus,us,no\nu-2,ceo@corp.example,,,eu,yes\n")?;
        assert_eq!(entries[0].phone, "+15550100199");
        assert_eq!(entries[0].email, "suspect@example.com");
        assert_eq!(entries[0].username, "sus");
        assert!(entries[1].enterprise && entries[1].home_region == "EU");
        let bad =
            super::parse("account_id,email,phone,username,home_region,enterprise\nu-1,x,555,,,\n");
        assert!(matches!(
            bad,
            Err(super::DirectoryImportError::Row { line: 2, .. })
        ));
        Ok(())
    }
}
