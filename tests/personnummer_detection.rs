//! Every official Skatteverket test personnummer and samordningsnummer, written into running
//! Swedish text in each of its forms, is found with its exact span (recall 1.0); no date,
//! organisationsnummer, phone number, amount, diarienummer, SFS number, time or postal code
//! in the same text is reported.

use maskera::detect::{scan, Rulebook};
use maskera::ingest::Document;
use std::path::PathBuf;

fn data_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/identifiers")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: the shared test data must be beside the repository ({e})",
            path.display()
        )
    })
}

/// The forms a 12-digit number (YYYYMMDDNNNC) is written in, for a person of that age today.
fn forms(number: &str) -> Vec<String> {
    let (century, short, tail) = (&number[..2], &number[2..8], &number[8..]);
    let born: u32 = number[..8].parse().expect("digits");
    let hundred_or_older = born <= 19261124;
    let sep = if hundred_or_older { "+" } else { "-" };
    vec![
        format!("{century}{short}-{tail}"),
        format!("{century}{short}{tail}"),
        format!("{short}{sep}{tail}"),
        format!("{short}{tail}"),
        format!("{short} {tail}"),
    ]
}

/// Sentences of a protocol with every kind of number that is *not* an identity number.
const DISTRACTORS: &[&str] = &[
    "Sammanträdet hölls den 2024-03-15 kl. 14.30–16.00 i Kommunhuset, 20240315.",
    "Ring växeln 0980-701 00, mobil 070-123 45 67 eller +46 70 123 45 67, fax 08-123 456 78.",
    "Kostnaden beräknas till 1 250 000 kr, varav 12 345,50 kr avser moms.",
    "Ärendet har Dnr KS 2024/123, 2023-KS0548/003 och MN 2024.0456.",
    "Enligt 9 kap. 2 § plan- och bygglagen (2010:900) och SFS 1998:1191.",
    "Postadress: Box 15, 981 85 Norrvik.",
];

struct Expected {
    text: String,
    rule: &'static str,
}

fn document(paragraphs: &[String]) -> Document {
    Document::from_plain_paragraphs(paragraphs)
}

