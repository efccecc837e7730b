//! DOCX reader (placeholder: being written).

use super::{Document, Problem};

pub fn read(_bytes: &[u8]) -> Result<Document, Problem> {
    Err(Problem::NotWordPackage)
}
