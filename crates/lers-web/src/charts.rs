//! Server-rendered SVG charts for the public transparency pages: no scripts, no
//! external fonts, readable without JavaScript, with text alternatives.

/// Escapes text for SVG/XML content and attributes.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// One bar: a label, its full value, the part of it to shade (e.g. disclosed), and
/// where following it leads (the page filtered to it), if anywhere.
pub struct Bar {
    pub label: String,
    pub value: u64,
    pub shaded: u64,
    pub link: Option<String>,
}

/// The public page's filter (a plain GET form, no script): the countries and legal
/// processes the chosen report has, and whether one is chosen.
pub struct Filter {
    pub active: bool,
    pub countries: Vec<FilterChoice>,
    pub processes: Vec<FilterChoice>,
}

/// One choice of the filter: its value and what it reads as.
pub struct FilterChoice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

const WIDTH: u64 = 640;
/// The label column: at least this wide, wider for longer labels up to the most.
const LABEL: u64 = 170;
const LABEL_MOST: u64 = 380;
const ROW: u64 = 26;

/// About how wide `text` is drawn at the labels' 12 px: a CJK character takes the
/// whole em, others about 0.6 of it. An estimate (the server has no font metrics)
/// that errs wide, so that a label in a longer language is not cut off at the left.
fn drawn_width(text: &str) -> u64 {
    let tenths: u64 = text
        .chars()
        .map(|c| if c >= '\u{2E80}' { 120 } else { 72 })
        .sum();
    tenths.div_ceil(10)
}

/// `text` cut to fit `room` (with an ellipsis), for labels longer than the widest
/// column; the table beside the chart has them whole.
fn fitted(text: &str, room: u64) -> String {
    if drawn_width(text) <= room {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        if drawn_width(&out) + drawn_width(&c.to_string()) + 8 > room {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// How a chart's labels read: words in the page's language, or names kept as they are
/// configured (data regions), marked `translate="no"` for translation tools and checks.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Labels {
    Words,
    Names,
}

/// Horizontal bars, largest first as given; `title` names the chart for screen readers
/// (under the element id `id`, unique on its page: a page may show several charts).
/// A chart whose bars lead somewhere is a group of links (each read as its label and
/// value, reached with Tab) instead of one image.
pub fn bars(id: &str, title: &str, bars: &[Bar], labels: Labels) -> String {
    let verbatim = if labels == Labels::Names {
        " translate=\"no\""
    } else {
        ""
    };
    let max = bars.iter().map(|b| b.value).max().unwrap_or(0).max(1);
    let height = ROW * bars.len() as u64 + 10;
    let label_column = bars
        .iter()
        .map(|b| drawn_width(&b.label) + 12)
        .max()
        .unwrap_or(0)
        .clamp(LABEL, LABEL_MOST);
    let span = WIDTH - label_column - 60;
    let role = if bars.iter().any(|b| b.link.is_some()) {
        "group"
    } else {
        "img"
    };
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"{role}\" aria-labelledby=\"{id}\" class=\"chart\"><title id=\"{id}\">{}</title>",
        escape(title),
        id = escape(id)
    );
    for (i, bar) in bars.iter().enumerate() {
        let y = i as u64 * ROW + 5;
        let full = bar.value * span / max;
        let shaded = bar.shaded.min(bar.value) * span / max;
        if let Some(link) = &bar.link {
            // Named by what it shows, the label and the value (no aria-label: the
            // name must contain the visible text, WCAG 2.5.3).
            svg.push_str(&format!(
                "<a href=\"{}\" class=\"chart-link\">",
                escape(link)
            ));
        }
        svg.push_str(&format!(
            "<text x=\"{x}\" y=\"{ty}\" text-anchor=\"end\" class=\"chart-label\"{verbatim}>{label}</text>\
             <rect x=\"{label_column}\" y=\"{y}\" width=\"{full}\" height=\"18\" class=\"chart-bar\"/>\
             <rect x=\"{label_column}\" y=\"{y}\" width=\"{shaded}\" height=\"18\" class=\"chart-shaded\"/>\
             <text x=\"{vx}\" y=\"{ty}\" class=\"chart-value\">{value}</text>",
            x = label_column - 8,
            ty = y + 14,
            label = escape(&fitted(&bar.label, label_column - 12)),
            vx = label_column + full + 6,
            value = bar.value,
        ));
        if bar.link.is_some() {
            svg.push_str("</a>");
        }
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    #[test]
    fn labels_are_escaped_and_bars_scale() {
        let svg = super::bars(
            "chart-countries",
            "Requests <by> country",
            &[
                super::Bar {
                    label: "Côte d'Ivoire & <x>".into(),
                    value: 10,
                    shaded: 5,
                    link: None,
                },
                super::Bar {
                    label: "B".into(),
                    value: 5,
                    shaded: 0,
                    link: None,
                },
            ],
            super::Labels::Words,
        );
        assert!(svg.contains("Côte d&#39;Ivoire &amp; &lt;x&gt;"));
        assert!(svg.contains("Requests &lt;by&gt; country"));
        assert!(
            svg.contains("width=\"410\"") && svg.contains("width=\"205\""),
            "{svg}"
        );
        assert!(svg.contains("aria-labelledby=\"chart-countries\""));
        assert!(!svg.contains("<script"));
    }

    #[test]
    fn bars_that_lead_somewhere_are_a_group_of_links() {
        let bar = |label: &str, link: Option<&str>| super::Bar {
            label: label.into(),
            value: 4,
            shaded: 2,
            link: link.map(str::to_owned),
        };
        let still = super::bars("c", "t", &[bar("A", None)], super::Labels::Words);
        assert!(
            still.contains("role=\"img\"") && !still.contains("<a "),
            "{still}"
        );
        let linked = super::bars(
            "c",
            "t",
            &[bar("A", Some("/transparency?country=US&process=\"x\""))],
            super::Labels::Words,
        );
        assert!(linked.contains("role=\"group\""), "{linked}");
        assert!(
            linked.contains(
                "<a href=\"/transparency?country=US&amp;process=&quot;x&quot;\" class=\"chart-link\"><text"
            ),
            "{linked}"
        );
        assert!(linked.contains(">4</text></a>"), "{linked}");
    }

    #[test]
    fn a_long_label_widens_its_column_and_a_longer_one_is_cut() {
        let bar = |label: &str| super::Bar {
            label: label.into(),
            value: 3,
            shaded: 1,
            link: None,
        };
        let vietnamese = "Yêu cầu dữ liệu người dùng theo lệnh tòa án";
        let svg = super::bars("c", "t", &[bar(vietnamese)], super::Labels::Words);
        let column = super::drawn_width(vietnamese) + 12;
        assert!(column > super::LABEL, "{column}");
        assert!(svg.contains(&format!("<rect x=\"{column}\"")), "{svg}");
        assert!(svg.contains(vietnamese));
        let endless = "x".repeat(200);
        let svg = super::bars("c", "t", &[bar(&endless)], super::Labels::Words);
        assert!(
            svg.contains(&format!("<rect x=\"{}\"", super::LABEL_MOST)),
            "{svg}"
        );
        assert!(svg.contains("…</text>") && !svg.contains(&endless));
    }
}
