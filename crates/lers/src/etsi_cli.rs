//! `lers etsi`: tools for an authority's integration with LERS' ETSI TS 103 120 (HI-1)
//! interface. `validate` checks a message the way the server reads it (plus ETSI's
//! XSDs when they and `xmllint` are at hand) and says what is wrong and where; `send`
//! posts one message over mutual TLS or with a signed token and prints the answer.
//! Messages are read within the limits `lers serve` applies (`hi1_max_message_mib`).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Subcommand, ValueEnum};
use lers_domain::clock::{Clock, SystemClock};
use lers_domain::interface::{
    EndpointIdentity, SignedToken, ENDPOINT_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER,
};
use lers_etsi::profile::{order_from_message, order_update};
use lers_etsi::{Action, Hi1Message, Limits, MessageError};

#[derive(Subcommand, Debug)]
pub enum EtsiCommand {
    /// Check an HI-1 message (XML or JSON) as LERS would read it: one line per problem
    /// naming what is wrong and where. Exit status 0 valid, 1 invalid, 2 unreadable.
    Validate {
        file: PathBuf,
        #[arg(long, value_enum, default_value_t = MessageFormat::Auto)]
        format: MessageFormat,
        /// ETSI's TS 103 120 V1.15.1 schemas: the directory holding `xsd/` (e.g. the
        /// PyPI package's `ts103120/data/1.15.1`) or the `xsd` directory itself. XML
        /// is then also checked with `xmllint`; without it that step is skipped (said
        /// on standard error).
        #[arg(long, env = "LERS_TS103120_SCHEMAS")]
        schemas: Option<PathBuf>,
    },
    /// Post one HI-1 message to an LERS HI-1 endpoint (e.g. https://lers.example:8443/etsi/v1)
    /// and print the HTTP status and the answer. Exit status 0 for a 2xx answer, 1 for
    /// any other, 2 when nothing could be sent.
    Send {
        file: PathBuf,
        /// The endpoint's URL.
        #[arg(long)]
        to: String,
        #[arg(long, value_enum, default_value_t = MessageFormat::Auto)]
        format: MessageFormat,
        /// Client certificate (PEM) for mutual TLS: the one registered for the endpoint.
        #[arg(long, requires = "key")]
        cert: Option<PathBuf>,
        /// The client certificate's private key (PEM).
        #[arg(long, requires = "cert")]
        key: Option<PathBuf>,
        /// CA certificate(s) (PEM) to trust for the server's certificate, besides the
        /// usual public roots.
        #[arg(long)]
        ca: Option<PathBuf>,
        /// Sign the message with this Ed25519 private key (PKCS#8 PEM, e.g. from
        /// `openssl genpkey -algorithm ed25519`): the signed-token headers, for an
        /// endpoint registered with the public key, behind a TLS-terminating proxy.
        #[arg(long)]
        sign_key: Option<PathBuf>,
        /// The endpoint the token speaks for, `CC:identifier` [default: the message's
        /// SenderIdentifier].
        #[arg(long, requires = "sign_key")]
        sender_id: Option<String>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MessageFormat {
    /// From the file's extension (.xml, .json), else from its first character.
    #[default]
    Auto,
    Xml,
    Json,
}

/// The two forms of a message, once known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Xml,
    Json,
}

impl Form {
    fn of(format: MessageFormat, path: &Path, bytes: &[u8]) -> Form {
        match format {
            MessageFormat::Xml => Form::Xml,
            MessageFormat::Json => Form::Json,
            MessageFormat::Auto => match path.extension().and_then(|e| e.to_str()) {
                Some(e) if e.eq_ignore_ascii_case("json") => Form::Json,
                Some(e) if e.eq_ignore_ascii_case("xml") => Form::Xml,
                _ => match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
                    Some(b'{') => Form::Json,
                    _ => Form::Xml,
                },
            },
        }
    }

    fn content_type(self) -> &'static str {
        match self {
            Form::Xml => "application/xml",
            Form::Json => "application/json",
        }
    }

    fn parse(self, bytes: &[u8], limits: Limits) -> Result<Hi1Message, MessageError> {
        match self {
            Form::Xml => lers_etsi::parse_xml(bytes, limits),
            Form::Json => lers_etsi::parse_json(bytes, limits),
        }
    }
}

/// What the server allows, from its settings: `lers etsi` checks within the same.
struct ServerLimits {
    message: Limits,
    /// The largest document (as for any upload).
    document_bytes: u64,
    pdf_memory_mib: u64,
}

