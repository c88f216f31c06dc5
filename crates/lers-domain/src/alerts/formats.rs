//! What LERS posts to a webhook, in each open format: its own signed JSON event
//! (`lers-event/v1`), a PagerDuty Events API v2 event, or an Opsgenie Alert API call.
//! No case content ever: a reference, the kind, the clock and a link.

use serde_json::{json, Value};

use crate::clock::Timestamp;

/// The longest PagerDuty `summary` and Opsgenie `message` (their documented limits).
pub const PAGERDUTY_SUMMARY_MAX: usize = 1024;
pub const OPSGENIE_MESSAGE_MAX: usize = 130;

/// How a webhook wants to be spoken to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebhookFormat {
    /// LERS' own JSON, signed with HMAC-SHA256 over `timestamp.body`.
    Signed,
    /// PagerDuty Events API v2 (`routing_key` in the body).
    PagerDuty,
    /// Opsgenie Alert API (`Authorization: GenieKey …`).
    Opsgenie,
}

impl WebhookFormat {
    pub const ALL: [Self; 3] = [Self::Signed, Self::PagerDuty, Self::Opsgenie];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Signed => "signed",
            Self::PagerDuty => "pagerduty",
            Self::Opsgenie => "opsgenie",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|f| f.as_str() == text)
    }
}

/// What happened to a page, in PagerDuty's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageAction {
    Trigger,
    Acknowledge,
}

impl PageAction {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Trigger => "trigger",
            Self::Acknowledge => "acknowledge",
        }
    }
}

/// The content-free facts of an on-call page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageFacts {
    pub alert: i64,
    pub reference: String,
    /// `emergency` or `emergency_epoc`.
    pub kind: &'static str,
    pub due_at: Option<Timestamp>,
    pub tier: i64,
    pub at: Timestamp,
    /// Where to acknowledge it (sign-in required).
    pub link: String,
    /// A one-line text for the pager (from the Fluent message `alert-summary`).
    pub summary: String,
}

impl PageFacts {
    /// The key that ties every event of one alert together (PagerDuty `dedup_key`,
    /// Opsgenie `alias`).
    pub fn key(&self) -> String {
        format!("lers-alert-{}", self.alert)
    }

    fn due(&self) -> Value {
        self.due_at.map_or(Value::Null, |d| json!(d.to_rfc3339()))
    }
}

/// LERS' own event: `{type, id, occurred_at, data}`.
pub fn signed_event(event_type: &str, id: &str, at: Timestamp, data: Value) -> Value {
    json!({
        "type": event_type,
        "id": id,
        "occurred_at": at.to_rfc3339(),
        "data": data,
    })
}

/// An on-call page as LERS' own event.
pub fn signed_page(facts: &PageFacts, action: PageAction) -> Value {
    let event_type = match action {
        PageAction::Trigger => "oncall.paged",
        PageAction::Acknowledge => "oncall.acknowledged",
    };
    signed_event(
        event_type,
        &format!("{}-{}-{}", facts.key(), action.as_str(), facts.tier),
        facts.at,
        json!({
            "alert": facts.alert,
            "reference": facts.reference,
            "kind": facts.kind,
            "due_at": facts.due(),
            "tier": facts.tier,
            "link": facts.link,
        }),
    )
}

/// A PagerDuty Events API v2 event (`POST https://events.pagerduty.com/v2/enqueue`)
/// without its routing key, which is a secret and is added only when it is sent
/// ([`route_pagerduty`]). A trigger carries `payload` (summary, source, severity,
/// timestamp, custom details) and a link; an acknowledgement only the action and
/// `dedup_key`.
pub fn pagerduty_event(facts: &PageFacts, action: PageAction) -> Value {
    let mut event = json!({
        "event_action": action.as_str(),
        "dedup_key": facts.key(),
    });
    if action == PageAction::Trigger {
        event["payload"] = json!({
            "summary": truncate(&facts.summary, PAGERDUTY_SUMMARY_MAX),
            "source": "LERS",
            "severity": "critical",
            "timestamp": facts.at.to_rfc3339(),
            "component": facts.kind,
            "class": "emergency request",
            "custom_details": {
                "reference": facts.reference,
                "kind": facts.kind,
                "due_at": facts.due(),
                "tier": facts.tier,
            },
        });
        event["links"] = json!([{"href": facts.link, "text": facts.reference}]);
        event["client"] = json!("LERS");
        event["client_url"] = json!(facts.link);
    }
    event
}

