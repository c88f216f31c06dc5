//! A production of an HI-1 order, announced to its endpoint with a `DeliveryObject`
//! once the requester could download it (delivered, still available, and released by
//! the EA hold), and fetched by the endpoint's system.
//!
//! **How the authority fetches it.** Over the HI-1 listener, with the credentials the
//! endpoint already uses to send orders: its pinned client certificate (mutual TLS) or
//! its signed token behind a TLS-terminating proxy. No secret travels in the message
//! (which is stored as sent), and no account token is minted for a machine. The files
//! come through the same path as a requester's download: decrypted segment by segment
//! from the production vault, resumable with `Range`, each download audited with the
//! bytes sent. The `DeliveryObject`'s data is a JSON fetch descriptor: each file's URL,
//! size and SHA-256, the manifest's SHA-256, and the manifest document with its signed
//! audit proof (the inclusion proof of the delivery entry and the signed tree head),
//! which `lers manifest verify`-style checks accept offline.

use lers_domain::account::AccountStatus;
use lers_domain::eu::enforcing::may_download;
use lers_domain::production::ManifestDocument;
use lers_etsi::write::outbound::fetch_delivery;
use lers_store::etsi_outbound::{EtsiDelivery, NewOutbound};
use lers_store::{Ctx, EndpointRecord};
use serde::Serialize;

use super::{fresh_id, Sweep};
use crate::app::App;
use crate::error::AppError;
use crate::services::productions::downloads::{Download, DownloadRefusal};

/// The `format` of a fetch descriptor.
pub const FETCH_FORMAT: &str = "lers-fetch-descriptor/v1";

/// Where and how to fetch a production (the data of a `DeliveryObject`).
#[derive(Serialize)]
struct FetchDescriptor<'a> {
    format: &'static str,
    request: &'a str,
    production: &'a str,
    authentication: &'static str,
    resumable: &'static str,
    available_until: Option<String>,
    files: Vec<FetchFile>,
    manifest_sha256: &'a str,
    manifest_document: &'a ManifestDocument,
}

#[derive(Serialize)]
struct FetchFile {
    name: String,
    size: u64,
    sha256: String,
    url: String,
}

const AUTHENTICATION: &str = "GET each url on LERS' HI-1 listener with this endpoint's own HI-1 credentials: its registered client certificate (mutual TLS), or its signed-token headers through a TLS-terminating proxy";
const RESUMABLE: &str = "HTTP Range requests (bytes=N-) resume an interrupted download";

impl Sweep<'_> {
    pub(super) async fn deliveries(&mut self) -> Result<(), AppError> {
        for delivery in self.app.store.etsi_deliveries_to_send().await? {
            if let Err(e) = self.announce(&delivery).await {
                tracing::error!(error = %e, "HI-1 outbound: a delivery could not be queued");
            }
        }
        Ok(())
    }

    async fn announce(&mut self, delivery: &EtsiDelivery) -> Result<(), AppError> {
        let store = &self.app.store;
        let Some((request, production)) = store
            .production_with_request(&delivery.production_id)
            .await?
        else {
            return Ok(());
        };
        // Announced when the requester could download it, not before.
        if let Some(hold) = store.hold_facts(&request).await? {
            if may_download(&hold, self.now(), production.delivered_at).is_err() {
                return Ok(());
            }
        }
        if !production.is_available(self.now()) {
            return Ok(());
        }
        let (Some(manifest), Some(index)) =
            (production.manifest.clone(), production.delivery_audit_index)
        else {
            return Err(AppError::internal(
                "a delivered production without a manifest",
            ));
        };
        let document = ManifestDocument::new(manifest, store.audit_proof(index).await?);
        let base = &self.app.hi1.fetch_base;
        let files = document
            .manifest
            .files
            .iter()
            .filter_map(|listed| {
                let stored = production.files.iter().find(|f| {
                    f.name == listed.name && f.sha256.as_deref() == Some(listed.sha256.as_str())
                })?;
                Some(FetchFile {
                    name: listed.name.clone(),
                    size: listed.size,
                    sha256: listed.sha256.clone(),
                    url: format!(
                        "{base}/etsi/v1/productions/{}/files/{}",
                        production.id, stored.id
                    ),
                })
            })
            .collect();
        let descriptor = FetchDescriptor {
            format: FETCH_FORMAT,
            request: &document.manifest.request_reference,
            production: &production.id,
            authentication: AUTHENTICATION,
            resumable: RESUMABLE,
            available_until: production.available_until.map(|t| t.to_rfc3339()),
            files,
            manifest_sha256: &document.manifest_sha256,
            manifest_document: &document,
        };
        let descriptor = serde_json::to_vec_pretty(&descriptor).map_err(AppError::internal)?;
        let Some(endpoint) = self.endpoint(delivery.endpoint_id).await? else {
            return Ok(());
        };
        let Some(objects) = self
            .objects(
                delivery.request_row_id,
                delivery.endpoint_id,
                &delivery.authorisation_id,
            )
            .await?
        else {
            return Ok(());
        };
        let Some(task) = objects.tasks.first() else {
            tracing::error!(production = %production.id, "an HI-1 order without a task; its delivery is not announced");
            return Ok(());
        };
        let header = self.header(&endpoint);
        let body = fetch_delivery(&header, fresh_id(), task, delivery.sequence, &descriptor);
        self.queue(NewOutbound {
            endpoint_id: delivery.endpoint_id,
            request_row_id: delivery.request_row_id,
            reference: request.reference.as_deref(),
            kind: "delivery",
            dedupe_key: format!("delivery:{}", production.id),
            transaction_id: header.transaction.as_str(),
            body: &body,
            status_change: None,
        })
        .await
    }
}

impl App {
    /// An endpoint fetches a file of a production of one of its own orders, through the
    /// requester's download path (release, availability, range, audit). The endpoint's
    /// credentials stand for the requester's session and second factor.
    pub async fn hi1_download_production(
        &self,
        endpoint: &EndpointRecord,
        production_id: &str,
        file_id: &str,
        range_header: Option<&str>,
        ctx: &Ctx,
    ) -> Result<Download, DownloadRefusal> {
        let (request, production) = self
            .store
            .production_with_request(production_id)
            .await?
            .filter(|(_, p)| p.delivered_at.is_some())
            .ok_or(AppError::NotFound)?;
        let owner = self.store.etsi_order_endpoint(request.row_id).await?;
        if owner != Some(endpoint.id) {
            return Err(AppError::NotFound.into());
        }
        // The account that holds the endpoint's orders must be active, as a person's
        // must be to download.
        let holder = self.store.account(endpoint.owner_account_id).await?;
        if holder.is_none_or(|a| a.status != AccountStatus::Active) {
            return Err(AppError::Forbidden.into());
        }
        self.open_download(&request, &production, file_id, range_header, true, ctx)
            .await
    }
}
