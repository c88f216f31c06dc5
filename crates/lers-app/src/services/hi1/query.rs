//! GET and LIST: what an endpoint created, with the current status of its order
//! (`lers_etsi::profile::reported_status`). Another endpoint's objects are never
//! found: every lookup is by (endpoint, ObjectIdentifier).

use lers_domain::eu::enforcing::Release;
use lers_domain::request::RequestStatus;
use lers_etsi::profile::vocab::{self, ObjectKind, REPORTED_STATUSES};
use lers_etsi::profile::{reported_status, OrderFacts};
use lers_etsi::write::{ActionResponse, ListRecord, OutObject};
use lers_etsi::{DictionaryEntry, ListRequest, ObjectCommon, ObjectId};
use lers_store::etsi_inbound::EtsiObject;
use lers_store::RequestRecord;

use super::{Failure, Incoming, Refusal};
use crate::app::App;
use crate::error::AppError;

fn kind_of(object_type: &str) -> Option<ObjectKind> {
    match object_type {
        "authorisation" => Some(ObjectKind::Authorisation),
        "ld_task" => Some(ObjectKind::LdTask),
        "lp_task" => Some(ObjectKind::LpTask),
        "document" => Some(ObjectKind::Document),
        _ => None,
    }
}

fn stored_type(kind: ObjectKind) -> Option<&'static str> {
    match kind {
        ObjectKind::Authorisation => Some("authorisation"),
        ObjectKind::LdTask => Some("ld_task"),
        ObjectKind::LpTask => Some("lp_task"),
        ObjectKind::Document => Some("document"),
        ObjectKind::Notification | ObjectKind::Delivery => None,
    }
}

fn offset_time(at: lers_domain::clock::Timestamp) -> time::OffsetDateTime {
    time::OffsetDateTime::from_unix_timestamp(at.unix_seconds())
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH)
}

/// The facts the reported status is made of, for one EU order.
pub async fn order_facts(app: &App, record: &RequestRecord) -> Result<OrderFacts, AppError> {
    let summary = &record.summary;
    let now = app.clock.now();
    let eu = app.eu_status(record).await?;
    let preservation = app.store.eu_order_facts(summary).await?;
    let produced = matches!(
        summary.status,
        RequestStatus::Produced | RequestStatus::Closed
    ) && app
        .store
        .productions(summary)
        .await?
        .iter()
        .any(|p| p.delivered_at.is_some());
    let refused = eu
        .as_ref()
        .is_some_and(|e| e.form3.is_some() || matches!(e.release, Release::Refused));
    Ok(OrderFacts {
        kind: summary.kind,
        status: summary.status,
        preservation_in_force: preservation.is_some_and(|f| f.preservation.in_force(now)),
        produced,
        held_for_ea: eu
            .as_ref()
            .is_some_and(|e| matches!(e.release, Release::Held { .. })),
        refused,
    })
}

impl App {
    fn common(
        &self,
        incoming: &Incoming<'_>,
        object: &EtsiObject,
        record: &RequestRecord,
        authorisation: Option<&ObjectId>,
    ) -> Result<ObjectCommon, AppError> {
        let id = ObjectId::parse(&object.object_id)
            .ok_or_else(|| AppError::internal("a stored object identifier is not a UUID"))?;
        Ok(ObjectCommon {
            associated: authorisation
                .filter(|a| **a != id)
                .cloned()
                .into_iter()
                .collect(),
            id,
            country_code: Some(incoming.endpoint.identity.country.clone()),
            owner_identifier: Some(incoming.endpoint.identity.identifier.clone()),
            generation: u64::try_from(object.generation).ok(),
            external_identifier: record.summary.reference.clone(),
            last_changed: Some(offset_time(object.last_changed)),
        })
    }

