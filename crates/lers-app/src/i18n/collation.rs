//! Alphabetical order as each language sorts (ICU4X collation): "Łotwa" after "Litwa",
//! not after "Zambia"; "Échange" among the E's.

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};

use super::dates::per_language;
use super::Tr;

/// One collator per language LERS speaks, made once.
static COLLATORS: LazyLock<HashMap<&'static str, CollatorBorrowed<'static>>> =
    LazyLock::new(|| {
        per_language(|locale| Collator::try_new(locale.into(), CollatorOptions::default()).ok())
    });

impl Tr {
    /// Sorts `items` by their words (the second part), as this reader's language
    /// orders them.
    pub fn in_alphabetical_order<T>(&self, items: &mut [(T, String)]) {
        match COLLATORS.get(self.lang().as_str()) {
            Some(collator) => items.sort_by(|a, b| collator.compare(&a.1, &b.1)),
            None => items.sort_by(|a, b| a.1.cmp(&b.1)),
        }
    }
}
