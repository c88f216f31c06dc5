//! CREATE: the objects of a message become one EU order, the same request the portal
//! or intake would make — a draft of the endpoint's owner account, its documents stored
//! through the checked, encrypted document path, submitted through `submit_arrived`
//! with the EU decentralised IT system as channel and the time of receipt as now.
//!
//! Crash-safety: the draft, the objects and a pending answer are written in one
//! transaction (`open_etsi_order`); a retry of the same message after a crash finds
//! the pending answer and finishes the same request (documents not yet recorded,
//! then the submission), never a second one. Only a crash between storing a document
//! and recording its object can make a retry store that document again.

use lers_domain::account::FieldError;
use lers_domain::request::{RequestChannel, RequestStatus};
use lers_etsi::profile::{order_from_message, IncomingOrder};
use lers_etsi::write::{ActionResponse, ErrorInformation};
use lers_etsi::Hi1Object;
use lers_store::etsi_inbound::{EtsiOpening, NewEtsiObject, Opened};
use lers_store::tokens;
use sha2::{Digest, Sha256};

use super::{Failure, Incoming, Refusal};
use crate::app::App;
use crate::error::{AppError, FormError};
use crate::i18n::Tr;
use crate::services::emergencies::Channel;
use crate::services::requests::{clean_file_name, CheckedPdf, DocumentRole, TempUpload};

/// An order checked completely, with its documents through the PDF check.
pub(crate) struct CheckedOrder {
    order: IncomingOrder,
    documents: Vec<(String, CheckedPdf)>,
}

/// The type an object is recorded as.
pub(crate) fn object_type(object: &Hi1Object) -> &'static str {
    match object {
        Hi1Object::Authorisation(_) => "authorisation",
        Hi1Object::LdTask(_) => "ld_task",
        Hi1Object::LpTask(_) => "lp_task",
        Hi1Object::Document(_) => "document",
    }
}

fn new_object(object: &Hi1Object) -> NewEtsiObject {
    NewEtsiObject {
        object_id: object.common().id.as_str().to_owned(),
        object_type: object_type(object),
        generation: 1,
    }
}

fn fields_text(fields: &[FieldError]) -> String {
    fields
        .iter()
        // A TS 103 120 answer is in English, the protocol's language.
        .map(|f| format!("{}: {}", f.field, Tr::default().problem(&f.problem)))
        .collect::<Vec<_>>()
        .join("; ")
}

impl App {
    /// Everything a CREATE needs, checked before anything is written: the mapping,
    /// the draft's validation, that no object exists already, and each document's PDF
    /// check.
    pub(super) async fn check_order(
        &self,
        incoming: &Incoming<'_>,
    ) -> Result<CheckedOrder, Failure> {
        let order = order_from_message(incoming.message)
            .map_err(|e| Failure::Refused(ErrorInformation::from_mapping_error(&e)))?;
        order
            .draft
            .validate(order.kind, incoming.ctx.at.date())
            .map_err(|fields| Refusal::Invalid(fields_text(&fields)))?;
        // A new object starts at Generation 1; UPDATEs count on from there.
        for (_, object) in incoming.message.created() {
            if object.common().generation.is_some_and(|g| g != 1) {
                return Err(Refusal::Invalid(format!(
                    "object {}: a CREATE carries Generation 1 or none",
                    object.common().id.as_str()
                ))
                .into());
            }
        }
        if !incoming.resuming {
            for (_, object) in incoming.message.created() {
                let id = object.common().id.as_str();
                if self
                    .store
                    .etsi_object(incoming.endpoint.id, id)
                    .await?
                    .is_some()
                {
                    return Err(Refusal::AlreadyCreated(id.to_owned()).into());
                }
            }
        }
        if order.documents.is_empty() {
            return Err(Refusal::NoDocument.into());
        }
        let mut documents = Vec::new();
        for document in &order.documents {
            let object = document.object.as_str().to_owned();
            let refused = |reason: String| Refusal::Document {
                object: object.clone(),
                reason,
            };
            let limit = self.config.max_upload_bytes;
            if u64::try_from(document.bytes.len()).unwrap_or(u64::MAX) > limit {
                return Err(refused(format!(
                    "the document is larger than {} MiB, the limit for any uploaded document",
                    limit / (1024 * 1024)
                ))
                .into());
            }
            let file_name = clean_file_name(&document.name)
                .map_err(|problem| refused(Tr::default().problem(&problem)))?;
            let upload = self.temp_document(&document.bytes, file_name).await?;
            let checked = self
                .check_pdf(upload, order.authorisation.as_str(), &incoming.ctx)
                .await
                .map_err(|e| match e {
                    FormError::Fields(fields) => Failure::from(refused(fields_text(&fields))),
                    FormError::App(e) => Failure::App(e),
                })?;
            documents.push((object, checked));
        }
        Ok(CheckedOrder { order, documents })
    }

