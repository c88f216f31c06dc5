//! Writers for what LERS sends: the `ResponsePayload` answering a request message
//! ([`response_xml`], [`message_error_xml`]), and request messages of its own carrying a
//! `NotificationObject` ([`notification_xml`]) or a `DeliveryObject` ([`delivery_xml`]).
//! quick-xml's `Writer` does the escaping; the output is valid against the V1.15.1
//! schemas (the tests check every kind with `xmllint`).

mod objects;
pub mod outbound;

pub use objects::{AssociatedStatus, BinaryData, Delivery, Notification, OutObject};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use time::{OffsetDateTime, UtcOffset};

use crate::error::MessageError;
use crate::model::{DictionaryEntry, Endpoint, Header, ObjectId, Version};
use crate::ns::{Ns, EMITTED_ETSI_VERSION, EMITTED_PROFILE_OWNER, EMITTED_PROFILE_VERSION, XSI};
use crate::profile::MappingError;

impl Header {
    /// The header of the answer to this message: sender and receiver swapped, the same
    /// TransactionIdentifier, LERS' version, `now` as the timestamp.
    pub fn reply(&self, now: OffsetDateTime) -> Header {
        Header::outgoing(
            self.receiver.clone(),
            self.sender.clone(),
            self.transaction.clone(),
            now,
        )
    }

    /// The header of a message LERS starts (a notification or a delivery).
    pub fn outgoing(
        sender: Endpoint,
        receiver: Endpoint,
        transaction: ObjectId,
        now: OffsetDateTime,
    ) -> Header {
        Header {
            sender,
            receiver,
            transaction,
            timestamp: now,
            version: Version {
                etsi_version: EMITTED_ETSI_VERSION.into(),
                national_profile_owner: EMITTED_PROFILE_OWNER.into(),
                national_profile_version: EMITTED_PROFILE_VERSION.into(),
            },
        }
    }
}

/// `ActionUnsuccesfulInformation`: a code and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ErrorInformation {
    pub code: u64,
    pub description: String,
}

impl ErrorInformation {
    /// LERS' own codes (TS 103 120 leaves the numbering to the profile, which could not
    /// be checked): 1xxx the message could not be read safely, 2xxx its structure,
    /// 3xxx a value, 5xxx something not supported; 4xxx see [`Self::from_mapping_error`].
    pub fn from_message_error(error: &MessageError) -> Self {
        use MessageError as E;
        let code = match error {
            E::TooLarge { .. } => 1001,
            E::Doctype => 1002,
            E::UnknownEntity { .. } => 1003,
            E::TooDeep { .. } => 1004,
            E::TooManyElements { .. } => 1005,
            E::TextTooLong { .. } => 1006,
            E::Malformed { .. } => 1007,
            E::WrongNamespace { .. } => 2001,
            E::UnboundPrefix { .. } => 2002,
            E::Missing { .. } => 2003,
            E::Unexpected { .. } => 2004,
            E::Repeated { .. } => 2005,
            E::BadValue { .. } => 3001,
            E::ChecksumMismatch { .. } => 3002,
            E::UnsupportedObjectType { .. } => 5001,
            E::UnsupportedAction { .. } => 5002,
        };
        ErrorInformation {
            code,
            description: error.to_string(),
        }
    }
}

impl ErrorInformation {
    /// 4xxx: the objects parsed but do not make an order LERS can take.
    pub fn from_mapping_error(error: &MappingError) -> Self {
        use MappingError as E;
        let code = match error {
            E::NoAuthorisation => 4001,
            E::SeveralAuthorisations { .. } => 4002,
            E::NoTask { .. } => 4003,
            E::NotAssociated { .. } => 4004,
            E::Missing { .. } => 4005,
            E::UnknownDictionaryValue { .. } => 4006,
            E::UnsupportedIdentifier { .. } => 4007,
            E::Inconsistent { .. } => 4008,
            E::NotAnOrderUpdate { .. } => 4009,
            E::SeveralChanges { .. } => 4010,
            E::EaDecision { .. } => 4011,
        };
        ErrorInformation {
            code,
            description: error.to_string(),
        }
    }
}

/// One entry of a LIST answer (`ListResponseRecord`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListRecord {
    pub object_type: DictionaryEntry,
    pub identifier: ObjectId,
    pub country_code: Option<String>,
    pub owner_identifier: Option<String>,
    pub generation: u64,
    pub external_identifier: Option<String>,
    pub last_changed: Option<OffsetDateTime>,
}

