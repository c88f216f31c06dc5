//! Government email domain allow-list matching.
//!
//! Sign-up is open only to addresses whose domain is on an allow-list, so this module is
//! the gate against impersonation: an address that merely *looks* like a government one
//! (`abilenetx.gov.evil.com`, `evilabilenetx.gov`, a Cyrillic `а` in place of a Latin
//! `a`) must never match. Hence the deliberately narrow address syntax: plain ASCII
//! dot-atom addresses only, no quoting, comments, IP literals or international names —
//! every real government mailbox has such a form, and each extra feature of RFC 5322 is
//! one more way to smuggle a look-alike past a human reviewer.
//!
//! Matching is always at label boundaries (whole dot-separated parts), never by raw
//! string suffix.

/// The source name of the US .gov list CISA publishes, which LERS ships and loads
/// into an empty allow-list.
pub const CISA_DOTGOV_SOURCE: &str = "cisa-dotgov";

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// RFC 5321 §4.5.3.1.1: longer local parts are not deliverable.
const MAX_LOCAL_PART: usize = 64;
/// RFC 1035 §2.3.4.
const MAX_LABEL: usize = 63;
/// RFC 1035 limit on the textual form without the root dot.
const MAX_DOMAIN: usize = 253;
/// RFC 5321 path limit (256) minus the angle brackets.
const MAX_ADDRESS: usize = 254;

/// The ACE prefix of IDNA (RFC 5890): such labels decode to international characters,
/// which we refuse for the same reason as raw non-ASCII — look-alike letters.
const PUNYCODE_PREFIX: &str = "xn--";

/// One allow-list entry.
///
/// Build it with [`DomainRule::parse`]: the variants are public for pattern matching, but
/// a hand-built value skips normalisation, and [`DomainRule::matches`] then refuses to
/// match anything invalid rather than guess.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum DomainRule {
    /// A registered domain (the CISA .gov list): the agency controls it and every
    /// subdomain under it, so both match.
    Exact(String),
    /// `*.police.uk`, stored as `police.uk`: a namespace whose subdomains belong to
    /// government bodies but whose bare name is a registry, not a mailbox owner — so
    /// only strict subdomains match.
    Suffix(String),
}

/// Why an allow-list pattern was refused. Messages are for the admin editing the list.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    #[error("the pattern is empty: write a domain such as abilenetx.gov or a suffix rule such as *.police.uk")]
    Empty,
    #[error("a lone \"*\" would allow every address: write a suffix rule such as *.police.uk")]
    BareWildcard,
    #[error("\"*\" is allowed only at the very start, followed by a dot, as in *.police.uk")]
    MisplacedWildcard,
    #[error("a suffix rule needs at least two labels after \"*.\" (*.police.uk, not *.uk): a single label is a whole top-level domain open to anyone")]
    SuffixTooBroad,
    #[error("international characters are not accepted, because look-alike letters are a known impersonation trick: write the domain in plain ASCII")]
    NonAscii,
    #[error("punycode labels (starting with \"xn--\") are not accepted, because they encode international look-alike letters: write the domain in plain ASCII")]
    Punycode,
    #[error("the pattern ends with a dot: remove the final dot")]
    TrailingDot,
    #[error("the pattern has an empty label (two dots in a row, or a leading dot): remove the extra dot")]
    EmptyLabel,
    #[error("a domain may contain only letters a-z, digits, hyphens and dots: write a bare domain, not an email address or URL")]
    InvalidCharacter,
    #[error("a label of the domain starts or ends with a hyphen, which DNS does not allow: check the spelling")]
    LabelHyphen,
    #[error("a label of the domain is longer than 63 characters, which DNS does not allow: check the spelling")]
    LabelTooLong,
    #[error(
        "the domain is longer than 253 characters, which DNS does not allow: check the spelling"
    )]
    TooLong,
    #[error("a single-label domain (such as \"gov\") is a whole top-level domain: write the full domain, such as abilenetx.gov")]
    SingleLabel,
    #[error("the last label of the domain is a number, which is an IP address, not a domain: write the domain name")]
    NumericTld,
}

