//! The rulebook: every rule of the guideline as data (assets/rulebook.toml), with the
//! Swedish rationale the user sees and the guideline section it cites.
//!
//! The embedded rulebook is compiled into the binary; a municipality may load its own
//! adapted copy. Both are validated the same way, so a broken copy is refused with a
//! clear message instead of silently dropping a rule.

use super::lexicon::Lexicon;
use super::Suggestion;
use crate::locale::Lang;
use serde::Deserialize;
use std::path::Path;

/// The rule ids of the guideline (and of the command-line contract); each must be present.
pub const RULE_IDS: &[&str] = &[
    "personnummer",
    "samordningsnummer",
    "sekretess",
    "kanslig",
    "lagovertradelse",
    "integritetskanslig",
    "namn",
    "adress",
    "kontakt",
    "fastighetsbeteckning",
    "myndighetsutovning",
    "namnteckning",
    "foto",
    "facklig",
    "fortroendevald",
    "medborgarforslag",
];

const EMBEDDED: &str = include_str!("../../assets/rulebook.toml");

/// One rule of the guideline.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub title: String,
    pub rationale: String,
    pub section: String,
    pub suggestion: Suggestion,
    pub locked: bool,
    pub keep_requires_reason: bool,
    /// UI colour, `#RRGGBB`.
    pub color: String,
}

/// A validated rulebook.
#[derive(Debug, Clone, PartialEq)]
pub struct Rulebook {
    pub id: String,
    pub version: String,
    pub guideline: String,
    pub rules: Vec<Rule>,
    /// Hex SHA-256 of the TOML text, for the audit note.
    pub hash: String,
    /// The word lists of the detectors (assets/lexicons/).
    pub lexicon: Lexicon,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RulebookFile {
    id: String,
    version: String,
    guideline: String,
    rule: Vec<Rule>,
    /// A municipality's changes to the word lists (see [`Lexicon::with_changes`]).
    lexikon: Option<toml::Table>,
}

/// Why a rulebook was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RulebookError {
    /// The file, or `inbyggd` for the embedded rulebook.
    pub source: String,
    pub problem: RulebookProblem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RulebookProblem {
    Unreadable(String),
    Syntax(String),
    UnknownRule(String),
    DuplicateRule(String),
    MissingRule(String),
    EmptyField { rule: String, field: &'static str },
    BadColor { rule: String, color: String },
}

impl RulebookError {
    /// One sentence naming the file, in the given language.
    pub fn message(&self, lang: Lang) -> String {
        let f = &self.source;
        use RulebookProblem::*;
        match (lang, &self.problem) {
            (Lang::English, Unreadable(e)) => format!("{f}: the rulebook cannot be read ({e})."),
            (Lang::Swedish, Unreadable(e)) => format!("{f}: regelboken kan inte läsas ({e})."),
            (Lang::English, Syntax(e)) => format!("{f}: the rulebook is not valid TOML ({e})."),
            (Lang::Swedish, Syntax(e)) => format!("{f}: regelboken är inte giltig TOML ({e})."),
            (Lang::English, UnknownRule(r)) => {
                format!("{f}: the rulebook has an unknown rule id '{r}'.")
            }
            (Lang::Swedish, UnknownRule(r)) => {
                format!("{f}: regelboken har ett okänt regel-id '{r}'.")
            }
            (Lang::English, DuplicateRule(r)) => {
                format!("{f}: the rulebook defines rule '{r}' twice.")
            }
            (Lang::Swedish, DuplicateRule(r)) => {
                format!("{f}: regelboken definierar regeln '{r}' två gånger.")
            }
            (Lang::English, MissingRule(r)) => format!("{f}: the rulebook lacks the rule '{r}'."),
            (Lang::Swedish, MissingRule(r)) => format!("{f}: regelboken saknar regeln '{r}'."),
            (Lang::English, EmptyField { rule, field }) => {
                format!("{f}: rule '{rule}' in the rulebook has no {field}.")
            }
            (Lang::Swedish, EmptyField { rule, field }) => {
                format!("{f}: regeln '{rule}' i regelboken saknar {field}.")
            }
            (Lang::English, BadColor { rule, color }) => {
                format!("{f}: rule '{rule}' has the colour '{color}', not #RRGGBB.")
            }
            (Lang::Swedish, BadColor { rule, color }) => {
                format!("{f}: regeln '{rule}' har färgen '{color}', inte #RRGGBB.")
            }
        }
    }
}

impl std::fmt::Display for RulebookError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::English))
    }
}

impl std::error::Error for RulebookError {}

impl Rulebook {
    /// The rulebook compiled into the program.
    pub fn embedded() -> Result<Rulebook, RulebookError> {
        Rulebook::from_toml_str(EMBEDDED, "inbyggd")
    }

    /// A municipality's own rulebook file.
    pub fn from_file(path: &Path) -> Result<Rulebook, RulebookError> {
        let source = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| RulebookError {
            source: source.clone(),
            problem: RulebookProblem::Unreadable(e.to_string()),
        })?;
        Rulebook::from_toml_str(&text, &source)
    }

    /// Parses and validates rulebook TOML; `source` names it in errors.
    pub fn from_toml_str(text: &str, source: &str) -> Result<Rulebook, RulebookError> {
        let fail = |problem| RulebookError {
            source: source.to_string(),
            problem,
        };
        let file: RulebookFile = toml::from_str(text)
            .map_err(|e| fail(RulebookProblem::Syntax(e.message().to_string())))?;
        validate(&file.rule).map_err(fail)?;
        let lexicon = Lexicon::with_changes(file.lexikon.as_ref())
            .map_err(|e| fail(RulebookProblem::Syntax(format!("lexikon: {e}"))))?;
        Ok(Rulebook {
            lexicon,
            id: file.id,
            version: file.version,
            guideline: file.guideline,
            rules: file.rule,
            hash: crate::ingest::sha256_hex(text.as_bytes()),
        })
    }

    /// The rule with this id (every contract id is present after validation).
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

