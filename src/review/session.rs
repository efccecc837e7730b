//! A review in progress: the decisions over one document's candidates, every change saved
//! at once to the user's data directory (atomically, readable by the user only), with
//! undo and redo. Opening the same document again (same SHA-256) restores the review;
//! opening a changed version of it (same file name) re-anchors each decision by its text
//! and context and reports those it cannot place. A review can be deleted, and with it the
//! personal data it holds (the integrity policy: kept no longer than needed).

use super::{check_keep, Action, Decision, Decisions, ManualMask, ReviewError, SecrecyChoice};
use crate::detect::{Candidate, Rulebook};
use crate::ingest::Document;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The format of a review file.
pub const FORMAT: &str = "maskera-granskningsarbete/1";

/// Characters of context kept on each side of a decision, to find it again in a changed
/// version of the document.
const CONTEXT: usize = 30;

/// What is saved for a review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewFile {
    pub format: String,
    pub document: String,
    pub sha256: String,
    pub saved: String,
    pub decisions: Decisions,
    /// For each decision and manual mask: its text and context, for re-anchoring.
    pub anchors: Vec<Anchor>,
}

/// Where a decision stood: its text and what came before and after it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Anchor {
    /// The candidate id, or `manuell-N` (index into `manual`, 0-based).
    pub id: String,
    pub rule: String,
    pub text: String,
    pub before: String,
    pub after: String,
}

/// A decision of an earlier version that could not be placed in this one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unplaced {
    pub rule: String,
    pub action: String,
}

/// Where reviews are kept: one file per document version, named by its SHA-256.
#[derive(Debug, Clone)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub fn new(dir: impl Into<PathBuf>) -> Store {
        Store { dir: dir.into() }
    }

    /// `MASKERA_DATA_DIR`, else the OS's data directory (e.g. `~/.local/share/maskera`),
    /// with `granskningar/` below it.
    pub fn default_location() -> Store {
        let base = std::env::var_os("MASKERA_DATA_DIR")
            .map(PathBuf::from)
            .or_else(|| dirs::data_dir().map(|d| d.join("maskera")))
            .unwrap_or_else(|| PathBuf::from(".maskera"));
        Store::new(base.join("granskningar"))
    }

    pub fn path(&self, sha256: &str) -> PathBuf {
        self.dir.join(format!("{sha256}.json"))
    }

    pub fn load(&self, sha256: &str) -> Option<ReviewFile> {
        read_review(&self.path(sha256))
    }

    pub fn save(&self, review: &ReviewFile) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(review).map_err(std::io::Error::other)?;
        crate::files::write_atomic(&self.path(&review.sha256), &json, true)
    }

    /// Deletes the review of a document version (and any half-written copy a crash left);
    /// true if there was one.
    pub fn delete(&self, sha256: &str) -> bool {
        self.sweep(sha256);
        std::fs::remove_file(self.path(sha256)).is_ok()
    }

    /// Removes temporary files a killed writer left for this document: they hold the
    /// same personal data as the review.
    pub fn sweep(&self, sha256: &str) {
        let prefix = format!(".{sha256}.json.");
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            if name.starts_with(&prefix) && name.ends_with(".tmp") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// The most recently saved review of another version of the document `name`.
    fn earlier_version(&self, name: &str, sha256: &str) -> Option<ReviewFile> {
        let entries = std::fs::read_dir(&self.dir).ok()?;
        entries
            .flatten()
            .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
            .filter_map(|e| read_review(&e.path()))
            .filter(|r| r.document == name && r.sha256 != sha256)
            .max_by(|a, b| a.saved.cmp(&b.saved))
    }
}

fn read_review(path: &Path) -> Option<ReviewFile> {
    let bytes = std::fs::read(path).ok()?;
    serde_json::from_slice::<ReviewFile>(&bytes)
        .ok()
        .filter(|r| r.format == FORMAT)
}

/// How a review was opened.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Opened {
    /// Decisions restored (same version, or re-anchored from an earlier one).
    pub restored: usize,
    /// From an earlier version of the document.
    pub from_earlier_version: bool,
    pub unplaced: Vec<Unplaced>,
}

