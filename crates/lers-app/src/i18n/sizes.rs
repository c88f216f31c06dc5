//! Numbers and file sizes as a reader writes them: digits grouped and decimals
//! separated the way their language does (ICU4X: "9 437 307", "9,0 MiB"), and the
//! word "bytes" in its plural form (Fluent: "9 437 307 bajtów").

use std::collections::HashMap;
use std::sync::LazyLock;

use icu_decimal::input::Decimal;
use icu_decimal::DecimalFormatter;

use super::dates::per_language;
use super::Tr;

/// One formatter per language LERS speaks, made once.
static FORMATTERS: LazyLock<HashMap<&'static str, DecimalFormatter>> = LazyLock::new(|| {
    per_language(|locale| DecimalFormatter::try_new(locale.into(), Default::default()).ok())
});

const UNITS: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];

impl Tr {
    fn decimal(&self, decimal: &Decimal) -> String {
        match FORMATTERS.get(self.lang().as_str()) {
            Some(formatter) => formatter.format(decimal).to_string(),
            None => decimal.to_string(),
        }
    }

    /// A whole number, grouped as the reader's language groups digits.
    pub fn number(&self, value: u64) -> String {
        self.decimal(&Decimal::from(value))
    }

    /// An exact count of bytes, in words: "1 byte", "9,437,307 bytes".
    pub fn bytes(&self, count: u64) -> String {
        self.with_number("size-bytes", count, self.number(count))
    }

    /// A size to read at a glance: bytes below 1 KiB, else the largest binary unit
    /// to one decimal, rounded down ("9.0 MiB", "9,0 MiB"), so a file never looks
    /// bigger than it is.
    pub fn size(&self, bytes: u64) -> String {
        if bytes < 1024 {
            return self.bytes(bytes);
        }
        let mut tenths = bytes.saturating_mul(10) / 1024;
        let mut unit = 0;
        while tenths >= 10 * 1024 && unit + 1 < UNITS.len() {
            tenths /= 1024;
            unit += 1;
        }
        let mut shown = Decimal::from(tenths);
        shown.multiply_pow10(-1);
        format!("{} {}", self.decimal(&shown), UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    use crate::i18n::Tr;

    #[test]
    fn sizes_are_written_as_each_language_writes_numbers() {
        let en = Tr::negotiate(Some("en"));
        assert_eq!(en.size(0), "0 bytes");
        assert_eq!(en.size(1), "1 byte");
        assert_eq!(en.size(1023), "1,023 bytes");
        assert_eq!(en.size(1024), "1.0 KiB");
        assert_eq!(en.size(9_437_307), "9.0 MiB");
        assert_eq!(en.size(4 * 1024 * 1024 * 1024), "4.0 GiB");
        assert_eq!(en.bytes(9_437_307), "9,437,307 bytes");
        let pl = Tr::negotiate(Some("pl"));
        assert_eq!(pl.size(9_437_307), "9,0 MiB");
        assert_eq!(pl.bytes(3), "3 bajty");
        assert_eq!(pl.bytes(5), "5 bajtów");
        assert!(
            pl.bytes(9_437_307).ends_with(" bajtów"),
            "{}",
            pl.bytes(9_437_307)
        );
        let de = Tr::negotiate(Some("de"));
        assert_eq!(de.number(9_437_307), "9.437.307");
        assert_eq!(Tr::negotiate(Some("vi")).size(1536), "1,5 KiB");
    }
}
