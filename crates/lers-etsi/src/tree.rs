//! The element tree both the XML and the JSON form are read into, bounded by [`Limits`],
//! and the path-tracking accessors the model is built with.

use crate::error::{BadValue, MessageError};
use crate::ns::Ns;

/// Bounds on an incoming message; anything larger is refused before or while parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The whole message, checked before parsing starts.
    pub max_bytes: usize,
    /// Nesting depth of elements (JSON: of objects and arrays).
    pub max_depth: usize,
    /// Number of elements in the message.
    pub max_elements: usize,
    /// Bytes of text in one element (a document body is one text).
    pub max_text: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: 16 * 1024 * 1024,
            max_depth: 32,
            max_elements: 20_000,
            max_text: 16 * 1024 * 1024,
        }
    }
}

/// The `xsi:type` of an element, resolved to its namespace URI.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TypeName {
    pub ns: String,
    pub local: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Element {
    pub ns: Ns,
    pub name: String,
    pub xsi_type: Option<TypeName>,
    pub text: String,
    pub children: Vec<Element>,
}

impl Element {
    pub fn new(ns: Ns, name: &str) -> Self {
        Element {
            ns,
            name: name.to_owned(),
            xsi_type: None,
            text: String::new(),
            children: Vec::new(),
        }
    }
}

/// An element and where it is.
#[derive(Clone, Copy)]
pub(crate) struct Node<'a> {
    pub el: &'a Element,
    pub path: &'a str,
}

/// Owned path for a node found below another.
pub(crate) struct Found<'a> {
    pub el: &'a Element,
    pub path: String,
}

impl<'a> Found<'a> {
    pub fn node(&self) -> Node<'_> {
        Node {
            el: self.el,
            path: &self.path,
        }
    }
}

impl<'a> Node<'a> {
    pub fn at(&self, name: &str) -> String {
        format!("{}/{name}", self.path)
    }

    pub fn bad(&self, why: BadValue) -> MessageError {
        MessageError::BadValue {
            path: self.path.to_owned(),
            why,
        }
    }

    /// Refuses any child not in `allowed`.
    pub fn only(&self, allowed: &[(Ns, &str)]) -> Result<(), MessageError> {
        match self
            .el
            .children
            .iter()
            .find(|c| !allowed.iter().any(|(ns, n)| c.ns == *ns && c.name == *n))
        {
            Some(c) => Err(MessageError::Unexpected {
                path: self.at(&c.name),
            }),
            None => Ok(()),
        }
    }

    pub fn all(&self, ns: Ns, name: &str) -> Vec<Found<'a>> {
        let matching: Vec<&Element> = self
            .el
            .children
            .iter()
            .filter(|c| c.ns == ns && c.name == name)
            .collect();
        let many = matching.len() > 1;
        matching
            .into_iter()
            .enumerate()
            .map(|(i, el)| Found {
                el,
                path: if many {
                    format!("{}/{name}[{}]", self.path, i + 1)
                } else {
                    self.at(name)
                },
            })
            .collect()
    }

    pub fn opt(&self, ns: Ns, name: &str) -> Result<Option<Found<'a>>, MessageError> {
        let mut all = self.all(ns, name);
        if all.len() > 1 {
            return Err(MessageError::Repeated {
                path: self.at(name),
            });
        }
        Ok(all.pop())
    }

    pub fn req(&self, ns: Ns, name: &str) -> Result<Found<'a>, MessageError> {
        self.opt(ns, name)?.ok_or_else(|| MessageError::Missing {
            path: self.at(name),
        })
    }

    /// The element's text; refused when it has children, or is empty.
    pub fn text(&self) -> Result<&'a str, MessageError> {
        if !self.el.children.is_empty() {
            return Err(self.bad(BadValue::NotText));
        }
        let text = self.el.text.trim();
        if text.is_empty() {
            return Err(self.bad(BadValue::Empty));
        }
        Ok(text)
    }

    /// Text of an optional child, with the schema's maximum length.
    pub fn opt_text(&self, ns: Ns, name: &str, max: usize) -> Result<Option<String>, MessageError> {
        match self.opt(ns, name)? {
            Some(f) => Ok(Some(checked_len(f.node(), max)?)),
            None => Ok(None),
        }
    }

    pub fn req_text(&self, ns: Ns, name: &str, max: usize) -> Result<String, MessageError> {
        checked_len(self.req(ns, name)?.node(), max)
    }
}

fn checked_len(node: Node<'_>, max: usize) -> Result<String, MessageError> {
    let text = node.text()?;
    if text.chars().count() > max {
        return Err(node.bad(BadValue::TooLong));
    }
    Ok(text.to_owned())
}

/// TS 103 280 `ShortString` and `LongString`.
pub(crate) const SHORT: usize = 255;
pub(crate) const LONG: usize = 65_535;
