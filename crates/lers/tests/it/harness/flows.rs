//! Whole steps of a story: filing requests, recovery codes, staff set-up.

use super::*;

/// Fields of a complete request of each kind, as the guided form posts them.
pub fn request_fields(kind: &str, extends: Option<&str>) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&'static str, String)> = vec![
        ("title", format!("Operation {kind}")),
        (
            "description",
            "Subscriber details and logs of the account used to extort the victim.".into(),
        ),
        ("country", "US".into()),
        ("subdivision", "TX".into()),
        ("target_type_0", "phone".into()),
        ("target_value_0", "+1 (555) 010-0199".into()),
        ("target_type_1", "email".into()),
        ("target_value_1", "Suspect@Example.com".into()),
        ("nondisclosure_term", "until".into()),
        ("nondisclosure_until", "2027-06-30".into()),
        ("delay_of_notice_term", "none".into()),
        ("action", "submit".into()),
    ];
    let process = |instrument: &str| -> Vec<(&'static str, String)> {
        vec![
            (
                "issuing_authority",
                "42nd District Court, Taylor County".into(),
            ),
            ("instrument", instrument.into()),
            ("citation", "Cause No. 2026-4471".into()),
        ]
    };
    let data = || -> Vec<(&'static str, String)> {
        vec![
            ("cat_subscriber_info", "on".into()),
            ("cat_connection_logs", "on".into()),
            ("date_from", "2026-01-01".into()),
            ("date_to", "2026-06-30".into()),
        ]
    };
    match kind {
        "user_data" => {
            fields.extend(process("search_warrant"));
            fields.extend(data());
        }
        "emergency" => {
            fields.extend(data());
            fields.extend([
                ("narrative", "A 12-year-old is missing; the account holder messaged her tonight threatening to hurt her.".to_owned()),
                ("attested", "on".to_owned()),
                ("supervisor_name", "Sgt. Lee Park".to_owned()),
                ("supervisor_phone", "+1 325 555 0111".to_owned()),
            ]);
        }
        "preservation" => {
            fields.extend(process("preservation_letter"));
            fields.extend(data());
        }
        "preservation_extension" => {
            fields.extend(process("preservation_letter"));
            fields.push(("extends_reference", extends.unwrap_or_default().to_owned()));
        }
        _ => fields.extend(process("court_order")),
    }
    fields
}

impl TestApp {
    /// Starts a draft of `kind`; returns its id.
    pub async fn start_request(&self, kind: &str) -> String {
        let response = self
            .submit("/requests/new", "/requests", &[("kind", kind)])
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "start a {kind} request"
        );
        let to = location(&response);
        to.trim_start_matches("/requests/")
            .trim_end_matches("/edit")
            .to_owned()
    }

    /// Posts the request form of draft `id`.
    pub async fn post_request_form(&self, id: &str, fields: &[(&str, String)]) -> Response {
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let page = format!("/requests/{id}/edit");
        self.submit(&page, &page, &fields).await
    }

    /// Files a complete request of `kind` and returns (id, reference).
    pub async fn file_request(&self, kind: &str, extends: Option<&str>) -> (String, String) {
        let id = self.start_request(kind).await;
        let response = self
            .post_request_form(&id, &request_fields(kind, extends))
            .await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "submit {kind}: {}",
            response.text().await.unwrap_or_default()
        );
        let html = self
            .get(&format!("/requests/{id}"))
            .await
            .text()
            .await
            .expect("detail page");
        let start = html.find("<h1>LERS-").expect("reference heading") + 4;
        let reference = html[start..start + 16].to_owned();
        (id, reference)
    }

    /// Uploads `bytes` as a document of request `id` through the page's multipart form.
    pub async fn upload(&self, id: &str, file_name: &str, bytes: Vec<u8>) -> Response {
        // The token from a page every requester can open, so that authorisation (not
        // CSRF) is what a refused upload tests.
        let html = self
            .get("/requests")
            .await
            .text()
            .await
            .expect("requests page");
        let token = csrf_token(&html).unwrap_or_default();
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_owned())
            .mime_str("application/pdf")
            .expect("mime");
        let form = reqwest::multipart::Form::new()
            .text("csrf", token)
            .part("file", part);
        self.client
            .post(self.url(&format!("/requests/{id}/documents")))
            .multipart(form)
            .send()
            .await
            .expect("upload")
    }
}

