//! Personnummer and samordningsnummer in running text.
//!
//! All written forms: 10 or 12 digits, with `-` (or any dash a word processor or a PDF
//! puts for it), `+` (100 years or older), a space (also a thin or narrow one) or no
//! separator; samordningsnummer (day of birth + 60, day 60 and month 00 when unknown);
//! interim numbers with a letter (T, R, S, U, W, X, J, K, L, M, N) in the first of the last
//! four positions. A number with a valid date but a wrong check digit is still reported (a
//! mistyped personnummer is still one) with lower confidence. Organisationsnummer (month
//! position ≥ 20), dates, phone numbers and amounts have no valid date or no such shape.
//!
//! Residents also give the identity numbers of the countries they came from: a Danish
//! CPR, the Baltic and Polish numbers, a Finnish henkilötunnus, a Norwegian
//! fødselsnummer and a Thai identity card number are personnummer too, each found by its
//! own check; a Ukrainian taxpayer number after its label.

use regex::Regex;
use std::sync::OnceLock;

/// Which kind of identity number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdKind {
    Personnummer,
    Samordningsnummer,
}

/// A number found in a text, as byte offsets into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdMatch {
    pub start: usize,
    pub end: usize,
    pub kind: IdKind,
    /// The check digit agrees (Luhn over the 10-digit form).
    pub checksum_ok: bool,
}

impl IdMatch {
    /// How sure we are that this is a real identity number.
    pub fn confidence(&self) -> f64 {
        if self.checksum_ok {
            0.99
        } else {
            0.7
        }
    }
}

/// The shape of an identity number: 8 or 6 date digits, an optional separator, and four
/// more (the first may be an interim letter). Validity is decided in code, not here.
fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    super::constant_regex(
        &RE,
        r"([0-9]{8}|[0-9]{6})( ?[-+\x{2010}-\x{2015}\x{2212}\x{00AD}\x{FE63}\x{FF0D}] ?|[ \x{00A0}\x{2007}\x{2009}\x{202F}]?)([0-9TRSUWXJKLMN][0-9]{3})",
    )
}

/// Every personnummer and samordningsnummer in `text`; `year` is the current year
/// (for the century of 10-digit forms).
pub fn find(text: &str, year: i32) -> Vec<IdMatch> {
    let mut out = Vec::new();
    for caps in pattern().captures_iter(text) {
        let (Some(all), Some(date), Some(sep), Some(tail)) =
            (caps.get(0), caps.get(1), caps.get(2), caps.get(3))
        else {
            continue;
        };
        if !standalone(text, all.start(), all.end()) {
            continue;
        }
        // "16670718-1233": a sole trader's organisation number in its twelve-digit form,
        // "16" before the owner's personnummer.
        let date = match date.as_str().strip_prefix("16") {
            Some(short) if short.len() == 6 => short,
            _ => date.as_str(),
        };
        let sixteen = date.len() != caps[1].len();
        if let Some(m) =
            classify(date, sep.as_str(), tail.as_str(), year).filter(|m| !sixteen || m.checksum_ok)
        {
            out.push(IdMatch {
                start: all.start(),
                end: all.end(),
                ..m
            });
        }
    }
    out.extend(vat_numbers(text, year));
    out.extend(baltic_and_polish_numbers(text, year));
    for m in finnish_numbers(text, year)
        .into_iter()
        .chain(norwegian_numbers(text, year))
        .chain(ukrainian_numbers(text))
        .chain(thai_numbers(text))
        .chain(labelled_national_numbers(text))
        .chain(blanked_numbers(text, year))
    {
        if !out.iter().any(|o| o.start < m.end && m.start < o.end) {
            out.push(m);
        }
    }
    out.sort_by_key(|m| m.start);
    out
}

