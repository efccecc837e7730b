//! How the § structure steers detection: a § line with only its diarienummer and the title
//! below it, secrecy marked by the secretary, general §§ of a secrecy nämnd, and property
//! designations outside any §.

use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::ingest::Document;

fn candidates(lines: &[&str]) -> Vec<Candidate> {
    let paragraphs: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let doc = Document::from_plain_paragraphs(&paragraphs);
    scan(&doc, &Rulebook::embedded().expect("rulebook"))
}

/// The property designations found, with what is suggested for each.
fn designations(found: &[Candidate]) -> Vec<(&str, Suggestion)> {
    found
        .iter()
        .filter(|c| c.rule == "fastighetsbeteckning")
        .map(|c| (c.text.as_str(), c.suggestion))
        .collect()
}

fn secrecy(found: &[Candidate]) -> Vec<(usize, Option<usize>, Option<&str>)> {
    found
        .iter()
        .filter(|c| c.rule == "sekretess")
        .map(|c| {
            (
                c.location.paragraph,
                c.location.end_paragraph,
                c.provision.as_deref(),
            )
        })
        .collect()
}

/// The structure of a document of these paragraphs.
fn structure_of(paragraphs: &[&str]) -> maskera::detect::Structure {
    let paragraphs: Vec<String> = paragraphs.iter().map(|p| p.to_string()).collect();
    let doc = Document::from_plain_paragraphs(&paragraphs);
    maskera::detect::analyse_structure(
        &doc,
        &maskera::detect::Lexicon::embedded().expect("lexicon"),
    )
}

#[test]
fn a_body_under_a_secretarys_secrecy_line_is_masked_with_the_provision_it_names() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 45  Dnr SN 2024/0091",
        "Överklagande av beslut om ekonomiskt bistånd",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "Zahra Mohammadi har överklagat beslutet om avslag.",
        "Beslut: Socialnämnden beslutar att vidhålla beslutet.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            4,
            Some(5),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_section_that_is_only_a_secrecy_line_stays_as_it_is() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 46 Ansökan om bistånd",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
    ]);
    assert!(secrecy(&found).is_empty());
}

#[test]
fn a_general_section_of_a_secrecy_namnd_is_public() {
    let found = candidates(&[
        "Överförmyndarnämnden",
        "§ 12 Rekrytering av gode män",
        "En informationsträff för blivande gode män och förvaltare hålls den 12 november.",
        "Överförmyndarnämnden noterar informationen.",
    ]);
    assert!(secrecy(&found).is_empty(), "{found:?}");
}

#[test]
fn an_individual_matter_of_a_secrecy_namnd_is_masked_whole_but_not_its_title() {
    let found = candidates(&[
        "Överförmyndarnämnden",
        "§ 41",
        "Ansökan om samtycke till uttag från spärrat konto",
        "Förvaltaren Anna-Karin Lund har för huvudmannen Gustav Öhrn ansökt om uttag.",
        "Beslut: Överförmyndarnämnden lämnar samtycke.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            3,
            Some(4),
            Some("32 kap. 4 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn an_mbl_negotiation_listing_ombud_at_the_pupil_health_unit_is_no_pupils_case() {
    let found = candidates(&[
        "Gymnasienämnden",
        "§ 27 Information om förhandling enligt 11 § MBL",
        "Förhandling enligt 11 § MBL har genomförts. Kommunal företräddes av Birgitta Olofsson.",
        "Organisation | Ombud | Arbetsplats",
        "Akademikerförbundet SSR | Nikolina Jurić | Elevhälsan",
        "Beslut: Informationen läggs till handlingarna.",
    ]);
    assert!(secrecy(&found).is_empty(), "{found:?}");
}

#[test]
fn a_secrecy_abbreviation_inside_a_word_makes_no_secret_matter() {
    // "lvm" (the law on care of addicts) stands inside "kalvmärkningen".
    let found = candidates(&[
        "Samhällsbyggnadsnämnden",
        "§ 42 Strandskyddsdispens för bastu",
        "Sökande: Máret Sara. Bastun behövs vid kalvmärkningen på sommaren.",
        "Beslut: Dispens från strandskyddet medges.",
    ]);
    assert!(secrecy(&found).is_empty(), "{found:?}");
}

#[test]
fn a_property_visited_before_the_first_section_follows_the_decision_about_it() {
    let found = candidates(&[
        "Miljö- och byggnadsnämnden",
        "Studiebesök på fastigheten Tallbacken 7 kl. 09.00.",
        "§ 50  Dnr MBN 2024/0100",
        "Bygglov för enbostadshus på fastigheten Tallbacken 7",
        "Nämnden beslutar att bevilja bygglov.",
    ]);
    let designations: Vec<Suggestion> = found
        .iter()
        .filter(|c| c.rule == "fastighetsbeteckning")
        .map(|c| c.suggestion)
        .collect();
    assert_eq!(designations, [Suggestion::Keep, Suggestion::Keep]);
}

#[test]
fn the_line_that_says_where_a_decision_goes_tells_nothing_sensitive() {
    let found = candidates(&[
        "§ 27 Klagomål på hemtjänsten",
        "Klaganden Zeynep Arslan menar att fadern inte får sina läkemedel i tid.",
        "Beslutet skickas till: Klaganden; enhetschef hemtjänst Östbyn; biståndsenheten",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.location.paragraph == 1),
        "the complaint's own sentence is sensitive: {found:#?}"
    );
    assert!(
        !found.iter().any(|c| c.location.paragraph == 2),
        "{found:#?}"
    );
}

#[test]
fn a_proposer_keeps_their_name_where_their_proposal_speaks_of_health() {
    let found = candidates(&[
        "§ 52 Medborgarförslag om bullerplank utmed Järnvägsgatan",
        "Rania Mansour föreslår ett bullerplank. I förslaget anges att hennes son har svår astma.",
        "Beslut: Kommunstyrelsen beslutar att avslå medborgarförslaget.",
    ]);
    let name = found
        .iter()
        .find(|c| c.text == "Rania Mansour")
        .unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(
        (name.rule.as_str(), name.suggestion),
        ("medborgarforslag", Suggestion::Keep)
    );
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.text.contains("svår astma")),
        "{found:#?}"
    );
}

#[test]
fn how_the_authority_reasons_in_general_tells_nothing_of_the_person() {
    let found = candidates(&[
        "§ 31 Jämkning av avgift för hemtjänst",
        "Sökanden Pirjo Lehto har begärt jämkning av avgiften.",
        "Förvaltningen konstaterar att skulder hos Kronofogden inte påverkar avgiftsutrymmet.",
        "Förvaltningen bedömer att Pirjo Lehto har skulder hos Kronofogden.",
        "Lehto har lämnat oriktiga uppgifter om sin inkomst. \
         Nämnden beslutar att anmäla misstänkt bedrägeri till Polismyndigheten.",
    ]);
    let sensitive: Vec<(usize, &str)> = found
        .iter()
        .filter(|c| matches!(c.rule.as_str(), "integritetskanslig" | "lagovertradelse"))
        .filter(|c| c.text.len() > 20)
        .map(|c| (c.location.paragraph, c.text.as_str()))
        .collect();
    assert_eq!(
        sensitive,
        [
            (
                3,
                "Förvaltningen bedömer att Pirjo Lehto har skulder hos Kronofogden."
            ),
            (4, "Lehto har lämnat oriktiga uppgifter om sin inkomst."),
            (
                4,
                "Nämnden beslutar att anmäla misstänkt bedrägeri till Polismyndigheten."
            ),
        ],
        "{found:#?}"
    );
}

#[test]
fn what_an_officer_or_the_guidelines_say_in_general_tells_nothing_of_anyone() {
    let found = candidates(&[
        "§ 6 Ambulerande röstmottagning",
        "Valhandläggaren redovisar att ambulerande röstmottagning erbjuds väljare som inte kan ta sig till en röstningslokal på grund av sjukdom.",
        "Riktlinjerna anger att stöd inte lämnas till den som har skulder hos Kronofogden.",
        "Näringslivschefen berättar att en enskild firma i Boamåla har fått betalningssvårigheter.",
        "Valnämnden har fått en förfrågan från anhöriga till Gerda Nilsson, som har demens.",
        "Ekonom Marie Sandell redovisar att skulder hos Kronofogden inte hindrar ett nytt avtal.",
    ]);
    let masked: Vec<usize> = found
        .iter()
        .filter(|c| c.text.len() > 40)
        .map(|c| c.location.paragraph)
        .collect();
    assert_eq!(masked, [3, 4], "{found:#?}");
}

#[test]
fn that_someone_has_a_guardian_is_their_private_sphere() {
    let found = candidates(&[
        "§ 12 Ansökan om färdtjänst",
        "Sökanden Gösta Lind har ansökt genom sin gode man om färdtjänst.",
    ]);
    assert!(
        found.iter().any(|c| c.rule == "integritetskanslig"
            && c.text == "Sökanden Gösta Lind har ansökt genom sin gode man om färdtjänst."),
        "{found:#?}"
    );
}

#[test]
fn that_someone_understands_only_one_language_is_sensitive_in_their_matter() {
    let found = candidates(&[
        "§ 61 Klagomål på hemtjänsten",
        "Nasrin Ahmadi har framfört klagomål på hemtjänsten till sin mor.",
        "Ahmadi uppger även att modern enbart förstår persiska och att personalen sällan kan tala med henne.",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.text.contains("enbart förstår persiska")),
        "{found:#?}"
    );
}

#[test]
fn that_a_matter_was_reported_to_the_police_is_no_crime_of_anyone_named() {
    let found = candidates(&[
        "§ 70 Incident i simhallen",
        "En besökare, Daniel Sjöstedt, hotade en badvärd med våld. Händelsen har polisanmälts.",
        "Nämnden har enligt 26 kap. 27 § miljöbalken en skyldighet att anmäla misstanke om brott till polis.",
    ]);
    let crimes: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "lagovertradelse" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(crimes.iter().any(|t| t.contains("hotade")), "{crimes:?}");
    assert!(!crimes
        .iter()
        .any(|t| t.contains("polisanmälts") || t.contains("skyldighet")));
}

#[test]
fn a_religious_word_inside_an_associations_name_tells_nothing_of_its_contact() {
    let found = candidates(&[
        "§ 31 Föreningsbidrag 2024",
        "Vretaby Pingstförsamling, ungdomsverksamheten | 18 500 | Rebecka Lindh",
        "Rebecka Lindh är medlem i en pingstförsamling.",
    ]);
    let sensitive: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "kanslig" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        !sensitive.iter().any(|t| t.contains("Vretaby")),
        "{sensitive:?}"
    );
    assert!(
        sensitive
            .iter()
            .any(|t| t.contains("medlem i en pingstförsamling")),
        "{sensitive:?}"
    );
}

