//! Country names in the reader's language (CLDR's, in `countries.ftl`), and the list
//! a form offers in that language's alphabetical order.

use std::collections::HashMap;
use std::sync::LazyLock;

use lers_domain::countries::COUNTRIES;

use super::{Tr, LANGUAGES};

/// Every country of a form, in each language LERS speaks, sorted once.
static OFFERED: LazyLock<HashMap<&'static str, Vec<(&'static str, String)>>> =
    LazyLock::new(|| {
        LANGUAGES
            .iter()
            .filter_map(|(tag, _)| {
                let tr = Tr::exact(tag)?;
                let mut named: Vec<(&'static str, String)> = COUNTRIES
                    .iter()
                    .map(|(code, _)| (*code, tr.country(code)))
                    .collect();
                tr.in_alphabetical_order(&mut named);
                Some((*tag, named))
            })
            .collect()
    });

impl Tr {
    /// The country with ISO 3166-1 code `code` as this reader names it; an unknown
    /// code is shown as it is.
    pub fn country(&self, code: &str) -> String {
        let key = format!("country-{code}");
        match self.get(&key) {
            said if said == key => code.to_owned(),
            said => said,
        }
    }

    /// Every country a form offers, `(code, name)`, in this reader's alphabetical order.
    pub fn countries(&self) -> &'static [(&'static str, String)] {
        OFFERED
            .get(self.lang().as_str())
            .or_else(|| OFFERED.get("en"))
            .map(Vec::as_slice)
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_names_every_country_and_sorts_in_its_own_order() {
        for (tag, _) in LANGUAGES {
            let tr = Tr::negotiate(Some(tag));
            assert_eq!(tr.lang(), tag);
            let offered = tr.countries();
            assert_eq!(offered.len(), COUNTRIES.len(), "{tag}");
            for (code, name) in offered {
                assert_ne!(name.as_str(), *code, "{tag} has no name for {code}");
            }
        }
        let polish = Tr::negotiate(Some("pl"));
        let position = |name: &str| polish.countries().iter().position(|(_, n)| n == name);
        let (litwa, lotwa, zambia) = (position("Litwa"), position("Łotwa"), position("Zambia"));
        assert!(
            litwa < lotwa && lotwa < zambia,
            "{litwa:?} {lotwa:?} {zambia:?}"
        );
        assert_eq!(polish.country("DE"), "Niemcy");
        assert_eq!(Tr::negotiate(Some("vi")).country("US"), "Hoa Kỳ");
        assert_eq!(polish.country("QQ"), "QQ");
    }
}
