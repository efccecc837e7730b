//! What the app highlights is what export removes: the boxes the workspace gives each
//! candidate hold exactly the glyphs of its characters, and no other glyph of the page.

use maskera::detect::Rulebook;
use maskera::ingest::{Origin, Rect};
use maskera::review::session::Store;
use maskera::workspace::{PageBox, Workspace};
use std::path::Path;
use std::sync::Arc;

fn centre_inside(r: &Rect, boxes: &[PageBox], page: u32) -> bool {
    let (x, y) = ((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0);
    boxes
        .iter()
        .any(|b| b.page == page && x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1)
}

#[test]
fn every_candidate_box_holds_its_own_glyphs_and_no_other() {
    let data = tempfile::tempdir().expect("temp dir");
    let example = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/examples/protokoll-miljo-och-byggnamnden.pdf");
    let rulebook = Arc::new(Rulebook::embedded().expect("rulebook"));
    let ws = Workspace::open(
        &example,
        rulebook,
        Store::new(data.path()),
        "Linnea",
        &mut |_| {},
    )
    .expect("the example opens");
    let doc = ws.document();
    let overview = ws.overview();
    let mut checked = 0;
    for c in overview
        .candidates
        .iter()
        .filter(|c| c.candidate.location.image.is_none())
    {
        let l = &c.candidate.location;
        let last = l.end_paragraph.unwrap_or(l.paragraph);
        for (index, p) in doc.paragraphs.iter().enumerate() {
            for (at, origin) in p.origins.iter().enumerate() {
                let Origin::Pdf(g) = origin else { continue };
                let after_start = index > l.paragraph || (index == l.paragraph && at >= l.start);
                let before_end = index < last || (index == last && at < l.end);
                // A range over several paragraphs leaves out the running lines between.
                let own = after_start && before_end && doc.in_span(&(l.paragraph..last + 1), index);
                let ch = p.text.chars().nth(at).unwrap_or(' ');
                if own {
                    assert!(
                        centre_inside(&g.bbox, &c.boxes, g.page),
                        "«{}»: its glyph {ch:?} is outside its boxes",
                        c.candidate.text
                    );
                } else if !ch.is_whitespace() {
                    assert!(
                        !centre_inside(&g.bbox, &c.boxes, g.page),
                        "«{}»: the glyph {ch:?} of «{}» is inside its boxes",
                        c.candidate.text,
                        p.text
                    );
                }
            }
        }
        checked += 1;
    }
    assert!(checked > 40, "{checked} candidates checked");
}
