//! Contact details, addresses and property designations: the detectors that are shapes
//! in the text, with the lexicon saying which words make them (street endings) and which
//! occurrences are not a private person's (switchboards, functional mailboxes,
//! organisations' addresses).

use super::at_word_start;
use super::lexicon::Lexicon;
use regex::Regex;
use std::sync::OnceLock;

/// A span found in a paragraph's text (byte offsets), with the rule it falls under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub rule: &'static str,
}

use super::constant_regex as regex;

/// The calling codes of the Nordic and neighbouring countries and of the countries most
/// residents born abroad or hired from abroad come from ("+47 412 34 567", "+358 40 123
/// 4567", "+63 917 204 5583"); not "+1" or "+7": a budget's deviation is written
/// "+1 250 000". One list for the phone pattern and for telling a deviation from a number.
const CALLING_CODES: &[&str] = &[
    "47", "45", "358", "354", "49", "48", "44", "31", "33", "34", "39", "43", "41", "32", "370",
    "371", "372", "380", "40", "359", "381", "385", "387", "420", "90", "98", "964", "963", "962",
    "961", "252", "291", "251", "234", "233", "66", "84", "86", "91", "92", "93", "63", "82", "81",
    "60", "62", "65", "94", "95", "880", "20", "212", "213", "216", "249", "250", "254", "255",
    "256", "30", "36", "351", "353", "373", "374", "375", "994", "995", "992", "998", "966", "967",
    "970", "972", "51", "52", "53", "54", "55", "56", "57", "58",
];

fn phone() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // Longest codes first, so that "+380" is not read as "+38" and a digit.
        let mut codes = CALLING_CODES.to_vec();
        codes.sort_by_key(|c| std::cmp::Reverse(c.len()));
        // A tab ends a cell: the digits after it are the next cell's ("070-174 06 27⇥18
        // 000 kr"). The area code may stand in brackets ("(070) 174 06 23") or before a
        // slash ("070/174 06 45"), as people write their own numbers; the country code
        // may be dialled as "0046 " (with its space: "00461234" is no number of a
        // person's), and another country's as "00".
        let pattern = format!(
            r"(?:(?:\+46[\s\x{{2011}}-]?|(?-u:\b)0046[\s\x{{2011}}-])\(?0?\)?\s?[1-9]\d{{0,2}}|(?:\+|(?-u:\b)00)(?:{})[\s\x{{2011}}-]?\(?0?\)?[1-9]\d{{0,3}}|\(0[1-9]\d{{0,3}}\)|(?-u:\b)0[1-9]\d{{0,3}}/?)(?:[[\s--\t]\x{{2011}}\x{{2013}}-]{{0,3}}\d{{2,4}}){{1,4}}(?-u:\b)",
            codes.join("|")
        );
        Regex::new(&pattern).expect("constant pattern compiles")
    })
}

/// An e-mail address, also with its "@" written out against harvesters: "anna.berg(at)
/// gmail.com", "per.lind[at]hotmail.com".
fn email() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(
        &RE,
        r"[\w.+-]+(?:@|\s?(?:\((?i:at|snabel-a)\)|\[(?i:at)\])\s?)[\w-]+(?:\.[\w-]+)+",
    )
}

fn box_or_co() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(
        &RE,
        r"(?-u:\b)(?:Box\s+\d{1,6}|c/o\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|lgh\.?\s*\d{1,4}(?-u:\b)|(?:lägenhet|lägenhetsnummer)\.?\s*\d{3,4})",
    )
}

/// Swedish postcodes run from 100 00 to 984 99: a number with a leading zero is a
/// diarienummer's ("2025/00031 Ekonomisk …"), and one after a slash is too.
fn postal() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(&RE, r"(?-u:\b)[1-9]\d{2}\s?\d{2}\s+\p{Lu}[\p{L}-]+")
}

/// A trakt of one or two capitalised words, or a village's ("Kvarnmora Bergs by 1:8"),
/// and block:unit.
fn designation() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(
        &RE,
        r"(?:\p{Lu}[\p{L}-]+[ \u{a0}]+)?\p{Lu}[\p{L}-]+(?:[ \u{a0}]+(?:by|gård))?[ \u{a0}]+\d{1,4}:\d{1,4}(?-u:\b)",
    )
}

fn after_fastighet() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(
        &RE,
        r"(?i:fastighet(?:en|erna)?|fastighetsbeteckning(?:en)?|kvarteret|kv\.):?\s+((?:\p{Lu}[\p{L}-]+[ \u{a0}]+){1,2}\d{1,4}(?::\d{1,4})?)(?-u:\b)",
    )
}

/// A clearing number and an account number ("8327-9, 994 123 456-7", "8214-9 923 456
/// 781-2"), told from other numbers by an account word before it.
fn bank_account() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(
        &RE,
        r"(?-u:\b)[1-9]\d{3}(?:-\d)?,?\s?\d{1,4}(?:[ -]?\d{2,4}){1,4}(?:-\d)?(?-u:\b)",
    )
}

/// Bank account numbers of private persons: the private sphere (integritetskänsligt).
pub fn bank_accounts(text: &str) -> Vec<Span> {
    let words = [
        "konto",
        "kontonummer",
        "bankkonto",
        "clearing",
        "clearingnummer",
        "account",
        // "Swedbank: 8105-9, 934 218 775-3", in a letter of any language: a bank's name
        // and a colon right before the number.
        "bank:",
        "banken:",
        "nordea:",
        "seb:",
        // "… i ansökan: Handelsbanken 6112-285 104 339": a bank's name right before it.
        "handelsbanken ",
        "swedbank ",
        "nordea ",
        "seb ",
        "danske bank ",
        "sparbanken ",
        "ica banken ",
        "länsförsäkringar bank ",
    ];
    let mut found: Vec<Span> = bank_account()
        .find_iter(text)
        .filter(|m| {
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            (10..=16).contains(&digits) && standalone(text, m.start(), m.end())
        })
        .filter(|m| {
            let before = super::lower_case(&text[window_start(text, m.start(), 40)..m.start()]);
            // A bank's name counts right before the number only ("Handelsbanken 6112-…"),
            // not before another's ("Swedbank AB (publ), org.nr 502017-7753").
            words.iter().any(|w| {
                if w.ends_with(' ') {
                    before.ends_with(w)
                } else {
                    before.contains(w)
                }
            })
        })
        .map(|m| Span {
            start: m.start(),
            end: m.end(),
            rule: "integritetskanslig",
        })
        .collect();
    let labelled: Vec<Span> = labelled_bank_numbers(text)
        .filter(|l| !found.iter().any(|f| f.start < l.end && l.start < f.end))
        .collect();
    found.extend(labelled);
    found.sort_by_key(|s| s.start);
    found
}

/// "clearingnummer 8214-9, kontonummer 994 112 338-4": a clearing number and an account
/// number each right after its own label, where neither alone is long enough to be told
/// from other numbers by its form.
fn labelled_bank_numbers(text: &str) -> impl Iterator<Item = Span> + '_ {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"(?i)\b(?:clearingnummer|clearingnr\.?|clearing|kontonummer|kontonr\.?|kontot|konto|account)(?::|\s)\s*(\d[\d -]*\d(?:-\d)?)",
    );
    // Asked of every paragraph: most name no account at all.
    (text.contains("onto") || text.contains("learing") || text.contains("ccount"))
        .then(|| re.captures_iter(text))
        .into_iter()
        .flatten()
        .filter_map(|c| c.get(1))
        .filter(|m| {
            let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
            (5..=16).contains(&digits) && standalone(text, m.start(), m.end())
        })
        .map(|m| Span {
            start: m.start(),
            end: m.end(),
            rule: "integritetskanslig",
        })
}

