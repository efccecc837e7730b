//! Who a name belongs to, and whose a phone number is: later mentions of a person found in
//! full, the organisation's own numbers, officials and the dead.

use maskera::detect::{scan, Candidate, Rulebook};
use maskera::ingest::Document;

fn candidates(lines: &[&str]) -> Vec<Candidate> {
    let paragraphs: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let doc = Document::from_plain_paragraphs(&paragraphs);
    scan(&doc, &Rulebook::embedded().expect("rulebook"))
}

fn masked_texts<'c>(found: &'c [Candidate], rule: &str) -> Vec<&'c str> {
    found
        .iter()
        .filter(|c| c.rule == rule && c.suggestion == maskera::detect::Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect()
}

#[test]
fn a_surname_no_list_knows_is_followed_in_later_mentions_and_in_the_genitive() {
    let found = candidates(&[
        "§ 12 Dispens från strandskyddet",
        "Sökande: Leena Heikkilä, Lillsjövägen 40, 824 95 Lillsjön",
        "Heikkiläs ansökan avser en flytbrygga.",
        "§ 13 Byggsanktionsavgift",
        "Byggherre: Mirza Begović, som bedriver enskild näringsverksamhet.",
        "Begović har uppgett att han inte kände till kravet.",
        "Byggnadsnämnden påför Mirza Begović en byggsanktionsavgift om 11 200 kronor.",
    ]);
    assert!(masked_texts(&found, "namn").contains(&"Heikkiläs"));
    let measured = masked_texts(&found, "myndighetsutovning");
    assert!(measured.contains(&"Begović"), "{measured:?}");
    assert_eq!(
        measured.iter().filter(|t| **t == "Mirza Begović").count(),
        2
    );
}

#[test]
fn direct_lines_in_the_series_of_the_municipalitys_switchboard_stay() {
    let found = candidates(&[
        "Frågor besvaras av kommunens kontaktcenter, tfn 0980-319 200, e-post bygglov@norrvik.se.",
        "§ 4 Bygglov",
        "Sökande: Anna Lindqvist, tfn 070-174 06 31.",
        "Handläggare: Mikael Fors, miljöinspektör, 0980-319 246.",
        "Protokollet förvaras på Utbildningskontoret, som nås via 0980-319 260.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 31"]);
}
