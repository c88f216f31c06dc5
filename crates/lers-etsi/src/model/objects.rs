//! `HI1Object`s: the fields every object has, and the types LERS accepts, chosen by the
//! object's `xsi:type` (resolved to its namespace). Any other type is refused by name.

use base64::Engine;
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::values::{
    approval, dictionary, integer, object_id, opt_date_time, opt_dictionary, ApprovalDetails,
    DictionaryEntry, ObjectId,
};
use crate::error::{BadValue, MessageError};
use crate::ns::Ns;
use crate::tree::{Node, LONG, SHORT};

/// What every `HI1Object` carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectCommon {
    pub id: ObjectId,
    pub country_code: Option<String>,
    pub owner_identifier: Option<String>,
    pub generation: Option<u64>,
    pub external_identifier: Option<String>,
    pub associated: Vec<ObjectId>,
    pub last_changed: Option<OffsetDateTime>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hi1Object {
    Authorisation(Authorisation),
    LdTask(LdTask),
    LpTask(LpTask),
    Document(Document),
}

impl Hi1Object {
    pub fn common(&self) -> &ObjectCommon {
        match self {
            Hi1Object::Authorisation(o) => &o.common,
            Hi1Object::LdTask(o) => &o.common,
            Hi1Object::LpTask(o) => &o.common,
            Hi1Object::Document(o) => &o.common,
        }
    }
}

/// `AuthorisationObject`: the legal authorisation (the order itself).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorisation {
    pub common: ObjectCommon,
    pub reference: Option<String>,
    pub legal_type: Option<DictionaryEntry>,
    pub priority: Option<DictionaryEntry>,
    pub status: Option<DictionaryEntry>,
    pub desired_status: Option<DictionaryEntry>,
    pub timespan: (Option<OffsetDateTime>, Option<OffsetDateTime>),
    pub creation_timestamp: Option<OffsetDateTime>,
    pub approvals: Vec<ApprovalDetails>,
    pub flags: Vec<DictionaryEntry>,
    pub manual_information: Option<String>,
    pub legal_entity: Option<String>,
}

/// One identifier or value a task is about (`RequestValue`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestValue {
    pub format_owner: String,
    pub format_name: String,
    pub value: String,
}

/// `RequestDetails` of a disclosure task, or `LPRequestDetails` of a preservation task.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestDetails {
    pub request_type: Option<DictionaryEntry>,
    pub start: Option<OffsetDateTime>,
    pub end: Option<OffsetDateTime>,
    pub values: Vec<RequestValue>,
    pub subtypes: Vec<DictionaryEntry>,
}

/// Where the data is to go: the chosen `DeliveryAddress` element and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeliveryAddress {
    pub kind: String,
    pub value: String,
}

/// `LDTaskObject`: a lawful disclosure task.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LdTask {
    pub common: ObjectCommon,
    pub reference: Option<String>,
    pub status: Option<DictionaryEntry>,
    pub desired_status: Option<DictionaryEntry>,
    pub request: Option<RequestDetails>,
    pub delivery: Vec<DeliveryAddress>,
    pub approvals: Vec<ApprovalDetails>,
    pub flags: Vec<DictionaryEntry>,
    pub alternative_preservation_references: Vec<String>,
}

/// `LPTaskObject`: a lawful preservation task (TS 103 120 V1.15.1 has it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LpTask {
    pub common: ObjectCommon,
    pub status: Option<DictionaryEntry>,
    pub desired_status: Option<DictionaryEntry>,
    pub request: Option<RequestDetails>,
    pub desired_expiration: Option<OffsetDateTime>,
    pub expiration: Option<OffsetDateTime>,
}

/// `DocumentObject`: e.g. the signed certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    pub common: ObjectCommon,
    pub reference: Option<String>,
    pub name: Option<String>,
    pub document_type: Option<DictionaryEntry>,
    pub body: Option<DocumentBody>,
}

/// A document's decoded contents; a declared SHA-256 was checked against them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentBody {
    pub contents: Vec<u8>,
    pub content_type: Option<String>,
    pub sha256: Option<[u8; 32]>,
}

