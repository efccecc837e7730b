//! The word lists the detectors use (assets/lexicons/): names, role words, decision words,
//! sensitive-category stems, street endings. Data, not code: adding a word needs no change
//! here.

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input};
use serde::Deserialize;
use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

const LEXIKON: &str = include_str!("../../assets/lexicons/lexikon.toml");
const FORNAMN: &str = include_str!("../../assets/lexicons/fornamn.txt");
const EFTERNAMN: &str = include_str!("../../assets/lexicons/efternamn.txt");
// Derived from the Swedish NER corpus (CC BY 4.0) by tools/names/derive.py.
const FORNAMN_NER: &str = include_str!("../../assets/lexicons/fornamn-ner.txt");
const EFTERNAMN_NER: &str = include_str!("../../assets/lexicons/efternamn-ner.txt");
const TVETYDIGA: &str = include_str!("../../assets/lexicons/tvetydiga.txt");
const ORTER: &str = include_str!("../../assets/lexicons/orter.txt");

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Lexicon {
    pub namn: NameWords,
    pub tjansteman: OfficialWords,
    pub beslut: DecisionWords,
    pub sekretess: SecrecyWords,
    pub arende: MatterWords,
    pub kanslig: Stems,
    pub lagovertradelse: Stems,
    pub integritetskanslig: Stems,
    pub myndighetsutovning: Stems,
    pub facklig: Stems,
    pub adress: AddressWords,
    pub kontakt: ContactWords,
    pub organisation: Stems,
    /// Headings of table columns; a list without them still loads (no column has a role).
    #[serde(default)]
    pub tabell: ColumnWords,
    #[serde(skip)]
    pub first_names: WordSet,
    #[serde(skip)]
    pub surnames: WordSet,
    #[serde(skip)]
    pub ambiguous: WordSet,
    /// Places that end like surnames ("Stockholm"): never a surname.
    #[serde(skip)]
    pub places: WordSet,
    /// The organisation words in lower case, exceptions (`!word`) included, made once:
    /// every address asks for them.
    #[serde(skip)]
    pub organisation_lower: Vec<String>,
    /// The three sensitive lists (kanslig, lagovertradelse, integritetskanslig, in that
    /// order) in one automaton, made once: every sentence is asked which it mentions, and
    /// one pass tells.
    #[serde(skip)]
    pub sensitive: GroupedStems,
    /// The person words and role words of one word, made once: every paragraph of a
    /// private matter is asked whether it points at someone.
    #[serde(skip)]
    pub person_words: WordSet,
    /// The person words and role words of several words ("den enskilde").
    #[serde(skip)]
    pub person_phrases: Vec<String>,
    /// The role words of one word, made once: asked before every capitalised word.
    #[serde(skip)]
    pub role_words: WordSet,
    /// The words of matters about building on a property in one automaton, made once:
    /// every paragraph is asked whether it is about one.
    #[serde(skip)]
    pub building_matter: StemSet,
    /// The decision lists (ingripande, avslag, gynnande, in that order) in one automaton,
    /// made once: every § body is asked which of them it mentions, and one pass tells.
    #[serde(skip)]
    pub decisions: GroupedStems,
    /// The words of the secrecy matters (`sekretess.arende`) in one automaton, made once:
    /// every § about a private person is asked which matter it is, and one pass tells.
    #[serde(skip)]
    pub secrecy_matters: FirstList,
}

/// Several lists of words in one automaton: the first list (by index) that has a word
/// starting a word of a text. Inside a word it would be found in words that mean something
/// else ("lvm" in "kalvmärkningen"); at a word's start it still finds compounds
/// ("överförmyndarnämnden").
#[derive(Debug, Clone)]
pub struct FirstList {
    /// Each distinct word once.
    words: Vec<String>,
    /// For each of `words`, the first list that has it.
    list: Vec<usize>,
    automaton: AhoCorasick,
}