#[test]
fn statistics_of_many_cases_speak_of_no_one_in_a_matter_about_someone() {
    let found = candidates(&[
        "§ 14 Anmälan om kränkande behandling",
        "Eleven Lova Nilsson har utsatts för kränkande behandling av två klasskamrater.",
        "Under höstterminen har huvudmannen fått 47 anmälningar om kränkande behandling, varav 19 från Sjöviksskolan.",
        "Kränkningar med anspelning på religion förekommer i ungefär en femtedel av anmälningarna.",
    ]);
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask && c.rule != "namn")
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        masked.iter().any(|t| t.contains("har utsatts")),
        "{masked:?}"
    );
    assert!(
        !masked
            .iter()
            .any(|t| t.contains("47") || t.contains("femtedel")),
        "{masked:?}"
    );
}

#[test]
fn burning_waste_and_threatening_someone_are_offences_in_the_persons_matter() {
    let found = candidates(&[
        "§ 52 Föreläggande om städning",
        "Vid tillsynen framkom att Per-Erik Sundqvist har eldat byggavfall och plast i en öppen grop.",
        "Han hotade inspektören när hon lämnade fastigheten.",
    ]);
    let crimes: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "lagovertradelse" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        crimes.iter().any(|t| t.contains("eldat byggavfall")),
        "{crimes:?}"
    );
    assert!(
        crimes.iter().any(|t| t.contains("hotade inspektören")),
        "{crimes:?}"
    );
}

#[test]
fn a_disability_written_with_a_hyphen_is_sensitive() {
    let found = candidates(&[
        "§ 40 Ansökan om bostadsanpassningsbidrag",
        "Ansökan gäller dottern Lova Berg (6 år), som har en cp-skada.",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.text.contains("cp-skada")),
        "{found:#?}"
    );
}

#[test]
fn protected_identity_dependence_and_party_membership_are_sensitive_in_a_persons_matter() {
    let found = candidates(&[
        "§ 50 Ansökan om parkeringstillstånd",
        "Sökande är Karin Lundqvist.",
        "Hon har skyddad identitet och bor på skyddat boende.",
        "Hennes före detta make är medlem i Sverigedemokraterna och har ett alkoholberoende.",
        "Moderaternas gruppledare Björn Sandberg (M) har yttrat sig.",
    ]);
    let rules_of = |needle: &str| -> Vec<&str> {
        found
            .iter()
            .filter(|c| c.text.contains(needle) && c.suggestion == Suggestion::Mask)
            .map(|c| c.rule.as_str())
            .collect()
    };
    assert_eq!(rules_of("skyddad identitet"), ["integritetskanslig"]);
    assert_eq!(rules_of("Sverigedemokraterna"), ["kanslig"]);
    assert!(rules_of("gruppledare").is_empty());
}

#[test]
fn distraint_care_under_compulsion_and_placements_are_sensitive_in_a_persons_matter() {
    let found = candidates(&[
        "§ 51 Ansökan om skuldsanering",
        "Sökande är Karin Lundqvist.",
        "Hon saknar utmätningsbara tillgångar.",
        "Sonen bor i gruppbostad och har daglig verksamhet.",
        "Barnet är placerat i jourhem.",
        "Beslutet fattas med stöd av 9 § 2 LSS.",
    ]);
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask && c.rule != "namn")
        .map(|c| c.text.as_str())
        .collect();
    for needle in ["utmätningsbara", "gruppbostad", "jourhem"] {
        assert!(
            masked.iter().any(|t| t.contains(needle)),
            "{needle} in {masked:?}"
        );
    }
    assert!(!masked.iter().any(|t| t.contains("LSS")), "{masked:?}");
}

#[test]
fn a_land_sale_the_neighbours_asked_for_is_a_favourable_decision_whose_property_stays() {
    let found = candidates(&[
        "§ 80 Försäljning av mark",
        "Ägarna av grannfastigheten Ekorren 9, Ebba och Johan Wahlgren, har begärt att få köpa ett markområde.",
        "Kommunstyrelsen beslutar att sälja cirka 240 kvm till Ebba och Johan Wahlgren, att regleras till fastigheten Ekorren 9.",
    ]);
    let designations = designations(&found);
    assert_eq!(
        designations,
        vec![
            ("Ekorren 9", Suggestion::Keep),
            ("Ekorren 9", Suggestion::Keep)
        ]
    );
}

#[test]
fn unpaid_fees_and_a_persons_sami_origin_are_sensitive() {
    let found = candidates(&[
        "§ 12 Uppsägning av arrende",
        "Arrendatorn Zhang Li Na har inte betalat arrendeavgiften för 2023 och 2024.",
        "§ 13 Diskrimineringsersättning",
        "Sökande: Niila Kuhmunen.",
        "Kuhmunen, som är same och renskötare, nekades att hyra bygdegården.",
    ]);
    let rules: Vec<_> = found
        .iter()
        .filter(|c| c.text.contains("betalat") || c.text.contains("same"))
        .map(|c| c.rule.as_str())
        .collect();
    assert_eq!(rules, vec!["integritetskanslig", "kanslig"], "{found:#?}");
}

#[test]
fn further_units_of_the_same_trakt_after_a_designation_are_designations_too() {
    let found = candidates(&[
        "§ 12 Bygglov för nybyggnad av enbostadshus",
        "Ansökan om bygglov på fastigheterna Stora Mo 1:2 och 1:3, samt Backa 3:12, 3:14 resp. 3:15.",
        "Miljö- och byggnämnden avslår ansökan om bygglov.",
    ]);
    let designations = designations(&found);
    let mask = Suggestion::Mask;
    assert_eq!(
        designations,
        vec![
            ("Stora Mo 1:2", mask),
            ("1:3", mask),
            ("Backa 3:12", mask),
            ("3:14", mask),
            ("3:15", mask)
        ]
    );
}

#[test]
fn permits_given_in_other_words_are_favourable_decisions_whose_property_stays() {
    for decision in [
        "Miljö- och byggnämnden ger bygglov för tillbyggnad.",
        "Strandskyddsdispens lämnas för brygga.",
        "Marklov lämnas för schaktning.",
        "Nämnden lämnar rivningslov.",
        "Nämnden meddelar strandskyddsdispens.",
    ] {
        let found = candidates(&["§ 2 Lov", "Ansökan avser Backa 1:2.", decision]);
        let designations = designations(&found);
        assert_eq!(
            designations,
            [("Backa 1:2", Suggestion::Keep)],
            "{decision}"
        );
    }
}