/// A review in progress.
/// It shares the document, its candidates and the rulebook (an app holds them beside it).
pub struct Session {
    doc: Arc<Document>,
    name: String,
    candidates: Arc<[Candidate]>,
    rulebook: Arc<Rulebook>,
    store: Store,
    reviewer: String,
    state: Decisions,
    undo: Vec<Decisions>,
    redo: Vec<Decisions>,
}

impl Session {
    /// Opens the review of `doc` (named `name`), restoring or re-anchoring what was saved.
    pub fn open(
        doc: Arc<Document>,
        name: &str,
        candidates: Arc<[Candidate]>,
        rulebook: Arc<Rulebook>,
        store: Store,
        reviewer: &str,
    ) -> (Session, Opened) {
        let mut session = Session {
            doc,
            name: name.to_string(),
            candidates,
            rulebook,
            store,
            reviewer: reviewer.to_string(),
            state: Decisions::default(),
            undo: Vec::new(),
            redo: Vec::new(),
        };
        let sha256 = session.doc.sha256.clone();
        session.store.sweep(&sha256);
        let opened = if let Some(saved) = session.store.load(&sha256) {
            session.state = saved.decisions;
            Opened {
                restored: session.state.decisions.len() + session.state.manual.len(),
                ..Opened::default()
            }
        } else if let Some(earlier) = session.store.earlier_version(name, &sha256) {
            session.reanchor(&earlier)
        } else {
            Opened::default()
        };
        (session, opened)
    }

    pub fn decisions(&self) -> &Decisions {
        &self.state
    }

    /// Masks or keeps one candidate; saved before it returns.
    pub fn decide(
        &mut self,
        id: &str,
        action: Action,
        reason: Option<&str>,
    ) -> Result<(), ReviewError> {
        let decision = self.checked(id, action, reason)?;
        self.change(|state| set_decision(state, decision))
    }

    /// The same decision for every candidate of the same rule with the same text.
    pub fn decide_all(
        &mut self,
        id: &str,
        action: Action,
        reason: Option<&str>,
    ) -> Result<usize, ReviewError> {
        let first = self.candidate(id)?;
        let same: Vec<&Candidate> = self
            .candidates
            .iter()
            .filter(|c| c.rule == first.rule && c.text.trim() == first.text.trim())
            .collect();
        let decisions = same
            .iter()
            .map(|c| self.checked(&c.id, action, reason))
            .collect::<Result<Vec<_>, _>>()?;
        let count = decisions.len();
        self.change(|state| {
            for d in decisions {
                set_decision(state, d);
            }
        })?;
        Ok(count)
    }

    /// Adds a manual mask of any span.
    pub fn add_manual(&mut self, manual: ManualMask) -> Result<(), ReviewError> {
        super::manual_mask(&self.doc, &manual, &self.rulebook)?;
        self.change(|state| state.manual.push(manual))
    }

    /// Puts a § under secrecy with a provision (or replaces its provision).
    pub fn set_secrecy(&mut self, paragraph: usize, provision: &str) -> Result<(), ReviewError> {
        let choice = SecrecyChoice {
            paragraph,
            provision: provision.to_string(),
        };
        self.change(|state| {
            state.secrecy.retain(|s| s.paragraph != paragraph);
            state.secrecy.push(choice);
        })
    }

    /// Adds several manual masks as one change (one undo takes them all back).
    pub fn add_manuals(&mut self, manuals: Vec<ManualMask>) -> Result<(), ReviewError> {
        for m in &manuals {
            super::manual_mask(&self.doc, m, &self.rulebook)?;
        }
        self.change(|state| state.manual.extend(manuals))
    }

    /// Removes manual mask `index` (as listed in the decisions); false when there is none.
    pub fn remove_manual(&mut self, index: usize) -> Result<bool, ReviewError> {
        if index >= self.state.manual.len() {
            return Ok(false);
        }
        self.change(|state| {
            state.manual.remove(index);
        })?;
        Ok(true)
    }

    /// Takes a § out of secrecy again; false when it was not under secrecy.
    pub fn clear_secrecy(&mut self, paragraph: usize) -> Result<bool, ReviewError> {
        if !self.state.secrecy.iter().any(|s| s.paragraph == paragraph) {
            return Ok(false);
        }
        self.change(|state| state.secrecy.retain(|s| s.paragraph != paragraph))?;
        Ok(true)
    }

