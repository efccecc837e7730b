//! The kind of document: only a justerat protokoll, a kallelse, a kungörelse or a diarium
//! may carry personal data onto the web; anything else gets a warning.

use crate::ingest::Document;
use serde::Serialize;

/// Document kinds of the command-line contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Protokoll,
    Kallelse,
    Kungorelse,
    Diarium,
    Bilaga,
    Okand,
}

/// Words that, opening one of the first paragraphs, name the kind.
const OPENERS: &[(&str, Kind)] = &[
    ("bilaga", Kind::Bilaga),
    ("sammanträdesprotokoll", Kind::Protokoll),
    ("justerat protokoll", Kind::Protokoll),
    ("protokoll", Kind::Protokoll),
    ("kallelse", Kind::Kallelse),
    ("kungörelse", Kind::Kungorelse),
    ("diarieförteckning", Kind::Diarium),
    ("diarium", Kind::Diarium),
];

/// How many paragraphs from the top are looked at.
const HEAD: usize = 12;

/// Recognises the kind from the words that open the first paragraphs.
pub fn document_kind(doc: &Document) -> Kind {
    for p in doc.paragraphs.iter().take(HEAD) {
        let text = p.text.trim_start().to_lowercase();
        for (word, kind) in OPENERS {
            if text.starts_with(word) {
                return *kind;
            }
        }
    }
    Kind::Okand
}

/// The warning for kinds the guideline does not allow to be published with personal data.
pub fn kind_warning(kind: Kind) -> Option<String> {
    match kind {
        Kind::Protokoll | Kind::Kallelse | Kind::Kungorelse | Kind::Diarium => None,
        Kind::Bilaga => Some(
            "Dokumentet ser ut att vara en bilaga. Handlingar tillhörande föredragningslistor och bilagor till protokoll bör inte publiceras på hemsidan."
                .into(),
        ),
        Kind::Okand => Some(
            "Dokumenttypen kunde inte avgöras. Endast diarium, kallelse, kungörelse och justerat protokoll får publiceras med personuppgifter."
                .into(),
        ),
    }
}
