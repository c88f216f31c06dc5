//! Simple values of TS 103 280 / TS 103 120 and the small shared structures
//! (`DictionaryEntry`, `EndpointID`, `ApprovalDetails`), each checked as read.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

use crate::error::{BadValue, MessageError};
use crate::ns::Ns;
use crate::tree::{Node, LONG, SHORT};

/// An object or transaction identifier: a lower-case UUID (TS 103 280 `UUID`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId(String);

impl ObjectId {
    pub fn parse(text: &str) -> Option<ObjectId> {
        let groups: Vec<&str> = text.split('-').collect();
        let lengths = [8, 4, 4, 4, 12];
        let ok = groups.len() == 5
            && groups.iter().zip(lengths).all(|(g, len)| {
                g.len() == len
                    && g.bytes()
                        .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
            });
        ok.then(|| ObjectId(text.to_owned()))
    }

    /// A random (version 4) UUID from 16 random bytes the caller supplies.
    pub fn from_random(mut bytes: [u8; 16]) -> ObjectId {
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        let h = hex::encode(bytes);
        ObjectId(format!(
            "{}-{}-{}-{}-{}",
            &h[0..8],
            &h[8..12],
            &h[12..16],
            &h[16..20],
            &h[20..32]
        ))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ObjectId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// An Owner/Name/Value triple naming a value of a national-profile vocabulary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DictionaryEntry {
    pub owner: String,
    pub name: String,
    pub value: String,
}

impl DictionaryEntry {
    pub fn new(owner: &str, name: &str, value: &str) -> Self {
        DictionaryEntry {
            owner: owner.to_owned(),
            name: name.to_owned(),
            value: value.to_owned(),
        }
    }
}

/// `EndpointID`: who sends or receives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Endpoint {
    pub country_code: String,
    pub unique_identifier: String,
}

/// `ApprovalDetails` (the fields LERS reads): who approved, as what, when.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApprovalDetails {
    pub approval_type: Option<String>,
    pub description: Option<String>,
    pub reference: Option<String>,
    pub approver_name: Option<String>,
    pub approver_role: Option<String>,
    pub contacts: Vec<ApproverContact>,
    pub timestamp: Option<OffsetDateTime>,
    pub is_emergency: Option<bool>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ApproverContact {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

pub(crate) fn object_id(node: Node<'_>) -> Result<ObjectId, MessageError> {
    ObjectId::parse(node.text()?).ok_or_else(|| node.bad(BadValue::Uuid))
}

pub(crate) fn date_time(node: Node<'_>) -> Result<OffsetDateTime, MessageError> {
    let text = node.text()?;
    // The schema's patterns always have seconds and a zone; RFC 3339 adds nothing more.
    let pattern_ok = text.len() >= 20 && text.as_bytes().get(10) == Some(&b'T');
    match OffsetDateTime::parse(text, &Rfc3339) {
        Ok(t) if pattern_ok => Ok(t),
        _ => Err(node.bad(BadValue::DateTime)),
    }
}

pub(crate) fn country(node: Node<'_>) -> Result<String, MessageError> {
    let text = node.text()?;
    if text.len() == 2 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(text.to_owned())
    } else {
        Err(node.bad(BadValue::CountryCode))
    }
}

pub(crate) fn integer(node: Node<'_>) -> Result<u64, MessageError> {
    node.text()?
        .parse()
        .map_err(|_| node.bad(BadValue::Integer))
}

pub(crate) fn boolean(node: Node<'_>) -> Result<bool, MessageError> {
    match node.text()? {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(node.bad(BadValue::Boolean)),
    }
}

pub(crate) fn dictionary(node: Node<'_>) -> Result<DictionaryEntry, MessageError> {
    node.only(&[
        (Ns::Common, "Owner"),
        (Ns::Common, "Name"),
        (Ns::Common, "Value"),
    ])?;
    Ok(DictionaryEntry {
        owner: node.req_text(Ns::Common, "Owner", SHORT)?,
        name: node.req_text(Ns::Common, "Name", SHORT)?,
        value: node.req_text(Ns::Common, "Value", SHORT)?,
    })
}

pub(crate) fn endpoint(node: Node<'_>) -> Result<Endpoint, MessageError> {
    node.only(&[(Ns::Core, "CountryCode"), (Ns::Core, "UniqueIdentifier")])?;
    Ok(Endpoint {
        country_code: country(node.req(Ns::Core, "CountryCode")?.node())?,
        unique_identifier: node.req_text(Ns::Core, "UniqueIdentifier", LONG)?,
    })
}

pub(crate) fn opt_dictionary(
    node: Node<'_>,
    ns: Ns,
    name: &str,
) -> Result<Option<DictionaryEntry>, MessageError> {
    node.opt(ns, name)?
        .map(|f| dictionary(f.node()))
        .transpose()
}

pub(crate) fn opt_date_time(
    node: Node<'_>,
    ns: Ns,
    name: &str,
) -> Result<Option<OffsetDateTime>, MessageError> {
    node.opt(ns, name)?.map(|f| date_time(f.node())).transpose()
}

pub(crate) fn approval(node: Node<'_>) -> Result<ApprovalDetails, MessageError> {
    let c = Ns::Common;
    node.only(&[
        (c, "ApprovalType"),
        (c, "ApprovalDescription"),
        (c, "ApprovalReference"),
        (c, "ApproverDetails"),
        (c, "ApprovalTimestamp"),
        (c, "ApprovalIsEmergency"),
        (c, "ApprovalDigitalSignature"),
        (c, "ApprovalNationalDetails"),
    ])?;
    let mut details = ApprovalDetails {
        approval_type: node.opt_text(c, "ApprovalType", LONG)?,
        description: node.opt_text(c, "ApprovalDescription", LONG)?,
        reference: node.opt_text(c, "ApprovalReference", LONG)?,
        timestamp: opt_date_time(node, c, "ApprovalTimestamp")?,
        is_emergency: node
            .opt(c, "ApprovalIsEmergency")?
            .map(|f| boolean(f.node()))
            .transpose()?,
        ..Default::default()
    };
    if let Some(approver) = node.opt(c, "ApproverDetails")? {
        let a = approver.node();
        a.only(&[
            (c, "ApproverName"),
            (c, "ApproverRole"),
            (c, "ApproverIdentity"),
            (c, "ApproverContactDetails"),
        ])?;
        details.approver_name = a.opt_text(c, "ApproverName", LONG)?;
        details.approver_role = a.opt_text(c, "ApproverRole", LONG)?;
        for contact in a.all(c, "ApproverContactDetails") {
            let n = contact.node();
            n.only(&[
                (c, "ApproverAlternateName"),
                (c, "ApproverEmailAddress"),
                (c, "ApproverPhoneNumber"),
            ])?;
            details.contacts.push(ApproverContact {
                name: n.opt_text(c, "ApproverAlternateName", LONG)?,
                email: n.opt_text(c, "ApproverEmailAddress", LONG)?,
                phone: n.opt_text(c, "ApproverPhoneNumber", 15)?,
            });
        }
    }
    Ok(details)
}