#[test]
fn a_custody_dispute_is_private_sphere_and_its_parents_names_go_with_it() {
    let found = candidates(&[
        "Socialnämndens arbetsutskott",
        "§ 41 Yttrande till tingsrätten",
        "Ärendet gäller vårdnad om barnet E. född 2019. Modern Jasmin Karlsson och fadern Oskar Berggren är oeniga.",
    ]);
    let private: Vec<_> = found
        .iter()
        .filter(|c| c.rule == "integritetskanslig")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        private,
        [
            "Ärendet gäller vårdnad om barnet E. född 2019.",
            "E.",
            "Jasmin Karlsson",
            "Oskar Berggren"
        ]
    );
    // An individual matter of social services: the whole body under secrecy.
    let provision = found
        .iter()
        .find(|c| c.rule == "sekretess")
        .and_then(|c| c.provision.as_deref());
    assert_eq!(
        provision,
        Some("26 kap. 1 § offentlighets- och sekretesslagen")
    );
}

#[test]
fn a_block_named_in_a_use_ban_or_a_complaint_of_an_untidy_plot_is_a_designation() {
    let found = candidates(&[
        "Samhällsbyggnadsnämnden",
        "§ 46 Användningsförbud – Hästhagen 3",
        "Ägare: Abdirahman Farah. Nämnden förbjuder att byggnaden används som samlingslokal.",
        "Diarium",
        "Dnr | Datum | Avsändare | Ärendemening",
        "SBN 2026-000189 | 2026-03-31 | Bengt-Åke Sundelin | Anmälan om ovårdad tomt, Hälsingen 4",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Hästhagen 3", Suggestion::Mask),
            ("Hälsingen 4", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_block_that_closes_a_matters_title_is_its_property_whatever_the_matter() {
    let found = candidates(&[
        "Direktionen",
        "Dir § 23\tDnr RTJ 2026/31",
        "Förbud mot övernattning – Föreningen Gnistans samlingslokal, Gnistan 1",
        "Direktionen förbjuder föreningen att upplåta lokalen för övernattning.",
        "Postlista",
        "MHN 2026-000187-5   2026-05-08   U   Beslut: föreläggande, olägenhet i bostad, Humlan 3   Emil Runesson",
        "2026-02-10\tMHN 2026:53 L\tRödmossa kommun, kostenheten\tStensjöskolans kök, Skolan 3\tKontrollrapport, mindre avvikelser",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Gnistan 1", Suggestion::Mask),
            ("Humlan 3", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_block_after_a_preposition_in_a_building_matter_is_a_designation_mid_sentence_too() {
    let found = candidates(&[
        "Miljö- och byggnämnden – delegationsbeslut",
        "Beslut 3: Avslag på ansökan om marklov för Björken 3.",
        "Beslut 6: Bygglovet för Björken 7 återkallas.",
        "Beslut 7: Rättelseföreläggande enligt PBL meddelas ägaren till Björken 8.",
        "Beslut 9: Bygglov för Punkten 3 i planen ges.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Björken 3", Suggestion::Mask),
            ("Björken 7", Suggestion::Mask),
            ("Björken 8", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_block_a_verb_of_owning_or_concerning_leads_to_is_a_designation_in_a_building_section() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 9 Ansökan om bygglov för garage",
        "Nämnden avslår ansökan. Sökanden äger Tallen 12.",
        "Ansökan avser Ekorren 4 och gäller ett garage.",
        "§ 12 Information om budget",
        "Hyran avser Salen 2. Förslaget avser Etappen 2. Nämnden äger Frågan 3 ensam.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Tallen 12", Suggestion::Mask),
            ("Ekorren 4", Suggestion::Mask)
        ]
    );
}

#[test]
fn blocks_and_plots_listed_after_a_designation_are_designations_too() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 9 Ansökan om bygglov för plank",
        "Nämnden avslår ansökan om bygglov för fastigheterna Ripan 7, Svalan 12 och Svampen 2.",
        "Grannar på Tallen 11 och Tallen 13 har hörts, liksom ägarna till Lärkan 5 och 6.",
        "Planket på Tallen 14 och 6 meter av staketet rivs.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Ripan 7", Suggestion::Mask),
            ("Svalan 12", Suggestion::Mask),
            ("Svampen 2", Suggestion::Mask),
            ("Tallen 11", Suggestion::Mask),
            ("Tallen 13", Suggestion::Mask),
            ("Lärkan 5", Suggestion::Mask),
            ("6", Suggestion::Mask),
            ("Tallen 14", Suggestion::Mask),
        ]
    );
}

#[test]
fn a_building_title_below_the_section_line_makes_its_blocks_designations() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "BMN § 113\tDnr BMN 2026-000388",
        "Ansökan om bygglov för nybyggnad av carport",
        "Ansökan avser Ripan 7 och Tallen 12.",
        "Samråd hölls på Kulturhuset 12 maj. Ansökan avser Ritningen 3.",
        "Beslut",
        "Nämnden avslår ansökan om bygglov.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Ripan 7", Suggestion::Mask),
            ("Tallen 12", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_block_opening_a_section_heading_is_its_property() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 11 Tallen 14 – ansökan om bygglov för carport",
        "Nämnden avslår ansökan.",
    ]);
    assert_eq!(designations(&found), [("Tallen 14", Suggestion::Mask)]);
}

#[test]
fn the_property_of_objecting_neighbours_is_masked_where_the_permit_is_granted() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 7 Bygglov för tillbyggnad av förskola, fastigheten Mossaryd 1:12",
        "Torbjörn Vass, ägare till grannfastigheten Mossaryd 1:45, har invänt att bullret ökar.",
        "Ägaren till grannfastigheten, Mossaryd 1:47, har invändningar mot bygget.",
        "Ägarna till grannfastigheterna Mossaryd 1:48 och Mossaryd 1:49 har invänt.",
        "En tillbyggnad på grannfastigheten Mossaryd 1:46 fick bygglov 2024.",
        "Beslut",
        "Nämnden beviljar bygglov.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Mossaryd 1:12", Suggestion::Keep),
            ("Mossaryd 1:45", Suggestion::Mask),
            ("Mossaryd 1:47", Suggestion::Mask),
            ("Mossaryd 1:48", Suggestion::Mask),
            ("Mossaryd 1:49", Suggestion::Mask),
            ("Mossaryd 1:46", Suggestion::Keep)
        ]
    );
}