/// "passnummer A09384417", "dossiernummer 21-604418": the number of a person's passport,
/// migration case or other identity document, right after its label
/// (`[integritetskanslig] dokumentnummer`). A letter or two may open it; the digits
/// decide. `lower` is the text in lower case, byte for byte.
pub fn document_numbers(text: &str, lower: &str, labels: &[String]) -> Vec<Span> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"^(?::|\s|\.|nr|nummer)*((?:[A-Z]{1,3} ?)?\d[\d -]*\d)(?-u:\b)",
    );
    let mut out = Vec::new();
    if lower.len() != text.len() {
        return out;
    }
    for label in labels {
        for (at, _) in lower.match_indices(label.as_str()) {
            let after = at + label.len();
            let Some(m) = text.get(after..).and_then(|rest| re.captures(rest)) else {
                continue;
            };
            let Some(number) = m.get(1) else { continue };
            let (start, end) = (after + number.start(), after + number.end());
            let digits = number.as_str().chars().filter(char::is_ascii_digit).count();
            if (5..=16).contains(&digits) && standalone(text, start, end) {
                out.push(Span {
                    start,
                    end,
                    rule: "integritetskanslig",
                });
            }
        }
    }
    out.sort_by_key(|s| s.start);
    out.dedup_by_key(|s| s.start);
    out
}

/// Phone numbers and e-mail addresses of private persons.
pub fn contacts(text: &str, lex: &Lexicon) -> Vec<Span> {
    let mut out = Vec::new();
    for m in phone().find_iter(text) {
        let digits = m.as_str().chars().filter(char::is_ascii_digit).count();
        if (7..=15).contains(&digits)
            && !year_after_slash(m.as_str())
            && !a_deviation(m.as_str())
            && !an_amount(&text[m.end()..])
            && standalone(text, m.start(), m.end())
            && !labelled_by(text, m.start(), &lex.kontakt.vaxelord)
            && !after_an_office(&text[..m.start()], lex)
            && !in_place_clause(text, m.start(), lex)
        {
            out.push(Span {
                start: m.start(),
                end: m.end(),
                rule: "kontakt",
            });
        }
    }
    for (start, end) in labelled_numbers(text, lex) {
        if !out.iter().any(|s| s.start < end && start < s.end) {
            out.push(Span {
                start,
                end,
                rule: "kontakt",
            });
        }
    }
    for m in email().find_iter(text) {
        let shared = !lex.kontakt.at_webmail(m.as_str())
            && labelled_by(text, m.start(), &lex.kontakt.brevladeord);
        if !functional_mailbox(m.as_str(), lex) && !shared {
            out.push(Span {
                start: m.start(),
                end: m.end(),
                rule: "kontakt",
            });
        }
    }
    out
}

/// "tlf. 20 12 34 56", "mobil 412 34 567", "tlf 20123456": a number of eight digits after a
/// phone label, grouped as a Danish or Norwegian number is written at home, without the
/// country's code or a leading zero; not a date ("20240514") nor an office's number.
fn labelled_numbers(text: &str, lex: &Lexicon) -> Vec<(usize, usize)> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"(?-u:\b)(?:[Tt](?:el|fn|lf|elefon)|[Mm]ob(?:il|ilnr|ilnummer)?|TEL|TFN|TLF)\.?:?[ \x{a0}]+([1-9]\d [0-9]{2} [0-9]{2} [0-9]{2}|[1-9]\d{2} [0-9]{2} [0-9]{3}|[1-9]\d{7})(?-u:\b)",
    );
    static DATE: OnceLock<Regex> = OnceLock::new();
    let date = regex(
        &DATE,
        r"^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$",
    );
    re.captures_iter(text)
        .filter_map(|c| c.get(1))
        .filter(|m| {
            let rest = text[m.end()..].trim_start_matches([' ', '\u{a0}']);
            !rest.starts_with(|c: char| c.is_ascii_digit())
                && !date.is_match(m.as_str())
                && !an_amount(rest)
                && standalone(text, m.start(), m.end())
                && !labelled_by(text, m.start(), &lex.kontakt.vaxelord)
                && !after_an_office(&text[..m.start()], lex)
        })
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// "+40 250 000", "+45 120 000": a budget's deviation, not a number abroad, which has
/// seven digits or more after its country's code (three digits for the codes that have
/// three, else two).
fn a_deviation(number: &str) -> bool {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let abroad = if number.starts_with('+') {
        &digits[..]
    } else if number.starts_with("00") {
        &digits[2..]
    } else {
        return false;
    };
    if abroad.starts_with("46") {
        return false;
    }
    // A number abroad has eight digits or more after its country's code; "+301 200 000"
    // in a budget's column has seven.
    let code = (CALLING_CODES.iter())
        .filter(|c| abroad.starts_with(*c))
        .map(|c| c.len())
        .max()
        .unwrap_or(2);
    abroad.len() < code + 8
}

/// The text after a number makes it an amount or a count ("+45 123 000 kr", "0701 234
/// st"), not a phone number.
fn an_amount(after: &str) -> bool {
    let word = after
        .trim_start_matches([' ', '\u{a0}'])
        .split(|c: char| !c.is_alphanumeric() && c != '%')
        .next()
        .unwrap_or("");
    matches!(
        word.to_lowercase().as_str(),
        "kr" | "kronor"
            | "tkr"
            | "mkr"
            | "mnkr"
            | "sek"
            | "eur"
            | "nok"
            | "dkk"
            | "%"
            | "procent"
            | "st"
            | "m"
            | "kvm"
            | "km"
    )
}

/// "… eller valsamordnaren, 0980-319 271": a number right after an official's title in
/// the definite form, with no name, is the office's; not after "ordföranden" or
/// "sekreteraren" (`[tjansteman] rubriker`), roles an association has too.
fn after_an_office(before: &str, lex: &Lexicon) -> bool {
    let before = before.trim_end();
    let before = before.strip_suffix(',').unwrap_or(before).trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let indefinite = [word.strip_suffix("en"), word.strip_suffix('n')];
    word.chars().count() >= 6
        && word.starts_with(char::is_lowercase)
        && indefinite
            .into_iter()
            .flatten()
            // Not a role an association has too ("ordföranden, 070-…" may be its chair's).
            .any(|t| lex.tjansteman.is_title(t) && !lex.tjansteman.rubriker.iter().any(|r| r == t))
}

/// Not a piece of a longer number such as a date range ("2026-02-01–2026-02-28"), nor of
/// a reference that letters and a hyphen open ("vägledning NV-04431-25").
/// "012/2026", "KS 0123/2026": a number and a year after a slash is a diarienummer, not
/// an area code and a number.
fn year_after_slash(number: &str) -> bool {
    number.split_once('/').is_some_and(|(_, rest)| {
        let year = rest.as_bytes();
        year.len() >= 4
            && (rest.starts_with("19") || rest.starts_with("20"))
            && year[..4].iter().all(u8::is_ascii_digit)
            && !year.get(4).is_some_and(u8::is_ascii_digit)
    })
}

fn standalone(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    let mut after = text[end..].chars();
    let joined = |sep: Option<char>, digit: Option<char>| {
        sep.is_some_and(|c| "-–/.:".contains(c)) && digit.is_some_and(|c| c.is_ascii_digit())
    };
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());
    // A short code in capitals before the hyphen ("NV-", "KS-"), not a word ("mobil-").
    // Asked of every number found: the code is read only after a letter and a hyphen.
    let reference = b1 == Some('-')
        && b2.is_some_and(char::is_alphabetic)
        && text[..start - 1]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .enumerate()
            .all(|(k, c)| k < 4 && c.is_uppercase());
    !b1.is_some_and(char::is_alphanumeric) && !joined(b1, b2) && !joined(a1, a2) && !reference
}

