//! PDF machinery shared by the stages: the content-stream interpreter that drives a
//! [`interpret::Device`], and font decoding (encodings, ToUnicode CMaps, widths).
//!
//! Ingest (text extraction) and export (redaction) walk content streams through the same
//! interpreter, so they always agree on which glyph is where.

pub mod cmap;
pub mod content;
pub mod font;
pub mod interpret;
