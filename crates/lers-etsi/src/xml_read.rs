//! Reads the XML form into the element tree with quick-xml's `NsReader`: elements are
//! matched by namespace URI, a DOCTYPE is refused (so no DTD and no entity expansion),
//! only the five predefined entities and character references are accepted, and the
//! size, depth, element count and text length are bounded.

use quick_xml::events::{BytesRef, BytesStart, Event};
use quick_xml::name::{QName, ResolveResult};
use quick_xml::NsReader;

use crate::error::{BadValue, MessageError};
use crate::ns::{Ns, XSI};
use crate::tree::{Element, Limits, TypeName};

pub(crate) fn read(bytes: &[u8], limits: Limits) -> Result<Element, MessageError> {
    if bytes.len() > limits.max_bytes {
        return Err(MessageError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| MessageError::Malformed {
        position: e.valid_up_to() as u64,
        reason: "not UTF-8".into(),
    })?;
    let mut reader = NsReader::from_str(text);
    reader.config_mut().expand_empty_elements = true;
    let mut state = State {
        limits,
        stack: Vec::new(),
        root: None,
        elements: 0,
    };
    loop {
        let (resolved, event) = match reader.read_resolved_event() {
            Ok((resolved, event)) => (owned(resolved), event),
            Err(e) => {
                let reason = e.to_string();
                return Err(MessageError::Malformed {
                    position: reader.error_position(),
                    reason,
                });
            }
        };
        match event {
            Event::DocType(_) => return Err(MessageError::Doctype),
            Event::Start(start) => {
                let ns = match resolved {
                    Ok(ns) => ns,
                    Err(prefix) => {
                        return Err(MessageError::UnboundPrefix {
                            path: state.path_with(&local(&start)),
                            prefix: String::from_utf8_lossy(&prefix).into_owned(),
                        })
                    }
                };
                let xsi_type = xsi_type(&reader, &start, &state)?;
                state.open(&ns, &local(&start), xsi_type)?;
            }
            Event::End(_) => state.close(),
            Event::Text(t) => {
                let text = t.decode().map_err(|e| MessageError::Malformed {
                    position: reader.buffer_position(),
                    reason: e.to_string(),
                })?;
                state.text(&text)?;
            }
            Event::CData(t) => {
                let text = t.decode().map_err(|e| MessageError::Malformed {
                    position: reader.buffer_position(),
                    reason: e.to_string(),
                })?;
                state.text(&text)?;
            }
            Event::GeneralRef(r) => {
                let resolved = entity(&r, &state)?;
                state.text(&resolved)?;
            }
            Event::Eof => break,
            Event::Decl(decl) => {
                // The bytes were read as UTF-8; a declaration saying otherwise is a lie.
                let declared = decl.encoding().and_then(Result::ok);
                if declared.is_some_and(|e| !e.eq_ignore_ascii_case(b"utf-8")) {
                    return Err(MessageError::Malformed {
                        position: reader.buffer_position(),
                        reason: "the declared encoding is not UTF-8".into(),
                    });
                }
            }
            Event::PI(_) | Event::Comment(_) | Event::Empty(_) => {}
        }
    }
    if !state.stack.is_empty() {
        return Err(MessageError::Malformed {
            position: reader.buffer_position(),
            reason: format!("the message ends inside {}", state.path()),
        });
    }
    state.root.ok_or(MessageError::Missing {
        path: "HI1Message".into(),
    })
}

/// The namespace URI (empty when unbound), or the undeclared prefix.
fn owned(resolved: ResolveResult<'_>) -> Result<Vec<u8>, Vec<u8>> {
    match resolved {
        ResolveResult::Bound(ns) => Ok(ns.as_ref().to_vec()),
        ResolveResult::Unbound => Ok(Vec::new()),
        ResolveResult::Unknown(prefix) => Err(prefix),
    }
}

fn local(start: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(start.local_name().as_ref()).into_owned()
}

/// A character reference or one of the five predefined entities; anything else would
/// need a DTD, which is refused.
fn entity(r: &BytesRef<'_>, state: &State) -> Result<String, MessageError> {
    let name = String::from_utf8_lossy(r.as_ref()).into_owned();
    let unknown = || MessageError::UnknownEntity {
        path: state.path(),
        name: name.clone(),
    };
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) => Ok(c.to_string()),
            _ => Err(unknown()),
        };
    }
    quick_xml::escape::resolve_predefined_entity(&name)
        .map(str::to_owned)
        .ok_or_else(unknown)
}