/// The domains of the functional mailboxes a text names (`bygglov@sjovik.se` →
/// `sjovik.se`): the organisation's own, so a personal address there is its staff's.
pub fn organisation_domains<'t>(
    texts: impl Iterator<Item = &'t str>,
    lex: &Lexicon,
) -> Vec<String> {
    let mut out: Vec<String> = texts
        .flat_map(|t| email().find_iter(t))
        .map(|m| m.as_str())
        .filter(|address| functional_mailbox(address, lex) && !lex.kontakt.at_webmail(address))
        .filter_map(|address| address.rsplit_once('@').map(|(_, d)| d.to_lowercase()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The number series of the organisation's own phones: numbers named as a switchboard
/// ("kommunens växel 0980-319 200") or given beside a functional mailbox ("upphandling@…,
/// telefon 0980-319 200") or a mailbox at the organisation's own domain (`own_mailbox`:
/// "0470-41 187 eller johanna.ek@lindvreta.se" is a work line). Direct lines share their
/// switchboard's series (all but the last two digits), so "0980-319 246" after an
/// official's title is the office's too. A mobile number is no switchboard's and has no
/// series: it is the office's only as the one number beside a functional mailbox or a
/// switchboard's label ("jour 070-…, hamnen@…"); beside a person's mailbox at the
/// organisation's domain it is that person's own ("Anders Ljungberg ⇥ M ⇥ 070-… ⇥
/// anders.ljungberg@politik…", an elected member's private phone).
pub fn organisation_phone_series<'t>(
    texts: impl Iterator<Item = &'t str>,
    lex: &Lexicon,
    own_mailbox: impl Fn(&str) -> bool,
) -> Vec<String> {
    let mut out = Vec::new();
    for text in texts {
        let mailboxes: Vec<(usize, usize, bool)> = email()
            .find_iter(text)
            .filter_map(|m| {
                let functional = functional_mailbox(m.as_str(), lex);
                (functional || own_mailbox(m.as_str())).then_some((m.start(), m.end(), functional))
            })
            .collect();
        for m in phone().find_iter(text) {
            // A number too short to have a series ("0100" of a diarienummer) is no one's
            // switchboard: its label is not looked for.
            let Some(series) = phone_series(m.as_str()) else {
                continue;
            };
            let mobile = is_mobile(&series);
            let between = |a: usize, b: usize| text.get(a.min(b)..a.max(b)).unwrap_or("x");
            let beside_mailbox = mailboxes.iter().any(|&(s, e, functional)| {
                if mobile && !functional {
                    return false;
                }
                let gap = if e <= m.start() {
                    between(e, m.start())
                } else {
                    between(m.end(), s)
                };
                gap.len() < 40 && only_contact_words(gap, |_| false)
            });
            if beside_mailbox || labelled_by(text, m.start(), &lex.kontakt.vaxelord) {
                out.extend(phone_key(m.as_str()));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The text between a name or mailbox and a contact detail is only a label (", tel. ",
/// " e-post ", " och "), another number ("Daniel Öst, 0470-41 251, daniel.ost@…"), or
/// words `also` accepts (an official's title).
pub fn only_contact_words(between: &str, also: impl Fn(&str) -> bool) -> bool {
    between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !w.bytes().all(|b| b.is_ascii_digit()))
        .all(|w| {
            let w = w.to_lowercase();
            matches!(
                w.as_str(),
                "tel"
                    | "tfn"
                    | "telefon"
                    | "mobil"
                    | "e"
                    | "post"
                    | "epost"
                    | "mejl"
                    | "mail"
                    | "och"
                    | "eller"
                    | "via"
                    | "per"
                    | "lämnas"
                    // Finnish, Norwegian and English labels of a phone number.
                    | "puh"
                    | "tlf"
                    | "phone"
            ) || also(&w)
        })
}

/// What a number is compared by against the organisation's own: a mobile by all its
/// digits, any other number by its series; none for a number too short to have one.
pub fn phone_key(number: &str) -> Option<String> {
    let series = phone_series(number)?;
    Some(if is_mobile(&series) {
        national_digits(number)
    } else {
        series
    })
}

/// A number in national form is a mobile's: 070, 072, 073, 076 or 079 (0771 and 075 are
/// the national numbers of authorities and companies, with direct lines in their series).
fn is_mobile(national: &str) -> bool {
    ["070", "072", "073", "076", "079"]
        .iter()
        .any(|prefix| national.starts_with(prefix))
}

/// A phone number's digits in national form ("+46 70…" → "070…").
fn national_digits(number: &str) -> String {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    match digits.strip_prefix("46") {
        Some(rest) if number.trim_start().starts_with('+') => format!("0{rest}"),
        _ => digits,
    }
}

/// A phone number's series: its digits in national form without the last two.
pub fn phone_series(number: &str) -> Option<String> {
    let national = national_digits(number);
    (national.len() >= 8).then(|| national[..national.len() - 2].to_string())
}

/// `miljo.bygg@norrvik.se`, `info@…`, `vastragotaland@lansstyrelsen.se`: a mailbox of an
/// office, not of a person.
pub(super) fn functional_mailbox(address: &str, lex: &Lexicon) -> bool {
    // "miljo(at)norrby.se": the "@" written out.
    let Some((local, domain)) = address.split_once('@').or_else(|| {
        ["(at)", "[at]", "(AT)", "[AT]", "(snabel-a)"]
            .iter()
            .find_map(|at| address.split_once(at))
    }) else {
        return false;
    };
    let (local, domain) = (local.trim(), domain.trim());
    let (local, domain) = (local.to_lowercase(), domain.to_lowercase());
    let authority = lex.kontakt.myndighetsdomaner.iter().any(|d| {
        domain == *d
            || domain
                .strip_suffix(d.as_str())
                .is_some_and(|sub| sub.ends_with('.'))
    });
    authority
        || local.split(['.', '-', '_']).any(|part| {
            let forms = [Some(part), part.strip_suffix("en"), part.strip_suffix("et")];
            (lex.kontakt.foreningsbrevlador.iter())
                .any(|w| forms.iter().flatten().any(|f| f.ends_with(w.as_str())))
        })
        // "info@…" at an organisation's domain; at webmail a person's own
        // ("info.kalle92@gmail.com"), however functional its name.
        || !lex.kontakt.at_webmail(address)
            && local.split(['.', '-', '_']).any(|part| {
                lex.kontakt
                    .funktionella
                    .iter()
                    .any(|f| part.starts_with(f.as_str()))
            })
}

/// The bytes before a number that its label may stand in.
const LABEL_WINDOW: usize = 40;

/// Whether one of `words` (a switchboard, an office) stands in the [`LABEL_WINDOW`] bytes
/// before `at` and labels what stands there: no capitalised word comes between ("kommunkansliet,
/// telefon 0980-…", not "inkom till kommunkansliet från Anna Berg, 070-…").
fn labelled_by(text: &str, at: usize, words: &[String]) -> bool {
    let before = &text[window_start(text, at, LABEL_WINDOW)..at];
    let lower = super::lower_case(before);
    // Lower-casing changed a letter's length (rare): the offsets would not line up.
    if lower.len() != before.len() {
        return near(text, at, words, LABEL_WINDOW);
    }
    let end_of = |token: &str| token.as_ptr() as usize - lower.as_ptr() as usize + token.len();
    let last_label = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|t| !t.is_empty() && words.iter().any(|w| entry_matches(t, w)))
        .map(end_of)
        .chain(
            words
                .iter()
                .filter(|w| w.contains(' '))
                .filter_map(|w| lower.rfind(w.as_str()).map(|p| p + w.len())),
        )
        .max();
    last_label
        .and_then(|end| before.get(end..))
        .is_some_and(|rest| {
            !rest
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
}

/// A word of a text matches a single-word entry: short entries ("ab", "kb") are whole
/// words; longer ones may end a compound ("socialförvaltningen").
fn entry_matches(token: &str, entry: &str) -> bool {
    // Asked for every word before every phone number: no counting past the fifth letter,
    // and no substring search for a token shorter than the entry.
    if entry.chars().nth(4).is_some() {
        token.len() >= entry.len() && token.contains(entry)
    } else {
        token == entry
    }
}

/// Whether one of `words` stands in the `window` bytes before `at`; a word that holds an
/// exception of the list (`!bostadshus`) holds none of its entries ("stadshus").
pub(crate) fn near(text: &str, at: usize, words: &[String], window: usize) -> bool {
    let before = super::lower_case(&text[window_start(text, at, window)..at]);
    let exceptions: Vec<&str> = words.iter().filter_map(|w| w.strip_prefix('!')).collect();
    let tokens: Vec<&str> = before
        .split(|c: char| !(c.is_alphanumeric() || c == '.'))
        .filter(|t| !t.is_empty() && !exceptions.iter().any(|e| t.contains(e)))
        .collect();
    // Phrases are looked for as they stand, single words by `entry_matches`.
    words.iter().filter(|w| !w.starts_with('!')).any(|w| {
        if w.contains(' ') {
            before.contains(w.as_str())
        } else {
            tokens.iter().any(|t| entry_matches(t, w))
        }
    })
}

/// Street addresses, c/o, Box, apartment numbers and postcode + town, unless they are an
/// organisation's ("Kommunhuset, Storgatan 1"). `own_mailbox`: a mailbox at the
/// organisation's own domain, whose address after it is the organisation's too.
pub fn addresses(text: &str, lex: &Lexicon, own_mailbox: impl Fn(&str) -> bool) -> Vec<Span> {
    let mut out = Vec::new();
    // Compared without allocating: it is asked of every paragraph.
    let head = text.trim_start().as_bytes();
    let opens_with = |p: &String| {
        head.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes()))
    };
    if lex.adress.platsrader.iter().any(opens_with) || letterhead(text) {
        return out;
    }
    // An organisation's street or box makes the postcode after it the organisation's too.
    let mut organisation_ends: Vec<usize> = Vec::new();
    // The postcodes found, for the villages written before them.
    let mut postcodes: Vec<usize> = Vec::new();
    for (re, postcode) in [
        (&lex.adress.gatuandelser.street, false),
        (&lex.adress.gatuord.street, false),
        (box_or_co(), false),
        (postal(), true),
    ] {
        for m in re
            .find_iter(text)
            .filter(|m| at_word_start(text, m.start()))
        {
            // "Ringvägen 2–14": a row of buildings, not a home.
            let range = text[m.end()..]
                .strip_prefix(['–', '-'])
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            let designation = text[m.end()..].starts_with(':')
                || text[..m.start()].ends_with('/')
                || range
                || ends_in_a_year(m.as_str());
            // "halkade på trottoaren utanför Storgatan 14": a street number after one of
            // `handelseplats` says where something happened, not where someone lives.
            if ends_with_phrase(&text[..m.start()], &lex.adress.handelseplats)
                || in_place_clause(text, m.start(), lex)
                || public_premises(text, m.start(), lex)
            {
                continue;
            }
            let continues_organisations = organisation_ends
                .iter()
                .any(|&e| e <= m.start() && text[e..m.start()].trim() == ",");
            // A sole trader's business address is the owner's ("… i enskild firma under
            // namnet Nittayas Thaikök (org.nr …), Storgatan 20"), and an address with a
            // flat number is a home ("Kommunen hyr ut lägenheten på Björkgatan 4 C, lgh
            // 1102 …").
            let organisation = organisation_before(text, m.start(), lex)
                && !with_flat_number(text, m.range())
                || text[m.range()].starts_with("Box")
                    && near(text, m.start(), &lex.adress.box_myndighet, 40)
                || after_mailbox(&text[..m.start()], lex, &own_mailbox);
            if designation || continues_organisations || organisation {
                organisation_ends.push(m.end());
                continue;
            }
            if postcode {
                postcodes.push(m.start());
            }
            out.push(Span {
                start: m.start(),
                end: m.end(),
                rule: "adress",
            });
        }
    }
    let villages: Vec<Span> = postcodes
        .iter()
        .filter_map(|&postcode| village_address_before(text, postcode, &out))
        .collect();
    out.extend(villages);
    let abroad: Vec<Span> = out
        .iter()
        .filter_map(|street| foreign_postcode_after(text, street.end, &out))
        .collect();
    out.extend(abroad);
    out
}

/// "Internkontrollplan 2026", "Handlingsplan 2025", "en skatepark planeras i Varvsparken
/// 2027": a plan's, a park's or a square's year, no house number. Only theirs: a rural road
/// numbered by distance ("Ringvägen 2024") is someone's home.
fn ends_in_a_year(street: &str) -> bool {
    let (name, number) = street.rsplit_once([' ', '\u{a0}']).unwrap_or((street, ""));
    ["plan", "parken", "torget"]
        .iter()
        .any(|e| name.ends_with(e))
        && number.len() == 4
        && number
            .parse::<u32>()
            .is_ok_and(|n| (1900..=2099).contains(&n))
}

/// An organisation is named right before `at` ("Folkets hus, Bruksgatan 4"), and no sole
/// trader's firm, whose address is the owner's ("… i enskild firma under namnet
/// Nittayas Thaikök (org.nr …), Storgatan 20").
pub fn organisation_before(text: &str, at: usize, lex: &Lexicon) -> bool {
    // Within the address's sentence: "… i en av kommunens lägenheter. Myrvägen 6 är …"
    // speaks of a home again; "org. nr" ends no sentence.
    let sentence = text[..at]
        .match_indices(". ")
        .filter(|(k, _)| text[k + 2..].starts_with(char::is_uppercase))
        .last()
        .map_or(0, |(k, _)| k + 2);
    // "3. Övergångsställen utanför kommunens skolor – Rosa Lindqvist, Vallvägen 12": a
    // dash between a matter's title and the one it names starts another part.
    // Only where a name (two capitalised words) follows the dash: "kommunens tekniska
    // förvaltning – gatuenheten, Tingsvägen 4" is the department's.
    let named = |after: &str| {
        let mut words = after.split_whitespace();
        words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    let dash = (text[..at].rfind(" – "))
        .map(|k| k + " – ".len())
        .filter(|&k| named(&text[k..at]))
        .unwrap_or(0);
    // "Gruvby Bygdeförening ⇥ Reijo Tuominen, Gruvbyvägen 4": a cell that opens with a
    // name is the contact person's, the association's in the cell before.
    let cell = (text[..at].rfind(['\t', '|']))
        .map(|k| k + 1)
        .filter(|&k| opens_with_a_name(&text[k..at], lex))
        .unwrap_or(0);
    // "Mikkolabergets byalag, c/o Veikko Tarvainen, Mikkolabergsvägen 12": reached
    // through a person, the association lives at their home.
    let care_of = (text[..at].rfind("c/o ")).map_or(0, |k| k + "c/o ".len());
    let from = sentence.max(dash).max(cell).max(care_of);
    let (text, at) = (&text[from..], at - from);
    // A personal identity number as the organisation number ("Hägglunds Stugor &
    // Uthyrning, org.nr 580302-9957, Gamla landsvägen 41") is a sole trader's, like
    // the words "enskild firma".
    let sole_trader = || {
        near(text, at, &lex.namn.enskild_firma, 100)
            || super::names::before_personal_org_numbers(&text[..at]).any(|k| at - k <= 100)
    };
    (near(text, at, &lex.organisation_lower, 40) || body_right_before(&text[..at], lex))
        && !sole_trader()
}

/// "… Kajstadens Bryggeri AB … i bryggeripuben på Kajgatan 11": a street right after one of
/// `[adress] allmanlokal` is a company's premises, where no sole trader is named in the
/// paragraph (their business address is the owner's).
fn public_premises(text: &str, at: usize, lex: &Lexicon) -> bool {
    // A company must be named before it ("Kajstadens Bryggeri AB"), and the premises must
    // not be a landmark for a home ("bor ovanför puben på Storgatan 5").
    let landmark = ["ovanför", "under", "bredvid", "intill", "mittemot", "nära"];
    let before = text[..at].trim_end();
    let phrase_start = (lex.adress.allmanlokal.iter())
        .filter(|p| ends_with_phrase(before, std::slice::from_ref(*p)))
        .map(|p| before.len().saturating_sub(p.len()))
        .max();
    phrase_start.is_some_and(|start| {
        let word = text[..start].trim_end().rsplit(' ').next().unwrap_or("");
        !landmark.contains(&word)
            && near(text, start, &lex.organisation_lower, start)
            && super::names::before_personal_org_numbers(text)
                .next()
                .is_none()
            && !near(text, at, &lex.namn.enskild_firma, text.len())
    })
}

/// "Reijo Tuominen, …", "Anna von Essen, …": a known given name and one or two more
/// words, then a comma (not "Ridhuset, Tunnerup 8:1, …", nor "Gruvby Idrottsplats, …").
fn opens_with_a_name(cell: &str, lex: &Lexicon) -> bool {
    let Some((name, _)) = cell.trim_start().split_once(',') else {
        return false;
    };
    let words: Vec<&str> = name.split(' ').collect();
    (2..=4).contains(&words.len())
        && lex.is_first_name(words[0])
        && words
            .iter()
            .all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// "… till Samhällsbyggnadsnämnden, Storgatan 20": the word right before the address is
/// a body's name by its ending (`[organisation] fore_adress`) or an organisation's by the
/// word that opens it (`[organisation] borjan`).
fn body_right_before(before: &str, lex: &Lexicon) -> bool {
    let Some(before) = before.trim_end().strip_suffix(',') else {
        return false;
    };
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("");
    let lower = super::lower_case(word);
    // "Räddningstjänsten Höga Kusten-Ådalen, Nybrogatan 5": or the name before the comma
    // opens with a word that starts an organisation's name.
    let name = before
        .rsplit(['.', ',', ';', ':', '\t'])
        .next()
        .unwrap_or("");
    let opens = name
        .split_whitespace()
        .next()
        .is_some_and(|first| lex.organisation.borjan.iter().any(|b| b == first));
    // "Nacka tingsrätt, Box 1104": a place's name before a body's lower-case word.
    let named = word.starts_with(char::is_uppercase)
        || (name.split_whitespace().rev().nth(1))
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    named && (opens || (lex.organisation.fore_adress.iter()).any(|e| lower.ends_with(e.as_str())))
}

/// "Tøyengata 14, 0578 Oslo", "Lindenstraße 12, 24103 Kiel": a postcode of another
/// country's form and its town right after an address found.
fn foreign_postcode_after(text: &str, end: usize, found: &[Span]) -> Option<Span> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"^, (?:\d{4,5}|\d{2}-\d{3}) \p{Lu}[\p{L}-]+");
    let m = re.find(&text[end..])?;
    let start = end + ", ".len();
    let taken = found
        .iter()
        .any(|s| s.start < end + m.end() && start < s.end);
    (!taken).then_some(Span {
        start,
        end: end + m.end(),
        rule: "adress",
    })
}

/// "Kontakt: gymnasieforbundet@asmyra.se, Box 14, 840 90 Åsmyra": an address right
/// after a functional mailbox, or one at the organisation's own domain, is the same
/// office's.
fn after_mailbox(before: &str, lex: &Lexicon, own_mailbox: impl Fn(&str) -> bool) -> bool {
    // "kommunkansliet, kansli@…, växel 0383-69 40 00, Box 204": past the office's phone
    // too, labelled as one (an unlabelled number may be anyone's).
    static PHONE: OnceLock<Regex> = OnceLock::new();
    let phone = regex(
        &PHONE,
        r"(?i),?\s*(?:växel|tel\.?|telefon|tfn)\s*\+?\d[\d \-]{5,}\d$",
    );
    let before = before.trim_end_matches([',', ' ']);
    let before = phone.find(before).map_or(before, |m| &before[..m.start()]);
    let before = before.trim_end_matches([',', ' ']);
    // Only the last mailbox can end where the address starts: search the bytes before.
    let tail = &before[window_start(before, before.len(), 80)..];
    tail.ends_with(|c: char| c.is_ascii_alphabetic())
        && email().find_iter(tail).last().is_some_and(|m| {
            m.end() == tail.len()
                && !lex.kontakt.at_webmail(m.as_str())
                && (functional_mailbox(m.as_str(), lex) || own_mailbox(m.as_str()))
        })
}

/// The address at `span` is or is followed by a flat number ("lgh 1102").
fn with_flat_number(text: &str, span: std::ops::Range<usize>) -> bool {
    let is_flat = |t: &str| {
        let lower = super::lower_case(t.get(..t.len().min(16)).unwrap_or(t));
        ["lgh", "lägenhet"].iter().any(|w| lower.starts_with(w))
    };
    is_flat(&text[span.clone()]) || is_flat(text[span.end..].trim_start_matches([',', ' ']))
}

/// "Brännmyra 40, 361 95 Lindvreta": in the countryside an address is the village and a
/// number, without a street's ending; a postcode right after it says it is one.
fn village_address_before(text: &str, postcode: usize, found: &[Span]) -> Option<Span> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"(?-u:\b)\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? \d{1,4}(?: ?[A-Z])?, $",
    );
    let before = text.get(..postcode)?;
    let m = re.find(before)?;
    let end = postcode - 2;
    let taken = found.iter().any(|s| s.start < end && m.start() < s.end);
    (!taken).then_some(Span {
        start: m.start(),
        end,
        rule: "adress",
    })
}

/// "Postadress: Box 123, 352 30 Lindvreta | Besöksadress: Storgatan 1 | Org.nr …": an
/// organisation's letterhead, which gives both its addresses (or one and its number).
fn letterhead(text: &str) -> bool {
    if !text.contains("adress") {
        return false;
    }
    let lower = super::lower_case(text);
    lower.contains("besöksadress")
        && (lower.contains("postadress")
            || lower.contains("org.nr")
            || lower.contains("organisationsnummer"))
}

/// "Protokollet förvaras hos valnämndens kansli, Storgatan 1", "Sammanträdet hölls i
/// Kulturhusets konferensrum Tranan, Kyrkogatan 6": an address or number in a clause
/// that opens with where the meeting was held or the protocol is kept (`platsrader`) is
/// the municipality's, unless the clause names someone by a role or person word
/// ("Vid sammanträdet yttrade sig grannen, Storgatan 5"; "Sökande: Per Ek, postadress …").
fn in_place_clause(text: &str, at: usize, lex: &Lexicon) -> bool {
    let head = &text[..at];
    // A sentence ends at ". " before a capital; "kl. 17.30" and "t.ex. i" go on.
    let sentence_end = head
        .match_indices(". ")
        .filter(|(i, _)| head[i + 2..].starts_with(char::is_uppercase))
        .map(|(i, _)| i)
        .last();
    let start = [sentence_end, head.rfind('|'), head.rfind("; ")]
        .into_iter()
        .flatten()
        .max()
        .map_or(0, |i| i + 1);
    let clause = super::lower_case(&head[start..]);
    lex.adress
        .platsrader
        .iter()
        .any(|p| clause.contains(p.as_str()))
        && !clause
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| lex.person_words.contains(w))
}

/// The text before a number ends with a bookkeeping number's label (`[kontakt]
/// andra_nummer`: "fakturanummer 8611052219", "Verifikation: …"), in any case.
pub fn after_bookkeeping_label(before: &str, lex: &Lexicon) -> bool {
    let tail = &before[window_start(before, before.len(), 24)..];
    let tail = super::lower_case(tail.trim_end_matches([' ', ':', '.']));
    ends_with_phrase(&tail, &lex.kontakt.andra_nummer)
}

/// The text, trailing spaces aside, ends with one of `phrases` (ignoring ASCII case), and
/// the phrase starts a word ("… fattats av", not "… omfattats av").
pub(crate) fn ends_with_phrase(before: &str, phrases: &[String]) -> bool {
    let before = before.trim_end();
    phrases.iter().any(|p| {
        before.len() >= p.len()
            && before.is_char_boundary(before.len() - p.len())
            && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
            && at_word_start(before, before.len() - p.len())
    })
}

/// Where the `window` bytes before byte `at` of `text` start, moved back to a letter's
/// start and then on past a word the window cuts ("BAB 2026/0136" must not leave "AB").
pub(crate) fn window_start(text: &str, at: usize, window: usize) -> usize {
    let mut from = at.saturating_sub(window);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let cut = text[..from]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    if cut {
        let rest = &text[from..at];
        from += rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
    }
    from
}

/// The text opens with one of `phrases` (ignoring ASCII case), followed by a space, a
/// comma or a full stop ("stängs av från arbetet", not "stängs avsiktligt").
pub(crate) fn opens_with_phrase(text: &str, phrases: &[String]) -> bool {
    phrases.iter().any(|p| {
        text.get(..p.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(p))
            && text[p.len()..].starts_with([' ', ',', '.'])
    })
}

/// "SoL 4:1", "ÄB 11:4", "Miljöbalken 26:9": a law's chapter and section in short form,
/// its abbreviation (two capitals or more in a short word, unless its line is `shouted`
/// all in capitals) or its name.
fn law_reference(word: &str, shouted: bool, lex: &Lexicon) -> bool {
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    let abbreviation = capitals >= 2 && word.chars().count() <= 5 && !shouted;
    let lower = word.to_lowercase();
    // The codes' names in full (`[beslut] balkar`); a longer word ending like a law's
    // ("kommunallagen", "delegationsordningen"), not a block's ("Takbalken 4:2").
    abbreviation
        || lex.beslut.balkar.contains(&lower)
        || lower.chars().count() >= 10
            && ["lagen", "ordningen", "förordningen"]
                .iter()
                .any(|e| lower.ends_with(e))
}

/// "2024:112", "24:07": a year before the colon or a leading zero after it makes a case
/// or circular number; a property's block and unit are plain counts.
fn reference_number(designation: &str) -> bool {
    let Some((block, unit)) = designation
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|n| n.split_once(':'))
    else {
        return false;
    };
    let year = block.len() == 4 && (block.starts_with("19") || block.starts_with("20"));
    year || unit.len() > 1 && unit.starts_with('0')
}

/// A table cell that holds only a name of one or two words and a number ("Gärdet 4",
/// "Brännmyra 40"): a designation or an address where its column's heading says so.
pub fn name_and_number_cell(cell: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(&RE, r"^(?:\p{Lu}[\p{L}-]+\s+){1,2}\d{1,4}(?::\d{1,4})?$").is_match(cell)
}

/// "Solvändans äldreboende, rum 12, Hallvide": a cell that names a room or a flat by its
/// number, where someone lives.
pub fn room_of_a_home(cell: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(&RE, r"(?i)\b(?:rum|lgh|lägenhet|lägenhetsnummer) \d{1,4}\b").is_match(cell)
}

/// "Ljungen 4, lgh 1203": a cell that opens with a name and a number before a comma; the
/// length of that opening.
pub fn name_and_number_opening(cell: &str) -> Option<usize> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"^(?:\p{Lu}[\p{L}-]+\s+){1,2}\d{1,4}(?::\d{1,4})?,\s");
    re.find(cell)
        .map(|m| m.as_str().trim_end_matches([',', ' ']).len())
}

