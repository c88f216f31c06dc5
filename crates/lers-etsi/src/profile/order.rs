//! CREATE → [`IncomingOrder`]: one AuthorisationObject (the order), its tasks (one per
//! identifier) and its documents, mapped onto a `RequestDraft` with an `EuOrderDraft`.
//! The draft is then checked by `RequestDraft::validate` like any other.

use lers_domain::eu::{Authority, EuDataCategory, EuOrderDraft, UserInformation};
use lers_domain::request::{RequestDraft, RequestKind, TargetInput};
use time::OffsetDateTime;

use super::vocab::{
    self, AuthorisationDesired, AuthorisationFlag, LegalType, Priority, TaskDesired,
};
use super::MappingError;
use crate::model::objects::{Authorisation, Document, Hi1Object, RequestDetails};
use crate::model::values::ApprovalDetails;
use crate::model::{DictionaryEntry, Header, Hi1Message, ObjectId};

/// An EU order received as TS 103 120 objects, ready for the intake use case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingOrder {
    pub kind: RequestKind,
    pub draft: RequestDraft,
    pub documents: Vec<IncomingDocument>,
    pub priority: Priority,
    /// The AuthorisationObject: the identifier GET, LIST and notifications use.
    pub authorisation: ObjectId,
    /// The task objects (one per identifier), in message order.
    pub tasks: Vec<ObjectId>,
    /// `AuthorisationReference`, the issuing side's identifier of the order.
    pub reference: Option<String>,
}

/// A `DocumentObject`'s contents (e.g. the signed certificate), decoded; a declared
/// SHA-256 was already checked against the bytes when the message was parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IncomingDocument {
    pub object: ObjectId,
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub declared_sha256: Option<[u8; 32]>,
    pub document_type: Option<DictionaryEntry>,
}

/// The order made by all CREATE actions of `message`.
pub fn order_from_message(message: &Hi1Message) -> Result<IncomingOrder, MappingError> {
    let objects: Vec<&Hi1Object> = message.created().into_iter().map(|(_, o)| o).collect();
    order_from_create(&message.header, &objects)
}

