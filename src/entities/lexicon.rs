//! The lexicons: entries, an index of their surface forms in the match key,
//! and a table of word classes (first names, cue words, head nouns, common
//! words) for the rules.

use crate::normalize::{HAMZA_ALEFS, fold_str, is_normalized};
use crate::output::{EntityType, Form};
use crate::segment::{is_word_char, word_end};
use anyhow::bail;
use std::borrow::Cow;

use std::hash::Hasher;

/// Maps keyed by short words: FxHash hashes eight bytes a step, where SipHash
/// would dominate the per-token cost.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// The hash that word tables are keyed by.
#[inline]
pub(crate) fn word_hash(bytes: &[u8]) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(bytes);
    h.finish() | 1
}

/// Word classes by hash of the word, open addressing: one probe in a
/// compact table (8 bytes a slot: 32-bit tag, 12-bit reach, 20-bit flags)
/// that stays in cache, no string comparison. A false hit needs a 32-bit
/// tag collision within one probe run.
#[derive(Debug, Clone, Default)]
struct WordTable {
    slots: Vec<u64>,
    mask: usize,
}

impl WordTable {
    fn new(words: &FastMap<u64, Word>) -> WordTable {
        // A fuller table (up to 0.8) is half the size of a sparser one:
        // the built-in words take 256 KiB, half a core's L2, and a lookup
        // that waits on memory costs far more than a longer probe run.
        let size = (words.len() * 5 / 4).next_power_of_two().max(16);
        let mut slots = vec![0u64; size];
        let mask = size - 1;
        for (&h, &Word { flags, reach }) in words {
            let (mut i, tag) = WordTable::home(h, mask);
            while slots[i] != 0 && slots[i] >> 32 != tag {
                i = (i + 1) & mask;
            }
            slots[i] = (tag << 32) | u64::from(reach) << FLAG_BITS | u64::from(flags);
        }
        WordTable { slots, mask }
    }

    /// The first slot and the tag of a word's hash. The hash's lowest bit
    /// is always set: the slot is taken from the bits above it, or only
    /// every other slot could be a first one.
    #[inline]
    fn home(h: u64, mask: usize) -> (usize, u64) {
        ((h >> 1) as usize & mask, (h >> 32) | 1)
    }

