//! Rewrites a content stream by a plan: a removed glyph becomes positioning of exactly its
//! advance (so the glyphs after it in the operation stay put), a moved glyph is shown
//! again at its new place right after its operation, and the text matrices are left as
//! the original operation left them, so the operations that follow are untouched.

use super::redact::{OpRecord, StreamEdits};
use super::ExportError;
use crate::pdf::interpret::{number, Matrix};
use lopdf::content::Operation;
use lopdf::{Object, StringFormat};

/// The operations of a stream with the edits applied.
pub fn rewrite(ops: Vec<Operation>, edits: &StreamEdits) -> Result<Vec<Operation>, ExportError> {
    let mut out = Vec::with_capacity(ops.len());
    for (index, op) in ops.into_iter().enumerate() {
        let index = index as u32;
        if edits.dropped.contains(&index) {
            continue;
        }
        match edits.ops.get(&index) {
            Some(record) => out.extend(rewrite_text(op, index, record, edits)?),
            None => out.push(op),
        }
    }
    Ok(out)
}

fn mismatch() -> ExportError {
    ExportError::Internal("a text operation does not match what was recorded".into())
}

/// One text-showing operation, rewritten.
fn rewrite_text(
    op: Operation,
    index: u32,
    record: &OpRecord,
    edits: &StreamEdits,
) -> Result<Vec<Operation>, ExportError> {
    let mut operands = op.operands.into_iter();
    let (mut out, shown): (Vec<Operation>, Object) = match op.operator.as_str() {
        "Tj" | "TJ" => (Vec::new(), operands.next().ok_or_else(mismatch)?),
        "'" => (
            vec![Operation::new("T*", vec![])],
            operands.next().ok_or_else(mismatch)?,
        ),
        "\"" => {
            let (aw, ac) = (
                operands.next().ok_or_else(mismatch)?,
                operands.next().ok_or_else(mismatch)?,
            );
            (
                vec![
                    Operation::new("Tw", vec![aw]),
                    Operation::new("Tc", vec![ac]),
                    Operation::new("T*", vec![]),
                ],
                operands.next().ok_or_else(mismatch)?,
            )
        }
        _ => return Err(mismatch()),
    };
    let items = match shown {
        Object::Array(items) => items,
        other => vec![other],
    };
    let scale = record.end.font_size * record.end.horizontal_scale;
    if scale.abs() < 1e-6 {
        return Err(ExportError::Internal(
            "text shown at size zero cannot be re-placed".into(),
        ));
    }
    let mut array = TjArray::default();
    let mut glyph = 0usize;
    for item in items {
        match item {
            Object::String(bytes, _) => {
                let mut pos = 0;
                while pos < bytes.len() {
                    let (code, advance, _) = record.glyphs.get(glyph).ok_or_else(mismatch)?;
                    if !bytes[pos..].starts_with(code) {
                        return Err(mismatch());
                    }
                    let key = (index, glyph as u32);
                    if edits.removed.contains(&key) || edits.moved.contains_key(&key) {
                        array.number(-advance * 1000.0 / scale);
                    } else {
                        array.bytes(code);
                    }
                    pos += code.len();
                    glyph += 1;
                }
            }
            other => array.number(number(&other).unwrap_or(0.0)),
        }
    }
    if glyph != record.glyphs.len() {
        return Err(mismatch());
    }
    out.push(Operation::new("TJ", vec![Object::Array(array.finish())]));
    out.extend(moved_glyphs(index, record, edits, scale));
    Ok(out)
}

/// The moved glyphs of an operation shown at their new place, then the text matrix and
/// line matrix set back to what the original operation left.
fn moved_glyphs(index: u32, record: &OpRecord, edits: &StreamEdits, scale: f32) -> Vec<Operation> {
    let mut out = Vec::new();
    for (i, (code, _, tm)) in record.glyphs.iter().enumerate() {
        if let Some(delta) = edits.moved.get(&(index, i as u32)) {
            out.push(matrix_op(&Matrix::translate(*delta, 0.0).then(tm)));
            out.push(Operation::new(
                "Tj",
                vec![Object::String(code.clone(), StringFormat::Hexadecimal)],
            ));
        }
    }
    if out.is_empty() {
        return out;
    }
    let line = record.end.line_matrix;
    out.push(matrix_op(&line));
    let [a, b, _, _, e, f] = line.0;
    let [.., e2, f2] = record.end.text_matrix.0;
    let norm = a * a + b * b;
    let along = if norm > 0.0 {
        ((e2 - e) * a + (f2 - f) * b) / norm
    } else {
        0.0
    };
    out.push(Operation::new(
        "TJ",
        vec![Object::Array(vec![Object::Real(-along * 1000.0 / scale)])],
    ));
    out
}

fn matrix_op(m: &Matrix) -> Operation {
    Operation::new("Tm", m.0.iter().map(|&v| Object::Real(v)).collect())
}

/// A TJ array being built: adjacent bytes joined into one string, adjacent numbers summed.
#[derive(Default)]
struct TjArray {
    items: Vec<Object>,
    text: Vec<u8>,
    adjust: f32,
}

impl TjArray {
    fn bytes(&mut self, code: &[u8]) {
        if self.adjust != 0.0 {
            self.flush_text();
            self.items.push(Object::Real(self.adjust));
            self.adjust = 0.0;
        }
        self.text.extend_from_slice(code);
    }

    fn number(&mut self, value: f32) {
        self.flush_text();
        self.adjust += value;
    }

    fn flush_text(&mut self) {
        if !self.text.is_empty() {
            self.items.push(Object::String(
                std::mem::take(&mut self.text),
                StringFormat::Hexadecimal,
            ));
        }
    }

    fn finish(mut self) -> Vec<Object> {
        self.flush_text();
        if self.adjust != 0.0 {
            self.items.push(Object::Real(self.adjust));
        }
        self.items
    }
}