/// The answer to one `ActionRequest`, by its `ActionIdentifier`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ActionResponse {
    Create {
        action: u64,
        identifier: ObjectId,
    },
    Update {
        action: u64,
        identifier: ObjectId,
    },
    Get {
        action: u64,
        object: Box<OutObject>,
    },
    List {
        action: u64,
        records: Vec<ListRecord>,
    },
    Error {
        action: u64,
        error: ErrorInformation,
    },
}

/// A `ResponsePayload` with one `ActionResponse` per request answered.
pub fn response_xml(header: &Header, responses: &[ActionResponse]) -> String {
    message(header, |out| {
        out.open(Ns::Core, "ResponsePayload");
        out.open(Ns::Core, "ActionResponses");
        for response in responses {
            out.open(Ns::Core, "ActionResponse");
            action_response(out, response);
            out.close(Ns::Core, "ActionResponse");
        }
        out.close(Ns::Core, "ActionResponses");
        out.close(Ns::Core, "ResponsePayload");
    })
}

/// A `ResponsePayload` refusing the whole message (it could not be read, or is not
/// from who it says).
pub fn message_error_xml(header: &Header, error: &ErrorInformation) -> String {
    message(header, |out| {
        out.open(Ns::Core, "ResponsePayload");
        error_information(out, "ErrorInformation", error);
        out.close(Ns::Core, "ResponsePayload");
    })
}

/// A request message that CREATEs a `NotificationObject` at the authority.
pub fn notification_xml(header: &Header, action: u64, notification: &Notification) -> String {
    request(header, action, |out| {
        out.open(Ns::Core, "CREATE");
        objects::write(
            out,
            "HI1Object",
            &OutObject::Notification(notification.clone()),
        );
        out.close(Ns::Core, "CREATE");
    })
}

/// A request message that DELIVERs a `DeliveryObject` for the task `task`.
pub fn delivery_xml(header: &Header, action: u64, task: &ObjectId, delivery: &Delivery) -> String {
    request(header, action, |out| {
        out.open(Ns::Core, "DELIVER");
        out.leaf(Ns::Core, "Identifier", task.as_str());
        objects::write(out, "HI1Object", &OutObject::Delivery(delivery.clone()));
        out.close(Ns::Core, "DELIVER");
    })
}

fn request(header: &Header, action: u64, body: impl FnOnce(&mut Out)) -> String {
    message(header, |out| {
        out.open(Ns::Core, "RequestPayload");
        out.open(Ns::Core, "ActionRequests");
        out.open(Ns::Core, "ActionRequest");
        out.leaf(Ns::Core, "ActionIdentifier", &action.to_string());
        body(out);
        out.close(Ns::Core, "ActionRequest");
        out.close(Ns::Core, "ActionRequests");
        out.close(Ns::Core, "RequestPayload");
    })
}

fn action_response(out: &mut Out, response: &ActionResponse) {
    let c = Ns::Core;
    match response {
        ActionResponse::Create { action, identifier }
        | ActionResponse::Update { action, identifier } => {
            let verb = match response {
                ActionResponse::Create { .. } => "CREATEResponse",
                _ => "UPDATEResponse",
            };
            out.leaf(c, "ActionIdentifier", &action.to_string());
            out.open(c, verb);
            out.leaf(c, "Identifier", identifier.as_str());
            out.close(c, verb);
        }
        ActionResponse::Get { action, object } => {
            out.leaf(c, "ActionIdentifier", &action.to_string());
            out.open(c, "GETResponse");
            objects::write(out, "HI1Object", object);
            out.close(c, "GETResponse");
        }
        ActionResponse::List { action, records } => {
            out.leaf(c, "ActionIdentifier", &action.to_string());
            out.open(c, "LISTResponse");
            for r in records {
                out.open(c, "ListResponseRecord");
                out.dictionary(c, "ObjectType", &r.object_type);
                out.leaf(c, "Identifier", r.identifier.as_str());
                out.opt_leaf(c, "CountryCode", r.country_code.as_deref());
                out.opt_leaf(c, "OwnerIdentifier", r.owner_identifier.as_deref());
                out.leaf(c, "Generation", &r.generation.to_string());
                out.opt_leaf(c, "ExternalIdentifier", r.external_identifier.as_deref());
                out.opt_time(c, "LastChanged", r.last_changed);
                out.close(c, "ListResponseRecord");
            }
            out.close(c, "LISTResponse");
        }
        ActionResponse::Error { action, error } => {
            out.leaf(c, "ActionIdentifier", &action.to_string());
            error_information(out, "ErrorInformation", error);
        }
    }
}

pub(crate) fn error_information(out: &mut Out, name: &str, error: &ErrorInformation) {
    out.open(Ns::Core, name);
    out.leaf(Ns::Core, "ErrorCode", &error.code.to_string());
    out.leaf(Ns::Core, "ErrorDescription", &error.description);
    out.close(Ns::Core, name);
}