fn validate(rules: &[Rule]) -> Result<(), RulebookProblem> {
    let mut seen: Vec<&str> = Vec::new();
    for rule in rules {
        if !RULE_IDS.contains(&rule.id.as_str()) {
            return Err(RulebookProblem::UnknownRule(rule.id.clone()));
        }
        if seen.contains(&rule.id.as_str()) {
            return Err(RulebookProblem::DuplicateRule(rule.id.clone()));
        }
        seen.push(&rule.id);
        for (field, value) in [
            ("title", &rule.title),
            ("rationale", &rule.rationale),
            ("section", &rule.section),
        ] {
            if value.trim().is_empty() {
                return Err(RulebookProblem::EmptyField {
                    rule: rule.id.clone(),
                    field,
                });
            }
        }
        if !is_hex_color(&rule.color) {
            return Err(RulebookProblem::BadColor {
                rule: rule.id.clone(),
                color: rule.color.clone(),
            });
        }
    }
    match RULE_IDS.iter().find(|id| !seen.contains(id)) {
        Some(missing) => Err(RulebookProblem::MissingRule(missing.to_string())),
        None => Ok(()),
    }
}

fn is_hex_color(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|d| d.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_rulebook_is_valid_and_covers_every_rule() {
        let book = Rulebook::embedded().expect("embedded rulebook validates");
        for id in RULE_IDS {
            assert!(book.rule(id).is_some(), "{id}");
        }
        let pn = book.rule("personnummer").expect("present");
        assert!(pn.locked);
        assert_eq!(
            pn.rationale,
            "Personnummer och samordningsnummer får aldrig publiceras."
        );
        assert_eq!(
            book.rule("fortroendevald").map(|r| r.suggestion),
            Some(Suggestion::Keep)
        );
    }

    #[test]
    fn an_unknown_rule_id_is_refused_with_a_clear_message() {
        let text = EMBEDDED.replace("id = \"foto\"", "id = \"fotografi\"");
        let err = Rulebook::from_toml_str(&text, "egen.toml").expect_err("refused");
        assert_eq!(
            err.problem,
            RulebookProblem::UnknownRule("fotografi".into())
        );
        assert!(err
            .message(Lang::Swedish)
            .contains("okänt regel-id 'fotografi'"));
    }

    #[test]
    fn a_missing_rationale_is_refused() {
        let text = EMBEDDED.replacen(
            "rationale = \"Personnummer och samordningsnummer får aldrig publiceras.\"",
            "rationale = \"\"",
            1,
        );
        let err = Rulebook::from_toml_str(&text, "egen.toml").expect_err("refused");
        assert!(matches!(
            err.problem,
            RulebookProblem::EmptyField {
                field: "rationale",
                ..
            }
        ));
    }

    #[test]
    fn a_duplicate_or_missing_rule_is_refused() {
        let dup = format!("{EMBEDDED}\n[[rule]]\nid = \"foto\"\ntitle = \"x\"\nrationale = \"x\"\nsection = \"x\"\nsuggestion = \"mask\"\nlocked = false\nkeep_requires_reason = true\ncolor = \"#000000\"\n");
        assert!(matches!(
            Rulebook::from_toml_str(&dup, "a").map_err(|e| e.problem),
            Err(RulebookProblem::DuplicateRule(_))
        ));
        let start = EMBEDDED.find("[[rule]]\nid = \"foto\"").expect("foto rule");
        let end = start + EMBEDDED[start + 1..].find("[[rule]]").expect("next rule") + 1;
        let missing = format!("{}{}", &EMBEDDED[..start], &EMBEDDED[end..]);
        assert_eq!(
            Rulebook::from_toml_str(&missing, "a").map_err(|e| e.problem),
            Err(RulebookProblem::MissingRule("foto".into()))
        );
    }

    #[test]
    fn a_municipality_can_add_names_and_replace_a_word_list() {
        let text = format!("{EMBEDDED}\n[lexikon]\nfornamn = [\"Ristenrak\"]\norter = [\"Jukkasjärvi\"]\n[lexikon.kanslig]\nord = [\"särskild kost\"]\n");
        let book = Rulebook::from_toml_str(&text, "egen.toml").expect("valid");
        assert!(book.lexicon.is_first_name("Ristenrak"));
        assert!(book.lexicon.is_place("Jukkasjärvi"));
        assert_eq!(book.lexicon.kanslig.ord.words(), ["särskild kost"]);
        assert!(
            !book.lexicon.integritetskanslig.ord.words().is_empty(),
            "other lists stay"
        );
        let broken = format!("{EMBEDDED}\n[lexikon.kanslig]\nord = 5\n");
        assert!(matches!(
            Rulebook::from_toml_str(&broken, "a").map_err(|e| e.problem),
            Err(RulebookProblem::Syntax(_))
        ));
    }

    #[test]
    fn broken_toml_and_bad_colours_are_refused() {
        assert!(matches!(
            Rulebook::from_toml_str("id = ", "a").map_err(|e| e.problem),
            Err(RulebookProblem::Syntax(_))
        ));
        let text = EMBEDDED.replacen("#B00020", "red", 1);
        assert!(matches!(
            Rulebook::from_toml_str(&text, "a").map_err(|e| e.problem),
            Err(RulebookProblem::BadColor { .. })
        ));
    }
}