/// Runs `command`, reading messages within the limits `settings` give the server.
pub async fn run(command: &EtsiCommand, settings: &lers_app::Settings) -> ExitCode {
    let mib = |n: u64| n.saturating_mul(1024 * 1024);
    let server = ServerLimits {
        message: lers_app::services::hi1::message_limits(mib(settings.hi1_max_message_mib)),
        document_bytes: mib(settings.max_upload_mib),
        pdf_memory_mib: settings.pdf_check_memory_mib,
    };
    match command {
        EtsiCommand::Validate {
            file,
            format,
            schemas,
        } => validate(file, *format, schemas.as_deref(), &server).await,
        EtsiCommand::Send {
            file,
            to,
            format,
            cert,
            key,
            ca,
            sign_key,
            sender_id,
        } => {
            let outgoing = Outgoing {
                identity: cert.as_deref().zip(key.as_deref()),
                ca: ca.as_deref(),
                sign_key: sign_key.as_deref(),
                sender_id: sender_id.as_deref(),
                limits: server.message,
            };
            send(file, *format, to, &outgoing).await
        }
    }
}

const VALID: u8 = 0;
const INVALID: u8 = 1;
/// Also for a configuration that cannot be read (see `commands`).
pub const UNREADABLE: u8 = 2;

async fn validate(
    file: &Path,
    format: MessageFormat,
    schemas: Option<&Path>,
    server: &ServerLimits,
) -> ExitCode {
    let shown = file.display();
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: cannot read {shown}: {e}");
            return ExitCode::from(UNREADABLE);
        }
    };
    let xsd_dir = match schemas.map(xsd_dir).transpose() {
        Ok(dir) => dir,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(UNREADABLE);
        }
    };
    let form = Form::of(format, file, &bytes);
    let mut problems = Vec::new();
    let mut well_formed = true;
    match form.parse(&bytes, server.message) {
        Ok(message) => problems.extend(profile_problems(&message, server).await),
        Err(e) => {
            well_formed = !refused_unread(&e);
            problems.push(e.to_string());
        }
    }
    for problem in &problems {
        println!("{shown}: {problem}");
    }
    let mut valid = problems.is_empty();
    if form == Form::Xml && well_formed {
        match xsd_check(file, xsd_dir.as_deref()) {
            XsdVerdict::Valid => {}
            XsdVerdict::Invalid(lines) => {
                valid = false;
                for line in lines {
                    println!("{line}");
                }
            }
            XsdVerdict::Skipped(why) => eprintln!("note: XSD check skipped: {why}"),
        }
    } else if form == Form::Json {
        eprintln!(
            "note: a JSON message is checked by LERS' reader only: ETSI's published JSON \
             schemas give each object type's \"enum\" as a string, so no strict validator \
             applies them as published"
        );
    }
    if valid {
        println!("{shown}: valid");
        ExitCode::from(VALID)
    } else {
        ExitCode::from(INVALID)
    }
}

/// A message refused before it was read as a tree (too large, a DTD, not well-formed):
/// no other tool is given it.
fn refused_unread(error: &MessageError) -> bool {
    matches!(
        error,
        MessageError::TooLarge { .. }
            | MessageError::Doctype
            | MessageError::UnknownEntity { .. }
            | MessageError::TooDeep { .. }
            | MessageError::TooManyElements { .. }
            | MessageError::TextTooLong { .. }
            | MessageError::Malformed { .. }
    )
}

/// What the EU e-Evidence profile makes of the message's CREATEs (one order, checked
/// like any submitted request, with its documents checked as the upload path checks
/// PDFs) and UPDATEs.
async fn profile_problems(message: &Hi1Message, server: &ServerLimits) -> Vec<String> {
    let mut problems = Vec::new();
    if !message.created().is_empty() {
        match order_from_message(message) {
            Ok(order) => {
                let today = SystemClock.now().date();
                if let Err(errors) = order.draft.validate(order.kind, today) {
                    problems.extend(errors.into_iter().map(|e| {
                        format!(
                            "object {}: {}: {}",
                            order.authorisation,
                            e.field,
                            lers_app::i18n::Tr::default().problem(&e.problem)
                        )
                    }));
                }
                if order.documents.is_empty() {
                    problems.push(format!(
                        "object {}: the order carries no DocumentObject (the signed certificate as a PDF)",
                        order.authorisation
                    ));
                }
                for document in &order.documents {
                    if let Err(problem) = check_document(&document.bytes, server).await {
                        problems.push(format!("object {}: {problem}", document.object));
                    }
                }
            }
            Err(e) => problems.push(e.to_string()),
        }
    }
    for request in message.requests() {
        if let Action::Update { object } = &request.action {
            if let Err(e) = order_update(object) {
                problems.push(format!("action {}: {e}", request.action_identifier));
            }
        }
    }
    problems
}