impl FirstList {
    fn new<'w>(lists: impl Iterator<Item = &'w [String]>) -> Result<FirstList, String> {
        let mut words: Vec<String> = Vec::new();
        let mut list = Vec::new();
        for (index, l) in lists.enumerate() {
            for w in l {
                if !words.contains(w) {
                    words.push(w.clone());
                    list.push(index);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .build(&words)
            .map_err(|e| e.to_string())?;
        Ok(FirstList {
            words,
            list,
            automaton,
        })
    }

    /// The first list one of whose words starts a word of `text`.
    pub fn first_in(&self, text: &str) -> Option<usize> {
        let mut first: Option<usize> = None;
        // Overlapping: every occurrence of every word is seen, not only the leftmost.
        for m in self.automaton.find_overlapping_iter(text) {
            if !super::at_word_start(text, m.start()) {
                continue;
            }
            let l = self.list[m.pattern().as_usize()];
            first = Some(first.map_or(l, |f| f.min(l)));
            if l == 0 {
                break;
            }
        }
        first
    }
}

/// No lists, which no text mentions: what the list holds before [`Lexicon`] makes it.
impl Default for FirstList {
    fn default() -> FirstList {
        FirstList {
            words: Vec::new(),
            list: Vec::new(),
            // An automaton of no patterns is within every limit the builder checks.
            automaton: AhoCorasick::new(Vec::<&str>::new())
                .unwrap_or_else(|e| unreachable!("an empty automaton: {e}")),
        }
    }
}

impl PartialEq for FirstList {
    fn eq(&self, other: &FirstList) -> bool {
        self.words == other.words && self.list == other.list
    }
}

/// Several stem lists in one automaton: which of the lists a text mentions, in one pass.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GroupedStems {
    set: StemSet,
    /// The list each stem of `set` came from (its index among the lists).
    group: Vec<usize>,
}

impl GroupedStems {
    fn new(lists: &[&StemSet]) -> Result<GroupedStems, String> {
        let words: Vec<String> = lists
            .iter()
            .flat_map(|l| l.words().iter().cloned())
            .collect();
        let group = lists
            .iter()
            .enumerate()
            .flat_map(|(g, l)| std::iter::repeat_n(g, l.stems().len()))
            .collect();
        Ok(GroupedStems {
            set: StemSet::try_from(words)?,
            group,
        })
    }

    /// The first list (by index) that `text` mentions a stem of.
    pub fn first_list_in(&self, text: &str) -> Option<usize> {
        self.first_list_where(text, |_| true)
    }

    /// The first list (by index) that `text` mentions a stem of at a byte offset `accept`
    /// takes.
    pub fn first_list_where(&self, text: &str, accept: impl Fn(usize) -> bool) -> Option<usize> {
        let mut first: Option<usize> = None;
        for i in self.set.mentions_where(text, accept) {
            let g = self.group[i];
            first = Some(first.map_or(g, |f| f.min(g)));
            if g == 0 {
                break;
            }
        }
        first
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct NameWords {
    pub efternamnsandelser: Vec<String>,
    pub rollord: Vec<String>,
    /// Verbs (as written) a person is the subject of ("uppger", "har", "får"): a name
    /// that is also a word is the person's when one follows it ("Holm uppger …").
    #[serde(default)]
    pub subjektsverb: Vec<String>,
    /// Verbs that, right after two capitalised words, make them a person ("… har ansökt").
    pub rollverb: Vec<String>,
    /// Passive verbs of a measure right after a name ("… stängs av"): a private party.
    #[serde(default)]
    pub atgard_efter: Vec<String>,
    /// Place words after a genitive that may be the person's own ("Lindhs hus", "Anna
    /// Lindhs plats i kön"): a name before them is still a mention of the person.
    #[serde(default)]
    pub egna_platsord: Vec<String>,
    /// Words after a name that make it a place's name ("Gustav Adolfs torg").
    pub platsord: Vec<String>,
    /// Occupations in the definite form (word endings) before a person's name
    /// ("låtskrivaren Filmon Tekle").
    #[serde(default)]
    pub yrken: Vec<String>,
    /// Capitalised words that are no one's name, even where a party's name would stand
    /// ("Anonym" as a diarium's sender, "Beslut", "Han").
    #[serde(default)]
    pub ingen: Vec<String>,
    /// Public authorities named by one word ("Försäkringskassan", "Sametinget"): no
    /// one's name where a party's would stand.
    #[serde(default)]
    pub myndigheter: Vec<String>,
    /// Words that point at one particular person: a sensitive sentence without a name,
    /// one of these or a role word speaks of people in general.
    #[serde(default)]
    pub personord: Vec<String>,
    /// Words that say a business is one person's (a sole trader's): the business's name
    /// right after them or right before them ("Café Bäckström, enskild firma") names
    /// that person.
    #[serde(default)]
    pub enskild_firma: Vec<String>,
    /// Words opening a bracket that names a business's owner after its name ("… Svets
    /// (innehavare Robin Ekström)").
    #[serde(default)]
    pub agare_i_parentes: Vec<String>,
    /// Phrases right before a business's name ("serveringstillstånd för Grillhörnan i
    /// Sörby"): in a paragraph that names a sole trader, the business is theirs.
    #[serde(default)]
    pub firma_efter: Vec<String>,
    /// Phrases that say a proposer refused to be named ("namnet inte får publiceras"):
    /// the consent the medborgarförslag rule rests on is missing, so the name is masked.
    #[serde(default)]
    pub ej_publicering: Vec<String>,
    /// Phrases that say a proposal came without the signed template ("inte lämnats på
    /// blanketten", "inte undertecknad"): no consent was given by signing it, so the
    /// writer named in the paragraph is a private person.
    #[serde(default)]
    pub utan_mall: Vec<String>,
    /// Capital abbreviations of a trade ("VVS", "EL"), not a sole trader's initials: "Norrbyns
    /// VVS & El" names no one; and abbreviations written as initials ("P.S.").
    #[serde(default)]
    pub inte_initialer: Vec<String>,
    /// Words of a school year before its number ("åk 8"): a name listed with one is a
    /// pupil's.
    #[serde(default)]
    pub arskurs: Vec<String>,
    /// Words right before a name that say its bearer has died ("dödsboet efter"), lower
    /// case: the dead are no one's personal data.
    #[serde(default)]
    pub dod_fore: Vec<String>,
    /// An estate's words set off after its late owner's name at the end of the cell or
    /// line ("Eino Väisänen, dödsbo").
    #[serde(default)]
    pub dodsbo_efter: Vec<String>,
    /// A relative clause right after a name (and its comma) that says its bearer has
    /// died ("som avlidit").
    #[serde(default)]
    pub dod_efter: Vec<String>,
    /// The relative clauses of [`dod_efter`](Self::dod_efter) said of people only ("som
    /// avled"; a horse "dog"): after a passive's agent ("arrenderats av Gösta Mårtensson,
    /// som avled") they speak of the agent.
    #[serde(default)]
    pub dod_efter_agent: Vec<String>,
    /// Verbs of dying ("avled"): right after a name that opens its sentence (or after its
    /// comma and one short apposition), the name's bearer has died; after "Modern till
    /// Lisa Berg" someone else has.
    #[serde(default)]
    pub dod_verb: Vec<String>,
    /// Phrases (lower case) right before a document's sender or writer ("skrivelse från",
    /// "har lämnats av"): two capitalised words after one are a person's name.
    #[serde(default)]
    pub avsandarfraser: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct OfficialWords {
    pub rubriker: Vec<String>,
    /// Headings of a whole list of those present, alone on their line ("Närvarolista"):
    /// they open the attendance block again after other text of a first page.
    #[serde(default)]
    pub narvarolistor: Vec<String>,
    /// Words of a note on someone's presence ("Karin Nyström deltog på distans …"): such a
    /// sentence in the attendance block is part of it, not prose that ends it.
    #[serde(default)]
    pub narvaroord: Vec<String>,
    pub partier: Vec<String>,
    /// Endings of a local party's one-word name ("Finnskogspartiet").
    #[serde(default)]
    pub partiandelser: Vec<String>,
    /// Abbreviations in brackets after a name that are no party's ("Mikael Sandberg
    /// (HSB)"): an association, a company form, an employers' organisation.
    #[serde(default)]
    pub inte_partier: Vec<String>,
    pub titlar: Vec<String>,
    /// Titles a title's ending would match that a business's staff hold, not the
    /// municipality's ("butikschefen", ending like "chefen").
    #[serde(default)]
    pub foretagstitlar: Vec<String>,
    /// Phrases before a title and a name that say a body acts through them ("…
    /// Fiskelägesförening, genom ordföranden Gösta Smiss"): where the sentence names an
    /// association or a company first, the title is theirs, not the municipality's.
    #[serde(default)]
    pub foretradd_av: Vec<String>,
    /// Openings of a sentence that say a company's or an association's people speak
    /// ("Från bolaget deltar vd …"): a title in it is theirs.
    #[serde(default)]
    pub fran_organisation: Vec<String>,
    /// An employee's own matters (lower case: "bisyssla", "arbetsgivarintyg"): in a
    /// register's record of one, the staff member named by title is a private party.
    #[serde(default)]
    pub egna_arenden: Vec<String>,
    /// An elected member's own matters of pay (lower case: "utmätning i arvode"; `!` marks
    /// a heading of a rule for all): a § headed so is about the member its body names
    /// first, a private party there.
    #[serde(default)]
    pub ledamots_egna_arenden: Vec<String>,
    /// A form's labels of the staff member who handled it (lower case: "registrerad av"):
    /// the name in the cell after one is an official's.
    #[serde(default)]
    pub tjanstemannaetiketter: Vec<String>,
    /// Word endings (lower case) that name an association or a company, no public body
    /// ("fiskelägesförening", "bolaget", "ab"): the body of `foretradd_av`.
    #[serde(default)]
    pub enskilda_organ: Vec<String>,
    /// Phrases after a name that speak of the person's elected office ("har avsagt sig
    /// uppdraget som ersättare"): the person is an official.
    #[serde(default)]
    pub uppdrag: Vec<String>,
    /// Assignments after those phrases that a private person holds ("uppdraget som god
    /// man", "… som röstmottagare"): they make no official.
    #[serde(default)]
    pub enskilda_uppdrag: Vec<String>,
    /// Verbs right after a name that present a matter to the nämnd ("redogör för
    /// ärendet"): the one presenting is an official in their role.
    #[serde(default)]
    pub foredrar: Vec<String>,
    /// Words right before a name that say the person took or prepared a decision in the
    /// municipality's name ("Beslutet har fattats av", "Ärendet har beretts av").
    #[serde(default)]
    pub beslutat_av: Vec<String>,
    /// Words of an agenda item presented by the name after its closing dash
    /// ("Kommundirektörens information – Per-Olof Rask").
    #[serde(default)]
    pub informationspunkt: Vec<String>,
    /// Openings of a sentence whose names after "väljs" or "utses" fill seats the council
    /// or a nämnd fills ("Till ledamöter i samrådsgruppen utses …").
    #[serde(default)]
    pub valda_platser: Vec<String>,
    /// Passive verbs of electing after such an opening ("väljs", "utses").
    #[serde(default)]
    pub valjs: Vec<String>,
    /// Verbs of hiring or appointing ("anställa"): the name after one, followed by "som"
    /// or "till" and an office, holds the office.
    #[serde(default)]
    pub anstaller: Vec<String>,
    /// Phrases right before a name that tell a post was filled with them ("Tjänsten som
    /// rektor har tillsatts med Magnus Vesterlund"): the name holds the post.
    #[serde(default)]
    pub tillsatt_med: Vec<String>,
    /// Words right before a title that say it was newly filled ("ny enhetschef"): the
    /// name closing the clause holds it ("Ny enhetschef för fritidsgården är sedan den 1
    /// mars Petra Öhman").
    #[serde(default)]
    pub nytillsatt: Vec<String>,
    /// Phrases after a name and before a title that say the person is being hired to it
    /// ("Karolina Nyström, i dag samordnare, föreslås anställas som enhetschef").
    #[serde(default)]
    pub anstalls_som: Vec<String>,
    /// Verbs of electing ("väljer", "utsett"): like `anstaller`, but only when one of
    /// `valande` (the council, a nämnd, a board) elects; an association elects its own.
    #[serde(default)]
    pub valjer: Vec<String>,
    /// The bodies whose elections make officials, as word endings ("fullmäktige",
    /// "nämnden"); `!word`: a word that is none ("!valnämnden"). Lower case.
    #[serde(default)]
    pub valande: Vec<String>,
    /// Verbs of appointing ("förordna", "utse"): like `anstaller`, but only to one of
    /// `offentliga_uppdrag`, as röstmottagare and gode män are appointed so too.
    #[serde(default)]
    pub forordnar: Vec<String>,
    /// Public offices one is appointed to ("borgerlig vigselförrättare"), lower case.
    #[serde(default)]
    pub offentliga_uppdrag: Vec<String>,
    /// Verbs that say a protocol was adjusted ("justerades"): the names after "av" are
    /// its justerare.
    #[serde(default)]
    pub justerat: Vec<String>,
    /// Headings of the parts of a document after its attendance block ("Ärendelista",
    /// "Diarieutdrag"): in a document without §§ the block ends there.
    #[serde(default)]
    pub andra_delar: Vec<String>,
    /// Words right before a name that say an official stands in for them ("tjänstgör
    /// för"): the one replaced is an official.
    #[serde(default)]
    pub ersatter: Vec<String>,
    /// Words before a title that qualify it ("t.f. ", "biträdande "), each with the
    /// space after it: "Ulf Berg, t.f. förvaltningschef" holds the title.
    #[serde(default)]
    pub titelprefix: Vec<String>,
    /// Words that make an official only after the municipality's or an authority's
    /// genitive ("kommunens ombud Emil Hansson"); a private party has an ombud too.
    #[serde(default)]
    pub myndighetens_ombud: Vec<String>,
    /// Parts of the name of the municipality, its bodies and other authorities (lower
    /// case): a genitive holding one ("kommunens", "socialnämndens") or a heading "… i
    /// Sandlövs kommun:" speaks of them, not of an association or a company.
    #[serde(default)]
    pub myndighetsord: Vec<String>,
    /// Labels that open a line of a protocol's signature block ("Sekreterare ⇥ Emma
    /// Kjellberg"), lower case: no part of the last §'s body.
    #[serde(default)]
    pub underskriftsrader: Vec<String>,
    /// Words that mark a signature block (lower case): an image beside them is a scanned
    /// signature, not a photo.
    #[serde(default)]
    pub underskriftsord: Vec<String>,
    /// Verbs of presenting a matter ("redovisar", "föredrar"): in an employee's own
    /// matter, the official named before one presents it, where the employee it is about
    /// is a private party.
    #[serde(default)]
    pub foredragningsverb: Vec<String>,
    /// Endings of the municipality's bodies whose members sign a document together under
    /// "För …" ("För Skärså kommuns revisorer"): no association's or company's.
    #[serde(default)]
    pub undertecknande_organ: Vec<String>,
    /// Openings of a list's legend of its staff's initials ("Förkortningar: AF = Amanda
    /// Forsberg"), lower case: the names after their initials there are officials'.
    #[serde(default)]
    pub forkortningsrader: Vec<String>,
}

impl OfficialWords {
    /// Whether a lower-case line or heading names an employee's own matter
    /// (`egna_arenden`: "anmälan om bisyssla", "avslut av anställning").
    pub fn names_own_matter(&self, lower: &str) -> bool {
        self.egna_arenden.iter().any(|m| lower.contains(m.as_str()))
    }

    /// A job title, by its ending ("gatuchef", "byggnadsinspektör"). Few titles count in
    /// the definite form ("chefen", "rektorn", "direktören"): "sjuksköterskan Maja
    /// Lindkvist" tells of an employee in an incident, not an official in their role.
    pub fn is_title(&self, word: &str) -> bool {
        let word = super::lower_case(word);
        self.titlar.iter().any(|t| word.ends_with(t.as_str()))
            && !self
                .foretagstitlar
                .iter()
                .any(|t| word.ends_with(t.as_str()))
    }
}

/// The headings of a table's columns that say whom the column names.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct ColumnWords {
    /// A party to the matter: a name there is a private person ("Sökande", "Elev").
    #[serde(default)]
    pub part: Vec<String>,
    /// An official in their role: a name there stays ("Delegat", "Beslutsfattare").
    #[serde(default)]
    pub tjansteman: Vec<String>,
    /// A union representative ("Fackligt ombud").
    #[serde(default)]
    pub facklig: Vec<String>,
    /// A property designation ("Fastighet"): a cell of a name and a number there is one.
    #[serde(default)]
    pub fastighet: Vec<String>,
    /// A home address ("Adress"): a cell of a word and a number there is one, though no
    /// street ending says so ("Brännmyra 40").
    #[serde(default)]
    pub adress: Vec<String>,
    /// A place lent or let ("Plats" in a list of market stalls): a street and number
    /// there is a spot in a park or square, no one's home.
    #[serde(default)]
    pub plats: Vec<String>,
    /// Public premises ("Vallokal"): the addresses of the row are the premises'.
    #[serde(default)]
    pub lokal: Vec<String>,
    /// A debt ("Skuld"): the cell is the integrity of the private person the row names.
    #[serde(default)]
    pub skuld: Vec<String>,
    /// A private bank account ("Clearing och konto"): read as a debt column is.
    #[serde(default)]
    pub konto: Vec<String>,
    /// The decision ("Beslut" in a delegation list): its first clause decides the row's
    /// property ("Beviljat, byggsanktionsavgift beslutas separat" is a grant).
    #[serde(default)]
    pub beslut: Vec<String>,
    /// Headings that make a table a list of private persons ("Personnummer"), whatever
    /// else it has.
    #[serde(default)]
    pub enskilda: Vec<String>,
    /// Words of a line introducing a register's rows ("Postlistan visar allmänna
    /// handlingar som har registrerats …"): it describes the register, and decides no
    /// row's property.
    #[serde(default)]
    pub register: Vec<String>,
    /// Headings that make a table an attendance list ("Parti", "Närvaro", "Funktion"):
    /// its name column ("Namn") then holds officials.
    #[serde(default)]
    pub narvaro: Vec<String>,
    /// Headings of a column of names, whoever they are ("Namn").
    #[serde(default)]
    pub namn: Vec<String>,
    /// Headings that make a table a list of organisations' representatives ("Namn |
    /// Organisation | Uppdrag"): its name column is no attendance list's.
    #[serde(default)]
    pub organisation: Vec<String>,
    /// Headings of a union's representatives only beside an organisation's column
    /// ("Organisation | Förtroendeman"): alone, "Förtroendeman" are often the elected.
    #[serde(default)]
    pub facklig_bredvid_organisation: Vec<String>,
    /// Labels of a form's name fields ("Förnamn⇥Leila", "Efternamn⇥Karimi"): the value
    /// in the cell after one is a private person's name, or a part of it.
    #[serde(default)]
    pub namnfalt: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DecisionWords {
    /// Lines that head a §'s decision ("Beslut", "Nämndens beslut"), in lower case.
    #[serde(default)]
    pub rubriker: Vec<String>,
    pub gynnande: StemSet,
    pub avslag: StemSet,
    pub ingripande: StemSet,
    /// Phrases right before a designation that make it the municipality's own property,
    /// which stays whatever the decision.
    #[serde(default)]
    pub kommunens_fastighet: Vec<String>,
    /// Phrases right after a designation that make it the municipality's own.
    #[serde(default)]
    pub kommunens_fastighet_efter: Vec<String>,
    /// Phrases right before a designation that make it a company's property.
    #[serde(default)]
    pub bolagets_fastighet: Vec<String>,
    /// Words of matters about one property: there "på Björnen 8" is a designation.
    #[serde(default)]
    pub fastighetsarenden: Vec<String>,
    /// Permits that, opening a table row's cell with a comma after them ("Bygglov,
    /// tillbyggnad …" in a delegation list), name the decision as granted: a refusal says
    /// "Avslag, bygglov …".
    #[serde(default)]
    pub lov_i_rad: Vec<String>,
    /// Words that leave a measure to a decision of its own ("byggsanktionsavgift beslutas
    /// separat"): a decision cell that grants first still grants.
    #[serde(default)]
    pub separat: Vec<String>,
    /// Words (as written) that look like a designation's first word but are not ("Sida",
    /// "Dnr", "RAÄ-nr", "Skala", "Ja").
    #[serde(default)]
    pub inte_beteckningar: Vec<String>,
    /// Words (as written) opening a sentence before a designation's name ("Enligt",
    /// "Se"): no part of it.
    #[serde(default)]
    pub fore_beteckning: Vec<String>,
    /// The codes' names in full (lower case): "Miljöbalken 26:9" is a law reference.
    #[serde(default)]
    pub balkar: Vec<String>,
    /// Words right before a block and a number that lead to a property ("på Tallen 12",
    /// "Sökanden äger Tallen 12"): there it is a designation, the sentence going on or not.
    #[serde(default)]
    pub fore_kvarter: Vec<String>,
    /// Definite nouns (lower case) before a number that name a part of something ("punkten
    /// 3", "salen 2"), not a block.
    #[serde(default)]
    pub inte_kvarter: Vec<String>,
    /// Words right before a designation that make it a neighbour's ("grannfastigheten").
    #[serde(default)]
    pub grannfastighet: Vec<String>,
    /// Phrases that tie a designation to someone who owns or lives on it ("ägare till",
    /// "som äger fritidshuset", "bosatt på"): where they voice a view on a matter
    /// (`invandning`), the property is a third party's, like a neighbour's.
    #[serde(default)]
    pub agarfraser: Vec<String>,
    /// Phrases of a neighbour's objection ("har invänt"): in their sentence the
    /// neighbour's property is masked, whatever is decided about the applicant's.
    #[serde(default)]
    pub invandning: Vec<String>,
    /// Words right before a designation that make it a plan's name ("Detaljplan för
    /// Ängshult 3:1 m.fl."): public, unless a refusal or a measure is decided about it.
    #[serde(default)]
    pub planens_namn: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct MatterWords {
    /// Headings of §§ about one person, even an official.
    pub personliga: StemSet,
    /// Phrases of a consent to publication ("samtyckt till att hans namn … publiceras"),
    /// lower case; a sentence with one and no word of `samtycke_forbehall` records it.
    #[serde(default)]
    pub samtycke: Vec<String>,
    /// The words that name a citizens' proposal ("medborgarförslag", "e-förslag"), lower
    /// case.
    #[serde(default)]
    pub medborgarforslag: Vec<String>,
    /// Openings of a register's matter about a proposal that is no proposal ("synpunkt",
    /// "klagomål"), lower case.
    #[serde(default)]
    pub om_forslag: Vec<String>,
    /// Words of a proposer's sentence that tell of someone else ("hon", "sonen").
    #[serde(default)]
    pub annan_person: Vec<String>,
    /// Words that make a consent sentence a refusal or a reservation ("inte", "men").
    #[serde(default)]
    pub samtycke_forbehall: Vec<String>,
    /// Words that give a consent for several people ("båda", "deras"): everyone the §
    /// names keeps their name.
    #[serde(default)]
    pub samtycke_flera: Vec<String>,
    /// Short capitalised words that open a line of prose before a § sign ("Se § 12",
    /// "Enl § 4"), no body's abbreviation ("Ks § 45").
    #[serde(default)]
    pub prosa_fore_paragraf: Vec<String>,
    /// Endings of a law's name alone after a § sign ("6 § Föräldrabalken" under
    /// "Lagrum"): a quoted law, no matter's title.
    #[serde(default)]
    pub lagnamn: Vec<String>,
    /// Openings of the lines that say where a decision is sent ("beslutet skickas till"):
    /// they name units and roles, and tell nothing sensitive about anyone.
    #[serde(default)]
    pub sandlista: Vec<String>,
    /// Endings of the words that make the authority a sentence's subject ("förvaltningen",
    /// "socialnämnden"): such a sentence that points at no one tells of no one.
    #[serde(default)]
    pub myndighet: Vec<String>,
    /// Verbs of an officer reporting in office, right after their title and name
    /// ("Ekonom Marie Sandell redovisar att …").
    #[serde(default)]
    pub rapporterar: Vec<String>,
    /// Openings of a politician's initiative ("Motion från Ahmad Rahimi (L) om fritidskort
    /// för barn i familjer med låga inkomster"): a sentence that names no private person
    /// after one speaks of a policy, not of anyone.
    #[serde(default)]
    pub initiativ: Vec<String>,
    /// Initiatives only an elected member files ("motion", "interpellation"): a register's
    /// sender of one is a member.
    #[serde(default)]
    pub ledamotsinitiativ: Vec<String>,
    /// Words of someone being away ("förhinder", "frånvarande"): the health reason given
    /// for it ("på grund av sjukskrivning") is masked, whoever is away.
    #[serde(default)]
    pub franvaro: Vec<String>,
    /// A register record's directions (lower case: "inkommande", "utgående"): a line of
    /// cells set with middle dots that holds one is a record, not a list of those present.
    #[serde(default)]
    pub riktningar: Vec<String>,
    /// Marks of an explanation ("eftersom ", ", då "), with their spaces: a clause after
    /// one may give someone's personal reason.
    #[serde(default)]
    pub forklaringsord: Vec<String>,
    /// Words of an opinion or a proposal (lower case: "anser", "yrkande", "partiet"): a
    /// clause of explanation with one argues a matter, it tells nothing of anyone's own.
    #[serde(default)]
    pub asiktsord: Vec<String>,
    /// Marks before a reason ("på grund av ", "eftersom "), with their spaces.
    #[serde(default)]
    pub orsaksord: Vec<String>,
    /// Words of one's own (lower case: "hon", "hans", "sin", "min"): a clause of
    /// "eftersom" with one and a sensitive word gives someone's personal reason.
    #[serde(default)]
    pub egna: Vec<String>,
    /// Phrases of someone on sick leave ("är sjukskriven"): the sick leave is masked,
    /// whoever is on it, an official too.
    #[serde(default)]
    pub sjukfranvaro: Vec<String>,
    /// Plural nouns of cases counted in statistics ("47 anmälningar"): ten or more of
    /// them speak of many people, none in particular.
    #[serde(default)]
    pub fall: Vec<String>,
    /// Phrases of a share ("en femtedel av", "de flesta"): a sentence with one that points
    /// at no one speaks of people in general.
    #[serde(default)]
    pub andel: Vec<String>,
    /// Labels (lower case, with their colon) of a register record's matter line
    /// ("Ärende: Ansökan om bostadsanpassningsbidrag för …"): right after the line that
    /// names the record's private sender, it tells of that sender.
    #[serde(default)]
    pub arenderad: Vec<String>,
    /// Labels (lower case, with their colon) of the line that names a register record's
    /// sender ("Från: Stig Ahlqvist") under a medborgarförslag's matter line.
    #[serde(default)]
    pub avsandarrad: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct SecrecyWords {
    pub arende: Vec<SecrecyMatter>,
    /// Words of a § heading that make the § no one's individual matter (an MBL
    /// negotiation), whatever its body lists (lower case).
    #[serde(default)]
    pub inte_enskilt: Vec<String>,
    /// Bodies (lower case, as the protocol names its nämnd) that decide no one's
    /// individual matter: a private person in their §§ makes no § secret, only the
    /// secretary's own "Sekretess enligt …" line does.
    #[serde(default)]
    pub inga_individarenden: Vec<String>,
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
    pub ord: StemSet,
    /// A union representative's offices, opening a cell of a list of representatives
    /// ("Ombud, hemtjänst"): the cell names the office and the workplace, no one's
    /// health. In `[facklig]` only.
    #[serde(default)]
    pub uppdrag: Vec<String>,
    /// Phrases right after a sole trader's firm ("Lamm & Ull i Snauvby, enskild firma",
    /// "Pizzeria Rauken, innehavare …"): in `[myndighetsutovning]` only.
    #[serde(default)]
    pub firma_fore: Vec<String>,
    /// Phrases right before a sole trader's firm ("som innehavare av Lamm & Ull i
    /// Snauvby"): in `[myndighetsutovning]` only.
    #[serde(default)]
    pub firma_efter: Vec<String>,
    /// Words that only report a matter to the police or prosecutor ("polisanmäl"): a
    /// sentence whose only crime words are these, and that names and points at no one,
    /// tells what the authority did ("Händelsen har polisanmälts"), not who did what.
    #[serde(default)]
    pub anmalan: Vec<String>,
    /// Phrases that report the event the sentence before told ("Händelsen är
    /// polisanmäld"): that sentence is the crime's, this one stays.
    #[serde(default)]
    pub anmald_handelse: Vec<String>,
    /// Phrases that tell someone suffered a crime ("har utsatts för hot"): in
    /// `[lagovertradelse]` only. A sentence with one and no conviction tells of a victim,
    /// whose private sphere it is (`integritetskanslig`), not of someone who broke a law.
    #[serde(default)]
    pub offer: Vec<String>,
    /// Words of a conviction or a charge ("dömdes", "åtalas"): a victim's sentence that
    /// holds one tells of the offender too, and stays `lagovertradelse`.
    #[serde(default)]
    pub garningsord: Vec<String>,
    /// Labels of a person's identity document or migration case number ("passnummer",
    /// "dossiernummer"): the number right after one is masked. In `[integritetskanslig]`
    /// only.
    #[serde(default)]
    pub dokumentnummer: Vec<String>,
    /// Endings that make a capitalised word an organisation's name ("Trafikverket",
    /// "Vägföreningen", "Miljönämnden"): in `[organisation]` only.
    #[serde(default)]
    pub andelser: Vec<String>,
    /// Capitalised words that start an organisation's or a business's name ("Stiftelsen
    /// Anna Ek", "Pizzeria Bella Napoli", "Region Kronoberg"): in `[organisation]` only.
    #[serde(default)]
    pub borjan: Vec<String>,
    /// Endings (lower case) of an association's word right before its name
    /// ("kulturföreningen Selam"): the name is the association's, no one's mention. In
    /// `[organisation]` only.
    #[serde(default)]
    pub namn_efter: Vec<String>,
    /// Endings of a body's name right before an address ("till Samhällsbyggnadsnämnden,
    /// Storgatan 20"): the address is the body's. Not a farm's or a house's name
    /// ("Västergården", "Nyhuset"), where people live. In `[organisation]` only.
    #[serde(default)]
    pub fore_adress: Vec<String>,
    /// Company forms, as written after a company's name ("AB", "Handelsbolag", "Oy"): no
    /// sole trader's firm and no person. In `[organisation]` only.
    #[serde(default)]
    pub bolagsformer: Vec<String>,
    /// Small words inside a firm's name between its capitalised words ("Lamm & Ull i
    /// Snauvby", "Perssons Bygg och Måleri"). In `[organisation]` only.
    #[serde(default)]
    pub namnfogar: Vec<String>,
    /// Word starts in an association's name that tell its members' health, origin or
    /// faith ("DHR", "Synskadades Riksförbund", "Sverigefinska"): in `[kanslig]` only.
    #[serde(default)]
    pub foreningar: Vec<String>,
    /// Parties and their youth organisations (lower case), and the roles a private person
    /// holds in one ("ordförande i", "medlem i"): each role before each party is a
    /// political opinion ("lokal ordförande för Ung Vänster"), where the party's name
    /// alone is none. In `[kanslig]` only.
    #[serde(default)]
    pub partier: Vec<String>,
    #[serde(default)]
    pub politiska_roller: Vec<String>,
    /// Openings of a line or sentence that lists union representatives
    /// ("Arbetstagarrepresentanter:", "För arbetstagarna deltog"): in `[facklig]` only.
    #[serde(default)]
    pub rubriker: Vec<String>,
}

impl Stems {
    /// Whether `word` is a company form as written after a company's name ("AB", "Oy").
    pub fn company_form(&self, word: &str) -> bool {
        self.bolagsformer.iter().any(|f| f == word)
    }

    /// Whether `word` is one of the small words inside a firm's name ("&", "i", "och").
    pub fn joins_a_name(&self, word: &str) -> bool {
        self.namnfogar.iter().any(|f| f == word)
    }

    /// The stems with every political role before every party added ("medlem i
    /// moderaterna"): a role starts with a lower-case word, so the party's capitalised
    /// name after it counts, where a stem inside a proper name does not.
    fn with_political_roles(&self) -> Result<StemSet, String> {
        let roles = self.politiska_roller.iter().flat_map(|role| {
            (self.partier.iter())
                .map(move |party| format!("{} {}", role.to_lowercase(), party.to_lowercase()))
        });
        StemSet::try_from(
            self.ord
                .words()
                .iter()
                .cloned()
                .chain(roles)
                .collect::<Vec<_>>(),
        )
    }

    /// Whether an association's name tells its members' health, origin or faith: a word
    /// of it starts with one of `foreningar`.
    pub fn sensitive_association(&self, name: &str) -> bool {
        super::lower_case(name)
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| self.foreningar.iter().any(|f| word.starts_with(f.as_str())))
    }
}

/// A set of words, looked up for nearly every word of a protocol (first names, surnames,
/// role words). Hashed with [`WordHasher`]: the keys are the lexicon's own words, so the
/// default hasher's protection against chosen keys buys nothing, and its cost was a
/// twentieth of a scan.
pub type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// A fast, non-cryptographic hasher for short words: eight bytes at a time, each mixed in
/// with a rotate, an xor and a multiply by an odd constant (the scheme of rustc's FxHash).
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A list of word stems compiled once into one automaton, because the sensitive-category
/// and decision lists are asked about every sentence of a protocol.
///
/// A single-word stem matches a word that starts with it, or, for stems of five letters or
/// more, a word that holds it inside a compound ("demensdiagnos", "hyresskuld"); a stem
/// of several words matches where the text holds it. An entry written `!word` is an
/// exception: a stem found inside it does not count ("!stenbrott" keeps "brott" out of
/// the quarry). Callers pass lower-case text.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct StemSet {
    words: Vec<String>,
    /// The stems the automaton finds, in list order.
    stems: Vec<String>,
    /// The `!` entries, without their mark.
    exceptions: Vec<String>,
    /// The length (bytes) of the longest stem.
    longest: usize,
    automaton: AhoCorasick,
}

impl TryFrom<Vec<String>> for StemSet {
    type Error = String;

    fn try_from(words: Vec<String>) -> Result<StemSet, String> {
        let (exceptions, stems): (Vec<String>, Vec<String>) =
            words.iter().cloned().partition(|w| w.starts_with('!'));
        let exceptions = exceptions
            .into_iter()
            .map(|w| w.trim_start_matches('!').to_string())
            .collect();
        // A full DFA: the lists are small and are run over every sentence. No prefilter:
        // the stems start with common letters, so it stops at nearly every byte and costs
        // more than the DFA's own step.
        let automaton = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&stems)
            .map_err(|e| e.to_string())?;
        Ok(StemSet {
            words,
            longest: stems.iter().map(String::len).max().unwrap_or(0),
            stems,
            exceptions,
            automaton,
        })
    }
}

/// The empty list, which mentions nothing: what the lists derived at load
/// ([`Lexicon::embedded`]) hold before they are made.
impl Default for StemSet {
    fn default() -> StemSet {
        StemSet {
            words: Vec::new(),
            stems: Vec::new(),
            exceptions: Vec::new(),
            longest: 0,
            // An automaton of no patterns is within every limit the builder checks.
            automaton: AhoCorasick::new(Vec::<&str>::new())
                .unwrap_or_else(|e| unreachable!("an empty automaton: {e}")),
        }
    }
}

impl PartialEq for StemSet {
    fn eq(&self, other: &StemSet) -> bool {
        self.words == other.words
    }
}

impl StemSet {
    /// The list as written, exceptions (`!word`) included.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// The stems alone, without the exceptions.
    pub fn stems(&self) -> &[String] {
        &self.stems
    }

    /// The first stem (in list order) that `text` mentions.
    pub fn first_in(&self, text: &str) -> Option<&str> {
        self.mentions(text).min().map(|i| self.stems[i].as_str())
    }

    /// Whether `text` mentions one of the stems.
    pub fn mentioned_in(&self, text: &str) -> bool {
        self.mentions(text).next().is_some()
    }

    /// Whether `text` mentions one of the stems at a byte offset `accept` takes.
    pub fn mentioned_where(&self, text: &str, accept: impl Fn(usize) -> bool) -> bool {
        self.mentions_where(text, accept).next().is_some()
    }

    /// The stems `text` mentions (indices into `stems`), lazily: most questions need only
    /// the first.
    fn mentions<'t>(&'t self, text: &'t str) -> impl Iterator<Item = usize> + 't {
        self.mentions_where(text, |_| true)
    }

    /// The stems `text` mentions at a byte offset `accept` takes.
    fn mentions_where<'t>(
        &'t self,
        text: &'t str,
        accept: impl Fn(usize) -> bool + 't,
    ) -> impl Iterator<Item = usize> + 't {
        // Most texts hold no stem, and the plain search (for the match that ends first)
        // steps faster than the overlapping one: it runs first, and the overlapping search
        // starts where that match ends less the longest stem, as every other match ends
        // there or later. Without a match it searches nothing.
        let from = self
            .automaton
            .find(text)
            .map_or(text.len(), |m| m.end().saturating_sub(self.longest));
        self.automaton
            .find_overlapping_iter(Input::new(text).span(from..text.len()))
            .filter_map(move |m| {
                let i = m.pattern().as_usize();
                let counts = self.counts(text, i, m.start())
                    && !self.excepted(text, m.start(), m.end())
                    && accept(m.start());
                counts.then_some(i)
            })
    }

    /// Whether an exception stands in `text` around the stem found at `start..end`.
    fn excepted(&self, text: &str, start: usize, end: usize) -> bool {
        // Asked at every stem found: each place is ruled out by its first byte before
        // the exception is compared whole.
        let bytes = text.as_bytes();
        self.exceptions.iter().any(|e| {
            let first = e.as_bytes().first();
            (end.saturating_sub(e.len())..=start).any(|at| {
                first.is_none_or(|f| bytes.get(at) == Some(f))
                    && text.get(at..at + e.len()) == Some(e)
            })
        })
    }

    /// Whether stem `i`, found at byte `start`, is a mention under the rules above.
    fn counts(&self, text: &str, i: usize, start: usize) -> bool {
        let stem = &self.stems[i];
        if stem.contains(' ') {
            return true;
        }
        // "cp-skada", "a-kassa": a hyphen joins the parts of one word.
        if !stem.chars().all(|c| c.is_alphanumeric() || c == '-') {
            return false;
        }
        super::at_word_start(text, start) || stem.chars().count() >= 5
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct AddressWords {
    pub gatuandelser: StreetEndings,
    /// Lower-case street words that follow a village's name or an adjective as a word of
    /// their own ("Berga byväg 41", "Gamla landsvägen 41").
    #[serde(default)]
    pub gatuord: StreetWords,
    /// Openings of lines that name a place of meeting or keeping ("Plats och tid:"): every
    /// address on such a line is the place's.
    #[serde(default)]
    pub platsrader: Vec<String>,
    /// Words right before a street and number that make it where something happened
    /// ("utanför Storgatan 14"), not where someone lives.
    #[serde(default)]
    pub handelseplats: Vec<String>,
    /// Words right before a street and number that make it a company's premises open to
    /// the public ("puben på Kajgatan 11"), not a sole trader's.
    #[serde(default)]
    pub allmanlokal: Vec<String>,
    /// Words shortly before a box address that make it an authority's ("Nämnden för
    /// funktionsstöd, Box 50"): private persons seldom have a box.
    #[serde(default)]
    pub box_myndighet: Vec<String>,
    /// Abbreviations that end a sports club's name ("Åsmyra IF", "Norrby BK"), lower case:
    /// an address right after one is the club's, like an organisation's.
    #[serde(default)]
    pub klubbar: Vec<String>,
}

/// The street endings ("vägen", "gatan") and, built from them once when the lexicon is
/// read, the pattern of a street with number and optional letter ("Tallvägen 7 B",
/// "Olof Palmes gata 7").
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct StreetEndings {
    words: Vec<String>,
    pub street: regex::Regex,
}

impl TryFrom<Vec<String>> for StreetEndings {
    type Error = String;

    fn try_from(words: Vec<String>) -> Result<StreetEndings, String> {
        let endings = alternatives(&words);
        // "Tallvägen 7 B", and streets named after someone, with the ending a word of its
        // own after a genitive: "Olof Palmes gata 7", "Drottning Kristinas väg 12".
        let street = street_with_number(&format!(
            r"(?:\p{{Lu}}[\p{{L}}-]*(?:{endings})|(?:\p{{Lu}}[\p{{L}}-]*[ \u{{a0}}]+)?\p{{Lu}}[\p{{L}}-]*s[ \u{{a0}}]+(?:{endings}))"
        ))?;
        Ok(StreetEndings { words, street })
    }
}

/// The street words written after a capitalised word ("byväg") and, built from them once,
/// the pattern of such a street with number and optional letter ("Berga byväg 41 B").
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "Vec<String>")]
pub struct StreetWords {
    words: Vec<String>,
    pub street: regex::Regex,
}

impl TryFrom<Vec<String>> for StreetWords {
    type Error = String;

    fn try_from(words: Vec<String>) -> Result<StreetWords, String> {
        let words_after = alternatives(&words);
        let street = street_with_number(&format!(
            r"\p{{Lu}}[\p{{L}}-]*[ \u{{a0}}]+(?:{words_after})"
        ))?;
        Ok(StreetWords { words, street })
    }
}

/// The words as alternatives of a pattern; none, a class that matches nothing.
fn alternatives(words: &[String]) -> String {
    if words.is_empty() {
        return r"[^\s\S]".to_string();
    }
    (words.iter().map(|s| regex::escape(s)))
        .collect::<Vec<_>>()
        .join("|")
}

/// The pattern of a street's name (`name`) with its number and optional letter. Spaces
/// only: a tab ends a table's cell ("Bergövägen<TAB>4,2 km" is a road and a length).
fn street_with_number(name: &str) -> Result<regex::Regex, String> {
    regex::Regex::new(&format!(
        r"{name}[ \u{{a0}}]+\d{{1,4}}(?:[ \u{{a0}}]?[A-Z](?-u:\b))?"
    ))
    .map_err(|e| e.to_string())
}

impl Default for StreetWords {
    fn default() -> StreetWords {
        StreetWords::try_from(Vec::new()).unwrap_or_else(|_| unreachable!("a constant pattern"))
    }
}

impl PartialEq for StreetWords {
    fn eq(&self, other: &StreetWords) -> bool {
        self.words == other.words
    }
}

impl StreetEndings {
    pub fn words(&self) -> &[String] {
        &self.words
    }
}

impl PartialEq for StreetEndings {
    fn eq(&self, other: &StreetEndings) -> bool {
        self.words == other.words
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct ContactWords {
    pub funktionella: Vec<String>,
    /// Openings of a subdomain's labels for pupils ("elev", "edu", "student"): addresses
    /// there are private persons', though at the municipality's domain.
    #[serde(default)]
    pub elevdomaner: Vec<String>,
    /// Words of an association inside a mailbox's name, ASCII-folded ("kalvasensbyalag",
    /// "vikensbatklubb"): the association's mailbox, on webmail too.
    #[serde(default)]
    pub foreningsbrevlador: Vec<String>,
    pub vaxelord: Vec<String>,
    /// Words in the 40 characters before an e-mail address that make it an organisation's
    /// shared mailbox ("Kommunals lokala mejl …").
    #[serde(default)]
    pub brevladeord: Vec<String>,
    /// Unions' own mail domains: a one-word mailbox there that names no one is a
    /// branch's ("hoglandet@kommunal.se").
    #[serde(default)]
    pub fackdomaner: Vec<String>,
    /// Domains of public authorities: a mailbox there is the authority's or its staff's.
    #[serde(default)]
    pub myndighetsdomaner: Vec<String>,
    /// Webmail and consumer providers' domains: a mailbox there is a person's or an
    /// association's own, however functional its name ("styrelsen.brf@gmail.com"), and no
    /// organisation's domain.
    #[serde(default)]
    pub webbpost: Vec<String>,
    /// Labels of bookkeeping numbers ("fakturanummer", "verifikation"), lower case: a
    /// number right after one whose check digit fails is that number, no one's
    /// personnummer.
    #[serde(default)]
    pub andra_nummer: Vec<String>,
}

impl ContactWords {
    /// Whether `address` is at a webmail or consumer provider's domain.
    pub fn at_webmail(&self, address: &str) -> bool {
        let domain = address.rsplit('@').next().unwrap_or("").to_lowercase();
        self.webbpost.contains(&domain)
    }
}

fn word_list(text: &str) -> WordSet {
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
        lexicon.first_names.extend(word_list(FORNAMN_NER));
        lexicon.first_names.extend(extra("fornamn"));
        lexicon.surnames = word_list(EFTERNAMN);
        lexicon.surnames.extend(word_list(EFTERNAMN_NER));
        lexicon.surnames.extend(extra("efternamn"));
        lexicon.ambiguous = word_list(TVETYDIGA);
        lexicon.places = word_list(ORTER);
        lexicon.places.extend(extra("orter"));
        lexicon.organisation_lower = (lexicon.organisation.ord.words().iter())
            .chain(&lexicon.adress.klubbar)
            .map(|w| w.to_lowercase())
            .collect();
        let kanslig = lexicon.kanslig.with_political_roles()?;
        lexicon.sensitive = GroupedStems::new(&[
            &kanslig,
            &lexicon.lagovertradelse.ord,
            &lexicon.integritetskanslig.ord,
        ])?;
        lexicon.building_matter = StemSet::try_from(lexicon.beslut.fastighetsarenden.clone())?;
        let b = &lexicon.beslut;
        lexicon.decisions = GroupedStems::new(&[&b.ingripande, &b.avslag, &b.gynnande])?;
        let matters = lexicon.sekretess.arende.iter().map(|m| m.ord.as_slice());
        lexicon.secrecy_matters = FirstList::new(matters)?;
        let (phrases, words): (Vec<String>, Vec<String>) = lexicon
            .namn
            .personord
            .iter()
            .chain(&lexicon.namn.rollord)
            .map(|w| w.to_lowercase())
            .partition(|w| w.contains(' '));
        lexicon.person_words = words.into_iter().collect();
        lexicon.person_phrases = phrases;
        lexicon.role_words = lexicon
            .namn
            .rollord
            .iter()
            .filter(|r| !r.contains(' '))
            .cloned()
            .collect();
        Ok(lexicon)
    }

    /// A capitalised word that is a known first name, or a hyphenated one whose first part
    /// is ("Per-Erik", "Ella-Rose": the second part of a double name is often rarer).
    pub fn is_first_name(&self, word: &str) -> bool {
        // The accents are taken off only where there are any: most names have none, and
        // the copy would be the same word again.
        let known = |part: &str| {
            self.first_names.contains(part)
                || part.chars().any(has_accent) && self.first_names.contains(&without_accents(part))
        };
        let mut parts = word.split('-');
        let first_known = parts.next().is_some_and(known);
        first_known && parts.all(starts_upper) && starts_upper(word)
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
                if self.surnames.contains(part)
                    || part.chars().any(has_accent)
                        && self.surnames.contains(&without_accents(part))
                {
                    return true;
                }
                if gaelic_surname(part) {
                    return true;
                }
                let lower = part.to_lowercase();
                self.namn
                    .efternamnsandelser
                    .iter()
                    .any(|s| part.len() > s.len() + 2 && lower.ends_with(s.as_str()))
            })
    }
}

