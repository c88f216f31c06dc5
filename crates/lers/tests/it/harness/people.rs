//! People who use LERS in tests: sign-up, enrollment, and a second browser per person.

use super::*;

/// Enrolls TOTP on the enrollment page (after a password was set) and checks that the
/// person lands on `home`; returns the secret.
pub async fn enroll(web: &impl Web, app: &TestApp, home: &str) -> Vec<u8> {
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
    // Enrollment ends on the page that shows the recovery codes once.
    recovery_codes_shown(response, home).await;
    secret
}

/// A signed-up, verified, enrolled requester.
pub struct Person {
    pub email: String,
    pub password: String,
    pub secret: Vec<u8>,
}

pub const PASSWORD: &str = "granite kettle orbit 4471";

pub fn signup_fields(email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", "Dana Reyes".into()),
        ("agency", "Abilene Police Department".into()),
        ("badge_number", "APD-4471".into()),
        ("phone", "+1 325 555 0100 ext. 12".into()),
        ("mailing_address", "555 Walnut St, Abilene, TX 79601".into()),
        ("country", "US".into()),
        ("subdivision", "TX".into()),
        ("email", email.into()),
    ]
}

/// Reads the base32 secret from the enrollment page.
pub fn secret_from_enroll_page(html: &str) -> Vec<u8> {
    let marker = "id=\"totp-secret\" class=\"secret\">";
    let start = html.find(marker).expect("secret on page") + marker.len();
    let end = html[start..].find('<').expect("end of secret") + start;
    let base32: String = html[start..end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    totp_rs::Secret::Encoded(base32)
        .to_bytes()
        .expect("base32 secret")
}

impl TestApp {
    /// Submits the sign-up form for `email` with a complete profile.
    pub async fn submit_sign_up(&self, email: &str) -> Response {
        let fields = signup_fields(email);
        let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        self.submit("/signup", "/signup", &fields).await
    }

    /// Signs up and opens the emailed link: returns the link and the token on its page.
    pub async fn open_verification(&self, email: &str) -> (String, String) {
        assert_redirect(&self.submit_sign_up(email).await, "/signup/sent");
        let link = self.verification_link(email);
        let page = self.get(&link).await;
        assert_eq!(page.status(), StatusCode::OK);
        let html = page.text().await.expect("body");
        let token = hidden_value(&html, "token").expect("token field");
        (link, token)
    }

    /// Submits the password form of a verification or invitation link.
    pub async fn set_password(&self, link: &str, token: &str, password: &str) -> Response {
        let fields = [
            ("token", token),
            ("password", password),
            ("password_confirm", password),
        ];
        self.submit(link, "/verify", &fields).await
    }

    /// Sign-up → verification email → password → TOTP enrollment, ending signed in.
    pub async fn sign_up(&self, email: &str) -> Person {
        let (link, token) = self.open_verification(email).await;
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

    pub async fn log_in(&self, email: &str, password: &str, code: &str) -> Response {
        self.submit(
            "/login",
            "/login",
            &[("email", email), ("password", password), ("code", code)],
        )
        .await
    }

    pub async fn log_out(&self) -> Response {
        let html = self.get("/").await.text().await.expect("home");
        let token = csrf_token(&html).unwrap_or_default();
        self.client
            .post(self.url("/logout"))
            .form(&[("csrf", token)])
            .send()
            .await
            .expect("logout")
    }
}

impl TestApp {
    /// The same server seen from a second browser (own cookie jar); shares nothing
    /// but the server.
    pub fn with_client(app: &TestApp) -> Browser<'_> {
        Browser {
            app,
            client: new_client(),
        }
    }
}

/// A second browser against the same server.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub client: Client,
}

impl Browser<'_> {
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(self.app.url(path))
            .send()
            .await
            .expect("GET")
    }

    pub async fn log_in(&self, email: &str, password: &str, code: &str) -> Response {
        let html = self.get("/login").await.text().await.expect("login page");
        let token = csrf_token(&html).unwrap_or_default();
        self.client
            .post(self.app.url("/login"))
            .form(&[
                ("email", email),
                ("password", password),
                ("code", code),
                ("csrf", &token),
            ])
            .send()
            .await
            .expect("POST /login")
    }
}