    #[inline]
    fn get(&self, w: &str) -> Word {
        if self.slots.is_empty() {
            return Word::default();
        }
        let (mut i, tag) = WordTable::home(word_hash(w.as_bytes()), self.mask);
        loop {
            let slot = self.slots[i];
            if slot >> 32 == tag {
                let flags = slot as u32 & ((1 << FLAG_BITS) - 1);
                return Word { flags, reach: (slot as u32 >> FLAG_BITS) as u16 };
            }
            if slot == 0 {
                return Word::default();
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// Bits of a `WordTable` slot for the word classes; the reach takes the
/// other 12 of its low 32.
const FLAG_BITS: u32 = 20;

/// The longest reach a slot holds: forms up to 4,095 bytes long.
const MAX_REACH: usize = (1 << (32 - FLAG_BITS)) - 1;

/// What the lexicons know of one word.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Word {
    /// Word classes (`class::*`).
    pub flags: u32,
    /// Byte length of the longest form that starts with this word, 0 if none.
    pub reach: u16,
}

/// Text held by the lexicons: borrowed from the built-in data files, which
/// are compiled in, so that loading them allocates little; owned when it
/// comes from a user gazetteer or had to be normalized.
pub(crate) type Text = Cow<'static, str>;

/// One thing the lexicons know.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub id: Text,
    pub kind: EntityType,
    pub name: Text,
    pub name_en: Option<Text>,
    pub country: Option<Text>,
    /// A city (places.tsv kind `city`): in a sports context its name is
    /// often its club's.
    pub city: bool,
    /// A sports club or team (an organization with sport forms).
    pub club: bool,
}

/// What a surface form in the form index stands for.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Pat {
    pub entry: u32,
    pub form: Form,
    pub rule: &'static str,
    /// Also a common word or another name: needs context.
    pub ambiguous: bool,
    /// The variant of a form starting with ال that follows the ل of a
    /// contracted لل (للأمم → ل + لامم): valid only after ل.
    pub lil: bool,
    /// A club's name that is also a common word (الهلال، النصر): taken
    /// only in a sports context.
    pub sport: bool,
    /// An abbreviation listed with bare alefs only: spelled letter by
    /// letter, it is another word where the text writes a hamza (وأم
    /// "and Umm" is not وام, the agency).
    pub bare_alef: bool,
}

/// Word classes, as bit flags.
pub(crate) mod class {
    pub const FIRST: u32 = 1;
    pub const TITLE: u32 = 1 << 1;
    pub const ROLE: u32 = 1 << 2;
    pub const CHAIN: u32 = 1 << 3;
    /// Head noun of an organization name (وزارة، هيئة ...).
    pub const ORG_HEAD: u32 = 1 << 4;
    /// Head noun of a place name (مدينة، محافظة ...).
    pub const PLACE_HEAD: u32 = 1 << 5;
    /// Function words, verbs of saying, time words: never part of a name.
    pub const STOP: u32 = 1 << 6;
    /// Frequent words that are seldom part of a name.
    pub const COMMON: u32 = 1 << 7;
    /// A word inside a multi-word cue (خادم الحرمين الشريفين).
    pub const CUE_PART: u32 = 1 << 8;
    /// The ل-variant of a definite word (للهيئة → ل + لهيئه).
    pub const LIL: u32 = 1 << 9;
    /// Adjectives that follow a head but name nothing (الجديد، الحالي).
    pub const GENERIC_ADJ: u32 = 1 << 10;
    /// Second word of a spaced compound first name (عز الدين، سيف الإسلام).
    pub const COMPOUND2: u32 = 1 << 11;
    /// A word of sports reporting (فريق، مباراة، الدوري، تعادل): a city
    /// named near it may be its club.
    pub const SPORT: u32 = 1 << 12;
    /// A verb of saying or reporting that a speaker's name may follow
    /// (قال، أضاف، أكد).
    pub const SAY: u32 = 1 << 13;
    /// A word that follows the preposition على far more often than the
    /// name علي (الرغم، الفور، ضرورة).
    pub const AFTER_ALA: u32 = 1 << 14;
    /// A common word that is a father's or family name right after a
    /// first name (رمضان، رفعت، الخطيب، الشاعر).
    pub const NAME2: u32 = 1 << 15;
    /// A one-word outlet name that needs a media context (الراية، قنا),
    /// or its ل-variant: worth looking up in `Lexicon::media_outlet`.
    pub const MEDIA: u32 = 1 << 16;
    /// A common word that is also a first name (فارس، أشرف، سلام): a
    /// name only after a title or before a family name.
    pub const FIRST2: u32 = 1 << 17;
    /// One of the `RULE_WORDS`, which passes over every token compare by
    /// spelling: the class rules nearly every token out first.
    pub const RULE_WORD: u32 = 1 << 18;
    /// Every class, which must fit a `WordTable` slot.
    const ALL: u32 = (RULE_WORD << 1) - 1;
    const _: () = assert!(ALL < 1 << super::FLAG_BITS);
}

/// The compiled lexicons.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    pub entries: Vec<Entry>,
    /// The entry of each id, for each entity type (by `kind_key`).
    by_id: [FastMap<Text, u32>; 4],
    /// Every form with what it stands for, in priority order (first wins).
    forms: Vec<(Text, Pat)>,
    /// The hash of every normalized form, to its pattern in `pats`. Keyed
    /// by hash so that a miss reads no string; a hit is checked against the
    /// form itself in `pat_forms`.
    form_index: FastMap<u64, u32>,
    pats: Vec<Pat>,
    /// The form of each pattern, as an index into `forms`.
    pat_forms: Vec<u32>,
    /// What is known of each word, by its hash (as in the form index, two
    /// words with one 64-bit hash would share their classes).
    words: FastMap<u64, Word>,
    /// Saudi Arabia's entry.
    kingdom: Option<u32>,
    table: WordTable,
    /// One-word names of newspapers, channels and agencies that are also
    /// common words or places (الراية، الجزيرة، قنا), by normalized form:
    /// taken only where the context says media.
    /// The outlets named by words that are media names only in a media
    /// context, by word hash (as in `words`).
    media: FastMap<u64, u32>,
    /// The words that designate a place around its name, by word hash.
    designations: FastMap<u64, Designation>,
    /// Indefinite words whose definite form is frequent in news (مفاوض،
    /// إداري، حزن), by word hash: common nouns and adjectives, which no
    /// foreign name word is. Kept out of the word table, which they would
    /// fill up for the few lookups that need them.
    definite_nouns: rustc_hash::FxHashSet<u64>,
    /// Words seen mostly as a person's family name in news (يلتسين،
    /// الحريري), by word hash; kept out of the word table likewise.
    family_names: rustc_hash::FxHashSet<u64>,
}

