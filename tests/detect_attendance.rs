//! Officials come from the attendance block, and only from under its headings: a name
//! before the first § of an extract without such headings is a private person.

use maskera::detect::{scan, Rulebook};
use maskera::ingest::Document;

fn rules_of(paragraphs: &[&str], name: &str) -> Vec<String> {
    let texts: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    let doc = Document::from_plain_paragraphs(&texts);
    let rulebook = Rulebook::embedded().expect("rulebook");
    scan(&doc, &rulebook)
        .into_iter()
        .filter(|c| c.text == name)
        .map(|c| c.rule)
        .collect()
}

#[test]
fn a_name_under_an_attendance_heading_is_an_official() {
    let rules = rules_of(
        &[
            "Sammanträdesprotokoll",
            "Beslutande",
            "Märta Lindqvist, ordförande",
            "§ 1 Bygglov",
            "Nämnden beviljar bygglov.",
        ],
        "Märta Lindqvist",
    );
    assert_eq!(rules, ["fortroendevald"]);
}

#[test]
fn a_name_before_the_first_section_without_attendance_headings_is_private() {
    let rules = rules_of(
        &[
            "Protokollsutdrag",
            "Sökande är Märta Lindqvist, Ängsvägen 4 B, 981 31 Norrvik.",
            "§ 102 Bygglov",
            "Nämnden beviljar bygglov.",
        ],
        "Märta Lindqvist",
    );
    assert_eq!(rules, ["namn"]);
}

#[test]
fn officials_names_run_together_under_the_signature_lines_stay_officials() {
    let protocol = [
        "Sammanträdesprotokoll",
        "Beslutande",
        "Margareta Björn (S), ordförande",
        "Göran Sundin (S)",
        "Ulrika Ek Sandin (KD)",
        "§ 1 Val av justerare",
        "Nämnden utser Göran Sundin att justera protokollet.",
        "Justeras Margareta Björn Göran Sundin",
        "Ordförande Ulrika Ek",
    ];
    assert_eq!(
        rules_of(&protocol, "Margareta Björn Göran Sundin"),
        ["fortroendevald"]
    );
    assert_eq!(rules_of(&protocol, "Ulrika Ek"), ["fortroendevald"]);
}

#[test]
fn a_line_opening_with_the_employers_side_lists_officials_up_to_the_unions_side() {
    let lines = [
        "§ 4 MBL-förhandling om omorganisation av kosten",
        "Arbetsgivarens företrädare: Emelie Stjernkvist, HR-chef; Robert Nyqvist. Närvarande för arbetstagarna: Liisa Rantanen, Kommunal.",
    ];
    assert_eq!(rules_of(&lines, "Robert Nyqvist"), ["fortroendevald"]);
    assert_eq!(rules_of(&lines, "Liisa Rantanen"), ["facklig"]);
}

#[test]
fn whoever_presents_the_matter_to_the_namnd_is_an_official() {
    let lines = [
        "§ 33 Lex Sarah-anmälan",
        "Anna-Karin Söderholm redogör för ärendet.",
        "Nämnden lägger rapporten till handlingarna.",
    ];
    assert_eq!(rules_of(&lines, "Anna-Karin Söderholm"), ["fortroendevald"]);
}