/// "på Björnen 8", "Sökanden äger Tallen 12", "Bygglov, Svalan 3, tillbyggnad", a table
/// cell "Kvarnen 9": a block name in the definite form ("Hägern" too) and a plot number,
/// after a word that leads to a property (`[beslut] fore_kvarter`: "på", "till", "avser",
/// "äger" …; the sentence may go on after it) or standing alone between commas, dashes or
/// cell borders (a tab, a run of spaces), or opening a § heading ("§ 11 Tallen 14 –
/// bygglov"). Further blocks and plots listed after one ("Ripan 7, Tallen 12 och
/// Svampen 2", "Lärkan 5 och 6") are designations too. A designation in a paragraph about
/// building on one property (the caller knows); not a street ("på Storgatan 8") nor a part
/// of something ("Punkten 3", `[beslut] inte_kvarter`). The municipality's name written
/// before the block is part of the designation ("Valbrunna Hyttan 11").
pub fn block_designations(text: &str, kommun: Option<&str>, lex: &Lexicon) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for m in block().find_iter(text) {
        let taken = out.last().is_some_and(|s| m.start() < s.end);
        if taken || !at_word_start(text, m.start()) || !block_name(m.as_str(), lex) {
            continue;
        }
        let start = municipality_before(text, m.start(), kommun);
        let (before, after) = (&text[..start], &text[m.end()..]);
        let led = ends_with_phrase(before, &lex.beslut.fore_kvarter) && ends_word(after);
        if led || opens_block_cell(before) && closes_block_cell(after) {
            let found = designation_span(start, m.end());
            out.extend(listed_after(text, found, lex));
        }
    }
    out
}

