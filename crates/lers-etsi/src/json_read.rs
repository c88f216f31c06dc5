//! Reads the JSON form of TS 103 120 (as in `schemas/1.15.1/json`) into the same element
//! tree as the XML form: members of the core namespace are unprefixed, the others carry
//! a fixed prefix (`"auth:AuthorisationReference"`, `"common:Owner"`), repeated elements
//! are arrays, and an object's type is its `"@xsi:type"` member in Clark notation
//! (`"{http://uri.etsi.org/03120/common/2020/09/Task}LDTaskObject"`).

use serde_json::Value;

use crate::error::{BadValue, MessageError};
use crate::ns::Ns;
use crate::tree::{Element, Limits, TypeName};

pub(crate) fn read(bytes: &[u8], limits: Limits) -> Result<Element, MessageError> {
    if bytes.len() > limits.max_bytes {
        return Err(MessageError::TooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| MessageError::Malformed {
        position: byte_offset(bytes, e.line(), e.column()),
        reason: e.to_string(),
    })?;
    // The schema's document is the HI1Message object itself; a wrapper naming it is
    // accepted too.
    let value = match &value {
        Value::Object(map) if map.len() == 1 && map.contains_key("HI1Message") => {
            map.get("HI1Message").cloned().unwrap_or(Value::Null)
        }
        _ => value,
    };
    let mut count = 0;
    let mut root = Element::new(Ns::Core, "HI1Message");
    fill(&mut root, &value, "HI1Message", 1, limits, &mut count)?;
    Ok(root)
}

fn fill(
    element: &mut Element,
    value: &Value,
    path: &str,
    depth: usize,
    limits: Limits,
    count: &mut usize,
) -> Result<(), MessageError> {
    if depth > limits.max_depth {
        return Err(MessageError::TooDeep {
            path: path.to_owned(),
            limit: limits.max_depth,
        });
    }
    *count += 1;
    if *count > limits.max_elements {
        return Err(MessageError::TooManyElements {
            limit: limits.max_elements,
        });
    }
    let bad = |why| MessageError::BadValue {
        path: path.to_owned(),
        why,
    };
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                if key == "@xsi:type" {
                    let Value::String(name) = member else {
                        return Err(bad(BadValue::JsonType));
                    };
                    element.xsi_type = Some(type_name(name));
                    continue;
                }
                if key.starts_with('@') {
                    continue; // namespace declarations and other annotations
                }
                let child_path = format!("{path}/{key}");
                let (ns, name) = member_name(key).ok_or_else(|| MessageError::UnboundPrefix {
                    path: child_path.clone(),
                    prefix: key.split(':').next().unwrap_or_default().to_owned(),
                })?;
                let items: &[Value] = match member {
                    Value::Array(items) => items,
                    single => std::slice::from_ref(single),
                };
                for item in items {
                    if item.is_array() {
                        return Err(MessageError::BadValue {
                            path: child_path,
                            why: BadValue::JsonType,
                        });
                    }
                    let mut child = Element::new(ns, name);
                    fill(&mut child, item, &child_path, depth + 1, limits, count)?;
                    element.children.push(child);
                }
            }
        }
        Value::String(text) => element.text = text.clone(),
        Value::Number(n) => element.text = n.to_string(),
        Value::Bool(b) => element.text = b.to_string(),
        Value::Null | Value::Array(_) => return Err(bad(BadValue::JsonType)),
    }
    if element.text.len() > limits.max_text {
        return Err(MessageError::TextTooLong {
            path: path.to_owned(),
            limit: limits.max_text,
        });
    }
    Ok(())
}

fn member_name(key: &str) -> Option<(Ns, &str)> {
    match key.split_once(':') {
        Some((prefix, name)) => Ns::from_json_prefix(prefix).map(|ns| (ns, name)),
        None => Some((Ns::Core, key)),
    }
}

/// `{uri}Local` (as the schemas give it) or `prefix:Local` with a JSON prefix.
fn type_name(text: &str) -> TypeName {
    if let Some((uri, local)) = text.strip_prefix('{').and_then(|t| t.split_once('}')) {
        return TypeName {
            ns: uri.to_owned(),
            local: local.to_owned(),
        };
    }
    match member_name(text) {
        Some((ns, local)) => TypeName {
            ns: ns.uri().to_owned(),
            local: local.to_owned(),
        },
        None => TypeName {
            ns: String::new(),
            local: text.to_owned(),
        },
    }
}

/// serde_json reports 1-based line and column; `MessageError::Malformed` wants a byte.
fn byte_offset(bytes: &[u8], line: usize, column: usize) -> u64 {
    let line_start: usize = bytes
        .split(|b| *b == b'\n')
        .take(line.saturating_sub(1))
        .map(|l| l.len() + 1)
        .sum();
    (line_start + column.saturating_sub(1)) as u64
}
