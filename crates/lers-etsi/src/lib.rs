//! ETSI TS 103 120 (HI-1, "interface for warrant information") messages for LERS, with
//! the EU e-Evidence profile (TS 104 144) mapped onto LERS' EU order model.
//!
//! Pure: bytes in, typed values out, and strings of XML out. No HTTP, no storage.
//! - [`parse_xml`] / [`parse_json`] read a request message within [`Limits`] into a
//!   [`Hi1Message`], or say what is wrong and where ([`MessageError`]).
//! - [`profile`] maps CREATE objects to an [`profile::IncomingOrder`] (a
//!   `RequestDraft` for `RequestDraft::validate`) and UPDATEs to [`profile::OrderUpdate`].
//! - [`write`] emits response payloads, notifications and deliveries, valid against the
//!   V1.15.1 schemas shipped in `schemas/`.

pub mod error;
pub mod model;
pub mod ns;
pub mod profile;
pub mod schema;
pub mod write;

mod json_read;
mod tree;
mod xml_read;

pub use error::{BadValue, MessageError};
pub use model::objects::{
    Authorisation, DeliveryAddress, Document, DocumentBody, Hi1Object, LdTask, LpTask,
    ObjectCommon, RequestDetails, RequestValue,
};
pub use model::values::{ApprovalDetails, ApproverContact};
pub use model::{
    parse_json, parse_xml, Action, ActionRequest, DictionaryEntry, Endpoint, Header, Hi1Message,
    ListRequest, ObjectId, Version,
};
pub use tree::Limits;