/// Where the municipality's name stands as a word right before `at` ("Valbrunna |Hyttan
/// 11"), its start; else `at`.
fn municipality_before(text: &str, at: usize, kommun: Option<&str>) -> usize {
    kommun
        .and_then(|k| text[..at].strip_suffix(' ')?.strip_suffix(k))
        .filter(|before| at_word_start(text, before.len()))
        .map_or(at, str::len)
}

/// A block name in the definite form and a plot number ("Tallen 12").
fn block() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    regex(
        &RE,
        r"\p{Lu}\p{Ll}+(?:en|et|an|rn)[ \u{a0}]+\d{1,3}(?-u:\b)",
    )
}

/// Whether the block name of `block` ("Tallen 12") may name a block: no part of something
/// ("Punkten 3") and no street ("Backen 2").
fn block_name(block: &str, lex: &Lexicon) -> bool {
    let word = block.split_whitespace().next().unwrap_or("");
    let lower = word.to_lowercase();
    !lex.beslut.inte_beteckningar.iter().any(|w| w == word)
        && !lex.beslut.inte_kvarter.contains(&lower)
        && !lex
            .adress
            .gatuandelser
            .words()
            .iter()
            .any(|e| lower.ends_with(e.as_str()))
}

/// The text after a number ends that number's word ("12.", "12 har", "12)"), not a
/// unit's ("12:3").
fn ends_word(after: &str) -> bool {
    after.is_empty() || after.starts_with(|c: char| c.is_whitespace() || ",.;)|".contains(c))
}