    /// Whether there is a change to undo, and one to redo.
    pub fn can_undo_redo(&self) -> (bool, bool) {
        (!self.undo.is_empty(), !self.redo.is_empty())
    }

    /// Takes back the last change; false when there is none.
    pub fn undo(&mut self) -> Result<bool, ReviewError> {
        let Some(previous) = self.undo.pop() else {
            return Ok(false);
        };
        let current = std::mem::replace(&mut self.state, previous);
        self.redo.push(current);
        self.save()?;
        Ok(true)
    }

    /// Makes an undone change again; false when there is none.
    pub fn redo(&mut self) -> Result<bool, ReviewError> {
        let Some(next) = self.redo.pop() else {
            return Ok(false);
        };
        let current = std::mem::replace(&mut self.state, next);
        self.undo.push(current);
        self.save()?;
        Ok(true)
    }

    /// Deletes this review from the store (the decisions in memory stay until dropped).
    pub fn delete(&self) -> bool {
        self.store.delete(&self.doc.sha256)
    }

    fn candidate(&self, id: &str) -> Result<&Candidate, ReviewError> {
        self.candidates
            .iter()
            .find(|c| c.id == id)
            .ok_or_else(|| ReviewError::UnknownCandidate(id.to_string()))
    }

    fn checked(
        &self,
        id: &str,
        action: Action,
        reason: Option<&str>,
    ) -> Result<Decision, ReviewError> {
        let candidate = self.candidate(id)?;
        let decision = Decision {
            id: id.to_string(),
            action,
            reason: reason.map(str::to_string).filter(|r| !r.trim().is_empty()),
            reviewer: Some(self.reviewer.clone()),
            time: Some(crate::audit::utc_now()),
        };
        check_keep(candidate, &decision, &self.rulebook)?;
        Ok(decision)
    }

    /// Applies a change, keeps the previous state for undo, and saves; a change that
    /// cannot be saved is taken back (what the user sees is what is on disk).
    fn change(&mut self, f: impl FnOnce(&mut Decisions)) -> Result<(), ReviewError> {
        let previous = self.state.clone();
        f(&mut self.state);
        if let Err(e) = self.save() {
            self.state = previous;
            return Err(e);
        }
        self.undo.push(previous);
        self.redo.clear();
        Ok(())
    }

    fn save(&self) -> Result<(), ReviewError> {
        let file = ReviewFile {
            format: FORMAT.into(),
            document: self.name.clone(),
            sha256: self.doc.sha256.clone(),
            saved: crate::audit::utc_now(),
            decisions: self.state.clone(),
            anchors: self.anchors(),
        };
        self.store
            .save(&file)
            .map_err(|e| ReviewError::NotSaved(e.to_string()))
    }

    fn anchors(&self) -> Vec<Anchor> {
        let mut out: Vec<Anchor> = self
            .state
            .decisions
            .iter()
            .filter_map(|d| {
                let c = self.candidates.iter().find(|c| c.id == d.id)?;
                let (before, after) = context(
                    &self.doc,
                    c.location.paragraph,
                    c.location.start,
                    c.location.end,
                    CONTEXT,
                );
                Some(Anchor {
                    id: d.id.clone(),
                    rule: c.rule.clone(),
                    text: c.text.clone(),
                    before,
                    after,
                })
            })
            .collect();
        for (i, m) in self.state.manual.iter().enumerate() {
            let text = paragraph_slice(&self.doc, m.paragraph, m.start, m.end);
            let (before, after) = context(&self.doc, m.paragraph, m.start, m.end, CONTEXT);
            out.push(Anchor {
                id: format!("manuell-{i}"),
                rule: m.rule.clone(),
                text,
                before,
                after,
            });
        }
        out
    }

