//! Builds real .docx packages for tests: a body, optional extra parts, relationships.

use std::io::Write;

pub const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A .docx package with `body` (the inside of `w:body`) and extra parts.
pub fn docx(body: &str, extra: &[(&str, &str)]) -> Vec<u8> {
    package(body, extra, &[])
}

/// A .docx package whose body shows pictures: `media` are (file name under word/media/,
/// PNG bytes), related as `rIdImg0`, `rIdImg1` … in order; [`picture_run`] places one.
/// Media entries are stored, not deflated, as Word stores already compressed pictures.
pub fn docx_with_pictures(body: &str, media: &[(String, Vec<u8>)]) -> Vec<u8> {
    package(body, &[], media)
}

/// A .docx package with extra parts (a header and its own relationships, say) and
/// pictures related from the body as in [`docx_with_pictures`].
pub fn docx_with_parts_and_pictures(
    body: &str,
    extra: &[(&str, &str)],
    media: &[(String, Vec<u8>)],
) -> Vec<u8> {
    package(body, extra, media)
}

/// A run showing picture `rIdImg{index}` at `cm_wide` × `cm_high`, as Word writes one.
pub fn picture_run(index: usize, cm_wide: u32, cm_high: u32) -> String {
    let (cx, cy) = (cm_wide * 360_000, cm_high * 360_000);
    format!(
        r#"<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{id}" name="Bild {id}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="{id}" name="Bild {id}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg{index}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"#,
        id = index + 1
    )
}

/// A valid RGB PNG of `width` × `height` pixels of noise: incompressible, as a photo's
/// bytes are. Its image data is zlib-stored, so the file is about 3 × width × height bytes.
pub fn noise_png(width: u32, height: u32, seed: u64) -> Vec<u8> {
    let mut state = seed | 1;
    let stride = 1 + 3 * width as usize;
    let mut raw: Vec<u8> = (0..height as usize * stride)
        .map(|_| {
            // xorshift64: fast, and noise is all the picture needs to be.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect();
    for row in raw.chunks_mut(stride) {
        row[0] = 0; // filter: none
    }
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::none());
    zlib.write_all(&raw).expect("zlib");
    let data = zlib.finish().expect("zlib");
    let mut header = Vec::new();
    header.extend(width.to_be_bytes());
    header.extend(height.to_be_bytes());
    header.extend([8, 2, 0, 0, 0]); // 8 bits, RGB, deflate, adaptive filters, no interlace
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, body) in [(b"IHDR", header), (b"IDAT", data), (b"IEND", Vec::new())] {
        png.extend((body.len() as u32).to_be_bytes());
        let mut crc = flate2::Crc::new();
        crc.update(kind);
        crc.update(&body);
        png.extend(kind);
        png.extend(&body);
        png.extend(crc.sum().to_be_bytes());
    }
    png
}

fn package(body: &str, extra: &[(&str, &str)], media: &[(String, Vec<u8>)]) -> Vec<u8> {
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>"#
    );
    let mut rels = String::from(
        r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    rels.push_str(r#"<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://norrvik.se" TargetMode="External"/>"#);
    for (name, _) in extra {
        // A part's own relationships are no part the body relates.
        if let Some(file) = name
            .strip_prefix("word/")
            .filter(|f| !f.starts_with("_rels/"))
        {
            let kind = ["header", "footer", "footnotes", "endnotes", "comments"]
                .into_iter()
                .find(|k| file.starts_with(k))
                .unwrap_or("other");
            rels.push_str(&format!(
                r#"<Relationship Id="r{file}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{file}"/>"#
            ));
        }
    }
    for (index, (name, _)) in media.iter().enumerate() {
        rels.push_str(&format!(
            r#"<Relationship Id="rIdImg{index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/{name}"/>"#
        ));
    }
    rels.push_str("</Relationships>");
    let mut entries: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.into()),
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
        let stored = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored)
            .large_file(false);
        for (name, bytes) in media {
            zip.start_file(format!("word/media/{name}"), stored)
                .expect("entry");
            zip.write_all(bytes).expect("write");
        }
        zip.finish().expect("finish");
    }
    cursor.into_inner()
}

pub fn part_xml(root: &str, inner: &str) -> String {
    format!(r#"<?xml version="1.0"?><w:{root} xmlns:w="{W}">{inner}</w:{root}>"#)
}
