//! A table row is read as one line: a Word table's cells (each its own paragraph) decide
//! together, as they do in a protocol's text, and each find lands in the cell it stands in.

mod support;
use support::docx::{docx, part_xml};

use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::ingest::{ingest_bytes, Document};

fn paragraph(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

/// Paragraphs whose cells are set with Word tabs (`<w:tab/>` between runs), as a tab-set
/// list is written; a line of one cell is a plain paragraph.
fn tab_set(lines: &[&[&str]]) -> String {
    const TAB: &str = "</w:t><w:tab/><w:t xml:space=\"preserve\">";
    lines
        .iter()
        .map(|cells| paragraph(&cells.join(TAB)))
        .collect()
}

/// A Word table, one `<w:tr>` per row, one `<w:tc>` per cell.
fn table(rows: &[&[&str]]) -> String {
    let rows: String = rows
        .iter()
        .map(|cells| {
            let cells: String = cells
                .iter()
                .map(|c| format!("<w:tc>{}</w:tc>", paragraph(c)))
                .collect();
            format!("<w:tr>{cells}</w:tr>")
        })
        .collect();
    format!("<w:tbl>{rows}</w:tbl>")
}

fn scanned(body: &str) -> (Document, Vec<Candidate>) {
    let doc = ingest_bytes(&docx(body, &[]), "docx").expect("ingest");
    let found = scan(&doc, &Rulebook::embedded().expect("rulebook"));
    (doc, found)
}

/// The candidate of `rule` whose text is `text`.
fn find<'c>(found: &'c [Candidate], rule: &str, text: &str) -> &'c Candidate {
    found
        .iter()
        .find(|c| c.rule == rule && c.text == text)
        .unwrap_or_else(|| panic!("no {rule} candidate {text:?} in {found:#?}"))
}

#[test]
fn a_property_in_a_delegation_table_follows_the_decision_in_its_own_row() {
    let body = [
        paragraph("§ 46 Anmälan av delegationsbeslut"),
        table(&[
            &["Dnr", "Ärende", "Fastighet", "Beslut"],
            &[
                "BN 2024/0151",
                "Bygglov, tillbyggnad med uterum",
                "Tallåsen 3:17",
                "Beviljat",
            ],
            &[
                "BN 2024/0163",
                "Rivningslov, ekonomibyggnad",
                "Björkdalen 2:4",
                "Avslag",
            ],
        ]),
        paragraph("Nämnden lägger anmälan till handlingarna."),
    ]
    .concat();
    let (doc, found) = scanned(&body);
    let granted = find(&found, "fastighetsbeteckning", "Tallåsen 3:17");
    let refused = find(&found, "fastighetsbeteckning", "Björkdalen 2:4");
    assert_eq!(granted.suggestion, Suggestion::Keep);
    assert_eq!(refused.suggestion, Suggestion::Mask);
    // Each find stands in its own cell's paragraph, from the cell's first character.
    for c in [granted, refused] {
        let cell = &doc.paragraphs[c.location.paragraph];
        assert_eq!(cell.text, c.text);
        assert_eq!((c.location.start, c.location.end_paragraph), (0, None));
    }
}

#[test]
fn a_name_in_an_attendance_table_with_its_party_is_an_official() {
    let body = [
        paragraph("Byggnadsnämnden"),
        paragraph("Beslutande"),
        table(&[
            &["Funktion", "Namn", "Parti"],
            &["Ordförande", "Gunilla Sparre", "S"],
            &["Ledamot", "Tarja Koskinen", "V"],
        ]),
        paragraph("§ 41 Bygglov för enbostadshus"),
        paragraph("Gunilla Sparre (S) anmäler jäv och deltar inte i handläggningen."),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(masked.is_empty(), "nothing to mask, masked {masked:?}");
    assert_eq!(
        find(&found, "fortroendevald", "Tarja Koskinen").suggestion,
        Suggestion::Keep
    );
}

#[test]
fn a_diagnosis_in_a_table_row_masks_its_cell_not_the_row() {
    let body = [
        paragraph("§ 46 Anmälan av delegationsbeslut"),
        table(&[
            &["Dnr", "Ärende", "Sökande", "Beslut"],
            &[
                "BN 2024/0166",
                "Ramp vid entrén",
                "Hodan Abdi Nuur, rullstolsburen efter en stroke",
                "Beviljat 64 300 kr",
            ],
        ]),
    ]
    .concat();
    let (doc, found) = scanned(&body);
    let masked_cells: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| doc.paragraphs[c.location.paragraph].text.as_str())
        .collect();
    let cell = "Hodan Abdi Nuur, rullstolsburen efter en stroke";
    assert!(masked_cells.contains(&cell), "{found:#?}");
    assert!(
        masked_cells.iter().all(|c| *c == cell),
        "the diarienummer, the matter and the decision stay: {masked_cells:?}"
    );
    assert!(found
        .iter()
        .any(|c| c.rule == "kanslig" && c.text.contains("rullstolsburen")));
}