/// "19470211-XXXX", "080477-xxxx": a number whose last four were blanked out still gives
/// the birth date (or the samordningsnummer's day) of the person it names.
fn blanked_numbers(text: &str, year: i32) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(
        &RE,
        r"([0-9]{8}|[0-9]{6})( ?[-\x{2010}-\x{2015}] ?)(?:XXXX|xxxx|\*\*\*\*)",
    );
    re.captures_iter(text)
        .filter_map(|caps| {
            let (all, date, sep) = (caps.get(0)?, caps.get(1)?, caps.get(2)?);
            standalone(text, all.start(), all.end()).then_some(())?;
            let m = classify(date.as_str(), sep.as_str(), "0000", year)?;
            // No check digit to tell a Danish number by: a day past 60 is a
            // samordningsnummer's.
            let day: u32 = date.as_str()[date.len() - 2..].parse().ok()?;
            let kind = if day > 60 {
                IdKind::Samordningsnummer
            } else {
                m.kind
            };
            Some(IdMatch {
                start: all.start(),
                end: all.end(),
                kind,
                checksum_ok: false,
            })
        })
        .collect()
}

/// A Finnish henkilötunnus ("150372-238B"): birth date, a century sign ("-", "U"–"Y"
/// 1900s; "A"–"F" 2000s; "+", the 1800s, is no living resident's), three digits and a check
/// character (the nine digits modulo 31 in `0123456789ABCDEFHJKLMNPRSTUVWXY`). Only with a
/// right check character: one with a check digit and a dash is read as a Swedish number
/// first.
fn finnish_numbers(text: &str, year: i32) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(&RE, r"[0-9]{6}[-A-FU-Y][0-9]{3}[0-9A-Y]");
    const CHECK: &[u8] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";
    re.find_iter(text)
        .filter(|m| standalone_number(text, m.start(), m.end()))
        .filter_map(|m| {
            let b = m.as_str().as_bytes();
            let digits = |r: std::ops::Range<usize>| {
                (b[r].iter()).fold(0u32, |n, &c| n * 10 + u32::from(c - b'0'))
            };
            let century = match b[6] {
                b'-' | b'U'..=b'Y' => 1900,
                _ => 2000,
            };
            let (day, month, yy) = (digits(0..2), digits(2..4), digits(4..6));
            let serial = digits(0..6) * 1000 + digits(7..10);
            let valid =
                born(century + yy, month, day, year) && CHECK[(serial % 31) as usize] == b[10];
            valid.then_some(IdMatch {
                start: m.start(),
                end: m.end(),
                kind: IdKind::Personnummer,
                checksum_ok: true,
            })
        })
        .collect()
}

/// A Norwegian fødselsnummer or D-nummer ("140588 49929", "140588-49929", "14058849929"):
/// birth date (the
/// day plus 40 in a D-nummer), an individual number that tells the century, and two check
/// digits over weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2, modulo 11. Only with both
/// check digits right.
fn norwegian_numbers(text: &str, year: i32) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(&RE, r"[0-9]{6}[ -]?[0-9]{5}");
    checked_numbers(text, re, |d| norwegian_ok(d, year))
}

fn norwegian_ok(d: &[u32], this_year: i32) -> bool {
    let number = |r: std::ops::Range<usize>| d[r].iter().fold(0, |n, &c| n * 10 + c);
    let (day, month, yy, individual) = (number(0..2), number(2..4), number(4..6), number(6..9));
    // 000–499: the 1900s; 500–999 before "40": the 2000s; 900–999 from "40": the 1900s
    // (500–749 from "54", the 1800s, is no living resident's).
    let century = match individual {
        0..=499 => 1900,
        500..=999 if yy < 40 => 2000,
        900..=999 => 1900,
        _ => return false,
    };
    let day = if day > 40 { day - 40 } else { day };
    let check = |weights: &[u32]| {
        let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
        match 11 - sum % 11 {
            11 => Some(0),
            10 => None,
            k => Some(k),
        }
    };
    born(century + yy, month, day, this_year)
        && check(&[3, 7, 6, 1, 8, 9, 4, 5, 2]) == Some(d[9])
        && check(&[5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) == Some(d[10])
}

/// A Ukrainian taxpayer number (РНОКПП, formerly ІПН: ten digits, the first five the
/// days since 1899-12-31), found after its label only: nothing in ten digits tells it from
/// any other number.
fn ukrainian_numbers(text: &str) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(&RE, r"[0-9]{10}");
    let labelled = |before: &str| {
        let tail = lower_tail(before, 16);
        ["rnokpp", "рнокпп", "іпн"].iter().any(|l| tail.contains(l))
    };
    checked_numbers(text, re, |_| true)
        .into_iter()
        .filter(|m| labelled(&text[..m.start]))
        .collect()
}