/// A cell, clause or § heading opens right before: the line's start, a comma, a cell
/// border, a dash, or "§ 11".
fn opens_block_cell(before: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"(?:^|,\s+|\|\s+|\s[–-]\s+|^§\s*\d{1,4}[a-z]?\s+)$");
    re.is_match(before)
}

/// A cell or clause closes right after: the line's end, a comma or stop, a dash, a tab or
/// a run of spaces.
fn closes_block_cell(after: &str) -> bool {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(&RE, r"^(?:$|\s*[,.;)|]|\s+[–-]\s|\t| {2})");
    re.is_match(after)
}

fn designation_span(start: usize, end: usize) -> Span {
    Span {
        start,
        end,
        rule: "fastighetsbeteckning",
    }
}

/// `first` and the blocks and plots listed right after it: "Ripan 7, Tallen 12 och
/// Svampen 2", "Lärkan 5 och 6" (a plot number alone only where the list or clause ends
/// after it: "Lärkan 5 och 6 meter" is no list).
pub fn listed_after(text: &str, first: Span, lex: &Lexicon) -> Vec<Span> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"^(?:,\s*|\s+(?:och|samt|resp\.?|respektive|eller)\s+)(?:(\p{Lu}\p{Ll}+(?:en|et|an|rn)[ \u{a0}]+\d{1,3})(?-u:\b)|(\d{1,3})(?:$|[,.;)]|\s+(?:och|samt|m\.fl)))",
    );
    let mut out = vec![first];
    let mut at = first.end;
    while let Some(caps) = re.captures(&text[at..]) {
        let Some(next) = caps.get(1).or_else(|| caps.get(2)) else {
            break;
        };
        let (start, end) = (at + next.start(), at + next.end());
        let block = caps.get(1).is_some();
        if !ends_word(&text[end..]) || block && !block_name(next.as_str(), lex) {
            break;
        }
        out.push(designation_span(start, end));
        at = end;
    }
    out
}

