//! Every command of the app, through the state it works on, on the bundled example
//! protocol (a real PDF and a real .docx): what the window would receive for each user
//! action.

use maskera::ingest::{self, Rect};
use maskera::review::Action;
use maskera::workspace::{CandidateView, Overview, ReviewState};
use maskera_app::state::{AppState, Places};
use std::path::{Path, PathBuf};

#[path = "../../tests/support/protocol_pdf.rs"]
mod protocol_pdf;

fn example(extension: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../assets/examples/protokoll-miljo-och-byggnamnden")
        .with_extension(extension)
}

/// A copy of the example in `dir` (so exports beside it land in the temp dir).
fn copied(dir: &Path, extension: &str) -> PathBuf {
    let to = dir.join(format!("protokoll.{extension}"));
    std::fs::copy(example(extension), &to).expect("copy example");
    to
}

fn app(dir: &Path) -> AppState {
    AppState::new(Places {
        config: dir.join("config"),
        data: dir.join("data"),
        initial: Some(example("pdf")),
    })
    .expect("rulebook")
}

fn opened(app: &AppState, path: &Path) -> Overview {
    let mut stages = Vec::new();
    let overview = app
        .open(path, &mut |s| stages.push(s))
        .expect("the example opens");
    assert!(!stages.is_empty(), "opening reports its progress");
    overview
}

fn find<'a>(overview: &'a Overview, rule: &str, text: &str) -> &'a CandidateView {
    overview
        .candidates
        .iter()
        .find(|c| c.candidate.rule == rule && c.candidate.text == text)
        .unwrap_or_else(|| panic!("no {rule} candidate «{text}»"))
}

fn action(state: &ReviewState, id: &str) -> Action {
    state.actions[id]
}

fn words_of(pdf: &[u8]) -> String {
    let doc = ingest::ingest_bytes(pdf, "pdf").expect("the output reads as a PDF");
    doc.paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn start_offers_the_example_and_asks_for_an_identity_first() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let info = app.start().unwrap();
    assert!(info.identity.is_none());
    assert_eq!(info.file, Some(example("pdf").display().to_string()));
    assert!(info.recent.is_empty());
}

#[test]
fn an_identity_needs_a_name_and_a_known_role_and_shows_its_fingerprint() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    assert!(app
        .create_identity("  ", "nämndsekreterare")
        .unwrap_err()
        .message
        .contains("namn"));
    assert!(app
        .create_identity("Linnea Forsberg", "kock")
        .unwrap_err()
        .message
        .contains("roll"));
    let made = app
        .create_identity("Linnea Forsberg", "nämndsekreterare")
        .unwrap();
    assert_eq!(made.role, "nämndsekreterare");
    assert_eq!(made.fingerprint.len(), 39, "{}", made.fingerprint);
    assert_eq!(app.start().unwrap().identity, Some(made));
}

#[test]
fn opening_a_pdf_gives_every_text_candidate_its_boxes_on_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let overview = opened(&app, &example("pdf"));
    assert_eq!(overview.pages, 3);
    assert!(overview.candidates.len() > 20);
    for c in &overview.candidates {
        assert!(
            !c.boxes.is_empty(),
            "{} «{}» has no box",
            c.candidate.rule,
            c.candidate.text
        );
        let page = c.candidate.location.page;
        assert!(c
            .boxes
            .iter()
            .all(|b| b.page >= page && b.x1 > b.x0 && b.y1 > b.y0));
    }
    let pnr = find(&overview, "personnummer", "194709183109");
    assert!(pnr.candidate.locked);
    assert!(pnr.before.ends_with("Åkesson, "), "{:?}", pnr.before);
    assert!(!overview.provisions.is_empty());
    assert!(overview.rules.iter().all(|r| r.color.starts_with('#')));
    assert!(overview.sections.iter().any(|s| s.number.contains("21")));
    assert_eq!(app.recent(), vec![example("pdf").display().to_string()]);
    assert_eq!(
        app.document_bytes().unwrap(),
        std::fs::read(example("pdf")).unwrap()
    );
}