/// The server's checks of a document: its size (as for any upload), then the PDF
/// check (`lers check-pdf` in a memory-limited child).
async fn check_document(bytes: &[u8], server: &ServerLimits) -> Result<(), String> {
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > server.document_bytes {
        return Err(format!(
            "the document is larger than {} MiB, the limit for any uploaded document",
            server.document_bytes / (1024 * 1024)
        ));
    }
    let path =
        private_temp_file("pdf", bytes).map_err(|e| format!("cannot check the document: {e}"))?;
    let checked = lers_app::PdfChecker::current_exe(server.pdf_memory_mib, 1)
        .check(&path)
        .await;
    let _ = std::fs::remove_file(&path);
    checked
        .map(|_pages| ())
        .map_err(|refusal| refusal.to_string())
}

/// Writes `bytes` to a new file of the temporary directory (created exclusively).
fn private_temp_file(extension: &str, bytes: &[u8]) -> std::io::Result<PathBuf> {
    let path = std::env::temp_dir().join(format!(
        "lers-etsi-{}-{:x}.{extension}",
        std::process::id(),
        rand_suffix()
    ));
    std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
        .and_then(|mut f| std::io::Write::write_all(&mut f, bytes))?;
    Ok(path)
}

/// The directory of the XSD files under a `--schemas` directory.
fn xsd_dir(dir: &Path) -> anyhow::Result<PathBuf> {
    let core = "ts_103120_Core.xsd";
    [dir.join("xsd"), dir.to_owned()]
        .into_iter()
        .find(|d| d.join(core).is_file())
        .map(|d| std::path::absolute(&d).unwrap_or(d))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "{} holds no TS 103 120 schemas ({core} neither there nor in xsd/)",
                dir.display()
            )
        })
}

enum XsdVerdict {
    Valid,
    Invalid(Vec<String>),
    Skipped(String),
}

fn xsd_check(file: &Path, xsd_dir: Option<&Path>) -> XsdVerdict {
    let Some(xsd_dir) = xsd_dir else {
        return XsdVerdict::Skipped(
            "no schemas given (--schemas DIR or LERS_TS103120_SCHEMAS; e.g. `python3 -m pip install ts103120` ships them in ts103120/data/1.15.1)".into(),
        );
    };
    let wrapper = lers_etsi::schema::wrapper_xsd(&xsd_dir.to_string_lossy());
    let path = match private_temp_file("xsd", wrapper.as_bytes()) {
        Ok(path) => path,
        Err(e) => return XsdVerdict::Skipped(format!("cannot write the wrapper schema: {e}")),
    };
    let output = std::process::Command::new("xmllint")
        .args(["--noout", "--nonet", "--schema"])
        .arg(&path)
        .arg(file)
        .output();
    let _ = std::fs::remove_file(&path);
    match output {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => XsdVerdict::Skipped(
            "xmllint is not installed (Debian: apt-get install libxml2-utils)".into(),
        ),
        Err(e) => XsdVerdict::Skipped(format!("xmllint could not run: {e}")),
        Ok(out) if out.status.success() => XsdVerdict::Valid,
        Ok(out) => XsdVerdict::Invalid(
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .filter(|l| !l.trim().is_empty() && !l.ends_with("fails to validate"))
                .map(str::to_owned)
                .collect(),
        ),
    }
}

/// Enough to keep two runs at the same moment apart (the file is created exclusively).
fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// How `send` authenticates.
struct Outgoing<'a> {
    /// Client certificate and key (PEM files) for mutual TLS.
    identity: Option<(&'a Path, &'a Path)>,
    ca: Option<&'a Path>,
    /// Ed25519 key (PKCS#8 PEM) for a signed token, and whom it speaks for.
    sign_key: Option<&'a Path>,
    sender_id: Option<&'a str>,
    limits: Limits,
}

