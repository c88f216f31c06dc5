//! Paths that more than one layer must recognise, defined once.

/// The staff console's sign-in: the one staff route open to anyone.
pub const STAFF_SIGN_IN: &str = "/staff/login";

/// Whether `path` is the staff console's: in the staff load budget, and sent to the
/// staff sign-in when no one is signed in.
pub fn is_staff(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/")
}