#[test]
fn the_health_reason_for_an_officials_absence_is_masked_but_not_the_official() {
    let texts: Vec<String> = [
        "Beslutande",
        "Ulf Lund (M) har anmält förhinder på grund av sjukskrivning. Máret Labba (V) justerar.",
        "§ 1 Val av justerare",
        "§ 7 Arvode under ordförandes frånvaro",
        "Ordföranden Eva Strandh (S) är sjukskriven på heltid till och med den 31 maj 2026.",
        "§ 8 Avsägelse",
        "Avsägelse från Eva Strandh (S) av uppdraget som ordförande av hälsoskäl",
    ]
    .iter()
    .map(|p| p.to_string())
    .collect();
    let doc = Document::from_plain_paragraphs(&texts);
    let found = scan(&doc, &Rulebook::embedded().expect("rulebook"));
    let masked: Vec<(&str, &str)> = found
        .iter()
        .filter(|c| c.suggestion == maskera::detect::Suggestion::Mask)
        .map(|c| (c.rule.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        masked[..2],
        [
            ("kanslig", "sjukskrivning"),
            (
                "kanslig",
                "sjukskriven på heltid till och med den 31 maj 2026"
            ),
        ]
    );
    assert!(masked.contains(&("kanslig", "hälsoskäl")), "{masked:?}");
    assert!(!masked.iter().any(|(_, text)| text.starts_with("Eva")));
}

#[test]
fn a_name_on_its_own_line_above_ordforande_is_the_chairs_signature() {
    let lines = [
        "KUNGÖRELSE",
        "Kommunfullmäktige sammanträder måndagen den 23 september 2024 kl. 13.00.",
        "Ulla Bergström",
        "Ordförande",
    ];
    assert_eq!(rules_of(&lines, "Ulla Bergström"), ["fortroendevald"]);
}

#[test]
fn a_title_shared_by_two_fields_after_a_name_makes_an_official() {
    let lines = [
        "Delegationslista",
        "Delegater: SW = Sara Wikström, miljö- och byggchef; LB = Linnea Björk, miljöinspektör",
    ];
    assert_eq!(rules_of(&lines, "Sara Wikström"), ["fortroendevald"]);
}

#[test]
fn an_office_named_after_a_role_word_is_no_person() {
    let lines = [
        "§ 9 Medborgarförslag om belysning",
        "Expedieras till: Förslagsställaren, Tekniska förvaltningen",
    ];
    assert!(rules_of(&lines, "Tekniska").is_empty());
}

#[test]
fn an_attendance_table_under_a_narvaro_heading_lists_officials_and_whom_they_stand_in_for() {
    let lines = [
        "SAMMANTRÄDESPROTOKOLL",
        "Namn | Funktion | Närvaro",
        "Eva Strömgren | Ordförande | Närvarande",
        "Karl Berg | Ersättare | Tjänstgör för Lars Ek",
        "§ 1 Budgetuppföljning",
        "Nämnden godkänner rapporten.",
    ];
    for name in ["Eva Strömgren", "Karl Berg", "Lars Ek"] {
        assert_eq!(rules_of(&lines, name), ["fortroendevald"], "{name}");
    }
}

#[test]
fn names_under_an_adjunct_heading_without_party_or_title_are_officials() {
    let rules = rules_of(
        &[
            "Socialnämnden",
            "Adjungerade: Mikael Ström, Rebecka Nyström",
            "§ 5 Information",
            "Förvaltningen informerar om läget.",
        ],
        "Rebecka Nyström",
    );
    assert_eq!(rules, ["fortroendevald"]);
}

#[test]
fn in_a_document_without_sections_the_attendance_block_ends_where_another_part_begins() {
    let lines = [
        "Lindvreta kommun",
        "Sändlista: Anna Ek, Per Holm",
        "Diarieutdrag",
        "Diarienummer | Datum | Ärendemening | Handläggare",
        "KS 2026/102 | 2026-03-02 | Skrivelse från Tor Andersson om vägbelysning | Erik Strand",
    ];
    assert_eq!(rules_of(&lines, "Per Holm"), ["fortroendevald"]);
    assert_eq!(rules_of(&lines, "Tor Andersson"), ["namn"]);
    assert_eq!(rules_of(&lines, "Erik Strand"), ["fortroendevald"]);
}

#[test]
fn an_associations_representative_in_the_attendance_is_no_official_wherever_named() {
    let notes = [
        "Minnesanteckningar, kommunala pensionärs- och funktionsrättsrådet",
        "Närvarande",
        "Från kommunen: Kerstin Blind (S), ordförande",
        "– Bengt Hedman (PRO Norrbräcke), vice ordförande",
        "– Gunnel Hedman (DHR Norrbräcke)",
        "1. Mötet öppnas",
        "Bengt Hedman påpekar att frågan om bänkar är obesvarad.",
    ];
    assert_eq!(rules_of(&notes, "Kerstin Blind"), ["fortroendevald"]);
    assert_eq!(rules_of(&notes, "Bengt Hedman"), ["namn", "namn"]);
    // A disability association's name tells its members' health.
    assert_eq!(rules_of(&notes, "Gunnel Hedman"), ["kanslig"]);
}

#[test]
fn an_association_after_a_comma_makes_a_representative_but_a_party_does_not() {
    let notes = [
        "Kommunala pensionärsrådet",
        "Närvarande",
        "Lisbeth Ågren, S, ordförande",
        "Ulla Bengtsson, SPF Seniorerna",
        "Frånvarande: Tore Wiberg, SPF",
        "Kjell Almén, SD Rödmossa",
        "§ 1 Mötets öppnande",
    ];
    assert_eq!(rules_of(&notes, "Lisbeth Ågren"), ["fortroendevald"]);
    assert_eq!(rules_of(&notes, "Ulla Bengtsson"), ["namn"]);
    assert_eq!(rules_of(&notes, "Tore Wiberg"), ["namn"]);
    assert_eq!(rules_of(&notes, "Kjell Almén"), ["fortroendevald"]);
}

#[test]
fn the_municipality_in_parentheses_after_a_name_makes_no_representative() {
    let rules = rules_of(
        &[
            "Närvarande",
            "Sara Lind (Norrbräcke kommun), sekreterare",
            "§ 1 Information",
        ],
        "Sara Lind",
    );
    assert_eq!(rules, ["fortroendevald"]);
}

#[test]
fn the_union_side_of_a_negotiation_is_masked_under_facklig_in_the_attendance_and_in_prose() {
    let lines = [
        "Central samverkansgrupp",
        "Närvarande",
        "För arbetsgivaren: Helena Strand, HR-chef",
        "För arbetstagarna: Mirja Salo och Hamid Nouri",
        "§ 1 Information",
        "För arbetstagarsidan deltog Ahmed Hassan och Emine Doğan. Gruppen informeras.",
    ];
    assert_eq!(rules_of(&lines, "Helena Strand"), ["fortroendevald"]);
    for union in ["Mirja Salo", "Hamid Nouri", "Ahmed Hassan", "Emine Doğan"] {
        assert_eq!(rules_of(&lines, union), ["facklig"], "{union}");
    }
}

#[test]
fn a_list_of_union_ombud_and_the_union_sides_justerare_are_union_representatives() {
    let lines = [
        "Central samverkansgrupp",
        "Närvarande för arbetsgivaren: Lotta Engman, kommundirektör",
        "Närvarande för arbetstagarorganisationerna: Birgitta Sten, Vision; Maja Bäckström, Akademikerförbundet SSR",
        "§ 1 Val av justerare",
        "Till justerare utses Birgitta Sten för arbetstagarorganisationerna.",
        "§ 7 Förteckning över fackliga ombud",
        "Namn\tOrganisation\tUppdrag\tTelefon",
        "Tomas Salo\tKommunal\tSkyddsombud, hemtjänsten\t070-174 06 31",
        "Vid protokollet\tLotta Engman",
    ];
    assert_eq!(rules_of(&lines, "Lotta Engman"), ["fortroendevald"; 2]);
    assert_eq!(rules_of(&lines, "Birgitta Sten"), ["facklig"; 2]);
    assert_eq!(rules_of(&lines, "Maja Bäckström"), ["facklig"]);
    assert_eq!(rules_of(&lines, "Tomas Salo"), ["facklig"]);
}

#[test]
fn the_handlaggare_of_a_unions_letter_in_a_diarium_stays_an_official() {
    let lines = [
        "Diarium",
        "Dnr | Datum | Riktning | Från | Ärende | Handläggare",
        "KS 2024/0448 | 2024-09-22 | In | Kommunal sektion Björkede | Begäran om förhandling | Pia Lundberg",
    ];
    assert_eq!(rules_of(&lines, "Pia Lundberg"), ["fortroendevald"]);
}

#[test]
fn in_a_negotiation_table_with_a_part_column_the_employers_row_names_an_official() {
    let lines = [
        "Förhandlingsprotokoll",
        "§ 19 Information enligt 19 § MBL",
        "Part | Namn | Organisation | Telefon",
        "Arbetsgivare | Robert Ilić | Hällebro kommun | 040-628 04 31",
        "Arbetstagare | Marita Lundgren | Kommunal sektion Hällebro | 070-174 06 90",
        "Förhandlingschef Robert Ilić redovisar förteckningen.",
    ];
    assert_eq!(rules_of(&lines, "Robert Ilić"), ["fortroendevald"; 2]);
    assert_eq!(rules_of(&lines, "Marita Lundgren"), ["facklig"]);
}

#[test]
fn a_pupil_among_a_youth_councils_members_is_a_private_person() {
    let paragraphs = [
        "Skärvsjö ungdomsråd – minnesanteckningar",
        "Närvarande ledamöter:",
        "– Ella Johansson, Stensjöskolan, åk 8",
        "– Noah Lindqvist, åk 3",
        "Från kommunen: Jonna Rosén, ungdomssamordnare",
        "Punkt 1. Välkomna",
        "Ella hälsade alla välkomna.",
    ];
    assert_eq!(rules_of(&paragraphs, "Ella Johansson"), ["namn"]);
    assert_eq!(rules_of(&paragraphs, "Noah Lindqvist"), ["namn"]);
    assert_eq!(rules_of(&paragraphs, "Ella"), ["namn"]);
    assert_eq!(rules_of(&paragraphs, "Jonna Rosén"), ["fortroendevald"]);
}

#[test]
fn prose_ends_an_officers_label_and_a_later_attendance_heading_opens_the_block_again() {
    let report = [
        "TJÄNSTESKRIVELSE – Kommunledningskontoret",
        "Handläggare: Nadia Berisha, kommunjurist",
        "Ärendebeskrivning",
        "Kommunen har mottagit ett skadeståndsanspråk. Sökande är Ahmed Osman.",
        "Kontaktperson: Hussein Ali, tfn 070-111 22 33.",
    ];
    assert_eq!(rules_of(&report, "Nadia Berisha"), ["fortroendevald"]);
    assert_eq!(rules_of(&report, "Ahmed Osman"), ["namn"]);
    assert_eq!(rules_of(&report, "Hussein Ali"), ["namn"]);
    let first_page = [
        "Kommunfullmäktige",
        "Övriga deltagande\tStefan Åhman, kommundirektör",
        "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        "Närvarolista",
        "S: Siv Karlsson, Roger Bäck",
        "§ 1 Val av justerare",
        "Roger Bäck utses att justera.",
    ];
    assert_eq!(
        rules_of(&first_page, "Roger Bäck"),
        ["fortroendevald", "fortroendevald"]
    );
}

#[test]
fn an_attendance_list_written_surname_first_names_the_same_officials_as_the_signatures() {
    let protocol = [
        "Miljö- och hälsoskyddsnämnden",
        "Beslutande",
        "Ledamöter\tParti\tNärvaro",
        "Lindqvist, Anna\tS\tOrdförande",
        "Hassan, Fatima\tC\t",
        "Tjänstemän: Sjöberg, Karin, bygglovshandläggare",
        "§ 61 Tillsyn enligt miljöbalken",
        "Nämnden förelägger ägaren Tord Berg att forsla bort fordonen.",
        "Underskrifter",
        "Sekreterare ........ Karin Sjöberg",
        "Justerare ........ Fatima Hassan",
    ];
    assert_eq!(rules_of(&protocol, "Karin Sjöberg"), ["fortroendevald"]);
    assert_eq!(rules_of(&protocol, "Fatima Hassan"), ["fortroendevald"]);
    assert_eq!(rules_of(&protocol, "Hassan, Fatima"), ["fortroendevald"]);
}

#[test]
fn a_one_person_label_later_in_a_report_opens_no_attendance_block_but_a_note_on_someone_present_keeps_it(
) {
    let report = [
        "TJÄNSTESKRIVELSE",
        "Handläggare: Karin Nyström",
        "Per Holmberg har ansökt om bostadsanpassning efter en stroke förra året.",
        "Handläggare",
        "Karin Nyström",
        "Beslutet skickas till",
        "Per Holmberg",
    ];
    assert_eq!(rules_of(&report, "Per Holmberg"), ["kanslig", "namn"]);
    let protocol = [
        "Kommunstyrelsen",
        "Övriga närvarande",
        "Karin Nyström deltog på distans via Teams under hela sammanträdet.",
        "Lena Sjögren",
        "§ 1 Information om budget",
    ];
    assert_eq!(rules_of(&protocol, "Lena Sjögren"), ["fortroendevald"]);
}

#[test]
fn a_presenter_under_a_kallelses_agenda_makes_no_attendance_block_of_the_next_matter() {
    let paragraphs = [
        "Kallelse – Bildningsnämnden 2026-05-19",
        "Ledamöterna i bildningsnämnden kallas härmed till sammanträde.",
        "Ärenden",
        "4.\tSvar på medborgarförslag om skolbibliotek\tBIN 2025/0188",
        "\tFöredragande: Therese Ahl",
        "5.\tSkolskjuts för Jonathan Pihl av medicinska skäl – överprövning\tBIN 2026/0080",
    ];
    // A private person, under the stronger rule of the medical reasons in his item.
    assert_eq!(rules_of(&paragraphs, "Jonathan Pihl"), ["kanslig"]);
}

#[test]
fn a_registrars_label_in_a_post_list_opens_no_attendance_block_over_the_records_below() {
    let list = [
        "Vålsjö kommun – Postlista",
        "KS 2026/406-1 · Inkommande · 2026-09-21",
        "Ärendemening: Ansökan om torgplats",
        "Avsändare: Leila Farahani",
        "Handläggare: Johannes Lindmark",
        "KS 2026/409-1 · Inkommande · 2026-09-21",
        "Ärendemening: Begäran om allmänna handlingar",
        "Avsändare: Fjällbladet, Malva Eriksson",
        "Handläggare: Johannes Lindmark",
        "BMN 2025-000611-9 · Utgående · 2026-09-22",
        "Mottagare: Göran Flodin",
    ];
    assert_eq!(
        rules_of(&list, "Johannes Lindmark"),
        ["fortroendevald", "fortroendevald"]
    );
    for private in ["Malva Eriksson", "Göran Flodin"] {
        assert_eq!(rules_of(&list, private), ["namn"], "{private}");
    }
}

#[test]
fn an_attendance_list_set_with_middle_dots_is_no_register_record() {
    let list = [
        "Socialnämnden",
        "Beslutande\tAnna Berglund · S · ordförande · §§ 1–12",
        "\tLeif Martinsson · M · vice ordförande",
        "Övriga närvarande\tMaria Holmgren · socialchef",
        "\tErik Sandvik · nämndsekreterare",
        "§ 1 Val av justerare",
    ];
    for official in ["Leif Martinsson", "Erik Sandvik"] {
        assert_eq!(rules_of(&list, official), ["fortroendevald"], "{official}");
    }
}

#[test]
fn a_register_row_with_a_surname_no_list_knows_names_an_official_named_again_later() {
    let protocol = [
        "Kultur- och fritidsnämnden, protokoll",
        "Närvarolista",
        "Namn\tParti\tFunktion\tNärvarande §§",
        "Mäntylä, Kirsi\t–\tFritidskonsulent\t§§ 44–47",
        "§ 44 Lokalbidrag",
        "Kirsi Mäntylä redovisar att 23 föreningar har sökt lokalbidrag.",
    ];
    assert_eq!(rules_of(&protocol, "Mäntylä, Kirsi"), ["fortroendevald"]);
    assert_eq!(rules_of(&protocol, "Kirsi Mäntylä"), ["fortroendevald"]);
}

#[test]
fn surnames_in_capitals_before_given_names_are_officials_named_again_in_natural_order() {
    let protocol = [
        "Gymnasie- och vuxenutbildningsnämnden, protokoll",
        "ÖVRIGA NÄRVARANDE: KARLSSON Mattias, förvaltningschef; SOMPPI Heidi, rektor Klarälvsgymnasiet",
        "§ 40 Avstängning",
        "Heidi Somppi informerar om att en elev har polisanmälts för misshandel.",
        "Mattias Karlsson föreslår att nämnden avstänger eleven.",
    ];
    assert_eq!(rules_of(&protocol, "SOMPPI Heidi"), ["fortroendevald"]);
    assert_eq!(rules_of(&protocol, "Heidi Somppi"), ["fortroendevald"]);
    assert_eq!(rules_of(&protocol, "Mattias Karlsson"), ["fortroendevald"]);
}
