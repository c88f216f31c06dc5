//! The reader of sealed files (documents at rest). Two properties:
//! - any bytes read back from a blob store are refused or opened, never a panic;
//! - a file sealed from the input opens to exactly the input, and the same file with
//!   any one byte changed (position and change from the input) is refused: tampering
//!   is an error, never wrong plaintext.
#![no_main]

use libfuzzer_sys::fuzz_target;
use lers_store::crypto::segments::{self, SegmentCipher, MAGIC, NONCE_PREFIX_LEN};
use lers_store::files::vault::decrypt;

const KEY: [u8; 32] = [7; 32];
const AAD: &[u8] = b"lers-doc-v2|doc_fuzz|req_fuzz|us";

fn seal(plain: &[u8]) -> Vec<u8> {
    let mut header = MAGIC.to_vec();
    header.extend_from_slice(&[0; NONCE_PREFIX_LEN]);
    let cipher = SegmentCipher::from_header(&KEY, &header).expect("a well-formed header");
    let len = plain.len() as u64;
    let count = segments::segment_count(len);
    let mut sealed = header;
    let mut offset = 0;
    for index in 0..count {
        let size = segments::segment_plain_len(index, len);
        let mut segment = plain[offset..offset + size].to_vec();
        cipher
            .seal(index, index + 1 == count, AAD, &mut segment)
            .expect("sealing");
        sealed.extend_from_slice(&segment);
        offset += size;
    }
    sealed
}

fuzz_target!(|data: &[u8]| {
    let _verdict = decrypt(&mut data.to_vec(), &KEY, AAD);

    let Some((change, plain)) = data.split_first_chunk::<3>() else {
        return;
    };
    let sealed = seal(plain);
    assert_eq!(
        decrypt(&mut sealed.clone(), &KEY, AAD).ok().as_deref(),
        Some(plain),
        "a sealed file opens to what was sealed"
    );
    let mut tampered = sealed;
    let position = usize::from(u16::from_le_bytes([change[0], change[1]])) % tampered.len();
    tampered[position] ^= change[2].max(1);
    assert!(
        decrypt(&mut tampered, &KEY, AAD).is_err(),
        "a changed byte at {position} was not noticed"
    );
});
