//! Time-based one-time passwords (RFC 6238): 6 digits, 30-second steps, HMAC-SHA-1 —
//! what every authenticator app speaks. The code arithmetic is `totp-rs`; this module
//! adds the rules LERS needs on top: a code is good for one use only, and codes older
//! than the last one used are refused too, so a shoulder-surfed code is worthless once
//! the officer has logged in.

use subtle::ConstantTimeEq;
use totp_rs::{Algorithm, Secret, TOTP};

use crate::clock::Timestamp;
use crate::problem::Problem;

pub const DIGITS: usize = 6;
pub const STEP_SECONDS: u64 = 30;
/// RFC 4226 §4 recommends 160-bit shared secrets.
pub const SECRET_BYTES: usize = 20;
/// Steps either side of now that are accepted, for clock drift between phone and server.
const ALLOWED_DRIFT_STEPS: i64 = 1;

/// A TOTP shared secret. Deliberately not `Debug`/`Display` so it cannot end up in logs.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TotpError {
    #[error("a TOTP secret must be {SECRET_BYTES} bytes")]
    BadSecretLength,
    #[error("enter the 6-digit code from your authenticator app (digits only)")]
    Malformed,
    #[error("that code is not correct; check your phone's time and enter the current code")]
    Wrong,
    #[error("that code was already used; wait for the next code and enter it")]
    Reused,
}

impl TotpError {
    /// The refusal next to the code field, in the reader's language; a secret of
    /// the wrong length is a fault of the server, never of what was typed.
    pub fn problem(&self) -> Problem {
        match self {
            Self::BadSecretLength => Problem::new("error-internal"),
            Self::Malformed => Problem::new("form-code-malformed"),
            Self::Wrong => Problem::new("form-code-wrong"),
            Self::Reused => Problem::new("form-code-reused"),
        }
    }
}

impl TotpSecret {
    /// Wraps secret bytes that the caller drew from a cryptographic RNG.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self, TotpError> {
        if bytes.len() == SECRET_BYTES {
            Ok(Self(bytes))
        } else {
            Err(TotpError::BadSecretLength)
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Base32 without padding, as typed into an authenticator app by hand.
    pub fn base32(&self) -> String {
        match Secret::Raw(self.0.clone()).to_encoded() {
            Secret::Encoded(text) => text,
            Secret::Raw(_) => String::new(),
        }
    }

    /// The `otpauth://` URI that authenticator apps read from a QR code.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        let issuer = percent_encode(issuer);
        format!(
            "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
            account = percent_encode(account),
            secret = self.base32(),
        )
    }

    fn generator(&self) -> TOTP {
        TOTP::new_unchecked(Algorithm::SHA1, DIGITS, 0, STEP_SECONDS, self.0.clone())
    }

    /// The code for the step that contains `at` (used by tests and by enrollment help).
    pub fn code_at(&self, at: Timestamp) -> String {
        self.generator().generate(unsigned_seconds(at))
    }

    /// Checks `code` at `now`. Returns the time step it belongs to, which the caller
    /// must store and pass back as `last_used_step` next time.
    pub fn verify(
        &self,
        code: &str,
        now: Timestamp,
        last_used_step: Option<i64>,
    ) -> Result<i64, TotpError> {
        let code = code.trim();
        if code.len() != DIGITS || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TotpError::Malformed);
        }
        let current = step_of(now);
        let generator = self.generator();
        let matched = (current - ALLOWED_DRIFT_STEPS..=current + ALLOWED_DRIFT_STEPS)
            .filter(|step| *step >= 0)
            .find(|step| {
                let expected = generator.generate(step_start_seconds(*step));
                bool::from(expected.as_bytes().ct_eq(code.as_bytes()))
            })
            .ok_or(TotpError::Wrong)?;
        match last_used_step {
            Some(last) if matched <= last => Err(TotpError::Reused),
            _ => Ok(matched),
        }
    }
}

fn unsigned_seconds(at: Timestamp) -> u64 {
    u64::try_from(at.unix_seconds()).unwrap_or(0)
}

fn step_of(at: Timestamp) -> i64 {
    at.unix_seconds().div_euclid(STEP_SECONDS as i64)
}

fn step_start_seconds(step: i64) -> u64 {
    u64::try_from(step).unwrap_or(0) * STEP_SECONDS
}

