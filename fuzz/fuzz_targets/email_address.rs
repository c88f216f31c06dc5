//! The e-mail address parser of sign-up and staff invitations: any text is refused or
//! normalised, and a normalised address parses back to itself.
#![no_main]

use lers_domain::allowlist::EmailAddress;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(address) = EmailAddress::parse(text) {
        let again = EmailAddress::parse(address.as_str()).ok();
        assert_eq!(again.as_ref(), Some(&address), "normalisation is stable");
        assert!(address.as_str().is_ascii(), "only ASCII addresses are accepted");
    }
});