    /// GET of one object the sender created.
    pub(super) async fn get_object(
        &self,
        incoming: &Incoming<'_>,
        action: u64,
        identifier: &ObjectId,
    ) -> Result<ActionResponse, Failure> {
        let endpoint = incoming.endpoint.id;
        let object = self
            .store
            .etsi_object(endpoint, identifier.as_str())
            .await?
            .ok_or_else(|| Refusal::NotFound(identifier.as_str().to_owned()))?;
        let record = self
            .visible_request(&incoming.owner, &object.request_id)
            .await?;
        let authorisation = self
            .store
            .etsi_objects_of(endpoint, &object.request_id)
            .await?
            .into_iter()
            .find(|o| o.object_type == "authorisation")
            .and_then(|o| ObjectId::parse(&o.object_id));
        let common = self.common(incoming, &object, &record, authorisation.as_ref())?;
        let status = vocab::entry_for(
            REPORTED_STATUSES,
            reported_status(&order_facts(self, &record).await?),
        );
        let out = match object.object_type.as_str() {
            "authorisation" => OutObject::Authorisation {
                common,
                reference: None,
                status: None,
            },
            "ld_task" => OutObject::LdTask {
                common,
                reference: None,
                status,
                status_reason: None,
            },
            "lp_task" => {
                let expires = self
                    .store
                    .eu_order_facts(&record.summary)
                    .await?
                    .and_then(|f| f.preservation.expires_at());
                OutObject::LpTask {
                    common,
                    status,
                    status_reason: None,
                    preservation_expiration: expires.map(offset_time),
                }
            }
            other => return Err(Refusal::NotReported(other.to_owned()).into()),
        };
        Ok(ActionResponse::Get {
            action,
            object: Box::new(out),
        })
    }

    /// LIST of the sender's objects, by ObjectType and LastChanged.
    pub(super) async fn list_objects(
        &self,
        incoming: &Incoming<'_>,
        action: u64,
        list: &ListRequest,
    ) -> Result<ActionResponse, Failure> {
        let wanted = match &list.object_type {
            Some(entry) => Some(vocab::find(vocab::OBJECT_KINDS, entry).ok_or_else(|| {
                Failure::Refused(lers_etsi::write::ErrorInformation::from_mapping_error(
                    &lers_etsi::profile::MappingError::UnknownDictionaryValue {
                        object: incoming.message.header.transaction.clone(),
                        field: "LIST/ObjectType".into(),
                        entry: entry.clone(),
                    },
                ))
            })?),
            None => None,
        };
        let records = match wanted.map(stored_type) {
            // LERS holds no notifications or deliveries an endpoint created.
            Some(None) => Vec::new(),
            stored => {
                let since = list.last_changed.map(|t| {
                    lers_domain::clock::Timestamp::from_unix_millis(
                        i64::try_from(t.unix_timestamp_nanos() / 1_000_000).unwrap_or(i64::MAX),
                    )
                });
                let objects = self
                    .store
                    .etsi_objects(incoming.endpoint.id, stored.flatten(), since)
                    .await?;
                let mut records = Vec::new();
                for o in objects {
                    let (Some(kind), Some(identifier)) =
                        (kind_of(&o.object_type), ObjectId::parse(&o.object_id))
                    else {
                        return Err(AppError::internal("a stored object is unreadable").into());
                    };
                    let object_type: DictionaryEntry = vocab::entry_for(vocab::OBJECT_KINDS, kind)
                        .ok_or_else(|| AppError::internal("an object kind without an entry"))?;
                    let reference = self
                        .visible_request(&incoming.owner, &o.request_id)
                        .await?
                        .summary
                        .reference;
                    records.push(ListRecord {
                        object_type,
                        identifier,
                        country_code: Some(incoming.endpoint.identity.country.clone()),
                        owner_identifier: Some(incoming.endpoint.identity.identifier.clone()),
                        generation: u64::try_from(o.generation).unwrap_or(0),
                        external_identifier: reference,
                        last_changed: Some(offset_time(o.last_changed)),
                    });
                }
                records
            }
        };
        Ok(ActionResponse::List { action, records })
    }
}