async fn send(file: &Path, format: MessageFormat, to: &str, outgoing: &Outgoing<'_>) -> ExitCode {
    let bytes = match std::fs::read(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", file.display());
            return ExitCode::from(UNREADABLE);
        }
    };
    let form = Form::of(format, file, &bytes);
    let request = client(outgoing).and_then(|client| {
        let request = client
            .post(to)
            .header(reqwest::header::CONTENT_TYPE, form.content_type());
        match outgoing.sign_key {
            Some(key) => {
                let target = format!("POST {}", request_target(to)?);
                let headers = token_headers(
                    key,
                    outgoing.sender_id,
                    form,
                    &target,
                    &bytes,
                    outgoing.limits,
                )?;
                Ok(headers.into_iter().fold(request, |request, (name, value)| {
                    request.header(name, value)
                }))
            }
            None => Ok(request),
        }
    });
    let request = match request {
        Ok(request) => request,
        Err(e) => {
            eprintln!("error: {e:#}");
            return ExitCode::from(UNREADABLE);
        }
    };
    let answer = match request.body(bytes).send().await {
        Ok(answer) => answer,
        Err(e) => {
            eprintln!("error: cannot send to {to}: {}", error_chain(&e));
            return ExitCode::from(UNREADABLE);
        }
    };
    let status = answer.status();
    println!("HTTP {status}");
    match answer.text().await {
        Ok(body) => println!("{body}"),
        Err(e) => eprintln!("error: the answer's body could not be read: {e}"),
    }
    if status.is_success() {
        ExitCode::from(VALID)
    } else {
        ExitCode::from(INVALID)
    }
}

fn read(path: &Path) -> anyhow::Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
}

fn client(outgoing: &Outgoing<'_>) -> anyhow::Result<reqwest::Client> {
    let mut builder = reqwest::Client::builder()
        .use_rustls_tls()
        .timeout(std::time::Duration::from_secs(60));
    if let Some(ca) = outgoing.ca {
        for cert in reqwest::Certificate::from_pem_bundle(&read(ca)?)
            .with_context(|| format!("{} holds no PEM certificate", ca.display()))?
        {
            builder = builder.add_root_certificate(cert);
        }
    }
    if let Some((cert, key)) = outgoing.identity {
        let mut pem = read(cert)?;
        pem.push(b'\n');
        pem.extend(read(key)?);
        let identity = reqwest::Identity::from_pem(&pem).with_context(|| {
            format!(
                "{} and {} are not a PEM certificate and key",
                cert.display(),
                key.display()
            )
        })?;
        builder = builder.identity(identity);
    }
    builder.build().context("cannot set up the HTTP client")
}

/// The path and query of `url`, as the server will see it (the token signs it).
fn request_target(url: &str) -> anyhow::Result<String> {
    let parsed = reqwest::Url::parse(url).with_context(|| format!("{url} is not a URL"))?;
    Ok(match parsed.query() {
        Some(query) => format!("{}?{query}", parsed.path()),
        None => parsed.path().to_owned(),
    })
}

/// The three signed-token headers for `body` (see `lers_domain::interface::SignedToken`),
/// speaking for `sender_id` or else for the message's own SenderIdentifier.
fn token_headers(
    key: &Path,
    sender_id: Option<&str>,
    form: Form,
    target: &str,
    body: &[u8],
    limits: Limits,
) -> anyhow::Result<[(&'static str, String); 3]> {
    use ed25519_dalek::pkcs8::DecodePrivateKey;
    use ed25519_dalek::Signer;
    let pem = String::from_utf8(read(key)?)
        .with_context(|| format!("{} is not a PEM file", key.display()))?;
    let signing = ed25519_dalek::SigningKey::from_pkcs8_pem(&pem).map_err(|e| {
        anyhow::anyhow!(
            "{} is not an Ed25519 private key in PKCS#8 PEM: {e}",
            key.display()
        )
    })?;
    let endpoint = match sender_id {
        Some(id) => {
            let (country, identifier) = id
                .split_once(':')
                .filter(|(c, i)| c.len() == 2 && !i.is_empty())
                .ok_or_else(|| anyhow::anyhow!("--sender-id {id:?} is not CC:identifier"))?;
            EndpointIdentity {
                country: country.to_ascii_uppercase(),
                identifier: identifier.to_owned(),
            }
        }
        None => {
            let header = form
                .parse(body, limits)
                .context("the message cannot be read for its SenderIdentifier; give --sender-id")?
                .header;
            EndpointIdentity {
                country: header.sender.country_code,
                identifier: header.sender.unique_identifier,
            }
        }
    };
    let timestamp = SystemClock.now().unix_seconds();
    let signature = signing.sign(&SignedToken::signed_text(
        &endpoint, timestamp, target, body,
    ));
    Ok([
        (ENDPOINT_HEADER, endpoint.to_string()),
        (TIMESTAMP_HEADER, timestamp.to_string()),
        (
            SIGNATURE_HEADER,
            base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                signature.to_bytes(),
            ),
        ),
    ])
}

/// reqwest's error with its causes (the TLS reason is in a source).
fn error_chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}
