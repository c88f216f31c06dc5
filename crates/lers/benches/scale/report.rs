//! The benchmark's output: one line per measurement, with what it is judged against.

/// One measurement and its yardstick.
pub struct Line {
    /// What was measured, e.g. "durable API submissions, 64 connections".
    pub what: String,
    /// The figure, with its unit, e.g. "6,020/s, p50 9 ms, p99 31 ms".
    pub measured: String,
    /// What it is judged against, e.g. "naive ceiling 6,100/s; p99 < 50 ms".
    pub target: String,
    /// measured / ceiling where the row has a ceiling measured in the same run.
    pub ratio: Option<f64>,
    /// Whether the target is met.
    pub met: bool,
}

impl Line {
    /// A row that could not be measured: the reason takes the place of the figure.
    pub fn failed(what: &str, reason: &str) -> Self {
        Self {
            what: what.to_owned(),
            measured: format!("not measured: {reason}"),
            target: String::new(),
            ratio: None,
            met: false,
        }
    }
}

/// Prints the table (Markdown, so it can be pasted into a note as it is).
pub fn print(lines: &[Line]) {
    println!("| what | measured | target | ratio | met |");
    println!("|---|---|---|---|---|");
    for line in lines {
        let ratio = line
            .ratio
            .map_or_else(|| "-".to_owned(), |r| format!("{r:.2}"));
        let met = if line.met { "yes" } else { "NO" };
        println!(
            "| {} | {} | {} | {ratio} | {met} |",
            line.what, line.measured, line.target
        );
    }
}

/// The `p`-th percentile (0–100) of `sorted` microseconds, in milliseconds.
pub fn percentile_ms(sorted: &[u32], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
    f64::from(sorted[rank.min(sorted.len() - 1)]) / 1000.0
}