    /// Places the decisions of an earlier version on this one by text and context.
    fn reanchor(&mut self, earlier: &ReviewFile) -> Opened {
        let mut opened = Opened {
            from_earlier_version: true,
            ..Opened::default()
        };
        for d in &earlier.decisions.decisions {
            let anchor = earlier.anchors.iter().find(|a| a.id == d.id);
            let placed = anchor.and_then(|a| self.best_candidate(a).map(|c| c.id.clone()));
            match placed {
                Some(id) => {
                    let mut moved = d.clone();
                    moved.id = id;
                    set_decision(&mut self.state, moved);
                    opened.restored += 1;
                }
                None => opened.unplaced.push(Unplaced {
                    rule: anchor.map(|a| a.rule.clone()).unwrap_or_default(),
                    action: format!("{:?}", d.action).to_lowercase(),
                }),
            }
        }
        for (i, m) in earlier.decisions.manual.iter().enumerate() {
            let anchor = earlier
                .anchors
                .iter()
                .find(|a| a.id == format!("manuell-{i}"));
            match anchor.and_then(|a| find_text(&self.doc, a)) {
                Some((paragraph, start, end)) => {
                    self.state.manual.push(ManualMask {
                        page: None,
                        paragraph,
                        start,
                        end,
                        ..m.clone()
                    });
                    opened.restored += 1;
                }
                None => opened.unplaced.push(Unplaced {
                    rule: m.rule.clone(),
                    action: "mask".into(),
                }),
            }
        }
        let _ = self.save();
        opened
    }

    /// The candidate of the same rule and text whose context is most like the anchor's.
    fn best_candidate(&self, a: &Anchor) -> Option<&Candidate> {
        self.candidates
            .iter()
            .filter(|c| c.rule == a.rule && c.text == a.text)
            .max_by_key(|c| {
                let (before, after) = context(
                    &self.doc,
                    c.location.paragraph,
                    c.location.start,
                    c.location.end,
                    CONTEXT,
                );
                common_suffix(&before, &a.before) + common_prefix(&after, &a.after)
            })
    }
}

fn set_decision(state: &mut Decisions, decision: Decision) {
    state.decisions.retain(|d| d.id != decision.id);
    state.decisions.push(decision);
}

pub(crate) fn paragraph_slice(
    doc: &Document,
    paragraph: usize,
    start: usize,
    end: usize,
) -> String {
    doc.paragraphs
        .get(paragraph)
        .map(|p| {
            p.text
                .chars()
                .skip(start)
                .take(end.saturating_sub(start))
                .collect()
        })
        .unwrap_or_default()
}

/// Up to `width` characters before `start` and after `end` in a paragraph.
pub(crate) fn context(
    doc: &Document,
    paragraph: usize,
    start: usize,
    end: usize,
    width: usize,
) -> (String, String) {
    let Some(p) = doc.paragraphs.get(paragraph) else {
        return (String::new(), String::new());
    };
    let chars: Vec<char> = p.text.chars().collect();
    let start = start.min(chars.len());
    let end = end.clamp(start, chars.len());
    (
        chars[start.saturating_sub(width)..start].iter().collect(),
        chars[end..(end + width).min(chars.len())].iter().collect(),
    )
}

/// Where an anchor's text stands in `doc`, preferring the place with the most similar
/// context: (paragraph, start, end) in characters.
fn find_text(doc: &Document, a: &Anchor) -> Option<(usize, usize, usize)> {
    occurrences(doc, &a.text)
        .into_iter()
        .map(|(index, start, end)| {
            let (before, after) = context(doc, index, start, end, CONTEXT);
            let score = common_suffix(&before, &a.before) + common_prefix(&after, &a.after);
            ((index, start, end), score)
        })
        // The first of equally good places, as a reader would pick.
        .fold(
            None,
            |best: Option<((usize, usize, usize), usize)>, (place, score)| match best {
                Some((_, s)) if s >= score => best,
                _ => Some((place, score)),
            },
        )
        .map(|(place, _)| place)
}

/// Every place `text` stands in `doc`: (paragraph, start, end) in characters.
pub(crate) fn occurrences(doc: &Document, text: &str) -> Vec<(usize, usize, usize)> {
    if text.is_empty() {
        return Vec::new();
    }
    let len = text.chars().count();
    let mut out = Vec::new();
    for (index, p) in doc.paragraphs.iter().enumerate() {
        for (byte, _) in p.text.match_indices(text) {
            let start = p.text[..byte].chars().count();
            out.push((index, start, start + len));
        }
    }
    out
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}