/// National identity numbers of other countries, each found after its label in the
/// shape its country writes it (a label alone is what tells "12078801433" from an
/// invoice's number): an Indian Aadhaar ("4820 1937 6520"), a Chinese resident identity
/// card (17 digits and a digit or X), a Chilean RUT or RUN ("26.118.402-8"), a Greek AMKA
/// (11 digits), an Iranian national code ("004-218377-4"), a Vietnamese CCCD or CMND (12
/// or 9 digits), a Spanish DNI ("12345678Z"), a Brazilian CPF ("123.456.789-09") and a
/// Turkish kimlik number (11 digits).
const NATIONAL_NUMBERS: [(&str, &str); 9] = [
    ("aadhaar(?: card)?", r"[0-9]{4}[ -]?[0-9]{4}[ -]?[0-9]{4}"),
    (
        "resident identity card|identity card|居民身份证|身份证",
        r"[0-9]{17}[0-9Xx]",
    ),
    ("rut|run", r"[0-9]{1,2}\.?[0-9]{3}\.?[0-9]{3}-?[0-9Kk]"),
    ("amka", r"[0-9]{11}"),
    (
        "kod-e melli|code-e melli|code melli|melli code|national code",
        r"[0-9]{3}-?[0-9]{6}-?[0-9]",
    ),
    (
        "cccd|cmnd|căn cước công dân|căn cước",
        r"[0-9]{12}|[0-9]{9}",
    ),
    ("dni|nie", r"[0-9XYZ]?[0-9]{7,8}-?[A-Z]"),
    ("cpf", r"[0-9]{3}\.?[0-9]{3}\.?[0-9]{3}-?[0-9]{2}"),
    ("tc kimlik|kimlik", r"[0-9]{11}"),
];

fn labelled_national_numbers(text: &str) -> Vec<IdMatch> {
    // One pattern for every country: each alternative is the label, an optional
    // "no."/"nr"/"number", a colon, then the number in its own group.
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        let alternatives: Vec<String> = NATIONAL_NUMBERS
            .iter()
            .map(|(labels, shape)| {
                format!(
                    r"(?i:{labels})(?i:[ \t]*(?:no\.?|nr\.?|number|nummer|#))?[ \t]*[:：]?[ \t]*({shape})"
                )
            })
            .collect();
        Regex::new(&alternatives.join("|")).expect("constant pattern compiles")
    });
    re.captures_iter(text)
        .filter_map(|caps| {
            let all = caps.get(0)?;
            let number = caps.iter().skip(1).flatten().next()?;
            let after = text[number.end()..].chars().next();
            (super::at_word_start(text, all.start()) && !after.is_some_and(|c| c.is_alphanumeric()))
                .then_some(IdMatch {
                    start: number.start(),
                    end: number.end(),
                    kind: IdKind::Personnummer,
                    checksum_ok: true,
                })
        })
        .collect()
}

/// A Thai identity card number, written in its groups ("1-1037-00123-45-8": the check
/// digit over weights 13–2, modulo 11). Found only so grouped and with a right check digit:
/// thirteen digits in a row are as often an EAN or an OCR number.
fn thai_numbers(text: &str) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(&RE, r"[0-9]-[0-9]{4}-[0-9]{5}-[0-9]{2}-[0-9]");
    checked_numbers(text, re, thai_ok)
}