impl Browser<'_> {
    /// Loads `page`, takes its CSRF token and posts `fields` to `action`.
    pub async fn submit(&self, page: &str, action: &str, fields: &[(&str, &str)]) -> Response {
        let html = self.get(page).await.text().await.expect("page body");
        let token = csrf_token(&html).unwrap_or_default();
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &token));
        self.client
            .post(self.app.url(action))
            .form(&form)
            .send()
            .await
            .expect("POST")
    }
}

impl TestApp {
    /// A staff member with `roles`, invited by the system and signed in, in a browser
    /// of their own.
    pub async fn staff(
        &self,
        name: &str,
        email: &str,
        roles: &[lers_domain::account::Role],
    ) -> (Browser<'_>, Person) {
        let token = lers_store::tokens::generate();
        let invitation = lers_store::NewToken {
            token_hash: lers_store::tokens::hash(&token),
            expires_at: self
                .clock_now()
                .plus(lers_domain::clock::Duration::hours(24)),
        };
        let ctx = Ctx {
            at: self.clock_now(),
            actor: "system".into(),
            ip: None,
        };
        self.store
            .create_staff(
                email,
                name,
                &roles.iter().copied().collect(),
                invitation,
                &ctx,
            )
            .await
            .expect("create staff");
        let browser = TestApp::with_client(self);
        let link = format!("/verify?token={token}");
        let response = browser
            .submit(
                &link,
                "/verify",
                &[
                    ("token", &token),
                    ("password", PASSWORD),
                    ("password_confirm", PASSWORD),
                ],
            )
            .await;
        assert_redirect(&response, "/mfa/enroll");
        let secret = enroll(&browser, self, "/staff").await;
        (
            browser,
            Person {
                email: email.to_owned(),
                password: PASSWORD.to_owned(),
                secret,
            },
        )
    }
}

impl TestApp {
    /// Like [`TestApp::sign_up`] when mail goes over SMTP: the verification link is read
    /// from what the SMTP server received.
    pub async fn sign_up_via_smtp(&self, smtp: &crate::smtp::SmtpServer, email: &str) -> Person {
        assert_redirect(&self.submit_sign_up(email).await, "/signup/sent");
        let mails = smtp.messages();
        let mail = mails
            .iter()
            .find(|m| m.contains(email))
            .expect("verification mail over SMTP");
        let body = decode_quoted_printable(mail);
        let start = body.find("/verify?token=").expect("link");
        let link: String = body[start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        let html = self.get(&link).await.text().await.expect("password page");
        let token = hidden_value(&html, "token").expect("token");
        assert_redirect(
            &self.set_password(&link, &token, PASSWORD).await,
            "/mfa/enroll",
        );
        let secret = enroll(self, self, "/dashboard").await;
        Person {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            secret,
        }
    }
}

impl TestApp {
    /// A client with no cookies: the public.
    pub fn new_anonymous(&self) -> Client {
        new_client()
    }
}

impl TestApp {
    /// The `{path}?token=…` link in the newest email to `to` that has one.
    pub fn link_in_mail(&self, to: &str, path: &str) -> String {
        let marker = format!("{path}?token=");
        let mails = self.emails_to(to);
        let mail = mails
            .iter()
            .rev()
            .find(|m| m.contains(&marker))
            .unwrap_or_else(|| panic!("no email with {path} to {to}"));
        let start = mail.find(&marker).expect("link in email");
        let rest = &mail[start..];
        let end = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        rest[..end].to_owned()
    }