/// Property designations: "Björkudden 1:23", "Norrvik Kiruna 1:234", and after the word
/// fastigheten or kvarteret: "fastigheten Kvarnen 3", "kv. Smeden 4".
pub fn designations(text: &str, lex: &Lexicon) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    for m in designation()
        .find_iter(text)
        .filter(|m| at_word_start(text, m.start()))
    {
        // "Enligt ÄB 11:4", "Se Kiruna 1:234": a sentence's first word is no part of it.
        let mut start = m.start();
        let mut words = m.as_str().split_whitespace();
        let mut first = words.next().unwrap_or("");
        if words.clone().count() >= 2 && lex.beslut.fore_beteckning.iter().any(|w| w == first) {
            start = m.start()
                + m.as_str()[first.len()..]
                    .find(|c: char| !c.is_whitespace())
                    .map_or(0, |k| k + first.len());
            first = words.next().unwrap_or("");
        }
        // A word in capitals is an abbreviation ("SFS", "BMN"), unless the whole line is
        // set in capitals ("§ 50 OVÅRDAD TOMT, SÖRBY 4:19").
        let all_capitals = first.chars().all(|c| !c.is_lowercase());
        let shouted =
            all_capitals && first.chars().count() >= 4 && !text.contains(char::is_lowercase);
        if !lex.beslut.inte_beteckningar.iter().any(|w| w == first)
            && (!all_capitals || shouted)
            && !law_reference(first, shouted, lex)
            && !reference_number(&text[start..m.end()])
        {
            out.push(Span {
                start,
                end: m.end(),
                rule: "fastighetsbeteckning",
            });
            out.extend(units_after(text, m.end()));
        }
    }
    for caps in after_fastighet().captures_iter(text) {
        if let Some(m) = caps.get(1) {
            // "grannfastighet ⇥ EXN 2026/0031": a register number after the word.
            let numbered = text[m.end()..].starts_with('/');
            if !numbered && !out.iter().any(|s| s.start < m.end() && m.start() < s.end) {
                out.push(Span {
                    start: m.start(),
                    end: m.end(),
                    rule: "fastighetsbeteckning",
                });
            }
        }
    }
    out
}