/// An Opsgenie call: where under the configured alerts URL
/// (`https://api.opsgenie.com/v2/alerts`) it goes, and its body. Creating an alert
/// carries `message`, `alias`, `priority` P1 and string `details`; acknowledging
/// posts to `/{alias}/acknowledge?identifierType=alias`.
pub fn opsgenie_call(facts: &PageFacts, action: PageAction) -> (String, Value) {
    match action {
        PageAction::Trigger => (
            String::new(),
            json!({
                "message": truncate(&facts.summary, OPSGENIE_MESSAGE_MAX),
                "alias": facts.key(),
                "description": facts.link,
                "priority": "P1",
                "source": "LERS",
                "tags": ["lers", facts.kind],
                "details": {
                    "reference": facts.reference,
                    "kind": facts.kind,
                    "due_at": facts.due_at.map(Timestamp::to_rfc3339).unwrap_or_default(),
                    "tier": facts.tier.to_string(),
                    "link": facts.link,
                },
            }),
        ),
        PageAction::Acknowledge => (
            format!("/{}/acknowledge?identifierType=alias", facts.key()),
            json!({"source": "LERS", "note": facts.summary}),
        ),
    }
}

/// A stored PagerDuty event with its `routing_key`, as it is posted.
pub fn route_pagerduty(stored: &str, routing_key: &str) -> Option<String> {
    let mut event: Value = serde_json::from_str(stored).ok()?;
    event
        .as_object_mut()?
        .insert("routing_key".into(), json!(routing_key));
    Some(event.to_string())
}

fn truncate(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> PageFacts {
        PageFacts {
            alert: 42,
            reference: "LERS-2026-000123".into(),
            kind: "emergency",
            due_at: Timestamp::parse_rfc3339("2026-11-29T03:00:00Z"),
            tier: 1,
            at: Timestamp::from_unix_millis(1_764_381_600_000),
            link: "https://lers.example/staff/alerts/42".into(),
            summary: "x".repeat(2000),
        }
    }

    #[test]
    fn pagerduty_and_opsgenie_keep_to_their_limits_and_share_one_key(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let stored = pagerduty_event(&facts(), PageAction::Trigger);
        assert!(stored.get("routing_key").is_none(), "the key is not stored");
        let routed = route_pagerduty(&stored.to_string(), "R0UT1NG").ok_or("JSON")?;
        let trigger: Value = serde_json::from_str(&routed)?;
        assert_eq!(trigger["routing_key"], "R0UT1NG");
        assert_eq!(
            trigger["payload"]["summary"].as_str().map(str::len),
            Some(PAGERDUTY_SUMMARY_MAX)
        );
        assert_eq!(trigger["dedup_key"], "lers-alert-42");
        let ack = pagerduty_event(&facts(), PageAction::Acknowledge);
        assert!(ack.get("payload").is_none(), "{ack}");
        let (path, create) = opsgenie_call(&facts(), PageAction::Trigger);
        assert_eq!(path, "");
        assert_eq!(
            create["message"].as_str().map(str::len),
            Some(OPSGENIE_MESSAGE_MAX)
        );
        assert_eq!(create["alias"], "lers-alert-42");
        assert!(create["details"]
            .as_object()
            .is_some_and(|d| d.values().all(Value::is_string)));
        let (path, _) = opsgenie_call(&facts(), PageAction::Acknowledge);
        assert_eq!(path, "/lers-alert-42/acknowledge?identifierType=alias");
        Ok(())
    }
}
