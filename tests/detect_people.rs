//! Who a name belongs to, and whose a phone number is: later mentions of a person found in
//! full, the organisation's own numbers, officials and the dead.

use maskera::detect::{scan, Candidate, Rulebook, Suggestion};
use maskera::ingest::Document;

/// The texts of the candidates with `suggestion`, of `rule` if given.
fn texts<'c>(found: &'c [Candidate], rule: Option<&str>, suggestion: Suggestion) -> Vec<&'c str> {
    found
        .iter()
        .filter(|c| rule.is_none_or(|r| c.rule == r) && c.suggestion == suggestion)
        .map(|c| c.text.as_str())
        .collect()
}

fn masked_texts<'c>(found: &'c [Candidate], rule: &str) -> Vec<&'c str> {
    texts(found, Some(rule), Suggestion::Mask)
}

fn kept_texts<'c>(found: &'c [Candidate], rule: &str) -> Vec<&'c str> {
    texts(found, Some(rule), Suggestion::Keep)
}

fn masked(found: &[Candidate]) -> Vec<&str> {
    texts(found, None, Suggestion::Mask)
}

fn candidates(lines: &[&str]) -> Vec<Candidate> {
    let paragraphs: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let doc = Document::from_plain_paragraphs(&paragraphs);
    scan(&doc, &Rulebook::embedded().expect("rulebook"))
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

#[test]
fn an_elected_members_mobile_beside_their_work_mailbox_is_masked_an_offices_jour_mobile_stays() {
    let found = candidates(&[
        "STAVHAMNS KOMMUN\tKALLELSE\t2026-09-28",
        "Ledamot\tParti\tTelefon\tE-post",
        "Ingvar Bonde\tC\t070-174 06 82\tingvar.bonde@politik.stavhamn.se",
        "Marita Kofoed\tS\t070-174 06 83\tmarita.kofoed@politik.stavhamn.se",
        "Hamnkontorets jour nås på 070-174 09 90, info@stavhamn.se.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        ["070-174 06 82", "070-174 06 83"]
    );
}

#[test]
fn a_danish_applicants_street_is_an_address_and_a_verb_ending_like_one_is_no_street() {
    let found = candidates(&[
        "§ 114 Bygglov för fritidshus",
        "Sökande: Mads Kofod Jensen, Ryesgade 24, 3. th., 2200 København N, Danmark.",
        "§ 71 Allmänhetens frågestund",
        "Gunnel Håkansson frågade varför gång- och cykelvägen inte snöröjs.",
    ]);
    let addresses = masked_texts(&found, "adress");
    assert!(
        addresses.iter().any(|a| a.starts_with("Ryesgade 24")),
        "{found:?}"
    );
    assert!(masked_texts(&found, "namn").contains(&"Gunnel Håkansson"));
}

#[test]
fn a_harbour_master_auditing_consultant_negotiator_or_harbour_host_is_staff() {
    let found = candidates(&[
        "§ 12 Information",
        "Hamnkapten Ola Persson informerar om muddringen.",
        "Granskningen har gjorts av revisionskonsult Oscar Hedlund.",
        "Arbetsgivaren företräddes av löneförhandlare Tobias Wahl.",
        "Gästhamnsvärden Ahmed Yusuf har sammanställt enkäten.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_name_before_its_own_mailbox_at_the_municipality_is_staff_and_before_webmail_a_private_person()
{
    let found = candidates(&[
        "STAVHAMNS KOMMUN\tVård- och omsorgsförvaltningen",
        "Rapport om missförhållande",
        "Vidarebefordrad till kvalitetsenheten\t2026-07-02, Johan Kvist, johan.kvist@stavhamn.se",
        "Från:\tOla Vinge <ola.vinge@telia.com>",
        "Anna Lind, lindbacksskolan@stavhamn.se, har hört av sig om skolskjutsen.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Ola Vinge", "Anna Lind"]);
    assert_eq!(masked_texts(&found, "kontakt"), ["ola.vinge@telia.com"]);
}

#[test]
fn a_row_of_names_signing_with_their_chair_are_all_officials_a_row_of_bare_names_is_not() {
    let found = candidates(&[
        "Revisionsrapport 2026:3",
        "För de förtroendevalda revisorerna",
        "Kerstin Åberg, ordförande\tHasse Nyström\tBirgit Ohlin\tZlatan Mujić",
        "§ 5 Klagomål på snöröjningen",
        "Handläggare: Anna Berg",
        "Per Holm\tEva Lindqvist\tAnna Berg",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Per Holm", "Eva Lindqvist"]);
    assert_eq!(kept_texts(&found, "fortroendevald").len(), 6);
}

#[test]
fn a_given_name_and_the_surnames_initial_in_a_note_is_a_person() {
    let found = candidates(&[
        "KVALITETSENHETENS NOTERINGAR",
        "”Ring Bo N. om utredningen – vill bli kontaktad efter kl. 16.”",
        "”Nattpersonal: Linnea Å., ensam på två avd. Kolla schemat!”",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Bo N."), "{masked:?}");
    assert!(masked.contains(&"Linnea Å."), "{masked:?}");
}

#[test]
fn a_danish_residents_late_husband_is_no_ones_data() {
    let found = candidates(&[
        "§ 118 Bygglov för vindkraftverk",
        "Min afdøde mand Preben Rasmussen og jeg købte sommerhuset i 1998. Birthe Kjær Rasmussen",
    ]);
    assert!(
        !masked(&found).iter().any(|t| t.contains("Preben")),
        "{found:?}"
    );
}

#[test]
fn the_agent_of_a_passive_who_has_died_stays_and_the_heir_is_masked() {
    let found = candidates(&[
        "§ 48 Arrende av sjöbod nr 7 i Sillevik",
        "Sjöboden har sedan 1988 arrenderats av Gösta Mårtensson, som avled i mars 2026. Hans dotter Eva Holm har ansökt om att få överta arrendet.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Eva Holm"]);
}

#[test]
fn a_letters_signature_over_a_title_and_its_office_is_an_officials_and_a_justerare_signs_as_one() {
    let found = candidates(&[
        "Hej Camilla,",
        "Tack för ditt yttrande, som har diarieförts i ärende SBN 2026/0244.",
        "Vänliga hälsningar",
        "Sofia Lindgren",
        "Bygglovsarkitekt\tSamhällsbyggnadsförvaltningen",
        "Justerat",
        "Lars Hörnfeldt, ordförande\tSusanne Welander, justerare",
    ]);
    let kept = kept_texts(&found, "fortroendevald");
    for name in ["Sofia Lindgren", "Lars Hörnfeldt", "Susanne Welander"] {
        assert!(kept.contains(&name), "{name}: {found:?}");
    }
}

#[test]
fn a_surname_inside_a_danish_companys_name_is_no_mention_of_the_person() {
    let found = candidates(&[
        "§ 94 Markanvisning för kvarteret Saluhallen",
        "Bolaget företräds av Thomas Bach och Louise Kofoed.",
        "Kommunstyrelsen tecknar markanvisningsavtal med Bach & Kofoed Byg ApS enligt bilaga.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Thomas Bach", "Louise Kofoed"]
    );
}

#[test]
fn a_consent_keeps_the_consenting_pupils_name_throughout_the_section_but_not_the_others() {
    let found = candidates(&[
        "§ 79 Äppelblomsstipendiet 2026",
        "Juryn föreslår Tilde Sjöberg, Hamnskolan, för hennes arbete med strandstädning, och Yusuf Abdi Ali, Nöbbeshögs skola, för pollineringsprojektet.",
        "Vårdnadshavarna till Tilde Sjöberg har skriftligen samtyckt till att hennes namn och bild publiceras. För den andra stipendiaten finns inget samtycke.",
        "Beslut: Stipendierna delas ut enligt juryns förslag.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Yusuf Abdi Ali"]);
    assert_eq!(
        kept_texts(&found, "namn"),
        ["Tilde Sjöberg", "Tilde Sjöberg"]
    );
}

#[test]
fn the_last_of_a_list_of_titled_officials_is_one_but_not_a_party_named_by_role() {
    let found = candidates(&[
        "§ 102 Revisionsrapport om färdtjänst",
        "Granskningen har genomförts genom intervjuer med förvaltningschef Anders Hörberg, trafikhandläggare Maria Lindahl och Robin Jakobsen.",
        "Nämnden har hört handläggare Anna Berg, rektor Per Olsson och vårdnadshavaren Sara Lindqvist.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Sara Lindqvist"]);
}

#[test]
fn a_post_filled_with_someone_makes_them_staff() {
    let found = candidates(&[
        "§ 80 Information från förvaltningschefen",
        "Förvaltningschefen informerar om att rektorstjänsten på Skogsmölla skola har tillsatts med Magnus Vesterlund från 2026-10-01.",
        "En elev, Nima Karimi, har flyttat till en annan skola.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Nima Karimi"]);
}

#[test]
fn someone_who_has_died_is_no_ones_data_where_named_again() {
    let found = candidates(&[
        "§ 3 Namn på ny gata",
        "Gatan föreslås heta Hilma Lindbloms gata. Hilma Lindblom (1889–1961) var folkskollärare.",
        "Förslaget har stöd av släkten till Hilma Lindblom.",
    ]);
    assert!(
        !masked(&found).iter().any(|t| t.contains("Hilma")),
        "{found:?}"
    );
}

#[test]
fn a_name_before_a_party_cell_or_parenthesis_is_an_official_whatever_lists_know() {
    let found = candidates(&[
        "Närvarande ledamöter",
        "Fatuma Jama Ali | S | Närvarande",
        "§ 44 Avsägelse",
        "Fatuma Jama Ali (S) har avsagt sig uppdraget som ersättare.",
        "Birgitta Ek har begärt att bli entledigad från uppdraget som nämndeman.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
    assert_eq!(kept_texts(&found, "fortroendevald").len(), 3);
}

#[test]
fn each_line_of_a_delegation_list_decides_for_its_own_property() {
    let found = candidates(&[
        "§ 7 Delegationsbeslut",
        "Bygglov för tillbyggnad av enbostadshus, Sjövik 3:41, beviljat 2024-02-05, delegat J. Berglund",
        "Byggsanktionsavgift för påbörjad tillbyggnad, Sjövik 3:7, 2024-02-19, delegat J. Berglund",
        "Fastighet: Hamnen 12",
    ]);
    assert_eq!(kept_texts(&found, "fastighetsbeteckning"), ["Sjövik 3:41"]);
    let masked = masked(&found);
    assert!(
        masked.contains(&"Sjövik 3:7") && masked.contains(&"Hamnen 12"),
        "{masked:?}"
    );
    assert!(!masked.iter().any(|t| t.contains("Berglund")));
}

#[test]
fn the_places_of_meetings_and_businesses_are_not_private_addresses() {
    let found = candidates(&[
        "Plats och tid: Norrviks Folkets hus, Stora salen, Sjögatan 3, kl. 18.00–21.35",
        "§ 9 Sanktionsavgift",
        "Trattoria Da Giuseppe på Hamngatan 3 drivs som enskild firma av Giuseppe Russo.",
        "Nämnden påför Giuseppe Russo en sanktionsavgift.",
    ]);
    assert_eq!(
        masked(&found),
        ["Giuseppe Russo", "Giuseppe Russo"],
        "the owner is masked, the trattoria and its street are not"
    );
}

#[test]
fn what_a_law_says_and_words_that_only_hold_a_sensitive_stem_are_not_about_the_person() {
    let found = candidates(&[
        "§ 21 Anmälan om kränkande behandling",
        "Eleven Ella-Rose Nyberg har utsatts för kränkningar.",
        "Enligt 6 kap. 10 § skollagen ska rektor anmäla till huvudmannen om en elev anser sig ha blivit utsatt för kränkande behandling.",
        "Gatan Stenbrottsvägen ligger vid det gamla stenbrottet.",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Ella-Rose Nyberg"), "{masked:?}");
    assert!(
        !masked
            .iter()
            .any(|t| t.starts_with("Enligt") || t.contains("sten")),
        "{masked:?}"
    );
}

#[test]
fn a_surname_that_is_also_a_village_is_the_village_after_a_preposition() {
    let found = candidates(&[
        "§ 19 Synpunkt om hemtjänsten i Berg",
        "Sökande: Stig Berg, Skogsvägen 3, 933 93 Berg",
        "Verksamheten planerar besöken i Berg och Lund från Bergs servicehus.",
        "Berg har fått svar på skrivelsen.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Stig Berg", "Berg"],
        "the person and his later mention, never the village"
    );
}

#[test]
fn an_abbreviation_after_a_role_word_is_not_a_name() {
    let found = candidates(&[
        "§ 23 Byte av god man, Dnr ÖFN 2023/211",
        "Roland Lund har begärt att bli entledigad.",
        "§ 24 Uttag från spärrat konto, Dnr ÖFN 2024/57",
    ]);
    assert!(
        masked(&found).iter().all(|t| !t.contains("ÖFN")),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_sensitive_paragraph_that_points_at_no_one_speaks_of_people_in_general() {
    let found = candidates(&[
        "§ 31 Redovisning av kränkningsanmälningar",
        "Eleven Ali Haddad har utsatts för kränkande behandling på rasten.",
        "Kränkningar med anspelning på religion förekommer i en femtedel av anmälningarna.",
        "Han har därefter fått stöd av kuratorn för sin ångest.",
    ]);
    let sentences = |rule: &str| -> Vec<String> {
        found
            .iter()
            .filter(|c| c.rule == rule && c.suggestion == Suggestion::Mask)
            .map(|c| c.text.clone())
            .collect()
    };
    assert!(
        !sentences("kanslig").iter().any(|t| t.contains("femtedel")),
        "the statistics stay: {:?}",
        sentences("kanslig")
    );
    assert!(
        sentences("kanslig").iter().any(|t| t.contains("ångest")),
        "the pupil's anxiety goes: {:?}",
        sentences("kanslig")
    );
}

#[test]
fn each_property_follows_the_decision_of_its_own_clause_and_the_municipalitys_stay() {
    let found = candidates(&[
        "FJÄLLSTA KOMMUN",
        "§ 8 Anslutning till kommunalt vatten och avlopp",
        "Den första ansökan avser fastigheten Vuolleby 4:15, den andra fastigheten Lund 2:31.",
        "Beslut: Nämnden beslutar att bifalla ansökan för fastigheten Vuolleby 4:15, och att avslå ansökan för fastigheten Lund 2:31.",
        "§ 9 Anmälan av delegationsbeslut",
        "BMN 2024/79 | Slutbesked förskola | Fjällsta 4:1 | Fjällsta kommun",
        "BMN 2024/80 | Föreläggande om avlopp | Ekträsk 1:33 | Restaurang Björnen i Fjällsta AB",
    ]);
    assert_eq!(
        kept_texts(&found, "fastighetsbeteckning"),
        ["Vuolleby 4:15", "Vuolleby 4:15", "Fjällsta 4:1"]
    );
    assert_eq!(
        masked_texts(&found, "fastighetsbeteckning"),
        ["Lund 2:31", "Lund 2:31", "Ekträsk 1:33"]
    );
    assert!(
        !masked(&found).iter().any(|t| t.contains("Björnen")),
        "a restaurant is no person: {:?}",
        masked(&found)
    );
}

#[test]
fn names_no_list_knows_are_found_beside_a_name_and_a_post_town_is_no_mention() {
    let found = candidates(&[
        "Närvarande ledamöter: Lars Berg (C), Eva Pavval (C).",
        "§ 5 Förhandsbesked och tomtförsäljning",
        "Omar Khalil och Fatima Al-Sayed har ansökt om förhandsbesked.",
        "Semhar Gebremedhin och Yonas Tesfay har anmält intresse för att köpa tomten.",
        "Avloppet på fastigheten ägs av Raili Rantatalo och Esko Rantatalo.",
        "Hamid Rezai, Bergsvägen 19 B, 933 93 Berg, telefon 070-174 06 86, föreslår en hundrastgård.",
    ]);
    let names = masked_texts(&found, "namn");
    for person in [
        "Fatima Al-Sayed",
        "Semhar Gebremedhin",
        "Yonas Tesfay",
        "Esko Rantatalo",
    ] {
        assert!(names.contains(&person), "{person} in {names:?}");
    }
    // "Berg" after the postcode is the post town, not the official Lars Berg: the phone
    // number after it is the resident's.
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 86"]);
}

#[test]
fn a_section_decides_by_its_decision_not_by_the_outcomes_its_assessment_weighs() {
    let found = candidates(&[
        "§ 43 Dnr MBN 2024/0187",
        "Ekeby 5:3 – Ansökan om bygglov för nybyggnad av enbostadshus",
        "Beslut",
        "Miljö- och byggnadsnämnden beviljar bygglov för nybyggnad av enbostadshus på fastigheten Vretaby Ekeby 5:3.",
        "Bedömning",
        "Byggtrafik under byggtiden är en tillfällig störning som inte kan ligga till grund för avslag.",
    ]);
    assert_eq!(
        kept_texts(&found, "fastighetsbeteckning"),
        ["Ekeby 5:3", "Vretaby Ekeby 5:3"]
    );
}

#[test]
fn a_proposer_named_in_a_kungorelse_list_keeps_their_name() {
    let found = candidates(&[
        "Kommunfullmäktige sammanträder den 17 juni 2024. Ärenden:",
        "Svar på medborgarförslag från Birgitta Holmgren om en hundrastgård i Berga.",
    ]);
    assert_eq!(
        kept_texts(&found, "medborgarforslag"),
        ["Birgitta Holmgren"]
    );
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn an_authoritys_mailbox_and_a_register_of_trust_are_no_personal_data() {
    let found = candidates(&[
        "§ 61 Avsägelse",
        "Hamid Nouri (S) har begärt att bli entledigad från uppdraget som ersättare.",
        "Beslut: Kommunfullmäktige begär ny sammanräkning hos Länsstyrelsen, vastragotaland@lansstyrelsen.se.",
        "Expedieras till: Länsstyrelsen, Hamid Nouri, löneenheten, förtroendemannaregistret",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn a_particle_belongs_to_the_surname_after_it() {
    let found = candidates(&[
        "§ 47 Strandskyddsdispens",
        "Sökande är Carl-Johan af Sillén och Lena von Rosen. Nämnden avslår ansökan.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Carl-Johan af Sillén", "Lena von Rosen"]
    );
}

#[test]
fn a_preschool_named_like_a_person_is_a_place() {
    let found = candidates(&[
        "§ 45 Bygglov för tillbyggnad av förskolan Lilla Dahl",
        "Förskolan Lilla Dahl har fem avdelningar. Nämnden beviljar bygglov.",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn a_designation_in_a_kvarter_is_found_after_kv() {
    let found = candidates(&[
        "§ 48 Föreläggande om rivning",
        "Nämnden förelägger ägaren till kv. Smeden 4 att riva förrådet.",
    ]);
    assert_eq!(masked_texts(&found, "fastighetsbeteckning"), ["Smeden 4"]);
}

#[test]
fn a_title_and_its_unit_before_a_comma_make_the_name_after_them_an_official() {
    let found = candidates(&[
        "§ 28 Klagomål på hemtjänsten i Östbyn",
        "Enhetschef för hemtjänsten i Östbyn, Sanna Holmberg, har yttrat sig.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Sanna Holmberg"]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn a_surname_written_with_its_own_letters_is_known_as_the_list_writes_it() {
    // The list has "Aydin"; the protocol writes the Turkish dotless ı.
    let found = candidates(&[
        "§ 41 Avbetalningsplan för VA-anläggningsavgift",
        "Ansökan har lämnats in av Gülay Aydın för fastigheten Vide 2:9.",
    ]);
    assert!(
        masked_texts(&found, "namn").contains(&"Gülay Aydın"),
        "{found:#?}"
    );
}

#[test]
fn a_block_after_pa_is_a_designation_where_the_matter_is_a_building_on_it() {
    let found = candidates(&[
        "§ 61 Bygglov, inglasat uterum på Björnen 8",
        "Nämnden avslår ansökan om bygglov.",
        "§ 62 Information",
        "Sammanträdet hålls på Biblioteket 2 trappor upp.",
    ]);
    assert_eq!(masked_texts(&found, "fastighetsbeteckning"), ["Björnen 8"]);
    assert!(kept_texts(&found, "fastighetsbeteckning").is_empty());
}

#[test]
fn a_block_whose_definite_form_ends_in_rn_heads_a_building_sanction() {
    let found = candidates(&[
        "§ 44 Byggsanktionsavgift för påbörjad rivning utan startbesked – Hägern 3",
        "Nämnden tar ut en byggsanktionsavgift om 12 000 kronor.",
    ]);
    assert_eq!(masked_texts(&found, "fastighetsbeteckning"), ["Hägern 3"]);
}

#[test]
fn land_given_in_a_markanvisning_is_the_municipalitys_and_stays() {
    let found = candidates(&[
        "§ 114 Markanvisning för bostäder inom del av Åsbacka 3:12",
        "Kommunstyrelsen beslutar att avslå ansökan från Byggbolaget AB om förlängning.",
    ]);
    assert_eq!(kept_texts(&found, "fastighetsbeteckning"), ["Åsbacka 3:12"]);
}

#[test]
fn a_block_alone_between_commas_in_a_list_of_building_decisions_follows_its_line() {
    let found = candidates(&[
        "§ 51 Redovisning av delegationsbeslut",
        "Bygglov, Svalan 3, tillbyggnad av enbostadshus – beviljat 2025-03-04",
        "Startbesked för installation av eldstad, Tallen 9, 2024-02-08",
        "Föreläggande om att lämna in relationsritningar, Granen 9 – 2025-03-20",
        "Bygglov för skylt, punkten 3 i bilagan, Salen 2 – avslag",
    ]);
    assert_eq!(
        kept_texts(&found, "fastighetsbeteckning"),
        ["Svalan 3", "Tallen 9"]
    );
    assert_eq!(masked_texts(&found, "fastighetsbeteckning"), ["Granen 9"]);
}

#[test]
fn an_owner_who_admitted_the_burning_was_granted_nothing() {
    let found = candidates(&[
        "§ 57 Åtalsanmälan – avfallshantering på fastigheten Hedby 3:17",
        "Per-Erik Sundqvist har vid besöket medgett att han eldat avfallet.",
        "Nämnden beslutar att göra åtalsanmälan avseende Per-Erik Sundqvist.",
    ]);
    assert_eq!(masked_texts(&found, "fastighetsbeteckning"), ["Hedby 3:17"]);
}

#[test]
fn land_said_to_be_the_municipalitys_after_its_designation_or_sold_by_it_stays() {
    let found = candidates(&[
        "§ 6 Försäljning av villatomt, Ljungsala 4:287",
        "Lantmäteriet har registrerat en fastighetsreglering mellan Prästgården 1:1 och \
         Prästgården 1:3, som båda ägs av kommunen.",
        "Arbetsutskottet beslutar att sälja Ljungsala 4:287 till Chen Jie, och att avslå \
         ansökan om förlängd byggtid för Prästgården 1:1.",
    ]);
    assert!(
        masked_texts(&found, "fastighetsbeteckning").is_empty(),
        "{found:#?}"
    );
}

#[test]
fn a_surname_listed_with_a_town_or_after_a_full_name_is_a_place() {
    let found = candidates(&[
        "§ 14 Vinterväghållning",
        "Tarja Niemi, Niemisvägen 4, klagar på plogningen. Ann-Christin Berg, Lund, har \
         också skrivit.",
        "Niemi anser att entreprenören som svarar för Lund och Berg inte plogar i tid, \
         liksom i byarna Lund, Berg och Ekträsk.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Tarja Niemi", "Ann-Christin Berg", "Niemi"]
    );
}

#[test]
fn a_street_where_someone_slipped_is_no_ones_address() {
    let found = candidates(&[
        "§ 9 Skadeståndsanspråk",
        "Kjell Rasmusson, Kyrkogatan 22, begär ersättning efter att han halkat på \
         trottoaren utanför Kyrkogatan 15.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), ["Kyrkogatan 22"]);
}

#[test]
fn an_officials_double_surname_alone_is_the_official() {
    let found = candidates(&[
        "Ledamöter: Carolina Fuentes Muñoz (V), Bo Ek (SD)",
        "§ 4 Hemtjänstens arbetslag",
        "Ordföranden ställer proposition på Fuentes Muñoz tilläggsyrkande.",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn an_ordinary_word_capitalised_mid_sentence_before_a_surname_is_a_first_name() {
    let found = candidates(&[
        "§ 8 Skyddsjakt efter björn",
        "Björn har vid två tillfällen dödat tackor. Som jaktledare anges Björn Lantto.",
        "§ 9 Röstmottagare",
        "Valdistrikt\tÖvriga röstmottagare",
        "Norrhyttan\tJuni Pettersson, Dragana Ilić",
        "Röstmottagarna utbildas i juni.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Björn Lantto", "Juni Pettersson", "Dragana Ilić"]
    );
}

/// Whether named after its owner or not, a sole trader's firm under a measure is the
/// enskild näringsidkare the guideline names (heldout27-29's annotators mask both).
#[test]
fn a_sole_traders_business_is_masked_with_them_under_a_measure() {
    let found = candidates(&[
        "§ 21 Upphandling av schakttjänster",
        "Anbudet från den enskilda firman Heikkis Gräv har förkastats.",
        "Ramavtal tecknas med Älvdalens Maskin AB.",
        "§ 22 Föreläggande om rengöring av kök",
        "Nämnden förelägger Café Bäckström, enskild firma, att rengöra köket.",
        "§ 23 Föreläggande om städning",
        "Norrbyns Kyl & Värme, enskild firma, föreläggs att städa tomten.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Heikkis Gräv"]);
    assert_eq!(
        masked_texts(&found, "myndighetsutovning"),
        ["Café Bäckström", "Norrbyns Kyl & Värme"]
    );
    assert!(!masked(&found).iter().any(|t| t.contains("Älvdalens")));
}

#[test]
fn a_number_an_office_labels_stays_but_not_a_persons_named_after_the_office() {
    let found = candidates(&[
        "Ledamot som är förhindrad anmäler detta till kommunkansliet, telefon 0980-319 200.",
        "§ 5 Skrivelse om snöröjning",
        "Skrivelsen kom in till kommunkansliet från Anna Lindqvist, 070-174 06 33.",
        "Frågor besvaras av nämndsekreteraren på 0980-319 240.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 33"]);
}

#[test]
fn a_sole_traders_business_address_is_the_owners_but_a_companys_stays() {
    let found = candidates(&[
        "§ 40 Föreläggande om registrering",
        "Nittaya Boonmee bedriver restaurang i enskild firma under namnet Nittayas Thaikök (org.nr 700522-9997), Storgatan 20, Älvsund.",
        "Restaurang Kvarnen AB (org.nr 556677-8899), Storgatan 22, har registrerats.",
    ]);
    let addresses = masked_texts(&found, "adress");
    assert_eq!(addresses, ["Storgatan 20"]);
}

#[test]
fn a_title_held_in_an_association_or_a_company_makes_no_official() {
    let found = candidates(&[
        "§ 88 Uppsägning av arrende",
        "Koloniföreningen har genom sin ordförande Vera Lindahl begärt att avtalet sägs upp.",
        "Markanvisning ges till Perssons Bygg i Åsbacka AB, vars ägare och verkställande direktör Anders Persson är gift med en ledamot.",
        "Gatuchef Peter Holmgren redogör för ärendet.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Vera Lindahl", "Anders Persson"]
    );
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Peter Holmgren"]);
}

#[test]
fn the_kontrollansvarig_of_a_building_permit_is_a_private_person() {
    let found = candidates(&[
        "§ 90 Bygglov för nybyggnad av enbostadshus",
        "Nämnden beviljar bygglov. Kontrollansvarig: Per Holmén, certifierad KA.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Per Holmén"]);
}

#[test]
fn names_written_surname_first_with_an_arabic_article_or_as_a_family_are_found() {
    let found = candidates(&[
        "§ 40 Ansökan om bostadsanpassningsbidrag",
        "Sökande: Berg, Annika, Tallvägen 3, 981 31 Björkede",
        "Hussein al-Amin har överklagat beslutet.",
        "Klagomålet kom från familjen Johansson på Björkvägen 12.",
    ]);
    let names = masked(&found);
    for name in ["Berg, Annika", "Hussein al-Amin", "Johansson"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
}

#[test]
fn a_person_with_a_name_no_list_knows_is_found_as_the_one_a_measure_is_against() {
    let found = candidates(&[
        "§ 7 Föreläggande om att ta bort upplag",
        "Upplaget tillhör Ninos Yacoub, som driver enskild firma under namnet Yacoubs Bilrekond.",
        "Tekniska nämnden förelägger Ninos Yacoub att senast 2024-12-15 ta bort upplaget.",
    ]);
    let measured = masked_texts(&found, "myndighetsutovning");
    assert_eq!(
        measured.iter().filter(|t| **t == "Ninos Yacoub").count(),
        2,
        "{measured:?}"
    );
}

#[test]
fn authorities_associations_and_halves_of_compounds_after_a_measure_are_no_persons() {
    let found = candidates(&[
        "§ 8 Buller vid väg 45",
        "Nämnden förelägger Trafikverket att åtgärda bullret och Brf Eken att rätta till.",
        "Vägen tillhör Vägföreningen Norrby. Ärendet tillhör Miljö- och byggnämnden.",
    ]);
    assert_eq!(masked(&found), Vec::<&str>::new());
}

#[test]
fn one_relieved_of_a_private_assignment_is_no_official() {
    let found = candidates(&[
        "§ 23 Entledigande av röstmottagare",
        "Röstmottagaren Lars-Göran Fält bar en knapp med Kristdemokraternas partisymbol.",
        "Valnämnden entledigar Lars-Göran Fält från uppdraget som röstmottagare.",
        "Beslut: Linnéa Åkerblom och Kjell Brandt entledigas från sina uppdrag som röstmottagare.",
        "§ 24 Avsägelse",
        "Anna Berg (S) har begärt att bli entledigad från uppdraget som ersättare.",
    ]);
    assert!(masked(&found).contains(&"Lars-Göran Fält"), "{found:?}");
    assert!(masked(&found).contains(&"Kjell Brandt"), "{found:?}");
    assert!(kept_texts(&found, "fortroendevald").contains(&"Anna Berg"));
}

#[test]
fn the_address_and_number_of_where_the_meeting_is_held_or_the_protocol_kept_stay() {
    let found = candidates(&[
        "Protokoll fört vid sammanträde den 27 juni 2024 i Kommunhuset, sammanträdesrum Sälen, Storgatan 1, Sjöhamra.",
        "Bevis: Protokollet förvaras hos valnämndens kansli, Storgatan 1, 138 80 Sjöhamra.",
        "Förvaringsplats: Kultur- och fritidsförvaltningen, Kyrkogatan 6, Sjöhamra, tfn 08-465 004 40.",
        "§ 5 Bygglov",
        "Vid sammanträdet yttrade sig grannen, som bor på Ekvägen 5, om bygget.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), vec!["Ekvägen 5"]);
    assert_eq!(masked_texts(&found, "kontakt"), Vec::<&str>::new());
}

#[test]
fn a_street_named_after_someone_with_its_own_word_for_street_is_an_address() {
    let found = candidates(&[
        "§ 66 Medborgarförslag om belysning",
        "Förslagsställaren, som bor på Olof Palmes gata 7, anger att sträckan är otrygg.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), vec!["Olof Palmes gata 7"]);
}

#[test]
fn a_family_name_written_first_is_part_of_the_name() {
    let found = candidates(&[
        "§ 43 Bidrag till enskild",
        "Ansökan från Nguyen Van Minh om bidrag till cirkusläger för sin dotter.",
        "Sökande: Tran Thi Lan, Hagvägen 4, 352 40 Lindvreta.",
        "Nämnden beviljar Tran Thi Lan ett bidrag om 2 000 kronor.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        vec!["Nguyen Van Minh", "Tran Thi Lan", "Tran Thi Lan"]
    );
}

#[test]
fn an_employee_a_measure_is_against_is_its_subject_not_an_official() {
    let found = candidates(&[
        "§ 44 Förbud mot bisyssla",
        "Personalchef Eva Lindahl föredrar ärendet.",
        "Enhetschef Per Sandgren har bedrivit konsultverksamhet vid sidan av sin anställning.",
        "Nämnden förbjuder Per Sandgren att utöva bisysslan.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), vec!["Eva Lindahl"]);
    assert_eq!(
        masked(&found)
            .iter()
            .filter(|t| **t == "Per Sandgren")
            .count(),
        2,
        "{found:#?}"
    );
}

#[test]
fn given_names_that_are_also_words_are_names_before_a_surname() {
    let found = candidates(&[
        "§ 30 Strandskyddsdispens",
        "Ansökan från Björn Lund om strandskyddsdispens för en brygga.",
        "Hans Lindgren och hans fru äger grannfastigheten.",
        "Vi åkte till Lund och Björn, vår hund, följde med.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        vec!["Björn Lund", "Hans Lindgren"]
    );
}

#[test]
fn who_took_or_prepared_a_decision_and_the_municipalitys_own_staff_are_officials() {
    let found = candidates(&[
        "§ 55 Bygglov för carport",
        "Beslutet har fattats av Anna Ekström med stöd av delegation.",
        "Sökande: Kjell Åberg, Granvägen 7, 352 45 Lindvreta.",
        "Kjell Åberg har även kontaktat kommunens jurist Sofia Ljung.",
        "Bolaget har genom sin verkställande direktör Per Nordin yttrat sig.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        vec!["Anna Ekström", "Sofia Ljung"]
    );
    assert!(masked(&found).contains(&"Per Nordin"));
}

#[test]
fn a_letterhead_the_staff_who_answer_questions_and_offices_numbers_stay() {
    let found = candidates(&[
        "Postadress: Box 123, 352 30 Lindvreta | Besöksadress: Storgatan 1 | Org.nr 212000-0000",
        "§ 5 Bygglov",
        "Upplysningar lämnas av Omar Farouk, 0470-412 34.",
        "Socialjouren: 0470-414 00. Räddningstjänsten nås på 0470-413 00.",
        "Sökande: Kjell Åberg, Granvägen 7, 352 45 Lindvreta, 070-174 06 61",
    ]);
    assert_eq!(
        masked(&found),
        vec![
            "Kjell Åberg",
            "Granvägen 7",
            "352 45 Lindvreta",
            "070-174 06 61"
        ]
    );
    assert!(kept_texts(&found, "fortroendevald").contains(&"Omar Farouk"));
}

#[test]
fn a_child_written_with_one_initial_after_the_word_for_them_is_a_person() {
    let found = candidates(&[
        "Socialnämndens individutskott",
        "§ 7 Placering",
        "Barnet E. placeras i familjehem. Flickan D. (född 2015) har särskilda behov.",
        "Se bilaga E. för underlaget.",
    ]);
    let initials: Vec<&str> = masked(&found)
        .into_iter()
        .filter(|t| t.len() == 2)
        .collect();
    assert_eq!(initials, ["E.", "D."]);
}

#[test]
fn an_abbreviation_does_not_end_the_clause_that_says_where_the_meeting_was_held() {
    let found = candidates(&[
        "Protokoll fört vid sammanträde kl. 18.00–20.45 i Kulturhuset, Kyrkogatan 6.",
        "§ 5 Bygglov",
        "Sökande: Kjell Åberg, Granvägen 7.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), ["Granvägen 7"]);
}

#[test]
fn a_region_or_a_municipal_unit_is_no_ones_name() {
    let found = candidates(&[
        "§ 8 Svar på medborgarförslag om busslinje 4",
        "Region Kronoberg har meddelat att linjen inte kommer att återinföras.",
        "Yttranden har kommit in från Hyresgästföreningen Region Sydost.",
        "Kommunal | Mirja Salo | Hemtjänsten Västerby",
    ]);
    let names = masked_texts(&found, "namn");
    for organisation in ["Region Kronoberg", "Kronoberg", "Region Sydost", "Västerby"] {
        assert!(
            !names.iter().any(|n| n.contains(organisation)),
            "{found:#?}"
        );
    }
}

#[test]
fn a_name_no_list_knows_before_som_and_a_verb_of_running_a_business_is_a_person() {
    let found = candidates(&[
        "§ 44 Sanktionsavgift – livsmedelsverksamhet som inte har registrerats",
        "Vid en kontroll konstaterade livsmedelsinspektör Nadia Rahimi att Nok Suwannarat, som driver den enskilda firman Suwannarat Thai Kök, har sålt matlådor.",
    ]);
    assert!(masked(&found).contains(&"Nok Suwannarat"), "{found:#?}");
}

#[test]
fn an_employee_named_before_a_passive_measure_is_its_party_not_an_official() {
    let found = candidates(&[
        "§ 43 Avstängning av arbetstagare",
        "Ola Persson, lärare vid Björkedeskolan, är av polisen misstänkt för ofredande av en elev.",
        "Ola Persson stängs av från arbetet med lön i avvaktan på utredningen.",
    ]);
    let kept = kept_texts(&found, "fortroendevald");
    assert!(!kept.contains(&"Ola Persson"), "{found:#?}");
    assert_eq!(
        masked(&found)
            .iter()
            .filter(|t| **t == "Ola Persson")
            .count(),
        2,
        "{found:#?}"
    );
}

#[test]
fn an_officials_mailbox_after_their_number_is_their_work_contact_too() {
    let found = candidates(&[
        "Bilaga 3",
        "Kontaktperson: skolskjutssamordnare Daniel Öst, 0470-41 251, daniel.ost@exempel.se",
    ]);
    assert_eq!(masked(&found), Vec::<&str>::new(), "{found:#?}");
}

#[test]
fn a_member_of_the_public_asking_at_question_time_is_a_person_though_no_list_knows_the_name() {
    let found = candidates(&[
        "§ 12 Allmänhetens frågestund",
        "Leyla Aydın frågar om kommunen avser att bygga ut förskolan i Västerby.",
    ]);
    assert!(masked(&found).contains(&"Leyla Aydın"), "{found:#?}");
}

#[test]
fn a_village_held_together_and_a_pothole_reported_to_the_municipality_are_no_sensitive_facts() {
    let found = candidates(&[
        "§ 27 Bygglov för nybyggnad av enbostadshus",
        "Per-Erik Sundqvist har ansökt om bygglov. Fastigheten ligger inom sammanhållen bebyggelse i Rönnäs by.",
        "§ 40 Skadeståndsanspråk",
        "Jukka Heikkinen har begärt ersättning för skador på sin bil. Skadan uppstod när bilen körde ned i ett potthål. Potthålet anmäldes till kommunen först dagen efter.",
    ]);
    let sensitive: Vec<&str> = found
        .iter()
        .filter(|c| c.rule == "lagovertradelse" || c.rule == "kanslig")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(sensitive, Vec::<&str>::new(), "{found:#?}");
}

#[test]
fn a_culture_house_and_its_street_are_no_ones_name_or_address() {
    let found = candidates(&[
        "Deltagarförteckning sommarlovsläger",
        "Ansvarig ledare: Arvid Holmberg. Samlingsplats vid Kulturhuset Strömmen, Strömgatan 3.",
        "Utbildningen hålls i Medborgarhuset, Storgatan 9, Björkede.",
    ]);
    let masked = masked(&found);
    for text in ["Kulturhuset Strömmen", "Strömgatan 3", "Storgatan 9"] {
        assert!(!masked.contains(&text), "{text} in {masked:?}");
    }
}

#[test]
fn an_anonymous_sender_and_an_authority_in_a_diarium_name_no_one() {
    let found = candidates(&[
        "Diarieförteckning vecka 38",
        "Dnr | Datum | In/Ut | Avsändare/Mottagare | Ärendemening | Handläggare",
        "BN 2024-0301 | 2024-09-16 | In | Jonas Åberg | Ansökan om bygglov | Rosa Lindgren",
        "BN 2024-0303 | 2024-09-16 | In | Anonym | Anmälan om olovligt byggande | Martin Öberg",
        "BN 2024-0305 | 2024-09-18 | In | Lantmäteriet | Underrättelse om förrättning | Victor Åkesson",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Jonas Åberg"]);
}

#[test]
fn the_justerare_named_in_a_notice_of_adjustment_are_officials() {
    let found = candidates(&[
        "Bevis om justering – anslag",
        "Kommunfullmäktiges protokoll från sammanträdet 2026-04-27 justerades 2026-05-04 av Mehmet Yıldız och Selma Begić. Protokollet har anslagits på anslagstavlan.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Mehmet Yıldız", "Selma Begić"]
    );
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn the_justerare_named_each_with_a_title_in_a_notice_of_adjustment_are_officials() {
    let found = candidates(&[
        "Bygg- och miljönämnden – protokollsutdrag",
        "Protokollet justerat 2026-09-21 av Anders Lidén, ordförande, och Stina Oldeberg, justerare.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Anders Lidén", "Stina Oldeberg"]
    );
}

#[test]
fn leisure_leaders_of_the_municipality_are_officials() {
    let found = candidates(&[
        "§ 25 Sommarlovsläger",
        "Lägret leds av fritidsledarna Arvid Holmberg och Sanna Mäkelä. Lägeravgiften är 1 200 kronor.",
    ]);
    assert!(masked_texts(&found, "namn").is_empty(), "{found:?}");
}

#[test]
fn firefighters_of_the_rescue_service_are_officials_but_their_health_is_not() {
    let found = candidates(&[
        "Dir § 22 Insatsstatistik",
        "Brandmännen Axel Sjödin och Nora Bäckström har genomgått utbildning till styrkeledare.",
        "Dir § 29 Ledighet",
        "Brandmannen Karl Berg beviljas ledighet för att vårda sin make som har cancer.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Axel Sjödin", "Nora Bäckström", "Karl Berg"]
    );
    assert_eq!(
        masked_texts(&found, "kanslig"),
        ["Brandmannen Karl Berg beviljas ledighet för att vårda sin make som har cancer."]
    );
}

#[test]
fn a_table_of_names_and_their_assignments_is_an_attendance_list() {
    let found = candidates(&[
        "Direktionen – sammanträdesprotokoll 2026-03-05",
        "Namn | Medlemskommun | Uppdrag",
        "Henrik Sundkvist (S) | Tjärnvika | ordförande",
        "Mohammad Rahmani | – | brandingenjör, föredragande §§ 10–14",
        "§ 9 Val av justerare",
    ]);
    assert!(
        kept_texts(&found, "fortroendevald").contains(&"Mohammad Rahmani"),
        "{found:?}"
    );
}

#[test]
fn names_no_list_knows_after_an_occupation_are_people() {
    let found = candidates(&[
        "§ 24 Kulturstipendium 2026",
        "Kulturstipendiet tilldelas textilkonstnären Kanokwan Boonmee och låtskrivaren Filmon Tekle med 12 500 kronor vardera.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Kanokwan Boonmee", "Filmon Tekle"]
    );
}

#[test]
fn a_dwelling_house_is_no_town_hall_and_a_business_premises_is_no_home() {
    let found = candidates(&[
        "§ 50 Yttrande över ansökan om bergtäkt",
        "Närmaste bostadshus, Bäckvägen 3, ligger 640 meter från brytområdet. Ägarna Berit Ljung och Göran Ljung har framfört oro för buller.",
        "§ 51 Serveringstillstånd",
        "Tillstånd beviljas Shiraz Grill i Tjärnvika AB, org.nr 559412-3381, för serveringsstället på Storgatan 9.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), ["Bäckvägen 3"]);
}

#[test]
fn the_person_hired_is_an_official_but_one_appointed_guardian_is_not() {
    let found = candidates(&[
        "§ 42 Anställning av förvaltningschef för vård och omsorg",
        "Rekryteringsgruppen föreslår att Helena Kask anställs.",
        "§ 43 Rekrytering av gode män",
        "Nämnden förklarar Hamid Sultani och Mirja Keskitalo lämpliga att förordnas som gode män.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Helena Kask"]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Hamid Sultani", "Mirja Keskitalo"]
    );
}

#[test]
fn a_name_listed_between_two_officials_is_an_official() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "§ 4 Rapport från arbetsgruppen",
        "Arbetsgruppen, bestående av Dragan Hodžić (S), Eva-Lena Strand och Pia Lundberg (M), har lämnat sin rapport.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Dragan Hodžić", "Eva-Lena Strand", "Pia Lundberg"]
    );
}

#[test]
fn a_units_mailbox_and_the_number_beside_it_are_the_organisations() {
    let found = candidates(&[
        "Arbetsmarknadsnämnden",
        "§ 13 Delegationsbeslut",
        "Kontakt med Jobbcentrum: 040-628 04 60, jobbcentrum@hallebro.se.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_surname_that_ends_a_two_word_place_stands_for_the_place() {
    let found = candidates(&[
        "Miljö- och hälsoskyddsnämnden",
        "§ 12 Klagomål på gödselstack",
        "Klagomål har kommit in från grannen Bertil Sten om lukt från gödselstacken.",
        "§ 13 Information",
        "Björn har observerats vid avfallsanläggningen i Västra Sten.",
    ]);
    assert!(
        !found.iter().any(|c| c.text == "Sten"),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_pensioners_association_is_no_ones_name() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "§ 20 Pensionärsrådet",
        "SPF Seniorerna Vallby har utsett Ingrid Halvarsson till representant i rådet.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Ingrid Halvarsson"]);
}

#[test]
fn the_candidate_hired_is_an_official_and_the_others_stay_private() {
    let found = candidates(&[
        "Kommunstyrelsens personalutskott",
        "§ 14 Anställning av socialchef",
        "Tre slutkandidater har intervjuats: Camilla Forsberg, Reza Ghorbani och Anneli Hägg.",
        "Personalutskottet beslutar att anställa Camilla Forsberg som socialchef från 2026-06-01.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Reza Ghorbani", "Anneli Hägg"]
    );
}

#[test]
fn the_first_half_of_a_compound_is_no_later_mention_of_a_firm() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 33 Byggsanktionsavgift",
        "Nämnden påför den enskilda firman Stens Bygg & Mark, genom innehavaren Birgitta Sten, en byggsanktionsavgift.",
        "§ 34 Föreläggande",
        "Bygg- och miljönämnden förelägger Roland Krantz att forsla bort skrotbilar.",
    ]);
    assert!(
        !found.iter().any(|c| c.text == "Bygg"),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_union_in_parentheses_after_a_name_makes_a_union_representative() {
    let found = candidates(&[
        "Hällebrohem AB – styrelseprotokoll 2026-03-05",
        "Ledamöter: Eva Norberg (S), ordförande; Anders Lövgren (M)",
        "Arbetstagarrepresentanter: Ann-Sofie Lund (Kommunal), Marek Wójcik (Vision)",
        "§ 1 Mötets öppnande",
    ]);
    assert_eq!(
        masked_texts(&found, "facklig"),
        ["Ann-Sofie Lund", "Marek Wójcik"]
    );
}

#[test]
fn an_official_named_with_an_identity_number_is_a_party_to_the_matter() {
    let found = candidates(&[
        "Kommunstyrelsens personalutskott",
        "§ 15 Överenskommelse om avslut av anställning",
        "En överenskommelse har träffats med kultur- och fritidschefen Lars-Göran Vide, 19600315-9933, om att anställningen upphör 2026-04-30.",
    ]);
    assert!(
        !kept_texts(&found, "fortroendevald").contains(&"Lars-Göran Vide"),
        "{found:?}"
    );
    assert!(
        masked(&found).contains(&"Lars-Göran Vide"),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_flat_the_municipality_lets_is_its_tenants_home() {
    let found = candidates(&[
        "Kommunstyrelsens arbetsutskott",
        "§ 30 Uppsägning av hyreskontrakt",
        "Kommunen hyr ut lägenheten på Björkgatan 4 C, lgh 1102 i andra hand till Linnéa Kallio.",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Björkgatan 4 C", "lgh 1102"]
    );
}

#[test]
fn an_officials_number_in_an_employers_row_is_their_work_number() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "Närvarande: Robert Ilić (S), ordförande",
        "§ 19 Information enligt 19 § MBL",
        "Part | Namn | Organisation | Telefon",
        "Arbetsgivare | Robert Ilić | Hällebro kommun | 040-628 04 31",
        "Arbetstagare | Marita Lundgren | Kommunal | 070-174 06 90",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 90"]);
}

#[test]
fn a_board_member_with_a_union_in_parentheses_is_a_union_representative() {
    let found = candidates(&[
        "Närvarande styrelseledamöter: Ulf Lindberg, ordförande",
        "Arbetstagarrepresentanter: Leif Eriksson (Elektrikerförbundet), Jaana Koivisto (Unionen)",
        "§ 1 Mötets öppnande",
    ]);
    assert_eq!(
        masked_texts(&found, "facklig"),
        ["Leif Eriksson", "Jaana Koivisto"]
    );
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Ulf Lindberg"]);
}

#[test]
fn a_surname_ending_like_a_definite_noun_is_still_a_surname_before_a_role_verb() {
    let found = candidates(&[
        "SN § 33 Tillstånd till tobaksförsäljning",
        "Warda Hassan har ansökt om tillstånd att sälja tobaksvaror.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Warda Hassan"]);
}

#[test]
fn an_unknown_pair_before_the_words_enskild_firma_is_the_owners_name() {
    let found = candidates(&[
        "Diarieförteckning",
        "Från: Ploy Saelim, enskild firma Saelims Thaimat, org.nr 990321-9849",
    ]);
    assert!(
        masked_texts(&found, "namn").contains(&"Ploy Saelim"),
        "{found:#?}"
    );
}

#[test]
fn a_proposer_who_refused_publication_is_masked_and_the_others_stay() {
    let found = candidates(&[
        "KF § 37 Anmälan av nya medborgarförslag",
        "1. Medborgarförslag om belysning i elljusspåret, från Anders Rantakyrö.",
        "2. Medborgarförslag om gratis busskort. Förslagsställaren har på blanketten angett att namnet inte får publiceras. Förslaget är undertecknat av Elvy Granqvist.",
        "3. Medborgarförslag om en lekplats från Saga Nyberg. Ett likalydande förslag har lämnats av en förslagsställare som inte vill att namnet publiceras.",
    ]);
    assert_eq!(
        kept_texts(&found, "medborgarforslag"),
        ["Anders Rantakyrö", "Saga Nyberg"]
    );
    assert_eq!(masked_texts(&found, "namn"), ["Elvy Granqvist"]);
}

#[test]
fn names_lined_up_with_tabs_over_their_titles_are_officials() {
    let found = candidates(&[
        "Kungörelse",
        "Kommunfullmäktige sammanträder den 25 maj. Upplysningar lämnas av kommunsekreteraren, 0980-319 205.",
        "Norrbräcke den 11 maj 2026",
        "Birgitta Rova\tMaria Kangas",
        "Ordförande\tKommunsekreterare",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Birgitta Rova", "Maria Kangas"]
    );
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_name_followed_by_tjanstgorande_ersattare_is_an_official() {
    let found = candidates(&[
        "KF § 31 Upprop",
        "Dragana Kovačević, tjänstgörande ersättare för Mikael Rautio (S)\tS\tX",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Dragana Kovačević", "Mikael Rautio"]
    );
}

#[test]
fn a_name_in_brackets_after_a_title_is_the_officials() {
    let found = candidates(&[
        "§ 9 Anmälan av delegationsbeslut",
        "Kommundirektörens beslut om tillförordnad socialchef (Petra Nilsson, 2026-03-01–2026-05-31).",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Petra Nilsson"]);
}

#[test]
fn an_officials_number_after_their_own_work_address_is_their_work_number() {
    let found = candidates(&[
        "Kallelse",
        "Förhinder anmäls till nämndsekreterare Ellinor Sundin, ellinor.sundin@hallebro.se, 040-628 04 41, som kallar ersättare.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn an_address_at_a_subdomain_of_the_municipalitys_domain_is_its_own() {
    let found = candidates(&[
        "VÅLSJÖ KOMMUN",
        "Kallelse – Bygg- och miljönämnden",
        "Kallelsen skickas till ledamöternas adresser, till exempel anders.liden@politiker.valsjo.se.",
        "Synpunkter från anna.berg@politiker.hovsjo.se har kommit in.",
        "Eleven nås på li.wu@elev.valsjo.se.",
    ]);
    assert_eq!(
        masked(&found),
        ["anna.berg@politiker.hovsjo.se", "li.wu@elev.valsjo.se"]
    );
}

#[test]
fn a_row_of_street_numbers_and_a_terrace_permit_name_no_home() {
    let found = candidates(&[
        "§ 4 Hissbyten och uteserveringar",
        "Styrelsen tilldelar avtalet för hissbyten på Ringvägen 2–14 till Norrhiss AB.",
        "Upplåtelse av offentlig plats, uteservering Torggatan 3, till Saga Kafé & Bageri AB beviljas.",
    ]);
    assert!(masked_texts(&found, "adress").is_empty(), "{found:#?}");
}

#[test]
fn notes_that_never_write_kommun_take_the_municipality_from_its_mail_domain() {
    let found = candidates(&[
        "Minnesanteckningar från Trygghetsrådet, 5 februari 2026",
        "Sofia Håkansson, kommunpolis, lokalpolisområde Skärvsjö, redovisade statistiken.",
        "Frågor till rådet skickas till trygghet@skarvsjo.se eller jonas.ekholm@skarvsjo.se.",
    ]);
    assert!(
        !masked(&found).contains(&"Skärvsjö"),
        "{:?}",
        masked(&found)
    );
    assert!(
        masked_texts(&found, "kontakt").is_empty(),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_union_branchs_mailbox_makes_no_municipality_of_the_union() {
    let found = candidates(&[
        "Protokoll – central samverkansgrupp",
        "Namn\tOrganisation\tUppdrag\tTelefon\tE-post",
        "Birgitta Sten\tVision\tOrdförande\t070-174 06 12\tskarvsjo@vision.se",
    ]);
    // The ombud's own number stays masked: vision.se is no municipal domain.
    assert!(
        masked_texts(&found, "kontakt").contains(&"070-174 06 12"),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_union_branchs_mailbox_named_after_the_municipality_is_no_ones() {
    let found = candidates(&[
        "Protokoll – central samverkansgrupp, Skärvsjö kommun",
        "Namn\tOrganisation\tUppdrag\tTelefon\tE-post",
        "Birgitta Sten\tVision\tOrdförande\t070-174 06 12\tskarvsjo@vision.se",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 12"]);
}

#[test]
fn a_road_and_its_length_in_cells_lined_up_with_tabs_are_no_address() {
    let found = candidates(&[
        "§ 8 Bidrag till enskild väghållning",
        "Sökande\tVäg\tLängd\tBidrag",
        "Bergöns vägsamfällighet\tBergövägen\t4,2 km\t18 900 kr",
        "Sökanden Elias Heikkilä bor på Bergövägen 112, 473 96 Bergön.",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Bergövägen 112", "473 96 Bergön"]
    );
}

#[test]
fn a_clubs_box_address_is_the_clubs() {
    let found = candidates(&[
        "Postlista",
        "Till: Skärvsjö Golfklubb, Box 34, 473 22 Skärvsjö",
    ]);
    assert!(
        masked_texts(&found, "adress").is_empty(),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_community_police_officer_and_a_housing_companys_warden_are_named_in_their_roles() {
    let found = candidates(&[
        "Minnesanteckningar från Trygghetsrådet",
        "§ 1 Lägesbild",
        "Sofia Håkansson, kommunpolis, redovisade statistiken. Mattias Holmgren, trygghetsvärd, berättade om kvarteret.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Sofia Håkansson", "Mattias Holmgren"]
    );
}

#[test]
fn an_officer_of_the_county_board_reporting_its_supervision_is_named_in_office() {
    let found = candidates(&[
        "Överförmyndarnämnden",
        "§ 15 Länsstyrelsens tillsyn",
        "Länsstyrelsens handläggare Karin Abrahamsson redovisade tillsynen för 2025.",
        "Beslut: Informationen noteras.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Karin Abrahamsson"]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_namnds_box_address_is_the_namnds_and_a_private_box_stays_masked() {
    let found = candidates(&[
        "§ 27 Skrivelse",
        "Upplysningar: Nämnden för funktionsstöd, Box 50, 473 21 Skärvsjö, 040-628 04 40.",
        "Klaganden Anna Ek, Box 1234, 473 96 Bergön, har skrivit till kommunen.",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Box 1234", "473 96 Bergön"]
    );
}

#[test]
fn each_of_a_list_of_names_the_council_elects_holds_the_office() {
    let found = candidates(&[
        "Kommunfullmäktige",
        "§ 8 Val av nämndemän",
        "Fullmäktige väljer Margareta Öst, Yusuf Demir och Britt Hedberg till nämndemän för återstoden av perioden.",
        "§ 9 Val av röstmottagare",
        "Fullmäktige väljer Ronja Kallio till röstmottagare.",
        "§ 9 b Förslag till vigselförrättare",
        "Fullmäktige föreslår Länsstyrelsen att förordna Maj-Britt Sundin till borgerlig vigselförrättare.",
        "Valnämnden förordnar Mehmet Kaya som ordförande i Vallby.",
        "§ 10 Pensionärsrådet",
        "SPF Seniorerna Vallby har utsett Ingrid Halvarsson till representant i pensionärsrådet.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        [
            "Margareta Öst",
            "Yusuf Demir",
            "Britt Hedberg",
            "Maj-Britt Sundin"
        ]
    );
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Ronja Kallio", "Mehmet Kaya", "Ingrid Halvarsson"]
    );
}

#[test]
fn a_letters_sender_on_a_line_of_their_own_is_named_in_full_whatever_lists_know() {
    let found = candidates(&[
        "Bilaga 3 – skrivelse",
        "Hilkka Vuorinen",
        "Tjärnvägen 7",
        "Vi kräver att kommunen betalar saneringen.",
        "Med vänlig hälsning",
        "Hilkka Vuorinen",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Hilkka Vuorinen", "Hilkka Vuorinen"]
    );
}

#[test]
fn someone_who_wrote_to_the_namnd_is_named_in_full_whatever_lists_know() {
    let found = candidates(&[
        "§ 38 Begäran om ersättning",
        "Hilkka Vuorinen har i en skrivelse begärt ersättning för vattenskador.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Hilkka Vuorinen"]);
}

#[test]
fn a_cooperatives_name_is_no_ones_and_an_address_after_the_offices_mailbox_is_the_offices() {
    let found = candidates(&[
        "Gymnasieförbundet Åsmyra–Kölsjö",
        "§ 4 Bidrag",
        "Kölsjö Arbetsintegrerande Sociala Företag ek. för. söker 350 000 kronor.",
        "Kontakt: registrator@asmyra.se, gymnasieforbundet@asmyra.se, Box 14, 840 90 Åsmyra.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_union_branchs_mailbox_named_after_the_municipality_and_its_neighbour_is_no_ones() {
    let found = candidates(&[
        "Åsmyra kommun",
        "§ 11 Förteckning över fackliga ombud",
        "Sveriges Lärare\tAnna-Karin Söderström\t070-174 06 44\tasmyra-kolsjo@sverigeslarare.se",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 44"]);
}

#[test]
fn building_without_a_permit_is_no_crime_and_not_affording_a_cost_is_private() {
    let found = candidates(&[
        "§ 21 Byggsanktionsavgift",
        "Nämnden har vid tillsyn konstaterat att en tillbyggnad har uppförts utan bygglov och startbesked.",
        "§ 22 Skrivelse",
        "Hilkka Vuorinen har i en skrivelse begärt ersättning. Hon har inte råd att betala självrisken. Hon har KOL och använder rullator.",
    ]);
    assert!(masked_texts(&found, "lagovertradelse").is_empty());
    assert!(!masked_texts(&found, "integritetskanslig").is_empty());
    assert!(
        masked_texts(&found, "kanslig").len() >= 2,
        "{:?}",
        masked(&found)
    );
}

#[test]
fn the_municipalitys_ombud_at_its_companys_meeting_is_named_with_a_party() {
    let found = candidates(&[
        "PROTOKOLL FÖRT VID ÅRSSTÄMMA I SKÄRVSJÖ HAMN AB",
        "Närvarande aktieägare: Skärvsjö kommun, genom ombudet Roger Lindholm (S), utsett av kommunfullmäktige.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Roger Lindholm"]);
}

#[test]
fn a_union_branchs_mailbox_named_after_the_organisations_own_domain_is_no_ones() {
    let found = candidates(&[
        "PROTOKOLL – CENTRAL SAMVERKANSGRUPP",
        "Birgitta Sten\tVision\tOrdförande\t070-174 06 12\tskarvsjo@vision.se",
        "Frågor om protokollet besvaras av hr@skarvsjo.se.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 12"]);
}

#[test]
fn a_register_records_matter_line_tells_of_the_sender_named_above_it() {
    let found = candidates(&[
        "POSTLISTA\tSkärvsjö kommun\tSida 1 (2)",
        "BN 2026:28-1\t2026-03-02\tInkommande\tHandläggare: Oskar Hedlund",
        "Från: Margareta Holmström, Björnstigen 8, 473 33 Skärvsjö",
        "Ärende: Ansökan om bostadsanpassningsbidrag för dörrautomatik och trösklar för rullstol",
        "KS 2026:142-1\t2026-03-02\tInkommande\tHandläggare: Per Sandén",
        "Från: Kajkanten Restaurang AB",
        "Ärende: Ansökan om serveringstillstånd, rullstolsramp vid entrén",
    ]);
    assert_eq!(
        masked_texts(&found, "kanslig")
            .iter()
            .filter(|t| t.starts_with("Ärende"))
            .count(),
        1,
        "{:?}",
        masked(&found)
    );
}

#[test]
fn someone_who_asked_at_the_meeting_is_named_in_full_whatever_lists_know() {
    let found = candidates(&[
        "§ 9 Frågor från aktieägare",
        "Kimmo Lahtinen frågade varför hans båtplats i gästhamnen har sagts upp.",
    ]);
    assert_eq!(masked(&found), ["Kimmo Lahtinen"]);
}

#[test]
fn a_sole_traders_firm_named_with_initials_is_theirs_to_its_last_word() {
    let found = candidates(&[
        "§ 5 Bisyssla",
        "En enhetschef, Marcus Eriksson, har genom sin enskilda firma ME Städ & Fönsterputs fakturerat kommunen 184 000 kronor. Kommunen har polisanmält misstänkt trolöshet mot huvudman.",
    ]);
    assert!(
        masked_texts(&found, "lagovertradelse").contains(&"ME Städ & Fönsterputs"),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn the_home_care_service_is_no_ones_health_but_having_home_care_is() {
    let found = candidates(&[
        "§ 25 Interpellation om bemanningen i hemtjänsten",
        "Ingrid Fors (SD) har ställt en interpellation om bemanningen i hemtjänsten. En 84-årig kvinna har klagat.",
        "Under 2024 tillförs hemtjänsten sex nya tjänster.",
        "§ 26 Avgift",
        "Elsa Hietala har hemtjänst fyra gånger per dag.",
    ]);
    assert_eq!(
        masked_texts(&found, "kanslig"),
        [
            "Elsa Hietala",
            "Elsa Hietala har hemtjänst fyra gånger per dag."
        ]
    );
}

#[test]
fn a_title_in_the_cell_beside_a_name_makes_it_an_official_but_a_label_of_the_next_cell_does_not() {
    let found = candidates(&[
        "Delegationsbeslut – bostadsanpassningsbidrag",
        "Beslutat av bostadsanpassningshandläggare\tLena Berglund\t[Bild: namnteckning]",
        "Attesterat av enhetschef\tErik Lind\t[Bild: namnteckning]",
        "134-2\t2026-04-16\tU\tSvar till Gerd Lindmark\tHandläggare: Tobias Wiklund",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Lena Berglund", "Erik Lind", "Tobias Wiklund"]
    );
    assert_eq!(masked(&found), ["Gerd Lindmark"]);
}

#[test]
fn a_sports_clubs_address_is_the_clubs() {
    let found = candidates(&[
        "Postlista",
        "FFN 2026/21-1\t2026-03-18\tI\tRegistrering av lotteri\tÅsmyra IF, Idrottsvägen 2, 840 90 Åsmyra",
        "FFN 2026/22-1\t2026-03-18\tI\tAnsökan om bidrag\tLars Ek, Idrottsvägen 5, 840 90 Åsmyra",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Idrottsvägen 5", "840 90 Åsmyra"]
    );
}

#[test]
fn a_boards_and_the_auditors_mailboxes_are_no_ones() {
    let found = candidates(&[
        "Hyttforshem AB – styrelseprotokoll",
        "Frågor om protokollet: styrelsen@hyttforshem.se. Revisionen nås på revisorerna@hyttfors.se.",
        "Hyresgästen Anna Ek, anna.ek@telia.com, har klagat.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["anna.ek@telia.com"]);
}

#[test]
fn a_rescue_services_and_a_federations_addresses_are_theirs_and_a_lawyer_is_no_union_ombud() {
    let found = candidates(&[
        "§ 4 Överklagande",
        "Räddningstjänsten Bergslagen, Brandstationsvägen 1, 711 33 Hyttfors, har yttrat sig.",
        "Bergslagens Miljöförbund, Box 44, 711 21 Hyttfors, har inkommit med tillsynsrapport.",
        "Överklagandet har kommit in via ombudet advokat Per Lind.",
    ]);
    assert!(
        masked_texts(&found, "adress").is_empty(),
        "{:?}",
        masked(&found)
    );
    assert!(
        masked_texts(&found, "facklig").is_empty(),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_pair_before_a_spouse_and_a_slavic_surname_are_names_whatever_lists_know() {
    let found = candidates(&[
        "§ 7 Klagomål",
        "Xhevdet Berisha och hans fru Valbona bor på fastigheten.",
        "Beslutet skickas till Ksenia Volkova.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Xhevdet Berisha", "Valbona", "Ksenia Volkova"]
    );
}

#[test]
fn dementia_a_brain_haemorrhage_and_payment_difficulties_are_told_of_the_person_but_a_denial_is_not(
) {
    let found = candidates(&[
        "§ 9 Ansökan om färdtjänst",
        "Anna Ek har ansökt om färdtjänst. Hon är dement och fick en hjärnblödning 2024.",
        "Hon har betalningssvårigheter och lever på existensminimum.",
        "Anna Ek dementerar uppgiften om att hon har flyttat.",
    ]);
    assert_eq!(
        masked_texts(&found, "kanslig")
            .into_iter()
            .filter(|t| t.starts_with("Hon"))
            .collect::<Vec<_>>(),
        ["Hon är dement och fick en hjärnblödning 2024."]
    );
    assert_eq!(
        masked_texts(&found, "integritetskanslig")
            .into_iter()
            .filter(|t| t.starts_with("Hon"))
            .collect::<Vec<_>>(),
        ["Hon har betalningssvårigheter och lever på existensminimum."]
    );
    assert!(!masked(&found).iter().any(|t| t.contains("dementerar")));
}

#[test]
fn carrying_a_knife_setting_a_fire_and_driving_without_a_licence_are_crimes_told_of_the_person() {
    let found = candidates(&[
        "§ 9 Avstängning",
        "Eleven Anna Ek bar kniv i skolan. Han har anlagt en brand i skolans toalett.",
        "Han har kört bil utan körkort.",
        "Räddningstjänsten har släckt sju anlagda bränder i containrar.",
    ]);
    assert_eq!(
        masked_texts(&found, "lagovertradelse").len(),
        4,
        "{:?}",
        masked(&found)
    );
}

#[test]
fn an_acting_head_and_the_municipal_director_are_officials_and_a_title_is_no_part_of_a_name() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "§ 12 Budget",
        "Ulf Berg, t.f. förvaltningschef, föredrar ärendet.",
        "Kommundirektören Per Hallberg deltar under punkten.",
        "Ordföranden Birgitta Sjöberg (C) föreslår bifall.",
        "Motionären Karin Lund (V) föreslår ekologisk skolmat.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Ulf Berg", "Per Hallberg", "Birgitta Sjöberg", "Karin Lund"]
    );
}

#[test]
fn a_private_persons_political_activity_is_sensitive_but_a_partys_vacant_seat_is_not() {
    let found = candidates(&[
        "§ 14 Lokaluthyrning",
        "Rebecka Hallin har bokat stora salen för ett valmöte, där hon är lokal samordnare.",
        "Skribenten Jonas Ek uppger att han är aktiv sverigedemokrat.",
        "§ 15 Nämndemän",
        "En nämndemannaplats för Socialdemokraterna är vakant.",
    ]);
    let sensitive = masked_texts(&found, "kanslig");
    assert!(
        sensitive.iter().any(|t| t.contains("valmöte")),
        "{sensitive:?}"
    );
    assert!(
        sensitive
            .iter()
            .any(|t| t.contains("aktiv sverigedemokrat")),
        "{sensitive:?}"
    );
    assert!(!masked(&found).iter().any(|t| t.contains("vakant")));
}

#[test]
fn a_polling_stations_chair_an_associations_choice_and_a_place_in_parentheses_make_no_official() {
    let found = candidates(&[
        "§ 20 Röstmottagare",
        "Valnämnden utser Anna Ek till ordförande i valdistrikt Norra.",
        "Föreningsstämman valde Per Holm till ordförande.",
        "§ 21 Överklagande",
        "Klaganden Ole Hansen (Norge) har överklagat beslutet.",
        "Sökande: Lisa Berg (Umeå)",
    ]);
    assert!(
        kept_texts(&found, "fortroendevald").is_empty(),
        "{found:#?}"
    );
    assert_eq!(masked(&found).len(), 4, "{:?}", masked(&found));
}

#[test]
fn a_persons_mailbox_and_address_stay_masked_beside_an_associations_webmail_and_the_municipalitys_name(
) {
    let found = candidates(&[
        "Nora kommun",
        "§ 3 Skrivelse",
        "Brf Björken nås på styrelsen.brfbjorken@gmail.com.",
        "Anna Ek, anna.ek@gmail.com, Storgatan 5, 123 45 Norrby, har skrivit till kommunen.",
        "Nora Lindqvist nås på nora.lindqvist@gmail.com.",
    ]);
    let masked_contacts = masked_texts(&found, "kontakt");
    assert!(
        masked_contacts.contains(&"anna.ek@gmail.com"),
        "{masked_contacts:?}"
    );
    assert!(
        masked_contacts.contains(&"nora.lindqvist@gmail.com"),
        "{masked_contacts:?}"
    );
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Storgatan 5", "123 45 Norrby"]
    );
}

#[test]
fn getting_help_from_the_home_care_service_is_the_persons_health_and_a_trade_is_no_ones_initials() {
    let found = candidates(&[
        "§ 26 Avgift",
        "Elsa Hietala får hjälp av hemtjänsten fyra gånger om dagen.",
        "§ 27 Tillsyn",
        "Norrbyns VVS & El, enskild firma, har anmälts.",
    ]);
    assert!(
        masked_texts(&found, "kanslig")
            .iter()
            .any(|t| t.contains("hemtjänsten")),
        "{:?}",
        masked(&found)
    );
    assert!(
        !masked(&found).iter().any(|t| t.contains("VVS")),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_business_whose_organisation_number_is_a_personnummer_is_its_owners_name() {
    let found = candidates(&[
        "§ 5 Upphandling av målning",
        "Anbud har kommit in från Stålbo Bygg AB, org.nr 556677-8899, och den enskilda \
         firman Glads Måleri, org.nr 660109-9952, med innehavaren Sven Glad.",
        "Beslut: Uppdraget tilldelas Glads Måleri. Eva Lind (S) anmälde jäv.",
        "Avsändare: Nowak Bygg & Fasad (org.nr 880574-9911)",
        "Anbudet från Siam Garden (org.nr 880512-9913) kom in för sent.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        [
            "Glads Måleri",
            "Sven Glad",
            "Glads Måleri",
            "Nowak Bygg & Fasad"
        ]
    );
    assert_eq!(masked_texts(&found, "lagovertradelse"), Vec::<&str>::new());
}

#[test]
fn the_auditors_listed_after_their_bodys_heading_and_a_qualified_title_are_officials() {
    let found = candidates(&[
        "§ 3 Granskning av föreningsbidrag",
        "Revisorerna i Sandlövs kommun: Göran Vik (ordförande), Inger Bengtsson Lilja, \
         Mehmet Kaya och Anna-Karin Mårtensson.",
        "Sakkunnigt biträde: Therese Lindahl, certifierad kommunal revisor, \
         Revisionsbyrån Söderslätt AB.",
        "Föreningen har redovisat bidraget genom sin kassör Anna Berg.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        [
            "Göran Vik",
            "Inger Bengtsson Lilja",
            "Mehmet Kaya",
            "Anna-Karin Mårtensson",
            "Therese Lindahl"
        ]
    );
    // "Revisionsbyrån" holds no union's name, and "kommunal revisor" no union.
    assert_eq!(masked_texts(&found, "namn"), ["Anna Berg"]);
}

#[test]
fn the_municipalitys_agent_at_a_companys_meeting_is_an_official_and_a_partys_is_not() {
    let found = candidates(&[
        "Närvarande aktieägare: Sandlövs kommun, genom kommunens ombud Emil Hansson enligt \
         fullmakt från kommunstyrelsen.",
        "§ 2 Val av ordförande vid stämman",
        "Emil Hansson valdes till ordförande.",
        "§ 3 Överklagande av bygglov",
        "Klaganden har genom sitt ombud Maria Sand yrkat att beslutet upphävs.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Emil Hansson", "Emil Hansson"]
    );
    assert_eq!(masked(&found), ["Maria Sand"]);
}

#[test]
fn a_union_office_right_before_a_name_makes_a_union_representative_and_a_councillor_none() {
    let found = candidates(&[
        "Därutöver närvarande: verkställande direktör Henrik Lax samt \
         arbetstagarrepresentanten Jimmy Persson.",
        "§ 9 Frågor",
        "Kommunalrådet Björn Sandberg (M) svarade på frågan.",
    ]);
    assert_eq!(masked_texts(&found, "facklig"), ["Jimmy Persson"]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Henrik Lax", "Björn Sandberg"]
    );
}

#[test]
fn a_register_record_names_a_proposer_below_its_matter_line_and_a_titled_sender_in_office() {
    let found = candidates(&[
        "Postlista vecka 16",
        "Diarienr: KS 2026/188\tDatum: 2026-04-14\tInkommande",
        "Rubrik: Medborgarförslag om belysning längs gångstigen runt Hyttdammen",
        "Avsändare: Stig Ahlqvist, Dammvägen 7, 712 35 Hyttfors\tHandläggare: Helena Sundin",
        "Diarienr: BUN 2026/77\tDatum: 2026-04-15\tInkommande",
        "Rubrik: Anmälan om skadegörelse",
        "Avsändare: Rektor Mats Wennberg\tHandläggare: Cecilia Åhlén",
        "Avsändare: Jenny Tallqvist, Bergslagsposten\tHandläggare: Cecilia Åhlén",
    ]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Stig Ahlqvist"]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Dammvägen 7", "712 35 Hyttfors"]
    );
    assert!(kept_texts(&found, "fortroendevald").contains(&"Mats Wennberg"));
    assert_eq!(masked_texts(&found, "namn"), ["Jenny Tallqvist"]);
}

#[test]
fn a_service_line_or_fault_report_number_is_the_offices_not_a_persons() {
    let found = candidates(&[
        "§ 2 Information till allmänheten",
        "Vattenupplysningen 0590-386 599 är öppen dygnet runt. Jourtelefonen har nummer \
         0590-386 598. Den drabbade, Kalle Ek, nås på 070-174 06 12.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["070-174 06 12"]);
}

#[test]
fn a_first_name_before_a_court_or_a_group_and_a_reference_number_name_no_one() {
    let found = candidates(&[
        "§ 5 Kulturstipendium",
        "Nämnden tilldelar Svea Lindgren och Rosa Nilsson kulturstipendium 2026.",
        "§ 6 Anmälningsärenden",
        "Svea hovrätt, beslut 2026-03-27 att inte meddela prövningstillstånd.",
        "Skrivelse från Rosa Bandet-gruppen Söderslätt om insamling i oktober.",
        "Naturvårdsverket, vägledning NV-04431-25 om eldning av trädgårdsavfall.",
    ]);
    assert_eq!(masked(&found), ["Svea Lindgren", "Rosa Nilsson"]);
}

/// Found by a read of session 15's change: each line once kept what must be masked.
#[test]
fn private_persons_stay_private_beside_titles_elections_headings_and_service_words() {
    let found = candidates(&[
        "§ 3 Överklagande",
        "Klagande: Lärare Per Ekström",
        "Klaganden nås på mobil-070 987 65 43.",
        "§ 4 Föreningsbidrag",
        "Föreningen meddelar att Anna Ekholm valdes till ordförande vid årsmötet.",
        "Ordförande i Vallby IF: Lena Sjöberg",
        "§ 5 Synpunkt",
        "Kalle Svensson på Storgatan 5 gjorde en felanmälan och nås på 070-123 45 67.",
        "§ 6 Skolskjuts",
        "Sökande: Sara Ek",
        "Motionären berättar att hennes dotter har diabetes och behöver skjuts.",
    ]);
    let masked = masked(&found);
    for name in [
        "Per Ekström",
        "Anna Ekholm",
        "Lena Sjöberg",
        "Kalle Svensson",
    ] {
        assert!(
            masked.iter().any(|m| m.contains(name)),
            "{name}: {found:#?}"
        );
    }
    for number in ["070 987 65 43", "070-123 45 67"] {
        assert!(masked.contains(&number), "{number}: {found:#?}");
    }
    assert!(found
        .iter()
        .any(|c| c.rule == "kanslig" && c.text.contains("diabetes")));
}

#[test]
fn an_absences_health_reason_is_masked_from_its_first_health_word() {
    let found = candidates(&[
        "Beslutande",
        "Per Lund (S) har anmält förhinder på grund av depression till följd av utmattning.",
        "§ 1 Val av justerare",
    ]);
    assert!(
        masked(&found).contains(&"depression till följd av utmattning"),
        "{found:#?}"
    );
}

#[test]
fn a_personal_reason_after_eftersom_is_masked_an_officials_too_but_not_a_reason_of_many() {
    let found = candidates(&[
        "Kommunfullmäktige",
        "Beslutande\tNasrin Karimi (S), Kjell-Ove Tornblad (M)",
        "§ 91 Ersättning för barntillsyn",
        "Nasrin Karimi (S) har begärt ersättning för barntillsyn, eftersom hennes son har en svår autism.",
        "Förvaltningen föreslår fler platser eftersom antalet elever med autism ökar.",
        "Kjell-Ove Tornblad (M) reserverar sig eftersom han anser att beslutet försämrar för personer med funktionsnedsättning.",
        "Nasrin Karimi (S) reserverar sig eftersom hennes ursprungliga yrkande inte fick bifall.",
        "§ 92 Val av ersättare",
        "Kjell-Ove Tornblad (M) har avsagt sig uppdraget eftersom han har ansökt om äktenskapsskillnad.",
    ]);
    assert_eq!(
        masked(&found),
        [
            "hennes son har en svår autism",
            "han har ansökt om äktenskapsskillnad"
        ]
    );
    assert_eq!(kept_texts(&found, "fortroendevald").len(), 6);
}

#[test]
fn a_personal_reason_about_ones_family_or_health_after_a_comma_and_da_is_masked() {
    let found = candidates(&[
        "Kommunfullmäktige",
        "Beslutande\tStina Oldeberg (M), Stig Lund (VBV), Kenneth Hamrin (S)",
        "§ 91 Anmälningar",
        "Stina Oldeberg (M) begär ersättning för barntillsyn, eftersom dottern har en svår autism.",
        "Stig Lund (VBV) begär anstånd eftersom han av hälsoskäl inte hunnit.",
        "Kenneth Hamrin (S) begär ledighet, då hans fru har fått en cancerdiagnos.",
    ]);
    assert_eq!(
        masked(&found),
        [
            "dottern har en svår autism",
            "han av hälsoskäl inte hunnit",
            "hans fru har fått en cancerdiagnos"
        ]
    );
}

#[test]
fn a_data_protection_officer_stays_an_official_after_the_title() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "Övriga deltagare",
        "Leena Pakarinen, dataskyddsombud, § 52",
        "§ 52 Incident i personuppgiftsbehandlingen",
        "Dataskyddsombud Leena Pakarinen redovisar en incident den 11 mars.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Leena Pakarinen", "Leena Pakarinen"]
    );
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn a_proposer_under_a_section_line_with_a_capitalised_abbreviation_is_kept() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "Ks § 45",
        "SVAR PÅ MEDBORGARFÖRSLAG OM BÄNKAR PÅ KVARNBERGET",
        "Hjördis Berg, Utsiktsvägen 3, 474 80 Klövskär, föreslår att kommunen sätter upp bänkar.",
        "Kommunstyrelsen beslutar att anse medborgarförslaget besvarat.",
    ]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Hjördis Berg"]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Utsiktsvägen 3", "474 80 Klövskär"]
    );
}

#[test]
fn an_ordinary_word_that_is_a_first_name_after_a_fields_label_starts_a_name() {
    let found = candidates(&[
        "Diarieförteckning 2026-04-01–2026-04-10",
        "KS 2026/96-1 – Inkommande – Överklagande av beslut om avregistrering ur tomtkön – \
         Från: Sten Wiberg – Handläggare: Elin Tångberg",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Sten Wiberg"]);
}

#[test]
fn a_person_appointed_in_a_delegation_row_holds_the_office() {
    let found = candidates(&[
        "Redovisning av delegationsbeslut mars 2026",
        "Nr\tDatum\tPunkt\tBeslut\tResultat\tDelegat",
        "2026-043\t03-23\t8.2\tAnställning av rektor vid Rörkils skola: Johan Brink\t\
         Anställd från 2026-08-01\tKerstin Malm",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn wheelchair_users_in_general_are_no_ones_health() {
    let found = candidates(&[
        "§ 3 Rampen vid Torget",
        "Bo Gunnarsson, som själv kör elrullstol, har provat ritningen på plats. Lutningen \
         måste vara högst 1:20 för att rullstolsburna ska klara rampen själva.",
    ]);
    assert_eq!(
        masked_texts(&found, "kanslig"),
        [
            "Bo Gunnarsson",
            "Bo Gunnarsson, som själv kör elrullstol, har provat ritningen på plats."
        ]
    );
}

#[test]
fn a_plural_title_after_two_names_holds_for_both() {
    let found = candidates(&[
        "Trygghetsrådet – minnesanteckningar",
        "Ahmed Farouk och Lina Persson, fältassistenter, redovisade läget i centrum.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Ahmed Farouk", "Lina Persson"]
    );
}

#[test]
fn the_dead_are_no_ones_personal_data_but_their_heirs_are() {
    let found = candidates(&[
        "§ 12 Gravsättning genom kommunens försorg",
        "Gösta Lindqvist, folkbokförd i Hultsboda, avled den 19 januari 2026. Den enda kända \
         anhöriga, halvbrodern Rolf Lindqvist i Älgaryd, har inte ordnat gravsättningen.",
        "Kommunen bevakar sin fordran i dödsboet efter Gösta Lindqvist.",
        "§ 13 Bidrag till enskild väg",
        "Ansökan från dödsboet efter Elsa Grahn avslås.",
        "§ 14 Ersättare",
        "PRO Sandlöv har utsett Kurt Ahlin till ny ersättare efter Gunnar Persson, som avlidit.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Rolf Lindqvist", "Kurt Ahlin"]
    );
}

#[test]
fn someone_whose_spouse_died_is_alive() {
    let found = candidates(&[
        "§ 4 Ansökan om färdtjänst",
        "Anna Ek, vars make avled i fjol, ansöker om färdtjänst.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Anna Ek"]);
}

#[test]
fn a_tracts_name_after_a_role_word_is_no_person() {
    let found = candidates(&[
        "Samrådsredogörelse",
        "Nr\tAvsändare\tSammanfattning",
        "7\tÄngshults byalag\tByalaget är positivt men vill ha en lekplats.",
        "10\tSakägare, Ängshult 3:22 (har begärt att namnet inte redovisas)\tVill att infarten flyttas.",
        "Ett samrådsmöte hölls i Ängshults bygdegård.",
    ]);
    assert!(masked_texts(&found, "namn").is_empty(), "{found:#?}");
}

#[test]
fn officials_named_with_their_bodys_title_or_hired_stay() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "§ 3 Delegationsbeslut",
        "Kommundirektör\tAnställning av Mattias Grenholm som HR-specialist\t2026-03-20",
        "Dataskyddsombudet Karin Wedin informerar om en incident.",
        "§ 4 Avtal",
        "Anders Hjort, kommunstyrelsens ordförande\tNils Åker",
    ]);
    let kept = kept_texts(&found, "fortroendevald");
    for name in ["Mattias Grenholm", "Karin Wedin", "Anders Hjort"] {
        assert!(kept.contains(&name), "{name}: {found:#?}");
    }
    // The other party to the agreement signs beside him: the title is not his.
    assert_eq!(masked_texts(&found, "namn"), ["Nils Åker"]);
}

#[test]
fn a_politician_with_a_party_in_a_registers_sender_column_stays() {
    let found = candidates(&[
        "Postlista vecka 17",
        "Dnr\tRiktning\tÄrende\tAvsändare/mottagare\tHandläggare",
        "KS/2026:127\tIn\tAvsägelse av uppdrag som ersättare\tCamilla Nord (S)\tSofie Hedenström",
        "KS/2026:128\tIn\tAnsökan om bidrag\tKurt Ek\tSofie Hedenström",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Kurt Ek"]);
}

#[test]
fn a_private_persons_office_in_a_party_is_a_political_opinion_but_the_party_alone_is_none() {
    let found = candidates(&[
        "§ 5 Delegationsbeslut",
        "Yttrande om allmän sammankomst, sökande Rasmus Lindell, lokal ordförande för Ung \
         Vänster i Klövskär. Tillstyrks.",
        "§ 6 Lokalbokning",
        "Kurt Ek har bokat Folkets hus åt Vänsterpartiet.",
    ]);
    assert!(
        masked_texts(&found, "kanslig").contains(&"Rasmus Lindell"),
        "{found:#?}"
    );
    assert_eq!(masked_texts(&found, "namn"), ["Kurt Ek"]);
}

#[test]
fn the_municipalitys_box_after_its_mailbox_and_switchboard_stays() {
    let found = candidates(&[
        "Demokratiberedningen",
        "Frågor om medborgarförslag besvaras av kommunkansliet, \
         kommunfullmaktige@hultsboda.se, växel 0383-69 40 00, Box 204, 574 22 Hultsboda.",
        "Plats och tid: Träffpunkt Solrosen, Bäckgatan 2, Hultsboda, kl. 13.00–16.15",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn someone_elses_death_beside_a_name_keeps_the_name_masked() {
    let found = candidates(&[
        "§ 7 Ansökan om ekonomiskt bistånd",
        "Modern till Lisa Berg avled i januari.",
        "Lisa Berg har skulder hos Kronofogden och ansöker om försörjningsstöd.",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.text.contains("Lisa Berg") && c.suggestion == Suggestion::Mask),
        "{found:#?}"
    );
}

#[test]
fn a_dead_parents_name_leaves_the_heirs_matter_a_private_one() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 8 Ansökan om ekonomiskt bistånd till begravning",
        "Sökanden är dotter till Gösta Lindqvist, som avled den 3 mars, och ansöker om \
         ekonomiskt bistånd till begravningen.",
    ]);
    assert!(found.iter().any(|c| c.rule == "sekretess"), "{found:#?}");
}

#[test]
fn an_employment_told_in_a_personnel_matter_or_with_a_subsidy_makes_no_official() {
    let found = candidates(&[
        "§ 9 Uppsägning",
        "Karin Holm har varit anställd från 2012 och sägs nu upp på grund av misskötsamhet.",
        "§ 10 Anställningar",
        "Anställning av Sara Lind som vaktmästare med lönebidrag på grund av nedsatt \
         arbetsförmåga.",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Karin Holm"), "{found:#?}");
    assert!(masked.contains(&"Sara Lind"), "{found:#?}");
}

#[test]
fn a_title_in_a_unions_genitive_makes_a_union_representative_no_official() {
    let found = candidates(&[
        "§ 11 Information",
        "Maria Holm, Kommunals ordförande på Solgården, framförde synpunkter.",
    ]);
    assert_eq!(masked_texts(&found, "facklig"), ["Maria Holm"]);
}

#[test]
fn an_address_after_a_firms_mailbox_and_an_unlabelled_number_is_masked() {
    let found = candidates(&[
        "§ 12 Anmälan",
        "Anmälan inkom via info@snickareek.se, 070-123 45 67, Björkvägen 3, 824 30 Hultsboda.",
    ]);
    assert!(
        masked_texts(&found, "adress").contains(&"Björkvägen 3"),
        "{found:#?}"
    );
}

#[test]
fn shops_pharmacies_and_a_parish_are_organisations_with_their_addresses() {
    let found = candidates(&[
        "Miljö- och hälsoskyddsnämnden",
        "§ 5 Tillstånd att sälja tobak",
        "ICA Nära Rödmossa, Storgatan 10, ansöker om tillstånd att sälja tobak.",
        "Rödmossa IF, Idrottsvägen 4, 590 40 Rödmossa, beviljas 20 000 kronor.",
        "Folktandvården, Vårdcentralsvägen 2, 590 30 Rödmossa",
        "Rödmossa pastorat, Box 12, 590 30 Rödmossa",
        "Apoteket Hjärtat, Storgatan 5",
        "Tobaksförsäljning: Pressbyrån Resecentrum, Stationsgatan 1, 590 30 Rödmossa",
        "Utdragsbestyrkande: Per Holm",
        "Anslaget av: Lena Berg",
        "Sekr. Maria Sjö",
        "Ansvarig tjänsteperson: Eva Lind",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn a_committee_or_a_venue_right_before_an_address_keeps_it_but_a_decision_about_someone_does_not() {
    let found = candidates(&[
        "Kungörelse",
        "Synpunkter lämnas till Samhällsbyggnadsnämnden, Storgatan 20, 591 86 Rödmossa.",
        "Förtidsröstning sker i Hamnmagasinet, Hamnvägen 1, och i Gullbo missionshus, Kyrkvägen 9.",
        "§ 5 Bergvärme",
        "Miljö- och hälsoskyddsnämnden beviljar Jonas Berglund, Bergvägen 8, 824 92 Hällebro, tillstånd.",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Bergvägen 8", "824 92 Hällebro"]
    );
}

#[test]
fn a_first_name_alone_with_an_age_is_a_person_and_her_fall_her_health() {
    let found = candidates(&[
        "§ 4 Information från föreningarna",
        "Ulla Bengtsson berättade om en medlem i SPF, Elsa, 94 år, som fallit i sitt hem och legat på golvet i fyra timmar.",
    ]);
    assert!(
        masked_texts(&found, "kanslig").contains(&"Elsa"),
        "{found:#?}"
    );
}

#[test]
fn outside_every_section_a_line_is_its_own_matter_for_the_stronger_rule() {
    let found = candidates(&[
        "Kallelse till kultur- och fritidsnämnden",
        "Ärenden",
        "7\tAnsökan om avgiftsbefrielse för ledsagare – Nora Lindqvist (intellektuell funktionsnedsättning)\tKFN 2026/0033",
        "8\tBidrag till Rödmossa schackklubb – kontaktperson Per Holm\tKFN 2026/0034",
        "KS 2024/0441\tIn\tHussein Al-Amin\tMedborgarförslag om gravplats för muslimer på Norra kyrkogården",
    ]);
    assert!(
        masked_texts(&found, "kanslig").contains(&"Nora Lindqvist"),
        "{found:#?}"
    );
    assert_eq!(masked_texts(&found, "namn"), ["Per Holm"]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Hussein Al-Amin"]);
}

#[test]
fn names_from_eritrea_west_africa_and_china_are_found_also_surname_first() {
    let found = candidates(&[
        "§ 140 Förtur i bostadskön",
        "Förtur beviljas Tsegay Gebremedhin, som har svårt att gå efter en stroke.",
        "Förtur avslås för Ngozi Okafor och Kofi Mensah.",
        "Ansökan från Zhang Wei och Xu Li avslås.",
        "Brandmännen Axel Sjödin och Nora Bäckström informerade.",
    ]);
    let names: Vec<&str> = found
        .iter()
        .filter(|c| c.location.paragraph < 4 && c.text.split_whitespace().count() == 2)
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "Tsegay Gebremedhin",
            "Ngozi Okafor",
            "Kofi Mensah",
            "Zhang Wei",
            "Xu Li"
        ]
    );
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Axel Sjödin", "Nora Bäckström"]
    );
}

#[test]
fn a_name_in_capitals_is_a_name_but_a_heading_in_capitals_is_not() {
    let found = candidates(&[
        "RÖDMOSSA KOMMUN\tSAMMANTRÄDESPROTOKOLL",
        "KOMMUNSTYRELSENS ARBETSUTSKOTT",
        "TN 2024/315\tGUNNEL ÅSTRÖM\tBeviljas",
        "TN 2024/316\tÅSTRÖM GUNNEL\tBeviljas",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["GUNNEL ÅSTRÖM", "ÅSTRÖM GUNNEL"]
    );
}

#[test]
fn a_register_writes_the_surname_a_comma_and_the_given_name() {
    let found = candidates(&[
        "Diarium",
        "SBN 2024/0911\t2024-10-07\tEriksson, Anna-Karin\tAnsökan om bygglov",
        "Ärendet gäller Berglund, Sigrid.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Eriksson, Anna-Karin", "Berglund, Sigrid"]
    );
}

#[test]
fn a_name_of_three_parts_is_masked_whole_but_not_a_foundations_name() {
    let found = candidates(&[
        "§ 5 Ansökningar",
        "Ansökan från Abdullahi Hassan Nur avslås.",
        "Sökande är Tran Van Duc.",
        "Bidrag till Karl Larssons Stiftelse beviljas.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Abdullahi Hassan Nur", "Tran Van Duc"]
    );
}

#[test]
fn a_surname_shared_with_a_member_is_the_one_last_named_in_full() {
    let found = candidates(&[
        "Miljö- och byggnämnden",
        "Beslutande: Per-Olof Berg (M), ordförande",
        "§ 12 Föreläggande om rivning",
        "Nämnden förelägger ägaren Tord Berg att riva muren. Berg har inte hörsammat tidigare uppmaningar.",
        "§ 13 Konst",
        "Per-Olof Berg (M) yrkar bifall. Berg anser att verket passar.",
    ]);
    let bergs: Vec<(&str, Suggestion)> = found
        .iter()
        .filter(|c| c.text == "Berg")
        .map(|c| (c.rule.as_str(), c.suggestion))
        .collect();
    assert_eq!(
        bergs,
        [
            ("myndighetsutovning", Suggestion::Mask),
            ("fortroendevald", Suggestion::Keep)
        ]
    );
}

#[test]
fn a_sentence_or_a_prison_told_in_other_words_is_a_crime_but_an_assessment_is_not() {
    let found = candidates(&[
        "§ 7 Avskrivning av fordringar",
        "Fordran på Roger Hult avskrivs då han sedan 2023 är intagen på anstalt.",
        "Nämnden förbjuder Kenneth Ström att hålla djur. Ström har tidigare dömts för djurplågeri.",
        "Anläggningen bedömdes ha ett utsläpp till dike.",
    ]);
    let crimes: Vec<usize> = found
        .iter()
        .filter(|c| c.rule == "lagovertradelse" && c.text.ends_with('.'))
        .map(|c| c.location.paragraph)
        .collect();
    assert_eq!(crimes, [1, 2], "{found:#?}");
}

#[test]
fn a_communications_officer_is_an_official_but_a_job_in_brackets_makes_none() {
    let found = candidates(&[
        "§ 61 Tillsyn",
        "Vid besöket deltog Ida Björn, kommunikatör.",
        "Anna Sjögren (lärare) har ansökt om bostadsanpassning efter en stroke.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Ida Björn"]);
    assert_eq!(masked_texts(&found, "kanslig")[..1], ["Anna Sjögren"]);
}

#[test]
fn a_health_word_in_a_job_title_tells_no_ones_health() {
    let found = candidates(&[
        "§ 5 Lokaler",
        "Medicinskt ansvarig sjuksköterska (MAS) Karin Öst informerar om lokalbehovet.",
    ]);
    assert!(masked_texts(&found, "kanslig").is_empty(), "{found:#?}");
}

#[test]
fn the_employers_agent_in_a_negotiation_is_its_official_and_no_union_representative() {
    let found = candidates(&[
        "MBL-förhandling",
        "Närvarande för arbetsgivaren: Linda Berglund, HR-chef",
        "§ 1 Förhandling",
        "Arbetsgivaren företräds av Linda Berglund. Arbetstagarparten företräds av Monica Sundqvist (Kommunal).",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Linda Berglund", "Linda Berglund"]
    );
    assert_eq!(masked_texts(&found, "facklig"), ["Monica Sundqvist"]);
}

#[test]
fn a_widow_a_couple_or_a_customer_named_by_surname_alone_is_a_person() {
    let found = candidates(&[
        "§ 12 Kundärenden",
        "Änkan Persson på Åsvägen 2 har ansökt om avbetalningsplan.",
        "Paret Holm har klagat på en felaktig mätaravläsning.",
        "Kunden Göransson har bestridit fakturan.",
    ]);
    let named: Vec<&str> = found
        .iter()
        .filter(|c| c.location.paragraph > 0 && !c.text.contains(' '))
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(named, ["Persson", "Holm", "Göransson"], "{found:#?}");
}

#[test]
fn a_complainants_job_is_no_office_and_a_farm_before_an_address_is_a_home() {
    let found = candidates(&[
        "§ 4 Delegationsbeslut",
        "Klagande\tÄrende\tBeslut",
        "Lärare Anna Berglund\tÖverklagande av beslut om avstängning\tAvslag",
        "§ 5 Bygglov",
        "Sökande: Per Holmberg, Västergården, Byvägen 12, 912 34 Norrby.",
        "Fastigheten Humlan 3 i Norrby kommun ägs av Tord Sjögren, civilingenjör.",
    ]);
    assert!(
        kept_texts(&found, "fortroendevald").is_empty(),
        "{found:#?}"
    );
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Byvägen 12", "912 34 Norrby"]
    );
    assert!(masked(&found).contains(&"Tord Sjögren"), "{found:#?}");
}

#[test]
fn a_quoted_name_a_name_spaced_wide_and_a_care_team_stay_a_persons_data() {
    let found = candidates(&[
        "§ 7 Elevärende",
        "Eleven Lisa Holmberg har anmält kränkningar. Vårdnadshavaren skriver: ”Lisa vågar inte gå till skolan.”",
        "Sökanden Anna   Berglund har ansökt om bidrag.",
        "Per Holm träffar en psykiatrisjuksköterska varje vecka.",
    ]);
    let texts = masked(&found);
    for expected in [
        "Lisa",
        "Anna   Berglund",
        "Per Holm träffar en psykiatrisjuksköterska varje vecka.",
    ] {
        assert!(texts.contains(&expected), "{expected}: {found:#?}");
    }
}

#[test]
fn written_out_at_signs_in_an_offices_mailbox_and_attachment_letters_are_no_private_contact() {
    let found = candidates(&[
        "§ 6 Bygglov för garage",
        "Se bilaga 2 (a) situationsplan.pdf.",
        "Kontakta miljo(at)norrby.se för frågor.",
        "Anna Berg, anna.berg(at)gmail.com.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["anna.berg(at)gmail.com"]);
}

#[test]
fn a_hiring_label_makes_an_official_only_of_the_municipalitys_titles() {
    let found = candidates(&[
        "Delegationsbeslut",
        "Nr\tBeslut\tDelegat",
        "1\tAnställning av feriearbetare: Lisa Berg\tKerstin Malm",
        "2\tTillsättning av kontaktperson: Anna Holm\tKerstin Malm",
        "3\tAnställning av arbetstagare med lönebidrag: Per Ek\tKerstin Malm",
        "4\tAnställning av rektor vid Rörkils skola: Johan Brink\tKerstin Malm",
    ]);
    // A wage subsidy tells reduced working capacity: that cell is the person's health;
    // the row's number and its delegate stay.
    assert_eq!(
        masked(&found),
        [
            "Lisa Berg",
            "Anna Holm",
            "Anställning av arbetstagare med lönebidrag: Per Ek",
            "Per Ek"
        ]
    );
}

#[test]
fn a_title_in_a_unions_genitive_is_no_authoritys_but_a_federation_of_municipalities_is() {
    let found = candidates(&[
        "§ 11 Information",
        "Per Ek, Polisförbundets ordförande, har yttrat sig.",
        "Anna Lund, kommunförbundets jurist, har yttrat sig.",
    ]);
    assert!(masked(&found).contains(&"Per Ek"), "{found:#?}");
    assert!(!masked(&found).contains(&"Anna Lund"), "{found:#?}");
}

#[test]
fn a_death_told_after_a_relatives_name_may_be_the_relatives_and_the_name_stays_masked() {
    let found = candidates(&[
        "§ 4 Ansökan om ekonomiskt bistånd",
        "Dottern till Lisa Berg, som har avlidit, ansöker om bistånd till begravningen.",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.text == "Lisa Berg" && c.suggestion == Suggestion::Mask),
        "{found:#?}"
    );
}

#[test]
fn an_officials_number_after_their_title_and_field_is_their_work_contact() {
    let found = candidates(&[
        "Barn- och ungdomsförvaltningen\tTJÄNSTESKRIVELSE",
        "Handläggare: Karin Löfgren, utredare pedagogisk omsorg, 040-628 04 56, karin.lofgren@linaker.se",
    ]);
    assert_eq!(masked(&found), Vec::<&str>::new(), "{found:#?}");
}

#[test]
fn a_unions_local_mailbox_is_no_ones() {
    let found = candidates(&[
        "§ 7 Information från de fackliga organisationerna",
        "Synpunkter kan lämnas till Kommunals lokala mejl halsingekusten@kommunal.se.",
        "Deltagaren Sara Ek nås på 070-174 06 99 eller sara.ek@hotmail.com.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        ["070-174 06 99", "sara.ek@hotmail.com"]
    );
}

#[test]
fn a_citizens_proposal_form_names_its_proposer_and_masks_the_address_fields() {
    let form = |refusal: &str| {
        candidates(&[
            "MEDBORGARFÖRSLAG",
            "Till kommunfullmäktige i Linåkers kommun",
            "Förslagets rubrik",
            "Bevara och visa linodlingen vid hembygdsgården",
            "Förslagsställare",
            "Namn\tGerd Sjölander",
            "Gatuadress\tVävsta bygata 17",
            "Postnummer och ort\t829 45 Vävsta",
            refusal,
            "Namnförtydligande\tGerd Sjölander",
        ])
    };
    let agreed = form("☐ Jag vill inte att mitt namn publiceras.");
    assert_eq!(
        kept_texts(&agreed, "medborgarforslag"),
        ["Gerd Sjölander", "Gerd Sjölander"]
    );
    assert_eq!(
        masked_texts(&agreed, "adress"),
        ["Vävsta bygata 17", "829 45 Vävsta"]
    );
    let refused = form("☒ Jag vill inte att mitt namn publiceras.");
    assert_eq!(
        masked_texts(&refused, "namn"),
        ["Gerd Sjölander", "Gerd Sjölander"]
    );
}

#[test]
fn a_proposal_form_titled_in_its_letterhead_keeps_its_proposer_and_co_proposer() {
    let found = candidates(&[
        "HYLTARYDS KOMMUN\tMEDBORGARFÖRSLAG TILL KOMMUNFULLMÄKTIGE",
        "1. Förslagsställare",
        "Namn: Mariana Kovalenko",
        "Utdelningsadress: Verkstadsgatan 5 lgh 1204",
        "Fler förslagsställare (namn och adress): Lidiia Savchuk, Verkstadsgatan 5 lgh 1101, 335 30 Hyltaryd",
        "3. Förslag och motivering",
        "Min granne Greta Holm, som är pensionerad lärare, har lovat att hjälpa till.",
        "Namnförtydligande: Mariana Kovalenko",
    ]);
    assert_eq!(
        kept_texts(&found, "medborgarforslag"),
        ["Mariana Kovalenko", "Lidiia Savchuk", "Mariana Kovalenko"]
    );
    // The neighbour the proposal names is no proposer; the addresses stay private.
    let masked = masked(&found);
    for private in ["Greta Holm", "Verkstadsgatan 5", "335 30 Hyltaryd"] {
        assert!(masked.contains(&private), "{private} in {masked:?}");
    }
}

#[test]
fn a_street_named_after_a_person_found_elsewhere_is_no_mention_of_them() {
    let found = candidates(&[
        "§ 5 Namn på gator i Gjutarebacken",
        "Namnberedningen föreslår Ester Blenda Nordströms gata och Gjutmästarens väg. Ester Blenda Nordström skrev om pigorna.",
        "Kommunstyrelsen fastställer gatunamnen Ester Blenda Nordströms gata och Gjutmästarens väg.",
    ]);
    assert_eq!(masked(&found), ["Ester Blenda Nordström"], "{found:#?}");
    // A house or a place in a queue after the genitive may be theirs.
    let found = candidates(&[
        "§ 4 Bostadskö",
        "Sökanden Anna Lindh har stått i kön sedan 2019. Anna Lindhs plats i kön är 45. Lindhs hus brann.",
    ]);
    assert_eq!(masked(&found), ["Anna Lindh", "Anna Lindhs", "Lindhs"]);
}

#[test]
fn a_business_with_its_owner_in_brackets_is_masked_only_when_it_bears_the_owners_name() {
    let found = candidates(&[
        "§ 9 Näringslivsstöd",
        "Sökande\tFöretagsform\tOrg.nr\tSökt belopp\tFörslag",
        "Tjärnsryds Smide och Svets (innehavare Robin Ekström)\tEnskild firma\t900214-4575\t80 000 kr\tBifall",
        "Salong Nour (innehavare Nour Alhassan)\tEnskild firma\t199103083847\t50 000 kr\tAvslag",
        "Karin Lund (ägare av hunden)\tPrivatperson\t–\t10 000 kr\tAvslag",
    ]);
    let masked = masked(&found);
    assert!(!masked.iter().any(|m| m.contains("Smide")), "{masked:?}");
    for private in [
        "Robin Ekström",
        "Salong Nour",
        "Nour Alhassan",
        "Karin Lund",
    ] {
        assert!(masked.contains(&private), "{private} in {masked:?}");
    }
}

#[test]
fn a_home_found_with_its_postcode_is_masked_where_the_document_names_it_again() {
    let found = candidates(&[
        "§ 4 Skolskjuts",
        "Skrivelsen har kommit in med adressen Boamåla Östergård 4, 335 94 Boamåla.",
        "Familjen bor 7,4 kilometer från skolan på Boamåla Östergård 4.",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        [
            "Boamåla Östergård 4",
            "335 94 Boamåla",
            "Boamåla Östergård 4"
        ]
    );
}

#[test]
fn a_venues_address_field_is_no_private_address() {
    let found = candidates(&["KALLELSE", "Adress\tKommunhuset, Storgatan 20, Linåker"]);
    assert_eq!(masked(&found), Vec::<&str>::new(), "{found:#?}");
}

#[test]
fn the_secretary_named_in_a_kallelse_and_a_head_hired_by_delegation_are_officials() {
    let found = candidates(&[
        "KALLELSE",
        "Förhinder anmäls till sekreteraren Lotta Engman, så att ersättare kan kallas in.",
        "BUN § 41\tAnmälan av delegationsbeslut",
        "Skolskjuts: 14 beslut (11 bifall, 3 avslag). Anställning av rektor vid Vävsta skola från den 1 augusti 2026: Kristin Edholm.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Lotta Engman", "Kristin Edholm"]
    );
}

#[test]
fn an_estate_and_a_newspaper_are_no_ones_names() {
    let found = candidates(&[
        "§ 18 Uppsägning av avtal för sjöbod",
        "Sökande: Dödsboet efter Edvin Sjöberg, genom Gunilla Sjöberg.",
        "Fastighetsägaren har avlidit. Dödsboet, företrätt av Marita Lindström, har forslat bort avfallet.",
        "Annonsen publiceras även i Hälsinglands Veckoblad och på kommunens anslagstavla.",
    ]);
    assert_eq!(masked(&found), ["Gunilla Sjöberg", "Marita Lindström"]);
}

#[test]
fn a_wage_subsidy_job_and_ms_tell_health_and_two_of_a_units_participants_are_no_one() {
    let found = candidates(&[
        "§ 24 Anställningar med lönebidrag",
        "Arbetsförmedlingen har bedömt att två av enhetens deltagare har nedsatt arbetsförmåga. Förvaltningen föreslår att Kristina Hedman erbjuds en lönebidragsanställning som lokalvårdare.",
        "§ 25 Begäran om förtur i tomtkön",
        "Elin Brandt har begärt förtur med hänvisning till att hennes sambo har MS och behöver ett hus i ett plan.",
    ]);
    assert_eq!(
        masked_texts(&found, "kanslig"),
        [
            "Förvaltningen föreslår att Kristina Hedman erbjuds en lönebidragsanställning som lokalvårdare.",
            "Kristina Hedman",
            "Elin Brandt",
            "Elin Brandt har begärt förtur med hänvisning till att hennes sambo har MS och behöver ett hus i ett plan."
        ]
    );
    assert!(
        masked(&found).iter().all(|m| !m.contains("två av")),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_stores_manager_at_an_inspection_is_a_private_person_not_an_official() {
    let found = candidates(&[
        "§ 31 Sanktionsavgift – Björkede Livs AB",
        "Vid kontrollen av livsmedelsbutiken noterades för höga temperaturer. Butikschefen Omar Haddad deltog vid kontrollen.",
        "Miljöchefen Eva Lind redogör för ärendet.",
    ]);
    assert!(masked(&found).contains(&"Omar Haddad"), "{found:#?}");
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Eva Lind"]);
}

#[test]
fn an_organisation_in_the_sentence_before_makes_no_organisations_address_of_a_home() {
    let found = candidates(&[
        "§ 9 Information om stormen",
        "Familjen fick tillfälligt boende i en av kommunens evakueringslägenheter. Myrvägen 6 är fortsatt obeboelig.",
        "Mötet hölls i kommunhuset, Storgatan 20.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), ["Myrvägen 6"]);
}

#[test]
fn a_one_word_mailbox_at_a_unions_domain_is_a_branchs_and_a_named_one_is_the_ombuds() {
    let found = candidates(&[
        "Protokoll – MBL-förhandling",
        "Organisation\tNamn\tUppdrag\tTelefon\tE-post",
        "Kommunal\tKjell Ohlsson\tSektionsordförande\t070-174 06 67\thoglandet@kommunal.se",
        "Vision\tPeter Sjögren\tOrdförande\t070-174 06 68\tpeter.sjogren@vision.se",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        ["070-174 06 67", "070-174 06 68", "peter.sjogren@vision.se"]
    );
}

#[test]
fn a_webmail_providers_name_capitalised_in_an_address_makes_no_municipal_domain() {
    let found = candidates(&[
        "§ 4 Klagomål",
        "Klaganden nås på per.lind@Hotmail.com och Anna.Lind@Telia.com.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        ["per.lind@Hotmail.com", "Anna.Lind@Telia.com"]
    );
}

#[test]
fn an_associations_abbreviation_in_brackets_is_no_party_and_a_sameby_is_no_person() {
    let found = candidates(&[
        "§ 9 Klagomål på hemtjänst",
        "Klagomål har inkommit från Mikael Sandberg (HSB). Svar lämnas av Eva Ek (S).",
        "§ 10 Bidrag",
        "Bidrag beviljas till Kiruna Sameby.",
    ]);
    assert_eq!(masked(&found), ["Mikael Sandberg"]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Eva Ek"]);
}

#[test]
fn adapted_school_lss_housing_and_a_same_sex_relationship_tell_a_persons_sensitive_data() {
    let found = candidates(&[
        "§ 14 Skolskjuts",
        "Eleven Noah Pekkala går i anpassad grundskola och bor på ett LSS-boende.",
        "§ 15 Bostadsanpassning",
        "Sökanden Anna Lind lever i en samkönad relation.",
        "§ 16 Information",
        "Anpassad grundskola erbjuds i Kiruna från årskurs 1.",
    ]);
    assert_eq!(
        masked_texts(&found, "kanslig"),
        [
            "Eleven Noah Pekkala går i anpassad grundskola och bor på ett LSS-boende.",
            "Noah Pekkala",
            "Sökanden Anna Lind lever i en samkönad relation.",
            "Anna Lind"
        ]
    );
}

#[test]
fn a_neighbour_named_in_a_citizens_proposal_is_no_proposer() {
    let found = candidates(&[
        "§ 40 Medborgarförslag om nedskräpad tomt",
        "Anna Lind föreslår att kommunen förelägger grannen Per Ek att städa sin tomt.",
    ]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Anna Lind"]);
    assert!(masked(&found).contains(&"Per Ek"), "{found:#?}");
}

#[test]
fn a_village_and_house_number_after_a_private_persons_name_is_their_home() {
    let found = candidates(&[
        "§ 5 Bygglov",
        "Sökande: Anna Lind, Lainio 112.",
        "Sökande: Per Ek, Lainio 1:12.",
        "Sökande: Linnea Ink, Fiskaren 3.",
    ]);
    assert_eq!(masked_texts(&found, "adress"), ["Lainio 112"]);
}

#[test]
fn a_familys_shared_mailbox_and_a_union_members_own_short_mailbox_stay_masked() {
    let found = candidates(&[
        "§ 12 Klagomål",
        "Familjen Berg nås på sin gemensamma mejl bergfamiljen@hotmail.com eller sitt gemensamma nummer 070-123 45 67.",
        "Föreningens e-post är anna.berg@gmail.com.",
        "Ombuden nås på kerstinh@kommunal.se och kholm@vision.se.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        [
            "bergfamiljen@hotmail.com",
            "070-123 45 67",
            "anna.berg@gmail.com",
            "kerstinh@kommunal.se",
            "kholm@vision.se"
        ]
    );
}

#[test]
fn a_refusal_ticked_after_its_words_and_an_associations_secretary_are_respected() {
    let found = candidates(&[
        "MEDBORGARFÖRSLAG",
        "Förslagsställare",
        "Namn\tGerd Sjölander",
        "Jag vill inte att mitt namn publiceras\t☒",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Gerd Sjölander"]);
    let found = candidates(&[
        "§ 8 Bidrag till byalaget",
        "Föreningssekreteraren Karin Lund har skickat in ansökan. Lars Ek (ST) yrkar bifall.",
    ]);
    assert_eq!(masked(&found), ["Karin Lund", "Lars Ek"]);
}

#[test]
fn a_first_name_that_is_also_a_word_is_followed_where_it_cannot_be_the_word() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 5 Ansökan om bygglov",
        "Sökande är Björn Lundmark, Storgatan 4.",
        "Björn har bifogat ritningar. Björn i skogen är inget hinder för bygget.",
        "§ 6 Ansökan om färdtjänst",
        "Per Holm har ansökt om färdtjänst. Vid besöket var Per orolig. Avgiften är 100 kr per resa.",
        "Vägen förbi fritidsgården Per och Per Albin Hanssons väg plogas.",
    ]);
    assert_eq!(
        masked(&found),
        ["Björn Lundmark", "Storgatan 4", "Björn", "Per Holm", "Per"]
    );
}

#[test]
fn a_first_name_that_is_also_a_word_is_the_word_before_anyone_is_named_with_it() {
    let found = candidates(&[
        "Kommunstyrelsen",
        "§ 8 Yttrande om skyddsjakt",
        "Björn har vid två tillfällen tagit sig in i en fårhage. Som jaktledare anges Björn Lantto.",
    ]);
    assert_eq!(masked(&found), ["Björn Lantto"]);
}

#[test]
fn a_personkonto_is_the_holders_locked_personnummer_after_a_clearing_number_that_may_stay() {
    let found = candidates(&[
        "Tekniska nämnden",
        "§ 4 Skadeståndsanspråk",
        "Sätt in ersättningen på mitt personkonto i Nordea, 3300-450218-9980.",
    ]);
    let rules: Vec<(&str, &str, bool, Suggestion)> = found
        .iter()
        .map(|c| (c.rule.as_str(), c.text.as_str(), c.locked, c.suggestion))
        .collect();
    assert_eq!(
        rules,
        [
            ("integritetskanslig", "3300", false, Suggestion::Keep),
            ("personnummer", "450218-9980", true, Suggestion::Mask)
        ]
    );
}

#[test]
fn the_address_under_a_letters_recipient_line_is_the_bodys() {
    let found = candidates(&[
        "Bilaga 1 till TN § 31",
        "Helmi Koskinen",
        "Mikkolabergsvägen 140",
        "686 94 MIKKOLABERGET",
        "Till Tekniska nämnden i Kölfors kommun",
        "Box 83, 686 80 Kölfors",
        "Mikkolaberget den 14 februari 2026",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Mikkolabergsvägen 140", "686 94 MIKKOLABERGET"]
    );
}

#[test]
fn a_boat_club_a_village_association_and_a_local_paper_are_no_ones_names() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 4 Strandskyddsdispens för brygga",
        "Sökande: Kälvåsens Båtklubb, genom Kälvåsens Byalag.",
        "Avsändare: Fjällbladet",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_sensitive_fact_in_an_agenda_items_title_that_names_someone_is_masked() {
    let found = candidates(&[
        "Kallelse – Bygg- och miljönämnden 2026-10-14",
        "Ärende 8\tKlagomål på lukt – klagande Sirkka Kangas (uppger att hon har svår astma)\tBMN 2026-000418",
        "Ärende 9\tBygglov för garage – sökande Per Holm\tBMN 2026-000419",
    ]);
    assert!(
        found
            .iter()
            .any(|c| c.rule == "kanslig" && c.text == "uppger att hon har svår astma"),
        "{found:#?}"
    );
    assert_eq!(masked_texts(&found, "namn"), ["Per Holm"]);
}

#[test]
fn a_surname_that_is_also_a_word_opening_a_sentence_before_a_modal_verb_is_the_persons() {
    let found = candidates(&[
        "Personal- och arvodesutskottet",
        "§ 12 Bisyssla",
        "Utskottet förbjuder Torbjörn Falk att utöva bisysslan. Falk får inte delta i handläggningen.",
    ]);
    assert_eq!(masked(&found), ["Torbjörn Falk", "Falk"]);
}

#[test]
fn thai_first_names_before_an_unknown_surname_are_names() {
    let found = candidates(&[
        "Kultur- och fritidsnämnden",
        "§ 3 Arrangemangsbidrag",
        "Nämnden beviljar arrangemangsbidrag till",
        "– Nattaya Boonmee, Vålsjö, 12 000 kronor för en matfestival,",
        "– Siriporn Chaiyaphum, Vålsjö, 6 000 kronor för en utställning.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Nattaya Boonmee", "Siriporn Chaiyaphum"]
    );
}

#[test]
fn a_consultant_of_the_municipality_named_with_the_title_is_an_official() {
    let found = candidates(&[
        "Revisionsrapport 2026:3",
        "Vi har intervjuat kultur- och fritidschef Daniel Moberg och fritidskonsulent Amela Karić.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Daniel Moberg", "Amela Karić"]
    );
}

#[test]
fn a_first_name_also_a_word_is_followed_in_its_matter_after_prose_words_not_in_another() {
    let found = candidates(&[
        "Bygg- och miljönämnden",
        "§ 4 Tillsyn av hundgård",
        "Fastighetsägare: Björn Ekvall",
        "Enligt Björn har hundarna aldrig bitit någon. Förvaltningen har haft kontakt med Björn.",
        "Mötet hölls på fritidsgården Björn, vid Björn Karlssons väg.",
        "§ 5 Skyddsjakt",
        "Jakten på Björn pågår.",
    ]);
    assert_eq!(masked(&found), ["Björn Ekvall", "Björn", "Björn"]);
}

#[test]
fn a_local_partys_one_word_name_in_brackets_makes_an_elected_official() {
    let found = candidates(&[
        "Kallelse – Kommunfullmäktige",
        "9. Motion från Agnes Olsby (Finnskogspartiet) om fler laddstolpar i Finnskogen",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Agnes Olsby"]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn the_auditors_named_together_after_their_title_are_officials() {
    let found = candidates(&[
        "§ 90 Årsredovisning för Kölfors Energi AB",
        "Lekmannarevisorerna Sture Halvarsson och Inger Myhrman tillstyrker att styrelsen beviljas ansvarsfrihet.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Sture Halvarsson", "Inger Myhrman"]
    );
}

#[test]
fn a_sole_traders_business_named_after_a_place_is_no_ones_name_but_one_named_after_its_owner_is() {
    let found = candidates(&[
        "§ 91 Företagsstöd",
        "Ansökan om näringslivsstöd från Lampiberget Stugby, enskild firma, som drivs av Ingvild Sæther.",
        "Bidrag till Erikssons Camping, enskild firma.",
        "Registrering av matbil, Baan Thai Food Truck, enskild firma, innehavare Nattaya Srisuk.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Ingvild Sæther", "Erikssons Camping", "Nattaya Srisuk"]
    );
}

#[test]
fn the_letters_a_secret_matters_heading_gives_its_people_are_no_names() {
    let found = candidates(&[
        "§ 41\tSN 2026/0302",
        "Omedelbart omhändertagande enligt 6 § LVU – barn A",
        "Sekretess enligt 26 kap. 1 § offentlighets- och sekretesslagen.",
        "§ 45\tSN 2026/0277",
        "Överklagande av avslag på ansökan om bostad med särskild service – sökande F",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_representatives_webmail_after_their_name_is_masked_where_an_officials_work_mail_stays() {
    let found = candidates(&[
        "Minnesanteckningar, kommunala pensionärsrådet",
        "Närvarande",
        "SPF Seniorerna Klarälvdalen: Barbro Lind",
        "Tjänstepersoner: Sara Lindkvist, sekreterare",
        "1. Rapport från föreningarna",
        "SPF Seniorerna ordnar busstur den 17 juni. Anmälan till Barbro Lind, barbro.lind44@telia.com.",
        "Frågor besvaras av Sara Lindkvist, sara.lindkvist@kolfors.se.",
        "Finska pensionärsföreningen firar 40 år. Föreningens e-post: suomiseura.kolfors@gmail.com.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["barbro.lind44@telia.com"]);
}

#[test]
fn an_association_reached_through_a_person_lives_at_their_home() {
    let found = candidates(&[
        "§ 95 Föreningsbidrag",
        "Mikkolabergets byalag, c/o Veikko Tarvainen, Mikkolabergsvägen 12, 686 94 Mikkolaberget\t18 000 kr",
        "Kuusitorps hembygdsförening, Box 17, 686 92 Kuusitorp\t24 000 kr",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Mikkolabergsvägen 12", "686 94 Mikkolaberget"]
    );
}

#[test]
fn norwegian_danish_and_german_streets_are_addresses() {
    let found = candidates(&[
        "§ 5 Bygglov",
        "Sökande: Petter Lauritzen, Bjørnstadvegen 21, 2260 Kirkenær, Norge.",
        "Sökande: Lars Holm, Strandvejen 12, 2900 Hellerup.",
        "Sökande: Uwe Brandt, Lindenstraße 12, 24103 Kiel.",
        "Gunnel Håkansson frågade varför vägen inte snöröjs.",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        [
            "Bjørnstadvegen 21",
            "2260 Kirkenær",
            "Strandvejen 12",
            "2900 Hellerup",
            "Lindenstraße 12",
            "24103 Kiel"
        ]
    );
    assert!(masked_texts(&found, "namn").contains(&"Gunnel Håkansson"));
}

#[test]
fn norwegian_and_danish_first_names_make_names_of_commuters_across_the_border() {
    let found = candidates(&[
        "§ 31 Snöröjning",
        "– En pendlare från Norge, Håkon Rustad, skriver att vägen inte var plogad.",
        "Mette Sørensen har ringt om samma sak.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Håkon Rustad", "Mette Sørensen"]
    );
}

#[test]
fn seasonal_workers_numbers_and_names_from_romania_ukraine_and_germany_are_found() {
    let found = candidates(&[
        "§ 5 Säsongsarbetare",
        "Ion Popescu, +40 721 234 567, och Olena Kovalenko, +380 67 123 4567, bor i logementet.",
        "Klaus Weber nås på +49 171 1234567.",
        "Mette Holm nås på tlf. 20 12 34 56 (dansk mobil).",
        "Budgetavvikelsen är +40 500 tkr.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        [
            "+40 721 234 567",
            "+380 67 123 4567",
            "+49 171 1234567",
            "20 12 34 56"
        ]
    );
    assert_eq!(
        masked_texts(&found, "namn"),
        [
            "Ion Popescu",
            "Olena Kovalenko",
            "Klaus Weber",
            "Mette Holm"
        ]
    );
}

#[test]
fn an_associations_chair_set_off_after_its_name_is_no_official_but_a_nämnds_is() {
    let found = candidates(&[
        "§ 31 Snöröjning",
        "– Vargtjärns vägförening, ordförande Lars-Erik Rask, framför synpunkter på samordningen.",
        "– Socialnämnden, ordförande Anna Berg, framför synpunkter.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Lars-Erik Rask"]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Anna Berg"]);
}

#[test]
fn a_consent_to_publication_recorded_in_the_section_keeps_what_it_covers_but_not_with_a_reservation(
) {
    let found = candidates(&[
        "§ 41 Kulturpris 2026",
        "Juryn föreslår att årets kulturpris tilldelas spelmannen Pertti Mikkola, Kuusitorp.",
        "Pristagaren har tillfrågats och samtyckt till att hans namn och bild publiceras på kommunens webbplats.",
        "Nämnden tilldelar Pertti Mikkola kulturpriset 2026.",
        "§ 42 Idrottsstipendier",
        "Stipendiet tilldelas Vide Halonen. Stipendiaten har inte samtyckt till att namnet publiceras.",
        "§ 43 Svar på medborgarförslag",
        "Johanna Leppänen, Skogsbrynet 9, 686 33 Kölfors, föreslår särskilda simtider.",
        "I sitt förslag, som hon undertecknat och samtyckt till publicering av, berättar hon att hon själv har MS.",
        "§ 44 Medborgarförslag",
        "Ingrid Hallin föreslår fler bänkar längs promenaden.",
        "Förslagsställaren har samtyckt till att namnet publiceras men inte till att uppgifterna om hälsa publiceras. Hon har diabetes.",
    ]);
    assert_eq!(
        kept_texts(&found, "namn"),
        ["Pertti Mikkola", "Pertti Mikkola"]
    );
    assert_eq!(masked_texts(&found, "namn"), ["Vide Halonen"]);
    assert_eq!(
        kept_texts(&found, "kanslig"),
        ["I sitt förslag, som hon undertecknat och samtyckt till publicering av, berättar hon att hon själv har MS."]
    );
    assert_eq!(masked_texts(&found, "kanslig"), ["Hon har diabetes."]);
}

#[test]
fn review_an_initial_and_a_surname_after_a_role_word_are_a_name() {
    let found = candidates(&[
        "§ 12 Bygglov",
        "Sökande: A Lindgren, Storgatan 3, 686 30 Sunne.",
        "Vårdnadshavare K Nilsson motsätter sig.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["A Lindgren", "K Nilsson"]);
}

#[test]
fn review_only_an_estate_set_off_at_the_end_of_its_cell_names_the_dead() {
    let found = candidates(&[
        "Köpare\tSäljare\tFastighet",
        "Anna Lindqvist\tDödsboet efter Karl Lindqvist\tGranen 4",
        "Ombud: Gunilla Berg, dödsboet efter Olle Berg.",
        "Sökande: Maria Holmgren, dödsbo\u{ad}delägare, Storgatan 5, 686 30 Sunne.",
    ]);
    let masked = masked_texts(&found, "namn");
    for name in ["Anna Lindqvist", "Gunilla Berg", "Maria Holmgren"] {
        assert!(masked.contains(&name), "{name} in {masked:?}");
    }
}

#[test]
fn review_a_waiting_list_in_brackets_is_no_party() {
    let found = candidates(&[
        "§ 3 Förskoleplacering",
        "Anna Lindqvist (Reservlistan) erbjuds plats på förskolan Solen.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Anna Lindqvist"]);
}

#[test]
fn review_a_business_named_with_its_owners_whole_name_is_theirs_whatever_it_ends_in() {
    let found = candidates(&[
        "§ 91 Företagsstöd",
        "Ansökan från Anna Berg Stugby, enskild firma.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Anna Berg Stugby"]);
}

#[test]
fn review_the_address_under_a_private_recipient_in_the_municipality_is_masked() {
    let found = candidates(&[
        "Underrättelse",
        "Till ägaren av fastigheten Norrby 4:12 i Kölfors kommun",
        "Norrbyvägen 12, 686 92 Kölfors",
    ]);
    assert_eq!(
        masked_texts(&found, "adress"),
        ["Norrbyvägen 12", "686 92 Kölfors"]
    );
}

#[test]
fn review_dates_amounts_case_numbers_deviations_and_the_switchboard_are_no_labelled_numbers() {
    let found = candidates(&[
        "§ 1 Ekonomi",
        "Mobil 2024 05 14 inkom anmälan.",
        "Kontaktad per telefon 20240514 av handläggaren.",
        "Telefon 12 500 000 avsattes i budgeten.",
        "Tel 2024 1234 är diarienumret.",
        "Ring kommunens växel, tfn 40 00 12 34, för frågor.",
        "Prognosen visar en avvikelse på +40 250 000 mot budget.",
        "Resultatet förbättrades med +420 500 000 under året.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_register_rows_number_date_and_handling_official_stay_when_its_matter_is_sensitive() {
    let found = candidates(&[
        "Postlista vecka 12",
        "Dnr\tDatum\tRiktning\tAvsändare/mottagare\tÄrendemening\tHandläggare",
        "SN 2026/112\t2026-03-16\tIn\tKalle Svensson\tAnsökan om ekonomiskt bistånd, missbruk av alkohol\tEva Lindqvist",
        "KS 2026/0218-1 · Inkommande · 2026-05-18 · Ansökan om bostadsanpassningsbidrag – ramp för rullstol · Från: Gunvor Eld · Handläggare: Ann-Sofi Bäcklund",
    ]);
    let masked = masked(&found);
    for told in [
        "missbruk av alkohol",
        "Kalle Svensson",
        "ramp för rullstol",
        "Gunvor Eld",
    ] {
        assert!(
            masked.iter().any(|m| m.contains(told)),
            "{told}: {masked:?}"
        );
    }
    for stays in [
        "SN 2026/112",
        "2026-03-16",
        "Eva Lindqvist",
        "2026-05-18",
        "Ann-Sofi Bäcklund",
    ] {
        assert!(
            !masked.iter().any(|m| m.contains(stays)),
            "{stays}: {masked:?}"
        );
    }
}

#[test]
fn an_official_who_reports_what_befell_a_named_pupil_stays_legible() {
    let found = candidates(&[
        "Beslutande\tAnna Berg (S), ordförande",
        "§ 12 Anmälan om kränkande behandling",
        "Rektor Camilla Sten har anmält till huvudmannen att en elev i årskurs 5, Nima Rahimi, under augusti har kallats nedsättande saker om sin afghanska bakgrund.",
        "§ 13 Entlediganden",
        "Linnea Ström (C) avsäger sig uppdraget som ersättare i nämnden av hälsoskäl.",
    ]);
    let masked = masked(&found);
    assert!(
        masked.iter().any(|m| m.contains("afghanska bakgrund")),
        "{masked:?}"
    );
    assert!(masked.contains(&"Nima Rahimi"), "{masked:?}");
    assert!(
        !masked.iter().any(|m| m.contains("Camilla Sten")),
        "{masked:?}"
    );
    // An official's own reason for leaving is masked; their name and the leaving stay,
    // as a resignation is published with the name.
    assert!(masked.iter().any(|m| m.contains("hälsoskäl")), "{masked:?}");
    assert!(
        !masked.iter().any(|m| m.contains("Linnea Ström")),
        "{masked:?}"
    );
}

#[test]
fn an_official_named_again_by_initial_and_surname_stays_but_another_initial_is_someone_else() {
    let found = candidates(&[
        "Beslutande\tTomas Wennström (M), ordförande",
        "§ 3 Information",
        "T. Wennström lämnar en protokollsanteckning.",
        "§ 4 Klagomål",
        "Klagomålet kommer från K. Wennström, Storgatan 4, 123 45 Byn.",
    ]);
    assert!(kept_texts(&found, "fortroendevald").contains(&"T. Wennström"));
    assert_eq!(masked_texts(&found, "namn"), ["K. Wennström"]);
}

#[test]
fn a_surname_right_after_i_is_the_village_of_that_name_and_alone_elsewhere_the_person() {
    let found = candidates(&[
        "§ 4 Snöröjning",
        "Synpunkter har lämnats av Elsa Lainio om plogningen.",
        "Vägarna i Lainio ska plogas före kl. 7.",
        "Lainio har också frågat om sandning.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Elsa Lainio", "Lainio"]);
}

#[test]
fn a_fire_services_officer_sent_a_copy_of_a_measure_is_no_object_of_it() {
    let found = candidates(&[
        "§ 12 Föreläggande om rökkanal",
        "Nämnden förelägger Per Ek att åtgärda rökkanalen.",
        "Kopia: Räddningstjänsten, Brandmästare Eva Holm",
        "Kopia: Räddningstjänsten, sotarmästare Ulf Holm",
    ]);
    assert_eq!(masked_texts(&found, "myndighetsutovning"), ["Per Ek"]);
    let kept = kept_texts(&found, "fortroendevald");
    assert!(
        kept.contains(&"Eva Holm") && kept.contains(&"Ulf Holm"),
        "{kept:?}"
    );
}

#[test]
fn lay_judges_listed_after_their_office_are_officials() {
    let found = candidates(&[
        "§ 60 Val av nämndemän",
        "Nuvarande nämndemän från Hallvide är Bo Hejdström, Fatima Rahimi och Algirdas Petrauskas.",
        "Till nämndemän väljs Anna Berglund och Kjell Åkesson.",
        "Nämndeman Sven Olofsson har avsagt sig uppdraget.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
    assert_eq!(kept_texts(&found, "fortroendevald").len(), 6);
}

#[test]
fn a_proposer_named_under_the_proposal_in_an_agenda_or_again_in_a_register_stays() {
    let found = candidates(&[
        "7. Svar på medborgarförslag om naturstig vid Mysingträsk (KS 2026/0150)",
        "Förslagsställare: Elsa Törnqvist, Träskvägen 3, 623 52 Mysingträsk",
        "\t1\t2026-08-31\tIn\tJan-Olof Sten, Sjöbodsgatan 2\tMedborgarförslag (e-blankett)",
        "\t2\t2026-09-01\tUt\tJan-Olof Sten, jo.sten@outlook.com\tMottagningsbekräftelse",
    ]);
    assert_eq!(
        kept_texts(&found, "medborgarforslag"),
        ["Elsa Törnqvist", "Jan-Olof Sten", "Jan-Olof Sten"]
    );
    assert!(masked(&found).contains(&"Träskvägen 3"));
    assert!(masked(&found).contains(&"jo.sten@outlook.com"));
}

#[test]
fn an_associations_or_a_companys_people_named_by_their_titles_are_private() {
    let found = candidates(&[
        "§ 88 Yttrande över ansökan om täkt",
        "Kylle Fiskelägesförening, Hamnvägen 1, 623 40 Kyllehamn, genom ordföranden Gösta Smiss",
        "Föreningen företräds av ordföranden Sigrid Bergström.",
        "Från bolaget deltar vd Mikael Stenarve och miljöchef Ieva Krūmiņa.",
        "Nämnden har genom ordföranden Anna Lindberg (S) yttrat sig.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        [
            "Gösta Smiss",
            "Sigrid Bergström",
            "Mikael Stenarve",
            "Ieva Krūmiņa"
        ]
    );
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Anna Lindberg"]);
}

#[test]
fn a_couple_applying_with_their_surnames_in_capitals_are_both_named() {
    let found = candidates(&[
        "Sökande: KRÜGER, Andreas och KRÜGER, Petra, Gartenweg 7, 17489 Greifswald, Tyskland",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["KRÜGER, Andreas", "KRÜGER, Petra"]
    );
}

#[test]
fn a_courts_box_address_and_post_town_are_the_courts() {
    let found = candidates(&[
        "Expedieras till: Mark- och miljödomstolen vid Nacka tingsrätt, Box 1104, 131 26 Nacka Strand (§ 88)",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn a_sole_traders_firm_is_masked_where_a_measure_hits_it_and_stays_where_it_is_granted() {
    let found = candidates(&[
        "§ 89 Föreläggande om gödselhantering – Lamm & Ull i Snauvby",
        "Verksamhetsutövare: Lamm & Ull i Snauvby, enskild firma, innehavare Annika Lammgårde",
        "Beslut",
        "Nämnden förelägger Annika Lammgårde, som innehavare av Lamm & Ull i Snauvby, att anordna en tät gödselplatta.",
        "§ 90 Arrende för uteservering",
        "Kommunen arrenderar ut mark till Kebab & Kaffe Lillgårde, enskild firma. Arrendet beviljas.",
    ]);
    assert_eq!(
        masked_texts(&found, "myndighetsutovning"),
        [
            "Lamm & Ull i Snauvby",
            "Lamm & Ull i Snauvby",
            "Annika Lammgårde",
            "Annika Lammgårde",
            "Lamm & Ull i Snauvby"
        ]
    );
    assert!(
        !masked(&found).iter().any(|t| t.contains("Kaffe")),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn a_postscript_is_no_persons_initials() {
    let found = candidates(&[
        "§ 3 Skrivelse",
        "P.S. Jag har bifogat foton. Hälsningar A.K.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["A.K."]);
}

/// Review of session 23: the narrow readings its rules must not take too far.
#[test]
fn a_couple_joined_by_an_ampersand_and_whoever_turned_to_an_office_are_private() {
    let found = candidates(&[
        "§ 12 Bygglov för garage",
        "Sökande: Lars & Eva Nilsson, Byvägen 3, 623 50 Kylle",
        "§ 13 Begäran om registerutdrag",
        "Den som vänt sig till dataskyddsombudet är Karin Holm, som begär ut sina uppgifter.",
    ]);
    let names = masked(&found);
    assert!(names.contains(&"Eva Nilsson"), "{names:?}");
    assert!(names.contains(&"Karin Holm"), "{names:?}");
}

#[test]
fn an_employee_writing_about_their_own_side_job_is_a_private_party_in_the_register() {
    let found = candidates(&[
        "ÄRENDE KS 2026/0375\tAnmälan om bisyssla\tHandläggare Kristoffer Hägg",
        "\t1\t2026-09-02\tIn\tPatrik Engelbrekt, terminalvärd\tAnmälan om bisyssla – egen firma för fårklippning",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Patrik Engelbrekt"]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Kristoffer Hägg"]);
}

#[test]
fn staff_named_after_their_initials_in_a_lists_legend_are_officials() {
    let found = candidates(&[
        "Förkortningar: EL = Eva Lindqvist, PB = Petter Bodin",
        "Dnr\tÄrende\tSökande\tBeslut\tHandl.",
        "BMN 2026/0101\tNybyggnad garage\tKarin Vass\tBygglov beviljas\tEL",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Eva Lindqvist", "Petter Bodin"]
    );
    assert_eq!(masked_texts(&found, "namn"), ["Karin Vass"]);
}

#[test]
fn auditors_signing_under_the_body_they_sign_for_are_officials() {
    let found = candidates(&[
        "§ 4 Granskningsrapport",
        "Vi rekommenderar kommunstyrelsen att se över attestordningen.",
        "För Norrvika kommuns revisorer",
        "Göran Edlund\tBritt Sahlin\tMaja Ekholm",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Göran Edlund", "Britt Sahlin", "Maja Ekholm"]
    );
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
}

#[test]
fn an_auditors_work_mail_after_their_firm_stays_a_residents_mail_does_not() {
    let found = candidates(&[
        "Granskningen har utförts av Lena Ås, certifierad kommunal revisor, Revisionshuset AB, lena.as@revisionshuset.se.",
        "§ 5 Klagomål",
        "Klaganden Per Ås, Revisionsgatan 3, nås på per.as@gmail.com.",
    ]);
    assert_eq!(masked_texts(&found, "kontakt"), ["per.as@gmail.com"]);
}

#[test]
fn a_bookkeeping_number_that_fails_the_check_digit_is_no_personnummer_one_that_holds_is() {
    let found = candidates(&[
        "Fakturan med fakturanummer 8611052219 saknade mottagningsattest.",
        "Verifikation 20260315-0043 bokfördes två gånger.",
        "Fakturan är ställd till kundnummer 850312-4565.",
        "Ordernummer 850312-4565 avser samma leverans.",
    ]);
    assert_eq!(
        masked_texts(&found, "personnummer"),
        ["850312-4565", "850312-4565"]
    );
}

#[test]
fn a_mobile_number_of_a_country_workers_are_hired_from_is_a_contact_a_budget_deviation_is_not() {
    let found = candidates(&[
        "§ 8 Avtal",
        "Köparna nås på sitt filippinska nummer +63 917 204 5583 eller koreanska +82 10-4471-2093.",
        "Avvikelse mot budget +30 500 tkr.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        ["+63 917 204 5583", "+82 10-4471-2093"]
    );
}

#[test]
fn the_staff_member_an_agreement_to_end_employment_is_about_is_private_the_presenter_is_not() {
    let found = candidates(&[
        "§ 45 Överenskommelse om avslut av anställning",
        "HR-chef Stina Holm redovisar att en överenskommelse har träffats med enhetschefen vid tekniska förvaltningen Rolf Ekdahl.",
        "Ekdahl slutar den 30 november och får ett avgångsvederlag om sex månadslöner.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Stina Holm"]);
    let masked = masked(&found);
    assert!(masked.contains(&"Rolf Ekdahl"), "{masked:?}");
    assert!(
        masked.iter().any(|m| m.contains("avgångsvederlag")),
        "{masked:?}"
    );
}

#[test]
fn a_neighbour_a_proposal_names_keeps_their_mask_when_named_again_by_surname() {
    let found = candidates(&[
        "§ 20 Medborgarförslag om en bänk vid badplatsen",
        "Tove Rask har lämnat in ett medborgarförslag om en bänk vid badplatsen.",
        "I förslaget står att grannen Bengt Lövgren står bakom det, men Lövgren har inte skrivit under.",
    ]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Tove Rask"]);
    assert_eq!(masked_texts(&found, "namn"), ["Bengt Lövgren", "Lövgren"]);
}

#[test]
fn a_letter_listed_among_new_proposals_is_no_proposal_and_its_writer_is_private() {
    let found = candidates(&[
        "§ 30 Anmälan av nya motioner och medborgarförslag",
        "Medborgarförslag från Tove Rask om en bänk vid badplatsen, dnr KS 2026/0101.",
        "Skrivelse om en hundrastgård från Bengt Lövgren har kommit in per e-post, dnr KS 2026/0102.",
    ]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Tove Rask"]);
    assert_eq!(masked_texts(&found, "namn"), ["Bengt Lövgren"]);
}

#[test]
fn a_warning_under_the_alcohol_act_measures_the_sole_traders_firm() {
    let found = candidates(&[
        "§ 52 Varning – Café Bryggan",
        "Tillståndshavare: Café Bryggan, enskild firma, innehavare Olle Strid.",
        "Beslut",
        "Socialnämnden meddelar Café Bryggan en varning enligt 9 kap. 17 § alkohollagen.",
    ]);
    let measured = masked_texts(&found, "myndighetsutovning");
    assert!(measured.contains(&"Café Bryggan"), "{measured:?}");
    assert!(measured.contains(&"Olle Strid"), "{measured:?}");
}

#[test]
fn a_report_of_decisions_not_carried_out_is_no_individual_matter_under_secrecy() {
    let found = candidates(&[
        "Socialnämnden",
        "§ 70 Rapport om ej verkställda beslut, kvartal 3",
        "Kvinna född 1940, beslut om särskilt boende 2026-05-02, ej verkställt på grund av platsbrist.",
        "Beslut",
        "Rapporten överlämnas till kommunfullmäktige.",
    ]);
    assert!(masked_texts(&found, "sekretess").is_empty(), "{found:?}");
}

#[test]
fn a_firm_set_off_as_a_sole_traders_is_no_person_but_a_name_with_its_village_still_is() {
    let found = candidates(&[
        "§ 37 Tillstånd för tobaksförsäljning",
        "Sökande: Kiosken vid torget, enskild firma, innehavare Dilan Aziz.",
        "§ 38 Tillstånd för tobaksförsäljning",
        "Sökande: Anna Lundgren i Vallby, enskild firma.",
    ]);
    let names = masked_texts(&found, "namn");
    assert!(!names.contains(&"Kiosken"), "{names:?}");
    assert!(names.contains(&"Dilan Aziz"), "{names:?}");
    assert!(names.contains(&"Anna Lundgren"), "{names:?}");
}

/// Review of session 24: the narrow readings its rules must not take too far.
#[test]
fn an_associations_signers_initials_in_an_inspection_and_a_pizzerias_mobile_stay_private() {
    let found = candidates(&[
        "För föreningen",
        "Sven Lind\tKarin Öst",
        "§ 5 Föreläggande",
        "Vid inspektionen deltog MJ = Mehmet Jusufi (innehavare) och EL = Eva Lind (miljöinspektör).",
        "Livsmedelstillsyn\tEva Lind, miljöinspektör, Pizzeria Roma, 070-555 12 34",
    ]);
    let masked = masked(&found);
    for private in ["Sven Lind", "Karin Öst", "Mehmet Jusufi", "070-555 12 34"] {
        assert!(masked.contains(&private), "{private}: {masked:?}");
    }
}

#[test]
fn a_functional_word_in_a_webmail_address_makes_no_mailbox_functional() {
    let found = candidates(&[
        "Kontakt: info.kalle92@hotmail.com eller contact.jonsson@telia.com, inte info@norrvika.se.",
    ]);
    assert_eq!(
        masked_texts(&found, "kontakt"),
        ["info.kalle92@hotmail.com", "contact.jonsson@telia.com"]
    );
}

#[test]
fn an_employee_who_opens_a_sentence_in_their_own_matter_is_private_the_presenter_is_not() {
    let found = candidates(&[
        "§ 12 Överenskommelse om avslut av anställning",
        "Lars Berg, lärare vid Kvarnskolan, har begärt att hans anställning avslutas.",
        "Stina Holm, HR-chef, föredrar ärendet.",
    ]);
    assert!(masked(&found).contains(&"Lars Berg"), "{found:?}");
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Stina Holm"]);
}

#[test]
fn a_health_fact_before_an_officials_reason_keeps_the_sentence_masked() {
    let found = candidates(&[
        "§ 88 Entledigande från uppdrag",
        "Ulla Granström (MP), som sedan i våras vårdas på sjukhus, har begärt att bli entledigad från sina uppdrag på grund av en cancerbehandling.",
    ]);
    let masked = masked(&found);
    assert!(
        masked.iter().any(|m| m.contains("vårdas på sjukhus")),
        "{masked:?}"
    );
}

#[test]
fn no_objection_grants_a_permit_and_poor_visibility_is_no_health() {
    let found = candidates(&[
        "§ 9 Bygglov för garage",
        "Grannarna har ingen erinran enligt 9 kap. 25 § PBL. Nämnden beviljar bygglov för Norrvika Eken 4.",
        "§ 10 Medborgarförslag om trafikspegel",
        "Tove Rask föreslår en trafikspegel eftersom utfarten har nedsatt synlighet för bilister.",
    ]);
    assert!(masked(&found).is_empty(), "{found:?}");
}

#[test]
fn a_firm_named_with_lower_case_words_is_masked_whole_under_a_measure() {
    let found = candidates(&[
        "§ 52 Varning – Nguyen pizzeria och grill",
        "Tillståndshavare: Nguyen pizzeria och grill, enskild firma, innehavare Van Nguyen.",
        "Beslut",
        "Socialnämnden meddelar Nguyen pizzeria och grill en varning enligt 9 kap. 17 § alkohollagen.",
    ]);
    let measured = masked_texts(&found, "myndighetsutovning");
    assert_eq!(
        measured
            .iter()
            .filter(|m| **m == "Nguyen pizzeria och grill")
            .count(),
        3,
        "{measured:?}"
    );
    assert!(measured.contains(&"Van Nguyen"), "{measured:?}");
}

#[test]
fn why_a_member_is_replaced_is_masked_in_the_attendance_but_not_their_name() {
    let found = candidates(&[
        "Tjänstgörande ersättare\tMarita Sandelin (M) för Henrik Kahl (M), som är föräldraledig",
        "Ledamöter\tLena Berg (S), som är ordförande i nämnden",
    ]);
    let masked = masked(&found);
    assert!(
        masked.iter().any(|m| m.contains("föräldraledig")),
        "{masked:?}"
    );
    assert!(!masked.iter().any(|m| m.contains("Kahl")), "{masked:?}");
    assert!(
        !masked.iter().any(|m| m.contains("ordförande")),
        "{masked:?}"
    );
}

// Session 25: heldout30.

#[test]
fn a_register_sender_filing_a_motion_under_a_local_partys_letters_is_an_official() {
    let found = candidates(&[
        "Datum\tDnr\tI/U\tAvsändare/mottagare\tÄrende",
        "2025-09-26\tKS 2025/0540\tI\tMaj-Britt Ehn (KV)\tMotion om vägen till Björnsättra gård",
        "2025-09-26\tKS 2025/0541\tI\tStig Ek (RO)\tSynpunkter på vägen till Björnsättra gård",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Maj-Britt Ehn"]);
    assert!(masked(&found).contains(&"Stig Ek"), "{:?}", masked(&found));
}

#[test]
fn the_official_a_forms_registration_label_names_is_kept() {
    let found = candidates(&[
        "Ifylls av kommunen",
        "Inkom\t2025-05-12",
        "Registrerad av\tTobias Lindahl",
        "Förnamn\tTobias",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Tobias Lindahl"]);
}

#[test]
fn a_village_in_the_genitive_of_a_family_is_no_mention_of_someone_of_that_name() {
    let found = candidates(&[
        "§ 12 Allmänhetens frågestund",
        "Stig-Olof Berg från Bergs by frågar om hastigheten genom byn. Ordföranden svarar Berg skriftligt.",
        "Skolskjuts beviljas för elever i Bergs by och vid Olofs gård.",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Stig-Olof Berg"), "{masked:?}");
    assert!(masked.contains(&"Berg"), "{masked:?}");
    assert!(!masked.contains(&"Bergs"), "{masked:?}");
}

#[test]
fn the_member_a_section_on_their_own_pay_is_about_is_masked_there_and_those_standing_in_are_not() {
    let found = candidates(&[
        "§ 145 Utmätning i arvode för förtroendevald (KS 2025/0473)",
        "Kronofogdemyndigheten har beslutat om utmätning i det arvode som kommunen betalar ut till Leif Holmqvist (SD). Utmätningen avser skulder om sammanlagt 214 000 kr.",
        "Holmqvist har frågat om arvodet kan betalas ut till hans företag. Kommunjurist Rami Shamoun har bedömt att det inte är möjligt.",
        "Leif Holmqvist (SD) anmäler jäv. Jörgen Pettersson (SD) tjänstgör.",
        "§ 146 Val av justerare",
        "Leif Holmqvist (SD) utses att justera protokollet.",
    ]);
    let masked = masked(&found);
    assert_eq!(
        masked
            .iter()
            .filter(|m| **m == "Leif Holmqvist" || **m == "Holmqvist")
            .count(),
        3,
        "{masked:?}"
    );
    assert!(
        masked.iter().any(|m| m.contains("214 000 kr")),
        "{masked:?}"
    );
    let kept = kept_texts(&found, "fortroendevald");
    for official in ["Rami Shamoun", "Jörgen Pettersson", "Leif Holmqvist"] {
        assert!(kept.contains(&official), "{official} not kept: {kept:?}");
    }
}

#[test]
fn a_plan_adopted_keeps_the_properties_it_covers() {
    let found = candidates(&[
        "§ 110 Antagande av detaljplan för Lövhagen centrum, del 2",
        "Detaljplanen omfattar fastigheterna Lövhagen 2:1, Havren 3 och Havren 4 samt del av Lövhagen 2:114.",
        "Maj-Britt Ehn (KV) yrkar återremiss. Återremissyrkandet avslås med 38 röster mot 11.",
        "Beslut",
        "Detaljplanen för Lövhagen centrum, del 2, antas.",
    ]);
    assert!(
        masked_texts(&found, "fastighetsbeteckning").is_empty(),
        "{:?}",
        masked(&found)
    );
    assert_eq!(kept_texts(&found, "fastighetsbeteckning").len(), 4);
}

#[test]
fn a_neighbours_heart_trouble_and_a_register_rows_medical_certificate_are_health() {
    let found = candidates(&[
        "§ 121 Klagomål på buller",
        "Gunilla Ek, Tallstigen 6, har klagat på buller. Hon har uppgett att bullret förvärrar hennes hjärtbesvär och att hon har fått sömnmedel utskrivet.",
        "2025-09-16\tKS 2025/0507\tI\tAndroos, Aino\tBegäran om parkeringstillstånd; läkarintyg om MS bifogat",
    ]);
    let health = masked_texts(&found, "kanslig");
    assert!(
        health.iter().any(|m| m.contains("hjärtbesvär")),
        "{health:?}"
    );
    assert!(
        health.iter().any(|m| m.contains("läkarintyg om MS")),
        "{health:?}"
    );
}

#[test]
fn an_association_or_a_paper_named_like_a_person_is_no_mention_of_them() {
    let found = candidates(&[
        "§ 60 Kulturstipendium och föreningsbidrag",
        "Kulturstipendiet, 25 000 kr: textilkonstnären Selam Gebrezgi, för hennes vävar.",
        "Eritreanska kulturföreningen Selam\tLokalbidrag\t28 000",
        "Avsändare\tÄrende",
        "Södra Sidan, redaktionen\tBegäran om allmän handling",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Selam Gebrezgi"), "{masked:?}");
    assert!(!masked.contains(&"Selam"), "{masked:?}");
    assert!(!masked.iter().any(|m| m.contains("Sidan")), "{masked:?}");
}

// Review of session 25.

#[test]
fn a_pupil_named_after_the_school_that_acts_and_a_farm_by_its_owners_surname_are_still_them() {
    let found = candidates(&[
        "§ 30 Avstängning",
        "Eleven Ahmed Yusuf i årskurs 8 har hotat andra elever.",
        "Den 3 mars stängde skolan Ahmed av från undervisningen. Därefter kontaktade förvaltningen Yusuf.",
        "§ 31 Föreläggande om gödselhantering",
        "Gödselstacken ligger på Bengt Sjödins gård. Lukten kommer från Sjödins gård.",
        "Nämnden förelägger Bengt Sjödin att täcka gödselstacken.",
    ]);
    let masked = masked(&found);
    for mention in ["Ahmed", "Yusuf", "Sjödins"] {
        assert!(masked.contains(&mention), "{mention}: {masked:?}");
    }
}

#[test]
fn a_residents_question_in_a_register_is_no_members_initiative() {
    let found = candidates(&[
        "Datum\tDnr\tI/U\tAvsändare/mottagare\tÄrende",
        "2025-09-26\tKS 2025/0541\tI\tStig Ek (RO)\tFråga till kommunen om vägen",
    ]);
    assert!(masked(&found).contains(&"Stig Ek"), "{:?}", masked(&found));
}

#[test]
fn the_official_presenting_a_members_own_matter_stays_and_the_member_is_masked() {
    let found = candidates(&[
        "§ 46 Utmätning i arvode för förtroendevald",
        "HR-chef Lena Ek redogör för ärendet.",
        "Kronofogden har beslutat om utmätning i det arvode som betalas till Leif Holmqvist (SD).",
        "§ 47 Revidering av bestämmelser om arvode vid sjukdom",
        "Anna Lindqvist (S) föreslår att bestämmelserna ändras.",
    ]);
    let kept = kept_texts(&found, "fortroendevald");
    assert!(kept.contains(&"Lena Ek"), "{kept:?}");
    assert!(kept.contains(&"Anna Lindqvist"), "{kept:?}");
    assert!(
        masked(&found).contains(&"Leif Holmqvist"),
        "{:?}",
        masked(&found)
    );
}

#[test]
fn the_member_of_staff_closing_an_item_of_information_or_presenting_it_is_an_official() {
    let found = candidates(&[
        "Kallelse",
        "Kommunstyrelsen",
        "3. Kommundirektörens information – Per-Olof Rask",
        "9. Föreningsbidrag, särskilt integrationsstöd 2025 (KS 2025/0109)",
        "Föredragande: Leena Mattila",
        "Lisätietoja antaa koordinaattori Riikka Salo, suomeksi@valbrunna.se, puh. 0240-39 10 45.",
    ]);
    assert!(masked(&found).is_empty(), "{:?}", masked(&found));
    for name in ["Per-Olof Rask", "Riikka Salo"] {
        assert!(
            kept_texts(&found, "fortroendevald").contains(&name),
            "{name}"
        );
    }
}

#[test]
fn a_register_cell_of_a_particle_a_surname_and_a_given_name_is_a_name_and_its_village_no_later_mention(
) {
    let found = candidates(&[
        "§ 64 Ansökan om bygglov för tillbyggnad av fritidshus, Ljusnäs 1:45",
        "Sökande: Johan af Ljusnäs, Ljusnäs gård, 771 93 Ljusnäs",
        "Fastigheten ligger vid Ljusnäs skola.",
        "M 2025-0304\t2025-04-03\tLjusnäs 3:11\tde Vries, Annelies\tAnmälan, bergvärme",
    ]);
    let names = masked_texts(&found, "namn");
    assert!(names.contains(&"de Vries, Annelies"), "{names:?}");
    assert!(!found.iter().any(|c| c.text == "Ljusnäs"), "{found:#?}");
}

#[test]
fn each_name_elected_to_a_seat_after_utses_or_valjs_is_an_official_but_not_a_polling_station_chair()
{
    let found = candidates(&[
        "Kommunfullmäktige",
        "§ 40 Val till samrådsgruppen för finskt förvaltningsområde",
        "5. Till ledamöter i samrådsgruppen utses, efter förslag från Valbrunna Sverigefinska Förening, Kaarina Nieminen och Veikko Hämäläinen.",
        "6. Till ordförande i valdistrikt Gruvby utses Leena Mattila.",
    ]);
    let kept = kept_texts(&found, "fortroendevald");
    for name in ["Kaarina Nieminen", "Veikko Hämäläinen"] {
        assert!(kept.contains(&name), "{name}: {kept:?}");
    }
    assert!(masked(&found).contains(&"Leena Mattila"), "{found:#?}");
}

#[test]
fn the_sentence_before_a_report_to_the_police_tells_the_crime_and_is_masked_the_report_stays() {
    let found = candidates(&[
        "§ 22 Begäran om omprövning av avstängning från Valsjöbadet",
        "Badets personal har stängt av en besökare under sex månader efter att han tagit bilder med sin mobiltelefon i damernas omklädningsrum. Händelsen är polisanmäld. Besökaren, Stefan Holmqvist, har begärt omprövning.",
    ]);
    let crimes = masked_texts(&found, "lagovertradelse");
    assert!(
        crimes.iter().any(|t| t.contains("damernas omklädningsrum")),
        "{crimes:?}"
    );
    assert!(
        !crimes.iter().any(|t| t.contains("polisanmäld")),
        "{crimes:?}"
    );
}

#[test]
fn a_kallelses_matter_line_after_the_applicant_tells_of_them() {
    let found = candidates(&[
        "Kallelse",
        "4. Skadeståndsanspråk efter halkolycka (KS 2025/0131)",
        "Sökande: Gunvor Lindqvist, Masugnsgatan 22, 771 40 Valbrunna",
        "Beslutsunderlag: Tjänsteskrivelse från kommunjuristen; skadeanmälan; journalanteckning från lasarettet om lårbensfraktur.",
    ]);
    let sensitive = masked_texts(&found, "kanslig");
    assert!(
        sensitive.iter().any(|t| t.contains("lårbensfraktur")),
        "{sensitive:?}"
    );
}

#[test]
fn an_item_of_information_about_someones_matter_names_no_official() {
    let found = candidates(&[
        "Kallelse",
        "3. Kommundirektörens information – Per-Olof Rask",
        "5. Redovisning av skrivelse om hyresskuld – Göran Ek",
        "6. Till ordförande för valdistrikt Gruvby utses Leena Mattila.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Per-Olof Rask"]);
    for name in ["Göran Ek", "Leena Mattila"] {
        assert!(masked(&found).contains(&name), "{name}: {found:#?}");
    }
}

#[test]
fn a_surname_after_a_particle_is_mentioned_alone_unless_it_names_a_place() {
    let found = candidates(&[
        "§ 65 Bistånd",
        "Sökande: Ahmed bin Laden, Storgatan 3, 771 90 Valbrunna",
        "Laden har en funktionsnedsättning och behöver hjälp.",
        "Det var den Berg som anlitades, sa Lena Berg.",
    ]);
    let all = masked(&found);
    assert!(all.contains(&"Laden"), "{all:?}");
    assert!(!all.contains(&"den Berg"), "{all:?}");
}

#[test]
fn a_sole_traders_restaurant_and_their_name_in_a_capitals_heading_are_masked() {
    let found = candidates(&[
        "§ 17/2026 ÅTERKALLELSE AV SERVERINGSTILLSTÅND – GRILLHÖRNAN I SÖRBY, YUSUF DEMIR",
        "Den enskilda näringsidkaren Yusuf Demir, org.nr 821203-8510, har haft serveringstillstånd för Grillhörnan i Sörby sedan 2021.",
        "BESLUT",
        "Serveringstillståndet för Grillhörnan i Sörby återkallas med stöd av 9 kap. 18 § alkohollagen.",
    ]);
    let measured = masked_texts(&found, "myndighetsutovning");
    assert!(measured.contains(&"YUSUF DEMIR"), "{measured:?}");
    assert!(measured.contains(&"Grillhörnan i Sörby"), "{measured:?}");
}

#[test]
fn a_companys_sole_board_member_in_a_sanction_is_a_party_not_staff() {
    let found = candidates(&[
        "§ 18/2026 Tobaksförsäljning – varning – Kiosk Centrum Norrhamn AB",
        "Kiosk Centrum Norrhamn AB (org.nr 559102-7743) har som ensam styrelseledamot Ahmad Nouri, Sörbyallén 44, 656 20 Norrhamn.",
        "Beslut",
        "Kiosk Centrum Norrhamn AB meddelas varning enligt 7 kap. 10 § lagen (2018:2088) om tobak och liknande produkter.",
    ]);
    let all = masked(&found);
    assert!(all.contains(&"Ahmad Nouri"), "{all:?}");
    assert!(all.contains(&"Sörbyallén 44"), "{all:?}");
}

#[test]
fn a_signature_role_after_a_name_is_no_part_of_it() {
    // A PDF's signature block read as one line, and its running footer.
    let found = candidates(&[
        "§ 4 Justering",
        "Nils-Erik Kuoljok Justerande",
        "Justerandes signatur",
    ]);
    let all = texts(&found, None, Suggestion::Mask);
    assert!(!all.iter().any(|t| t.contains("Justerande")), "{all:?}");
}

#[test]
fn a_claimant_the_board_compensates_is_no_member_stood_in_for() {
    let found = candidates(&[
        "§ 65 Skadeståndsanspråk efter snöröjning",
        "Bengt Strömnäs, Koskivägen 21, Mettävaara, har begärt ersättning med 18 900 kronor.",
        "Beslut",
        "Kommunstyrelsen ersätter Bengt Strömnäs med 7 500 kronor.",
        "§ 66 Val av justerare",
        "Karl Berg (S) ersätter Lars Ek (S) under paragrafen.",
    ]);
    let names = masked_texts(&found, "namn");
    assert_eq!(names, ["Bengt Strömnäs", "Bengt Strömnäs"], "{found:?}");
    assert!(kept_texts(&found, "fortroendevald").contains(&"Lars Ek"));
}

#[test]
fn a_proposal_with_its_proposer_in_a_field_names_others_as_private_people() {
    let found = candidates(&[
        "§ 55 Svar på medborgarförslag om tvåspråkiga vägskyltar",
        "Förslagsställare: Siiri Jatko",
        "E-post: siiri.jatko@bredband2.com",
        "”Jag föreslår tvåspråkiga skyltar. Min granne Eino Pudas, som är 94 år, har aldrig sett byns finska namn på en skylt.”",
        "Beslut",
        "Medborgarförslaget bifalls. Jatko underrättas.",
    ]);
    let kept = kept_texts(&found, "medborgarforslag");
    assert!(
        kept.contains(&"Siiri Jatko") && kept.contains(&"Jatko"),
        "{kept:?}"
    );
    assert_eq!(masked_texts(&found, "namn"), ["Eino Pudas"]);
}

#[test]
fn those_attending_for_a_sameby_or_a_company_are_parties_wherever_named() {
    let found = candidates(&[
        "PROTOKOLL FRÅN SAMRÅD",
        "Närvarande från kommunen\tJouni Keskitalo (S), kommunstyrelsens ordförande",
        "\tIda Nordin, planarkitekt, sekreterare",
        "Närvarande från Áhkkejávri sameby\tJovnna Nutti, ordförande",
        "\tÁnná-Kirste Sárri, vice ordförande",
        "Närvarande från Kierovaara Mineral AB\tGrant McAllister, verkställande direktör",
        "1 Inledning",
        "Samebyns ordförande Jovnna Nutti konstaterar att samebyn inte har begärt samrådet.",
        "Vice ordföranden Ánná-Kirste Sárri lämnar en karta.",
    ]);
    let names = masked_texts(&found, "namn");
    for party in ["Jovnna Nutti", "Ánná-Kirste Sárri", "Grant McAllister"] {
        assert_eq!(
            names.iter().filter(|n| **n == party).count(),
            1 + usize::from(party != "Grant McAllister"),
            "{party}: {names:?}"
        );
    }
    let kept = kept_texts(&found, "fortroendevald");
    assert!(
        kept.contains(&"Jouni Keskitalo") && kept.contains(&"Ida Nordin"),
        "{kept:?}"
    );
}

#[test]
fn irish_and_scottish_surnames_are_names() {
    let found = candidates(&[
        "§ 4 Anställning av säsongspersonal",
        "Hemtjänsten har anställt två säsongsarbetare: Jack O’Donnell och Fiona MacLeod.",
    ]);
    assert_eq!(
        masked_texts(&found, "namn"),
        ["Jack O’Donnell", "Fiona MacLeod"]
    );
}

#[test]
fn an_authority_sending_to_the_register_is_no_one() {
    let found = candidates(&[
        "Diarienummer\tDatum\tRiktning\tAvsändare/mottagare\tÄrende\tHandläggare",
        "KS 2026/0121-1\t2026-05-12\tI\tArbetsförmedlingen\tInformation om nystartsjobb\tUlrika Berg",
        "KS 2026/0122-1\t2026-05-12\tI\tSametinget\tRemiss om rennäringsprogram\tUlrika Berg",
        "KS 2026/0123-1\t2026-05-12\tI\tAnna Rimpi\tSynpunkt på snöröjning\tUlrika Berg",
    ]);
    assert_eq!(masked(&found), ["Anna Rimpi"]);
}

#[test]
fn a_legend_of_initials_in_the_middle_of_a_paragraph_names_officials() {
    let found = candidates(&[
        "DELEGATIONSBESLUT",
        "Beslut fattade med stöd av delegation under perioden 2026-02-01–2026-03-15. Delegaternas förkortningar: NPO = Nils-Petter Omma, LF = Linnea Fjällström.",
        "Nr | Ärende | Sökande | Beslut | Delegat",
        "1 | Bygglov, carport | Stig Rosa | Beviljat | NPO",
    ]);
    let kept = kept_texts(&found, "fortroendevald");
    assert_eq!(kept, ["Nils-Petter Omma", "Linnea Fjällström"], "{found:?}");
}

#[test]
fn a_private_persons_mailbox_at_an_organisations_domain_goes_with_their_name() {
    let found = candidates(&[
        "7 Kontaktuppgifter för fortsatt samråd",
        "Samebyns kontaktperson i frågan är Jovnna Nutti, 070-376 28 51, jovnna.nutti@ahkkejavri.se. Samebyns kansli nås på kansli@ahkkejavri.se.",
        "Kommunens kontaktperson är Ida Nordin, planarkitekt, ida.nordin@ruovdevaara.se.",
    ]);
    let contacts = masked_texts(&found, "kontakt");
    assert!(
        contacts.contains(&"jovnna.nutti@ahkkejavri.se"),
        "{contacts:?}"
    );
    assert!(!contacts.contains(&"kansli@ahkkejavri.se"));
    assert!(!contacts.contains(&"ida.nordin@ruovdevaara.se"));
}

#[test]
fn a_register_letter_about_a_proposal_is_no_proposal() {
    let found = candidates(&[
        "Diarienummer\tDatum\tRiktning\tAvsändare/mottagare\tÄrende\tHandläggare",
        "KS 2026/0102-1\t2026-05-02\tI\tSiiri Jatko\tMedborgarförslag om tvåspråkiga skyltar\tLeena Vaara",
        "KS 2026/0134-1\t2026-05-15\tI\tPentti Jatko\tSynpunkt på kommunens hantering av medborgarförslag om skyltar\tLeena Vaara",
    ]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Siiri Jatko"]);
    assert_eq!(masked_texts(&found, "namn"), ["Pentti Jatko"]);
}

#[test]
fn a_column_of_private_bank_accounts_is_masked_in_a_private_persons_row() {
    let found = candidates(&[
        "§ 14 Arvoden och utbetalning till röstmottagare",
        "Röstmottagare\tPersonnummer\tClearing och konto",
        "Ann-Christin Bergman\t860419-5142\t8327-9, 934 118 552-1",
        "Tarja Keskitalo\t680103-0682\t6192 772 401 559",
    ]);
    let integrity = masked_texts(&found, "integritetskanslig");
    assert!(
        integrity.contains(&"8327-9, 934 118 552-1"),
        "{integrity:?}"
    );
    assert!(integrity.contains(&"6192 772 401 559"), "{integrity:?}");
}

#[test]
fn a_block_across_the_plot_boundary_is_a_property() {
    let found = candidates(&[
        "§ 44 Bygglov för tillbyggnad av garage",
        "Tommy Kuusela har ansökt om bygglov för tillbyggnad av garage på fastigheten Ripan 4. Tillbyggnaden placeras 0,8 meter från tomtgränsen mot Ripan 5.",
        "Beslut",
        "Miljö- och byggnadsnämnden avslår ansökan.",
    ]);
    let blocks = masked_texts(&found, "fastighetsbeteckning");
    assert_eq!(blocks, ["Ripan 4", "Ripan 5"]);
}

#[test]
fn an_officer_named_by_a_definite_title_opening_the_sentence_presents_as_an_official() {
    let found = candidates(&[
        "§ 36 Detaljplan för Beldovare fjällby, etapp 4",
        "Planarkitekten Ida Nordin redovisar samrådsförslaget.",
        "§ 37 Brand i bostadshus",
        "Vid larmet upptäckte sjuksköterskan Maja Lindkvist att branden spridit sig.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Ida Nordin"]);
    assert!(masked(&found).contains(&"Maja Lindkvist"), "{found:?}");
}

#[test]
fn a_national_authoritys_criticism_of_the_nämnd_tells_of_no_one() {
    let found = candidates(&[
        "§ 47 Skolinspektionens beslut om kritik",
        "Skolinspektionen har den 15 april riktat kritik mot nämnden för att centralskolan inte utrett en anmälan om kränkande behandling tillräckligt snabbt. Anmälan gjordes av Sandra Lindqvist om hennes son som blev slagen i matsalen av en äldre elev.",
    ]);
    let masked = masked(&found);
    assert!(
        !masked.iter().any(|m| m.starts_with("Skolinspektionen")),
        "{masked:?}"
    );
    assert!(masked.iter().any(|m| m.contains("slagen")), "{masked:?}");
}

#[test]
fn what_a_proposer_tells_of_themselves_stays_but_not_of_their_son() {
    let found = candidates(&[
        "§ 56 Svar på medborgarförslag om gratis liftkort för skolbarn",
        "Förslagsställare: Ronja Sten-Lindgren",
        "”Jag föreslår en skiddag i veckan. Själv har jag diabetes typ 1 och skidåkningen var det som gjorde att jag lärde mig hantera sjukdomen.”",
        "§ 57 Svar på medborgarförslag om belysning",
        "Förslagsställare: Áslat Niia",
        "”Min son har epilepsi och jag måste köra honom varje morgon.”",
    ]);
    let sensitive = masked_texts(&found, "kanslig");
    assert!(
        !sensitive.iter().any(|s| s.contains("diabetes")),
        "{sensitive:?}"
    );
    assert!(
        sensitive.iter().any(|s| s.contains("epilepsi")),
        "{sensitive:?}"
    );
}

#[test]
fn a_hospital_named_in_one_word_tells_no_ones_health() {
    let found = candidates(&[
        "§ 12 Anmälan av delegationsbeslut",
        "Bland ärendena finns ett föreläggande vid vite mot ägaren till Hyttbacken 6:22, Krzysztof Nowak, att riva ett plank som uppförts utan lov, samt ett beviljat bygglov för Regionsjukhusets parkeringshus på Lasarettet 1.",
    ]);
    assert!(masked_texts(&found, "kanslig").is_empty(), "{found:#?}");
    assert_eq!(kept_texts(&found, "fastighetsbeteckning"), ["Lasarettet 1"]);
}

#[test]
fn an_elected_member_telling_of_themselves_in_the_debate_stays_beside_a_private_person() {
    let found = candidates(&[
        "§ 5 Interpellation om studentbostäder",
        "Ledamöter: Stig Rask (SD), Tomasz Zieliński (V)",
        "I debatten berättar Eleni Papadopoulou-Nyström (V) att en doktorand hon träffat, Le Quoc Bao, har bott i en husvagn sedan november.",
        "Rask säger också att han själv var bostadslös som ung och vet vad det innebär.",
        "Tomasz Zieliński (V) säger att han själv har diabetes typ 1.",
    ]);
    let masked = masked(&found);
    assert!(masked.iter().any(|t| t.contains("Quoc Bao")), "{masked:?}");
    assert!(!masked.iter().any(|t| t.contains("själv")), "{masked:?}");
}

#[test]
fn the_sender_of_a_letter_that_is_no_proposal_yet_keeps_no_name() {
    let found = candidates(&[
        "§ 33 Anmälan av nya medborgarförslag (KS 2026/0003)",
        "– Förslag om fler bänkar längs Liljeån, Maj Berg, Gjuteriet (KS 2026/0142)",
        "Ett förslag om parkeringsavgifter har kommit in som vanligt e-postmeddelande utan kommunens blankett och utan underskrift. Avsändaren, Joakim Sand, har ombetts att komplettera med blanketten.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Joakim Sand"]);
    assert_eq!(kept_texts(&found, "medborgarforslag"), ["Maj Berg"]);
}

#[test]
fn vietnamese_names_with_their_diacritics_are_names() {
    let found = candidates(&[
        "§ 40 Arbetsstipendier 2026",
        "Juryn föreslår att stipendier delas ut till Mirjam Falk Ekdahl, textilkonstnär, Kärrsta; Lê Thảo Vy, bildkonstnär, Gjuteriet.",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Lê Thảo Vy"), "{masked:?}");
}

#[test]
fn a_mails_sender_at_the_municipalitys_domain_writes_as_staff() {
    let found = candidates(&[
        "Från: Arjun Mehta <arjun.mehta.research@gmail.com>",
        "Till: kommun@liljea.se",
        "My name is Arjun Mehta and I live at Gjutargatan 5, 771 33 Liljeå.",
        "Svar från kommunen 2026-03-20 09:14",
        "Från: Malin Ekdahl <malin.ekdahl@liljea.se>",
        "Till: Arjun Mehta",
        "Liljeå Municipality, Stora torget 1, 771 80 Liljeå",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Malin Ekdahl"]);
    let masked = masked(&found);
    assert!(
        masked.contains(&"arjun.mehta.research@gmail.com"),
        "{masked:?}"
    );
    assert!(!masked.contains(&"malin.ekdahl@liljea.se"), "{masked:?}");
    assert!(!masked.contains(&"771 80 Liljeå"), "{masked:?}");
}

#[test]
fn a_name_signed_over_a_title_and_the_offices_address_is_an_officials() {
    let found = candidates(&[
        "Hej!",
        "Vi återkommer i ärendet.",
        "Med vänlig hälsning",
        "Malin Ekdahl",
        "Bostadsstrateg, Liljeå kommun, Stora torget 1, 771 80 Liljeå, 0226-63 50 47",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Malin Ekdahl"]);
    assert!(masked(&found).is_empty(), "{found:#?}");
}

#[test]
fn co_proposers_listed_under_their_heading_on_a_proposal_form_keep_their_names() {
    let found = candidates(&[
        "LILJEÅ KOMMUN\tMEDBORGARFÖRSLAG",
        "Förslagsställare",
        "Namn: Per-Anders Ljungkvist",
        "E-post: pa.ljungkvist@telia.com",
        "Förslagets rubrik: Hundbadplats vid Vällsjön",
        "Förra sommaren blev min granne Hjördis Mattsson biten av en lös hund vid stranden.",
        "Medförslagsställare (har skrivit under blanketten)",
        "Kristina Ljungkvist, Vällsjövägen 87, 771 95 Vällsjö",
        "Ove Sandström, Sjövägen 3, 771 95 Vällsjö",
    ]);
    assert_eq!(
        kept_texts(&found, "medborgarforslag"),
        [
            "Per-Anders Ljungkvist",
            "Kristina Ljungkvist",
            "Ove Sandström"
        ]
    );
    assert_eq!(masked_texts(&found, "namn"), ["Hjördis Mattsson"]);
    assert!(masked(&found).contains(&"Vällsjövägen 87"), "{found:#?}");
}

#[test]
fn a_signer_no_list_knows_in_a_bodys_signature_row_leaves_the_others_officials() {
    let found = candidates(&[
        "Revisionsrapport 2026:1",
        "För de förtroendevalda revisorerna",
        "Hans Grip, ordförande\tZhao Min\tIngegerd Kvarn\tLars-Gunnar Myr",
    ]);
    assert!(masked(&found).is_empty(), "{found:#?}");
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Hans Grip", "Ingegerd Kvarn", "Lars-Gunnar Myr"]
    );
}

#[test]
fn a_claimants_own_union_is_a_union_membership() {
    let found = candidates(&[
        "§ 14 Skadeståndsanspråk",
        "Stefan Holm har begärt ersättning för en skadad cykel och skriver:",
        "Jag har hjälp av mitt fackförbund, IF Metall, där jag är medlem sedan 1998, men de säger att kommunen ska betala.",
    ]);
    assert!(
        masked_texts(&found, "kanslig")
            .iter()
            .any(|t| t.contains("IF Metall")),
        "{found:#?}"
    );
}

#[test]
fn a_members_resignation_for_treatment_of_an_addiction_masks_the_reason_and_keeps_the_name() {
    let found = candidates(&[
        "§ 12 Avsägelser",
        "Avsägelse från Bo Lind (S) av samtliga uppdrag på grund av sin alkoholbehandling",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Bo Lind"]);
    assert!(
        masked_texts(&found, "kanslig")
            .iter()
            .any(|t| t.contains("alkoholbehandling")),
        "{found:#?}"
    );
}

#[test]
fn a_spouses_diagnosis_attached_to_a_claim_points_at_someone() {
    let found = candidates(&[
        "§ 22 Skadeståndsanspråk efter översvämning",
        "Piotr Lewandowski har begärt ersättning för skadad egendom.",
        "Till skrivelsen har fogats ett läkarintyg om hustruns diagnos och kvitton på den nya rullstolen.",
        "Till sammanträdet hade bjudits in representanter för läkarförbundet.",
    ]);
    let masked = masked_texts(&found, "kanslig");
    assert!(
        masked.iter().any(|t| t.contains("hustruns diagnos")),
        "{found:#?}"
    );
    assert!(
        !masked.iter().any(|t| t.contains("läkarförbundet")),
        "{found:#?}"
    );
}

#[test]
fn a_residents_wait_for_a_residence_permit_is_theirs_alone() {
    let found = candidates(&[
        "§ 3 Allmänhetens frågestund",
        "Priya Raghunathan frågar varför hennes dotter inte har fått förskoleplats. Hon berättar att familjen väntar på beslut från Migrationsverket om förlängt uppehållstillstånd.",
        "Förvaltningen informerar om hur många nyanlända som fått uppehållstillstånd under 2025: 412 personer i 188 hushåll.",
    ]);
    let masked = masked_texts(&found, "integritetskanslig");
    assert!(
        masked
            .iter()
            .any(|t| t.contains("förlängt uppehållstillstånd")),
        "{found:#?}"
    );
    assert!(
        !masked.iter().any(|t| t.contains("412 personer")),
        "{found:#?}"
    );
}

#[test]
fn a_proposal_about_the_hospitals_entrance_tells_no_ones_health() {
    let found = candidates(&[
        "§ 9 Medborgarförslag om cykelställ",
        "Wang Lei, Tallåsen, har föreslagit att kommunen sätter upp säkra cykelställ med laddning vid sjukhusets huvudentré.",
        "Anna Berg, Kärrsta, berättar att hon vårdas på sjukhus sedan mars.",
    ]);
    assert!(
        !masked_texts(&found, "kanslig")
            .iter()
            .any(|t| t.contains("huvudentré")),
        "{found:#?}"
    );
    assert!(
        masked_texts(&found, "kanslig")
            .iter()
            .any(|t| t.contains("vårdas på sjukhus")),
        "{found:#?}"
    );
}

#[test]
fn a_private_letters_signature_over_a_trade_and_a_home_is_no_officials() {
    let found = candidates(&[
        "Hej!",
        "Jag vill klaga på snöröjningen.",
        "Med vänlig hälsning",
        "Anna Svensson",
        "Sjuksköterska, Björkvägen 3, 073-123 45 67",
    ]);
    let masked = masked(&found);
    assert!(masked.contains(&"Anna Svensson"), "{masked:?}");
    assert!(masked.contains(&"073-123 45 67"), "{masked:?}");
}

#[test]
fn the_municipalitys_property_in_a_sentence_of_a_crime_against_it_stays() {
    let found = candidates(&[
        "§ 7 Skadegörelse",
        "Polisanmälan om skadegörelse på kommunens fastighet Skolan 1:2 har gjorts av Per Holm.",
    ]);
    assert_eq!(kept_texts(&found, "fastighetsbeteckning"), ["Skolan 1:2"]);
}

#[test]
fn a_diagnosis_after_a_number_in_a_merged_cell_is_no_name() {
    let found = candidates(&[
        "§ 21 Bostadsanpassningsbidrag (VON 2026/050)",
        "Sökande | Fastighet | Skäl | Förslag",
        "Leif Ödman | Vällsjö 2:8 Lungcancer | Tillbyggnad | Avslag",
    ]);
    assert!(
        masked_texts(&found, "kanslig")
            .iter()
            .any(|t| t.contains("Lungcancer")),
        "{found:#?}"
    );
}

#[test]
fn a_proposal_forms_signature_line_names_its_proposer_who_keeps_what_they_tell_of_themselves() {
    let found = candidates(&[
        "SÄTERBY KOMMUN\tMEDBORGARFÖRSLAG",
        "Förslagsställaren har genom sin underskrift samtyckt till att förslaget och namnet publiceras.",
        "Förslagsställare\tMikael Kvist",
        "Adress\tKorsholmavägen 8",
        "Telefon\t070-174 06 27",
        "Rubrik\tTillgänglig fiskebrygga",
        "Förslag\tJag föreslår att kommunen bygger en fiskebrygga som går att använda med rullstol.",
        "Motivering\tJag har själv varit rullstolsburen sedan en trafikolycka 2019. Min granne Sune Ahrén har MS och skulle också ha nytta av bryggan.",
        "Underskrift\t[namnteckning]\tMikael Kvist\tDatum 2026-09-28",
    ]);
    assert_eq!(
        kept_texts(&found, "medborgarforslag"),
        ["Mikael Kvist", "Mikael Kvist"]
    );
    let kept = kept_texts(&found, "kanslig");
    assert!(
        kept.iter()
            .any(|k| k.starts_with("Jag har själv varit rullstolsburen")),
        "{kept:?}"
    );
    // What the proposer tells of a neighbour is no consent of the neighbour's.
    let masked = masked(&found);
    for private in ["Sune Ahrén", "Korsholmavägen 8", "070-174 06 27"] {
        assert!(masked.contains(&private), "{private} in {masked:?}");
    }
}

#[test]
fn a_consent_given_for_both_keeps_both_names_of_its_paragraph_but_not_others_named_later() {
    let found = candidates(&[
        "§ 64 Kultur- och idrottsstipendier 2026",
        "Kulturstipendiet tilldelas konstnären Malee Johansson, Näckenäs. Idrottsstipendiet tilldelas travkusken Elin Backström, Sörvalla. Båda stipendiaterna har samtyckt till att deras namn publiceras.",
        "Bland de övriga nominerade fanns fotografen Kalle Bergkvist, Gruvby.",
    ]);
    assert_eq!(
        kept_texts(&found, "namn"),
        ["Malee Johansson", "Elin Backström"]
    );
    assert_eq!(masked_texts(&found, "namn"), ["Kalle Bergkvist"]);
}

#[test]
fn the_chair_of_a_riding_club_is_a_private_person_the_auditor_of_a_kommunalforbund_an_official() {
    let found = candidates(&[
        "§ 66 Skrivelse om ridstigar",
        "Annika Westin, ordförande i Slättlands Ridklubb, har i ett brev framfört att ridstigarna har blivit farliga.",
        "Bertil Åkesson, revisor i Räddningstjänstförbundet Tjärnvika–Ödsmåla, deltar under punkten.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Annika Westin"]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Bertil Åkesson"]);
}

#[test]
fn an_officer_through_whom_the_police_authority_speaks_is_an_official() {
    let found = candidates(&[
        "§ 118 Serveringstillstånd, Sörvalla Travbana AB",
        "Polismyndighetens tillståndsenhet genom Camilla Bergdahl har påpekat att ordningsvakter behövs. Föreståndare är Gustaf Lejonborg.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Camilla Bergdahl"]);
    assert_eq!(masked_texts(&found, "namn"), ["Gustaf Lejonborg"]);
}

#[test]
fn a_compass_word_before_a_place_is_no_given_name() {
    let found = candidates(&[
        "§ 3 Svar på interpellation om kvällsturer",
        "Per Sandström (S) svarar att Kollektivtrafiknämnden Västra Skaraborg fastställer tidtabellen och att Norra Tolsby får fler turer.",
    ]);
    assert_eq!(masked(&found), Vec::<&str>::new());
}

#[test]
fn a_surname_that_begins_with_a_faith_word_tells_no_faith() {
    let found = candidates(&[
        "§ 40 Delegationsbeslut",
        "Dnr\tDatum\tFastighet\tPart\tPerson-/org.nr\tÄrende\tBeslut\tDelegat",
        "BMN 2026-0097\t2026-04-16\tVättersby Kvarnbäcken 1:30\tKristensen, Mette\t150572-1148\tStrandskyddsdispens, brygga\tDispens beviljad\tKAEK",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Kristensen, Mette"]);
    assert!(masked_texts(&found, "kanslig").is_empty());
    assert_eq!(
        kept_texts(&found, "fastighetsbeteckning"),
        ["Vättersby Kvarnbäcken 1:30"]
    );
}

#[test]
fn a_register_cell_of_two_unknown_words_before_an_identity_number_and_a_double_initial_are_names() {
    let found = candidates(&[
        "§ 34 Placering av deltagare i extratjänster",
        "Deltagare\tPerson-/samordningsnummer\tArbetsplats",
        "Noori, Farzana\t930581-7539\tSolbacka bibliotek",
        "Förvaltningen har svarat A. Forsgren och S-Å. Berg skriftligen.",
    ]);
    let masked = masked(&found);
    for name in ["Noori, Farzana", "A. Forsgren", "S-Å. Berg"] {
        assert!(masked.contains(&name), "{name} in {masked:?}");
    }
}

#[test]
fn a_proposal_sent_by_mail_without_the_signed_template_names_a_private_person() {
    let found = candidates(&[
        "§ 62 Skrivelse om odlingslotter vid Kvarngärdet, medborgarförslag",
        "Tomasz Wiśniewski har via e-post den 2 april föreslagit att kommunen anlägger odlingslotter. Skrivelsen har inte lämnats på blanketten för medborgarförslag och är inte undertecknad.",
        "Beslut",
        "Kommunstyrelsen lägger skrivelsen till handlingarna.",
    ]);
    assert_eq!(masked_texts(&found, "namn"), ["Tomasz Wiśniewski"]);
    assert!(kept_texts(&found, "medborgarforslag").is_empty());
}

#[test]
fn an_authority_that_inspects_through_its_officer_names_an_official_and_no_secret_matter() {
    let found = candidates(&[
        "Överförmyndarnämnden – protokoll 2026-03-10",
        "§ 12 Länsstyrelsens inspektion",
        "Länsstyrelsen i Västra Götalands län har genom handläggaren Birgitta Sandahl inspekterat överförmyndarnämnden den 4 november 2025.",
    ]);
    assert_eq!(kept_texts(&found, "fortroendevald"), ["Birgitta Sandahl"]);
    assert!(!found.iter().any(|c| c.rule == "sekretess"), "{found:#?}");
}

#[test]
fn a_signer_over_two_offices_set_apart_by_a_comma_is_an_official() {
    let found = candidates(&[
        "Tjänsteskrivelse 2026-03-02",
        "Förvaltningen föreslår att nämnden beslutar om genomfartsförbud.",
        "Erik Sandahl\tKarin Ekwall",
        "Trafikplanerare\tStadsarkitekt, tillförordnad samhällsbyggnadschef",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Erik Sandahl", "Karin Ekwall"]
    );
}

#[test]
fn a_delegation_line_hiring_a_head_of_administration_before_her_name_names_an_official() {
    let found = candidates(&[
        "§ 46 Anmälan av delegationsbeslut",
        "Kommundirektör Annika Bergdahl: Anställning av förvaltningschef för arbetsmarknad och integration, Nadia El-Amin, från 2026-04-01.",
    ]);
    assert_eq!(
        kept_texts(&found, "fortroendevald"),
        ["Annika Bergdahl", "Nadia El-Amin"]
    );
}