/// How a word designates a place or state around its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Designation {
    /// A word for its kind, before the name (مدينة، منطقة، قطاع، دولة).
    Kind,
    /// An epithet after the name (المكرمة، الشعبية).
    Epithet,
}

/// A hashable key for an entity type.
pub(crate) fn kind_key(k: EntityType) -> u8 {
    match k {
        EntityType::Country => 0,
        EntityType::Location => 1,
        EntityType::Organization => 2,
        EntityType::Person => 3,
    }
}

/// The normalized match key of a form.
pub(crate) fn key(form: &str) -> Cow<'_, str> {
    let form = form.trim();
    // Most lexicon words are written normalized and single-spaced already.
    if is_normalized(form) && single_spaced(form) {
        return Cow::Borrowed(form);
    }
    let n = fold_str(form);
    if single_spaced(&n) {
        return Cow::Owned(n);
    }
    Cow::Owned(n.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Whether normalized text `s` has its words apart by single spaces, with
/// none before or after (normalized text holds no white space but ASCII).
fn single_spaced(s: &str) -> bool {
    let mut after_space = true;
    for &b in s.as_bytes() {
        let space = b == b' ';
        if (space && after_space) || (!space && b.is_ascii_whitespace()) {
            return false;
        }
        after_space = space;
    }
    !after_space || s.is_empty()
}

/// `s` without the white space around it.
fn trimmed(s: Text) -> Text {
    match s {
        Cow::Borrowed(b) => Cow::Borrowed(b.trim()),
        Cow::Owned(o) if o.trim().len() == o.len() => Cow::Owned(o),
        Cow::Owned(o) => Cow::Owned(o.trim().to_string()),
    }
}

/// `s` trimmed, or None when nothing is left.
fn non_empty(s: Text) -> Option<Text> {
    let s = trimmed(s);
    (!s.is_empty()).then_some(s)
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|f| !f.is_empty())
}

/// The tab-separated columns of a data row, without allocating: the first
/// `Row::MAX` columns are kept, and a column past the last one reads as "".
struct Row<'s> {
    cols: [&'s str; Row::MAX],
    len: usize,
}

impl<'s> Row<'s> {
    const MAX: usize = 12;

    fn new(line: &'s str) -> Row<'s> {
        let mut row = Row { cols: [""; Row::MAX], len: 0 };
        for col in line.split('\t').take(Row::MAX) {
            row.cols[row.len] = col;
            row.len += 1;
        }
        row
    }
}

impl<'s> std::ops::Index<usize> for Row<'s> {
    type Output = &'s str;
    fn index(&self, i: usize) -> &&'s str {
        &self.cols[i]
    }
}

