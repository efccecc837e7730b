//! Review: the user's decisions over the candidates, resolved into the masks export applies.
//!
//! A decisions file (cli-contract: `--decisions D.json`) says mask or keep per candidate
//! id, adds manual masks of any span, and puts whole §§ under secrecy. Without a decision a
//! candidate's suggestion stands. The guideline's limits are enforced here, once, for the
//! CLI and the app alike: a locked rule cannot be kept, and rules whose keeping needs a
//! reason get one.

pub mod session;

use crate::detect::{Candidate, Rulebook, Structure, Suggestion};
use crate::ingest::Document;
use crate::locale::Lang;
use serde::{Deserialize, Serialize};

/// The decisions file as written by the app or by hand.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Decisions {
    pub decisions: Vec<Decision>,
    pub manual: Vec<ManualMask>,
    pub secrecy: Vec<SecrecyChoice>,
}

/// Mask or keep one candidate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub id: String,
    pub action: Action,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who decided and when (RFC 3339), as the app records it; the audit note falls back
    /// to the signer and the export time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    Mask,
    Keep,
}

/// A span the user marked by hand.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManualMask {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    pub paragraph: usize,
    pub start: usize,
    pub end: usize,
    pub rule: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A § put under secrecy: any paragraph of it (its heading, usually) and the provision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SecrecyChoice {
    pub paragraph: usize,
    pub provision: String,
}

/// What a mask removes.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum MaskKind {
    /// Characters of the text.
    Text,
    /// A whole image (index into the document's images).
    Image { image: usize },
    /// A § body under secrecy: removed, and "Sekretess enligt <provision>." written instead.
    Secrecy { provision: String },
}

/// One thing export must remove: a character range from `(paragraph, start)` to
/// `(end_paragraph, end)`, end exclusive, over the paragraphs [`Document::span`] counts in
/// it (a § body over a page break leaves out the running footer and header between).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mask {
    pub rule: String,
    pub paragraph: usize,
    pub start: usize,
    pub end_paragraph: usize,
    pub end: usize,
    pub kind: MaskKind,
}

impl Mask {
    /// The masked text, paragraphs joined by a blank line (empty for an image).
    pub fn text(&self, doc: &Document) -> String {
        if matches!(self.kind, MaskKind::Image { .. }) {
            return String::new();
        }
        let mut parts = Vec::new();
        for index in self.paragraphs(doc) {
            let p = &doc.paragraphs[index];
            let from = if index == self.paragraph {
                self.start
            } else {
                0
            };
            let to = if index == self.end_paragraph {
                self.end
            } else {
                p.char_count()
            };
            parts.push(
                p.text
                    .chars()
                    .skip(from)
                    .take(to.saturating_sub(from))
                    .collect::<String>(),
            );
        }
        parts.join("\n\n")
    }

    /// The paragraphs the mask covers some of, in order.
    pub fn paragraphs<'d>(&self, doc: &'d Document) -> impl Iterator<Item = usize> + 'd {
        doc.span(self.range())
    }

    /// Whether the mask covers some of paragraph `index`.
    pub fn touches(&self, doc: &Document, index: usize) -> bool {
        doc.in_span(&self.range(), index)
    }

    /// Whether character `at` of paragraph `index` is masked.
    pub fn covers(&self, doc: &Document, index: usize, at: usize) -> bool {
        let after_start = index > self.paragraph || (index == self.paragraph && at >= self.start);
        let before_end =
            index < self.end_paragraph || (index == self.end_paragraph && at < self.end);
        after_start && before_end && self.touches(doc, index)
    }

    /// The paragraphs from the first to the last, as a range.
    fn range(&self) -> std::ops::Range<usize> {
        self.paragraph..self.end_paragraph.saturating_add(1)
    }
}

/// A decision the guideline does not allow, or a file that does not fit the document.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewError {
    UnknownCandidate(String),
    LockedKept {
        id: String,
        rule: String,
    },
    ReasonMissing {
        id: String,
        rule: String,
    },
    ManualOutOfRange {
        paragraph: usize,
    },
    UnknownRule(String),
    NotASection {
        paragraph: usize,
    },
    /// The review could not be saved (the change is not kept).
    NotSaved(String),
}