/// "Stora Mo 1:2 och 1:3", "Backa 3:12, 3:14 samt 3:15": further units of the same
/// trakt listed after a designation ending at `end`, each a designation of its own.
fn units_after(text: &str, end: usize) -> Vec<Span> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = regex(
        &RE,
        r"^(?:,\s*|\s+(?:och|samt|resp\.?|respektive)\s+)(\d{1,4}:\d{1,4})",
    );
    let mut out = Vec::new();
    let mut at = end;
    while let Some(unit) = re.captures(&text[at..]).and_then(|c| c.get(1)) {
        let (start, stop) = (at + unit.start(), at + unit.end());
        if text[stop..].starts_with(|c: char| c.is_ascii_digit() || c == ':') {
            break;
        }
        out.push(Span {
            start,
            end: stop,
            rule: "fastighetsbeteckning",
        });
        at = stop;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> Lexicon {
        Lexicon::embedded().expect("lexicon")
    }

    fn texts(text: &str, spans: Vec<Span>) -> Vec<String> {
        spans
            .into_iter()
            .map(|s| text[s.start..s.end].to_string())
            .collect()
    }

    #[test]
    fn patterns_compile() {
        let _ = (
            phone(),
            email(),
            box_or_co(),
            postal(),
            designation(),
            after_fastighet(),
        );
        assert!(lex().adress.gatuandelser.street.is_match("Tallvägen 7 B"));
    }

    #[test]
    fn private_phones_and_mail_are_found_switchboards_and_functional_mailboxes_are_not() {
        let t = "telefon 070-312 45 67, e-post ahmed.hassan@exempel.se. Frågor via kommunens växel 0980-700 00 eller miljo.bygg@norrvik.se, mobil +46 70 123 45 67. Perioden 2026-02-01–2026-02-28.";
        assert_eq!(
            texts(t, contacts(t, &lex())),
            [
                "070-312 45 67",
                "+46 70 123 45 67",
                "ahmed.hassan@exempel.se"
            ]
        );
    }

    #[test]
    fn an_associations_mailbox_on_webmail_is_its_own_but_not_a_name_that_opens_like_one() {
        let t =
            "kalvasensbyalag@gmail.com, vikensbatklubben@hotmail.com, anna.klubbstrom@gmail.com";
        assert_eq!(texts(t, contacts(t, &lex())), ["anna.klubbstrom@gmail.com"]);
    }

    #[test]
    fn a_number_after_an_offices_title_is_the_offices_but_not_after_an_associations_chair() {
        let t = "Frågor till valsamordnaren, 0980-319 271. Föreningen nås via ordföranden, 070-174 06 12.";
        assert_eq!(texts(t, contacts(t, &lex())), ["070-174 06 12"]);
    }

    #[test]
    fn a_number_abroad_is_found_but_not_a_budgets_deviation_or_an_amount() {
        let t = "Tel. +47 412 34 567, +4791234567, 0047 912 34 567, +358 40 123 4567. \
                 Avvikelse +1 250 000. Bidrag +45 123 000 kr.";
        assert_eq!(
            texts(t, contacts(t, &lex())),
            [
                "+47 412 34 567",
                "+4791234567",
                "0047 912 34 567",
                "+358 40 123 4567"
            ]
        );
    }

    #[test]
    fn a_number_dialled_with_0046_is_found_but_not_a_figure_opening_with_0046() {
        let t = "Nås på 0046 70 123 45 67. Faktura 00461234 betald.";
        assert_eq!(texts(t, contacts(t, &lex())), ["0046 70 123 45 67"]);
    }

    #[test]
    fn numbers_and_mail_written_as_people_write_their_own_are_found_but_no_diarienummer() {
        let t = "Anna Berg, anna.berg(at)gmail.com, tel. (070) 174 06 23. Per Lind, per.lind[at]hotmail.com, 070/174 06 45. Dnr KS 0123/2026 och 012/2026.";
        assert_eq!(
            texts(t, contacts(t, &lex())),
            [
                "(070) 174 06 23",
                "070/174 06 45",
                "anna.berg(at)gmail.com",
                "per.lind[at]hotmail.com"
            ]
        );
    }

    #[test]
    fn direct_lines_in_the_switchboards_series_are_the_organisations() {
        let texts = [
            "Frågor besvaras via bygglov@norrvik.se eller kommunens växel 0980-319 200.",
            "Handläggare: Mikael Fors, miljöinspektör, 0980-319 246.",
            "Sökande: Anna Berg, tfn 070-174 06 31.",
        ];
        let series = organisation_phone_series(texts.into_iter(), &lex(), |_| false);
        assert_eq!(series, vec!["09803192".to_string()]);
        assert_eq!(phone_series("0980-319 246"), Some("09803192".into()));
        assert_eq!(phone_series("+46 980 319 246"), Some("09803192".into()));
        assert_ne!(phone_series("070-174 06 31"), Some("09803192".into()));
    }

    #[test]
    fn a_number_beside_a_mailbox_of_the_organisations_domain_is_its_own() {
        let texts = ["Frågor besvaras på 0470-41 187 eller johanna.ek@lindvreta.se."];
        let own = |address: &str| address.ends_with("@lindvreta.se");
        let series = organisation_phone_series(texts.into_iter(), &lex(), own);
        assert_eq!(series, vec!["0470411".to_string()]);
        let texts = ["Anna Berg nås på 070-174 06 31 eller anna.berg@exempel.se."];
        assert!(organisation_phone_series(texts.into_iter(), &lex(), own).is_empty());
    }

    #[test]
    fn an_offices_number_may_be_labelled_by_its_office_or_left_with_its_mailbox() {
        let texts = [
            "Valkansliets telefon är 08-530 640 40.",
            "Anmälan skickas till mottagningen.barn@kvarnmora.se eller lämnas per telefon 08-530 645 00.",
            "Fru Ek har under valperioden telefon 070-174 06 31.",
        ];
        let own = |address: &str| address.ends_with("@kvarnmora.se");
        let series = organisation_phone_series(texts.into_iter(), &lex(), own);
        assert_eq!(series, vec!["08530640".to_string(), "08530645".to_string()]);
    }

    #[test]
    fn a_village_and_a_number_before_a_postcode_is_an_address() {
        let t = "Leo Pokka: Brännmyra 40, 361 95 Lindvreta. Storgatan 9, 361 30 Lindvreta.";
        assert_eq!(
            texts(t, addresses(t, &lex(), |_| false)),
            [
                "Storgatan 9",
                "361 95 Lindvreta",
                "361 30 Lindvreta",
                "Brännmyra 40"
            ]
        );
    }

    #[test]
    fn an_address_abroad_keeps_its_countrys_postcode() {
        let t =
            "Senait Tekle, Tøyengata 14, 0578 Oslo, och Klaus Wegner, Lindenstraße 12, 24103 Kiel.";
        let mut found = texts(t, addresses(t, &lex(), |_| false));
        found.sort_unstable();
        assert_eq!(
            found,
            ["0578 Oslo", "24103 Kiel", "Lindenstraße 12", "Tøyengata 14"]
        );
    }

    #[test]
    fn addresses_are_found_but_not_an_organisations() {
        let t = "Jörgen Åkesson, Tallvägen 7 B, 981 32 Norrvik, c/o Farah Ali, Box 512, lgh 1102. Plats: Kommunhuset, Storgatan 1.";
        assert_eq!(
            texts(t, addresses(t, &lex(), |_| false)),
            [
                "Tallvägen 7 B",
                "c/o Farah Ali",
                "Box 512",
                "lgh 1102",
                "981 32 Norrvik"
            ]
        );
        // A village's road, its street word a word of its own.
        let t = "Grannen Göran Tufvesson, Fjärrlösa byväg 17, har yttrat sig.";
        assert_eq!(
            texts(t, addresses(t, &lex(), |_| false)),
            ["Fjärrlösa byväg 17"]
        );
        // A sole trader's address, told by the personnummer as its organisation number.
        let t = "Berörd: Hägglunds Stugor & Uthyrning, org.nr 580302-9957, Gamla landsvägen 41, 829 60 Hölbo";
        assert_eq!(
            texts(t, addresses(t, &lex(), |_| false)),
            ["Gamla landsvägen 41", "829 60 Hölbo"]
        );
        // A tenant's flat in a housing company's house is the tenant's home.
        let t = "Fukt i hyreslägenhet\tKölforshem AB\tHyresgäst Shukri Abdullahi, lägenhet 1104";
        assert_eq!(texts(t, addresses(t, &lex(), |_| false)), ["lägenhet 1104"]);
        // Where a study visit gathers is no one's home.
        let t = "Kl. 08.30 studiebesök på reningsverket. Samling vid Reningsverksvägen 2.";
        assert!(addresses(t, &lex(), |_| false).is_empty());
        // A care home's own flat numbers are short.
        let t = "Avdelning/lägenhet\tGravensten, lgh 4";
        assert_eq!(texts(t, addresses(t, &lex(), |_| false)), ["lgh 4"]);
    }

    #[test]
    fn an_organisation_in_a_matters_title_before_a_dash_owns_no_address_after_it() {
        let t = "3. Övergångsställen vid kommunens skolor – Rosa Lindqvist, Vallvägen 12.";
        assert_eq!(texts(t, addresses(t, &lex(), |_| false)), ["Vallvägen 12"]);
        let t = "Pizzeria Roma HB | – | Storgatan 33, Norrbräcke";
        assert!(addresses(t, &lex(), |_| false).is_empty());
        let t = "Yttrande från kommunens tekniska förvaltning – gatuenheten, Tingsvägen 4.";
        assert!(addresses(t, &lex(), |_| false).is_empty());
        // Nor does an association in the cell before a contact person's.
        let t = "Gruvby Bygdeförening\tReijo Tuominen, Gruvbyvägen 4, 771 91 Gruvby\t180 000 kr";
        assert_eq!(
            texts(t, addresses(t, &lex(), |_| false)),
            ["Gruvbyvägen 4", "771 91 Gruvby"]
        );
        for t in [
            "Gruvby Bygdeförening\tGruvbyvägen 4, 771 91 Gruvby\t180 000 kr",
            "Tunnerup Hästsportklubb\tRidhuset, Tunnerup 8:1, 276 61 Tunnerup\t15 000 kr",
        ] {
            assert!(addresses(t, &lex(), |_| false).is_empty(), "{t}");
        }
    }

    #[test]
    fn identity_document_numbers_are_found_after_their_label() {
        let labels = ["passnummer".to_string(), "dossiernummer".to_string()];
        let t = "angående Hassan Al-Obaidi, passnummer A09384417, dossiernummer 21-604418, \
                 medborgare i Irak";
        assert_eq!(
            texts(t, document_numbers(t, &t.to_lowercase(), &labels)),
            ["A09384417", "21-604418"]
        );
        let t = "Passnummer: AB 123 456 7 har uppgetts.";
        assert_eq!(
            texts(t, document_numbers(t, &t.to_lowercase(), &labels)),
            ["AB 123 456 7"]
        );
        let t = "Passnummer saknas. Dossiernummer 2026/0318 avser ärendet.";
        assert!(document_numbers(t, &t.to_lowercase(), &labels).is_empty());
    }

    #[test]
    fn bank_accounts_are_found_after_an_account_word_only() {
        let t = "Lönen betalades till hennes konto 8327-9, 994 123 456-7 i Swedbank. \
                 Fakturan 2024-0012 345 678 och bankgiro 5050-1055.";
        assert_eq!(texts(t, bank_accounts(t)), ["8327-9, 994 123 456-7"]);
        let t = "Ersättningen betalas till clearingnummer 8214-9, kontonummer 994 112 338-4. \
                 Kontot 2025 visar ett överskott.";
        assert_eq!(texts(t, bank_accounts(t)), ["8214-9", "994 112 338-4"]);
        let t = "Гроші можна переказати на мій рахунок у Swedbank: 8105-9, 934 218 775-3.";
        assert_eq!(texts(t, bank_accounts(t)), ["8105-9, 934 218 775-3"]);
        let t = "En stipendiat har lämnat uppgiften i ansökan: Handelsbanken 6112-285 104 339.";
        assert_eq!(texts(t, bank_accounts(t)), ["6112-285 104 339"]);
        let t = "Lånet tas upp hos Swedbank AB (publ), org.nr 502017-7753.";
        assert!(bank_accounts(t).is_empty());
    }

    #[test]
    fn designations_are_found_but_not_sfs_numbers_or_times() {
        let t = "fastigheten Björkudden 1:23 och fastigheten Kvarnen 3 enligt 9 kap. 31 § plan- och bygglagen (2010:900) kl. 12:30, SFS 1998:1191, Bilaga 1:2.";
        assert_eq!(
            texts(t, designations(t, &lex())),
            ["Björkudden 1:23", "Kvarnen 3"]
        );
    }

    #[test]
    fn a_plans_year_is_no_house_number() {
        let t = "Internkontrollplan 2026\tSN 2025/0132. Handlingsplan 2025 antas. Hon bor på Ringvägen 2024.";
        assert_eq!(
            texts(t, addresses(t, &lex(), |_| false)),
            ["Ringvägen 2024"]
        );
    }

    #[test]
    fn a_villages_trakt_holds_its_lower_case_by() {
        let t = "Ladan på Kvarnmora Bergs by 3:4 och Fastigheten Lunds by 1:2 samt Olofs gård 2:1 i byn 5:3.";
        assert_eq!(
            texts(t, designations(t, &lex())),
            ["Kvarnmora Bergs by 3:4", "Lunds by 1:2", "Olofs gård 2:1"]
        );
    }

    #[test]
    fn laws_in_short_form_scales_and_votes_are_no_designations() {
        let t = "Enligt ÄB 11:4 och Se SoL 4:1, Enligt Miljöbalken 26:9, Delegationsordningen 3:14, Skala 1:1000, Ja 7:4 Nej. Se Kiruna 1:234, Takbalken 4:2 och Slagen 1:5.";
        assert_eq!(
            texts(t, designations(t, &lex())),
            ["Kiruna 1:234", "Takbalken 4:2", "Slagen 1:5"]
        );
    }

    #[test]
    fn a_heading_set_in_capitals_names_its_property_in_capitals_too() {
        let t = "§ 50 OVÅRDAD TOMT, SÖRBY 4:19 (BMN 2025-000488)";
        assert_eq!(texts(t, designations(t, &lex())), ["SÖRBY 4:19"]);
        let t = "§ 51 ÄNDRING ENLIGT SFS 2010:900 OCH ÄB 11:4";
        assert!(designations(t, &lex()).is_empty());
        let t = "Enligt SÖRBY 4:19 i texten";
        assert!(designations(t, &lex()).is_empty());
    }

    #[test]
    fn an_ancient_monuments_register_number_is_no_designation() {
        let t = "ett gravfält (RAÄ-nr Ölsta 112:1, L1962:4412) på Ölsta 1:4";
        assert_eq!(texts(t, designations(t, &lex())), ["Ölsta 1:4"]);
    }
}