/// The standalone matches of `re` whose digits pass `ok`: personnummer of a foreign kind.
fn checked_numbers(text: &str, re: &Regex, ok: impl Fn(&[u32]) -> bool) -> Vec<IdMatch> {
    re.find_iter(text)
        .filter(|m| standalone_number(text, m.start(), m.end()))
        .filter_map(|m| {
            let d: Vec<u32> = m.as_str().chars().filter_map(|c| c.to_digit(10)).collect();
            ok(&d).then_some(IdMatch {
                start: m.start(),
                end: m.end(),
                kind: IdKind::Personnummer,
                checksum_ok: true,
            })
        })
        .collect()
}

fn thai_ok(d: &[u32]) -> bool {
    let sum: u32 = (0..12).map(|i| d[i] * (13 - i as u32)).sum();
    (11 - sum % 11) % 10 == d[12]
}

/// No letter, digit or joining mark right before or after: not part of a longer number.
fn standalone_number(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric() || "-+/.,".contains(c))
        && !after.is_some_and(|c| c.is_alphanumeric() || c == '-')
}

/// The national identity numbers of the Baltic states and Poland, which residents and
/// seasonal workers give in their place: an Estonian isikukood or a Lithuanian asmens
/// kodas (11 digits: century and sex, birth date, serial, a check digit over weights
/// 1–9, 1), a Polish PESEL (11 digits: birth date with the century in the month, a check
/// digit over weights 1, 3, 7, 9) and a Latvian personas kods ("140385-12368": birth date,
/// a dash, five digits with a check digit; from 2017 "32…" and no check, found after its
/// label only). Found when the number is what its kind says it is, with a right check
/// digit or a date that holds; any such number after its label ("isikukood", "PESEL"),
/// whatever its digits.
fn baltic_and_polish_numbers(text: &str, year: i32) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(&RE, r"[0-9]{6}-[0-9]{5}|[0-9]{11}");
    re.find_iter(text)
        .filter(|m| standalone_number(text, m.start(), m.end()))
        .filter_map(|m| {
            let digits: Vec<u32> = m.as_str().chars().filter_map(|c| c.to_digit(10)).collect();
            let valid = if m.as_str().contains('-') {
                latvian_ok(&digits, year)
            } else {
                estonian_or_lithuanian_ok(&digits, year) || pesel_ok(&digits, year)
            };
            (valid || labelled_foreign(&text[..m.start()])).then_some(IdMatch {
                start: m.start(),
                end: m.end(),
                kind: IdKind::Personnummer,
                checksum_ok: valid,
            })
        })
        .collect()
}

/// Labels of the Baltic and Polish identity numbers (lower case), right before one.
const FOREIGN_ID_LABELS: [&str; 6] = [
    "isikukood",
    "asmens kodas",
    "asmens kodo",
    "personas kods",
    "pesel",
    "personal code",
];

fn labelled_foreign(before: &str) -> bool {
    let tail = lower_tail(before, 20);
    let tail = tail.trim_end_matches([' ', ':', '\u{a0}']);
    FOREIGN_ID_LABELS.iter().any(|l| tail.ends_with(l))
}

/// The last `chars` characters of `text`, in lower case: where a number's label stands.
fn lower_tail(text: &str, chars: usize) -> String {
    let from = text
        .char_indices()
        .rev()
        .nth(chars - 1)
        .map_or(0, |(i, _)| i);
    text[from..].to_lowercase()
}

/// A real birth date (year, month, day) no later than this year.
fn born(year: u32, month: u32, day: u32, this_year: i32) -> bool {
    let y = year as i32;
    y <= this_year && (1..=12).contains(&month) && day >= 1 && day <= days_in_month(y, month)
}

