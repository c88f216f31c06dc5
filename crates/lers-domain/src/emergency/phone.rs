//! Call-back numbers: parsed and normalised with `phonenumber` (Google's
//! libphonenumber metadata), and the rule that refuses a number the requester supplied
//! or could control, however it was written or hidden.

use std::fmt;

use phonenumber::country::Id as Region;

/// A telephone line: country calling code and national significant number (leading
/// zeros kept, as in Italy), plus an extension, which reaches the same line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneLine {
    pub country_code: u16,
    /// Digits of the national significant number (no trunk prefix).
    pub national: String,
    pub extension: Option<String>,
}

impl PhoneLine {
    /// `+<country code><national number>` (E.164), without the extension.
    pub fn e164(&self) -> String {
        format!("+{}{}", self.country_code, self.national)
    }

    /// Whether two lines are the same line (extensions do not count).
    pub fn same_line(&self, other: &PhoneLine) -> bool {
        self.national == other.national
    }
}

impl fmt::Display for PhoneLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.e164())?;
        if let Some(ext) = &self.extension {
            write!(f, " ext. {ext}")?;
        }
        Ok(())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("enter the number you called")]
    Empty,
    #[error("a phone number is at most 64 characters")]
    TooLong,
    #[error("this is not a phone number; write it with its country code (+1 325 676 6600), in national form (0 20 7946 0000), or as tel:+13256766600;ext=12")]
    NotANumber,
}

/// Longest text accepted as one phone number.
const MAX_PHONE_TEXT: usize = 64;
/// Fewest digits a national number must have to count as a line.
const MIN_NATIONAL_DIGITS: usize = 7;

/// Zero of every run of ten Unicode decimal digits (general category Nd) outside
/// ASCII, so that `٣٢٥`, `３２５` or `𝟑𝟐𝟓` read as `325`.
const UNICODE_ZEROS: [u32; 64] = [
    0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66,
    0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950,
];

/// The ASCII digit `c` stands for, if it is a decimal digit of any script (also
/// superscript and circled digits).
fn digit_of(c: char) -> Option<char> {
    if c.is_ascii_digit() {
        return Some(c);
    }
    let code = u32::from(c);
    let from_zero = |zero: u32| {
        (zero..zero + 10)
            .contains(&code)
            .then(|| char::from_digit(code - zero, 10))
            .flatten()
    };
    if let Some(d) = UNICODE_ZEROS.iter().find_map(|z| from_zero(*z)) {
        return Some(d);
    }
    match c {
        '⁰' | '₀' | '⓪' => Some('0'),
        '¹' => Some('1'),
        '²' => Some('2'),
        '³' => Some('3'),
        '⁴'..='⁹' => char::from_digit(code - u32::from('⁴') + 4, 10),
        '₁'..='₉' => char::from_digit(code - u32::from('₁') + 1, 10),
        '①'..='⑨' => char::from_digit(code - u32::from('①') + 1, 10),
        _ => None,
    }
}

/// `text` with every decimal digit of any script as ASCII and full-width or
/// typographic punctuation as its plain form.
pub fn fold_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '＋' => '+',
            '（' => '(',
            '）' => ')',
            '－' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => '-',
            '．' | '·' | '•' | '∙' => '.',
            '／' => '/',
            '\u{00A0}' | '\u{2000}'..='\u{200B}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
            other => digit_of(other).unwrap_or(other),
        })
        .collect()
}

fn region(country: &str) -> Option<Region> {
    country.trim().to_ascii_uppercase().parse().ok()
}

/// Words allowed in a phone number besides digits and punctuation.
fn allowed_word(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "tel" | "ext" | "extn" | "extension" | "x" | "phone" | "context" | "isub"
    )
}

fn line_of(number: &phonenumber::PhoneNumber) -> PhoneLine {
    let national = number.national();
    PhoneLine {
        country_code: number.code().value(),
        national: format!(
            "{}{}",
            "0".repeat(usize::from(national.zeros())),
            national.value()
        ),
        extension: number.extension().map(|e| e.to_string()),
    }
}

