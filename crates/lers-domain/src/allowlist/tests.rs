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