/// The order made by the created `objects`: exactly one authorisation, at least one
/// task and any documents, each associated with the authorisation.
pub fn order_from_create(
    header: &Header,
    objects: &[&Hi1Object],
) -> Result<IncomingOrder, MappingError> {
    let mut auths = objects.iter().filter_map(|o| match o {
        Hi1Object::Authorisation(a) => Some(a),
        _ => None,
    });
    let auth = auths.next().ok_or(MappingError::NoAuthorisation)?;
    if let Some(second) = auths.next() {
        return Err(MappingError::SeveralAuthorisations {
            second: second.common.id.clone(),
        });
    }
    let auth_id = &auth.common.id;
    for o in objects {
        let common = o.common();
        if &common.id != auth_id && !common.associated.contains(auth_id) {
            return Err(MappingError::NotAssociated {
                object: common.id.clone(),
                authorisation: auth_id.clone(),
            });
        }
    }
    let mut m = Mapper::new(auth);
    let legal = m.lookup(
        vocab::LEGAL_TYPES,
        auth.legal_type.as_ref(),
        "AuthorisationLegalType",
    )?;
    let priority = m
        .lookup(
            vocab::PRIORITIES,
            auth.priority.as_ref(),
            "AuthorisationPriority",
        )?
        .unwrap_or(Priority::TenDays);
    let desired = m.lookup(
        vocab::AUTHORISATION_DESIRED,
        auth.desired_status.as_ref(),
        "AuthorisationDesiredStatus",
    )?;
    if desired == Some(AuthorisationDesired::Cancelled) {
        return Err(m.inconsistent("AuthorisationDesiredStatus"));
    }
    let mut flags = Vec::new();
    for (i, flag) in auth.flags.iter().enumerate() {
        let field = format!("AuthorisationFlags/AuthorisationFlag[{}]", i + 1);
        flags.extend(m.lookup(vocab::AUTHORISATION_FLAGS, Some(flag), &field)?);
    }

    let mut tasks = Vec::new();
    let mut kind: Option<LegalType> = legal;
    let mut targets = Vec::new();
    let mut categories: Vec<EuDataCategory> = Vec::new();
    let mut span: (Option<OffsetDateTime>, Option<OffsetDateTime>) = (None, None);
    let mut notes = Vec::new();
    let mut delivery = Vec::new();
    let mut earlier_order = String::new();
    for o in objects {
        let (common, task_kind, request) = match o {
            Hi1Object::LdTask(t) => {
                m.object = t.common.id.clone();
                let desired = m.lookup(
                    vocab::TASK_DESIRED,
                    t.desired_status.as_ref(),
                    "DesiredStatus",
                )?;
                let task_kind = match desired {
                    Some(TaskDesired::AwaitingPreservation) => LegalType::Preservation,
                    Some(TaskDesired::Cancelled) => return Err(m.inconsistent("DesiredStatus")),
                    _ => LegalType::Production,
                };
                delivery.extend(
                    t.delivery
                        .iter()
                        .map(|d| format!("{}: {}", d.kind, d.value)),
                );
                if let Some(first) = t.alternative_preservation_references.first() {
                    earlier_order = first.clone();
                }
                (&t.common, task_kind, t.request.as_ref())
            }
            Hi1Object::LpTask(t) => {
                m.object = t.common.id.clone();
                let desired = m.lookup(
                    vocab::TASK_DESIRED,
                    t.desired_status.as_ref(),
                    "DesiredStatus",
                )?;
                if !matches!(desired, None | Some(TaskDesired::AwaitingPreservation)) {
                    return Err(m.inconsistent("DesiredStatus"));
                }
                (&t.common, LegalType::Preservation, t.request.as_ref())
            }
            _ => continue,
        };
        if kind.is_some_and(|k| k != task_kind) {
            return Err(m.inconsistent("DesiredStatus"));
        }
        kind = Some(task_kind);
        let request = request.ok_or_else(|| m.missing("RequestDetails"))?;
        m.request(request, &mut targets, &mut categories, &mut notes)?;
        span.0 = earliest(span.0, request.start);
        span.1 = latest(span.1, request.end);
        tasks.push(common.id.clone());
    }
    m.object = auth_id.clone();
    let Some(kind) = kind.filter(|_| !tasks.is_empty()) else {
        return Err(MappingError::NoTask {
            authorisation: auth_id.clone(),
        });
    };
    let request_kind = match kind {
        LegalType::Production => RequestKind::EuProductionOrder,
        LegalType::Preservation => RequestKind::EuPreservationOrder,
    };

    let member_state = auth
        .common
        .country_code
        .clone()
        .unwrap_or_else(|| header.sender.country_code.clone());
    let approval = |ty: &str| {
        auth.approvals
            .iter()
            .find(|a| a.approval_type.as_deref() == Some(ty))
    };
    let issuing = approval(vocab::ISSUING_APPROVAL_TYPE)
        .ok_or_else(|| m.missing("AuthorisationApprovalDetails (ApprovalType IssuingAuthority)"))?;
    let validating = approval("ValidatingAuthority");
    let issued = issuing
        .timestamp
        .or(auth.creation_timestamp)
        .unwrap_or(header.timestamp);
    let emergency = priority == Priority::EightHours
        || flags.contains(&AuthorisationFlag::Emergency)
        || issuing.is_emergency == Some(true);
    let ea_notified = flags.contains(&AuthorisationFlag::EnforcingAuthorityNotified);
    let reference = auth.reference.clone();
    let shown = reference
        .clone()
        .or_else(|| auth.common.external_identifier.clone())
        .unwrap_or_else(|| auth_id.to_string());
    let label = match kind {
        LegalType::Production => "EPOC",
        LegalType::Preservation => "EPOC-PR",
    };
    let mut description = format!(
        "{label} {shown} received over ETSI TS 103 120 from {}/{}.",
        header.sender.country_code, header.sender.unique_identifier
    );
    if let Some(info) = &auth.manual_information {
        description.push_str("\n\n");
        description.push_str(info);
    }
    for note in notes {
        description.push_str("\n\n");
        description.push_str(&note);
    }

    let draft = RequestDraft {
        title: format!("{label} {shown}"),
        description,
        targets,
        date_from: span.0.map(utc_date).unwrap_or_default(),
        date_to: span.1.map(utc_date).unwrap_or_default(),
        eu_order: EuOrderDraft {
            issuing_authority: authority(issuing, &member_state, reference.as_deref()),
            validating_authority: validating.map(|v| authority(v, &member_state, None)),
            emergency,
            earlier_order,
            data_categories: categories,
            offence: issuing.description.clone().unwrap_or_default(),
            user_information: if flags.contains(&AuthorisationFlag::DelayInformingUser) {
                UserInformation::DelayedUntilAuthorityLifts
            } else {
                UserInformation::NotRestricted
            },
            enforcing_authority_notified: ea_notified,
            // The enforcing state is the provider's (the receiver's): Art 8(1).
            enforcing_authority: if ea_notified {
                format!("Enforcing authority of {}", header.receiver.country_code)
            } else {
                String::new()
            },
            delivery_instructions: delivery.join("\n"),
            issued_on: utc_date(issued),
            ..Default::default()
        },
        ..Default::default()
    };
    let documents = objects
        .iter()
        .filter_map(|o| match o {
            Hi1Object::Document(d) => Some(document(d)),
            _ => None,
        })
        .collect::<Result<_, _>>()?;
    Ok(IncomingOrder {
        kind: request_kind,
        draft,
        documents,
        priority,
        authorisation: auth_id.clone(),
        tasks,
        reference,
    })
}