fn estonian_or_lithuanian_ok(d: &[u32], this_year: i32) -> bool {
    let century = match d[0] {
        1 | 2 => 1800,
        3 | 4 => 1900,
        5 | 6 => 2000,
        _ => return false,
    };
    let year = century + d[1] * 10 + d[2];
    if !born(year, d[3] * 10 + d[4], d[5] * 10 + d[6], this_year) {
        return false;
    }
    let weighted = |weights: [u32; 10]| d.iter().zip(weights).map(|(a, w)| a * w).sum::<u32>() % 11;
    let mut check = weighted([1, 2, 3, 4, 5, 6, 7, 8, 9, 1]);
    if check == 10 {
        check = weighted([3, 4, 5, 6, 7, 8, 9, 1, 2, 3]) % 10;
    }
    check == d[10]
}

fn pesel_ok(d: &[u32], this_year: i32) -> bool {
    let (century, month) = match d[2] * 10 + d[3] {
        m @ 81..=92 => (1800, m - 80),
        m @ 1..=12 => (1900, m),
        m @ 21..=32 => (2000, m - 20),
        _ => return false,
    };
    if !born(
        century + d[0] * 10 + d[1],
        month,
        d[4] * 10 + d[5],
        this_year,
    ) {
        return false;
    }
    let weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    (10 - sum % 10) % 10 == d[10]
}

fn latvian_ok(d: &[u32], this_year: i32) -> bool {
    // From 2017: "32" and nine random digits, no date and no check: found after its
    // label only, as nothing in the digits tells it from any other number.
    if d[0] == 3 && d[1] == 2 {
        return false;
    }
    let century = match d[6] {
        0 => 1800,
        1 => 1900,
        2 => 2000,
        _ => return false,
    };
    let year = century + d[4] * 10 + d[5];
    if !born(year, d[2] * 10 + d[3], d[0] * 10 + d[1], this_year) {
        return false;
    }
    let weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let sum: u32 = d.iter().zip(weights).map(|(a, w)| a * w).sum();
    (1101 - sum) % 11 == d[10]
}

/// "SE670718123301": a sole trader's VAT number, the owner's personnummer between the
/// country code and "01" (only with a right check digit: other VAT numbers hold a
/// company's organisation number).
fn vat_numbers(text: &str, year: i32) -> Vec<IdMatch> {
    static RE: OnceLock<Regex> = OnceLock::new();
    let re = super::constant_regex(&RE, r"SE([0-9]{6})([0-9]{4})01");
    re.captures_iter(text)
        .filter_map(|caps| {
            let (all, date, tail) = (caps.get(0)?, caps.get(1)?, caps.get(2)?);
            let before = text[..all.start()].chars().next_back();
            let after = text[all.end()..].chars().next();
            if before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
            {
                return None;
            }
            let m = classify(date.as_str(), "", tail.as_str(), year).filter(|m| m.checksum_ok)?;
            Some(IdMatch {
                start: all.start(),
                end: all.end(),
                ..m
            })
        })
        .collect()
}

/// Not part of a longer number or word: no letter or digit right before or after, and
/// no digit joined by a separator before (as in "2024/121212-1212").
fn standalone(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    let after = text[end..].chars().next();
    if after.is_some_and(char::is_alphanumeric) {
        return false;
    }
    // "PNR811218-9876": a label glued to the number is no word it is part of.
    let from = text[..start]
        .char_indices()
        .rev()
        .nth(11)
        .map_or(0, |(i, _)| i);
    let lower = text[from..start].to_lowercase();
    let labelled = ["pnr", "personnr", "personnummer"]
        .iter()
        .any(|l| lower.ends_with(l));
    match (before.next(), before.next()) {
        (Some(c), _) if c.is_alphanumeric() => labelled,
        (Some(c), Some(d)) if "-+/.:,".contains(c) && d.is_ascii_digit() => {
            personkonto(&text[..start])
        }
        _ => true,
    }
}