#[test]
fn the_property_of_an_owner_or_resident_who_voices_a_view_is_masked_where_the_permit_is_granted() {
    let found = candidates(&[
        "Samhällsbyggnadsnämnden",
        "§ 118 Bygglov för två vindkraftverk, fastigheten Hagelstad 3:4",
        "Ola Vinge, ägare till Hagelstad 2:8, påpekar att närmaste verk ligger 720 meter bort.",
        "Birthe Rasmussen, som äger fritidshuset Hagelstad 1:19, anser att verken förstör utsikten.",
        "Irena Łukasik, bosatt på Fjärrlösa 4:9, stöder ansökan.",
        "Beslut",
        "Nämnden beviljar bygglov.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Hagelstad 3:4", Suggestion::Keep),
            ("Hagelstad 2:8", Suggestion::Mask),
            ("Hagelstad 1:19", Suggestion::Mask),
            ("Fjärrlösa 4:9", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_notice_boards_list_under_a_line_of_granted_permits_keeps_its_properties() {
    let found = candidates(&[
        "ANSLAGSTAVLA",
        "UNDERRÄTTELSE OM BEVILJADE LOV",
        "Samhällsbyggnadsnämnden har beviljat följande lov. Den som vill överklaga ska göra det inom tre veckor.",
        "Nöbbeshög – bygglov för nybyggnad av enbostadshus, Nöbbeshög 7:14 (SBN 2026/0366)",
        "Sillevik – strandskyddsdispens för brygga, Sillevik 5:14 (SBN 2026/0391)",
        "DELGIVNING GENOM KUNGÖRELSE",
        "Nämnden har beslutat om byggsanktionsavgift för fastigheten Sillevik 3:27.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Nöbbeshög 7:14", Suggestion::Keep),
            ("Sillevik 5:14", Suggestion::Keep),
            ("Sillevik 3:27", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_registers_decision_of_a_permit_keeps_its_property() {
    let found = candidates(&[
        "Postlista",
        "MHN 2026-000188-2   2026-05-08   U   Beslut: tillstånd att inrätta enskild avloppsanläggning, Ekeberga 3:22   Viktor Holmén",
        "MHN 2026-000187-5   2026-05-08   U   Beslut: föreläggande, olägenhet i bostad, Kvissle 2:40   Gun-Britt Wahlin",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Ekeberga 3:22", Suggestion::Keep),
            ("Kvissle 2:40", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_block_found_once_is_a_designation_wherever_the_document_names_it_again() {
    let found = candidates(&[
        "Miljö- och hälsoskyddsnämnden",
        "§ 40\tDnr MHN 2026-000187",
        "Nämnden förelägger ägaren till fastigheten Humlan 3 att forsla bort avfallet.",
        "Bostaden på Humlan 3 är fylld med avfall, och lukten når grannfastigheten Humlan 31.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Humlan 3", Suggestion::Mask),
            ("Humlan 3", Suggestion::Mask),
            ("Humlan 31", Suggestion::Mask)
        ]
    );
}

#[test]
fn refusals_in_other_words_than_avslag_mask_the_property_and_grants_in_other_words_keep_it() {
    let found = candidates(&[
        "Byggnadsnämnden",
        "§ 80 Bygglov för tillbyggnad, Granen 3",
        "Nämnden lämnar ansökan utan bifall.",
        "§ 81 Bygglov, Tallen 14",
        "Nämnden finner att åtgärden inte är planenlig och beslutar att inte bevilja bygglov.",
        "§ 82 Bygglov, Björken 2",
        "Bygglov beviljas inte för tillbyggnaden.",
        "§ 83 Tillbyggnad, Björken 17",
        "Bygglov vägras.",
        "§ 84 Strandskyddsdispens, Björken 14",
        "Dispens från strandskyddet meddelas.",
        "§ 84b Strandskyddsdispens, Björken 15",
        "Dispens från strandskyddet meddelas inte.",
        "§ 84c Carport, Björken 16",
        "En carport har uppförts på Björken 16 utan lov.  Bygglov, som krävs, har inte sökts.",
        "§ 85 Tidsbegränsat bygglov, Tallen 15",
        "Nämnden godtar ansökan och ger tidsbegränsat bygglov till och med 2034-06-30.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Granen 3", Suggestion::Mask),
            ("Tallen 14", Suggestion::Mask),
            ("Björken 2", Suggestion::Mask),
            ("Björken 17", Suggestion::Mask),
            ("Björken 14", Suggestion::Keep),
            ("Björken 15", Suggestion::Mask),
            ("Björken 16", Suggestion::Mask),
            ("Björken 16", Suggestion::Mask),
            ("Tallen 15", Suggestion::Keep)
        ]
    );
}

#[test]
fn a_positive_planbesked_is_a_favourable_decision_and_a_negative_one_a_refusal() {
    let found = candidates(&[
        "Samhällsbyggnadsnämnden",
        "§ 51 Planbesked för flerbostadshus – Tjärnvika 8:14",
        "Beslut: Positivt planbesked lämnas till Granbygg i Tjärnvika AB.",
        "§ 52 Planbesked för fritidshus – Tjärnvika 9:3",
        "Beslut: Negativt planbesked lämnas.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Tjärnvika 8:14", Suggestion::Keep),
            ("Tjärnvika 9:3", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_notification_left_without_objection_is_a_favourable_decision_in_a_tab_lined_list() {
    let found = candidates(&[
        "Samhällsbyggnadsnämnden – redovisning av delegationsbeslut",
        "Nr\tFastighet\tSökande/part\tÄrende\tBeslut\tDelegat",
        "12\tGranen 2\tHannele Jokela\tAnmälan om installation av eldstad\tLämnas utan erinran\tAnneli Rosendahl",
        "13\tBräckeby 2:31\tOlle Bäck\tVentilationskontroll saknas\tFöreläggande vid vite 15 000 kr\tAnneli Rosendahl",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Granen 2", Suggestion::Keep),
            ("Bräckeby 2:31", Suggestion::Mask)
        ]
    );
    let delegate: Vec<_> = found
        .iter()
        .filter(|c| c.text == "Anneli Rosendahl")
        .map(|c| (c.rule.as_str(), c.suggestion))
        .collect();
    assert_eq!(delegate, [("fortroendevald", Suggestion::Keep); 2]);
}

#[test]
fn a_complaint_letter_in_the_first_person_tells_the_writers_health_and_names_their_children() {
    let found = candidates(&[
        "Bilaga 1 – klagomål på hundhållning",
        "Mina barn Elvira och Hugo vågar inte gå till skolbussen. Jag är själv sjukskriven för utmattning sedan januari.",
        "Hans-Göran i vaktmästeriet blir hans handledare.",
    ]);
    let masked: Vec<(&str, &str)> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| (c.rule.as_str(), c.text.as_str()))
        .collect();
    assert!(masked.iter().any(|(_, t)| *t == "Elvira"), "{masked:?}");
    assert!(masked.iter().any(|(_, t)| *t == "Hugo"), "{masked:?}");
    assert!(
        masked.contains(&(
            "kanslig",
            "Jag är själv sjukskriven för utmattning sedan januari."
        )),
        "{masked:?}"
    );
    // "handledare" holds "handled" (a wrist) and is no injury.
    assert!(
        !masked.iter().any(|(_, t)| t.contains("handledare")),
        "{masked:?}"
    );
}

#[test]
fn a_care_word_opening_a_units_name_tells_nothing_of_the_person_working_there() {
    let found = candidates(&[
        "Vård- och omsorgsnämnden",
        "§ 19 Information enligt 19 § MBL",
        "Organisation | Ombud | Arbetsplats | Telefon",
        "Kommunal | Mirja Salo | Hemtjänsten Västerby | 070-174 06 91",
    ]);
    assert!(
        !found.iter().any(|c| c.rule == "kanslig"),
        "{:?}",
        found.iter().map(|c| (&c.rule, &c.text)).collect::<Vec<_>>()
    );
}

#[test]
fn matters_numbered_aerende_n_without_any_paragraph_sign_are_sections() {
    let lines = [
        "Fritids- och kulturutskottet",
        "Ärende 5 Bidrag till förening",
        "Beslut: Beviljas.",
        "Ärende 6",
        "Dnr KFU 2026/3",
        "Föreningsbidrag",
        "Beslut: Avslås.",
    ];
    let structure = structure_of(&lines);
    let sections: Vec<(&str, &str, maskera::detect::Decision)> = structure
        .sections
        .iter()
        .map(|s| (s.number.as_str(), s.heading.as_str(), s.decision))
        .collect();
    assert_eq!(
        sections,
        [
            (
                "5",
                "Bidrag till förening",
                maskera::detect::Decision::Gynnande
            ),
            ("6", "Föreningsbidrag", maskera::detect::Decision::Avslag)
        ]
    );
}

#[test]
fn a_section_number_with_its_year_keeps_the_year_out_of_the_title() {
    let structure = structure_of(&[
        "Barn- och utbildningsnämnden",
        "§ 14/2026 Skolskjuts för elev",
        "Beslut: Ansökan avslås.",
    ]);
    let section = &structure.sections[0];
    assert_eq!(
        (section.number.as_str(), section.heading.as_str()),
        ("14/2026", "Skolskjuts för elev")
    );
}

#[test]
fn a_section_line_with_only_an_unlabelled_diarienummer_takes_its_title_from_the_line_below() {
    let found = candidates(&[
        "Kommunfullmäktige",
        "§ 96\tKS 2025/611",
        "Svar på medborgarförslag om förlängt elljusspår",
        "Hans Berg, Kälvåsen, har föreslagit att elljusspåret förlängs.",
        "§ 97\tKS 2025/612",
        "Ansökan om bidrag",
        "Per Holm har ansökt om bidrag.",
    ]);
    let rules: Vec<(&str, &str)> = found
        .iter()
        .map(|c| (c.rule.as_str(), c.text.as_str()))
        .collect();
    assert_eq!(
        rules,
        [("medborgarforslag", "Hans Berg"), ("namn", "Per Holm")]
    );
}

#[test]
fn a_sentence_below_an_unlabelled_diarienummer_is_the_body_not_the_title() {
    let structure = structure_of(&[
        "Socialnämndens individutskott",
        "§ 122\tSN 2026/404",
        "Karin Nowak har ansökt om ekonomiskt bistånd.",
    ]);
    assert_eq!(structure.sections[0].body, 2..3);
}

#[test]
fn a_point_after_the_matter_number_closes_the_number() {
    let structure = structure_of(&[
        "Ledamöter: Pär Lindmark (S), ordförande",
        "Ärende 3. Kulturstipendium 2026",
        "Stipendiet tilldelas Aleksander Kowalczyk.",
    ]);
    let sections: Vec<(&str, &str)> = structure
        .sections
        .iter()
        .map(|s| (s.number.as_str(), s.heading.as_str()))
        .collect();
    assert_eq!(sections, [("3", "Kulturstipendium 2026")]);
    assert_eq!(structure.attendance, [0], "the matter ends the attendance");
}

#[test]
fn a_duty_the_law_puts_on_a_role_and_an_outage_tell_nothing_of_a_person() {
    let found = candidates(&[
        "Barn- och utbildningsnämnden",
        "§ 15 Anmälningar om kränkande behandling",
        "Rektor ska enligt 6 kap. 10 § skollagen (2010:800) anmäla till huvudmannen när en elev anser sig ha blivit utsatt för kränkande behandling.",
        "§ 16 Ersättning vid elavbrott",
        "Sju kunder har begärt avbrottsersättning utöver den lagstadgade.",
    ]);
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn a_refugee_background_or_an_ethnic_background_is_sensitive() {
    let found = candidates(&[
        "Barn- och utbildningsnämnden",
        "§ 17 Modersmålsundervisning",
        "Vårdnadshavaren Senait Tesfay ansöker om undervisning i tigrinja för sonen. Familjen flydde från Eritrea 2023.",
        "§ 18 Kränkande behandling",
        "Eleven Abdirahman Yusuf har kallats glåpord om sin somaliska bakgrund.",
        "§ 19 Bygglov",
        "Sökanden Sara Lind, som har en teknisk bakgrund, ansöker om bygglov för ett garage.",
    ]);
    let kanslig: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "kanslig" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(
        kanslig.contains(&"Familjen flydde från Eritrea 2023."),
        "{kanslig:?}"
    );
    assert!(
        kanslig.iter().any(|t| t.contains("somaliska bakgrund")),
        "{kanslig:?}"
    );
    assert!(
        !kanslig.iter().any(|t| t.contains("teknisk bakgrund")),
        "{kanslig:?}"
    );
}

#[test]
fn blows_and_shoves_told_of_a_pupil_are_an_offence() {
    let found = candidates(&[
        "Barn- och utbildningsnämnden",
        "§ 19 Anmälan från vårdnadshavare",
        "Vårdnadshavaren Anna Ek skriver att en pojke i klassen knuffade ner hennes dotter Elsa i trappan och slog henne i huvudet.",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "lagovertradelse" && c.text.contains("slog henne i huvudet")),
        "{found:#?}"
    );
}

#[test]
fn a_member_who_says_he_is_blind_tells_his_health() {
    let found = candidates(&[
        "Minnesanteckningar, funktionsrättsrådet",
        "§ 3 Tillgänglighet",
        "Rolf Järvinen framförde att ledstråken är dåligt underhållna och att han som blind inte hittar till biljettautomaten.",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.text.contains("som blind")),
        "{found:#?}"
    );
}

#[test]
fn an_individuals_lss_matter_is_a_social_services_secret_and_lss_statistics_are_not() {
    let found = candidates(&[
        "Nämnden för funktionsstöd",
        "§ 12 Uppföljning av verksamheten",
        "Antalet beslut om korttidsvistelse ökade med tolv procent under året.",
        "§ 13 Ansökan om korttidsvistelse",
        "Vårdnadshavaren Sara Lind ansöker om korttidsvistelse för sin son enligt 9 § 6 LSS.",
        "Beslut: Nämnden beviljar insatsen.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            4,
            Some(5),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn that_a_doctors_certificate_is_attached_tells_no_diagnosis() {
    let found = candidates(&[
        "Barn- och utbildningsnämnden",
        "§ 20 Skolskjuts",
        "Vårdnadshavaren Anna Ek ansöker om skolskjuts för sin son. Ett läkarintyg har bifogats. Sonen har astma.",
    ]);
    let kanslig: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "kanslig" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(kanslig, ["Anna Ek", "Sonen har astma."]);
}

#[test]
fn how_the_municipality_judges_in_general_tells_nothing_of_the_person() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 21 Färdtjänst",
        "Anna Ek ansöker om färdtjänst. Kommunens bedömning är att funktionsnedsättningen inte bedöms bestå i minst sex månader.",
    ]);
    assert!(
        !found
            .iter()
            .any(|c| c.text.starts_with("Kommunens bedömning")),
        "{found:#?}"
    );
}

#[test]
fn a_letter_names_the_writers_wife_by_her_first_name_and_tells_of_a_concussion() {
    let found = candidates(&[
        "Bilaga 2 – e-post från vårdnadshavare",
        "Jag heter Khalid Mansour och är pappa till Yasmin. Hon fick hjärnskakning och var på akuten hela natten.",
        "Min fru Rania vågar inte skicka henne till skolan längre.",
    ]);
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(masked.contains(&"Rania"), "{masked:?}");
    assert!(
        masked.iter().any(|t| t.contains("hjärnskakning")),
        "{masked:?}"
    );
}

#[test]
fn a_proposal_is_no_blow() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "§ 22 Parkering vid skolan",
        "Anna Ek har begärt fler parkeringsplatser. Tekniska förvaltningen har föreslagit en avlämningsficka för sex bilar.",
    ]);
    assert!(
        !found.iter().any(|c| c.rule == "lagovertradelse"),
        "{found:#?}"
    );
}

#[test]
fn the_municipalitys_grazing_land_keeps_its_designation_in_a_lease_to_a_farmer() {
    let found = candidates(&[
        "Landsbygds- och skärgårdsnämnden",
        "§ 12 Förlängning av arrende",
        "Lantbrukaren Jonas Lindahl har arrenderat kommunens betesmark på Skärvsjö 6:2 sedan 2011.",
        "Nämnden förlänger arrendet med Jonas Lindahl för Skärvsjö 6:2 i fem år.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Skärvsjö 6:2", Suggestion::Keep),
            ("Skärvsjö 6:2", Suggestion::Keep)
        ]
    );
}

#[test]
fn a_courts_request_about_ones_aid_under_the_social_services_act_is_masked_whole() {
    let found = candidates(&[
        "Vård- och omsorgsnämnden",
        "§ 31 Överklagande",
        "Förvaltningsrätten har begärt yttrande i mål om bistånd enligt 4 kap. 1 § SoL för Per Holm.",
        "Beslut: Nämnden avger yttrande enligt förvaltningens förslag.",
        "§ 32 Budgetuppföljning",
        "Nämnden redovisar ett underskott på 3 miljoner kronor.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            2,
            Some(3),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_detailed_plan_adopted_keeps_the_designation_it_is_named_after() {
    let found = candidates(&[
        "Byggnadsnämnden",
        "§ 47 Detaljplan för Hyttfors 3:4 m.fl.",
        "Nämnden antar detaljplanen.",
        "§ 48 Förhandsbesked, Bruket 1:4",
        "Nämnden lämnar negativt förhandsbesked.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Hyttfors 3:4", Suggestion::Keep),
            ("Bruket 1:4", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_politicians_motion_about_low_incomes_in_a_list_of_matters_tells_nothing_of_anyone() {
    let found = candidates(&[
        "Ärenden",
        "4. Försäljning av villatomt till Ola Berglund och Linda Berglund",
        "7. Motion från Ahmad Rahimi (L) om fritidskort för barn i familjer med låga inkomster",
        "8. Ansökan från Ola Berglund om anstånd med betalning på grund av låga inkomster",
        "9. Fråga från en vårdnadshavare vars son har autism om skolskjuts och försörjningsstöd",
    ]);
    let sensitive: Vec<usize> = found
        .iter()
        .filter(|c| {
            matches!(c.rule.as_str(), "kanslig" | "integritetskanslig") && c.text.len() > 20
        })
        .map(|c| c.location.paragraph)
        .collect();
    assert_eq!(sensitive, [3, 4], "{found:#?}");
}

#[test]
fn burning_plastic_and_selling_cannabis_are_offences_and_the_duty_to_report_is_none() {
    let found = candidates(&[
        "§ 22 Föreläggande om eldning",
        "Inspektören såg att Kenneth Vik eldade plast och tryckimpregnerat virke på sin \
         fastighet. Förbundet är skyldigt att anmäla misstänkta brott enligt 26 kap. 2 § \
         miljöbalken.",
        "§ 23 Tillträdesförbud",
        "En besökare, Elvin Krasniqi, 17 år, har vid två tillfällen sålt cannabis till yngre \
         besökare på gården.",
        "§ 24 Tillträdesförbud",
        "Föreståndaren Ali Rashidi har anmält händelsen.",
        "En besökare, 16 år, har sålt narkotika på gården.",
    ]);
    let offences: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "lagovertradelse" && c.text.len() > 20)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        offences,
        [
            "Inspektören såg att Kenneth Vik eldade plast och tryckimpregnerat virke på sin \
             fastighet.",
            "En besökare, Elvin Krasniqi, 17 år, har vid två tillfällen sålt cannabis till \
             yngre besökare på gården.",
            "En besökare, 16 år, har sålt narkotika på gården."
        ],
        "{found:#?}"
    );
}

#[test]
fn reading_records_without_a_reason_of_service_is_an_offence() {
    let found = candidates(&[
        "§ 9 Information om avsked",
        "Undersköterskan Jennie Wallin har avskedats. Hon har vid 40 tillfällen läst \
         journaluppgifter om grannar och släktingar utan tjänsteskäl.",
    ]);
    assert!(
        found.iter().any(|c| c.rule == "lagovertradelse"
            && c.text.starts_with("Hon har vid 40 tillfällen")),
        "{found:#?}"
    );
}

#[test]
fn a_courts_against_and_an_aid_officers_title_end_no_sentence_and_tell_nothing() {
    let found = candidates(&[
        "§ 4 Yttrande till förvaltningsrätten",
        "Yttrande i mål om bistånd (hemtjänst), Rut Eklöf ./. Vård- och omsorgsnämnden, \
         förvaltningsrätten mål nr 2207-26. Handläggare är Malin Sköld, biståndshandläggare.",
    ]);
    let sensitive: Vec<&str> = found
        .iter()
        .filter(|c| c.text.len() > 20)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        sensitive,
        [
            "Yttrande i mål om bistånd (hemtjänst), Rut Eklöf ./. Vård- och omsorgsnämnden, \
          förvaltningsrätten mål nr 2207-26."
        ],
        "{found:#?}"
    );
    assert!(found
        .iter()
        .any(|c| c.rule == "fortroendevald" && c.text == "Malin Sköld"));
}

#[test]
fn a_page_footer_and_header_typed_after_a_secret_body_stay_outside_its_mask() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 45  Dnr SN 2024/0091",
        "Överklagande av beslut om ekonomiskt bistånd",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "Zahra Mohammadi har överklagat beslutet om avslag.",
        "Beslut: Socialnämnden beslutar att vidhålla beslutet för 2 av 3 månader.",
        "Justerandes sign\t\tUtdragsbestyrkande",
        "Socialnämnden\tPROTOKOLL\t2026-04-08\t4(14)",
        "§ 46  Dnr SN 2024/0102",
        "Ansökan om kontaktperson",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "Nämnden beviljar Ali Hassan kontaktperson.",
        "Underskrifter",
        "Sekreterare\t\tEmma Kjellberg",
        "Ordförande\t\tEmil Hansson",
    ]);
    assert_eq!(
        secrecy(&found),
        [
            (
                4,
                Some(5),
                Some("26 kap. 1 § offentlighets- och sekretesslagen")
            ),
            (
                11,
                None,
                Some("26 kap. 1 § offentlighets- och sekretesslagen")
            )
        ]
    );
}

#[test]
fn a_toilet_or_ramp_for_the_disabled_tells_no_ones_health() {
    let found = candidates(&[
        "§ 10 Tillgänglighet vid badplatser",
        "Rosa Nilsson berättar att hon själv använder rullstol. Badplatsen vid Kärrsjön \
         saknar handikapptoalett och en rullstolsanpassad brygga.",
    ]);
    let sensitive: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "kanslig" && c.text.len() > 20)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        sensitive,
        ["Rosa Nilsson berättar att hon själv använder rullstol."],
        "{found:#?}"
    );
}

#[test]
fn a_secret_bodys_last_sentence_opening_with_a_role_stays_in_its_mask() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 45  Dnr SN 2024/0091",
        "Vård av barn",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "Utredningen visar att pojken far illa i hemmet.",
        "Ordförande föreslår vård enligt 2 § LVU på HVB-hem i Norrby",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            4,
            Some(5),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_section_numbered_before_its_sign_is_a_section() {
    let found = candidates(&[
        "Socialnämnden",
        "24 §\tDnr SN 2026/0009",
        "Information om verksamheten",
        "Socialchefen redovisar statistik för kvartalet.",
        "25 §\tDnr SN 2026/0044",
        "Ansökan om ekonomiskt bistånd utöver riksnormen",
        "Sökanden, samordningsnummer 910577-9947, har ansökt om bistånd med 14 600 kronor.",
        "Beslut: Socialnämnden beviljar bistånd med 9 800 kronor enligt 4 kap. 1 § \
         socialtjänstlagen.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            6,
            Some(7),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_law_quoted_with_its_section_first_starts_no_section() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 25 Ansökan om ekonomiskt bistånd",
        "Sökanden, samordningsnummer 910577-9947, har ansökt om bistånd.",
        "4 § Den som inte själv kan tillgodose sina behov har rätt till bistånd. Så lyder lagen.",
        "Beslut: Socialnämnden beviljar bistånd.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            2,
            Some(4),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_secrecy_line_followed_only_by_the_next_pages_header_masks_nothing() {
    let found = candidates(&[
        "Socialnämnden",
        "27 §\tDnr SN 2026/0047",
        "Ansökan hos förvaltningsrätten om vård enligt LVM",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "KLÖVSKÄRS KOMMUN\tPROTOKOLL\tSocialnämnden 2026-03-18\tSid 5 (10)",
        "28 §\tDnr SN 2026/0050",
        "Information om budget",
    ]);
    assert_eq!(secrecy(&found), []);
}

#[test]
fn a_pupils_adapted_studies_are_a_pupil_health_matter() {
    let found = candidates(&[
        "Barn- och utbildningsnämnden",
        "BUN § 35 — Anpassad studiegång för elev i årskurs 8",
        "Elevhälsochefen redovisar att eleven, född 2012, har haft en frånvaro på 68 procent.",
        "Beslut: Nämnden beslutar om anpassad studiegång enligt 3 kap. 12 § skollagen.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            2,
            Some(3),
            Some("23 kap. 2 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_designation_that_names_a_detailed_plan_stays() {
    let found = candidates(&[
        "§ 62 Detaljplan för Ängshult 3:1 m.fl. (bostäder vid Ormasjön) – samrådsredogörelse",
        "Kommunstyrelsen beslutar att ställa ut planförslaget för granskning.",
    ]);
    assert_eq!(designations(&found), [("Ängshult 3:1", Suggestion::Keep)]);
}

#[test]
fn an_employees_rehabilitation_is_a_personnel_secret_matter() {
    let found = candidates(&[
        "Personalutskottet",
        "§ 22 Arbetsanpassning och omplacering",
        "Dnr KS 2026/102",
        "Ekonomiassistenten Marja Halonen har varit sjukskriven på halvtid.",
        "Beslut: Personalutskottet godkänner omplaceringen från 2026-05-01.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            2,
            Some(4),
            Some("39 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_secretarys_secrecy_line_under_the_diarienummer_stays_as_it_is() {
    let found = candidates(&[
        "Personalutskottet",
        "§ 21 Rehabiliteringsärende",
        "Dnr KS 2026/101",
        "Sekretess enligt 39 kap. 1 § offentlighets- och sekretesslagen.",
        "§ 23 Yttrande till förvaltningsrätten – kontaktperson enligt SoL",
        "Klaganden, 770902-9941, har ansökt om kontaktperson för sin son.",
        "Beslut: Individutskottet vidhåller sitt beslut.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            5,
            Some(6),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn the_signature_block_after_a_last_section_marked_secret_is_no_part_of_it() {
    let found = candidates(&[
        "Arbetsutskottet",
        "§ 99\tFörvärv av fastighet för verksamhetslokaler\tKS 2026/140",
        "Sekretess enligt 19 kap. 1 § offentlighets- och sekretesslagen (affärsförhållanden).",
        "Underskrifter",
        "Sekreterare\t\tEmma Kjellberg",
        "Ordförande\t\tEmil Hansson",
    ]);
    assert_eq!(secrecy(&found), []);
}

#[test]
fn a_law_quoted_on_a_line_of_its_own_inside_a_secret_section_starts_no_section() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 20 Vårdnadsutredning",
        "Socialnämnden har genomfört en vårdnadsutredning om Emil Berg.",
        "Lagrum",
        "6 § Föräldrabalken",
        "Emil Berg bor sedan mars hos sin morbror Per Berg, Storgatan 3.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            2,
            Some(5),
            Some("26 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_refused_plan_request_masks_the_property_it_names() {
    let found = candidates(&[
        "§ 30 Planbesked",
        "Ansökan om planbesked för ändring av detaljplan för Ängshult 3:23 avslås.",
    ]);
    assert_eq!(designations(&found), [("Ängshult 3:23", Suggestion::Mask)]);
}

#[test]
fn a_proposal_numbered_before_its_sign_is_a_section_not_a_law() {
    let found = candidates(&[
        "Personalutskottet",
        "11 § Information från samverkansgruppen",
        "Samverkansgruppen har sammanträtt.",
        "12 § Förslag om omplacering av Lisa Berg",
        "Lisa Berg har haft svårt att klara arbetet och ska omplaceras till annan tjänst.",
        "Beslut: enligt förslaget.",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            4,
            Some(5),
            Some("39 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_last_secret_body_of_labelled_sentences_is_no_signature_block() {
    let found = candidates(&[
        "Personalutskottet",
        "§ 5 Rehabiliteringsärende",
        "Underskrifter",
        "Ordförande: Lisa Berg återgår i arbete 50 procent",
        "Sekreterare: Per Ek omplaceras till lokalvården",
    ]);
    assert_eq!(
        secrecy(&found),
        [(
            2,
            Some(4),
            Some("39 kap. 1 § offentlighets- och sekretesslagen")
        )]
    );
}

#[test]
fn a_section_sign_spelled_out_as_paragraf_opens_a_section_but_not_in_prose() {
    let found = candidates(&[
        "Socialnämndens myndighetsutskott",
        "Paragraf 49\tDnr SN 2026/0140",
        "Ansökan om serveringstillstånd – Linfjärdens Hotell AB",
        "Serveringsställe: fastigheten Linåker 5:14",
        "Beslut: Myndighetsutskottet beviljar serveringstillstånd.",
        "Paragraf 50\tDnr SN 2025/0412",
        "Föreläggande om rättelse på fastigheten Linåker 5:15",
        "Paragraf 3 i avtalet anger fastigheten Linåker 5:16.",
        "Beslut: Nämnden förelägger ägaren att vidta rättelse vid vite.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Linåker 5:14", Suggestion::Keep),
            ("Linåker 5:15", Suggestion::Mask),
            ("Linåker 5:16", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_companys_property_keeps_its_designation_whatever_the_decision() {
    let found = candidates(&[
        "Kommunstyrelsens mark- och exploateringsutskott",
        "§ 20 Avslag på ansökan om fastighetsreglering",
        "Regleringen mellan Linåker 2:9 och Linåkershem AB:s fastighet Linåker 5:44 avslås.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Linåker 2:9", Suggestion::Mask),
            ("Linåker 5:44", Suggestion::Keep)
        ]
    );
}

#[test]
fn a_register_record_about_an_unnamed_pupil_masks_nothing_of_it() {
    let found = candidates(&[
        "Diarium – sökresultat, handlingar registrerade 2026-05-18 – 2026-05-22",
        "BUN 2026/0091-1 · Inkommande · 2026-05-19 · Anmälan om kränkande behandling, elev i årskurs 4 vid Ragnsbo skola · Från: rektor · Handläggare: Jenny Hallström",
    ]);
    let masked: Vec<&str> = found
        .iter()
        .filter(|c| c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(masked.is_empty(), "{masked:?}");
}

#[test]
fn a_notice_boards_table_of_permits_decides_by_the_line_that_introduces_it() {
    let found = candidates(&[
        "Anslagstavla – tillkännagivanden 2026-05-28",
        "Myndighetsutskottet har beviljat följande lov. Den som vill överklaga ska göra det inom fyra veckor.",
        "Fastighet\tÅtgärd\tBeslutsdatum\tBeslut",
        "Vävsta 3:41\tNybyggnad av enbostadshus\t2026-05-13\tMU § 63",
        "Hölbo 7:8\tRivning av garage\t2026-04-22\tB 2026-244",
        "Myndighetsutskottet har avslagit följande ansökningar:",
        "Fastighet\tÅtgärd\tBeslutsdatum",
        "Ölsta 3:19\tNybyggnad av förråd\t2026-05-13",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Vävsta 3:41", Suggestion::Keep),
            ("Hölbo 7:8", Suggestion::Keep),
            ("Ölsta 3:19", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_negated_grant_is_a_refusal_and_a_refusal_moved_in_the_vote_decides_nothing() {
    let found = candidates(&[
        "Byggnadsnämnden",
        "§ 31 Ansökan om bygglov",
        "Beslut",
        "Nämnden beviljar inte bygglov för fastigheten Lappmon 3:14.",
        "§ 32 Ansökan om bygglov",
        "Ärendet avser fastigheten Lappmon 3:15.",
        "Beslut",
        "Byggnadsnämnden beviljar bygglov.",
        "Yrkanden",
        "Lars Törmä (SD) yrkar avslag. Ordföranden ställer proposition och finner att nämnden beslutar enligt förvaltningens förslag.",
        "§ 33 Ansökan om strandskyddsdispens",
        "Ärendet avser fastigheten Lappmon 3:16. Ansökan bifalls ej.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Lappmon 3:14", Suggestion::Mask),
            ("Lappmon 3:15", Suggestion::Keep),
            ("Lappmon 3:16", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_measure_decided_first_is_not_undone_by_a_later_beslutar_or_a_tables_introduction() {
    let found = candidates(&[
        "Miljö- och byggnämnden",
        "§ 23 Olovlig byggnation på fastigheten Björkudden 1:23",
        "Nämnden beslutar att förelägga ägaren att riva byggnaden och beslutar att arbetet får utföras i etapper.",
        "§ 24 Föreläggande om åtgärder för enskilda avlopp",
        "Beslut: Nämnden förelägger ägarna vid vite att åtgärda avloppen.",
        "Anläggningarna beviljades tillstånd före 1990 och uppfyller inte dagens krav:",
        "Fastighet\tAnläggning",
        "Tallen 7:1\tSlamavskiljare",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Björkudden 1:23", Suggestion::Mask),
            ("Tallen 7:1", Suggestion::Mask)
        ]
    );
}

#[test]
fn a_letters_line_indented_with_a_tab_is_read_as_prose() {
    let found = candidates(&[
        "Bilaga 2",
        "Hej!",
        "\tJag har MS och min dotter har diagnosen autism, därför behöver vi hjälp.",
        "Med vänlig hälsning",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.suggestion == Suggestion::Mask),
        "{:?}",
        found.iter().map(|c| (&c.rule, &c.text)).collect::<Vec<_>>()
    );
}

#[test]
fn a_company_named_before_a_private_neighbours_property_makes_it_no_companys() {
    let found = candidates(&[
        "Miljö- och byggnämnden",
        "§ 30 Föreläggande om flytt av staket",
        "Nämnden förelägger ägaren att flytta staketet till gränsen mellan bolagets fastighet och hans egen, Tallen 7:2, vid vite.",
        "Regleringen gäller Linåkershem AB:s fastighet Linåker 5:44.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Tallen 7:2", Suggestion::Mask),
            ("Linåker 5:44", Suggestion::Keep)
        ]
    );
}

#[test]
fn paragraf_quoted_in_a_protocol_with_section_signs_opens_no_section() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 45 Ansökan om bistånd",
        "Sekretess enligt 26 kap. 1 § OSL.",
        "Paragraf 8 Uppsägning",
        "Beslut: Nämnden beviljar bistånd.",
        "§ 46 Information",
        "Nämnden informeras.",
    ]);
    // The secrecy line's § goes on to its decision, past the quoted "Paragraf 8".
    assert_eq!(secrecy(&found), [(3, Some(4), Some("26 kap. 1 § OSL"))]);
    let structure = structure_of(&[
        "Socialnämnden",
        "§ 45 Ansökan om bistånd",
        "Paragraf 8 Uppsägning",
        "§ 46 Information",
    ]);
    let numbers: Vec<&str> = structure
        .sections
        .iter()
        .map(|s| s.number.as_str())
        .collect();
    assert_eq!(numbers, ["45", "46"]);
}

#[test]
fn the_land_a_detailed_plan_covers_after_its_name_stays() {
    let found = candidates(&[
        "§ 96 Detaljplan för Björnbacken, del av Kölfors 2:211 – antagande",
        "Kommunstyrelsen föreslår fullmäktige att anta detaljplanen.",
    ]);
    assert_eq!(designations(&found), [("Kölfors 2:211", Suggestion::Keep)]);
}

#[test]
fn a_sentence_opening_with_the_word_for_property_keeps_it_out_of_the_designation() {
    let found = candidates(&[
        "§ 31 Startbesked",
        "Beslut: startbesked nekas. Fastigheten Kölfors 8:36 saknar godkänd kontrollplan.",
    ]);
    assert_eq!(designations(&found), [("Kölfors 8:36", Suggestion::Mask)]);
}

#[test]
fn a_victim_of_a_crime_is_told_of_under_the_private_sphere_and_an_offender_under_the_crime() {
    let rules_of = |lines: &[&str], text: &str| -> Vec<String> {
        (candidates(lines).iter())
            .filter(|c| c.text == text && c.suggestion == Suggestion::Mask)
            .map(|c| c.rule.clone())
            .collect()
    };
    let victim = [
        "§ 6 Anmälan",
        "Anna Lind har utsatts för våld i nära relation.",
    ];
    assert_eq!(rules_of(&victim, "Anna Lind"), ["integritetskanslig"]);
    let offender = [
        "§ 6 Anmälan",
        "Anna Lind har utsatts för hot av Per Ek, som nu är polisanmäld.",
    ];
    assert_eq!(rules_of(&offender, "Per Ek"), ["lagovertradelse"]);
}

#[test]
fn emergency_aid_and_a_lex_sarah_report_about_a_named_resident_are_social_services_secrets() {
    let found = candidates(&[
        "Socialnämndens individutskott",
        "§ 90 Bistånd till person utan uppehållstillstånd",
        "Ärendet gäller Yonas Tekle Berhane, som vistas hos sin syster.",
        "Beslut",
        "Nödbistånd beviljas med 2 150 kr för oktober 2025.",
        "§ 91 Rapport enligt lex Sarah – Kvarnsjögården",
        "En boende, Märta Sten, född 1934, hittades liggande på golvet i sitt rum.",
        "Beslut",
        "Individutskottet lägger rapporten till handlingarna.",
    ]);
    let provision = Some("26 kap. 1 § offentlighets- och sekretesslagen");
    assert_eq!(
        secrecy(&found),
        [(2, Some(4), provision), (6, Some(8), provision)]
    );
}

#[test]
fn land_allocated_by_the_municipality_stays_though_its_cue_stands_fifty_characters_back() {
    let found = candidates(&[
        "§ 140 Ärenden till kommunstyrelsen",
        "5. Markanvisning för personalbostäder, del av Gnaive Stenarve 2:14 (KS 2026/0296)",
        "Beslut",
        "Ärendet avslås.",
    ]);
    assert_eq!(
        designations(&found),
        [("Gnaive Stenarve 2:14", Suggestion::Keep)]
    );
}

#[test]
fn a_section_line_set_as_a_table_row_with_its_diarienummer_takes_its_title_from_the_line_below() {
    let structure = structure_of(&[
        "Socialnämndens individutskott",
        "§ 32 | SN 2026/0291",
        "Ansökan om vård enligt 1, 2 och 3 §§ LVU – barnen B och C",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
    ]);
    let section = &structure.sections[0];
    assert_eq!(
        section.heading,
        "Ansökan om vård enligt 1, 2 och 3 §§ LVU – barnen B och C"
    );
    assert_eq!(section.body, 3..4);
}

#[test]
fn a_passport_and_a_migration_case_number_in_a_register_row_are_masked_a_diarienummer_stays() {
    let found = candidates(&[
        "SN 2026/0318\t2026-10-05\tIn\tMigrationsverket\tBegäran om yttrande angående Hassan Al-Obaidi, passnummer A09384417, dossiernummer 21-604418\tVuxenenheten",
    ]);
    let masked: Vec<&str> = (found.iter())
        .filter(|c| c.rule == "integritetskanslig" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(masked.contains(&"A09384417"), "{masked:?}");
    assert!(masked.contains(&"21-604418"), "{masked:?}");
    assert!(
        !masked.iter().any(|m| m.contains("2026/0318")),
        "{masked:?}"
    );
}

#[test]
fn a_lease_of_the_municipalitys_land_in_a_delegation_list_keeps_its_designation_beside_a_refusal() {
    let found = candidates(&[
        "§ 212 Anmälan av delegationsbeslut",
        "Kommunsekreterarens beslut 2026-09-11 att avslå en begäran om utlämnande av allmän handling.",
        "Mark- och exploateringsingenjörens beslut 2026-09-15 om arrende för betesmark på Stävlinge 4:33 till Gyllestad Gård AB.",
    ]);
    assert_eq!(designations(&found), [("Stävlinge 4:33", Suggestion::Keep)]);
}

#[test]
fn a_report_to_the_police_after_the_crime_it_reports_stays() {
    let found = candidates(&[
        "§ 31 Rapporter enligt lex Sarah",
        "Rapport 3 gäller hemtjänsten i Gyllestad. En medarbetare, Tobias Ekman, misstänks ha tagit 6 000 kronor från en brukares plånbok. Polisanmälan har gjorts och medarbetaren är avstängd.",
    ]);
    let crimes: Vec<&str> = (found.iter())
        .filter(|c| c.rule == "lagovertradelse" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(crimes.iter().any(|c| c.contains("misstänks")), "{crimes:?}");
    assert!(
        !crimes.iter().any(|c| c.contains("Polisanmälan")),
        "{crimes:?}"
    );
}

#[test]
fn a_church_as_the_principal_of_burials_points_at_no_one_in_an_associations_proposal() {
    let found = candidates(&[
        "Inkomna medborgarförslag",
        "Förslag\tFöreningen föreslår att kommunen i samråd med Svenska kyrkan som huvudman för begravningsverksamheten verkar för att ett gravkvarter anpassat för muslimska begravningar anläggs.",
    ]);
    assert!(!found.iter().any(|c| c.rule == "kanslig"), "{found:#?}");
}

#[test]
fn designations_said_to_be_owned_by_the_municipality_or_to_carry_its_street_stay() {
    let found = candidates(&[
        "§ 88 Yttrande över detaljplan för Logistikpark Knutpunkten",
        "Planen omfattar del av Vättersby Sörmossen 1:14 och Vättersby Sörmossen 1:3, båda ägda av kommunen. Nämnden avstyrker förslaget.",
        "§ 89 Genomfartsförbud på Ekhultsvägen",
        "Ekhultsvägen är en kommunal gata på Vättersby Ekhult 1:1. Nämnden förbjuder genomfart för tung trafik.",
    ]);
    assert_eq!(
        designations(&found),
        [
            ("Vättersby Sörmossen 1:14", Suggestion::Keep),
            ("Vättersby Sörmossen 1:3", Suggestion::Keep),
            ("Vättersby Ekhult 1:1", Suggestion::Keep)
        ]
    );
}

#[test]
fn damages_for_sveda_och_vark_tell_no_diagnosis_a_tooth_injury_does() {
    let found = candidates(&[
        "§ 21 Skadeståndsanspråk efter halka",
        "Gunnel Ström halkade på torget och bröt höften. Hon kräver ersättning med 38 500 kronor för sveda och värk, glasögon och taxiresor.",
        "Tuula Salminen begär ersättning för sjukvårdskostnader, tandskada och sveda och värk.",
    ]);
    let health: Vec<&str> = (found.iter())
        .filter(|c| c.rule == "kanslig" && c.suggestion == Suggestion::Mask)
        .map(|c| c.text.as_str())
        .collect();
    assert!(!health.iter().any(|h| h.contains("glasögon")), "{health:?}");
    assert!(
        health.iter().any(|h| h.contains("bröt höften")),
        "{health:?}"
    );
    assert!(health.iter().any(|h| h.contains("tandskada")), "{health:?}");
}

#[test]
fn a_post_lists_introduction_decides_no_rows_property() {
    let found = candidates(&[
        "VÄTTERSBY KOMMUN\tPOSTLISTA\tVecka 15, 2026",
        "Information om personuppgifter: Postlistan visar allmänna handlingar som har registrerats hos kommunstyrelsen och nämnderna.",
        "Dnr\tDatum\tRiktning\tAvsändare/mottagare\tHandling\tEnhet",
        "BMN 2026-0140\t2026-04-06\tIn\tHedlund, Oscar\tAnsökan om bygglov, carport, Vättersby Tolsby 3:15\tBMN/Bygglov",
    ]);
    assert_eq!(
        designations(&found),
        [("Vättersby Tolsby 3:15", Suggestion::Mask)]
    );
}
