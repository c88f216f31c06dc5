#![allow(clippy::expect_used)]
//! All integration tests, in one binary (each extra test binary costs a full link).
//! Stories run through HTTP against a real server on a free port, on SQLite and on
//! PostgreSQL (`LERS_TEST_POSTGRES_URL`; required when `CI=true`).

mod harness;

mod access;
mod accounts;
mod agency_webhooks;
mod alerts;
mod api;
mod api_conformance;
mod audit_cli;
mod backup;
mod blob_conformance;
mod builtin_domains;
mod case_data;
mod console;
mod db_restart;
mod directory;
mod domains_cli;
mod emergencies;
mod etsi_inbound;
mod etsi_outbound;
mod etsi_tools;
mod eu_execution;
mod eu_orders;
mod faults;
mod field_access;
mod glance;
mod group_commit;
mod intake;
mod interface_endpoints;
mod kill_nine;
mod languages;
mod locale;
mod login;
mod mail_queue;
mod notices;
mod operations;
mod passkeys;
mod passkeys_review;
mod passkeys_second_factor;
mod passkeys_step_up;
mod powers;
mod productions;
mod regions;
mod requests;
mod retention;
mod rights;
mod sessions;
mod signup;
mod smtp;
mod staff_notices;
mod store_conformance;
mod transparency;
mod two_nodes;
mod uploads;
mod workload;