#[test]
fn a_locked_candidate_cannot_be_kept_and_keeping_a_name_needs_a_reason() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let overview = opened(&app, &example("pdf"));
    let pnr = &find(&overview, "personnummer", "194709183109").candidate.id;
    let locked = app
        .decide(pnr, Action::Keep, Some("vill"), false)
        .unwrap_err();
    assert!(
        locked.message.contains("låst") || locked.message.contains("Låst"),
        "{locked:?}"
    );
    let name = &find(&overview, "namn", "Jörgen Åkesson").candidate.id;
    let unexplained = app.decide(name, Action::Keep, None, false).unwrap_err();
    assert!(unexplained.message.contains("skäl"), "{unexplained:?}");
    let state = app
        .decide(name, Action::Keep, Some("Samtycke finns"), false)
        .unwrap();
    assert_eq!(action(&state, name), Action::Keep);
    assert_eq!(state.decisions.len(), 1);
    assert_eq!(state.decisions[0].reason.as_deref(), Some("Samtycke finns"));
}

#[test]
fn undo_and_redo_walk_the_decisions_and_a_reopened_review_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    let first = app(dir.path());
    let overview = opened(&first, &example("pdf"));
    let kept = &find(&overview, "fastighetsbeteckning", "Norrvik Tallen 4")
        .candidate
        .id;
    assert_eq!(first.review_state().unwrap().actions[kept], Action::Keep);
    let state = first.decide(kept, Action::Mask, None, true).unwrap();
    let all: Vec<_> = overview
        .candidates
        .iter()
        .filter(|c| c.candidate.text == "Norrvik Tallen 4")
        .collect();
    assert_eq!(all.len(), 2, "the example names it twice");
    assert!(all
        .iter()
        .all(|c| action(&state, &c.candidate.id) == Action::Mask));
    assert!(state.can_undo && !state.can_redo);
    let undone = first.undo().unwrap();
    assert_eq!(action(&undone, kept), Action::Keep);
    assert!(undone.can_redo);
    let redone = first.redo().unwrap();
    assert_eq!(action(&redone, kept), Action::Mask);

    let second = app(dir.path());
    let again = opened(&second, &example("pdf"));
    assert_eq!(again.opened.restored, 2);
    assert_eq!(action(&second.review_state().unwrap(), kept), Action::Mask);
}

#[test]
fn a_rectangle_drawn_over_words_masks_exactly_those_words() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let overview = opened(&app, &example("pdf"));
    // Draw around the box of a kept official's name.
    let official = find(&overview, "fortroendevald", "Sofia Wikström");
    let b = official.boxes[0];
    let area = Rect {
        x0: b.x0 - 1.0,
        y0: b.y0 - 1.0,
        x1: b.x1 + 1.0,
        y1: b.y1 + 1.0,
    };
    let state = app.add_manual_area(b.page, area, "namn", None).unwrap();
    assert_eq!(state.manual.len(), 1);
    assert_eq!(state.manual[0].text, "Sofia Wikström");
    assert_eq!(state.manual[0].boxes.len(), 1);
    let empty = Rect {
        x0: 1.0,
        y0: 1.0,
        x1: 3.0,
        y1: 3.0,
    };
    assert!(app.add_manual_area(1, empty, "namn", None).is_err());
    let preview = app.preview().unwrap();
    assert!(!words_of(&preview).contains("Sofia Wikström"));
    let removed = app.remove_manual(0).unwrap();
    assert!(removed.manual.is_empty());
    assert!(words_of(&app.preview().unwrap()).contains("Sofia Wikström"));
}

