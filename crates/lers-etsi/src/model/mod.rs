//! The HI-1 message model: header, request payload with its action requests, and the
//! objects they carry. Built from the element tree of either form, checking structure
//! (required and allowed elements) and values as it goes; the XSDs stay the reference
//! (element order is not checked here — `xmllint` checks it in the tests).

pub mod objects;
pub mod values;

use time::OffsetDateTime;

use crate::error::{BadValue, MessageError};
use crate::ns::Ns;
use crate::tree::{Element, Limits, Node, SHORT};
use objects::{object, Hi1Object};
use values::{date_time, endpoint, integer, object_id, opt_date_time, opt_dictionary};
pub use values::{DictionaryEntry, Endpoint, ObjectId};

/// A parsed `HI1Message` carrying a `RequestPayload` (what an authority sends LERS).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hi1Message {
    pub header: Header,
    pub requests: Vec<ActionRequest>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub sender: Endpoint,
    pub receiver: Endpoint,
    pub transaction: ObjectId,
    pub timestamp: OffsetDateTime,
    pub version: Version,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Version {
    pub etsi_version: String,
    pub national_profile_owner: String,
    pub national_profile_version: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRequest {
    pub action_identifier: u64,
    pub action: Action,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Get { identifier: ObjectId },
    Create { object: Hi1Object },
    Update { object: Hi1Object },
    List(ListRequest),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListRequest {
    pub object_type: Option<DictionaryEntry>,
    pub last_changed: Option<OffsetDateTime>,
}

/// Reads the XML form. `limits.max_bytes` is checked before parsing starts.
pub fn parse_xml(bytes: &[u8], limits: Limits) -> Result<Hi1Message, MessageError> {
    message(&crate::xml_read::read(bytes, limits)?)
}

/// Reads the JSON form (`schemas/1.15.1/json`), with the same limits.
pub fn parse_json(bytes: &[u8], limits: Limits) -> Result<Hi1Message, MessageError> {
    message(&crate::json_read::read(bytes, limits)?)
}

impl Hi1Message {
    pub fn requests(&self) -> &[ActionRequest] {
        &self.requests
    }

    /// The objects of the message's CREATE actions, with their action identifiers.
    pub fn created(&self) -> Vec<(u64, &Hi1Object)> {
        self.requests
            .iter()
            .filter_map(|r| match &r.action {
                Action::Create { object } => Some((r.action_identifier, object)),
                _ => None,
            })
            .collect()
    }
}

fn message(root: &Element) -> Result<Hi1Message, MessageError> {
    if root.ns != Ns::Core || root.name != "HI1Message" {
        return Err(MessageError::Unexpected {
            path: root.name.clone(),
        });
    }
    let node = Node {
        el: root,
        path: "HI1Message",
    };
    let c = Ns::Core;
    node.only(&[(c, "Header"), (c, "Payload"), (c, "Signature")])?;
    let header = header(node.req(c, "Header")?.node())?;
    let payload = node.req(c, "Payload")?;
    let payload = payload.node();
    payload.only(&[(c, "RequestPayload"), (c, "ResponsePayload")])?;
    let request = payload.req(c, "RequestPayload")?;
    let request = request.node();
    request.only(&[(c, "ActionRequests")])?;
    let list = request.req(c, "ActionRequests")?;
    let list = list.node();
    list.only(&[(c, "ActionRequest")])?;
    let found = list.all(c, "ActionRequest");
    if found.is_empty() {
        return Err(MessageError::Missing {
            path: list.at("ActionRequest"),
        });
    }
    let requests = found
        .iter()
        .map(|f| action_request(f.node()))
        .collect::<Result<_, _>>()?;
    Ok(Hi1Message { header, requests })
}

fn header(node: Node<'_>) -> Result<Header, MessageError> {
    let c = Ns::Core;
    node.only(&[
        (c, "SenderIdentifier"),
        (c, "ReceiverIdentifier"),
        (c, "TransactionIdentifier"),
        (c, "Timestamp"),
        (c, "Version"),
    ])?;
    let version = node.req(c, "Version")?;
    let v = version.node();
    v.only(&[
        (c, "ETSIVersion"),
        (c, "NationalProfileOwner"),
        (c, "NationalProfileVersion"),
    ])?;
    let etsi = v.req(c, "ETSIVersion")?;
    let etsi_version = etsi.node().text()?.to_owned();
    if !is_etsi_version(&etsi_version) {
        return Err(etsi.node().bad(BadValue::EtsiVersion));
    }
    Ok(Header {
        sender: endpoint(node.req(c, "SenderIdentifier")?.node())?,
        receiver: endpoint(node.req(c, "ReceiverIdentifier")?.node())?,
        transaction: object_id(node.req(c, "TransactionIdentifier")?.node())?,
        timestamp: date_time(node.req(c, "Timestamp")?.node())?,
        version: Version {
            etsi_version,
            national_profile_owner: v.req_text(c, "NationalProfileOwner", SHORT)?,
            national_profile_version: v.req_text(c, "NationalProfileVersion", SHORT)?,
        },
    })
}

/// The schema's pattern `V\d+\.\d+\.\d+`.
fn is_etsi_version(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('V') else {
        return false;
    };
    let parts: Vec<&str> = rest.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

fn action_request(node: Node<'_>) -> Result<ActionRequest, MessageError> {
    let c = Ns::Core;
    let verbs = ["GET", "CREATE", "UPDATE", "LIST", "DELIVER"];
    let mut allowed: Vec<(Ns, &str)> = verbs.iter().map(|v| (c, *v)).collect();
    allowed.push((c, "ActionIdentifier"));
    node.only(&allowed)?;
    let action_identifier = integer(node.req(c, "ActionIdentifier")?.node())?;
    let present: Vec<&str> = verbs
        .into_iter()
        .filter(|v| node.el.children.iter().any(|e| e.name == *v))
        .collect();
    let verb = match present.as_slice() {
        [one] => *one,
        [] => {
            return Err(MessageError::Missing {
                path: node.at("GET|CREATE|UPDATE|LIST"),
            })
        }
        [_, second, ..] => {
            return Err(MessageError::Unexpected {
                path: node.at(second),
            })
        }
    };
    let body = node.req(c, verb)?;
    let body = body.node();
    let action = match verb {
        "GET" => {
            body.only(&[(c, "Identifier")])?;
            Action::Get {
                identifier: object_id(body.req(c, "Identifier")?.node())?,
            }
        }
        "CREATE" | "UPDATE" => {
            body.only(&[(c, "HI1Object")])?;
            let object = object(body.req(c, "HI1Object")?.node())?;
            if verb == "CREATE" {
                Action::Create { object }
            } else {
                Action::Update { object }
            }
        }
        "LIST" => {
            body.only(&[(c, "ObjectType"), (c, "LastChanged")])?;
            Action::List(ListRequest {
                object_type: opt_dictionary(body, c, "ObjectType")?,
                last_changed: opt_date_time(body, c, "LastChanged")?,
            })
        }
        other => {
            return Err(MessageError::UnsupportedAction {
                path: body.path.to_owned(),
                action: other.to_owned(),
            })
        }
    };
    Ok(ActionRequest {
        action_identifier,
        action,
    })
}