/// The data rows of a TSV file with their line numbers.
fn rows(tsv: &str) -> impl Iterator<Item = (usize, Row<'_>)> {
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(i, l)| (i + 1, Row::new(l)))
}

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const DEMONYMS: &str = include_str!("../../data/demonyms.tsv");
const PLACES: &str = include_str!("../../data/places.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/organizations.tsv");
const PERSONS: &str = include_str!("../../data/persons.tsv");
const FIRST_NAMES: &str = include_str!("../../data/first_names.txt");
const PERSON_CUES: &str = include_str!("../../data/person_cues.tsv");
const HEADS: &str = include_str!("../../data/heads.tsv");
const COMMON_WORDS: &str = include_str!("../../data/common_words.txt");
const AFTER_ALA: &str = include_str!("../../data/after_ala.txt");
const DEFINITE_WORDS: &str = include_str!("../../data/definite_words.txt");
const FAMILY_NAMES: &str = include_str!("../../data/family_names.txt");

/// The match keys of the words of a list, one a line (`#` starts a
/// comment; blank lines are passed over).
fn list_words(list: &str) -> impl Iterator<Item = Cow<'_, str>> {
    list.lines().filter(|l| !l.starts_with('#')).map(key).filter(|k| !k.is_empty())
}

/// The hashes of the words of a list (`list_words`).
fn word_hashes(list: &str) -> rustc_hash::FxHashSet<u64> {
    list_words(list).map(|k| word_hash(k.as_bytes())).collect()
}

/// The words that rules look for in every sentence, in the match key:
/// the particles a subject follows (أن، لكن، كان), the relative الذي,
/// قوله after a name, and nouns a family name follows (أسرة، عائلة،
/// عشيرة، قبيلة، نظرية).
const RULE_WORDS: [&str; 11] =
    ["ان", "لكن", "كان", "الذي", "قوله", "قولها", "اسره", "عائله", "عشيره", "قبيله", "نظريه"];