/// Why an email address was refused at sign-up.
///
/// Messages are shown to police officers: each says what is wrong and what to do, in
/// plain English. None echoes the input, so they are safe to log and to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailRefusal {
    #[error("Enter your email address: your official work address, for example name@agency.gov.")]
    Empty,
    #[error("This email address has no \"@\". Enter your full work address, for example name@agency.gov.")]
    MissingAt,
    #[error("This email address has more than one \"@\". Enter a single address, for example name@agency.gov.")]
    TooManyAt,
    #[error("Email addresses with quotation marks are not accepted. Enter your address without quotes, for example name@agency.gov.")]
    Quoted,
    #[error("Email addresses with round brackets \"(\" or \")\" are not accepted. Remove the brackets and any text between them.")]
    Comment,
    #[error("This email address contains a space, tab or other invisible character. Remove it (check the start and the end too) and try again.")]
    Whitespace,
    #[error("This email address contains international characters (letters outside plain a-z). They are not accepted because look-alike letters from other alphabets are a known trick to impersonate government addresses. Type your address by hand rather than pasting it.")]
    NonAscii,
    #[error("This email address uses an encoded international domain name (a part starting with \"xn--\"). These are not accepted because look-alike letters are a known trick to impersonate government addresses. Use your agency's plain address.")]
    Punycode,
    #[error("This email address ends with a dot. Remove the final dot and try again.")]
    TrailingDot,
    #[error("Addresses with an IP address in square brackets are not accepted. Use your agency's email address with a domain name, for example name@agency.gov.")]
    DomainLiteral,
    #[error("This email address has nothing after the \"@\". Enter your full address, for example name@agency.gov.")]
    DomainEmpty,
    #[error("The part after the \"@\" starts with a dot or has two dots in a row. Check the address for typing mistakes.")]
    DomainEmptyLabel,
    #[error("The part after the \"@\" may contain only letters, digits, hyphens and dots. Check the address for typing mistakes.")]
    DomainCharacter,
    #[error("A part of the domain after the \"@\" starts or ends with a hyphen, which is not valid. Check the address for typing mistakes.")]
    DomainLabelHyphen,
    #[error("A part of the domain after the \"@\" is longer than 63 characters, which is not valid. Check the address for typing mistakes.")]
    DomainLabelTooLong,
    #[error("The part after the \"@\" is longer than 253 characters, which is not valid. Check the address for typing mistakes.")]
    DomainTooLong,
    #[error("The part after the \"@\" must be a full domain name containing a dot, such as agency.gov. Enter your complete work address.")]
    SingleLabelDomain,
    #[error("The part after the \"@\" must end in a name such as .gov, not a number. Enter your agency's email address, not an IP address.")]
    NumericTld,
    #[error("This email address has nothing before the \"@\". Enter your full address, for example name@agency.gov.")]
    LocalPartEmpty,
    #[error("The part before the \"@\" is longer than 64 characters, which email does not allow. Check the address for typing mistakes.")]
    LocalPartTooLong,
    #[error("The part before the \"@\" starts or ends with a dot, or has two dots in a row. Check the address for typing mistakes.")]
    LocalPartDots,
    #[error("The part before the \"@\" contains a character that is not accepted. Use only letters, digits, dots and the symbols ! # $ % & ' * + / = ? ^ _ ` {{ | }} ~ -")]
    LocalPartCharacter,
    #[error("This email address is longer than 254 characters, which email does not allow. Check the address for typing mistakes.")]
    TooLong,
}

/// What is wrong with a domain, before it is worded for its audience (admin or officer).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DomainProblem {
    Empty,
    NonAscii,
    TrailingDot,
    TooLong,
    EmptyLabel,
    LabelTooLong,
    InvalidCharacter,
    LabelHyphen,
    Punycode,
    SingleLabel,
    NumericTld,
}

impl From<DomainProblem> for RuleError {
    fn from(p: DomainProblem) -> Self {
        match p {
            DomainProblem::Empty => RuleError::Empty,
            DomainProblem::NonAscii => RuleError::NonAscii,
            DomainProblem::TrailingDot => RuleError::TrailingDot,
            DomainProblem::TooLong => RuleError::TooLong,
            DomainProblem::EmptyLabel => RuleError::EmptyLabel,
            DomainProblem::LabelTooLong => RuleError::LabelTooLong,
            DomainProblem::InvalidCharacter => RuleError::InvalidCharacter,
            DomainProblem::LabelHyphen => RuleError::LabelHyphen,
            DomainProblem::Punycode => RuleError::Punycode,
            DomainProblem::SingleLabel => RuleError::SingleLabel,
            DomainProblem::NumericTld => RuleError::NumericTld,
        }
    }
}

impl From<DomainProblem> for EmailRefusal {
    fn from(p: DomainProblem) -> Self {
        match p {
            DomainProblem::Empty => EmailRefusal::DomainEmpty,
            DomainProblem::NonAscii => EmailRefusal::NonAscii,
            DomainProblem::TrailingDot => EmailRefusal::TrailingDot,
            DomainProblem::TooLong => EmailRefusal::DomainTooLong,
            DomainProblem::EmptyLabel => EmailRefusal::DomainEmptyLabel,
            DomainProblem::LabelTooLong => EmailRefusal::DomainLabelTooLong,
            DomainProblem::InvalidCharacter => EmailRefusal::DomainCharacter,
            DomainProblem::LabelHyphen => EmailRefusal::DomainLabelHyphen,
            DomainProblem::Punycode => EmailRefusal::Punycode,
            DomainProblem::SingleLabel => EmailRefusal::SingleLabelDomain,
            DomainProblem::NumericTld => EmailRefusal::NumericTld,
        }
    }
}

