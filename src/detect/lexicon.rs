//! The word lists the detectors use (assets/lexicons/): names, role words, decision words,
//! sensitive-category stems, street endings. Data, not code: adding a word needs no change
//! here.

use serde::Deserialize;
use std::collections::HashSet;

const LEXIKON: &str = include_str!("../../assets/lexicons/lexikon.toml");
const FORNAMN: &str = include_str!("../../assets/lexicons/fornamn.txt");
const EFTERNAMN: &str = include_str!("../../assets/lexicons/efternamn.txt");
const TVETYDIGA: &str = include_str!("../../assets/lexicons/tvetydiga.txt");
const ORTER: &str = include_str!("../../assets/lexicons/orter.txt");

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Lexicon {
    pub namn: NameWords,
    pub tjansteman: OfficialWords,
    pub beslut: DecisionWords,
    pub sekretess: SecrecyWords,
    pub kanslig: Stems,
    pub lagovertradelse: Stems,
    pub integritetskanslig: Stems,
    pub myndighetsutovning: Stems,
    pub facklig: Stems,
    pub adress: AddressWords,
    pub kontakt: ContactWords,
    pub organisation: Stems,
    #[serde(skip)]
    pub first_names: HashSet<String>,
    #[serde(skip)]
    pub surnames: HashSet<String>,
    #[serde(skip)]
    pub ambiguous: HashSet<String>,
    /// Places that end like surnames ("Stockholm"): never a surname.
    #[serde(skip)]
    pub places: HashSet<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NameWords {
    pub efternamnsandelser: Vec<String>,
    pub rollord: Vec<String>,
    /// Verbs that, right after two capitalised words, make them a person ("… har ansökt").
    pub rollverb: Vec<String>,
    /// Words after a name that make it a place's name ("Gustav Adolfs torg").
    pub platsord: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct OfficialWords {
    pub rubriker: Vec<String>,
    pub partier: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DecisionWords {
    pub gynnande: Vec<String>,
    pub avslag: Vec<String>,
    pub ingripande: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecrecyWords {
    pub arende: Vec<SecrecyMatter>,
    /// The provisions the user picks from when putting a § under secrecy (free text is
    /// allowed too).
    pub bestammelser: Vec<Provision>,
}

/// A secrecy provision and the area it covers ("socialtjänst"), for the list.
#[derive(Debug, Clone, PartialEq, Deserialize, serde::Serialize)]
pub struct Provision {
    pub bestammelse: String,
    pub omrade: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecrecyMatter {
    pub ord: Vec<String>,
    pub bestammelse: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Stems {
    pub ord: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AddressWords {
    pub gatuandelser: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContactWords {
    pub funktionella: Vec<String>,
    pub vaxelord: Vec<String>,
}

fn word_list(text: &str) -> HashSet<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

impl Lexicon {
    /// The lexicon compiled into the program. It is a constant validated by a unit test.
    pub fn embedded() -> Result<Lexicon, String> {
        Lexicon::with_changes(None)
    }

    /// The embedded lexicon with a municipality's changes from its rulebook's `[lexikon]`
    /// table: a section given there (e.g. `[lexikon.kanslig]`) replaces the embedded one,
    /// and `fornamn`, `efternamn` and `orter` lists add names to the embedded lists.
    pub fn with_changes(changes: Option<&toml::Table>) -> Result<Lexicon, String> {
        let mut table: toml::Table =
            toml::from_str(LEXIKON).map_err(|e| e.message().to_string())?;
        let extra = |key: &str| -> Vec<String> {
            changes
                .and_then(|c| c.get(key))
                .and_then(|v| v.as_array())
                .map(|a| {
                    a.iter()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default()
        };
        for (key, value) in changes.into_iter().flatten() {
            if !matches!(key.as_str(), "fornamn" | "efternamn" | "orter") {
                table.insert(key.clone(), value.clone());
            }
        }
        let mut lexicon: Lexicon = table
            .try_into()
            .map_err(|e: toml::de::Error| e.message().to_string())?;
        lexicon.first_names = word_list(FORNAMN);
        lexicon.first_names.extend(extra("fornamn"));
        lexicon.surnames = word_list(EFTERNAMN);
        lexicon.surnames.extend(extra("efternamn"));
        lexicon.ambiguous = word_list(TVETYDIGA);
        lexicon.places = word_list(ORTER);
        lexicon.places.extend(extra("orter"));
        Ok(lexicon)
    }

    /// A capitalised word that is a known first name (also each part of "Per-Erik").
    pub fn is_first_name(&self, word: &str) -> bool {
        let known = |part: &str| {
            self.first_names.contains(part) || self.first_names.contains(&without_accents(part))
        };
        word.split('-').all(known) && starts_upper(word)
    }

    /// A capitalised word that is a known surname or ends like one ("Lindqvist").
    pub fn is_surname(&self, word: &str) -> bool {
        if !starts_upper(word) || word.chars().count() < 2 {
            return false;
        }
        let base = strip_genitive(word);
        if self.is_place(word) {
            return false;
        }
        self.surnames.contains(base)
            || base.split('-').all(|part| {
                self.surnames.contains(part)
                    || self.namn.efternamnsandelser.iter().any(|s| {
                        part.len() > s.len() + 2 && part.to_lowercase().ends_with(s.as_str())
                    })
            })
    }
}

impl Lexicon {
    /// A town, county or country (also in the genitive: "Stockholms").
    pub fn is_place(&self, word: &str) -> bool {
        self.places.contains(word) || self.places.contains(strip_genitive(word))
    }
}

/// "Linnéa" → "Linnea": names are written with and without their accents.
fn without_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'á' | 'à' => 'a',
            'í' | 'ï' => 'i',
            'ó' | 'ò' => 'o',
            'ú' | 'ü' => 'u',
            c => c,
        })
        .collect()
}

pub fn starts_upper(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// "Pokkas" → "Pokka" (Swedish genitive -s), unless the word is a name ending in s.
pub fn strip_genitive(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.chars().count() >= 3)
        .unwrap_or(word)
}

/// Whether `word` (lower case) contains one of the stems: at its start, or inside a
/// compound for stems of five letters or more ("demensdiagnos", "hyresskuld").
pub fn stem_hit<'s>(word: &str, stems: &'s [String]) -> Option<&'s str> {
    stems
        .iter()
        .find(|s| {
            !s.contains(' ')
                && (word.starts_with(s.as_str())
                    || (s.chars().count() >= 5 && word.contains(s.as_str())))
        })
        .map(String::as_str)
}

/// Whether lower-case `text` mentions one of the stems: a word holding a single-word stem
/// (see [`stem_hit`]) or the text holding a multi-word one.
pub fn mentions_any(text: &str, stems: &[String]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| stem_hit(w, stems).is_some())
        || phrase_hit(text, stems).is_some()
}

/// Multi-word stems ("lämnar samtycke") found in lower-case text.
pub fn phrase_hit<'s>(text: &str, stems: &'s [String]) -> Option<&'s str> {
    stems
        .iter()
        .find(|s| s.contains(' ') && text.contains(s.as_str()))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_lexicon_loads() {
        let lex = Lexicon::embedded().expect("valid lexicon");
        assert!(lex.is_first_name("Per-Erik"));
        assert!(
            lex.is_surname("Lindqvist") && lex.is_surname("Åkesson") && lex.is_surname("Pokkas")
        );
        assert!(!lex.is_surname("Nämnden"));
        assert_eq!(
            stem_hit("demensdiagnosen", &lex.kanslig.ord),
            Some("diagnos")
        );
        assert_eq!(
            stem_hit("hyresskulden", &lex.integritetskanslig.ord),
            Some("skuld")
        );
    }
}