impl Lexicon {
    /// The built-in lexicons.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon {
            entries: Vec::new(),
            by_id: Default::default(),
            forms: Vec::with_capacity(1 << 15),
            form_index: FastMap::default(),
            pat_forms: Vec::new(),
            pats: Vec::new(),
            // The built-in lists hold about 22,000 words.
            words: FastMap::with_capacity_and_hasher(24_000, Default::default()),
            table: WordTable::default(),
            kingdom: None,
            media: FastMap::default(),
            designations: FastMap::default(),
            definite_nouns: rustc_hash::FxHashSet::default(),
            family_names: rustc_hash::FxHashSet::default(),
        };
        lex.load_builtin().expect("built-in lexicons are well formed");
        lex.build();
        lex
    }

    fn load_builtin(&mut self) -> anyhow::Result<()> {
        for (_, c) in rows(COUNTRIES) {
            let e = self.entry(EntityType::Country, c[0].into(), c[1].into(), c[2].into(), "".into());
            for f in list(c[3]) {
                self.form(f.into(), e, Form::Name, "lexicon:country", false);
            }
            for f in list(c[4]) {
                self.form(f.into(), e, Form::Name, "lexicon:country", true);
            }
            self.form(c[1].into(), e, Form::Name, "lexicon:country", false);
        }
        for (_, c) in rows(ORGANIZATIONS) {
            let e = self.entry(EntityType::Organization, c[0].into(), c[1].into(), c[2].into(), c[3].into());
            // A club's names that are common words: only in a sports
            // context (first, so that a name that is one stays so).
            for f in list(c[7]) {
                self.entries[e as usize].club = true;
                let pat = Pat {
                    entry: e,
                    form: Form::Name,
                    rule: "lexicon:club",
                    ambiguous: false,
                    lil: false,
                    sport: true,
                    bare_alef: false,
                };
                self.form_pat(f.into(), pat);
            }
            self.form(c[1].into(), e, Form::Name, "lexicon:organization", false);
            // A club: named نادي ... (or with sport forms, above).
            if c[1].starts_with("نادي ") || c[1].starts_with("النادي ") {
                self.entries[e as usize].club = true;
            }
            for f in list(c[4]) {
                self.form(f.into(), e, Form::Name, "lexicon:organization", false);
            }
            for f in list(c[5]) {
                self.form(f.into(), e, Form::Abbreviation, "lexicon:organization", false);
            }
            // Forms that are also common nouns: taken only without a
            // demonstrative before or a definite adjective after.
            for f in list(c[6]) {
                self.form(f.into(), e, Form::Name, "lexicon:organization", true);
            }
            // An outlet's names that are common words: only where the
            // context says media.
            for f in list(c[8]) {
                let k = key(f);
                if !k.is_empty() {
                    self.media.entry(word_hash(k.as_bytes())).or_insert(e);
                    self.flag_word(&k, class::MEDIA);
                    if k.len() > "ال".len() && k.starts_with("ال") {
                        self.flag_word(&k["ا".len()..], class::MEDIA);
                    }
                }
            }
        }
        for (_, c) in rows(PERSONS) {
            let e = self.entry(EntityType::Person, c[0].into(), c[1].into(), c[2].into(), "".into());
            self.form(c[1].into(), e, Form::Name, "lexicon:person", false);
            for f in list(c[3]) {
                self.form(f.into(), e, Form::Name, "lexicon:person", false);
            }
        }
        for (_, c) in rows(PLACES) {
            let e = self.entry(EntityType::Location, c[0].into(), c[2].into(), c[3].into(), c[4].into());
            self.entries[e as usize].city = c[1].trim() == "city";
            self.form(c[2].into(), e, Form::Name, "lexicon:place", false);
            for f in list(c[5]) {
                self.form(f.into(), e, Form::Name, "lexicon:place", false);
            }
            for f in list(c[6]) {
                self.form(f.into(), e, Form::Name, "lexicon:place", true);
            }
        }
        for (_, c) in rows(DEMONYMS) {
            let Some(&e) = self.by_id[usize::from(kind_key(EntityType::Country))].get(c[0].trim()) else {
                continue;
            };
            for f in list(c[1]) {
                self.form(f.into(), e, Form::Demonym, "demonym", false);
            }
            for f in list(c[2]) {
                self.form(f.into(), e, Form::Demonym, "demonym", true);
            }
        }
        for k in list_words(FIRST_NAMES) {
            match k.split_once(' ') {
                None => {
                    self.add_word(&k, class::FIRST);
                    // عزالدين is also written عز الدين.
                    for suffix in ["الدين", "الاسلام"] {
                        if let Some(p) = k.strip_suffix(suffix)
                            && p.chars().count() >= 2
                        {
                            let p = p.to_string();
                            self.add_word(&p, class::FIRST);
                            self.add_word(suffix, class::COMPOUND2);
                        }
                    }
                }
                Some((a, b)) if !b.contains(' ') => {
                    self.add_word(a, class::FIRST);
                    self.add_word(b, class::COMPOUND2);
                }
                _ => {}
            }
        }
        for (_, c) in rows(PERSON_CUES) {
            let flag = match c[1].trim() {
                "title" => class::TITLE,
                "role" => class::ROLE,
                "chain" => class::CHAIN,
                "name2" => class::NAME2,
                "first2" => class::FIRST2,
                _ => continue,
            };
            let k = key(c[0]);
            let mut words = k.split(' ');
            if let Some(first) = words.next() {
                self.add_word(first, flag);
            }
            for w in words {
                self.add_word(w, class::CUE_PART);
            }
        }
        for (_, c) in rows(HEADS) {
            let flag = match c[1].trim() {
                "org" => class::ORG_HEAD,
                "place" => class::PLACE_HEAD,
                "stop" => class::STOP,
                "generic" => class::GENERIC_ADJ,
                "say" => class::SAY,
                "sport" => class::SPORT,
                "designator" | "epithet" => {
                    let kind = if c[1].trim() == "epithet" { Designation::Epithet } else { Designation::Kind };
                    self.designations.insert(word_hash(key(c[0]).as_bytes()), kind);
                    continue;
                }
                _ => continue,
            };
            self.add_word(&key(c[0]), flag);
        }
        for k in list_words(COMMON_WORDS) {
            self.add_word(&k, class::COMMON);
        }
        for w in RULE_WORDS {
            self.flag_word(w, class::RULE_WORD);
        }
        for k in list_words(AFTER_ALA) {
            self.flag_word(&k, class::AFTER_ALA);
        }
        self.definite_nouns = word_hashes(DEFINITE_WORDS);
        self.family_names = word_hashes(FAMILY_NAMES);
        Ok(())
    }

    /// Records that form `k` starts with its first word.
    fn mark_form_start(&mut self, k: &str) {
        // The first word as the tokenizer cuts it.
        let first = &k[..word_end(k, 0, k.len())];
        let reach = k.len().min(MAX_REACH) as u16;
        let w = self.word_mut(first);
        w.reach = w.reach.max(reach);
    }

    /// The entry of word `k`.
    fn word_mut(&mut self, k: &str) -> &mut Word {
        self.words.entry(word_hash(k.as_bytes())).or_default()
    }

    /// Adds `flag` to the classes of word `k`.
    fn flag_word(&mut self, k: &str, flag: u32) {
        self.word_mut(k).flags |= flag;
    }

    fn add_word(&mut self, k: &str, flag: u32) {
        self.flag_word(k, flag);
        // A definite word glued to ل is written لل: store the ل-variant
        // (the word without its alef) too.
        if k.len() > "ال".len() && k.starts_with("ال") {
            self.flag_word(&k["ا".len()..], flag | class::LIL);
        }
    }

    /// The entry of `id`, added with its name, English name and country
    /// (both may be empty) if it is new.
    fn entry(&mut self, kind: EntityType, id: Text, name: Text, name_en: Text, country: Text) -> u32 {
        let id = trimmed(id);
        let by_id = &mut self.by_id[usize::from(kind_key(kind))];
        if let Some(&e) = by_id.get(id.as_ref()) {
            return e;
        }
        let e = self.entries.len() as u32;
        by_id.insert(id.clone(), e);
        self.entries.push(Entry {
            id,
            kind,
            name: trimmed(name),
            name_en: non_empty(name_en),
            country: non_empty(country),
            city: false,
            club: false,
        });
        e
    }

    fn form(&mut self, form: Text, entry: u32, f: Form, rule: &'static str, ambiguous: bool) {
        let bare_alef = f == Form::Abbreviation && !form.contains(HAMZA_ALEFS);
        self.form_pat(form, Pat { entry, form: f, rule, ambiguous, lil: false, sport: false, bare_alef });
    }

    fn form_pat(&mut self, form: Text, pat: Pat) {
        let k = match form {
            Cow::Borrowed(f) => key(f),
            Cow::Owned(f) => Cow::Owned(key(&f).into_owned()),
        };
        if k.chars().count() < 2 {
            return;
        }
        // The ل-variant (the form without its alef) follows the ل of لل.
        if k.strip_prefix("ال").is_some_and(|rest| rest.chars().count() >= 2) {
            let lil = match &k {
                Cow::Borrowed(b) => Cow::Borrowed(&b["ا".len()..]),
                Cow::Owned(o) => Cow::Owned(o["ا".len()..].to_string()),
            };
            self.mark_form_start(&lil);
            self.forms.push((lil, Pat { lil: true, ..pat }));
        }
        self.mark_form_start(&k);
        self.forms.push((k, pat));
    }

    /// Indexes the forms; the first form of a key wins.
    pub fn build(&mut self) {
        self.kingdom = self.country("SA");
        self.table = WordTable::new(&self.words);
        self.form_index.clear();
        self.form_index.reserve(self.forms.len());
        self.pats.clear();
        self.pat_forms.clear();
        for (i, (k, p)) in self.forms.iter().enumerate() {
            // (Two different forms with one 64-bit hash would keep the
            // first; the odds are about 1 in 10^11.)
            if let std::collections::hash_map::Entry::Vacant(v) = self.form_index.entry(word_hash(k.as_bytes())) {
                v.insert(self.pats.len() as u32);
                self.pats.push(*p);
                self.pat_forms.push(i as u32);
            }
        }
    }

    /// Adds the entries of a user gazetteer; its forms take priority.
    pub fn add_gazetteer(&mut self, tsv: &str) -> anyhow::Result<()> {
        let before = self.forms.len();
        for (line, c) in rows(tsv) {
            if c.len < 4 {
                bail!("line {line}: expected at least 4 tab-separated columns (type, id, name, forms)");
            }
            let kind = match c[0].trim() {
                "country" => EntityType::Country,
                "location" | "place" => EntityType::Location,
                "organization" | "org" => EntityType::Organization,
                "person" => EntityType::Person,
                other => bail!("line {line}: unknown type {other:?} (country, location, organization, person)"),
            };
            let id = c[1].trim();
            if id.is_empty() || c[2].trim().is_empty() {
                bail!("line {line}: empty id or name");
            }
            let own = |s: &str| -> Text { Cow::Owned(s.to_string()) };
            let e = self.entry(kind, own(id), own(c[2]), own(c[4]), own(c[5]));
            let rule = "gazetteer";
            self.form(own(c[2]), e, Form::Name, rule, false);
            for f in list(c[3]) {
                self.form(own(f), e, Form::Name, rule, false);
            }
            for f in list(c[6]) {
                self.form(own(f), e, Form::Abbreviation, rule, false);
            }
        }
        let added: Vec<_> = self.forms.drain(before..).collect();
        self.forms.splice(0..0, added);
        self.build();
        Ok(())
    }

    /// The word classes of a normalized word (no clitics stripped).
    #[inline]
    pub fn word(&self, w: &str) -> u32 {
        self.table.get(w).flags & !class::MEDIA
    }

    /// Whether a normalized word is a common noun or adjective by its
    /// frequent definite form.
    #[inline]
    pub fn definite_noun(&self, w: &str) -> bool {
        self.definite_nouns.contains(&word_hash(w.as_bytes()))
    }

    /// Whether a normalized word is seen mostly as a family name.
    #[inline]
    pub fn family_name(&self, w: &str) -> bool {
        self.family_names.contains(&word_hash(w.as_bytes()))
    }

    /// The word classes of a normalized word and the reach of the forms
    /// that start with it.
    #[inline]
    pub fn word_info(&self, w: &str) -> Word {
        self.table.get(w)
    }

    /// The outlet named by a normalized word that is a media name only in a
    /// media context (الراية، قنا), if it is one.
    #[inline]
    pub fn media_outlet(&self, w: &str) -> Option<u32> {
        self.media.get(&word_hash(w.as_bytes())).copied()
    }

    /// Whether any outlet is named by a word that needs a media context.
    pub fn has_media_words(&self) -> bool {
        !self.media.is_empty()
    }

    /// The entry of a country code.
    pub fn country(&self, id: &str) -> Option<u32> {
        self.by_id[usize::from(kind_key(EntityType::Country))].get(id).copied()
    }

    /// Saudi Arabia's entry, which المملكة alone stands for.
    pub fn kingdom(&self) -> Option<u32> {
        self.kingdom
    }

    /// Whether normalized text `k` is a form of entry `e`: a form in the
    /// index, or a one-word outlet's name that needs a media context.
    pub fn is_form_of(&self, k: &str, e: u32) -> bool {
        self.pattern_of(k).is_some_and(|p| p.entry == e) || (!k.contains(' ') && self.media_outlet(k) == Some(e))
    }

    /// How a normalized word designates a place around its name, if it does.
    pub fn designation(&self, w: &str) -> Option<Designation> {
        self.designations.get(&word_hash(w.as_bytes())).copied()
    }

    /// Whether a normalized text is, as a whole, a name of a country or
    /// place that needs no context (غزة، الرياض، الصين).
    pub fn names_place(&self, k: &str) -> bool {
        self.pattern_of(k).is_some_and(|p| {
            let kind = self.entries[p.entry as usize].kind;
            p.form == Form::Name
                && !(p.ambiguous || p.lil || p.sport)
                && matches!(kind, EntityType::Country | EntityType::Location)
        })
    }

    /// Whether a normalized text is, as a whole, a form of a sports club
    /// (الهلال، النصر), in whatever context.
    pub fn names_club(&self, k: &str) -> bool {
        self.pattern_of(k).is_some_and(|p| p.sport || self.entries[p.entry as usize].club)
    }

    /// The pattern of a normalized form, if it is one.
    #[inline]
    fn pattern_of(&self, k: &str) -> Option<Pat> {
        let &p = self.form_index.get(&word_hash(k.as_bytes()))?;
        (self.forms[self.pat_forms[p as usize] as usize].0 == k).then(|| self.pats[p as usize])
    }

    /// Every form match in `text` that starts at one of `starts` (word
    /// starts, or just after their proclitics, where a form's first word
    /// stands, with the reach of the forms starting with that word) and
    /// ends at one of `ends` (the ends of word and number tokens, in order):
    /// (start, end, pattern). At each start the longest form wins; the text
    /// from the start to each end within reach is looked up in the form
    /// index, longest first. Building this index at start-up is much cheaper
    /// than compiling an automaton, and the starts are few.
    pub fn matches(
        &self,
        text: &str,
        starts: impl Iterator<Item = (usize, usize)>,
        ends: &[usize],
        out: &mut Vec<(usize, usize, Pat)>,
    ) {
        let mut pos = 0;
        let mut first_end = 0;
        for (s, reach) in starts {
            if s < pos {
                continue;
            }
            while first_end < ends.len() && ends[first_end] <= s {
                first_end += 1;
            }
            let within = ends[first_end..].iter().take_while(|&&e| e - s <= reach).count();
            let hit = ends[first_end..first_end + within]
                .iter()
                .rev()
                .find_map(|&e| self.pattern_of(&text[s..e]).map(|p| (e, p)));
            let Some((e, pat)) = hit else { continue };
            if matches!(starts_word(text, s, pat.lil), Start::Valid) {
                out.push((s, e, pat));
                pos = e;
            }
        }
    }
}

