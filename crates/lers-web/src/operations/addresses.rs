//! Client addresses as the per-address limits see them, and the two small per-address
//! tallies besides the API's rate limits: sign-in requests one address has in flight,
//! and which addresses have been noted (audited) in the current window.
//!
//! An IPv6 address is keyed by its /64: one subscriber is routinely given a whole /64
//! and can rotate through it freely, so keying addresses whole would give each
//! subscriber 2^64 allowances. An IPv4-mapped IPv6 address (`::ffff:192.0.2.1`) is
//! the IPv4 address it carries.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::{Arc, Mutex, PoisonError};

use axum::extract::Request;

use super::Operations;

/// The key of `ip` for per-address limits; `""` when the address is unknown.
pub fn key(ip: Option<IpAddr>) -> String {
    match ip {
        None => String::new(),
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let network = u128::from(v6) & !((1u128 << 64) - 1);
                format!("{}/64", Ipv6Addr::from(network))
            }
        },
    }
}

/// The per-address key of the client that sent `request` (behind a trusted proxy,
/// the forwarded address).
pub fn of_request(request: &Request, ops: &Operations) -> String {
    key(crate::auth::client_address(
        crate::auth::peer_address(request.extensions()),
        request.headers(),
        &ops.app.config.trusted_proxies,
    ))
}

/// At most `limit` requests in flight per address.
pub struct InFlight {
    limit: usize,
    held: Arc<Mutex<HashMap<String, usize>>>,
}

/// One request's place; frees it when dropped.
pub struct Place {
    key: String,
    held: Arc<Mutex<HashMap<String, usize>>>,
}

impl Drop for Place {
    fn drop(&mut self) {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = held.get_mut(&self.key) {
            *count -= 1;
            if *count == 0 {
                held.remove(&self.key);
            }
        }
    }
}

impl InFlight {
    pub fn new(limit: usize) -> Self {
        Self {
            limit,
            held: Arc::default(),
        }
    }

    /// A place for one more request from `key`, or `None` if it has `limit` already.
    /// The map holds only addresses with a request in flight.
    pub fn enter(&self, key: String) -> Option<Place> {
        let mut held = self.held.lock().unwrap_or_else(PoisonError::into_inner);
        let count = held.entry(key.clone()).or_insert(0);
        if *count >= self.limit {
            return None;
        }
        *count += 1;
        Some(Place {
            key,
            held: self.held.clone(),
        })
    }
}

/// Addresses already noted in the current window, so a burst from one address is
/// noted once per window rather than once per request.
pub struct OncePerWindow {
    window_millis: i64,
    /// At most this many addresses are remembered; past it (a burst from very many
    /// addresses), further addresses are not noted until the window's entries expire.
    capacity: usize,
    noted: Mutex<HashMap<String, i64>>,
}

impl OncePerWindow {
    pub fn new(window_millis: i64, capacity: usize) -> Self {
        Self {
            window_millis,
            capacity,
            noted: Mutex::default(),
        }
    }

    /// Whether `key` should be noted at `now_millis` (and remembers that it was).
    pub fn first(&self, key: &str, now_millis: i64) -> bool {
        let mut noted = self.noted.lock().unwrap_or_else(PoisonError::into_inner);
        let current = |since: i64| now_millis.saturating_sub(since) < self.window_millis;
        if noted.get(key).is_some_and(|since| current(*since)) {
            return false;
        }
        if noted.len() >= self.capacity {
            noted.retain(|_, since| current(*since));
            if noted.len() >= self.capacity {
                return false;
            }
        }
        noted.insert(key.to_owned(), now_millis);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_of(text: &str) -> String {
        key(text.parse().ok())
    }

    #[test]
    fn ipv6_is_keyed_by_its_64_and_mapped_ipv4_as_ipv4() {
        assert_eq!(key_of("192.0.2.1"), "192.0.2.1");
        assert_eq!(key_of("::ffff:192.0.2.1"), "192.0.2.1");
        assert_eq!(key_of("2001:db8:1:2:3:4:5:6"), "2001:db8:1:2::/64");
        assert_eq!(key_of("2001:db8:1:2::1"), key_of("2001:db8:1:2:ffff::9"));
        assert_ne!(key_of("2001:db8:1:2::1"), key_of("2001:db8:1:3::1"));
        assert_eq!(key(None), "");
    }

    #[test]
    fn in_flight_is_capped_per_address_and_freed_on_drop() {
        let slots = InFlight::new(2);
        let a = slots.enter("a".into());
        let b = slots.enter("a".into());
        assert!(a.is_some() && b.is_some());
        assert!(slots.enter("a".into()).is_none());
        assert!(slots.enter("b".into()).is_some());
        drop(a);
        assert!(slots.enter("a".into()).is_some());
        drop(b);
        assert!(slots.held.lock().map(|h| h.is_empty()).unwrap_or(false));
    }

    #[test]
    fn noted_once_per_address_per_window_and_bounded() {
        let once = OncePerWindow::new(1000, 2);
        assert!(once.first("a", 0));
        assert!(!once.first("a", 999));
        assert!(once.first("b", 10));
        // Full: a third address is not noted until the window has passed.
        assert!(!once.first("c", 20));
        assert!(once.first("a", 1000));
        assert!(once.first("c", 1200));
    }
}