/// Percent-encodes everything but RFC 3986 unreserved characters (for the otpauth label).
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_seconds(seconds: i64) -> Timestamp {
        Timestamp::from_unix_millis(seconds * 1000)
    }

    /// RFC 6238 Appendix B: every test vector for all three hash functions (8 digits).
    #[test]
    fn rfc6238_appendix_b_vectors() {
        let sha1 = b"12345678901234567890".to_vec();
        let sha256 = b"12345678901234567890123456789012".to_vec();
        let sha512 = b"1234567890123456789012345678901234567890123456789012345678901234".to_vec();
        let vectors: [(u64, &str, &str, &str); 6] = [
            (59, "94287082", "46119246", "90693936"),
            (1111111109, "07081804", "68084774", "25091201"),
            (1111111111, "14050471", "67062674", "99943326"),
            (1234567890, "89005924", "91819424", "93441116"),
            (2000000000, "69279037", "90698825", "38618901"),
            (20000000000, "65353130", "77737706", "47863826"),
        ];
        for (time, want1, want256, want512) in vectors {
            let gen = |alg, secret: &Vec<u8>| {
                TOTP::new_unchecked(alg, 8, 0, 30, secret.clone()).generate(time)
            };
            assert_eq!(gen(Algorithm::SHA1, &sha1), want1, "SHA1 at {time}");
            assert_eq!(gen(Algorithm::SHA256, &sha256), want256, "SHA256 at {time}");
            assert_eq!(gen(Algorithm::SHA512, &sha512), want512, "SHA512 at {time}");
        }
    }

    /// Our 6-digit codes are the last six digits of the RFC's 8-digit SHA-1 vectors.
    #[test]
    fn six_digit_codes_match_the_rfc() -> Result<(), TotpError> {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec())?;
        assert_eq!(secret.code_at(at_seconds(59)), "287082");
        assert_eq!(secret.code_at(at_seconds(1111111109)), "081804");
        assert_eq!(secret.base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        Ok(())
    }

    #[test]
    fn a_code_works_once_and_older_codes_die_with_it() -> Result<(), TotpError> {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec())?;
        let now = at_seconds(1_800_000_000);
        let code = secret.code_at(now);
        let step = secret.verify(&code, now, None)?;
        assert_eq!(
            secret.verify(&code, now, Some(step)),
            Err(TotpError::Reused)
        );
        let previous = secret.code_at(at_seconds(1_800_000_000 - 30));
        assert_eq!(
            secret.verify(&previous, now, Some(step)),
            Err(TotpError::Reused)
        );
        let later = at_seconds(1_800_000_000 + 30);
        assert!(secret
            .verify(&secret.code_at(later), later, Some(step))
            .is_ok());
        Ok(())
    }

    #[test]
    fn one_step_of_drift_is_tolerated_and_two_are_not() -> Result<(), TotpError> {
        let secret = TotpSecret::from_bytes(vec![7; SECRET_BYTES])?;
        let now = at_seconds(1_800_000_015);
        assert!(secret
            .verify(&secret.code_at(at_seconds(1_800_000_015 - 30)), now, None)
            .is_ok());
        assert!(secret
            .verify(&secret.code_at(at_seconds(1_800_000_015 + 30)), now, None)
            .is_ok());
        assert_eq!(
            secret.verify(&secret.code_at(at_seconds(1_800_000_015 - 60)), now, None),
            Err(TotpError::Wrong)
        );
        Ok(())
    }

    #[test]
    fn malformed_codes_are_refused_with_a_clear_reason() -> Result<(), TotpError> {
        let secret = TotpSecret::from_bytes(vec![1; SECRET_BYTES])?;
        let now = at_seconds(1_800_000_000);
        for bad in ["", "12345", "1234567", "12a456", "１２３４５６"] {
            assert_eq!(
                secret.verify(bad, now, None),
                Err(TotpError::Malformed),
                "{bad}"
            );
        }
        assert!(TotpSecret::from_bytes(vec![1; 10]).is_err());
        Ok(())
    }

    #[test]
    fn otpauth_uri_names_issuer_and_account() -> Result<(), TotpError> {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec())?;
        assert_eq!(
            secret.otpauth_uri("LERS", "dana@abilenetx.gov"),
            "otpauth://totp/LERS:dana%40abilenetx.gov?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=LERS&algorithm=SHA1&digits=6&period=30"
        );
        Ok(())
    }
}