#[test]
fn a_section_put_under_secrecy_is_gone_from_the_preview_but_its_heading_stays() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let overview = opened(&app, &example("pdf"));
    let section = overview
        .sections
        .iter()
        .find(|s| s.number.contains("21"))
        .expect("§ 21");
    let body = &overview.paragraphs[section.body_start].text;
    let provision = &overview.provisions[0].bestammelse;
    let state = app.set_secrecy(section.paragraph, provision).unwrap();
    assert_eq!(state.secrecy.len(), 1);
    assert!(!state.secrecy[0].boxes.is_empty());
    let published = words_of(&app.preview().unwrap());
    assert!(published.contains(&format!("Sekretess enligt {provision}")));
    assert!(!published.contains(body.as_str()), "{body}");
    let cleared = app.set_secrecy(section.paragraph, "").unwrap();
    assert!(cleared.secrecy.is_empty());
}

#[test]
fn export_writes_a_clean_pdf_and_a_signed_note_that_the_web_editor_approves() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let source = copied(dir.path(), "pdf");
    let overview = opened(&app, &source);
    let out = PathBuf::from(app.default_output().unwrap());
    assert_eq!(out, dir.path().join("protokoll.publicerbar.pdf"));
    let refused = app.export(&out, &mut |_| {}).unwrap_err();
    assert!(refused.message.contains("identitet"), "{refused:?}");
    app.create_identity("Linnea Forsberg", "nämndsekreterare")
        .unwrap();
    assert!(
        app.export(&source, &mut |_| {}).is_err(),
        "never over the source"
    );
    assert!(app.export(&dir.path().join("ut.txt"), &mut |_| {}).is_err());
    let mut stages = Vec::new();
    let report = app.export(&out, &mut |s| stages.push(s)).unwrap();
    assert!(stages.len() >= 3);
    assert!(report.checked > 10);
    let published = words_of(&std::fs::read(&out).unwrap());
    for c in overview
        .candidates
        .iter()
        .filter(|c| c.candidate.rule == "personnummer")
    {
        assert!(!published.contains(&c.candidate.text));
    }
    let inspected = app.inspect(&out, None).unwrap();
    assert!(inspected.valid && inspected.pdf_matches && inspected.trusted);
    assert!(!inspected.approved);
    assert_eq!(inspected.signatures[0].purpose, "granskad");
    let wrong_role = app.approve(&out, None).unwrap_err();
    assert!(
        wrong_role.message.contains("webbredaktör"),
        "{wrong_role:?}"
    );
    app.create_identity("Omar Webb", "webbredaktör").unwrap();
    let approved = app.approve(&out, None).unwrap();
    assert!(approved.approved);
    assert_eq!(approved.signatures.len(), 2);
    let again = app.inspect(&out, Some(Path::new(&report.note))).unwrap();
    assert!(again.approved, "the approval is written to the note");
    assert_eq!(app.read_pdf(&out).unwrap(), std::fs::read(&out).unwrap());
    assert_eq!(
        std::fs::read(&source).unwrap(),
        std::fs::read(example("pdf")).unwrap()
    );
}

#[test]
fn a_changed_pdf_fails_verification() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let source = copied(dir.path(), "pdf");
    opened(&app, &source);
    app.create_identity("Linnea Forsberg", "nämndsekreterare")
        .unwrap();
    let out = dir.path().join("ut.pdf");
    app.export(&out, &mut |_| {}).unwrap();
    let mut bytes = std::fs::read(&out).unwrap();
    bytes.extend_from_slice(b"\n% changed\n");
    std::fs::write(&out, bytes).unwrap();
    let inspected = app.inspect(&out, None).unwrap();
    assert!(!inspected.pdf_matches && !inspected.valid);
}

#[test]
fn a_docx_opens_as_paragraphs_and_a_text_selection_becomes_a_manual_mask() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let overview = opened(&app, &example("docx"));
    assert!(overview.candidates.iter().all(|c| c.boxes.is_empty()));
    let (index, paragraph) = overview
        .paragraphs
        .iter()
        .enumerate()
        .find(|(_, p)| p.text.contains("Sofia Wikström"))
        .expect("the official's paragraph");
    let start = paragraph.text[..paragraph.text.find("Sofia").unwrap()]
        .chars()
        .count();
    let state = app
        .add_manual(index, start, start + 14, "namn", Some("egen"))
        .unwrap();
    assert_eq!(state.manual[0].text, "Sofia Wikström");
    assert!(app.add_manual(index, 5, 2, "namn", None).is_err());
    assert!(app.add_manual(index, 0, 2, "ingen-regel", None).is_err());
}