/// The element's `xsi:type`, its prefix resolved through the namespaces in scope.
fn xsi_type(
    reader: &NsReader<&[u8]>,
    start: &BytesStart<'_>,
    state: &State,
) -> Result<Option<TypeName>, MessageError> {
    let path = || state.path_with(&local(start));
    for attr in start.attributes() {
        let attr = attr.map_err(|e| MessageError::Malformed {
            position: reader.buffer_position(),
            reason: e.to_string(),
        })?;
        if attr.key.as_namespace_binding().is_some() {
            continue;
        }
        let (ns, name) = reader.resolve_attribute(attr.key);
        let is_xsi = matches!(ns, ResolveResult::Bound(ns) if ns.as_ref() == XSI.as_bytes());
        if !is_xsi || name.as_ref() != b"type" {
            continue;
        }
        let value = attr
            .unescape_value()
            .map_err(|_| MessageError::UnknownEntity {
                path: path(),
                name: "in xsi:type".into(),
            })?;
        let qname = QName(value.trim().as_bytes());
        let (type_local, prefix) = qname.decompose();
        let ns = match reader.resolver().resolve_prefix(prefix, true) {
            ResolveResult::Bound(ns) => String::from_utf8_lossy(ns.as_ref()).into_owned(),
            ResolveResult::Unbound => String::new(),
            ResolveResult::Unknown(p) => {
                return Err(MessageError::UnboundPrefix {
                    path: path(),
                    prefix: String::from_utf8_lossy(&p).into_owned(),
                })
            }
        };
        return Ok(Some(TypeName {
            ns,
            local: String::from_utf8_lossy(type_local.as_ref()).into_owned(),
        }));
    }
    Ok(None)
}

struct State {
    limits: Limits,
    stack: Vec<Element>,
    root: Option<Element>,
    elements: usize,
}

impl State {
    fn path(&self) -> String {
        let names: Vec<&str> = self.stack.iter().map(|e| e.name.as_str()).collect();
        names.join("/")
    }

    fn path_with(&self, name: &str) -> String {
        match self.path() {
            p if p.is_empty() => name.to_owned(),
            p => format!("{p}/{name}"),
        }
    }

    fn open(
        &mut self,
        ns: &[u8],
        name: &str,
        xsi_type: Option<TypeName>,
    ) -> Result<(), MessageError> {
        let path = self.path_with(name);
        if self.root.is_some() {
            return Err(MessageError::Unexpected { path });
        }
        if self.stack.len() >= self.limits.max_depth {
            return Err(MessageError::TooDeep {
                path,
                limit: self.limits.max_depth,
            });
        }
        self.elements += 1;
        if self.elements > self.limits.max_elements {
            return Err(MessageError::TooManyElements {
                limit: self.limits.max_elements,
            });
        }
        let Some(ns) = Ns::from_uri(ns) else {
            return Err(MessageError::WrongNamespace {
                path,
                namespace: String::from_utf8_lossy(ns).into_owned(),
            });
        };
        if let Some(parent) = self.stack.last_mut() {
            if !parent.text.trim().is_empty() {
                return Err(MessageError::BadValue {
                    path: self.path(),
                    why: BadValue::NotText,
                });
            }
            parent.text.clear();
        }
        let mut element = Element::new(ns, name);
        element.xsi_type = xsi_type;
        self.stack.push(element);
        Ok(())
    }

    fn close(&mut self) {
        if let Some(done) = self.stack.pop() {
            match self.stack.last_mut() {
                Some(parent) => parent.children.push(done),
                None => self.root = Some(done),
            }
        }
    }

    fn text(&mut self, text: &str) -> Result<(), MessageError> {
        let path = self.path();
        let max = self.limits.max_text;
        match self.stack.last_mut() {
            Some(top) if !top.children.is_empty() => {
                if text.trim().is_empty() {
                    Ok(())
                } else {
                    Err(MessageError::BadValue {
                        path,
                        why: BadValue::NotText,
                    })
                }
            }
            Some(top) => {
                if top.text.len() + text.len() > max {
                    return Err(MessageError::TextTooLong { path, limit: max });
                }
                top.text.push_str(text);
                Ok(())
            }
            None if text.trim().is_empty() => Ok(()),
            None => Err(MessageError::Malformed {
                position: 0,
                reason: "text outside the root element".into(),
            }),
        }
    }
}
