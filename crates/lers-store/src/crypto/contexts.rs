//! Every context a secret is sealed under with the master key. A sealed value opens
//! only under the context it was sealed with, so a key or secret copied to another
//! row (another document, file or account) does not open there.

/// The data key of a request document: `document/{document id}`.
pub const DOCUMENT_KEY_CONTEXT: &str = "document";
/// The data key of a production file: `production-file/{file id}`.
pub const FILE_KEY_CONTEXT: &str = "production-file";

/// The context of one row's data key: `{kind}/{public id}`.
pub fn data_key(kind: &str, public_id: &str) -> String {
    format!("{kind}/{public_id}")
}

/// A document's data key.
pub fn document_key(document_id: &str) -> String {
    data_key(DOCUMENT_KEY_CONTEXT, document_id)
}

/// A production file's data key.
pub fn production_file_key(file_id: &str) -> String {
    data_key(FILE_KEY_CONTEXT, file_id)
}

/// An account's TOTP secret (pending or enrolled), bound to its pseudonym.
pub fn totp_secret(pseudonym: &str) -> String {
    format!("{pseudonym}/totp")
}

/// The data key of a request's sealed text fields: `request/{public id}`.
pub const REQUEST_KEY_CONTEXT: &str = "request";

/// A request's data key.
pub fn request_key(public_id: &str) -> String {
    data_key(REQUEST_KEY_CONTEXT, public_id)
}

/// A contact detail of an account (`phone`, `mailing_address`, `badge_number`),
/// sealed with the master key and bound to the account's pseudonym and the column.
pub fn account_contact(column: &str, pseudonym: &str) -> String {
    format!("{pseudonym}/{column}")
}

/// The data key of a "My data" export: `data-export/{blob key}`.
pub fn data_export_key(blob_key: &str) -> String {
    data_key("data-export", blob_key)
}

/// A webhook's secret (signing secret, PagerDuty routing key, Opsgenie API key),
/// sealed with the master key and bound to the account that set it up.
pub fn webhook_secret(account_id: i64) -> String {
    format!("webhook/{account_id}/secret")
}

/// A message waiting in the mail queue, sealed with the master key and bound to its
/// row's public id.
pub fn queued_mail(public_id: &str) -> String {
    format!("mail/{public_id}")
}