struct Mapper {
    object: ObjectId,
}

impl Mapper {
    fn new(auth: &Authorisation) -> Self {
        Mapper {
            object: auth.common.id.clone(),
        }
    }

    fn missing(&self, field: &str) -> MappingError {
        MappingError::Missing {
            object: self.object.clone(),
            field: field.to_owned(),
        }
    }

    fn inconsistent(&self, field: &str) -> MappingError {
        MappingError::Inconsistent {
            object: self.object.clone(),
            field: field.to_owned(),
        }
    }

    /// The meaning of an optional dictionary entry; a value in no table is refused.
    fn lookup<T: Copy>(
        &self,
        table: &'static [vocab::Entry<T>],
        entry: Option<&DictionaryEntry>,
        field: &str,
    ) -> Result<Option<T>, MappingError> {
        let Some(entry) = entry else { return Ok(None) };
        vocab::find(table, entry)
            .map(Some)
            .ok_or_else(|| MappingError::UnknownDictionaryValue {
                object: self.object.clone(),
                field: field.to_owned(),
                entry: entry.clone(),
            })
    }

    fn request(
        &self,
        request: &RequestDetails,
        targets: &mut Vec<TargetInput>,
        categories: &mut Vec<EuDataCategory>,
        notes: &mut Vec<String>,
    ) -> Result<(), MappingError> {
        let asked = self
            .lookup(
                vocab::REQUEST_TYPES,
                request.request_type.as_ref(),
                "RequestDetails/Type",
            )?
            .ok_or_else(|| self.missing("RequestDetails/Type"))?;
        for c in asked {
            if !categories.contains(c) {
                categories.push(*c);
            }
        }
        if request.values.is_empty() {
            return Err(self.missing("RequestDetails/RequestValues"));
        }
        for (i, v) in request.values.iter().enumerate() {
            let format =
                vocab::identifier_format(&v.format_owner, &v.format_name).ok_or_else(|| {
                    MappingError::UnsupportedIdentifier {
                        object: self.object.clone(),
                        field: format!(
                            "RequestDetails/RequestValues/RequestValue[{}]/FormatType",
                            i + 1
                        ),
                        owner: v.format_owner.clone(),
                        name: v.format_name.clone(),
                    }
                })?;
            targets.push(TargetInput {
                kind: format.target.as_str().to_owned(),
                value: format!("{}{}", format.prefix, v.value),
            });
        }
        // Subtypes narrow what is asked; the profile's list of them is not known here,
        // so they reach the reviewer as text rather than being dropped.
        if !request.subtypes.is_empty() {
            let names: Vec<String> = request
                .subtypes
                .iter()
                .map(|s| format!("{}/{}/{}", s.owner, s.name, s.value))
                .collect();
            notes.push(format!("Requested subtypes: {}", names.join(", ")));
        }
        Ok(())
    }
}

fn authority(details: &ApprovalDetails, member_state: &str, reference: Option<&str>) -> Authority {
    let contact = details.contacts.first();
    Authority {
        name: details.approver_name.clone().unwrap_or_default(),
        member_state: member_state.to_owned(),
        address: String::new(),
        contact_name: contact
            .and_then(|c| c.name.clone())
            .or_else(|| details.approver_role.clone())
            .unwrap_or_default(),
        contact_phone: contact
            .and_then(|c| c.phone.as_ref())
            .map(|p| format!("+{p}"))
            .unwrap_or_default(),
        contact_email: contact.and_then(|c| c.email.clone()).unwrap_or_default(),
        file_reference: details
            .reference
            .clone()
            .or_else(|| reference.map(str::to_owned))
            .unwrap_or_default(),
    }
}

fn document(d: &Document) -> Result<IncomingDocument, MappingError> {
    let body = d.body.as_ref().ok_or_else(|| MappingError::Missing {
        object: d.common.id.clone(),
        field: "DocumentBody/Contents".into(),
    })?;
    if body.contents.is_empty() {
        return Err(MappingError::Missing {
            object: d.common.id.clone(),
            field: "DocumentBody/Contents".into(),
        });
    }
    Ok(IncomingDocument {
        object: d.common.id.clone(),
        name: d
            .name
            .clone()
            .or_else(|| d.reference.clone())
            .unwrap_or_else(|| d.common.id.to_string()),
        content_type: body
            .content_type
            .clone()
            .unwrap_or_else(|| "application/octet-stream".into()),
        bytes: body.contents.clone(),
        declared_sha256: body.sha256,
        document_type: d.document_type.clone(),
    })
}

fn utc_date(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC).date().to_string()
}

fn earliest(a: Option<OffsetDateTime>, b: Option<OffsetDateTime>) -> Option<OffsetDateTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn latest(a: Option<OffsetDateTime>, b: Option<OffsetDateTime>) -> Option<OffsetDateTime> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    }
}