#[test]
fn a_delegation_tables_header_tells_the_party_from_the_delegate() {
    let body = [
        paragraph("Förteckning över delegationsbeslut april 2024"),
        table(&[
            &["Dnr", "Ärende", "Sökande/part", "Beslut", "Delegat"],
            &[
                "MBN 2024/0164",
                "Bygglov, fritidshus",
                "Rojda Aziz",
                "Avslås",
                "Oskar Lindfors",
            ],
            &[
                "MBN 2024/0162",
                "Bygglov, fasadskylt",
                "Sparbanken Vretaby AB",
                "Beviljas",
                "Oskar Lindfors",
            ],
            &[
                "MBN 2024/0170",
                "Strandskyddsdispens",
                "Dödsbo efter Sture Bergqvist",
                "Dispens ges",
                "Lindfors",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    // A name no list knows is a person where the heading says the cell holds the party.
    assert_eq!(
        find(&found, "namn", "Rojda Aziz").suggestion,
        Suggestion::Mask
    );
    // The delegate is an official in their role, named in full or by surname.
    for c in found.iter().filter(|c| c.text.contains("Lindfors")) {
        assert_eq!(
            (c.rule.as_str(), c.suggestion),
            ("fortroendevald", Suggestion::Keep),
            "{c:?}"
        );
    }
    // A company and the words around a name in a party cell are no one's name.
    assert!(
        !found
            .iter()
            .any(|c| c.text.contains("Sparbanken") || c.text.contains("Dödsbo")),
        "{found:#?}"
    );
    // The dead are no one's personal data: the estate's late owner stays.
    assert!(
        !found.iter().any(|c| c.text.contains("Bergqvist")),
        "{found:#?}"
    );
}

#[test]
fn a_cell_under_a_property_heading_is_a_designation_decided_by_its_row() {
    let body = table(&[
        &["Dnr", "Ärende", "Fastighet", "Sökande", "Beslut"],
        &[
            "MBN 2024/0181",
            "Tillsyn, altan",
            "Gärdet 4",
            "Selam Ghebremedhin",
            "Föreläggande",
        ],
        &[
            "MBN 2024/0191",
            "Anmälan, bergvärme",
            "Gärdet 7",
            "Anna Ek",
            "Åtgärden får utföras",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "fastighetsbeteckning", "Gärdet 4").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "fastighetsbeteckning", "Gärdet 7").suggestion,
        Suggestion::Keep
    );
}

#[test]
fn a_party_cell_holds_initials_and_three_part_names_whole() {
    let body = table(&[
        &["Ärende", "Sökande/part", "Beslut"],
        &["Föreläggande, städning av tomt", "K-G Ek", "Föreläggande"],
        &["Bygglov i efterhand, altan", "M. Lantto", "Avslag"],
        &[
            "Bygglov, carport",
            "Lena Berglund Fors",
            "Avskrivs, ansökan återkallad",
        ],
    ]);
    let (_, found) = scanned(&body);
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask && c.rule != "fastighetsbeteckning")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(masked, ["K-G Ek", "M. Lantto", "Lena Berglund Fors"]);
}

#[test]
fn a_delegation_list_without_paragraphs_masks_what_a_row_tells_of_the_person_it_names() {
    let body = [
        paragraph("Delegationslista – samhällsbyggnadsnämnden, april 2024"),
        table(&[
            &["Nr", "Ärende", "Beslut", "Delegat"],
            &[
                "3",
                "Bostadsanpassningsbidrag – Erkki Hyvönen",
                "Bifall 48 300 kr, dusch i stället för badkar efter amputation av höger underben",
                "Handläggare Linda Moberg",
            ],
            &[
                "4",
                "Skadeståndsanspråk efter cykelolycka – Elif Kaya",
                "Avslag; handledsfraktur inte orsakad av bristande underhåll",
                "Pia Ström",
            ],
            // A row that names no one tells nothing of anyone.
            &[
                "5",
                "Information om hemtjänstens nya larm",
                "Noteras",
                "Pia Ström",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    find(
        &found,
        "kanslig",
        "Bifall 48 300 kr, dusch i stället för badkar efter amputation av höger underben",
    );
    find(
        &found,
        "kanslig",
        "handledsfraktur inte orsakad av bristande underhåll",
    );
    assert!(
        !found
            .iter()
            .any(|c| c.text.contains("hemtjänstens nya larm")),
        "{found:#?}"
    );
}

#[test]
fn a_column_headed_berord_names_the_person_a_decision_concerns() {
    let body = table(&[
        &["Dnr", "Beslut", "Berörd", "Delegat"],
        &[
            "SN 2024/0146",
            "Ansökan om förordnande av god man",
            "Oili Pietilä",
            "Enhetschef Senad Mehmedović",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "namn", "Oili Pietilä").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "fortroendevald", "Senad Mehmedović").suggestion,
        Suggestion::Keep
    );
}

#[test]
fn the_secrecy_of_the_last_section_stops_where_the_body_ends_not_in_the_footer() {
    let body = [
        paragraph("§ 12 Ansökan om samtycke till uttag från spärrat konto"),
        paragraph("Huvudmannen Gunnel Ek har ansökt om uttag för att köpa en rullstol."),
    ]
    .concat();
    let footer = part_xml("ftr", &paragraph("Justerandes signatur"));
    let doc = ingest_bytes(&docx(&body, &[("word/footer1.xml", &footer)]), "docx").expect("ingest");
    let found = scan(&doc, &Rulebook::embedded().expect("rulebook"));
    let secret: Vec<&Candidate> = found.iter().filter(|c| c.rule == "sekretess").collect();
    assert_eq!(secret.len(), 1, "{found:#?}");
    let last = secret[0]
        .location
        .end_paragraph
        .unwrap_or(secret[0].location.paragraph);
    assert!(
        doc.paragraphs[last].text.starts_with("Huvudmannen"),
        "{found:#?}"
    );
}

#[test]
fn the_names_of_an_attendance_table_with_a_party_column_are_officials() {
    let body = table(&[
        &["Namn", "Funktion", "Parti", "Närvaro"],
        &["Marianne Kullberg", "ordförande", "S", "§§ 101–109"],
        &[
            "Kerstin Blom",
            "tjänstgörande ersättare för Hans Wallin (C)",
            "C",
            "§§ 101–109",
        ],
        &["Oskar Lindén", "nämndsekreterare", "–", "§§ 101–109"],
    ]);
    let (_, found) = scanned(&body);
    for name in [
        "Marianne Kullberg",
        "Kerstin Blom",
        "Hans Wallin",
        "Oskar Lindén",
    ] {
        assert_eq!(
            find(&found, "fortroendevald", name).suggestion,
            Suggestion::Keep
        );
    }
    assert!(
        found.iter().all(|c| c.suggestion == Suggestion::Keep),
        "{found:#?}"
    );
}

#[test]
fn a_row_of_an_attendance_table_whose_cell_is_a_known_heading_is_no_new_header() {
    // "ledamot" heads a column of officials elsewhere; here it is Bo Rask's function, and
    // the rows after his are still names under "Namn".
    let body = table(&[
        &["Namn", "Funktion", "Parti"],
        &["Bo Rask", "ledamot", "C"],
        &[
            "Zeynep Demir",
            "tjänstgörande ersättare för Petter Sjöberg (KD)",
            "S",
        ],
    ]);
    let (_, found) = scanned(&body);
    for name in ["Bo Rask", "Zeynep Demir", "Petter Sjöberg"] {
        assert_eq!(
            find(&found, "fortroendevald", name).suggestion,
            Suggestion::Keep
        );
    }
}

#[test]
fn a_delegation_list_row_opening_with_a_permit_is_a_grant_and_keeps_its_property() {
    let body = [
        paragraph("Redovisning av delegationsbeslut"),
        table(&[
            &["Dnr", "Beslut", "Fastighet", "Sökande/part", "Delegat"],
            &[
                "MBN 2026/003",
                "Bygglov, tillbyggnad av enbostadshus",
                "Tallbacken 7",
                "Lindqvist, Erik",
                "Karim Haddad",
            ],
            &[
                "MBN 2025/951",
                "Avslag, marklov för utfyllnad",
                "Hålltorp 1:12",
                "Kuoljok, Inga",
                "Karim Haddad",
            ],
            &[
                "MBN 2026/121",
                "Strandskyddsdispens för enbostadshus",
                "Näsudden 1:5",
                "Sara, Nils",
                "Karim Haddad",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let property = |text| find(&found, "fastighetsbeteckning", text).suggestion;
    assert_eq!(property("Tallbacken 7"), Suggestion::Keep);
    assert_eq!(property("Hålltorp 1:12"), Suggestion::Mask);
    // Named, not yet decided: integrity wins.
    assert_eq!(property("Näsudden 1:5"), Suggestion::Mask);
}

#[test]
fn a_name_no_list_knows_in_an_ombud_column_is_a_union_representative() {
    let body = table(&[
        &["Organisation", "Ombud", "Arbetsplats", "Telefon"],
        &[
            "Vision",
            "Kawa Mustafa",
            "Förvaltningskontoret",
            "070-1740635",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "facklig", "Kawa Mustafa").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_table_with_identity_numbers_lists_private_persons_not_officials() {
    let body = table(&[
        &["Valdistrikt", "Funktion", "Namn", "Personnummer", "Telefon"],
        &[
            "Hällebro centrum",
            "ordförande",
            "Ronja Eriksson",
            "620417-9847",
            "070-174 06 12",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "namn", "Ronja Eriksson").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "kontakt", "070-174 06 12").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn the_sides_of_a_negotiation_in_a_party_column_are_no_names() {
    let body = table(&[
        &["Part", "Namn", "Organisation"],
        &["Arbetsgivare", "Robert Ilić", "Hällebro kommun"],
        &["Arbetstagare", "Kenan Selimović", "Vision"],
    ]);
    let (_, found) = scanned(&body);
    assert!(
        !found
            .iter()
            .any(|c| c.text.starts_with("Arbetsgivare") || c.text.starts_with("Arbetstagare")),
        "{found:#?}"
    );
}

#[test]
fn a_cell_under_an_address_heading_is_an_address_without_a_street_ending() {
    let body = table(&[
        &["Elev", "Klass", "Adress", "Telefon"],
        &["Leo Pokka", "5A", "Brännmyra 40", "070-174 06 41"],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "adress", "Brännmyra 40").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_cell_under_an_address_heading_after_a_venue_is_the_venues_address() {
    let body = table(&[
        &["Valdistrikt", "Röstningslokal", "Adress"],
        &["Hyttfors centrala", "Folkets hus", "Bruksgatan 4"],
        &["Skänkhyttan", "Skänkhyttans bygdegård", "Bygdevägen 1"],
        &["Norrhyttan", "Stålboskolans matsal", "Kolbotten 118"],
    ]);
    let (_, found) = scanned(&body);
    let addresses: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "adress")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(addresses, Vec::<&str>::new());
}

#[test]
fn a_phone_number_ends_at_its_cells_tab() {
    let body = tab_set(&[
        &["Förening", "Kontaktperson", "Telefon", "Beviljat belopp"],
        &[
            "PRO Hyttfors",
            "Gösta Fransson",
            "070-174 06 27",
            "18 000 kr",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "kontakt", "070-174 06 27").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_workplace_named_like_a_person_is_no_union_representative() {
    let body = table(&[
        &["Organisation", "Ombud", "Arbetsplats", "Telefon"],
        &[
            "Kommunal",
            "Birgitta Olofsson",
            "Skolrestaurangen Strömsholm",
            "070-174 06 36",
        ],
    ]);
    let (_, found) = scanned(&body);
    let facklig: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "facklig")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(facklig, ["Birgitta Olofsson"]);
}

#[test]
fn the_contact_person_of_an_association_whose_name_tells_origin_is_masked_as_sensitive() {
    let body = table(&[
        &["Förening", "Org.nr", "Kontaktperson", "Bidrag"],
        &[
            "Norrbräcke Schackklubb",
            "878001-2203",
            "Sten Aronsson",
            "6 400 kr",
        ],
        &[
            "Kurdiska kulturföreningen Newroz",
            "802499-1187",
            "Rezan Ahmed",
            "16 300 kr",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "namn", "Sten Aronsson").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "kanslig", "Rezan Ahmed").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_debt_cell_is_masked_in_a_private_customers_row_and_kept_in_a_companys() {
    let body = table(&[
        &["Kund", "Personnummer", "Anläggningsadress", "Skuld"],
        &[
            "Linda Pekkari",
            "197305119823",
            "Gruvgatan 3 B, lgh 1102, Norrbräcke",
            "18 420 kr",
        ],
        &[
            "Norrbräcke Pizzeria Roma HB",
            "–",
            "Storgatan 33, Norrbräcke",
            "31 500 kr",
        ],
    ]);
    let (_, found) = scanned(&body);
    let debts: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "integritetskanslig" && c.text.ends_with("kr"))
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(debts, ["18 420 kr"]);
}

#[test]
fn a_register_exported_with_semicolons_reads_its_fields_as_columns() {
    let body = [
        "Offentlig postlista. Exporterad 2026-04-13 från diariesystemet. \
         Fält: Diarienr;Handling;Datum;Riktning;Ärendemening;Avsändare/Mottagare;Handläggare",
        "Information: Kommunen publicerar postlistan enligt 5 kap. OSL. Personuppgifter om \
         enskilda har maskerats.",
        "KS 2026/052;5;2026-04-08;Inkommande;Föreläggande från förvaltningsrätten, mål nr \
         1442-26 (laglighetsprövning);Förvaltningsrätten; klagande Sören Mark;Magnus Alm",
        "KS 2026/134;1;2026-04-07;Inkommande;Begäran om allmän handling;Erik Holmgren;\
         Emma Kjellberg",
        "SN 2026/211;3;2026-04-07;Inkommande;Handling i ärende om bistånd;Sekretessmarkerad, \
         26 kap. 1 § OSL;Sanna Järvinen",
    ]
    .map(paragraph)
    .concat();
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "namn", "Erik Holmgren").suggestion,
        Suggestion::Mask
    );
    let kept: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "fortroendevald")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(kept, ["Magnus Alm", "Emma Kjellberg", "Sanna Järvinen"]);
    assert!(!found
        .iter()
        .any(|c| c.text.starts_with("Sekretessmarkerad")));
}

#[test]
fn a_council_member_listed_beside_the_association_they_represent_is_no_official() {
    let body = tab_set(&[
        &["Kommunala pensionärs- och funktionsrättsrådet"],
        &["Närvarande", "Representerar"],
        &["Ahmed Nur (S), ordförande", "Kommunstyrelsen"],
        &["Berit Holm, vice ordförande", "PRO Sandlöv"],
        &["Marianne Bäck", "Hörselskadades förening Söderslätt"],
        &["Camilla Ahlström", "Vård- och omsorgsförvaltningen"],
        &["§ 11. Hörslingor"],
        &["Marianne Bäck påpekar att hon själv hör dåligt trots sitt cochleaimplantat."],
    ]);
    let (_, found) = scanned(&body);
    let kept: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "fortroendevald")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(kept, ["Ahmed Nur", "Camilla Ahlström"]);
    assert_eq!(
        find(&found, "namn", "Berit Holm").suggestion,
        Suggestion::Mask
    );
    // Her association tells her health wherever she is named.
    assert!(found
        .iter()
        .any(|c| c.rule == "kanslig" && c.text == "Marianne Bäck" && c.location.paragraph == 7));
    assert!(found
        .iter()
        .any(|c| c.rule == "kanslig" && c.text.contains("cochleaimplantat")));
}

#[test]
fn a_votes_table_set_with_tabs_keeps_its_empty_cells_and_its_members() {
    let body = tab_set(&[
        &["§ 30 Konstnärlig gestaltning"],
        &["Omröstning begärs och verkställs."],
        &["Ledamot", "Ja", "Nej", "Avstår"],
        &["Mark Lindqvist", "X", "", ""],
        &["K-H Sjöholm", "", "", "X"],
        &["Summa", "1", "0", "1"],
    ]);
    let (_, found) = scanned(&body);
    let kept: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "fortroendevald")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(kept, ["Mark Lindqvist", "K-H Sjöholm"], "{found:#?}");
}

#[test]
fn a_tab_set_delegation_list_keeps_the_property_of_a_permit_or_registration_granted() {
    let body = tab_set(&[
        &["Redovisning av delegationsbeslut februari–mars 2026"],
        &["Nr", "Beslut", "Fastighet", "Part", "Delegat"],
        &[
            "1",
            "Registrering av livsmedelsanläggning",
            "Fiskaren 3",
            "Sandlövs Glass och Fisk AB",
            "Erik Sol",
        ],
        &[
            "4",
            "Tillstånd till bergvärmepump",
            "Bäckarp 4:12",
            "Olof Jeppsson",
            "Maria Lund",
        ],
        &[
            "5",
            "Föreläggande om fuktsanering",
            "Ljungen 4, lgh 1203",
            "Sandlövshem AB",
            "Maria Lund",
        ],
    ]);
    let (_, found) = scanned(&body);
    let designations: Vec<(&str, Suggestion)> = found
        .iter()
        .filter(|c| c.rule == "fastighetsbeteckning")
        .map(|c| (c.text.as_str(), c.suggestion))
        .collect();
    assert_eq!(
        designations,
        [
            ("Fiskaren 3", Suggestion::Keep),
            ("Bäckarp 4:12", Suggestion::Keep),
            ("Ljungen 4", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_surname_in_the_cell_before_a_designation_is_no_part_of_it() {
    let body = tab_set(&[
        &["Datum", "Ärende", "Part", "Fastighet", "Beslut"],
        &[
            "2026-04-21",
            "Ansökan om tillstånd att installera värmepump",
            "Lars Bredberg",
            "Stjärnvik 3:7",
            "Tillstånd beviljas",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "fastighetsbeteckning", "Stjärnvik 3:7").suggestion,
        Suggestion::Keep
    );
    assert_eq!(
        find(&found, "namn", "Lars Bredberg").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_register_exported_with_columns_set_by_spaces_is_read_by_its_header() {
    let lines = [
        "Rödmossa kommun – Postlista                                    Utskriven 2026-05-11",
        "Diarienr         Datum        Typ   Ärendemening                      Avsändare/mottagare       Handl.",
        "KS 2026/0322-1   2026-05-05   I     Ansökan om köp av mark            Sara Wennerholm   Oskar Bergsten",
        "KS 2026/0327-1   2026-05-07   I     Ansökan om jordbruksarrende       Per-Anders Ahlberg, dödsbodelägare   Oskar Bergsten",
        "Rödmossa kommun – Postlista                                                        Sida 2 av 3",
        "VALNÄMNDEN (VN)",
        "VN 2026:9-41     2026-05-05   I     Intresseanmälan röstmottagare     Noah Eriksson     Josefin Dahlin",
    ];
    let body: String = lines.iter().map(|l| paragraph(l)).collect();
    let (_, found) = scanned(&body);
    let people: Vec<(&str, &str)> = found
        .iter()
        .filter(|c| matches!(c.rule.as_str(), "namn" | "fortroendevald"))
        .map(|c| (c.text.as_str(), c.rule.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("Sara Wennerholm", "namn"),
            ("Oskar Bergsten", "fortroendevald"),
            ("Per-Anders Ahlberg", "namn"),
            ("Oskar Bergsten", "fortroendevald"),
            ("Noah Eriksson", "namn"),
            ("Josefin Dahlin", "fortroendevald"),
        ]
    );
}

#[test]
fn a_debt_column_headed_with_its_currency_and_a_payment_plan_tell_a_tenants_finances() {
    let body = tab_set(&[
        &["§ 5 Hyresfordringar"],
        &["Hyresgäst", "Lägenhet", "Skuld, kr", "Åtgärd"],
        &[
            "Sabina Mehmedović",
            "Vipvägen 7, lgh 1301",
            "21 900",
            "Avbetalningsplan, följs",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "integritetskanslig", "21 900").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "integritetskanslig", "Sabina Mehmedović").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_delegation_row_without_remarks_keeps_its_property() {
    let body = tab_set(&[
        &["Datum", "Ärende", "Part", "Fastighet", "Beslut"],
        &[
            "2026-04-17",
            "Kontroll av receptfria läkemedel",
            "Sörtuna Handel AB",
            "Sörtuna 5:8",
            "Inga brister",
        ],
        &[
            "2026-04-06",
            "Anmälan om försäljning av nikotinprodukter",
            "Rödmossa Bensin och Service AB",
            "Kvissle 4:3",
            "Anmälan mottagen, ingen erinran",
        ],
    ]);
    let (_, found) = scanned(&body);
    for designation in ["Sörtuna 5:8", "Kvissle 4:3"] {
        assert_eq!(
            find(&found, "fastighetsbeteckning", designation).suggestion,
            Suggestion::Keep
        );
    }
}

#[test]
fn a_title_opening_a_recipients_cell_is_no_part_of_the_name_and_makes_an_official() {
    let body = [
        paragraph("Kf § 34 Partistöd"),
        tab_set(&[
            &["Parti", "Mandat", "Summa"],
            &["Centerpartiet", "5", "59 500"],
        ]),
        paragraph("Anders Åkerlund (M) yrkar bifall till kommunstyrelsens förslag."),
        tab_set(&[
            &["Parti", "Mottagare", "Adress"],
            &[
                "Moderaterna i Rödmossa",
                "Ordförande Anders Åkerlund",
                "Box 207",
            ],
            &[
                "Kristdemokraterna i Rödmossa",
                "Rune Holst",
                "Ekbacksvägen 2",
            ],
            &["Justerandes sign", "", "Utdragsbestyrkande"],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let people: Vec<(&str, &str)> = found
        .iter()
        .filter(|c| matches!(c.rule.as_str(), "namn" | "fortroendevald"))
        .map(|c| (c.text.as_str(), c.rule.as_str()))
        .collect();
    assert_eq!(
        people,
        [
            ("Anders Åkerlund", "fortroendevald"),
            ("Anders Åkerlund", "fortroendevald"),
            ("Rune Holst", "namn"),
        ]
    );
    assert!(
        !found.iter().any(|c| c.rule == "fastighetsbeteckning"),
        "{found:#?}"
    );
}

#[test]
fn the_name_fields_of_an_e_service_form_name_the_person_who_filled_it_in() {
    let body = tab_set(&[
        &["E-tjänst: Skadeanmälan"],
        &["Uppgifter om dig"],
        &["Förnamn", "Leila"],
        &["Efternamn", "Karimi"],
        &["Skadedatum", "2026-02-27"],
        &["Mottaget av", "Emma Kjellberg, kommunsekreterare"],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(find(&found, "namn", "Leila").suggestion, Suggestion::Mask);
    assert_eq!(find(&found, "namn", "Karimi").suggestion, Suggestion::Mask);
    assert_eq!(
        find(&found, "fortroendevald", "Emma Kjellberg").suggestion,
        Suggestion::Keep
    );
}

#[test]
fn a_pupils_home_address_beside_the_school_is_masked_and_an_empty_cell_is_no_trouble() {
    let body = tab_set(&[
        &["Elev", "Skola", "Adress"],
        &["Elin Ek", "Vallbyskolan", "Brännmyra 40"],
        &["Leo Pokka", "", " "],
    ]);
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "adress", "Brännmyra 40").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_delegation_lists_decision_column_decides_its_rows_property_by_its_first_clause() {
    let body = tab_set(&[
        &[
            "Diarienr",
            "Ärendemening",
            "Fastighet",
            "Part",
            "Beslut",
            "Delegat",
        ],
        &[
            "B 2026-0345",
            "Bygglov i efterhand, altan",
            "Kölfors 8:33",
            "Malin Stjärne",
            "Beviljat, byggsanktionsavgift beslutas separat",
            "Fredrik Hagelin",
        ],
        &[
            "M 2026-0201",
            "Tillstånd värmepump (bergvärme)",
            "Kölfors 3:55",
            "Berit Nyholm",
            "Tillstånd",
            "Linda Östlund",
        ],
        &[
            "B 2026-0316",
            "Bygglov, carport",
            "Gammelby 2:3",
            "Hüseyin Bektaş",
            "Bygglov, carport, avslås",
            "Tapio Rauhala",
        ],
        &[
            "B 2026-0311",
            "Rivningslov ladugård",
            "Mikkolaberget 2:3",
            "Eino Väisänen, dödsbo",
            "Beviljat",
            "Fredrik Hagelin",
        ],
    ]);
    let (_, found) = scanned(&body);
    for (designation, suggestion) in [
        ("Kölfors 8:33", Suggestion::Keep),
        ("Kölfors 3:55", Suggestion::Keep),
        ("Gammelby 2:3", Suggestion::Mask),
    ] {
        let f = find(&found, "fastighetsbeteckning", designation);
        assert_eq!(f.suggestion, suggestion, "{designation}");
    }
    // The estate of someone who has died is no one's personal data.
    assert!(
        !found.iter().any(|c| c.text.contains("Väisänen")),
        "{found:#?}"
    );
}

#[test]
fn a_party_cell_that_states_a_decision_names_no_one_where_a_rows_cells_have_shifted() {
    // A PDF read the property into the matter's cell, so the decision stands under
    // "Part" and the delegate's name under "Beslut" and "Delegat".
    let body = tab_set(&[
        &[
            "Diarienr",
            "Ärendemening",
            "Fastighet",
            "Part",
            "Beslut",
            "Delegat",
        ],
        &[
            "L 2026-0088",
            "Föreläggande – rengöring Kölfors 5:9",
            "Grillkiosken Bron, Hussein Al-Jabouri",
            "Föreläggande",
            "Anna",
            "Pelkonen",
        ],
        &[
            "B 2026-0335",
            "Föreläggande om att lämna in handlingar",
            "Hammarnäs 2:8",
            "Tomas Ruud",
            "Föreläggande",
            "Jaroslav Novák",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert!(
        !found.iter().any(|c| c.text == "Föreläggande"),
        "{found:#?}"
    );
}

#[test]
fn a_role_word_opening_a_party_cell_is_no_part_of_the_name_and_a_stomach_bug_is_health() {
    let body = tab_set(&[
        &["Diarienr", "Ärendemening", "Part", "Beslut", "Delegat"],
        &[
            "L 2026-0095",
            "Matförgiftning, anmälan från konsument",
            "Anmälare Bo Vilhelmsson (magsjuk efter besök)",
            "Utredning inledd",
            "Anna Pelkonen",
        ],
    ]);
    let (_, found) = scanned(&body);
    let person = find(&found, "kanslig", "Bo Vilhelmsson");
    assert_eq!(person.suggestion, Suggestion::Mask);
    // The role word opens no name: neither "Anmälare Bo" nor "Anmälare Bo Vilhelmsson"
    // (the cell's sensitive fact may run from it).
    let name = "Anmälare Bo Vilhelmsson";
    assert!(
        !found
            .iter()
            .any(|c| c.text.starts_with("Anmälare Bo") && c.text.len() <= name.len()),
        "{found:#?}"
    );
}

#[test]
fn review_a_measure_anywhere_in_a_decision_cell_outranks_its_opening_grant() {
    let body = tab_set(&[
        &["Fastighet", "Fastighetsägare", "Beslut"],
        &[
            "Asken 3",
            "Per Holm",
            "Bifall till yrkande om anstånd, föreläggande med vite kvarstår",
        ],
        &[
            "Aspen 4",
            "Mia Kvist",
            "Godkänns, förbud mot utsläpp från 2025-01-01",
        ],
        &["Granen 7", "Ola Nyberg", "Startbesked nekas"],
        &["Almen 8", "Bo Ek", "Ej beviljat"],
    ]);
    let (_, found) = scanned(&body);
    for designation in ["Asken 3", "Aspen 4", "Granen 7", "Almen 8"] {
        let f = find(&found, "fastighetsbeteckning", designation);
        assert_eq!(f.suggestion, Suggestion::Mask, "{designation}");
    }
}

#[test]
fn review_a_party_cell_whose_name_holds_a_decision_stem_still_names_someone() {
    let body = tab_set(&[
        &["Dnr", "Ärende", "Sökande", "Fastighet", "Beslut", "Delegat"],
        &[
            "BN 2024/101",
            "Bygglov, carport",
            "Jiří Vitek",
            "Tallen 5",
            "Avslås",
            "Emma Lind",
        ],
    ]);
    let (_, found) = scanned(&body);
    assert!(
        found
            .iter()
            .any(|c| c.text == "Jiří Vitek" && c.suggestion == Suggestion::Mask),
        "{found:#?}"
    );
}

#[test]
fn a_list_of_stalls_keeps_its_places_and_the_bodies_that_apply_and_their_official_contacts() {
    let (_, found) = scanned(
        &[
            paragraph("NÄRVARANDE LEDAMÖTER"),
            paragraph("PER KLINTBERG (M), ordförande"),
            paragraph("§ 43 Upplåtelse av offentlig plats under Hallvideveckan"),
            table(&[
                &["Sökande", "Kontaktperson", "Plats", "Beslut"],
                &[
                    "Moderaterna Gotland",
                    "Per Klintberg",
                    "Strandparken 1",
                    "Beviljas",
                ],
                &[
                    "Hallvide Scoutkår",
                    "Krzysztof Nowak",
                    "Hamntorget 2",
                    "Beviljas",
                ],
            ]),
        ]
        .concat(),
    );
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(masked, ["Krzysztof Nowak"], "{found:#?}");
    assert_eq!(
        find(&found, "fortroendevald", "Per Klintberg").suggestion,
        Suggestion::Keep
    );
}

#[test]
fn a_delegate_written_surname_first_with_a_given_name_that_is_also_a_word_is_the_official() {
    let (_, found) = scanned(&table(&[
        &["Dnr", "Fastighet", "Part", "Ärende", "Beslut", "Delegat"],
        &[
            "M 2026-0401",
            "Kylle Hamnarve 1:33",
            "Svensson, Rolf",
            "Anmälan, bergvärmepump",
            "Anmälan godtas",
            "Hägg, Sara",
        ],
        &[
            "M 2026-0418",
            "Gnaive Häggarve 1:3",
            "Hägg, Per",
            "Dispens för spridning av gödsel",
            "Dispens beviljas",
            "Hägg, Sara",
        ],
    ]));
    assert_eq!(
        find(&found, "namn", "Hägg, Per").suggestion,
        Suggestion::Mask
    );
    let delegates: Vec<_> = found.iter().filter(|c| c.text.contains("Sara")).collect();
    assert_eq!(delegates.len(), 2, "{found:#?}");
    assert!(delegates
        .iter()
        .all(|c| c.rule == "fortroendevald" && c.suggestion == Suggestion::Keep));
}

#[test]
fn each_party_a_delegation_list_puts_in_one_cell_after_a_semicolon_is_a_party() {
    let (_, found) = scanned(&table(&[
        &["Dnr", "Fastighet", "Part", "Ärende", "Beslut", "Delegat"],
        &[
            "B 2026-0318",
            "Kylle Udden 1:24",
            "Ozoliņš, Jānis; Ozoliņa, Baiba",
            "Förhandsbesked, fritidshus",
            "Negativt förhandsbesked",
            "Stenarve, Helena",
        ],
    ]));
    assert_eq!(
        find(&found, "namn", "Ozoliņš, Jānis").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "namn", "Ozoliņa, Baiba").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn an_incident_logs_place_is_no_stall_and_a_refused_notice_keeps_no_property() {
    let (_, found) = scanned(
        &[
            table(&[
                &["Datum", "Plats", "Händelse"],
                &[
                    "2026-02-14",
                    "Björkvägen 7",
                    "Brand i villa, en person till sjukhus",
                ],
            ]),
            table(&[
                &["Dnr", "Fastighet", "Part", "Ärende", "Beslut", "Delegat"],
                &[
                    "M 2026-0402",
                    "Kylle Hamnarve 1:34",
                    "Svensson, Rolf",
                    "Anmälan, bergvärmepump",
                    "Anmälan godtas inte",
                    "Hägg, Sara",
                ],
            ]),
        ]
        .concat(),
    );
    assert_eq!(
        find(&found, "adress", "Björkvägen 7").suggestion,
        Suggestion::Mask
    );
    assert_eq!(
        find(&found, "fastighetsbeteckning", "Kylle Hamnarve 1:34").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_voters_room_in_a_care_home_is_their_address() {
    let (_, found) = scanned(&table(&[
        &["Väljare", "Personnummer", "Adress", "Skäl enligt ansökan"],
        &[
            "Signe Ronström",
            "241104+9824",
            "Solvändans äldreboende, rum 12, Hallvide",
            "Svårt att gå",
        ],
    ]));
    assert_eq!(
        find(&found, "adress", "Solvändans äldreboende, rum 12, Hallvide").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_party_in_capitals_alone_in_its_cell_is_a_name_even_where_its_given_name_is_a_word() {
    // Without a register's comma the surname must be a known one: "KARIN BOYE" is a
    // school's name.
    let (_, found) = scanned(&tab_set(&[
        &["Datum", "Dnr", "Ärende", "Sökande/part", "Delegat"],
        &[
            "2025-09-03",
            "BMN 2025/0470",
            "Förhandsbesked, nybyggnad enbostadshus",
            "LUND, ROSA",
            "Viktor Engström",
        ],
        &[
            "2025-09-15",
            "BMN 2025/0614",
            "Föreläggande, ta bort olovligt uppfört plank",
            "JONSSON RYDH, LENNART",
            "Emma Lindholm",
        ],
        &[
            "2025-09-26",
            "KS 2025/0541",
            "HANS LUNDH",
            "Fråga om öppettider",
        ],
        &["BESLUT", "ÖVRIGA FRÅGOR", "HANS RAPPORT"],
    ]));
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    for name in ["LUND, ROSA", "JONSSON RYDH, LENNART"] {
        assert!(masked.contains(&name), "{name} not masked: {masked:?}");
    }
    let headings: Vec<&str> = found
        .iter()
        .map(|c| c.text.as_str())
        .filter(|t| {
            ["BESLUT", "ÖVRIGA", "RAPPORT"]
                .iter()
                .any(|w| t.contains(w))
        })
        .collect();
    assert!(headings.is_empty(), "headings masked: {headings:?}");
}

#[test]
fn a_polling_stations_address_in_a_list_of_premises_stays() {
    let (_, found) = scanned(&tab_set(&[
        &["Valdistrikt", "Vallokal", "Adress"],
        &["Norrvreten", "Norrvretens skola", "Tallstigen 30"],
        &["Näsudden", "Kvarnsjöbadets kiosk", "Näsuddsvägen 1"],
    ]));
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(masked.is_empty(), "premises' addresses masked: {masked:?}");
    // The same address in a list of pupils is a home.
    let (_, found) = scanned(&tab_set(&[
        &["Elev", "Skola", "Adress"],
        &["Ella Lundqvist", "Norrvretens skola", "Tallstigen 30"],
    ]));
    assert_eq!(
        find(&found, "adress", "Tallstigen 30").suggestion,
        Suggestion::Mask
    );
}

#[test]
fn a_positive_advance_ruling_in_a_delegation_row_keeps_its_property_and_a_negative_one_masks_it() {
    let (_, found) = scanned(&tab_set(&[
        &[
            "Datum",
            "Dnr",
            "Fastighet",
            "Ärende",
            "Beslut",
            "Sökande/part",
        ],
        &[
            "2025-09-03",
            "BMN 2025/0470",
            "Kvarnmora Viggeby 1:12",
            "Förhandsbesked, nybyggnad enbostadshus",
            "Positivt",
            "LUND, ROSA",
        ],
        &[
            "2025-09-03",
            "BMN 2025/0471",
            "Kvarnmora Viggeby 1:13",
            "Förhandsbesked, nybyggnad två enbostadshus",
            "Negativt",
            "KORPELA, ANTTI",
        ],
    ]));
    let suggestion = |text| find(&found, "fastighetsbeteckning", text).suggestion;
    assert_eq!(suggestion("Kvarnmora Viggeby 1:12"), Suggestion::Keep);
    assert_eq!(suggestion("Kvarnmora Viggeby 1:13"), Suggestion::Mask);
}

#[test]
fn a_list_of_union_representatives_masks_each_whatever_their_office() {
    let (_, found) = scanned(&tab_set(&[
        &[
            "Organisation",
            "Facklig förtroendeman",
            "Uppdrag",
            "Arbetsplats",
        ],
        &[
            "Lärarförbundet",
            "Gustavo Pérez Molina",
            "Ombud",
            "Stensätraskolan",
        ],
        &[
            "Vision",
            "Beata Kowalska",
            "Ordförande",
            "Socialförvaltningen",
        ],
        &[
            "Vårdförbundet",
            "Abdiqani Yusuf Hassan",
            "Ombud",
            "Hemtjänsten",
        ],
    ]));
    let union = |name| find(&found, "facklig", name).suggestion;
    for name in [
        "Gustavo Pérez Molina",
        "Beata Kowalska",
        "Abdiqani Yusuf Hassan",
    ] {
        assert_eq!(union(name), Suggestion::Mask);
    }
    // "Förtroendemän" alone are often the elected: their fees' table is no union's.
    let (_, found) = scanned(&tab_set(&[
        &["Förtroendeman", "Uppdrag", "Arvode"],
        &["Anna Lindqvist", "Ordförande KF", "120 000"],
    ]));
    assert!(!found.iter().any(|c| c.rule == "facklig"), "{found:#?}");
}

#[test]
fn a_list_of_union_representatives_masks_their_work_addresses_and_reads_no_workplace_as_health() {
    let body = [
        paragraph("Valbrunna kommun"),
        paragraph("Personalutskottet"),
        paragraph("§ 18 Förteckning över fackliga förtroendemän 2025"),
        tab_set(&[
            &["Organisation", "Förtroendeman", "Telefon", "Uppdrag"],
            &[
                "Kommunal Bergslagen",
                "Sari Jääskeläinen",
                "070-174 06 22",
                "Ombud, hemtjänst",
            ],
            &[
                "Sveriges Lärare",
                "Hannu Lindström",
                "hannu.lindstrom@valbrunna.se",
                "Huvudombud",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    for name in ["Sari Jääskeläinen", "Hannu Lindström"] {
        assert_eq!(find(&found, "facklig", name).suggestion, Suggestion::Mask);
    }
    let address = find(&found, "kontakt", "hannu.lindstrom@valbrunna.se");
    assert_eq!(address.suggestion, Suggestion::Mask);
    assert!(
        !found.iter().any(|c| c.rule == "kanslig"),
        "a workplace is no health: {found:#?}"
    );
}

#[test]
fn a_table_of_names_and_identity_numbers_lists_private_persons_whatever_their_given_names() {
    let body = [
        paragraph("Valnämnden"),
        paragraph("§ 17 Rekrytering av ordförande i valdistrikt"),
        tab_set(&[
            &["Namn", "Personnummer/samordningsnummer", "Språk"],
            &[
                "Rosalinda Bergström",
                "910884-3666",
                "svenska, engelska, tagalog",
            ],
            &["Semir Ahmetović", "790212-8714", "svenska, bosniska"],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    // The languages someone speaks name no association of origin.
    for name in ["Rosalinda Bergström", "Semir Ahmetović"] {
        assert_eq!(find(&found, "namn", name).suggestion, Suggestion::Mask);
    }
}

#[test]
fn a_tab_set_row_that_lost_its_empty_last_cells_keeps_its_columns() {
    // A post list read from a PDF: a row's empty "Anm." cell draws nothing, and its tab
    // is gone; the row still stands under the header's columns, among rows that open
    // alike (with a date).
    let body = [
        paragraph("Postlista – kommunstyrelsen"),
        tab_set(&[
            &["Datum", "Dnr", "Avsändare", "Ärende", "Handläggare", "Anm."],
            &[
                "2026-05-04",
                "KS 2026/0101",
                "Per Lind",
                "Fråga om bygglov",
                "Maria Holm",
                "Komplettering",
            ],
            &[
                "2026-05-05",
                "KS 2026/0102",
                "Anna Berg",
                "Synpunkt på snöröjningen",
                "Tobias Lindahl",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "namn", "Anna Berg").suggestion,
        Suggestion::Mask
    );
    assert!(
        found
            .iter()
            .filter(|c| c.text == "Tobias Lindahl")
            .all(|c| c.suggestion == Suggestion::Keep),
        "{found:#?}"
    );
}

#[test]
fn a_home_in_a_row_that_tells_a_persons_illness_is_masked_though_the_grant_is_favourable() {
    let body = [
        paragraph("§ 21 Bostadsanpassningsbidrag – beslut över 100 000 kronor (VON 2026/050)"),
        table(&[
            &["Sökande", "Fastighet", "Åtgärd", "Skäl", "Förslag"],
            &[
                "Bengt-Göran Lilja",
                "Kärrsta 5:44",
                "Trapphiss, 186 000 kr",
                "ALS, beräknas bli rullstolsburen under 2026",
                "Bifall",
            ],
        ]),
        paragraph("Nämnden beviljar bygglov för ett förråd på fastigheten Humlan 14."),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let home = find(&found, "fastighetsbeteckning", "Kärrsta 5:44");
    assert_eq!(home.suggestion, Suggestion::Mask);
    let granted = find(&found, "fastighetsbeteckning", "Humlan 14");
    assert_eq!(granted.suggestion, Suggestion::Keep);
}

#[test]
fn a_disease_named_after_a_person_in_a_row_is_a_diagnosis_not_an_association() {
    let body = [
        paragraph("§ 21 Bostadsanpassningsbidrag (VON 2026/050)"),
        table(&[
            &["Sökande", "Fastighet", "Åtgärd", "Skäl", "Förslag"],
            &[
                "Leif Ödman",
                "Vällsjö 2:8",
                "Tillbyggnad av sovrum, 640 000 kr",
                "Parkinsons sjukdom",
                "Avslag",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let reason = find(&found, "kanslig", "Parkinsons sjukdom");
    assert_eq!(reason.suggestion, Suggestion::Mask);
}

#[test]
fn two_names_that_are_also_words_before_an_identity_number_name_its_holder() {
    let body = [
        paragraph("§ 8 Ansökningar om färdtjänst"),
        tab_set(&[
            &["Namn", "Personnummer", "Skäl"],
            &["Per Björn", "380428-5314", "KOL, syrgasbehandling i hemmet"],
        ]),
        paragraph("Björn och rådjur syns ofta vid Per Albin Hanssons väg."),
    ]
    .concat();
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "kanslig", "Per Björn").suggestion,
        Suggestion::Mask
    );
    assert!(
        !found
            .iter()
            .any(|c| c.text == "Björn" || c.text.starts_with("Björn och")),
        "{found:#?}"
    );
}

#[test]
fn a_sanction_for_building_without_a_permit_measures_its_owner_and_tells_no_crime() {
    let body = [
        paragraph("§ 52 Anmälan av delegationsbeslut"),
        table(&[
            &["Dnr", "Datum", "Fastighet", "Part", "Ärende", "Beslut"],
            &[
                "BMN 2026-000024",
                "2026-02-06",
                "Ängsvreten 4:87",
                "Björk, Stefan",
                "Olovlig inglasning av balkong",
                "Byggsanktionsavgift 9 120 kr",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    assert_eq!(
        find(&found, "myndighetsutovning", "Björk, Stefan").suggestion,
        Suggestion::Mask
    );
    assert!(
        !found.iter().any(|c| c.rule == "lagovertradelse"),
        "{found:#?}"
    );
}

#[test]
fn a_row_that_calls_its_person_the_debtor_tells_a_debt_and_a_heading_gäldenär_does_not() {
    let body = [
        paragraph("§ 48 Avskrivning av osäkra fordringar 2025 (KS 2026/0080)"),
        tab_set(&[
            &["Gäldenär", "Belopp", "Avser", "Status"],
            &[
                "Felipe Araya Muñoz",
                "12 420 kr",
                "Hyra för tillfällig bostad",
                "Gäldenären har återvänt till Chile",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let told = found
        .iter()
        .find(|c| c.rule == "integritetskanslig" && c.text.contains("12 420 kr"))
        .unwrap_or_else(|| panic!("no debt told in {found:#?}"));
    assert_eq!(told.suggestion, Suggestion::Mask);
    assert!(!found.iter().any(|c| c.text == "Gäldenär"), "{found:#?}");
}

/// A post list's header row, as a register exports it.
const POST_LIST_HEADER: &[&str] = &[
    "Dnr",
    "Datum",
    "Riktning",
    "Avsändare/mottagare",
    "Ärendemening",
    "Enhet",
];

#[test]
fn a_post_list_row_that_names_no_one_keeps_its_matter_one_that_names_a_person_masks_it() {
    let body = [
        paragraph("Postlista – socialnämnden vecka 41"),
        tab_set(&[
            POST_LIST_HEADER,
            &[
                "SN 2026/0320",
                "2026-10-06",
                "In",
                "Polismyndigheten",
                "Orosanmälan enligt 14 kap. 1 § SoL",
                "Barn och familj",
            ],
            &[
                "SN 2026/0333",
                "2026-10-10",
                "In",
                "Sekretess",
                "Ansökan om stöd till våldsutsatt",
                "Barn och familj",
            ],
            &[
                "SN 2026/0326",
                "2026-10-08",
                "In",
                "Mirjana Stojanović",
                "Ansökan om skuldrådgivning",
                "Försörjningsstöd",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    let masked: Vec<&str> = (found.iter())
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        !masked
            .iter()
            .any(|m| m.contains("Orosanmälan") || m.contains("våldsutsatt")),
        "{masked:?}"
    );
    assert!(
        masked.iter().any(|m| m.contains("Mirjana Stojanović")),
        "{masked:?}"
    );
}

#[test]
fn a_senders_cell_in_capitals_surname_first_is_a_name() {
    let body = [
        paragraph("Postlista vecka 15"),
        tab_set(&[
            POST_LIST_HEADER,
            &[
                "VON 2026/0079",
                "2026-04-10",
                "In",
                "KOVACEVIC, MILORAD",
                "Komplettering till överklagande",
                "VON/Bistånd",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    assert!(
        found
            .iter()
            .any(|c| c.text == "KOVACEVIC, MILORAD" && c.suggestion == Suggestion::Mask),
        "{found:#?}"
    );
}

#[test]
fn a_union_and_its_representative_in_one_senders_cell_masks_the_whole_name() {
    let body = [
        paragraph("Postlista vecka 15"),
        tab_set(&[
            POST_LIST_HEADER,
            &[
                "KS 2026/0149",
                "2026-04-09",
                "In",
                "Vision, Salihović, Nermina",
                "Begäran om förhandling enligt 12 § MBL",
                "KS/HR",
            ],
        ]),
    ]
    .concat();
    let (_, found) = scanned(&body);
    assert!(
        found
            .iter()
            .any(|c| c.text == "Salihović, Nermina" && c.suggestion == Suggestion::Mask),
        "{found:#?}"
    );
}