/// Checks an already-lowercased domain against the narrow syntax we accept: LDH labels
/// (RFC 1123), no punycode, at least two labels, a non-numeric TLD.
fn validate_domain(domain: &str) -> Result<(), DomainProblem> {
    if domain.is_empty() {
        return Err(DomainProblem::Empty);
    }
    if !domain.is_ascii() {
        return Err(DomainProblem::NonAscii);
    }
    // Checked before empty labels so that "agency.gov." gets the specific message.
    if domain.ends_with('.') && domain.len() > 1 && !domain.ends_with("..") {
        return Err(DomainProblem::TrailingDot);
    }
    if domain.len() > MAX_DOMAIN {
        return Err(DomainProblem::TooLong);
    }
    let mut labels = 0usize;
    let mut last = "";
    for label in domain.split('.') {
        if label.is_empty() {
            return Err(DomainProblem::EmptyLabel);
        }
        if label.len() > MAX_LABEL {
            return Err(DomainProblem::LabelTooLong);
        }
        if !label
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(DomainProblem::InvalidCharacter);
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(DomainProblem::LabelHyphen);
        }
        if label.starts_with(PUNYCODE_PREFIX) {
            return Err(DomainProblem::Punycode);
        }
        labels += 1;
        last = label;
    }
    if labels < 2 {
        return Err(DomainProblem::SingleLabel);
    }
    if last.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DomainProblem::NumericTld);
    }
    Ok(())
}

/// True when `domain` is `parent` or lies under it, comparing whole labels only — so
/// `evilabilenetx.gov` is not under `abilenetx.gov`.
fn is_at_or_under(domain: &str, parent: &str) -> bool {
    domain == parent || is_strictly_under(domain, parent)
}

fn is_strictly_under(domain: &str, parent: &str) -> bool {
    domain
        .strip_suffix(parent)
        .and_then(|head| head.strip_suffix('.'))
        .is_some_and(|head| !head.is_empty())
}

impl DomainRule {
    /// Parses `abilenetx.gov` (exact) or `*.police.uk` (suffix); trims and lowercases.
    pub fn parse(pattern: &str) -> Result<DomainRule, RuleError> {
        // ASCII-only trim: a Unicode space must be refused as non-ASCII, not silently
        // dropped, or the rule would differ from what the admin sees.
        let pattern = pattern.trim_ascii();
        if pattern.is_empty() {
            return Err(RuleError::Empty);
        }
        if !pattern.is_ascii() {
            return Err(RuleError::NonAscii);
        }
        let pattern = pattern.to_ascii_lowercase();
        if pattern == "*" || pattern == "*." {
            return Err(RuleError::BareWildcard);
        }
        let (suffix, domain) = match pattern.strip_prefix("*.") {
            Some(rest) => (true, rest),
            None => (false, pattern.as_str()),
        };
        if domain.contains('*') {
            return Err(RuleError::MisplacedWildcard);
        }
        match validate_domain(domain) {
            Ok(()) => {}
            Err(DomainProblem::SingleLabel) if suffix => return Err(RuleError::SuffixTooBroad),
            Err(p) => return Err(p.into()),
        }
        let domain = domain.to_owned();
        Ok(if suffix {
            DomainRule::Suffix(domain)
        } else {
            DomainRule::Exact(domain)
        })
    }

    /// The canonical stored key, the same string [`EmailAddress::candidate_patterns`]
    /// produces, so the store can find rules with an indexed equality lookup.
    pub fn pattern(&self) -> String {
        match self {
            DomainRule::Exact(d) => d.clone(),
            DomainRule::Suffix(d) => format!("*.{d}"),
        }
    }

    /// The domain part of the rule (`police.uk` for `*.police.uk`).
    pub fn domain(&self) -> &str {
        match self {
            DomainRule::Exact(d) | DomainRule::Suffix(d) => d,
        }
    }

    pub fn is_suffix(&self) -> bool {
        matches!(self, DomainRule::Suffix(_))
    }

    /// Whether an address at `domain` is admitted by this rule.
    ///
    /// Both sides are re-validated so that a malformed domain (trailing dot, empty
    /// label, non-ASCII) or a hand-built malformed rule can never match by accident.
    pub fn matches(&self, domain: &str) -> bool {
        let domain = domain.to_ascii_lowercase();
        let own = self.domain();
        if validate_domain(&domain).is_err() || validate_domain(own).is_err() {
            return false;
        }
        match self {
            DomainRule::Exact(d) => is_at_or_under(&domain, d),
            DomainRule::Suffix(d) => is_strictly_under(&domain, d),
        }
    }
}