#[test]
fn bad_files_give_a_swedish_error_and_leave_the_open_document_alone() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    opened(&app, &example("pdf"));
    let broken = dir.path().join("trasig.pdf");
    std::fs::write(&broken, b"%PDF-1.7\n1 0 obj << /Type /Catalog").unwrap();
    let error = app.open(&broken, &mut |_| {}).unwrap_err();
    assert!(error.message.contains("trasig.pdf"), "{error:?}");
    let missing = app
        .open(&dir.path().join("finns-inte.docx"), &mut |_| {})
        .unwrap_err();
    assert!(missing.message.contains("finns-inte.docx"));
    assert!(!app.review_state().unwrap().actions.is_empty());
}

/// What a file dialog or a drop hands the app and it cannot review: each refused with one
/// Swedish sentence naming the file, the document already open left as it was.
#[test]
fn a_misnamed_or_scanned_file_is_refused_in_swedish_and_the_open_document_stays() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    opened(&app, &example("pdf"));
    let before = app.review_state().unwrap().actions.len();

    let misnamed = dir.path().join("protokoll.docx");
    std::fs::copy(example("pdf"), &misnamed).unwrap();
    let error = app.open(&misnamed, &mut |_| {}).unwrap_err();
    assert!(error.message.contains("protokoll.docx"), "{error:?}");
    assert!(error.message.contains("innehållet är PDF"), "{error:?}");

    let scanned = dir.path().join("inskannat.pdf");
    std::fs::write(&scanned, protocol_pdf::scanned_pdf()).unwrap();
    let doc = ingest::ingest_path(&scanned).expect("a valid PDF, only without text");
    assert_eq!(doc.pages, 1);
    let error = app.open(&scanned, &mut |_| {}).unwrap_err();
    assert!(error.message.contains("inskannat.pdf"), "{error:?}");
    assert!(error.message.contains("ingen text"), "{error:?}");
    assert!(error.message.contains("OCR"), "{error:?}");

    assert_eq!(app.review_state().unwrap().actions.len(), before);
    assert!(
        !app.recent().iter().any(|p| p.ends_with("inskannat.pdf")),
        "a refused file is not among the recent ones"
    );
}

#[test]
fn commands_on_no_document_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let error = app.review_state().unwrap_err();
    assert_eq!(error.message, "Inget dokument är öppet.");
    assert!(app.preview().is_err());
    assert!(app.undo().is_err());
}

#[test]
fn deleting_the_review_removes_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    let overview = opened(&app, &example("pdf"));
    let id = &overview.candidates[0].candidate.id;
    app.decide(id, Action::Mask, None, false).unwrap();
    let reviews = dir.path().join("data/granskningar");
    assert_eq!(std::fs::read_dir(&reviews).unwrap().count(), 1);
    assert!(app.delete_review().unwrap());
    assert_eq!(std::fs::read_dir(&reviews).unwrap().count(), 0);
}

#[test]
fn a_term_masked_everywhere_from_the_keyboard_is_one_undoable_change() {
    let dir = tempfile::tempdir().unwrap();
    let app = app(dir.path());
    opened(&app, &example("pdf"));
    let state = app
        .add_manual_text("Aino Pokka", "namn", Some("begärt skydd"))
        .unwrap();
    assert!(state.manual.len() >= 3, "{:?}", state.manual.len());
    assert!(state.manual.iter().all(|m| m.text == "Aino Pokka"));
    assert!(!words_of(&app.preview().unwrap()).contains("Aino Pokka"));
    assert!(app.add_manual_text("finns inte här", "namn", None).is_err());
    let undone = app.undo().unwrap();
    assert!(undone.manual.is_empty());
}
