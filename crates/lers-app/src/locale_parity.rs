//! Every language has exactly the messages English has, in the file English keeps them
//! in, with the same attributes, variables and references: a page never falls back to
//! English for a missing message, and a translation never shows a variable the code
//! does not pass. Each language folder under `locales/` is compared with `en/`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// What must agree between a message and its English original.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Shape {
    file: String,
    has_value: bool,
    attributes: BTreeSet<String>,
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

#[derive(Default)]
struct Placeholders {
    variables: BTreeSet<String>,
    references: BTreeSet<String>,
}

impl Placeholders {
    fn pattern(&mut self, pattern: &Pattern<&str>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &Expression<&str>) {
        match expression {
            Expression::Select { selector, variants } => {
                self.inline(selector);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &InlineExpression<&str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                self.variables.insert(id.name.to_owned());
            }
            InlineExpression::MessageReference { id, .. } => {
                self.references.insert(id.name.to_owned());
            }
            InlineExpression::TermReference { id, .. } => {
                self.references.insert(format!("-{}", id.name));
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for argument in &arguments.positional {
                    self.inline(argument);
                }
                for named in &arguments.named {
                    self.inline(&named.value);
                }
            }
            InlineExpression::Placeable { expression } => self.expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }
}

/// The messages and terms of one language folder, or what is wrong with it.
pub(crate) fn shapes(folder: &Path, problems: &mut Vec<String>) -> BTreeMap<String, Shape> {
    let mut found = BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    for path in files {
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            problems.push(format!("{}: {file} is not a .ftl file", folder.display()));
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                problems.push(format!("{}: {} parse errors", path.display(), errors.len()));
                resource
            }
        };
        for entry in &resource.body {
            let (name, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
                _ => continue,
            };
            let mut placeholders = Placeholders::default();
            if let Some(value) = value {
                placeholders.pattern(value);
            }
            for attribute in attributes {
                placeholders.pattern(&attribute.value);
            }
            let shape = Shape {
                file: file.clone(),
                has_value: value.is_some(),
                attributes: attributes.iter().map(|a| a.id.name.to_owned()).collect(),
                variables: placeholders.variables,
                references: placeholders.references,
            };
            if let Some(first) = found.insert(name.clone(), shape) {
                problems.push(format!(
                    "{}: {name} is defined twice (also in {})",
                    folder.display(),
                    first.file
                ));
            }
        }
    }
    found
}

#[test]
fn every_language_has_exactly_the_messages_english_has() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut problems = Vec::new();
    let english = shapes(&root.join("en"), &mut problems);
    assert!(
        english.len() > 1000,
        "English has {} messages",
        english.len()
    );
    let mut languages: Vec<_> = std::fs::read_dir(&root)
        .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    languages.sort();
    let mut checked = Vec::new();
    for folder in languages.iter().filter(|p| !p.ends_with("en")) {
        let lang = folder.file_name().map(|n| n.to_string_lossy().into_owned());
        let theirs = shapes(folder, &mut problems);
        for (id, shape) in &english {
            match theirs.get(id) {
                None => problems.push(format!("{lang:?} lacks {id} (en/{})", shape.file)),
                Some(other) if other != shape => problems.push(format!(
                    "{lang:?} {id}: {other:?} differs from English {shape:?}"
                )),
                Some(_) => {}
            }
        }
        for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{lang:?} has {id}, which English does not"));
        }
        checked.extend(lang);
    }
    assert!(
        problems.is_empty(),
        "{} problems, first ones:\n{}",
        problems.len(),
        problems
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(checked.len() >= 6, "languages checked: {checked:?}");
}

/// Two links of the navigation with the same words are one link to a listener (a
/// screen reader's list of links) and a guess to a reader: "Notifications" and
/// "Notices" were both "Powiadomienia" in Polish.
#[test]
fn no_two_navigation_links_read_the_same_in_any_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    for (tag, _) in crate::i18n::LANGUAGES {
        let tr = crate::i18n::Tr::negotiate(Some(tag));
        let mut problems = Vec::new();
        let ids: Vec<String> = shapes(&root.join("en"), &mut problems)
            .into_keys()
            .filter(|id| id.starts_with("nav-") && id != "nav-label")
            .collect();
        assert!(problems.is_empty(), "{problems:?}");
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for id in &ids {
            if let Some(other) = seen.insert(tr.get(id), id) {
                panic!("{tag}: {other} and {id} both read \"{}\"", tr.get(id));
            }
        }
    }
}