/// Clearing numbers of Nordea's personkonto, whose account number is the holder's
/// personnummer ("3300-450218-9980").
const PERSONKONTO_CLEARING: [&str; 2] = ["3300", "3782"];

/// The text before a number ends in a personkonto's clearing number and a dash: the
/// number is the holder's personnummer, not part of a longer one.
fn personkonto(before: &str) -> bool {
    let Some(head) = before.strip_suffix('-') else {
        return false;
    };
    // Any mark before the clearing number ("kontonr.3300-…", "[3300-…", "|3300-…"), not
    // a digit, a letter or a number's dash or slash ("2024-3300-…").
    PERSONKONTO_CLEARING.iter().any(|c| {
        head.strip_suffix(c).is_some_and(|rest| {
            rest.chars()
                .next_back()
                .is_none_or(|ch| !ch.is_alphanumeric() && !"-–/".contains(ch))
        })
    })
}

/// Decides whether date digits + separator + last four form a valid identity number.
fn classify(date: &str, sep: &str, tail: &str, year: i32) -> Option<IdMatch> {
    // "19381224 - 2209": spaces around a hyphen or plus are a typing habit, not a form.
    let sep = if sep.chars().count() > 1 {
        sep.trim()
    } else {
        sep
    };
    let d: Vec<u32> = date.bytes().map(|b| (b - b'0') as u32).collect();
    let (full_year, yy_start) = if d.len() == 8 {
        (d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3], 2)
    } else {
        (century_year(d[0] * 10 + d[1], sep == "+", year), 0)
    };
    let full_year = full_year as i32;
    if !(1800..=year).contains(&full_year) {
        return None;
    }
    let month = d[yy_start + 2] * 10 + d[yy_start + 3];
    let day = d[yy_start + 4] * 10 + d[yy_start + 5];
    let kind = date_kind(full_year, month, day)?;
    let ten: String = date[date.len() - 6..].chars().chain(tail.chars()).collect();
    // Serial number 000 is never issued, so it counts as a wrong check.
    let checksum_ok = luhn_ok(&ten) && &ten[6..9] != "000";
    let spaced = matches!(sep, " " | "\u{00A0}" | "\u{2007}" | "\u{2009}" | "\u{202F}");
    let phone_like = sep.is_empty() && d.len() == 6 && d[0] == 0;
    // A space-separated or 0-leading ten-digit number with a wrong check digit is far more
    // often something else (a phone number, a date and a time) than a mistyped personnummer;
    // twelve digits opening with a century and a birth date are one all the same.
    if !checksum_ok && (spaced && d.len() == 6 || phone_like) {
        return None;
    }
    // "230464-1173": a Danish CPR number (day, month, year; no Luhn digit) reads as a
    // samordningsnummer whose check fails; it is a person's identity number all the same.
    let danish = kind == IdKind::Samordningsnummer && !checksum_ok && d.len() == 6 && {
        let (day, month) = (d[0] * 10 + d[1], d[2] * 10 + d[3]);
        (1..=12).contains(&month) && day >= 1 && day <= days_in_month(2000, month)
    };
    let kind = if danish { IdKind::Personnummer } else { kind };
    Some(IdMatch {
        start: 0,
        end: 0,
        kind,
        checksum_ok,
    })
}

/// The full year of a two-digit year: the person is under 100 (`-` or no separator), or
/// 100 or older (`+`).
fn century_year(yy: u32, plus: bool, year: i32) -> u32 {
    let this_century = (year as u32 / 100) * 100;
    let recent = if this_century + yy <= year as u32 {
        this_century + yy
    } else {
        this_century - 100 + yy
    };
    if plus {
        recent - 100
    } else {
        recent
    }
}

