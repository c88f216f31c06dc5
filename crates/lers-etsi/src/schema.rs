//! Which file of the V1.15.1 XSDs defines which namespace, and the wrapper schema that
//! gives `xmllint` all of them at once (ETSI's files import each other by namespace
//! only, without `schemaLocation`). `schemas/hi1-validate.xsd` is this wrapper for the
//! copy shipped in this crate; [`wrapper_xsd`] writes it for any directory holding the
//! same files, e.g. those of the PyPI package `ts103120` (`ts103120/data/1.15.1/xsd`).

/// Namespace URI → file name, in the order the wrapper imports them.
pub const XSD_FILES: [(&str, &str); 10] = [
    ("http://uri.etsi.org/03280/common/2017/07", "TS_103_280.xsd"),
    (
        "http://www.w3.org/2000/09/xmldsig#",
        "xmldsig-core-schema.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2016/02/Common",
        "ts_103120_Common.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2019/10/Core",
        "ts_103120_Core.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2020/09/Authorisation",
        "ts_103120_Authorisation.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2020/09/Task",
        "ts_103120_Task.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2020/09/Document",
        "ts_103120_Document.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2016/02/Notification",
        "ts_103120_Notification.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2019/10/Delivery",
        "ts_103120_Delivery.xsd",
    ),
    (
        "http://uri.etsi.org/03120/common/2022/07/TrafficPolicy",
        "ts_103120_TrafficPolicy.xsd",
    ),
];

/// A wrapper schema importing every namespace from the files in `xsd_dir` (an absolute
/// path, `/`-separated), written as `file://` URIs so that any directory name works.
pub fn wrapper_xsd(xsd_dir: &str) -> String {
    let base = file_uri(xsd_dir.trim_end_matches('/'));
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" \
         targetNamespace=\"urn:lers:etsi:validate\" elementFormDefault=\"qualified\">\n",
    );
    for (namespace, file) in XSD_FILES {
        out.push_str(&format!(
            "  <xs:import namespace=\"{namespace}\" schemaLocation=\"{base}/{file}\"/>\n"
        ));
    }
    out.push_str("</xs:schema>\n");
    out
}

/// `file://` + the path with every byte outside RFC 3986's unreserved set and `/`
/// percent-encoded (which also keeps it safe inside an XML attribute).
fn file_uri(path: &str) -> String {
    let mut uri = String::from("file://");
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wrapper_names_every_file_under_the_directory_as_a_file_uri() {
        let xsd = wrapper_xsd("/opt/ts 103120/1.15.1/xsd/");
        for (namespace, file) in XSD_FILES {
            assert!(xsd.contains(&format!(
                "namespace=\"{namespace}\" schemaLocation=\"file:///opt/ts%20103120/1.15.1/xsd/{file}\""
            )));
        }
    }

    #[test]
    fn characters_that_would_break_the_attribute_are_encoded() {
        assert_eq!(file_uri("/a\"b<c&d"), "file:///a%22b%3Cc%26d");
    }

    #[test]
    fn the_table_matches_the_shipped_wrapper() {
        let shipped = include_str!("../schemas/hi1-validate.xsd");
        for (namespace, file) in XSD_FILES {
            assert!(shipped.contains(&format!(
                "namespace=\"{namespace}\" schemaLocation=\"1.15.1/xsd/{file}\""
            )));
        }
    }
}
