//! Printable documents LERS writes itself, such as a Form 3 answer: A4 pages of
//! wrapped paragraphs, with the embedded Noto faces so that Polish, Vietnamese and
//! Chinese print as written. krilla shapes each run, subsets the faces and writes
//! the ToUnicode maps that let a reader copy, search and extract the text.

use krilla::geom::Point;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::text::TextDirection;
use krilla::Document;

use super::fonts::{Face, Faces, FACES};
use crate::error::AppError;

/// What a printable document says.
pub struct TextDocument {
    /// Printed first, larger, and kept as the document's title.
    pub title: String,
    /// The BCP 47 tag of the language it is written in.
    pub language: String,
    /// In order; an empty paragraph leaves a blank line, leading spaces indent.
    pub paragraphs: Vec<String>,
}

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 56.0;
const BODY_SIZE: f32 = 10.0;
const TITLE_SIZE: f32 = 14.0;
/// Line height as a multiple of the type size.
const LEADING: f32 = 1.4;

/// One printed line and its type size.
struct Line {
    text: String,
    size: f32,
}

/// Lays `document` out on as many A4 pages as it needs.
pub fn text_pdf(document: &TextDocument) -> Result<Vec<u8>, AppError> {
    let faces = FACES
        .as_ref()
        .ok_or_else(|| AppError::internal("the embedded PDF fonts do not load"))?;
    let measure = PAGE_WIDTH - 2.0 * MARGIN;
    let mut lines: Vec<Line> = wrap(faces, &document.title, TITLE_SIZE, measure)
        .into_iter()
        .map(|text| Line {
            text,
            size: TITLE_SIZE,
        })
        .collect();
    lines.push(Line {
        text: String::new(),
        size: BODY_SIZE,
    });
    for paragraph in document.paragraphs.iter().flat_map(|p| printable_lines(p)) {
        lines.extend(
            wrap(faces, &paragraph, BODY_SIZE, measure)
                .into_iter()
                .map(|text| Line {
                    text,
                    size: BODY_SIZE,
                }),
        );
    }

    let mut pdf = Document::new();
    pdf.set_metadata(
        Metadata::new()
            .title(document.title.clone())
            .language(document.language.clone())
            .creator("LERS".to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| AppError::internal("A4 is a valid page size"))?;
    for page_lines in pages(&lines) {
        let mut page = pdf.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut baseline = MARGIN;
        for line in page_lines {
            baseline += line.size * LEADING;
            let mut x = MARGIN;
            for (face, text) in runs(faces, &line.text) {
                surface.draw_text(
                    Point::from_xy(x, baseline),
                    face.font.clone(),
                    line.size,
                    &text,
                    false,
                    TextDirection::Auto,
                );
                x += face.width(&text, line.size);
            }
        }
        surface.finish();
        page.finish();
    }
    pdf.finish()
        .map_err(|e| AppError::internal(format!("writing a PDF: {e:?}")))
}

/// A paragraph as the lines it was typed in (any of CR LF, CR or LF ends one), tabs
/// as four spaces, and without invisible format characters (a bidi override would
/// otherwise reorder what the reader sees, and no face draws them).
fn printable_lines(paragraph: &str) -> Vec<String> {
    paragraph
        .replace("\r\n", "\n")
        .split(['\r', '\n'])
        .map(|line| {
            line.replace('\t', "    ")
                .chars()
                .filter(|&c| !is_format_or_control(c))
                .collect()
        })
        .collect()
}

/// Unicode categories Cc and Cf: control and invisible format characters.
fn is_format_or_control(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}')
}

/// Splits `lines` where a page fills; always at least one page.
fn pages(lines: &[Line]) -> Vec<&[Line]> {
    let room = PAGE_HEIGHT - 2.0 * MARGIN;
    let mut pages = Vec::new();
    let (mut start, mut used) = (0, 0.0);
    for (i, line) in lines.iter().enumerate() {
        let height = line.size * LEADING;
        if used + height > room && i > start {
            pages.push(&lines[start..i]);
            (start, used) = (i, 0.0);
        }
        used += height;
    }
    pages.push(&lines[start..]);
    pages
}

/// The face each stretch of `text` is drawn in: Noto Sans where it has the glyph,
/// the Chinese face where only that has it, and a replacement mark for the rest.
fn runs<'f>(faces: &'f Faces, text: &str) -> Vec<(&'f Face, String)> {
    let mut runs: Vec<(&Face, String)> = Vec::new();
    for c in text.chars() {
        let (face, c) = if faces.latin.covers(c) {
            (&faces.latin, c)
        } else if faces.chinese.covers(c) {
            (&faces.chinese, c)
        } else {
            (&faces.latin, char::REPLACEMENT_CHARACTER)
        };
        match runs.last_mut() {
            Some((last, run)) if std::ptr::eq(*last, face) => run.push(c),
            _ => runs.push((face, c.to_string())),
        }
    }
    runs
}

fn width(faces: &Faces, text: &str, size: f32) -> f32 {
    runs(faces, text)
        .iter()
        .map(|(face, run)| face.width(run, size))
        .sum()
}