fn acceptable(number: &phonenumber::PhoneNumber) -> bool {
    let line = line_of(number);
    let digits = line.national.len() + line.country_code.to_string().len();
    number.is_valid() || (line.national.len() >= MIN_NATIONAL_DIGITS && digits <= 15)
}

fn parse_lenient(text: &str, country: &str) -> Option<PhoneLine> {
    // `+44 (0)20 …`: the trunk prefix in brackets is not dialled from abroad.
    let unbracketed;
    let text = if text.trim_start().starts_with('+') && text.contains("(0)") {
        unbracketed = text.replacen("(0)", "", 1);
        unbracketed.as_str()
    } else {
        text
    };
    let first = phonenumber::parse(region(country), text).ok();
    if let Some(number) = &first {
        if number.is_valid() {
            return Some(line_of(number));
        }
    }
    // `00` is the international prefix of most of the world, also where it is not the
    // agency's own (`001 325 …` written in the United States).
    let trimmed = text.trim_start();
    let body = trimmed
        .strip_prefix("tel:")
        .unwrap_or(trimmed)
        .trim_start_matches(['(', ' ']);
    if let Some(rest) = body.strip_prefix("00") {
        if let Ok(number) = phonenumber::parse(None, format!("+{rest}")) {
            if acceptable(&number) {
                return Some(line_of(&number));
            }
        }
    }
    first.filter(acceptable).map(|n| line_of(&n))
}

/// Parses a call-back number typed by staff, in any notation: spaces, dots, dashes,
/// parentheses, `+1` or `001`/`0044` international prefixes, the national trunk `0`
/// (read with `country`, the agency's country, as region), extensions (`x123`,
/// `ext. 123`, `#123`), `tel:` URIs (RFC 3966, with `;ext=`) and digits of any script.
pub fn parse_phone(text: &str, country: &str) -> Result<PhoneLine, PhoneError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    if text.chars().count() > MAX_PHONE_TEXT {
        return Err(PhoneError::TooLong);
    }
    if text.chars().any(char::is_control) {
        return Err(PhoneError::NotANumber);
    }
    let folded = fold_digits(text);
    let words_ok = folded
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(allowed_word);
    let symbols_ok = folded
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " .-()/+;=:#,".contains(c));
    if !words_ok || !symbols_ok || !folded.chars().any(|c| c.is_ascii_digit()) {
        return Err(PhoneError::NotANumber);
    }
    parse_lenient(&folded, country).ok_or(PhoneError::NotANumber)
}

/// Every phone-like sequence in free text (runs of digits of any script with the
/// punctuation people put between them, after a `tel:` or not), parsed with
/// `country` as region. Sequences that are no phone number are skipped.
pub fn phone_numbers_in(text: &str, country: &str) -> Vec<PhoneLine> {
    let folded = fold_digits(text);
    let mut found = Vec::new();
    let mut run = String::new();
    let flush = |run: &mut String, found: &mut Vec<PhoneLine>| {
        let digits = run.chars().filter(char::is_ascii_digit).count();
        if digits >= MIN_NATIONAL_DIGITS {
            if let Some(line) = parse_lenient(run.trim(), country) {
                if !found.contains(&line) {
                    found.push(line);
                }
            }
        }
        run.clear();
    };
    for c in folded.chars() {
        if c.is_ascii_digit() || " .-()/+".contains(c) {
            run.push(c);
        } else {
            flush(&mut run, &mut found);
        }
    }
    flush(&mut run, &mut found);
    found
}

/// Every digit in `text`, in order, with nothing between them: digits of any script,
/// and English number words (`three two five`). A number hidden by any separators,
/// or split across fields joined in order, is a substring of this.
pub fn digit_stream(text: &str) -> String {
    let folded = fold_digits(text);
    let mut out = String::new();
    let mut word = String::new();
    let word_digit = |w: &str| match w.to_ascii_lowercase().as_str() {
        "zero" => Some('0'),
        "one" => Some('1'),
        "two" => Some('2'),
        "three" => Some('3'),
        "four" => Some('4'),
        "five" => Some('5'),
        "six" => Some('6'),
        "seven" => Some('7'),
        "eight" => Some('8'),
        "nine" => Some('9'),
        _ => None,
    };
    for c in folded.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.extend(word_digit(&word));
            word.clear();
        }
        if c.is_ascii_digit() {
            out.push(c);
        }
    }
    out
}