    /// Loads `page` and posts `fields` to `action` as a client at `ip` (the test
    /// server trusts its local reverse proxy, so `X-Forwarded-For` names the client).
    pub async fn submit_from(
        &self,
        ip: &str,
        page: &str,
        action: &str,
        fields: &[(&str, &str)],
    ) -> Response {
        let html = self.get(page).await.text().await.expect("page body");
        let token = csrf_token(&html).unwrap_or_default();
        let mut form: Vec<(&str, &str)> = fields.to_vec();
        form.push(("csrf", &token));
        self.client
            .post(self.url(action))
            .header("x-forwarded-for", ip)
            .form(&form)
            .send()
            .await
            .expect("POST")
    }
}

/// The page after TOTP enrollment: shows ten recovery codes once and continues to
/// `home`. Returns the codes.
pub async fn recovery_codes_shown(response: Response, home: &str) -> Vec<String> {
    assert_eq!(
        response.status(),
        StatusCode::OK,
        "enrollment ends on the recovery codes page"
    );
    let html = response.text().await.expect("recovery codes page");
    assert!(
        html.contains(&format!("id=\"recovery-continue\" href=\"{home}\"")),
        "the recovery codes page continues to {home}"
    );
    let codes = recovery_codes_in(&html);
    assert_eq!(codes.len(), 10, "ten recovery codes");
    codes
}

/// The recovery codes on a page (`ABCDE-FGHIJ`).
pub fn recovery_codes_in(html: &str) -> Vec<String> {
    let marker = "class=\"secret recovery-code\">";
    html.match_indices(marker)
        .filter_map(|(at, _)| {
            let start = at + marker.len();
            let end = html[start..].find('<')? + start;
            Some(html[start..end].to_owned())
        })
        .collect()
}

/// Like [`enroll`], also returning the recovery codes shown afterwards.
pub async fn enroll_with_codes(
    web: &impl Web,
    app: &TestApp,
    home: &str,
) -> (Vec<u8>, Vec<String>) {
    let html = web
        .get("/mfa/enroll")
        .await
        .text()
        .await
        .expect("enroll page");
    let secret = secret_from_enroll_page(&html);
    let response = web
        .submit(
            "/mfa/enroll",
            "/mfa/enroll",
            &[("code", &app.code(&secret))],
        )
        .await;
    let codes = recovery_codes_shown(response, home).await;
    (secret, codes)
}

impl TestApp {
    /// [`TestApp::sign_up`] with some sign-up fields changed (agency, phone, …) or
    /// added (`time_zone`).
    pub async fn sign_up_with(&self, email: &str, changes: &[(&str, &str)]) -> Person {
        let mut fields: Vec<(&str, String)> = signup_fields(email);
        for (name, value) in changes {
            match fields.iter_mut().find(|(k, _)| k == name) {
                Some(field) => field.1 = (*value).to_owned(),
                None => fields.push((name, (*value).to_owned())),
            }
        }
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        // Each person signs up from an address of their own, as officials of many
        // agencies would (one address may ask for ten sign-up mails an hour).
        let client = format!(
            "198.51.100.{}",
            1 + email.bytes().map(u32::from).sum::<u32>() % 250
        );
        assert_redirect(
            &self
                .submit_from(&client, "/signup", "/signup", &fields)
                .await,
            "/signup/sent",
        );
        let link = self.verification_link(email);
        let html = self.get(&link).await.text().await.expect("password page");
        let token = hidden_value(&html, "token").expect("token field");
        assert_redirect(
            &self.set_password(&link, &token, PASSWORD).await,
            "/mfa/enroll",
        );
        let secret = enroll(self, self, "/dashboard").await;
        Person {
            email: email.to_owned(),
            password: PASSWORD.to_owned(),
            secret,
        }
    }
}

/// An API body that files and submits a preservation request titled `title` for the
/// address `suspect{n}@example.com` (the load and crash tests' submission).
pub fn api_preservation(title: &str, n: usize) -> serde_json::Value {
    serde_json::json!({
        "kind": "preservation",
        "submit": true,
        "request": {
            "title": title,
            "country": "US",
            "subdivision": "TX",
            "issuing_authority": "APD",
            "instrument": "preservation_letter",
            "citation": "18 U.S.C. 2703(f)",
            "description": "Preserve the account.",
            "targets": [{"type": "email", "value": format!("suspect{n}@example.com")}],
            "data_categories": ["subscriber_info"]
        }
    })
}