impl fmt::Display for DomainRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DomainRule::Exact(d) => f.write_str(d),
            DomainRule::Suffix(d) => write!(f, "*.{d}"),
        }
    }
}

impl FromStr for DomainRule {
    type Err = RuleError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DomainRule::parse(s)
    }
}

impl TryFrom<String> for DomainRule {
    type Error = RuleError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        DomainRule::parse(&s)
    }
}

impl From<DomainRule> for String {
    fn from(r: DomainRule) -> String {
        r.pattern()
    }
}

/// A syntactically acceptable, lowercased email address.
///
/// Lowercasing the local part too is a deliberate simplification: RFC 5321 lets it be
/// case-sensitive, but no government mail system relies on that, and one canonical form
/// keeps one account per mailbox.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress {
    address: String,
    /// Byte index of the single '@' in `address`.
    at: usize,
}

/// RFC 5322 `atext` plus '.', which dot-atom allows between atoms.
fn is_local_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b)
}

impl EmailAddress {
    /// Parses and normalises an address typed at sign-up, refusing anything outside the
    /// plain ASCII dot-atom form (see the module documentation for why).
    pub fn parse(input: &str) -> Result<EmailAddress, EmailRefusal> {
        if input.trim_ascii().is_empty() {
            return Err(EmailRefusal::Empty);
        }
        // First, so that homographs get the message that explains the impersonation risk
        // rather than a generic "invalid character".
        if !input.is_ascii() {
            return Err(EmailRefusal::NonAscii);
        }
        if input
            .bytes()
            .any(|b| b.is_ascii_whitespace() || b.is_ascii_control())
        {
            return Err(EmailRefusal::Whitespace);
        }
        if input.contains('"') {
            return Err(EmailRefusal::Quoted);
        }
        if input.contains(['(', ')']) {
            return Err(EmailRefusal::Comment);
        }
        if input.len() > MAX_ADDRESS {
            return Err(EmailRefusal::TooLong);
        }
        let (local, domain) = match input.split_once('@') {
            None => return Err(EmailRefusal::MissingAt),
            Some((_, d)) if d.contains('@') => return Err(EmailRefusal::TooManyAt),
            Some(parts) => parts,
        };
        if local.is_empty() {
            return Err(EmailRefusal::LocalPartEmpty);
        }
        if local.len() > MAX_LOCAL_PART {
            return Err(EmailRefusal::LocalPartTooLong);
        }
        if !local.bytes().all(is_local_char) {
            return Err(EmailRefusal::LocalPartCharacter);
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(EmailRefusal::LocalPartDots);
        }
        if domain.starts_with('[') || domain.ends_with(']') {
            return Err(EmailRefusal::DomainLiteral);
        }
        let domain = domain.to_ascii_lowercase();
        validate_domain(&domain)?;
        let local = local.to_ascii_lowercase();
        Ok(EmailAddress {
            at: local.len(),
            address: format!("{local}@{domain}"),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.address
    }

    pub fn local_part(&self) -> &str {
        self.address.get(..self.at).unwrap_or_default()
    }

    pub fn domain(&self) -> &str {
        self.address.get(self.at + 1..).unwrap_or_default()
    }

    /// Every stored pattern that could match this address, most specific first: for
    /// `pd.abilenetx.gov` → `pd.abilenetx.gov`, `*.abilenetx.gov`, `abilenetx.gov`,
    /// `*.gov`, `gov`.
    ///
    /// This lets the store find all applicable rules with one indexed `IN (...)` query
    /// instead of scanning the list. Patterns that [`DomainRule::parse`] would refuse
    /// (`*.gov`, `gov`) are included anyway: they cost nothing and keep the list a pure
    /// function of the domain. Within one parent the suffix pattern comes first; the
    /// choice between such rules is made by [`most_specific`], not by this order.
    pub fn candidate_patterns(&self) -> Vec<String> {
        let domain = self.domain();
        let mut out = vec![domain.to_owned()];
        let mut rest = domain;
        while let Some((_, parent)) = rest.split_once('.') {
            out.push(format!("*.{parent}"));
            out.push(parent.to_owned());
            rest = parent;
        }
        out
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.address)
    }
}

impl FromStr for EmailAddress {
    type Err = EmailRefusal;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        EmailAddress::parse(s)
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = EmailRefusal;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        EmailAddress::parse(&s)
    }
}

impl From<EmailAddress> for String {
    fn from(e: EmailAddress) -> String {
        e.address
    }
}