/// Where a number the requester could control was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumberSource {
    pub origin: NumberOrigin,
    pub text: String,
}

impl NumberSource {
    pub fn new(origin: NumberOrigin, text: impl Into<String>) -> Self {
        Self {
            origin,
            text: text.into(),
        }
    }
}

/// Which text a refused call-back number was found in: said in the refusal, so staff
/// see what the forger could have written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberOrigin {
    ThisRequest,
    RequesterProfile,
    /// The profile of another requester of the same agency (by domain or name).
    ColleagueProfile {
        email: String,
    },
    /// An earlier request of the requester or their agency.
    EarlierRequest {
        reference: String,
    },
    /// Messages, document names and withdrawal reasons they wrote.
    WrittenByRequester,
}

impl NumberOrigin {
    /// The selector the refusal's message chooses its words by.
    pub fn key(&self) -> &'static str {
        match self {
            Self::ThisRequest => "request",
            Self::RequesterProfile => "profile",
            Self::ColleagueProfile { .. } => "colleague",
            Self::EarlierRequest { .. } => "earlier",
            Self::WrittenByRequester => "written",
        }
    }
}

impl std::fmt::Display for NumberOrigin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::ThisRequest => f.write_str("this request"),
            Self::RequesterProfile => f.write_str("the requester's profile"),
            Self::ColleagueProfile { email } => {
                write!(f, "the profile of {email} (same agency)")
            }
            Self::EarlierRequest { reference } => {
                write!(
                    f,
                    "earlier request {reference} of the same account or agency"
                )
            }
            Self::WrittenByRequester => f.write_str(
                "messages, document names and withdrawal reasons of the requester or their agency",
            ),
        }
    }
}

/// The call-back rule. `candidate` reaches a line the requester supplied or could
/// control when its national number (extension ignored) is one of the phone numbers
/// in any source, or appears in the source's digits however they are separated,
/// spelled or split. Returns the first source that supplies it. `trusted` numbers (the
/// agency directory's verified switchboard for the requester's email domain) are
/// never refused: who mentions them does not change where they ring.
pub fn supplied_by<'a>(
    candidate: &PhoneLine,
    sources: &'a [NumberSource],
    trusted: &[PhoneLine],
    country: &str,
) -> Option<&'a NumberSource> {
    if trusted.iter().any(|t| t.same_line(candidate)) {
        return None;
    }
    if candidate.national.len() < MIN_NATIONAL_DIGITS {
        return sources.first();
    }
    sources.iter().find(|source| {
        phone_numbers_in(&source.text, country)
            .iter()
            .any(|n| n.same_line(candidate))
            || digit_stream(&source.text).contains(&candidate.national)
            || split_between_lines(&candidate.national, &source.text)
    })
}