impl Lexicon {
    /// A town, county or country (also in the genitive: "Stockholms").
    pub fn is_place(&self, word: &str) -> bool {
        self.places.contains(word) || self.places.contains(strip_genitive(word))
    }
}

/// "McAllister", "MacLeod", "O’Donnell": an Irish or Scottish surname by its prefix,
/// with a capital after it and lower-case letters to the end.
fn gaelic_surname(part: &str) -> bool {
    ["Mc", "Mac", "O'", "O’"].iter().any(|prefix| {
        part.strip_prefix(prefix).is_some_and(|rest| {
            let mut chars = rest.chars();
            chars.next().is_some_and(char::is_uppercase)
                && rest.chars().count() >= 3
                && chars.all(char::is_lowercase)
        })
    })
}

/// "Linnéa" → "Linnea", "Aydın" → "Aydin": names are written with and without their
/// accents (and the lists hold them as Swedish registers mostly write them).
fn without_accents(word: &str) -> String {
    word.chars().map(unaccented).collect()
}

/// A letter [`without_accents`] changes.
fn has_accent(c: char) -> bool {
    unaccented(c) != c
}

fn unaccented(c: char) -> char {
    match c {
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'á' | 'à' => 'a',
        'í' | 'ï' => 'i',
        'ó' | 'ò' => 'o',
        'ú' | 'ü' => 'u',
        // Turkish, Polish and the Balkan languages: "Aydın", "Zieliński", "Petrović".
        'ı' => 'i',
        'ş' | 'ś' | 'š' => 's',
        'ç' | 'ć' | 'č' => 'c',
        'ğ' => 'g',
        'ł' => 'l',
        'ń' => 'n',
        'ž' | 'ź' | 'ż' => 'z',
        'đ' => 'd',
        c => c,
    }
}

