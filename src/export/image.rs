//! Blanking the part of an image a mask covers, in the pixel data itself (covering it
//! with a box would leave the pixels in the file).
//!
//! Handled: 8-bit Gray, RGB and CMYK samples, uncompressed or Flate (with or without PNG
//! predictors, which lopdf undoes). Anything else (JPEG, JPEG 2000, CCITT, JBIG2, indexed
//! or 1-bit images) is not edited here: the caller blanks the whole image instead.

use lopdf::{Document, Object, ObjectId};

/// Blanks `region` (fractions of the image from its top-left corner) to black; false
/// when the image's encoding is not one this module edits.
pub fn blank_region(pdf: &mut Document, id: ObjectId, region: [f32; 4]) -> bool {
    let Some((width, height, components)) = geometry(pdf, id) else {
        return false;
    };
    let Ok(stream) = pdf.get_object_mut(id).and_then(Object::as_stream_mut) else {
        return false;
    };
    let filters = stream.filters().unwrap_or_default();
    if !filters.iter().all(|f| f == b"FlateDecode") {
        return false;
    }
    let data = if filters.is_empty() {
        stream.content.clone()
    } else {
        match stream.decompressed_content() {
            Ok(d) => d,
            Err(_) => return false,
        }
    };
    let row = width * components;
    if data.len() < row * height {
        return false;
    }
    let mut data = data;
    let x0 = (region[0] * width as f32).floor() as usize;
    let x1 = ((region[2] * width as f32).ceil() as usize).min(width);
    let y0 = (region[1] * height as f32).floor() as usize;
    let y1 = ((region[3] * height as f32).ceil() as usize).min(height);
    let black: &[u8] = match components {
        4 => &[0, 0, 0, 255],
        3 => &[0, 0, 0],
        _ => &[0],
    };
    for y in y0..y1 {
        for x in x0..x1 {
            let at = y * row + x * components;
            data[at..at + components].copy_from_slice(black);
        }
    }
    stream.dict.remove(b"Filter");
    stream.dict.remove(b"DecodeParms");
    // A soft mask could still draw the covered shapes: the image becomes opaque.
    stream.dict.remove(b"SMask");
    stream.set_content(data);
    true
}

/// Width, height and colour components of an 8-bit image this module can edit.
fn geometry(pdf: &Document, id: ObjectId) -> Option<(usize, usize, usize)> {
    let dict = &pdf.get_object(id).ok()?.as_stream().ok()?.dict;
    let int = |key: &[u8]| dict.get(key).ok().and_then(|o| o.as_i64().ok());
    if int(b"BitsPerComponent")? != 8 || dict.has(b"ImageMask") {
        return None;
    }
    let (w, h) = (int(b"Width")?, int(b"Height")?);
    if w <= 0 || h <= 0 || w * h > 100_000_000 {
        return None;
    }
    let space = match dict.get(b"ColorSpace").ok()? {
        Object::Reference(r) => pdf.get_object(*r).ok()?,
        other => other,
    };
    let components = match space {
        Object::Name(n) if n == b"DeviceGray" => 1,
        Object::Name(n) if n == b"DeviceRGB" => 3,
        Object::Name(n) if n == b"DeviceCMYK" => 4,
        Object::Array(a) if a.first().and_then(|o| o.as_name().ok()) == Some(b"ICCBased") => {
            let profile = match a.get(1)? {
                Object::Reference(r) => pdf.get_object(*r).ok()?.as_stream().ok()?,
                _ => return None,
            };
            profile.dict.get(b"N").ok()?.as_i64().ok()? as usize
        }
        _ => return None,
    };
    Some((w as usize, h as usize, components))
}
