//! The PDF check of uploaded legal process: any bytes get a verdict, never a panic.
//! (In the server the check runs in a child process with a memory limit, so a PDF
//! that needs too much memory is refused there; here libFuzzer's own limit applies.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _verdict = lers_app::services::pdf::check(data);
});
