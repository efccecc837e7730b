//! Builds real .docx packages for tests: a body, optional extra parts, relationships.

use std::io::Write;

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A .docx package with `body` (the inside of `w:body`) and extra parts.
pub fn docx(body: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>"#
    );
    let mut rels = String::from(
        r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    rels.push_str(r#"<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://norrvik.se" TargetMode="External"/>"#);
    for (name, _) in extra {
        if let Some(file) = name.strip_prefix("word/") {
            let kind = ["header", "footer", "footnotes", "endnotes", "comments"]
                .into_iter()
                .find(|k| file.starts_with(k))
                .unwrap_or("other");
            rels.push_str(&format!(
                r#"<Relationship Id="r{file}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{file}"/>"#
            ));
        }
    }
    rels.push_str("</Relationships>");
    let mut entries: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#.into()),
        ("_rels/.rels".into(), r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.into()),
        ("word/document.xml".into(), document),
        ("word/_rels/document.xml.rels".into(), rels),
    ];
    entries.extend(extra.iter().map(|(n, c)| (n.to_string(), c.to_string())));
    let mut cursor = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut cursor);
        let options = zip::write::SimpleFileOptions::default();
        for (name, content) in entries {
            zip.start_file(name, options).expect("entry");
            zip.write_all(content.as_bytes()).expect("write");
        }
        zip.finish().expect("finish");
    }
    cursor.into_inner()
}

pub fn part_xml(root: &str, inner: &str) -> String {
    format!(r#"<?xml version="1.0"?><w:{root} xmlns:w="{W}">{inner}</w:{root}>"#)
}