    /// Writes the bytes of a document to a private temporary file, as an upload.
    async fn temp_document(&self, bytes: &[u8], file_name: String) -> Result<TempUpload, AppError> {
        let dir = self.config.data_dir.join("tmp");
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(AppError::internal)?;
        let upload = TempUpload {
            path: dir.join(format!("hi1-{}", tokens::generate())),
            file_name,
            size: u64::try_from(bytes.len()).unwrap_or(u64::MAX),
            sha256: hex::encode(Sha256::digest(bytes)),
        };
        tokio::fs::write(&upload.path, bytes)
            .await
            .map_err(AppError::internal)?;
        Ok(upload)
    }

    /// Makes (or, for a retry after a crash, finishes) the request of a checked order.
    pub(super) async fn create_order(
        &self,
        incoming: &Incoming<'_>,
        checked: CheckedOrder,
    ) -> Result<Vec<ActionResponse>, Failure> {
        let endpoint = incoming.endpoint.id;
        let owner = &incoming.owner;
        let ctx = &incoming.ctx;
        let created = incoming.message.created();
        let request_id = if incoming.resuming {
            self.store
                .etsi_object(endpoint, checked.order.authorisation.as_str())
                .await?
                .ok_or_else(|| AppError::internal("a pending CREATE without its objects"))?
                .request_id
        } else {
            let objects: Vec<NewEtsiObject> = created
                .iter()
                .filter(|(_, o)| !matches!(o, Hi1Object::Document(_)))
                .map(|(_, o)| new_object(o))
                .collect();
            let mut objects = objects;
            // The authorisation first: the order is named by it.
            objects.sort_by_key(|o| o.object_type != "authorisation");
            let opening = EtsiOpening {
                endpoint_id: endpoint,
                transaction_id: incoming.message.header.transaction.as_str(),
                message_sha256: &incoming.sha256,
                content_type: incoming.content_type,
                objects: &objects,
            };
            match self
                .store
                .open_etsi_order(
                    owner,
                    checked.order.kind,
                    &checked.order.draft,
                    &opening,
                    ctx,
                )
                .await?
            {
                Opened::Draft(record) => record.summary.id.clone(),
                Opened::AuthorisationTaken(object) => {
                    return Err(Refusal::AlreadyCreated(object).into())
                }
                Opened::AlreadyCreated(object) => {
                    return Err(Refusal::AlreadyCreated(object.object_id).into())
                }
            }
        };
        let record = self.visible_request(owner, &request_id).await?;
        if record.summary.status == RequestStatus::Draft {
            let recorded: Vec<String> = self
                .store
                .etsi_objects_of(endpoint, &request_id)
                .await?
                .into_iter()
                .map(|o| o.object_id)
                .collect();
            for (object, pdf) in checked.documents {
                if recorded.contains(&object) {
                    continue;
                }
                let record = self
                    .may_add_document(owner, &request_id, DocumentRole::LegalProcess)
                    .await?;
                self.store_document(owner, &record, None, pdf, ctx)
                    .await
                    .map_err(form_failure)?;
                let document = created
                    .iter()
                    .find(|(_, o)| o.common().id.as_str() == object)
                    .map(|(_, o)| new_object(o))
                    .ok_or_else(|| AppError::internal("a document without its object"))?;
                self.store
                    .add_etsi_objects(endpoint, &request_id, &[document], ctx)
                    .await?;
            }
            let record = self.visible_request(owner, &request_id).await?;
            self.submit_arrived(
                owner,
                record,
                (RequestChannel::EuDecentralisedIt, ctx.at),
                Channel::Unknown,
                ctx,
                &Tr::default(),
            )
            .await
            .map_err(form_failure)?;
        }
        Ok(created
            .iter()
            .map(|(action, object)| ActionResponse::Create {
                action: *action,
                identifier: object.common().id.clone(),
            })
            .collect())
    }
}

fn form_failure(e: FormError) -> Failure {
    match e {
        FormError::Fields(fields) => Refusal::Invalid(fields_text(&fields)).into(),
        FormError::App(e) => Failure::App(e),
    }
}