/// A real date → personnummer; day + 60 (day 60: day unknown; month 00: month unknown)
/// → samordningsnummer.
fn date_kind(year: i32, month: u32, day: u32) -> Option<IdKind> {
    if day >= 60 {
        let real_day = day - 60;
        let unknown = real_day == 0;
        // Month 00 is issued when the month of birth is unknown, day 60 when the day is.
        let month_ok = month <= 12;
        let longest = if month == 0 {
            31
        } else {
            days_in_month(year, month)
        };
        let day_ok = unknown || real_day <= longest;
        return (month_ok && day_ok && day <= 91).then_some(IdKind::Samordningsnummer);
    }
    ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
        .then_some(IdKind::Personnummer)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Luhn over the 10-character form; an interim letter counts as 1.
fn luhn_ok(ten: &str) -> bool {
    let digits: Vec<u32> = ten.chars().map(|c| c.to_digit(10).unwrap_or(1)).collect();
    if digits.len() != 10 {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .enumerate()
        .map(|(i, &v)| {
            let p = if i % 2 == 0 { v * 2 } else { v };
            p / 10 + p % 10
        })
        .sum();
    (10 - sum % 10) % 10 == digits[9]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<&str> {
        find(text, 2026)
            .iter()
            .map(|m| &text[m.start..m.end])
            .collect()
    }

    #[test]
    fn the_pattern_compiles() {
        assert!(pattern().is_match("121212-1212"));
    }

    #[test]
    fn every_form_of_one_number_is_found() {
        for form in [
            "19121212-1212",
            "191212121212",
            "121212-1212",
            "1212121212",
            "121212 1212",
            "121212+1212",
            "19121212 - 1212",
            "121212 - 1212",
        ] {
            assert_eq!(
                found(&format!("Sökande, pnr {form}, bor här.")),
                [form],
                "{form}"
            );
        }
    }

    #[test]
    fn a_personkontos_number_after_its_clearing_number_is_the_holders_personnummer() {
        assert_eq!(
            found("mitt personkonto i Nordea, 3300-450218-9980."),
            ["450218-9980"]
        );
        assert_eq!(found("(3782-450218-9980)"), ["450218-9980"]);
        assert_eq!(found("kontonr.3300-450218-9980"), ["450218-9980"]);
        assert_eq!(found("Nordea [3300-450218-9980]"), ["450218-9980"]);
        assert!(found("konto 8327-450218-9980").is_empty());
        assert!(found("Dnr 2024-3300-450218-9980").is_empty());
    }

    #[test]
    fn a_number_with_its_last_four_blanked_still_gives_the_birth_date() {
        assert_eq!(
            found("Gunnel Ström, 19470211-XXXX, Kyrkogatan 11 A"),
            ["19470211-XXXX"]
        );
        let m = find("samordningsnummer 080477-xxxx, fyller 18", 2026);
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].kind, IdKind::Samordningsnummer);
        assert!(found("Dnr 2026-XXXX").is_empty());
        assert!(found("20261399-XXXX").is_empty());
    }

    #[test]
    fn a_wrong_check_digit_is_still_reported_with_lower_confidence() {
        let m = find("pnr 19121212-1213 ", 2026);
        assert_eq!(m.len(), 1);
        assert!(!m[0].checksum_ok);
        assert!(m[0].confidence() < 0.9);
    }

    #[test]
    fn twelve_digits_spaced_with_a_wrong_check_digit_are_reported_but_not_ten() {
        assert_eq!(found("pnr 19550823 4417 "), ["19550823 4417"]);
        assert!(found("nr 550823 4417 ").is_empty());
    }

    #[test]
    fn samordningsnummer_and_interim_numbers_are_recognised() {
        assert_eq!(find("701063-2391", 2026)[0].kind, IdKind::Samordningsnummer);
        assert_eq!(found("interim 000101-T220 ok"), ["000101-T220"]);
        assert!(found("000101-E221").is_empty());
    }

    #[test]
    fn a_danish_cpr_number_is_a_personnummer_not_a_samordningsnummer_that_fails_its_check() {
        // Read as ours, 23 April 1964 is the 4th of April 2023 plus 60 with a wrong digit.
        assert_eq!(find("230464-1173", 2026)[0].kind, IdKind::Personnummer);
        // A samordningsnummer whose check holds stays one, as does one no date reads.
        assert_eq!(find("701063-2391", 2026)[0].kind, IdKind::Samordningsnummer);
        assert_eq!(find("701063-2392", 2026)[0].kind, IdKind::Samordningsnummer);
    }

    #[test]
    fn baltic_and_polish_identity_numbers_are_personnummer_by_their_check_or_their_label() {
        let text = "Kaja Tamm, 48705120271; Rasa K. (49102270183); Jānis O. (140385-12368); \
                    personas kods 320917-40562; PESEL 94061104821; isikukood 38203140519";
        assert_eq!(
            found(text),
            [
                "48705120271",
                "49102270183",
                "140385-12368",
                "320917-40562",
                "94061104821",
                "38203140519"
            ]
        );
        // A wrong check digit and no label: an order or account number.
        for text in [
            "ordernummer 48705120272",
            "konto 140385-12369",
            "tel 46701234567",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn finnish_and_thai_identity_numbers_are_personnummer_by_their_check() {
        let text = "Kalle Virtanen (150372-238B), Somchai P. 1-1037-00123-45-8, \
                    Aino Lahti 010203A1230";
        assert_eq!(
            found(text),
            ["150372-238B", "1-1037-00123-45-8", "010203A1230"]
        );
        // A wrong check character or digit: some other code.
        for text in [
            "kod 150372-238C",
            "ref 1-1037-00123-45-7",
            "EAN 2212831454428 och OCR-nummer 2009015287190",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn a_norwegian_fodselsnummer_or_d_nummer_is_a_personnummer_by_its_two_check_digits() {
        let text = "Trond Eikeland, norskt fødselsnummer 230275 34546, och Kari Dahl \
                    (D-nummer 51038721430), Ola Dahl 230275-34546";
        assert_eq!(found(text), ["230275 34546", "51038721430", "230275-34546"]);
        for text in ["kundnummer 230275 34547", "fakturanummer 51038721431"] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }

    #[test]
    fn other_countries_identity_numbers_are_personnummer_after_their_label_only() {
        let text = "Aadhaar 4820 1937 6520; resident identity card 11010819870423762X; \
                    RUT 26.118.402-8; AMKA: 12078801433; kod-e melli 004-218377-4; \
                    CCCD 001186004512. Faktura 12078801433, RUT-avdrag 26 118 kronor.";
        assert_eq!(
            found(text),
            [
                "4820 1937 6520",
                "11010819870423762X",
                "26.118.402-8",
                "12078801433",
                "004-218377-4",
                "001186004512"
            ]
        );
    }

    #[test]
    fn a_ukrainian_taxpayer_number_is_a_personnummer_after_its_label_only() {
        let text = "РНОКПП (ІПН): 3191003461. RNOKPP: 3191003461. Fakturanummer 3191003461.";
        assert_eq!(found(text), ["3191003461", "3191003461"]);
    }

    #[test]
    fn organisation_numbers_dates_phones_and_amounts_are_not_reported() {
        for text in [
            "Norrvik Bygg AB, org.nr 556016-0680",
            "AP-fonden 802005-1952",
            "den 2024-03-15 kl. 14.30–16.00",
            "ring 070-123 45 67 eller 0980-701 00",
            "ring +46 70 123 45 67",
            "beloppet 1 250 000 kr och 12 345,50 kr",
            "Dnr KS 2024/123, 2023-KS0548/003, MN 2024.0456",
            "enligt SFS 1998:1191 och 2010:900",
            "postadress 981 85 Kiruna",
            "IBAN SE45 5000 0000 0583 9825 7466",
            "löpnummer 12345678901234",
        ] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
    }
}
