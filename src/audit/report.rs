//! The "granskningsrapport": the audit note as a Swedish PDF for people — the document,
//! who reviewed and approved it and when, counts per rule, every departure from the
//! guideline's suggestion with its reason, secrecy, the underrättelse list, signatures
//! with key fingerprints and whether they hold.

use super::{keys, AuditError, Verification};

/// The report's paragraphs, in Swedish.
pub fn paragraphs(v: &Verification) -> Vec<String> {
    let n = &v.note;
    let mut out = vec![
        "Granskningsrapport".to_string(),
        format!(
            "Dokument: {} (SHA-256 {})",
            n.source.name,
            short(&n.source.sha256)
        ),
        format!(
            "Publicerad fil: {} (SHA-256 {})",
            n.output.name,
            short(&n.output.sha256)
        ),
        format!(
            "Dokumenttyp: {}, {} {}, {}",
            n.document.kind,
            n.document.pages,
            if n.document.pages == 1 {
                "sida"
            } else {
                "sidor"
            },
            n.document.format
        ),
        format!(
            "Regelbok: {} version {} (SHA-256 {}). Verktyg: {} {}.",
            n.rulebook.id,
            n.rulebook.version,
            short(&n.rulebook.sha256),
            n.tool.name,
            n.tool.version
        ),
        if v.pdf_matches {
            "Kontroll: den publicerade filen är exakt den som anteckningen beskriver.".into()
        } else {
            "Kontroll: VARNING – den publicerade filen stämmer inte med anteckningen.".into()
        },
        "Granskad och godkänd".into(),
    ];
    if v.signatures.is_empty() {
        out.push("Anteckningen är inte signerad.".into());
    }
    for s in &v.signatures {
        out.push(format!(
            "{} av {} ({}) {} – nyckel {} – {}, {}.",
            capitalised(&s.signature.purpose),
            s.signature.signer,
            s.signature.role.name(),
            s.signature.time,
            keys::fingerprint(&s.signature.public_key),
            if s.valid {
                "giltig signatur"
            } else {
                "OGILTIG signatur"
            },
            if s.trusted {
                "betrodd nyckel"
            } else {
                "nyckeln finns inte i listan över betrodda"
            }
        ));
    }
    out.push("Beslut per regel".into());
    for (rule, c) in &n.counts {
        out.push(format!(
            "{rule}: {} kandidater, {} maskerade, {} kvar, {} manuella maskeringar.",
            c.candidates, c.masked, c.kept, c.manual
        ));
    }
    out.push("Avsteg från riktlinjens förslag".into());
    let overrides: Vec<_> = n
        .entries
        .iter()
        .filter(|e| e.decision != e.suggestion || e.id.starts_with("manuell-"))
        .collect();
    if overrides.is_empty() {
        out.push("Inga: alla förslag följdes.".into());
    }
    for e in overrides {
        out.push(format!(
            "Sida {} stycke {}: {} – {} (förslag {}) – skäl: {} – {} {}.",
            e.place.page,
            e.place.paragraph,
            e.rule,
            decision_name(&e.decision),
            decision_name(&e.suggestion),
            e.reason.as_deref().unwrap_or("inget angivet"),
            e.reviewer,
            e.time
        ));
    }
    if !n.secrecy.is_empty() {
        out.push("Sekretess".into());
        for s in &n.secrecy {
            out.push(format!(
                "§ {}: sekretess enligt {}.",
                s.section.trim_start_matches("§ "),
                s.provision
            ));
        }
    }
    out.push("Underrättelse krävs".into());
    if n.underrattelse.is_empty() {
        out.push("Ingen: inga personuppgifter lämnades kvar mot förslaget.".into());
    }
    for u in &n.underrattelse {
        out.push(format!(
            "{} ({}) publiceras; den registrerade ska underrättas före publicering. Skäl: {}.",
            u.text,
            u.rule,
            u.reason.as_deref().unwrap_or("inget angivet")
        ));
    }
    out
}

/// The headings of the report (set in larger, bold type).
const HEADINGS: &[&str] = &[
    "Granskningsrapport",
    "Granskad och godkänd",
    "Beslut per regel",
    "Avsteg från riktlinjens förslag",
    "Sekretess",
    "Underrättelse krävs",
];

/// The report as a PDF.
pub fn render(v: &Verification) -> Result<Vec<u8>, AuditError> {
    let text = paragraphs(v);
    let headings: Vec<usize> = text
        .iter()
        .enumerate()
        .filter(|(_, p)| HEADINGS.contains(&p.as_str()))
        .map(|(i, _)| i)
        .collect();
    crate::export::typeset(&text, &headings)
        .map_err(|e| AuditError::Io(e.message(crate::locale::Lang::Swedish)))
}

fn short(hash: &str) -> &str {
    &hash[..hash.len().min(16)]
}

fn decision_name(d: &str) -> &str {
    match d {
        "mask" => "maskera",
        "keep" => "behåll",
        other => other,
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