pub fn starts_upper(word: &str) -> bool {
    // Asked of nearly every word: an ASCII first letter is told from its byte.
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// "Pokkas" → "Pokka" (Swedish genitive -s), unless the word is a name ending in s.
pub fn strip_genitive(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.chars().count() >= 3)
        .unwrap_or(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_are_found_as_the_whole_overlapping_search_finds_them() {
        let words = [
            "bc",
            "abcdefgh",
            "cdef",
            "brott",
            "!stenbrott",
            "ef gh",
            "h",
        ];
        let set = StemSet::try_from(words.map(String::from).to_vec()).expect("builds");
        for text in [
            "abcdefgh",
            "xx abcdefgh bc",
            "stenbrott och brott",
            "ef gh h",
            "",
            "inget",
        ] {
            let mut all: Vec<usize> = (set.automaton.find_overlapping_iter(text))
                .filter(|m| {
                    set.counts(text, m.pattern().as_usize(), m.start())
                        && !set.excepted(text, m.start(), m.end())
                })
                .map(|m| m.pattern().as_usize())
                .collect();
            let mut found: Vec<usize> = set.mentions(text).collect();
            all.sort_unstable();
            found.sort_unstable();
            assert_eq!(found, all, "{text}");
        }
    }

    #[test]
    fn the_first_list_is_the_first_with_a_word_in_the_text() {
        let lists = [
            vec!["god man".to_string(), "lvu".to_string()],
            vec!["lvu".to_string(), "elevhälsa".to_string()],
            vec![String::new()],
        ];
        let first = FirstList::new(lists.iter().map(Vec::as_slice)).expect("builds");
        for text in ["", "elevhälsa", "lvu", "om god man", "elevhälsa och lvu"] {
            let expected = lists
                .iter()
                .position(|l| l.iter().any(|w| text.contains(w.as_str())));
            assert_eq!(first.first_in(text), expected, "{text}");
        }
    }

    #[test]
    fn a_first_list_word_counts_at_a_word_start_only() {
        let lists = [vec!["lvm".to_string(), "överförmyndar".to_string()]];
        let first = FirstList::new(lists.iter().map(Vec::as_slice)).expect("builds");
        assert_eq!(first.first_in("behövs vid kalvmärkningen"), None);
        assert_eq!(first.first_in("vård enligt lvm"), Some(0));
        assert_eq!(first.first_in("(lvm) beslut"), Some(0));
        assert_eq!(first.first_in("överförmyndarnämnden beslutar"), Some(0));
    }

    #[test]
    fn the_embedded_lexicon_loads() {
        let lex = Lexicon::embedded().expect("valid lexicon");
        assert!(lex.is_first_name("Per-Erik"));
        assert!(
            lex.is_surname("Lindqvist") && lex.is_surname("Åkesson") && lex.is_surname("Pokkas")
        );
        assert!(!lex.is_surname("Nämnden"));
        assert_eq!(lex.kanslig.ord.first_in("demensdiagnosen"), Some("diagnos"));
        assert_eq!(
            lex.integritetskanslig.ord.first_in("hyresskulden"),
            Some("skuld")
        );
    }

    #[test]
    fn a_stem_inside_an_exception_does_not_count() {
        let stems = StemSet::try_from(vec!["brott".to_string(), "!stenbrott".to_string()])
            .expect("compiles");
        assert!(!stems.mentioned_in("vid det gamla stenbrottet"));
        assert!(stems.mentioned_in("misstänkt för brott vid stenbrottet"));
        assert_eq!(stems.first_in("ett miljöbrott"), Some("brott"));
    }

    #[test]
    fn short_stems_match_only_at_a_word_start_and_phrases_anywhere() {
        let set = StemSet::try_from(vec![
            "vite".to_string(),
            "diagnos".to_string(),
            "lämnar samtycke".to_string(),
        ])
        .expect("compiles");
        assert!(set.mentioned_in("förenat med vitet"));
        assert!(!set.mentioned_in("det är inte favitet"));
        assert!(set.mentioned_in("en demensdiagnos"));
        assert!(set.mentioned_in("nämnden lämnar samtycke."));
        assert!(!set.mentioned_in("nämnden lämnar inget samtycke"));
        assert_eq!(set.first_in("vite och diagnos"), Some("vite"));
    }
}
