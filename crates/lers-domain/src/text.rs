//! What may be typed into a text field.
//!
//! Anything that can reach an email (a name in a verification mail, a request title in
//! an alert) or a header (a file name in `Content-Disposition`) must not be able to
//! break its line or change how the text around it reads: CR/LF would start a new
//! paragraph of the provider's own mail (or a new header), a tab aligns text, and
//! bidirectional overrides (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F) make text
//! display in another order than it is stored. So single-line fields refuse every
//! control character (Unicode category Cc), every format character (Cf: bidi marks and
//! overrides, zero-width characters, the BOM, …) and the line and paragraph
//! separators (Zl, Zp). Multi-line free text that never reaches a mail or a header
//! (a request's description) may keep line breaks and tabs, but nothing else of those.
//!
//! Text is refused, never silently cleaned: what is stored is what the person saw.

use crate::problem::Problem;
use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// Why a text was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TextRefusal {
    /// A line break or tab in a field that must stay on one line.
    #[error("contains a line break or tab; keep it on one line")]
    LineBreak,
    /// A control or invisible formatting character (bidi override, zero-width, …).
    #[error("contains an invisible control or formatting character (such as a text-direction override, possibly pasted along with the text); retype it")]
    Invisible,
}

impl TextRefusal {
    /// English words for a field labelled `what`, for staff forms whose problems have
    /// no Fluent id yet; forms a requester fills use [`Self::problem`].
    pub fn message(self, what: &str) -> String {
        format!("{what} {self}.")
    }

    /// The problem shown next to a field whose name is the message `what` ("Your
    /// full name", "The title").
    pub fn problem(self, what: &'static str) -> Problem {
        let id = match self {
            Self::LineBreak => "form-line-break",
            Self::Invisible => "form-invisible",
        };
        Problem::new(id).label("what", what)
    }
}

fn is_forbidden_anywhere(c: char) -> bool {
    matches!(
        c.general_category(),
        GeneralCategory::Control
            | GeneralCategory::Format
            | GeneralCategory::LineSeparator
            | GeneralCategory::ParagraphSeparator
    )
}

/// A field that must stay on one line (names, agency, badge, phone, address, titles,
/// file names, …): no Cc, Cf, Zl or Zp character at all.
pub fn check_single_line(value: &str) -> Result<(), TextRefusal> {
    match value.chars().find(|c| is_forbidden_anywhere(*c)) {
        None => Ok(()),
        Some('\n' | '\r' | '\t' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}') => {
            Err(TextRefusal::LineBreak)
        }
        Some(_) => Err(TextRefusal::Invisible),
    }
}

/// Free text that may span lines but never reaches a mail or a header: line feeds,
/// carriage returns and tabs are allowed; every other control or format character
/// (bidi overrides included) is refused.
pub fn check_multi_line(value: &str) -> Result<(), TextRefusal> {
    if value
        .chars()
        .any(|c| !matches!(c, '\n' | '\r' | '\t') && is_forbidden_anywhere(c))
    {
        Err(TextRefusal::Invisible)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_of_any_script_passes() {
        for ok in [
            "Dana Reyes",
            "Komenda Stołeczna Policji",
            "Nguyễn Thị Minh Khai",
            "北京市公安局",
            "שרה כהן",
            "O'Brien-Smith, Jr.",
            "+1 (325) 555-0100 ext. 12",
        ] {
            assert_eq!(check_single_line(ok), Ok(()), "{ok}");
            assert_eq!(check_multi_line(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn line_breaks_and_tabs_break_single_lines_only() {
        for bad in [
            "Dana\r\nReyes",
            "Dana\nReyes",
            "Dana\rReyes",
            "Dana\tReyes",
            "Dana\u{2028}Reyes",
            "Dana\u{2029}Reyes",
            "Dana\u{85}Reyes",
        ] {
            assert_eq!(
                check_single_line(bad),
                Err(TextRefusal::LineBreak),
                "{bad:?}"
            );
        }
        assert_eq!(check_multi_line("line one\r\nline two\tend"), Ok(()));
    }

    #[test]
    fn bidi_overrides_and_other_invisible_characters_are_refused_everywhere() {
        for c in [
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{202E}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{200E}',
            '\u{200F}',
            '\u{061C}',
            '\u{200B}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{2060}',
            '\u{E0041}',
            '\u{0}',
            '\u{7}',
            '\u{1B}',
            '\u{7F}',
            '\u{9B}',
        ] {
            let text = format!("invoice{c}fdp.exe");
            assert_eq!(
                check_single_line(&text),
                Err(TextRefusal::Invisible),
                "U+{:04X}",
                u32::from(c)
            );
            assert_eq!(
                check_multi_line(&text),
                Err(TextRefusal::Invisible),
                "U+{:04X}",
                u32::from(c)
            );
        }
    }

    #[test]
    fn messages_name_the_field() {
        assert_eq!(
            TextRefusal::LineBreak.message("Your full name"),
            "Your full name contains a line break or tab; keep it on one line."
        );
    }

    #[test]
    fn problems_name_the_field() {
        assert_eq!(
            TextRefusal::LineBreak.problem("form-your-full-name"),
            Problem::new("form-line-break").label("what", "form-your-full-name")
        );
    }
}