impl ReviewError {
    pub fn message(&self, lang: Lang) -> String {
        use ReviewError::*;
        match (self, lang) {
            (UnknownCandidate(id), Lang::Swedish) => {
                format!("beslutet gäller kandidaten {id}, som inte finns i dokumentet")
            }
            (UnknownCandidate(id), Lang::English) => {
                format!("a decision names candidate {id}, which is not in the document")
            }
            (LockedKept { id, rule }, Lang::Swedish) => format!(
                "kandidaten {id} ({rule}) är låst och får inte lämnas kvar enligt riktlinjen"
            ),
            (LockedKept { id, rule }, Lang::English) => format!(
                "candidate {id} ({rule}) is locked: the guideline does not allow keeping it"
            ),
            (ReasonMissing { id, rule }, Lang::Swedish) => format!(
                "kandidaten {id} ({rule}) får bara lämnas kvar med ett skäl (t.ex. samtycke)"
            ),
            (ReasonMissing { id, rule }, Lang::English) => {
                format!("candidate {id} ({rule}) can only be kept with a reason (e.g. consent)")
            }
            (ManualOutOfRange { paragraph }, Lang::Swedish) => {
                format!("en manuell maskering pekar utanför stycke {paragraph}")
            }
            (ManualOutOfRange { paragraph }, Lang::English) => {
                format!("a manual mask points outside paragraph {paragraph}")
            }
            (UnknownRule(rule), Lang::Swedish) => format!("okänd regel {rule}"),
            (UnknownRule(rule), Lang::English) => format!("unknown rule {rule}"),
            (NotASection { paragraph }, Lang::Swedish) => {
                format!("stycke {paragraph} hör inte till någon § och kan inte sekretessbeläggas")
            }
            (NotASection { paragraph }, Lang::English) => {
                format!("paragraph {paragraph} is in no § and cannot be put under secrecy")
            }
            (NotSaved(e), Lang::Swedish) => format!("granskningen kunde inte sparas ({e})"),
            (NotSaved(e), Lang::English) => format!("the review could not be saved ({e})"),
        }
    }
}

/// The masks the decisions ask for, in document order.
pub fn resolve(
    doc: &Document,
    structure: &Structure,
    candidates: &[Candidate],
    decisions: &Decisions,
    rulebook: &Rulebook,
) -> Result<Vec<Mask>, ReviewError> {
    for d in &decisions.decisions {
        let Some(c) = candidates.iter().find(|c| c.id == d.id) else {
            return Err(ReviewError::UnknownCandidate(d.id.clone()));
        };
        check_keep(c, d, rulebook)?;
    }
    let mut masks: Vec<Mask> = candidates
        .iter()
        .filter(|c| action_for(c, decisions) == Action::Mask)
        .map(mask_of_candidate)
        .collect();
    for m in &decisions.manual {
        masks.push(manual_mask(doc, m, rulebook)?);
    }
    for s in &decisions.secrecy {
        masks.push(secrecy_mask(structure, s)?);
    }
    masks.sort_by_key(|m| (m.paragraph, m.start));
    Ok(masks)
}

/// The user's decision, or the suggestion when there is none.
pub fn action_for(c: &Candidate, decisions: &Decisions) -> Action {
    match decisions.decisions.iter().find(|d| d.id == c.id) {
        Some(d) => d.action,
        None if c.suggestion == Suggestion::Mask => Action::Mask,
        None => Action::Keep,
    }
}

pub(crate) fn check_keep(
    c: &Candidate,
    d: &Decision,
    rulebook: &Rulebook,
) -> Result<(), ReviewError> {
    if d.action != Action::Keep || c.suggestion == Suggestion::Keep {
        return Ok(());
    }
    if c.locked {
        return Err(ReviewError::LockedKept {
            id: c.id.clone(),
            rule: c.rule.clone(),
        });
    }
    let needs_reason = rulebook
        .rule(&c.rule)
        .is_some_and(|r| r.keep_requires_reason);
    if needs_reason && d.reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
        return Err(ReviewError::ReasonMissing {
            id: c.id.clone(),
            rule: c.rule.clone(),
        });
    }
    Ok(())
}

fn mask_of_candidate(c: &Candidate) -> Mask {
    let l = &c.location;
    let kind = match (l.image, &c.provision) {
        (Some(image), _) => MaskKind::Image { image },
        (None, Some(provision)) if c.rule == "sekretess" => MaskKind::Secrecy {
            provision: provision.clone(),
        },
        _ => MaskKind::Text,
    };
    Mask {
        rule: c.rule.clone(),
        paragraph: l.paragraph,
        start: l.start,
        end_paragraph: l.end_paragraph.unwrap_or(l.paragraph),
        end: l.end,
        kind,
    }
}

pub(crate) fn manual_mask(
    doc: &Document,
    m: &ManualMask,
    rulebook: &Rulebook,
) -> Result<Mask, ReviewError> {
    if rulebook.rule(&m.rule).is_none() {
        return Err(ReviewError::UnknownRule(m.rule.clone()));
    }
    let fits = doc
        .paragraphs
        .get(m.paragraph)
        .is_some_and(|p| m.start < m.end && m.end <= p.char_count());
    if !fits {
        return Err(ReviewError::ManualOutOfRange {
            paragraph: m.paragraph,
        });
    }
    Ok(Mask {
        rule: m.rule.clone(),
        paragraph: m.paragraph,
        start: m.start,
        end_paragraph: m.paragraph,
        end: m.end,
        kind: MaskKind::Text,
    })
}

fn secrecy_mask(structure: &Structure, s: &SecrecyChoice) -> Result<Mask, ReviewError> {
    let section = structure
        .section_of(s.paragraph)
        .filter(|sec| !sec.body.is_empty())
        .ok_or(ReviewError::NotASection {
            paragraph: s.paragraph,
        })?;
    Ok(Mask {
        rule: "sekretess".to_string(),
        paragraph: section.body.start,
        start: 0,
        end_paragraph: section.body.end - 1,
        end: usize::MAX,
        kind: MaskKind::Secrecy {
            provision: s.provision.clone(),
        },
    })
}