/// Picks the rule that admitted `email`: the one with the longest domain, an exact rule
/// winning over a suffix rule on the same domain.
///
/// The rules normally come from a store lookup by [`EmailAddress::candidate_patterns`];
/// each is re-checked with [`DomainRule::matches`] so that a stale or mis-keyed row can
/// never admit an address on its own. `None` means the address is not allowed.
pub fn most_specific<'a>(
    email: &EmailAddress,
    rules: impl IntoIterator<Item = &'a DomainRule>,
) -> Option<&'a DomainRule> {
    let rank = |r: &DomainRule| (r.domain().len(), !r.is_suffix());
    rules
        .into_iter()
        .filter(|r| r.matches(email.domain()))
        .fold(None, |best: Option<&'a DomainRule>, r| match best {
            Some(b) if rank(b) >= rank(r) => Some(b),
            _ => Some(r),
        })
}

/// One line of a rule file: `*.police.uk  UK police forces`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleLine {
    pub rule: DomainRule,
    pub description: Option<String>,
}

/// Parses a rule file for non-CISA rules: one rule per line, the pattern optionally
/// followed by whitespace and a free-text description; lines starting with '#' are
/// comments and blank lines are ignored.
///
/// The first bad line fails the whole file, with its 1-based line number, so that an
/// import is all-or-nothing and the admin can fix the file and retry.
pub fn parse_rule_file(text: &str) -> Result<Vec<RuleLine>, (usize, RuleError)> {
    // A byte-order mark from a Windows editor would otherwise glue itself to the first
    // pattern and be refused as non-ASCII.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rules = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim_ascii();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (pattern, description) = match line.split_once(|c: char| c.is_ascii_whitespace()) {
            Some((p, d)) => (p, Some(d.trim()).filter(|d| !d.is_empty())),
            None => (line, None),
        };
        let rule = DomainRule::parse(pattern).map_err(|e| (index + 1, e))?;
        rules.push(RuleLine {
            rule,
            description: description.map(str::to_owned),
        });
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn rule(p: &str) -> Result<DomainRule, RuleError> {
        DomainRule::parse(p)
    }

    fn email(s: &str) -> Result<EmailAddress, EmailRefusal> {
        EmailAddress::parse(s)
    }

    fn allowed(address: &str, rules: &[DomainRule]) -> bool {
        match EmailAddress::parse(address) {
            Ok(e) => most_specific(&e, rules).is_some(),
            Err(_) => false,
        }
    }

    #[test]
    fn exact_rule_accepts_domain_subdomains_and_uppercase() -> TestResult {
        let rules = [rule("abilenetx.gov")?];
        assert!(allowed("a@abilenetx.gov", &rules));
        assert!(allowed("a@pd.abilenetx.gov", &rules));
        assert!(allowed("a@x.pd.abilenetx.gov", &rules));
        assert!(allowed("John.Doe@PD.AbileneTX.GOV", &rules));
        let e = email("John.Doe@PD.AbileneTX.GOV")?;
        assert_eq!(e.as_str(), "john.doe@pd.abilenetx.gov");
        assert_eq!(e.local_part(), "john.doe");
        assert_eq!(e.domain(), "pd.abilenetx.gov");
        assert_eq!(e.to_string(), "john.doe@pd.abilenetx.gov");
        Ok(())
    }

    #[test]
    fn look_alikes_are_refused_or_do_not_match() -> TestResult {
        let rules = [rule("abilenetx.gov")?];
        // Parse fine, but are other people's domains.
        for address in [
            "a@abilenetx.gov.evil.com",
            "a@abilenetxgov.com",
            "a@evilabilenetx.gov",
            "a@abilenetx.govv",
            "a@abilenetx-gov.com",
        ] {
            assert!(email(address).is_ok(), "{address} should parse");
            assert!(!allowed(address, &rules), "{address} must not match");
        }
        // Refused outright, each with its own reason.
        let refused = [
            ("a@abilenetx.gov.", EmailRefusal::TrailingDot),
            ("a@xn--abilenetx-xyz.gov", EmailRefusal::Punycode),
            ("a@pd.XN--abilenetx.gov", EmailRefusal::Punycode),
            // Cyrillic 'а' (U+0430) and 'х' (U+0445) in place of the Latin letters.
            ("a@\u{430}bilenetx.gov", EmailRefusal::NonAscii),
            ("a@abilenet\u{445}.gov", EmailRefusal::NonAscii),
            // Mixed script: Greek omicron in the local part, Latin domain.
            ("j\u{3bf}hn@abilenetx.gov", EmailRefusal::NonAscii),
            ("a@abilenetx.gov\u{200b}", EmailRefusal::NonAscii),
            ("\"a\"@abilenetx.gov", EmailRefusal::Quoted),
            ("\"john..doe\"@abilenetx.gov", EmailRefusal::Quoted),
            ("\"a@b\"@abilenetx.gov", EmailRefusal::Quoted),
            ("a(b)@abilenetx.gov", EmailRefusal::Comment),
            ("a@(comment)abilenetx.gov", EmailRefusal::Comment),
        ];
        for (address, why) in refused {
            assert_eq!(email(address), Err(why), "{address}");
            assert!(!allowed(address, &rules));
        }
        // `matches` itself is strict too, for callers that hold a bare domain.
        let exact = rule("abilenetx.gov")?;
        assert!(!exact.matches("abilenetx.gov."));
        assert!(!exact.matches("pd..abilenetx.gov"));
        assert!(!exact.matches(".abilenetx.gov"));
        assert!(!exact.matches("\u{430}bilenetx.gov"));
        assert!(exact.matches("PD.ABILENETX.GOV"));
        Ok(())
    }

    #[test]
    fn each_syntax_problem_has_its_own_refusal() {
        let long_local = "a".repeat(65);
        let long_label = format!("a@{}.gov", "b".repeat(64));
        let long_total = format!(
            "{}@{}.gov",
            "a".repeat(64),
            vec!["d".repeat(60); 4].join(".")
        );
        let cases: Vec<(String, EmailRefusal)> = vec![
            ("".into(), EmailRefusal::Empty),
            ("   ".into(), EmailRefusal::Empty),
            ("abilenetx.gov".into(), EmailRefusal::MissingAt),
            ("a@b@abilenetx.gov".into(), EmailRefusal::TooManyAt),
            (" a@abilenetx.gov".into(), EmailRefusal::Whitespace),
            ("a @abilenetx.gov".into(), EmailRefusal::Whitespace),
            ("a@abilenetx.gov\n".into(), EmailRefusal::Whitespace),
            ("a@abilenetx.gov\0".into(), EmailRefusal::Whitespace),
            ("a\u{7f}@abilenetx.gov".into(), EmailRefusal::Whitespace),
            ("a@[1.2.3.4]".into(), EmailRefusal::DomainLiteral),
            ("a@[ipv6:::1]".into(), EmailRefusal::DomainLiteral),
            ("a@".into(), EmailRefusal::DomainEmpty),
            ("a@pd..abilenetx.gov".into(), EmailRefusal::DomainEmptyLabel),
            ("a@.abilenetx.gov".into(), EmailRefusal::DomainEmptyLabel),
            ("a@abilenetx.gov..".into(), EmailRefusal::DomainEmptyLabel),
            ("a@abi_lenetx.gov".into(), EmailRefusal::DomainCharacter),
            ("a@abilenetx.gov/x".into(), EmailRefusal::DomainCharacter),
            ("a@-abilenetx.gov".into(), EmailRefusal::DomainLabelHyphen),
            ("a@abilenetx-.gov".into(), EmailRefusal::DomainLabelHyphen),
            (long_label, EmailRefusal::DomainLabelTooLong),
            ("a@localhost".into(), EmailRefusal::SingleLabelDomain),
            ("a@1.2.3.4".into(), EmailRefusal::NumericTld),
            ("@abilenetx.gov".into(), EmailRefusal::LocalPartEmpty),
            (
                format!("{long_local}@abilenetx.gov"),
                EmailRefusal::LocalPartTooLong,
            ),
            (".a@abilenetx.gov".into(), EmailRefusal::LocalPartDots),
            ("a.@abilenetx.gov".into(), EmailRefusal::LocalPartDots),
            ("a..b@abilenetx.gov".into(), EmailRefusal::LocalPartDots),
            ("a,b@abilenetx.gov".into(), EmailRefusal::LocalPartCharacter),
            (
                "a\\b@abilenetx.gov".into(),
                EmailRefusal::LocalPartCharacter,
            ),
            (
                "a[b]@abilenetx.gov".into(),
                EmailRefusal::LocalPartCharacter,
            ),
            (long_total, EmailRefusal::TooLong),
        ];
        for (input, why) in cases {
            assert_eq!(email(&input), Err(why), "{input:?}");
        }
        // Every dot-atom symbol is accepted.
        assert!(email("a!#$%&'*+/=?^_`{|}~-.z@abilenetx.gov").is_ok());
        // Limits are inclusive.
        let at_limit = format!("{}@{}.gov", "a".repeat(64), "b".repeat(63));
        assert!(email(&at_limit).is_ok());
    }

    #[test]
    fn refusal_messages_say_what_to_do() {
        let m = EmailRefusal::NonAscii.to_string();
        assert!(m.contains("look-alike"));
        assert!(EmailRefusal::LocalPartCharacter
            .to_string()
            .contains("{ | }"));
    }

    #[test]
    fn suffix_rule_matches_strict_subdomains_only() -> TestResult {
        let rules = [rule("*.police.uk")?];
        assert!(allowed("x@met.police.uk", &rules));
        assert!(allowed("x@a.b.police.uk", &rules));
        assert!(!allowed("x@police.uk", &rules));
        assert!(!allowed("x@notpolice.uk", &rules));
        assert!(!allowed("x@police.uk.evil.com", &rules));
        assert!(!allowed("x@met.police.uk.evil.com", &rules));
        Ok(())
    }

    #[test]
    fn most_specific_picks_the_longest_and_prefers_exact() -> TestResult {
        let e = email("a@pd.abilenetx.gov")?;
        let rules = [
            rule("*.gov.pl")?,
            rule("abilenetx.gov")?,
            rule("pd.abilenetx.gov")?,
            rule("*.abilenetx.gov")?,
            rule("other.gov")?,
        ];
        assert_eq!(most_specific(&e, &rules), Some(&rules[2]));
        assert_eq!(most_specific(&e, &rules[..2]), Some(&rules[1]));
        // Same domain: exact beats suffix, whatever the order.
        let tie = [rule("*.abilenetx.gov")?, rule("abilenetx.gov")?];
        assert_eq!(most_specific(&e, &tie), Some(&tie[1]));
        let tie_rev = [rule("abilenetx.gov")?, rule("*.abilenetx.gov")?];
        assert_eq!(most_specific(&e, &tie_rev), Some(&tie_rev[0]));
        // A rule handed in that does not actually match is ignored.
        assert_eq!(most_specific(&e, &[rule("evil.com")?]), None);
        assert_eq!(most_specific(&e, &[]), None);
        // A hand-built, unnormalised rule never matches.
        assert_eq!(
            most_specific(&e, &[DomainRule::Suffix(String::new())]),
            None
        );
        Ok(())
    }

    #[test]
    fn candidate_patterns_most_specific_first() -> TestResult {
        let e = email("a@pd.abilenetx.gov")?;
        assert_eq!(
            e.candidate_patterns(),
            [
                "pd.abilenetx.gov",
                "*.abilenetx.gov",
                "abilenetx.gov",
                "*.gov",
                "gov"
            ]
        );
        Ok(())
    }

    #[test]
    fn rule_parsing_normalises_and_refuses() -> TestResult {
        let long_label = format!("{}.gov", "b".repeat(64));
        // No email can carry a domain this long (the address limit is 254), so the
        // domain limit is exercised through rules.
        let long_domain = format!("{}.gov", vec!["c".repeat(60); 5].join("."));
        let r = rule("  AbileneTX.GOV ")?;
        assert_eq!(r, DomainRule::Exact("abilenetx.gov".into()));
        assert_eq!(r.pattern(), "abilenetx.gov");
        let s = rule("*.Police.UK")?;
        assert_eq!(s, DomainRule::Suffix("police.uk".into()));
        assert_eq!(s.pattern(), "*.police.uk");
        assert_eq!(s.to_string(), "*.police.uk");
        assert_eq!(rule(&s.pattern())?, s);
        let refused = [
            ("", RuleError::Empty),
            ("  ", RuleError::Empty),
            ("*", RuleError::BareWildcard),
            ("*.", RuleError::BareWildcard),
            ("*.com", RuleError::SuffixTooBroad),
            ("*.uk", RuleError::SuffixTooBroad),
            ("*.gov", RuleError::SuffixTooBroad),
            ("gov", RuleError::SingleLabel),
            ("a.*.gov", RuleError::MisplacedWildcard),
            ("*abilenetx.gov", RuleError::MisplacedWildcard),
            ("*.*.police.uk", RuleError::MisplacedWildcard),
            ("abilenet\u{445}.gov", RuleError::NonAscii),
            ("xn--abilenetx-xyz.gov", RuleError::Punycode),
            ("abilenetx.gov.", RuleError::TrailingDot),
            ("abilenetx..gov", RuleError::EmptyLabel),
            ("a@abilenetx.gov", RuleError::InvalidCharacter),
            ("https://abilenetx.gov", RuleError::InvalidCharacter),
            ("-abilenetx.gov", RuleError::LabelHyphen),
            (long_label.as_str(), RuleError::LabelTooLong),
            (long_domain.as_str(), RuleError::TooLong),
            ("abilenetx.gov\u{a0}", RuleError::NonAscii),
            ("10.0.0.1", RuleError::NumericTld),
        ];
        for (input, why) in refused {
            assert_eq!(rule(input), Err(why), "{input:?}");
        }
        Ok(())
    }

    #[test]
    fn serde_round_trips_through_the_validating_parser() -> TestResult {
        let r = rule("*.police.uk")?;
        let json = serde_json::to_string(&r)?;
        assert_eq!(json, "\"*.police.uk\"");
        assert_eq!(serde_json::from_str::<DomainRule>(&json)?, r);
        assert!(serde_json::from_str::<DomainRule>("\"*.uk\"").is_err());
        let e = email("A@Abilenetx.gov")?;
        let json = serde_json::to_string(&e)?;
        assert_eq!(json, "\"a@abilenetx.gov\"");
        assert_eq!(serde_json::from_str::<EmailAddress>(&json)?, e);
        assert!(serde_json::from_str::<EmailAddress>("\"a@abilenetx.gov.\"").is_err());
        Ok(())
    }

    #[test]
    fn rule_file_parses_descriptions_comments_and_reports_line() -> TestResult {
        let text = "\u{feff}# non-CISA rules\n\n*.police.uk  UK police forces\r\n\
                    *.gov.pl\n  *.POLIZEI.de\tGerman police  \n";
        let lines = parse_rule_file(text).map_err(|(n, e)| format!("line {n}: {e}"))?;
        assert_eq!(
            lines,
            vec![
                RuleLine {
                    rule: rule("*.police.uk")?,
                    description: Some("UK police forces".into()),
                },
                RuleLine {
                    rule: rule("*.gov.pl")?,
                    description: None,
                },
                RuleLine {
                    rule: rule("*.polizei.de")?,
                    description: Some("German police".into()),
                },
            ]
        );
        assert_eq!(
            parse_rule_file("# c\n*.gov.pl\n*.uk  too broad\n"),
            Err((3, RuleError::SuffixTooBroad))
        );
        assert_eq!(parse_rule_file(""), Ok(vec![]));
        Ok(())
    }

    fn label() -> impl Strategy<Value = String> {
        // A tiny alphabet so that random rules and domains often share labels.
        "[ab0-]{0,2}[ab]".prop_filter("no leading hyphen", |l| !l.starts_with('-'))
    }

    fn labels(range: std::ops::Range<usize>) -> impl Strategy<Value = Vec<String>> {
        proptest::collection::vec(label(), range)
    }

    proptest! {
        #[test]
        fn matches_agrees_with_label_suffix_semantics(
            rule_labels in labels(2..4),
            prefix in labels(0..3),
            tail in labels(1..4),
            reuse_rule in any::<bool>(),
        ) {
            let domain_labels: Vec<String> = if reuse_rule {
                prefix.iter().chain(&rule_labels).cloned().collect()
            } else {
                prefix.iter().chain(&tail).cloned().collect()
            };
            let domain = domain_labels.join(".");
            let base = rule_labels.join(".");
            prop_assume!(domain_labels.len() >= 2);

            let ends_with_rule = domain_labels.len() >= rule_labels.len()
                && domain_labels[domain_labels.len() - rule_labels.len()..] == rule_labels[..];
            let strictly = ends_with_rule && domain_labels.len() > rule_labels.len();
            let string_oracle = domain == base || domain.ends_with(&format!(".{base}"));
            prop_assert_eq!(ends_with_rule, string_oracle);

            let exact = DomainRule::parse(&base).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let suffix = DomainRule::parse(&format!("*.{base}"))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(exact.matches(&domain), ends_with_rule);
            prop_assert_eq!(suffix.matches(&domain), strictly);

            // The store finds rules only through candidate_patterns: a matching rule
            // must always be among them.
            let address = EmailAddress::parse(&format!("x@{domain}"))
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let candidates = address.candidate_patterns();
            for r in [&exact, &suffix] {
                if r.matches(address.domain()) {
                    prop_assert!(candidates.contains(&r.pattern()));
                }
            }
        }

        #[test]
        fn any_non_ascii_is_refused(
            before in "[ -~]{0,20}",
            c in any::<char>().prop_filter("non-ASCII", |c| !c.is_ascii()),
            after in "[ -~]{0,20}",
        ) {
            let input = format!("{before}{c}{after}");
            prop_assert!(EmailAddress::parse(&input).is_err());
            prop_assert!(DomainRule::parse(&input).is_err());
            let with_valid_parts = format!("a{c}@abilenetx.gov");
            prop_assert_eq!(EmailAddress::parse(&with_valid_parts), Err(EmailRefusal::NonAscii));
            let in_domain = format!("a@abilenet{c}.gov");
            prop_assert_eq!(EmailAddress::parse(&in_domain), Err(EmailRefusal::NonAscii));
        }

        #[test]
        fn parse_never_panics_and_output_is_lowercase(input in "\\PC{0,80}") {
            if let Ok(e) = EmailAddress::parse(&input) {
                prop_assert_eq!(e.as_str(), e.as_str().to_ascii_lowercase());
                prop_assert_eq!(format!("{}@{}", e.local_part(), e.domain()), e.as_str());
                prop_assert_eq!(EmailAddress::parse(e.as_str()), Ok(e.clone()));
            }
        }
    }
}