/// Whether `national` is the digits at the end of one line followed by the digits at
/// the start of another, in any order (a number split across two fields, whichever
/// order they are stored in).
fn split_between_lines(national: &str, text: &str) -> bool {
    let streams: Vec<String> = text
        .lines()
        .map(digit_stream)
        .filter(|s| !s.is_empty())
        .collect();
    (1..national.len()).any(|cut| {
        let (head, tail) = national.split_at(cut);
        streams.iter().enumerate().any(|(i, a)| {
            a.ends_with(head)
                && streams
                    .iter()
                    .enumerate()
                    .any(|(j, b)| i != j && b.starts_with(tail))
        })
    })
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    fn p(text: &str) -> PhoneLine {
        parse_phone(text, "US").unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn every_notation_is_one_line() {
        let line = p("+1 325 676 6600");
        assert_eq!(line.e164(), "+13256766600");
        for text in [
            "(325) 676-6600",
            "325.676.6600",
            "1-325-676-6600",
            "001 325 676 6600",
            "tel:+1-325-676-6600",
            "tel:+1-325-676-6600;ext=12",
            "325 676 6600 x123",
            "325-676-6600 ext. 123",
            "+1 325 676 6600 extension 4",
            "＋１ ３２５ ６７６ ６６００",
            "٣٢٥٦٧٦٦٦٠٠",
        ] {
            assert!(p(text).same_line(&line), "{text}");
        }
        assert_eq!(p("325 676 6600 x123").extension.as_deref(), Some("123"));
        assert_eq!(
            p("tel:+1-325-676-6600;ext=12").to_string(),
            "+13256766600 ext. 12"
        );
    }

    #[test]
    fn national_forms_read_with_the_agency_country() {
        let london = parse_phone("020 7946 0000", "GB").expect("national form");
        assert_eq!(london.e164(), "+442079460000");
        assert!(parse_phone("0044 20 7946 0000", "US")
            .expect("0044 from the US")
            .same_line(&london));
        assert!(parse_phone("+44 (0)20 7946 0000", "US")
            .expect("(0) trunk")
            .same_line(&london));
        let rome = parse_phone("06 1234 5678", "IT").expect("Italian leading zero");
        assert_eq!(rome.e164(), "+39061234567".to_owned() + "8");
    }

    #[test]
    fn text_that_is_no_number_is_refused() {
        for text in [
            "hello",
            "555",
            "call the desk",
            "325 676 6600; DROP TABLE",
            "<script>",
            "",
        ] {
            assert!(parse_phone(text, "US").is_err(), "{text}");
        }
        assert_eq!(parse_phone("  ", "US"), Err(PhoneError::Empty));
        assert_eq!(parse_phone(&"1".repeat(65), "US"), Err(PhoneError::TooLong));
    }

    #[test]
    fn numbers_are_found_in_free_text() {
        let text =
            "Call Sgt. Park on (325) 676-6600 or tel:+13255550111;ext=4 tonight, ref 2026-4471.";
        let found = phone_numbers_in(text, "US");
        assert!(found.contains(&p("325 676 6600")));
        assert!(found.iter().any(|n| n.same_line(&p("325 555 0111"))));
        assert_eq!(digit_stream("three-two-five 6.7.6 ６６００"), "3256766600");
    }

    #[test]
    fn a_supplied_number_is_refused_however_hidden() {
        let candidate = p("+1 325 676 6600");
        let hidden = [
            "reach me at 3.2.5.6.7.6.6.6.0.0",
            "desk: ３２５６７６６６００",
            "three two five six seven six six six zero zero",
            "tel:+1-325-676-6600;ext=99",
            "001 (325) 676 66 00",
            "the number is 325 676 and then 6600",
        ];
        for text in hidden {
            let sources = [NumberSource::new(NumberOrigin::ThisRequest, text)];
            assert!(
                supplied_by(&candidate, &sources, &[], "US").is_some(),
                "{text}"
            );
        }
        // Split across two fields: the fields are joined in order.
        let split = [NumberSource::new(
            NumberOrigin::ThisRequest,
            "Sgt. 325676\n6600",
        )];
        assert!(supplied_by(&candidate, &split, &[], "US").is_some());
        // ... in either order.
        let reversed = [NumberSource::new(
            NumberOrigin::ThisRequest,
            "6600 ask for Lee\nnarrative ... 325 676",
        )];
        assert!(supplied_by(&candidate, &reversed, &[], "US").is_some());
        let unrelated = [NumberSource::new(
            NumberOrigin::RequesterProfile,
            "+1 325 555 0100 ext. 12",
        )];
        assert!(supplied_by(&candidate, &unrelated, &[], "US").is_none());
    }

    #[test]
    fn the_directory_number_is_trusted_whoever_mentions_it() {
        let switchboard = p("+1 325 676 6600");
        let sources = [NumberSource::new(
            NumberOrigin::ThisRequest,
            "our switchboard 325-676-6600",
        )];
        assert!(supplied_by(
            &switchboard,
            &sources,
            std::slice::from_ref(&switchboard),
            "US"
        )
        .is_none());
        assert_eq!(
            supplied_by(&switchboard, &sources, &[], "US").map(|s| &s.origin),
            Some(&NumberOrigin::ThisRequest)
        );
    }
}