fn message(header: &Header, payload: impl FnOnce(&mut Out)) -> String {
    let mut out = Out {
        w: Writer::new_with_indent(Vec::new(), b' ', 2),
    };
    out.event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let mut root = BytesStart::new("HI1Message");
    root.push_attribute(("xmlns", Ns::Core.uri()));
    for ns in Ns::ALL.into_iter().filter(|ns| *ns != Ns::Core) {
        root.push_attribute((format!("xmlns:{}", ns.prefix()).as_str(), ns.uri()));
    }
    root.push_attribute(("xmlns:xsi", XSI));
    out.event(Event::Start(root));
    let c = Ns::Core;
    out.open(c, "Header");
    endpoint(&mut out, "SenderIdentifier", &header.sender);
    endpoint(&mut out, "ReceiverIdentifier", &header.receiver);
    out.leaf(c, "TransactionIdentifier", header.transaction.as_str());
    out.leaf(c, "Timestamp", &microsecond_time(header.timestamp));
    out.open(c, "Version");
    out.leaf(c, "ETSIVersion", &header.version.etsi_version);
    out.leaf(
        c,
        "NationalProfileOwner",
        &header.version.national_profile_owner,
    );
    out.leaf(
        c,
        "NationalProfileVersion",
        &header.version.national_profile_version,
    );
    out.close(c, "Version");
    out.close(c, "Header");
    out.open(c, "Payload");
    payload(&mut out);
    out.close(c, "Payload");
    out.event(Event::End(BytesEnd::new("HI1Message")));
    String::from_utf8_lossy(&out.w.into_inner()).into_owned()
}

fn endpoint(out: &mut Out, name: &str, e: &Endpoint) {
    out.open(Ns::Core, name);
    out.leaf(Ns::Core, "CountryCode", &e.country_code);
    out.leaf(Ns::Core, "UniqueIdentifier", &e.unique_identifier);
    out.close(Ns::Core, name);
}

/// TS 103 280 `QualifiedMicrosecondDateTime`, in UTC.
fn microsecond_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{}T{:02}:{:02}:{:02}.{:06}Z",
        t.date(),
        t.hour(),
        t.minute(),
        t.second(),
        t.microsecond()
    )
}

/// TS 103 280 `QualifiedDateTime`, in UTC.
pub(crate) fn seconds_time(t: OffsetDateTime) -> String {
    let t = t.to_offset(UtcOffset::UTC);
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        t.date(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// An XML writer that names elements by namespace; the root binds LERS' prefixes.
pub(crate) struct Out {
    w: Writer<Vec<u8>>,
}

impl Out {
    fn event(&mut self, event: Event<'_>) {
        // Writing into a Vec<u8> cannot fail.
        let _ = self.w.write_event(event);
    }

    fn qname(ns: Ns, name: &str) -> String {
        match ns {
            Ns::Core => name.to_owned(),
            other => format!("{}:{name}", other.prefix()),
        }
    }

    pub fn open(&mut self, ns: Ns, name: &str) {
        self.event(Event::Start(BytesStart::new(Self::qname(ns, name))));
    }

    /// An element whose type is given by `xsi:type`.
    pub fn open_typed(&mut self, ns: Ns, name: &str, type_ns: Ns, type_name: &str) {
        let mut start = BytesStart::new(Self::qname(ns, name));
        start.push_attribute(("xsi:type", Self::qname(type_ns, type_name).as_str()));
        self.event(Event::Start(start));
    }

    pub fn close(&mut self, ns: Ns, name: &str) {
        self.event(Event::End(BytesEnd::new(Self::qname(ns, name))));
    }

    pub fn leaf(&mut self, ns: Ns, name: &str, text: &str) {
        self.open(ns, name);
        self.event(Event::Text(BytesText::new(text)));
        self.close(ns, name);
    }

    pub fn opt_leaf(&mut self, ns: Ns, name: &str, text: Option<&str>) {
        if let Some(text) = text {
            self.leaf(ns, name, text);
        }
    }

    pub fn opt_time(&mut self, ns: Ns, name: &str, t: Option<OffsetDateTime>) {
        if let Some(t) = t {
            self.leaf(ns, name, &seconds_time(t));
        }
    }

    pub fn dictionary(&mut self, ns: Ns, name: &str, entry: &DictionaryEntry) {
        self.open(ns, name);
        self.leaf(Ns::Common, "Owner", &entry.owner);
        self.leaf(Ns::Common, "Name", &entry.name);
        self.leaf(Ns::Common, "Value", &entry.value);
        self.close(ns, name);
    }
}
