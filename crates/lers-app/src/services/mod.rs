//! What the pages and the API do, independent of how the request arrived.

pub mod accounts;
pub mod agency_webhooks;
pub mod alerts;
pub mod case_data;
pub mod case_file;
pub mod console;
pub mod data_export;
pub mod emergencies;
pub mod eu_execution;
pub mod eu_orders;
pub mod field_access;
pub mod filing;
pub mod glance;
pub mod hi1;
pub mod hi1_outbound;
pub mod inactivity;
pub mod intake;
pub mod intake_import;
pub mod interface_endpoints;
pub mod leaving;
pub mod locale;
pub mod login;
mod login_key;
pub mod my_data;
pub mod notices;
pub mod operations;
pub mod outreach;
pub mod own_account;
pub mod passkey_ceremony;
pub mod passkeys;
pub mod passwords;
pub mod pdf;
pub mod pdf_sandbox;
pub mod productions;
pub mod receipts;
pub mod region_moves;
pub mod regions;
pub mod requests;
pub mod retention;
pub mod rotas;
pub mod staff_notices;
pub mod step_up;
pub mod webhooks;
pub mod workload;

pub mod deconfliction;

use lers_store::{tokens, NewSession};

/// A new session: the cookie token for the browser, and what the store keeps.
pub fn new_session() -> (String, NewSession) {
    let token = tokens::generate();
    let session = NewSession {
        token_hash: tokens::hash(&token),
        csrf_token: tokens::generate(),
    };
    (token, session)
}
pub mod shred_list;