const COMMON_FIELDS: [&str; 8] = [
    "ObjectIdentifier",
    "CountryCode",
    "OwnerIdentifier",
    "Generation",
    "ExternalIdentifier",
    "AssociatedObjects",
    "LastChanged",
    "NationalHandlingParameters",
];

fn allowed(ns: Ns, own: &[&'static str]) -> Vec<(Ns, &'static str)> {
    COMMON_FIELDS
        .iter()
        .map(|n| (Ns::Core, *n))
        .chain(own.iter().map(|n| (ns, *n)))
        .collect()
}

/// Reads an `HI1Object` element by its `xsi:type`.
pub(crate) fn object(node: Node<'_>) -> Result<Hi1Object, MessageError> {
    let Some(ty) = &node.el.xsi_type else {
        return Err(MessageError::Missing {
            path: format!("{}/@xsi:type", node.path),
        });
    };
    let unsupported = || MessageError::UnsupportedObjectType {
        path: node.path.to_owned(),
        type_name: format!("{{{}}}{}", ty.ns, ty.local),
    };
    let ns = Ns::from_uri(ty.ns.as_bytes()).ok_or_else(unsupported)?;
    match (ns, ty.local.as_str()) {
        (Ns::Authorisation, "AuthorisationObject") => {
            authorisation(node).map(Hi1Object::Authorisation)
        }
        (Ns::Task, "LDTaskObject") => ld_task(node).map(Hi1Object::LdTask),
        (Ns::Task, "LPTaskObject") => lp_task(node).map(Hi1Object::LpTask),
        (Ns::Document, "DocumentObject") => document(node).map(Hi1Object::Document),
        _ => Err(unsupported()),
    }
}

fn common(node: Node<'_>) -> Result<ObjectCommon, MessageError> {
    let c = Ns::Core;
    let mut associated = Vec::new();
    if let Some(list) = node.opt(c, "AssociatedObjects")? {
        list.node().only(&[(c, "AssociatedObject")])?;
        for a in list.node().all(c, "AssociatedObject") {
            associated.push(object_id(a.node())?);
        }
    }
    Ok(ObjectCommon {
        id: object_id(node.req(c, "ObjectIdentifier")?.node())?,
        country_code: node
            .opt(c, "CountryCode")?
            .map(|f| super::values::country(f.node()))
            .transpose()?,
        owner_identifier: node.opt_text(c, "OwnerIdentifier", SHORT)?,
        generation: node
            .opt(c, "Generation")?
            .map(|f| integer(f.node()))
            .transpose()?,
        external_identifier: node.opt_text(c, "ExternalIdentifier", LONG)?,
        associated,
        last_changed: opt_date_time(node, c, "LastChanged")?,
    })
}

fn approvals(node: Node<'_>, ns: Ns, name: &str) -> Result<Vec<ApprovalDetails>, MessageError> {
    node.all(ns, name)
        .iter()
        .map(|f| approval(f.node()))
        .collect()
}

/// The dictionary entries in a list element such as `AuthorisationFlags`.
fn entries(
    node: Node<'_>,
    ns: Ns,
    list: &str,
    item: &str,
) -> Result<Vec<DictionaryEntry>, MessageError> {
    let Some(list) = node.opt(ns, list)? else {
        return Ok(Vec::new());
    };
    list.node().only(&[(ns, item)])?;
    list.node()
        .all(ns, item)
        .iter()
        .map(|f| dictionary(f.node()))
        .collect()
}

fn authorisation(node: Node<'_>) -> Result<Authorisation, MessageError> {
    let a = Ns::Authorisation;
    node.only(&allowed(
        a,
        &[
            "AuthorisationReference",
            "AuthorisationLegalType",
            "AuthorisationPriority",
            "AuthorisationStatus",
            "AuthorisationDesiredStatus",
            "AuthorisationTimespan",
            "AuthorisationCSPID",
            "AuthorisationCreationTimestamp",
            "AuthorisationServedTimestamp",
            "AuthorisationTerminationTimestamp",
            "AuthorisationApprovalDetails",
            "AuthorisationInvalidReason",
            "AuthorisationFlags",
            "AuthorisationManualInformation",
            "NationalAuthorisationParameters",
            "AuthorisationJurisdiction",
            "AuthorisationTypeOfCase",
            "AuthorisationLegalEntity",
        ],
    ))?;
    let timespan = match node.opt(a, "AuthorisationTimespan")? {
        Some(t) => (
            opt_date_time(t.node(), a, "StartTime")?,
            opt_date_time(t.node(), a, "EndTime")?,
        ),
        None => (None, None),
    };
    Ok(Authorisation {
        common: common(node)?,
        reference: node.opt_text(a, "AuthorisationReference", LONG)?,
        legal_type: opt_dictionary(node, a, "AuthorisationLegalType")?,
        priority: opt_dictionary(node, a, "AuthorisationPriority")?,
        status: opt_dictionary(node, a, "AuthorisationStatus")?,
        desired_status: opt_dictionary(node, a, "AuthorisationDesiredStatus")?,
        timespan,
        creation_timestamp: opt_date_time(node, a, "AuthorisationCreationTimestamp")?,
        approvals: approvals(node, a, "AuthorisationApprovalDetails")?,
        flags: entries(node, a, "AuthorisationFlags", "AuthorisationFlag")?,
        manual_information: node.opt_text(a, "AuthorisationManualInformation", LONG)?,
        legal_entity: node.opt_text(a, "AuthorisationLegalEntity", SHORT)?,
    })
}

fn request_details(node: Node<'_>) -> Result<RequestDetails, MessageError> {
    let t = Ns::Task;
    node.only(&[
        (t, "Type"),
        (t, "StartTime"),
        (t, "EndTime"),
        (t, "ObservedTime"),
        (t, "ObservedTimes"),
        (t, "RequestValues"),
        (t, "Subtype"),
    ])?;
    let mut values = Vec::new();
    if let Some(list) = node.opt(t, "RequestValues")? {
        list.node().only(&[(t, "RequestValue")])?;
        for v in list.node().all(t, "RequestValue") {
            let v = v.node();
            v.only(&[(t, "FormatType"), (t, "Value")])?;
            let format = v.req(t, "FormatType")?;
            let f = format.node();
            f.only(&[(t, "FormatOwner"), (t, "FormatName")])?;
            values.push(RequestValue {
                format_owner: f.req_text(t, "FormatOwner", SHORT)?,
                format_name: f.req_text(t, "FormatName", SHORT)?,
                value: v.req_text(t, "Value", LONG)?,
            });
        }
    }
    Ok(RequestDetails {
        request_type: opt_dictionary(node, t, "Type")?,
        start: opt_date_time(node, t, "StartTime")?,
        end: opt_date_time(node, t, "EndTime")?,
        values,
        subtypes: entries(node, t, "Subtype", "RequestSubtype")?,
    })
}

fn ld_task(node: Node<'_>) -> Result<LdTask, MessageError> {
    let t = Ns::Task;
    node.only(&allowed(
        t,
        &[
            "Reference",
            "Status",
            "StatusReason",
            "DesiredStatus",
            "RequestDetails",
            "DeliveryDetails",
            "ApprovalDetails",
            "CSPID",
            "HandlingProfile",
            "Flags",
            "AlternativePreservationReferences",
            "NationalLDTaskingParameters",
        ],
    ))?;
    let mut delivery = Vec::new();
    if let Some(details) = node.opt(t, "DeliveryDetails")? {
        for dest in details.node().all(t, "LDDeliveryDestination") {
            if let Some(address) = dest.node().opt(t, "DeliveryAddress")? {
                for choice in &address.el.children {
                    let value = if choice.children.is_empty() {
                        choice.text.trim().to_owned()
                    } else {
                        let parts: Vec<&str> =
                            choice.children.iter().map(|c| c.text.trim()).collect();
                        parts.join("/")
                    };
                    delivery.push(DeliveryAddress {
                        kind: choice.name.clone(),
                        value,
                    });
                }
            }
        }
    }
    let mut alternative_preservation_references = Vec::new();
    if let Some(list) = node.opt(t, "AlternativePreservationReferences")? {
        for r in list.node().all(t, "AlternativePreservationReference") {
            alternative_preservation_references.push(r.node().req_text(
                t,
                "ReferenceValue",
                LONG,
            )?);
        }
    }
    Ok(LdTask {
        common: common(node)?,
        reference: node.opt_text(t, "Reference", LONG)?,
        status: opt_dictionary(node, t, "Status")?,
        desired_status: opt_dictionary(node, t, "DesiredStatus")?,
        request: node
            .opt(t, "RequestDetails")?
            .map(|f| request_details(f.node()))
            .transpose()?,
        delivery,
        approvals: approvals(node, t, "ApprovalDetails")?,
        flags: entries(node, t, "Flags", "LDTaskFlag")?,
        alternative_preservation_references,
    })
}

fn lp_task(node: Node<'_>) -> Result<LpTask, MessageError> {
    let t = Ns::Task;
    node.only(&allowed(
        t,
        &[
            "Status",
            "StatusReason",
            "DesiredStatus",
            "RequestDetails",
            "DesiredPreservationExpiration",
            "PreservationExpiration",
            "CSPID",
            "NationalLPTaskingParameters",
        ],
    ))?;
    Ok(LpTask {
        common: common(node)?,
        status: opt_dictionary(node, t, "Status")?,
        desired_status: opt_dictionary(node, t, "DesiredStatus")?,
        request: node
            .opt(t, "RequestDetails")?
            .map(|f| request_details(f.node()))
            .transpose()?,
        desired_expiration: opt_date_time(node, t, "DesiredPreservationExpiration")?,
        expiration: opt_date_time(node, t, "PreservationExpiration")?,
    })
}

fn document(node: Node<'_>) -> Result<Document, MessageError> {
    let d = Ns::Document;
    node.only(&allowed(
        d,
        &[
            "DocumentReference",
            "DocumentName",
            "DocumentStatus",
            "DocumentDesiredStatus",
            "DocumentTimespan",
            "DocumentType",
            "DocumentProperties",
            "DocumentBody",
            "DocumentSignature",
            "DocumentInvalidReason",
            "NationalDocumentParameters",
        ],
    ))?;
    Ok(Document {
        common: common(node)?,
        reference: node.opt_text(d, "DocumentReference", LONG)?,
        name: node.opt_text(d, "DocumentName", LONG)?,
        document_type: opt_dictionary(node, d, "DocumentType")?,
        body: node
            .opt(d, "DocumentBody")?
            .map(|f| body(f.node()))
            .transpose()?,
    })
}

/// Decodes the base64 contents and checks a declared SHA-256 against them.
fn body(node: Node<'_>) -> Result<DocumentBody, MessageError> {
    let d = Ns::Document;
    node.only(&[
        (d, "Contents"),
        (d, "ContentType"),
        (d, "Checksum"),
        (d, "ChecksumType"),
    ])?;
    let contents = match node.opt(d, "Contents")? {
        Some(c) => {
            let text: String =
                c.el.text
                    .chars()
                    .filter(|ch| !ch.is_ascii_whitespace())
                    .collect();
            base64::engine::general_purpose::STANDARD
                .decode(text)
                .map_err(|_| c.node().bad(BadValue::Base64))?
        }
        None => Vec::new(),
    };
    let sha256 = match node.opt(d, "Checksum")? {
        None => None,
        Some(sum) => {
            let kind = node.req(d, "ChecksumType")?;
            let kind_text = kind
                .node()
                .text()?
                .to_ascii_uppercase()
                .replace(['-', '_'], "");
            if kind_text != "SHA256" {
                return Err(kind.node().bad(BadValue::ChecksumType));
            }
            let declared: [u8; 32] = hex::decode(sum.node().text()?)
                .ok()
                .and_then(|b| b.try_into().ok())
                .ok_or_else(|| sum.node().bad(BadValue::Checksum))?;
            let actual: [u8; 32] = Sha256::digest(&contents).into();
            if actual != declared {
                return Err(MessageError::ChecksumMismatch {
                    path: node.path.to_owned(),
                    algorithm: "SHA-256".into(),
                });
            }
            Some(declared)
        }
    };
    Ok(DocumentBody {
        contents,
        content_type: node.opt_text(d, "ContentType", SHORT)?,
        sha256,
    })
}