/// Whether a match may start at a position.
enum Start {
    Valid,
    /// Not here, but maybe a little further into the word.
    NotHere,
    /// Not here nor anywhere further into this word.
    Never,
}

/// True when `s` starts a word, or follows proclitics only: و/ف, then
/// ب/ل/ك. A `lil` form must follow the ل of لل.
fn starts_word(text: &str, s: usize, lil: bool) -> Start {
    let before = &text[..s];
    let mut prefix_start = s;
    for (i, c) in before.char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        if s - i > 4 || !matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك') {
            return Start::Never;
        }
        prefix_start = i;
    }
    let prefix = &text[prefix_start..s];
    let ok = if lil { matches!(prefix, "ل" | "ول" | "فل") } else { valid_prefix(prefix) };
    if ok { Start::Valid } else { Start::NotHere }
}

/// The proclitic sequences a name may carry.
pub(crate) fn valid_prefix(p: &str) -> bool {
    matches!(p, "" | "و" | "ف" | "ب" | "ل" | "ك" | "وب" | "ول" | "وك" | "فب" | "فل" | "فك")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_normalized_and_single_spaced() {
        assert_eq!(key(" وزارة   الخارجية "), "وزاره الخارجيه");
        assert_eq!(key("الامم\tالمتحده"), "الامم المتحده");
        assert_eq!(key("الامم  المتحده"), "الامم المتحده");
        // Text already in that form is not copied.
        assert!(matches!(key(" الامم المتحده"), Cow::Borrowed("الامم المتحده")));
        assert_eq!(key(""), "");
    }
}
