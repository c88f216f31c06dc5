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

mod problems;

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
mod tests;