/// Breaks `paragraph` into lines no wider than `measure`: between words, and
/// between any two Chinese characters (which have no spaces to break at).
fn wrap(faces: &Faces, paragraph: &str, size: f32, measure: f32) -> Vec<String> {
    let mut units: Vec<String> = Vec::new();
    let mut word = String::new();
    for c in paragraph.chars() {
        let alone = c == ' ' || !faces.latin.covers(c);
        if alone {
            if !word.is_empty() {
                units.push(std::mem::take(&mut word));
            }
            units.push(c.to_string());
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        units.push(word);
    }

    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0.0;
    for unit in units {
        let unit_width = width(faces, &unit, size);
        if used + unit_width > measure {
            // A space that does not fit ends the line and is not drawn, even on a
            // line of nothing but spaces, so no word is pushed past the margin.
            if unit == " " {
                if !line.trim().is_empty() {
                    lines.push(line.trim_end().to_owned());
                    (line, used) = (String::new(), 0.0);
                }
                continue;
            }
            if !line.trim().is_empty() {
                lines.push(line.trim_end().to_owned());
            }
            (line, used) = (String::new(), 0.0);
        }
        if unit_width <= measure {
            line.push_str(&unit);
            used += unit_width;
            continue;
        }
        // A word longer than the line (a URL, a hash) is cut where it fills.
        for c in unit.chars() {
            let char_width = width(faces, &c.to_string(), size);
            if used + char_width > measure && !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                used = 0.0;
            }
            line.push(c);
            used += char_width;
        }
    }
    lines.push(line.trim_end().to_owned());
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn faces() -> Result<&'static Faces, &'static str> {
        FACES.as_ref().ok_or("the embedded fonts do not load")
    }

    #[test]
    fn every_language_lers_speaks_is_covered_by_the_embedded_faces() -> TestResult {
        let faces = faces()?;
        for sample in [
            "Zażółć gęślą jaźń — Łódź",
            "Tiếng Việt: Cơ quan điều tra đã yêu cầu dữ liệu",
            "Größe, Straße, Übermittlung",
            "Ça répond à l'œuvre, déjà vu",
            "¿Señal? ¡Añadir!",
            "欧洲调查令：服务提供者无法执行该命令。",
            "Софийска градска прокуратура",
            "Εισαγγελία Αθηνών",
        ] {
            let uncovered: Vec<char> = sample
                .chars()
                .filter(|&c| !faces.latin.covers(c) && !faces.chinese.covers(c))
                .collect();
            assert!(uncovered.is_empty(), "{sample}: {uncovered:?}");
        }
        assert!(!faces.latin.covers('中'));
        assert!(faces.chinese.covers('中'));
        Ok(())
    }

    #[test]
    fn mixed_text_is_drawn_in_runs_of_the_face_that_has_the_glyphs() -> TestResult {
        let faces = faces()?;
        let runs = runs(faces, "LERS-2026-000001 已拒绝 (Form 3)");
        let texts: Vec<&str> = runs.iter().map(|(_, t)| t.as_str()).collect();
        assert_eq!(texts, ["LERS-2026-000001 ", "已拒绝", " (Form 3)"]);
        let unknown = super::runs(faces, "\u{0E01}");
        assert_eq!(
            unknown[0].1, "\u{FFFD}",
            "a glyph neither face has is marked"
        );
        Ok(())
    }

    #[test]
    fn paragraphs_wrap_at_words_and_between_chinese_characters() -> TestResult {
        let faces = faces()?;
        let words = "word ".repeat(200);
        let lines = wrap(faces, &words, BODY_SIZE, 200.0);
        assert!(lines.len() > 5);
        for line in &lines {
            assert!(width(faces, line, BODY_SIZE) <= 200.0, "{line}");
            assert!(!line.starts_with(' ') && !line.ends_with(' '), "{line:?}");
            assert!(line.split(' ').all(|w| w == "word"), "{line}");
        }
        let chinese = "数据".repeat(100);
        let lines = wrap(faces, &chinese, BODY_SIZE, 200.0);
        assert!(lines.len() > 5);
        assert_eq!(lines.concat(), chinese, "nothing is lost at the breaks");
        let spaces = format!("{}word", " ".repeat(400));
        for line in wrap(faces, &spaces, BODY_SIZE, 200.0) {
            assert!(width(faces, &line, BODY_SIZE) <= 200.0, "{line:?}");
        }
        let long = "x".repeat(500);
        assert_eq!(wrap(faces, &long, BODY_SIZE, 200.0).concat(), long);
        assert_eq!(
            wrap(faces, "  [x] indented", BODY_SIZE, 200.0),
            ["  [x] indented"]
        );
        Ok(())
    }

    #[test]
    fn typed_line_breaks_tabs_and_invisible_characters_print_cleanly() {
        assert_eq!(
            printable_lines("one\r\ntwo\rthree\n\tfour\u{202E}five\u{200B}"),
            ["one", "two", "three", "    fourfive"]
        );
    }

    #[test]
    fn long_documents_run_onto_more_pages_and_pass_the_upload_check() -> TestResult {
        let document = TextDocument {
            title: "Formularz 3 — zażółć".into(),
            language: "pl".into(),
            paragraphs: (0..150)
                .map(|i| format!("wiersz {i} (a\\b) ąę 中文"))
                .collect(),
        };
        let pdf = text_pdf(&document)?;
        assert_eq!(super::super::check(&pdf), Ok(3));
        // What a reader copies out: every run comes back as written (the extractor
        // puts each run of one face on its own line, hence the squeeze).
        let parsed = lopdf::Document::load_mem(&pdf)?;
        let squeeze = |text: &str| text.split_whitespace().collect::<String>();
        let first = squeeze(&parsed.extract_text(&[1])?);
        assert!(first.contains(&squeeze("Formularz 3 — zażółć")), "{first}");
        assert!(
            first.contains(&squeeze("wiersz 0 (a\\b) ąę 中文")),
            "{first}"
        );
        let last = squeeze(&parsed.extract_text(&[3])?);
        assert!(last.contains("wiersz149"), "{last}");
        let empty = TextDocument {
            title: String::new(),
            language: "en".into(),
            paragraphs: vec![],
        };
        assert_eq!(super::super::check(&text_pdf(&empty)?), Ok(1));
        Ok(())
    }
}