/// Writes numbers into sentences (50 to a paragraph, distractors between) and checks that
/// exactly the numbers are found, each with its rule and exact span.
fn assert_all_found(numbers: &[(String, &'static str)]) {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let mut paragraphs = Vec::new();
    let mut expected: Vec<Vec<Expected>> = Vec::new();
    for chunk in numbers.chunks(50) {
        let mut text = String::new();
        let mut wanted = Vec::new();
        for (i, (number, rule)) in chunk.iter().enumerate() {
            text.push_str(DISTRACTORS[i % DISTRACTORS.len()]);
            text.push_str(" Sökande Anna Berg, personnummer ");
            text.push_str(number);
            text.push_str(", bor på Storgatan 5 i Norrvik. ");
            wanted.push(Expected {
                text: number.clone(),
                rule,
            });
        }
        paragraphs.push(text);
        expected.push(wanted);
    }
    let doc = document(&paragraphs);
    let found: Vec<_> = scan(&doc, &rulebook)
        .into_iter()
        .filter(|c| is_identity(&c.rule))
        .collect();
    for (index, wanted) in expected.iter().enumerate() {
        let here: Vec<_> = found
            .iter()
            .filter(|c| c.location.paragraph == index)
            .collect();
        let texts: Vec<&str> = here.iter().map(|c| c.text.as_str()).collect();
        let wanted_texts: Vec<&str> = wanted.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts, wanted_texts,
            "paragraph {index}: found exactly the numbers"
        );
        let chars: Vec<char> = paragraphs[index].chars().collect();
        for (c, e) in here.iter().zip(wanted) {
            assert_eq!(c.rule, e.rule, "{}", e.text);
            let span: String = chars[c.location.start..c.location.end].iter().collect();
            assert_eq!(span, e.text, "character span is exact");
            assert!(c.locked);
        }
    }
}

fn with_forms(list: &str, rule: &'static str) -> Vec<(String, &'static str)> {
    list.lines()
        .map(str::trim)
        .filter(|l| l.len() == 12)
        .flat_map(forms)
        .map(|f| (f, rule))
        .collect()
}

#[test]
fn every_skatteverket_test_personnummer_is_found_in_every_form() {
    let numbers = with_forms(
        &data_file("skatteverket_test_personnummer.txt"),
        "personnummer",
    );
    assert!(numbers.len() > 100_000, "all 21,728 numbers in five forms");
    assert_all_found(&numbers);
}

#[test]
fn every_skatteverket_test_samordningsnummer_is_found_in_every_form() {
    let numbers = with_forms(
        &data_file("skatteverket_test_samordningsnummer.txt"),
        "samordningsnummer",
    );
    assert!(numbers.len() > 10_000);
    assert_all_found(&numbers);
}

fn is_identity(rule: &str) -> bool {
    rule == "personnummer" || rule == "samordningsnummer"
}

/// Identity-number candidates only: the same text also holds names, addresses and phones.
fn identity_scan(doc: &Document, rulebook: &Rulebook) -> Vec<maskera::detect::Candidate> {
    scan(doc, rulebook)
        .into_iter()
        .filter(|c| is_identity(&c.rule))
        .collect()
}

/// Values of `key` in the JSON list file.
fn json_values(
    name: &str,
    keys: &[&str],
    filter: impl Fn(&serde_json::Value) -> bool,
) -> Vec<String> {
    let list: Vec<serde_json::Value> = serde_json::from_str(&data_file(name)).expect("json");
    list.iter()
        .filter(|v| filter(v))
        .flat_map(|v| {
            keys.iter()
                .filter_map(|k| v[*k].as_str().map(String::from))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn company_organisationsnummer_are_not_reported() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let mut numbers = json_values(
        "organisationsnummer_testdata_list.json",
        &["input", "long_format"],
        |v| v["type"] == "Aktiebolag",
    );
    numbers.extend(json_values(
        "personnummer_meta_orgnumber.json",
        &["short_format", "separated_format"],
        |_| true,
    ));
    let text: String = numbers
        .iter()
        .map(|n| format!("Leverantören Norrvik Bygg AB, org.nr {n}, vann. "))
        .collect();
    let found = identity_scan(&document(&[text]), &rulebook);
    assert!(
        found.is_empty(),
        "{:?}",
        found.iter().map(|c| &c.text).collect::<Vec<_>>()
    );
}

#[test]
fn an_enskild_firma_organisationsnummer_is_the_owners_personnummer_and_is_reported() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let numbers = json_values(
        "organisationsnummer_testdata_list.json",
        &["long_format"],
        |v| v["type"] == "Enskild firma",
    );
    let text: String = numbers
        .iter()
        .map(|n| format!("Firman, org.nr {n}, ansöker. "))
        .collect();
    let found = identity_scan(&document(&[text]), &rulebook);
    assert_eq!(found.len(), numbers.len());
    assert!(found.iter().all(|c| c.locked && c.confidence > 0.9));
}

#[test]
fn meta_cases_valid_invalid_checksum_and_invalid_date() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let list: Vec<serde_json::Value> =
        serde_json::from_str(&data_file("personnummer_meta_list.json")).expect("json");
    for case in list {
        let Some(form) = case["separated_format"].as_str() else {
            continue;
        };
        let long = case["long_format"].as_str().unwrap_or("");
        let text = format!("Sökande, personnummer {form}, bor här.");
        let found = identity_scan(&document(&[text]), &rulebook);
        let month: u32 = long.get(4..6).and_then(|m| m.parse().ok()).unwrap_or(0);
        let day: u32 = long.get(6..8).and_then(|d| d.parse().ok()).unwrap_or(0);
        let plausible_date =
            (1..=12).contains(&month) && (1..=31).contains(&(day % 60)) && long != "0";
        if case["valid"] == true {
            assert_eq!(found.len(), 1, "valid {form} found");
            assert!(found[0].confidence > 0.9);
        } else if plausible_date && !form.contains(' ') {
            assert_eq!(found.len(), 1, "mistyped {form} still reported");
            assert!(found[0].confidence < 0.9, "with lower confidence");
        }
    }
}

#[test]
fn interim_numbers_are_reported() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let list: Vec<serde_json::Value> =
        serde_json::from_str(&data_file("personnummer_meta_interim.json")).expect("json");
    for case in list {
        for key in [
            "long_format",
            "short_format",
            "separated_format",
            "separated_long",
        ] {
            let Some(form) = case[key].as_str() else {
                continue;
            };
            let found = identity_scan(
                &document(&[format!("Den sökande har nummer {form} enligt beslut.")]),
                &rulebook,
            );
            assert_eq!(found.len(), usize::from(case["valid"] == true), "{form}");
        }
    }
}

#[test]
fn candidate_ids_are_stable_and_do_not_contain_the_value() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let doc = document(&["Sökande 19121212-1212 och 20000101-T220.".to_string()]);
    let first = identity_scan(&doc, &rulebook);
    let second = identity_scan(&doc, &rulebook);
    assert_eq!(first, second);
    assert_eq!(first.len(), 2);
    assert_ne!(first[0].id, first[1].id);
    assert!(first
        .iter()
        .all(|c| !c.id.contains("1212") && !c.id.contains("T220")));
}

#[test]
fn a_personnummer_with_any_dash_or_thin_space_a_word_processor_puts_is_found() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let separators = [
        "\u{2012}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{00AD}", "\u{FE63}", "\u{FF0D}",
        "\u{2009}", "\u{202F}", "\u{2007}",
    ];
    for sep in separators {
        let text = format!("Sökanden (personnummer 811218{sep}9876) har ansökt om bidrag.");
        let found = identity_scan(&document(std::slice::from_ref(&text)), &rulebook);
        assert_eq!(found.len(), 1, "{text:?}");
    }
    let glued = "Uppgifter: PNR811218-9876, bosatt i kommunen.".to_string();
    assert_eq!(identity_scan(&document(&[glued]), &rulebook).len(), 1);
}

#[test]
fn a_sole_traders_twelve_digit_organisation_number_and_vat_number_hold_the_owners_personnummer() {
    let rulebook = Rulebook::embedded().expect("rulebook");
    let text = "Uppdraget tilldelas Nilssons Åkeri, org.nr 16670718-1233, momsregistreringsnummer SE670718123301. Bolaget har org.nr 16556677-8899 och SE556677889901.".to_string();
    let found = identity_scan(&document(std::slice::from_ref(&text)), &rulebook);
    let texts: Vec<&str> = found.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["16670718-1233", "SE670718123301"]);
}
