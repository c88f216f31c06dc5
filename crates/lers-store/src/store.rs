//! [`Store`]: everything LERS stores, as the union of the per-concern traits. One
//! implementation ([`SqlStore`]) serves both backends.

use async_trait::async_trait;
use ed25519_dalek::VerifyingKey;

use crate::error::Result;
use crate::sql::accounts::AccountStore;
use crate::sql::case_keys::CaseDataStore;
use crate::sql::dialect::Backend;
use crate::sql::directory::DirectoryStore;
use crate::sql::domain_sources::DomainSourceStore;
use crate::sql::erasure::ErasureStore;
use crate::sql::etsi_inbound::EtsiInboundStore;
use crate::sql::eu_execution::EuExecutionStore;
use crate::sql::field_access::FieldAccessStore;
use crate::sql::notices::NoticeStore;
use crate::sql::powers::PowersStore;
use crate::sql::transparency::TransparencyStore;
use crate::sql::{
    AccountLookup, AgencyStore, AllowListStore, ApiTokenStore, AuditStore, CallbackStore,
    ConsoleStore, DecisionStore, EmergencyStore, EtsiOutboundStore, EuOrderStore, HoldStore,
    InactivityStore, IntakeStore, InterfaceEndpointStore, JobStore, LoginStore, MessageStore,
    NoteStore, ProductionAccessStore, ProductionFileStore, ProductionStore, RecoveryStore,
    RequestStore, RetentionStore, RiskStore, RotationStore, SessionStore, SetupStore, SignUpStore,
    SqlStore, StaffStore, SuspensionStore, TotpStore,
};
use crate::sql::{RecycleBinStore, RetentionPurgeStore};

/// Everything LERS stores. One implementation ([`SqlStore`]) serves both backends;
/// the conformance tests run the same stories against each.
#[async_trait]
pub trait Store:
    SetupStore
    + AllowListStore
    + SignUpStore
    + TotpStore
    + AccountLookup
    + LoginStore
    + SessionStore
    + StaffStore
    + AuditStore
    + RotationStore
    + RequestStore
    + AccountStore
    + ConsoleStore
    + DirectoryStore
    + NoticeStore
    + TransparencyStore
    + ProductionStore
    + AgencyStore
    + CallbackStore
    + DecisionStore
    + HoldStore
    + JobStore
    + MessageStore
    + NoteStore
    + ProductionAccessStore
    + ProductionFileStore
    + RetentionStore
    + RiskStore
    + SuspensionStore
    + DomainSourceStore
    + PowersStore
    + crate::sql::key_policy::KeyPolicyStore
    + RecoveryStore
    + InactivityStore
    + ApiTokenStore
    + EmergencyStore
    + IntakeStore
    + EuOrderStore
    + EuExecutionStore
    + InterfaceEndpointStore
    + EtsiInboundStore
    + EtsiOutboundStore
    + ErasureStore
    + FieldAccessStore
    + CaseDataStore
    + RecycleBinStore
    + RetentionPurgeStore
    + crate::sql::my_data::MyDataStore
    + crate::sql::data_exports::DataExportStore
    + crate::sql::leaving::LeavingStore
    + crate::sql::regions::RegionStore
    + crate::sql::region_moves::RegionMoveStore
    + crate::sql::deconfliction::DeconflictionStore
    + crate::sql::operations::OperationsStore
    + crate::sql::upload_claims::UploadClaimStore
    + crate::sql::shred_list::ShredListStore
    + crate::sql::NoticeSweepStore
    + crate::sql::StaffNoticeStore
    + crate::sql::workload::WorkloadStore
    + crate::sql::locale::LocaleStore
    + crate::sql::alerts::AlertStore
    + crate::sql::webhooks::WebhookStore
    + crate::sql::agency_webhooks::AgencyWebhookStore
    + crate::sql::PasskeyStore
    + crate::sql::mail_queue::MailQueueStore
    + crate::sql::api_receipts::ApiReceiptStore
    + Send
    + Sync
{
    fn backend(&self) -> Backend;
    /// The public key that verifies this log's signed tree heads.
    fn audit_public_key(&self) -> VerifyingKey;
    /// Round trip to the database (readiness).
    async fn ping(&self) -> Result<()>;
}

#[async_trait]
impl Store for SqlStore {
    fn backend(&self) -> Backend {
        self.dialect()
    }

    fn audit_public_key(&self) -> VerifyingKey {
        self.keys().audit_signing.verifying_key()
    }

    async fn ping(&self) -> Result<()> {
        sqlx::query("SELECT 1").execute(self.pool()).await?;
        Ok(())
    }
}

/// A fresh public id for a document (also its blob key).
pub fn new_document_id() -> String {
    crate::crypto::tokens::random_id("doc")
}
