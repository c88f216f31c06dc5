//! Reading a previous intake's queue export: CSV with a header row, or a JSON array of
//! objects with the same names (README "Legacy intake"). Nothing is stored here; the
//! import use case checks every row.

use lers_app::services::intake_import::LegacyRequest;

use crate::formats::RequestFormat;

/// Rows with the line they start on (CSV) or their position (JSON, from 1).
pub fn parse(text: &str, format: RequestFormat) -> anyhow::Result<Vec<(u64, LegacyRequest)>> {
    match format {
        RequestFormat::Json => {
            let rows: Vec<LegacyRequest> = serde_json::from_str(text).map_err(|e| {
                anyhow::anyhow!(
                    "line {}, column {}: {e}. The file must be a JSON array of objects with the columns listed in the README; nothing was imported.",
                    e.line(),
                    e.column()
                )
            })?;
            Ok((1u64..).zip(rows).collect())
        }
        RequestFormat::Csv | RequestFormat::Auto => {
            let mut reader = csv::ReaderBuilder::new()
                .trim(csv::Trim::Headers)
                .from_reader(text.as_bytes());
            let headers = reader
                .headers()
                .map_err(|e| anyhow::anyhow!("line 1: {e}; nothing was imported."))?
                .clone();
            let mut rows = Vec::new();
            for record in reader.records() {
                let record = record.map_err(|e| {
                    let line = e.position().map_or(0, csv::Position::line);
                    anyhow::anyhow!("line {line}: {e}. Fix this line; nothing was imported.")
                })?;
                let line = record.position().map_or(0, csv::Position::line);
                let row: LegacyRequest = record.deserialize(Some(&headers)).map_err(|e| {
                    anyhow::anyhow!(
                        "line {line}: {e}. Use the header row and columns listed in the README; nothing was imported."
                    )
                })?;
                rows.push((line, row));
            }
            Ok(rows)
        }
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn csv_rows_keep_the_line_they_start_on() {
        let text = "source_id,kind,description\na,user_data,\"two\nlines\"\nb,preservation,one\n";
        let rows = parse(text, RequestFormat::Csv).expect("parsed");
        let lines: Vec<(u64, &str)> = rows
            .iter()
            .map(|(l, r)| (*l, r.source_id.as_str()))
            .collect();
        assert_eq!(lines, [(2, "a"), (4, "b")]);
        assert_eq!(rows[0].1.description, "two\nlines");
    }

    #[test]
    fn an_unknown_column_is_refused_with_its_line() {
        let error = parse("source_id,colour\na,red\n", RequestFormat::Csv).expect_err("refused");
        assert!(error.to_string().starts_with("line 2:"), "{error}");
        assert!(error.to_string().contains("colour"), "{error}");
        let error = parse("[{\"source_id\": 7}]", RequestFormat::Json).expect_err("refused");
        assert!(error.to_string().contains("line 1"), "{error}");
    }
}
