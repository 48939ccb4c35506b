//! Entities: countries, places, organizations and people, linked to
//! canonical ids, with every mention.
//!
//! Three kinds of evidence, in one pass over the document:
//!
//! 1. **Lexicons** (`data/*.tsv`, compiled in): every surface form of every
//!    country, demonym, place, organization and known person, normalized like
//!    the document and indexed by hash. Where a word (or its stem after
//!    proclitics) starts some form, the text up to each word end within the
//!    reach of those forms is looked up, longest first. A match counts when it
//!    starts a word or follows proclitics only (و ف then ب ل ك; لل for ل + ال)
//!    and ends a word; the mention span leaves the glued clitics out.
//! 2. **Pattern rules** (`rules`): a head noun (وزارة، هيئة، مجلس ...) and
//!    its name words make an organization; a place head (مدينة، محافظة ...)
//!    and a name make a place; first names, titles, roles and name chains
//!    (بن، آل، أبو، عبد) make a person.
//! 3. **Coreference inside the document**: acronyms and abbreviations join
//!    their full form, a surname joins the person's full name.
//!
//! # User gazetteers
//!
//! `--gazetteer FILE` (or [`Extractor::add_gazetteer`]) adds entries from a
//! UTF-8 TSV file; lines starting with `#` and blank lines are ignored:
//!
//! ```text
//! # type<TAB>id<TAB>name<TAB>forms<TAB>name_en<TAB>country<TAB>abbreviations
//! organization<TAB>acme<TAB>شركة أكمي للتقنية<TAB>أكمي للتقنية|أكمي<TAB>Acme Technology<TAB>SA<TAB>أ ت
//! person<TAB>jdoe<TAB>جون دو<TAB>دو<TAB>John Doe
//! location<TAB>old-town<TAB>البلدة القديمة<TAB><TAB>Old Town<TAB>SA
//! ```
//!
//! (`<TAB>` stands for a tab character.) `type` is `country`, `location`, `organization` or `person`; `forms` and
//! `abbreviations` are `|`-separated lists (may be empty); the last three
//! columns are optional. Forms are normalized like the text (hamza, ta
//! marbuta, alef maqsura, diacritics) and match with glued clitics. User
//! forms take priority over built-in ones; reusing a built-in id (`SA`)
//! adds forms to that entry.

mod lexicon;
mod rules;

use crate::document::{Document, Range};
use crate::output::{Entity, EntityType, Form, Mention, Span};
use crate::segment::is_word_char;
pub(crate) use lexicon::word_hash;
use lexicon::{Designation, FastMap, Lexicon, Text, class};
use std::borrow::Cow;
use std::sync::LazyLock;

/// The compiled lexicons and rules of the entity extractor.
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Lexicon,
}

static BUILTIN: LazyLock<Extractor> = LazyLock::new(|| Extractor { lex: Lexicon::builtin() });

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::builtin().clone()
    }
}

impl Extractor {
    /// The extractor with the built-in lexicons, built once per process.
    pub fn builtin() -> &'static Extractor {
        &BUILTIN
    }

    /// Adds the entries of a user gazetteer (format in the module docs).
    pub fn add_gazetteer(&mut self, tsv: &str) -> anyhow::Result<()> {
        self.lex.add_gazetteer(tsv)
    }

    /// Finds the entities of a document.
    pub fn extract<'a>(&self, doc: &Document<'a>) -> Vec<Entity<'a>> {
        let cands = rules::candidates(&self.lex, doc);
        assemble(&self.lex, doc, cands)
    }
}

/// What a candidate mention refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Target {
    /// A lexicon entry.
    Entry(u32),
    /// An entity found by a rule: type, id (slug), country.
    New(EntityType, String, Option<Text>),
}

/// A candidate mention, before overlaps are resolved.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    /// Normalized byte range of the mention.
    pub range: Range,
    pub target: Target,
    pub form: Form,
    pub rule: &'static str,
}

fn kind_of(lex: &Lexicon, t: &Target) -> EntityType {
    match t {
        Target::Entry(e) => lex.entries[*e as usize].kind,
        Target::New(k, _, _) => *k,
    }
}

/// Whether the place at `r` of the normalized `text` follows a glued ب
/// or the word في (بالرياض، في جدة), or is a region named with its head
/// (منطقة الرياض، المنطقة الشرقية، محافظة الخرج): a place that a body
/// inside whose name it stands is located in or serves, not a city that
/// merely names it (بنك الرياض، صحيفة الشرق الأوسط).
fn located_or_region(text: &str, r: Range) -> bool {
    let before = &text[..r.start];
    let word_start = last_space(before).map_or(0, |k| k + 1);
    let clitics = &before[word_start..];
    let region = ["منطقه ", "المنطقه ", "محافظه "].iter().any(|h| text[r.start..].starts_with(h));
    clitics.ends_with('ب') || before.trim_end().ends_with(" في") || region
}

/// The byte index of the first space in `s`. Mentions and words are short:
/// a scan byte by byte costs less there than the call to memchr of
/// `str::find`.
fn first_space(s: &str) -> Option<usize> {
    s.bytes().position(|b| b == b' ')
}

/// The byte index of the last space in `s` (see `first_space`).
fn last_space(s: &str) -> Option<usize> {
    s.bytes().rposition(|b| b == b' ')
}

/// Marks that open and close a quoted name in the normalized text.
const OPENING_QUOTES: [char; 3] = ['"', '«', '“'];
const CLOSING_QUOTES: [char; 3] = ['"', '»', '”'];

/// The proper name inside the range of a place's or country's mention
/// `c`: without a word for its kind before it (مدينة، منطقة، قطاع، دولة) or
/// an epithet after it (المكرمة، الشعبية), where the rest is a name on its
/// own: one the lexicon knows, or the name a place-head rule found (حي
/// الملز). Other words (محافظة الخبر، وادي السيليكون، جبل الرحمة) stay.
/// The mention's extent and the entity's name keep the whole designation.
fn proper_name(lex: &Lexicon, text: &str, c: &Cand) -> Range {
    let mut r = c.range;
    let mention = &text[r.start..r.end];
    if let Some((first, rest)) = first_space(mention).map(|k| (&mention[..k], &mention[k + 1..]))
        && lex.designation(first) == Some(Designation::Kind)
    {
        // A name in quotation marks: منطقة "سانجاق تيبيه".
        let inner = rest.strip_prefix(OPENING_QUOTES).and_then(|q| q.strip_suffix(CLOSING_QUOTES)).map(str::trim);
        // The name a rule found, unless common words make it (حي الشيخ
        // رضوان: الشيخ رضوان alone names a person).
        let found = c.rule == "pattern:place-head" && rest.split(' ').all(|w| lex.word(w) & class::COMMON == 0);
        if let Some(name) = inner.filter(|n| found && !n.is_empty()) {
            r.start += first.len() + 1 + rest.find(name).unwrap_or(0);
            r.end = r.start + name.len();
        } else if found || lex.names_place(rest) {
            r.start += first.len() + 1;
        }
    }
    let mention = &text[r.start..r.end];
    if let Some((rest, last)) = last_space(mention).map(|k| (&mention[..k], &mention[k + 1..]))
        && lex.designation(last) == Some(Designation::Epithet)
        && lex.names_place(rest)
    {
        r.end -= last.len() + 1;
    }
    r
}

/// Resolves overlaps, groups mentions into entities, fills names.
fn assemble<'a>(lex: &Lexicon, doc: &Document<'a>, cands: Vec<Cand>) -> Vec<Entity<'a>> {
    // Longer spans win; on a tie, the earlier candidate (lexicon before
    // rule). The candidates by length, longest first, in index order within
    // a length: a counting sort, as lengths are few.
    let len = |c: &Cand| c.range.end - c.range.start;
    let longest = cands.iter().map(len).max().unwrap_or(0);
    // The next slot in `order` for each length, longest first: counts of
    // the longer lengths, summed into where each length starts.
    let mut next_slot = vec![0; longest + 2];
    for c in &cands {
        next_slot[longest - len(c) + 1] += 1;
    }
    for k in 1..next_slot.len() {
        next_slot[k] += next_slot[k - 1];
    }
    let mut order = vec![0; cands.len()];
    for (i, c) in cands.iter().enumerate() {
        let slot = &mut next_slot[longest - len(c)];
        order[*slot] = i;
        *slot += 1;
    }
    // Candidates in text order (by start, then end, then index), so that
    // only the kept ones that can reach a new candidate are compared with it
    // (linear in practice, not quadratic). Candidates come in runs in text
    // order, which the stable sort merges.
    let mut by_start: Vec<(usize, usize, usize)> =
        cands.iter().enumerate().map(|(i, c)| (c.range.start, c.range.end, i)).collect();
    by_start.sort();
    let mut is_kept = vec![false; cands.len()];
    for i in order {
        let c = &cands[i];
        let kind = kind_of(lex, &c.target);
        let from = by_start.partition_point(|&(s, _, _)| s < c.range.start.saturating_sub(longest));
        let to = by_start.partition_point(|&(s, _, _)| s < c.range.end);
        let clash = by_start[from..to].iter().filter(|&&(_, _, k)| is_kept[k]).any(|&(_, _, k)| {
            let o = &cands[k];
            let overlap = o.range.start < c.range.end && c.range.start < o.range.end;
            if !overlap {
                return false;
            }
            // A country (name or demonym) inside an organization still
            // tells which countries the article is about.
            let nested_country = kind == EntityType::Country
                && kind_of(lex, &o.target) == EntityType::Organization
                && o.range.contains(c.range);
            let okind = kind_of(lex, &o.target);
            // So does a place where the body sits, or the region it serves
            // (النادي الأدبي بالرياض، أمانة المنطقة الشرقية).
            let nested_place = kind == EntityType::Location
                && okind == EntityType::Organization
                && o.range.contains(c.range)
                && located_or_region(doc.text(), c.range);
            // A body inside another overlaps it: لجنة الأمن في البرلمان /
            // البرلمان الأذربيجاني.
            let crossing = kind == EntityType::Organization
                && okind == EntityType::Organization
                && !o.range.contains(c.range)
                && !c.range.contains(o.range);
            !nested_country && !nested_place && !crossing
        });
        is_kept[i] = !clash;
    }
    // The kept candidates in text order.
    let kept: Vec<usize> = by_start.iter().map(|&(_, _, i)| i).filter(|&i| is_kept[i]).collect();
    // The entities, each mention's entity with its normalized range, and
    // how many mentions each entity has, so that its list is allocated once.
    let mut entities: Vec<Entity> = Vec::with_capacity(kept.len());
    let mut ranges: Vec<(usize, Range)> = Vec::with_capacity(kept.len());
    let mut mention_counts: Vec<usize> = Vec::with_capacity(kept.len());
    let mut index: FastMap<(u8, &str), usize> = FastMap::with_capacity_and_hasher(kept.len(), Default::default());
    for &i in &kept {
        let c = &cands[i];
        let (kind, id, country) = match &c.target {
            Target::Entry(e) => {
                let e = &lex.entries[*e as usize];
                (e.kind, e.id.as_ref(), &e.country)
            }
            Target::New(k, id, country) => (*k, id.as_str(), country),
        };
        let at = *index.entry((lexicon::kind_key(kind), id)).or_insert_with(|| {
            let (id, name, name_en) = match &c.target {
                Target::Entry(e) => {
                    let e = &lex.entries[*e as usize];
                    (e.id.clone(), e.name.clone(), e.name_en.clone())
                }
                Target::New(..) => (Cow::Owned(id.to_string()), Cow::Borrowed(""), None),
            };
            entities.push(Entity { id, kind, name, name_en, country: None, mentions: Vec::new() });
            mention_counts.push(0);
            entities.len() - 1
        });
        let ent = &mut entities[at];
        if ent.country.is_none() && country.is_some() {
            ent.country.clone_from(country);
        }
        mention_counts[at] += 1;
        ranges.push((at, c.range));
    }
    for (ent, &count) in entities.iter_mut().zip(&mention_counts) {
        ent.mentions = Vec::with_capacity(count);
    }
    // The fullest written form of known organizations whose mentions leave
    // out a word for their kind (حركة حماس, a mention of حماس), keyed as in
    // `index`.
    let mut written: FastMap<(u8, &str), (Range, Span)> = FastMap::default();
    for (&i, &(at, _)) in kept.iter().zip(&ranges) {
        let c = &cands[i];
        if let Target::Entry(e) = c.target
            && lex.entries[e as usize].kind == EntityType::Organization
            && let Some(r) = with_kind_word(lex, doc, c.range, e)
        {
            let span = doc.span(r);
            let key = (lexicon::kind_key(EntityType::Organization), lex.entries[e as usize].id.as_ref());
            if written.get(&key).is_none_or(|(w, _)| w.end - w.start < r.end - r.start) {
                written.insert(key, (r, span));
            }
        }
        let name = match entities[at].kind {
            EntityType::Country | EntityType::Location if c.form == Form::Name => proper_name(lex, doc.text(), c),
            _ => c.range,
        };
        let extent = (name != c.range).then(|| doc.span(c.range));
        let section = doc.section_at(c.range.start);
        let mention = Mention { span: doc.span(name), section, form: c.form, extent, rule: Some(c.rule) };
        entities[at].mentions.push(mention);
    }
    merge_short_forms(doc, &mut entities, &ranges, &written);
    for e in &mut entities {
        if e.kind != EntityType::Country {
            // The fullest name form in the article.
            let best = e
                .mentions
                .iter()
                .filter(|m| m.form == Form::Name)
                .map(|m| m.extent.as_ref().unwrap_or(&m.span))
                .max_by_key(|s| (s.end - s.start, std::cmp::Reverse(s.start)));
            let full = written
                .get(&(lexicon::kind_key(e.kind), e.id.as_ref()))
                .filter(|(_, w)| best.is_none_or(|s| w.text.len() > s.text.len()));
            if let Some((_, w)) = full {
                e.name = Cow::Borrowed(w.text);
            } else if let Some(s) = best {
                e.name = Cow::Borrowed(s.text);
            } else if e.name.is_empty() {
                e.name = Cow::Borrowed(e.mentions[0].span.text);
            }
        }
        if e.kind == EntityType::Country {
            e.country = None;
        }
    }
    entities
}

/// The range of a known organization's mention `r` (of entry `e`) with the
/// word for its kind written before it (حركة حماس، قناة "العربية"), when
/// that is a form of the same organization too.
fn with_kind_word(lex: &Lexicon, doc: &Document, r: Range, e: u32) -> Option<Range> {
    let text = doc.text();
    let before = &text[..r.start];
    let mut b = before.trim_end_matches(' ');
    let mut end = r.end;
    // A quoted name: قناة "العربية".
    if let Some(q) = b.strip_suffix(OPENING_QUOTES) {
        let close = text[r.end..].trim_start_matches(' ');
        let c = close.chars().next().filter(|c| CLOSING_QUOTES.contains(c))?;
        end = text.len() - close.len() + c.len_utf8();
        b = q.trim_end_matches(' ');
    } else if b.len() == before.len() {
        return None;
    }
    let start = last_space(b).map_or(0, |p| p + 1);
    let word = &b[start..];
    let name = &text[r.start..r.end];
    // The kind word with up to two clitics glued to it (لوكالة، وللنادي).
    (0..=2).map(|k| k * 'و'.len_utf8()).find_map(|k| {
        let w = word.get(k..).filter(|w| w.chars().count() >= 3)?;
        if k > 0 && !word[..k].chars().all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك')) {
            return None;
        }
        // (A contracted لل keeps its ل, as in the mentions: للنادي.)
        let bare = w.strip_prefix("ال").or_else(|| w.strip_prefix('ل')).unwrap_or(w);
        if !(rules::kind_word(w) || rules::kind_word(bare)) {
            return None;
        }
        let lil = k > 0 && word[..k].ends_with('ل') && w.starts_with('ل');
        let s = start + k - if lil { 'ل'.len_utf8() } else { 0 };
        lex.is_form_of(&format!("{w} {name}"), e).then(|| Range::new(s, end))
    })
}

/// Words of a mention's normalized text, without leading clitics or the
/// article, for comparing forms.
fn words(text: &str) -> Vec<&str> {
    let mut out = Vec::with_capacity(4);
    // Split at spaces byte by byte: words are short, shorter than what
    // makes a memchr call pay.
    let mut at = 0;
    for piece in text.as_bytes().split(|&b| b == b' ') {
        let w = &text[at..at + piece.len()];
        at += piece.len() + 1;
        let w = w.trim_matches(|c: char| !is_word_char(c));
        if w.is_empty() {
            continue;
        }
        let stem = ["وبال", "وال", "بال", "لل", "فال", "كال", "ال", "و", "ب", "ل", "ف"]
            .iter()
            .find_map(|p| w.strip_prefix(p).filter(|rest| rest.chars().nth(2).is_some()));
        out.push(stem.unwrap_or(w));
    }
    out
}

/// An organization or place whose every mention is the start of another
/// one's longer name in the same article is that one, named short:
/// وزارة العدل after وزارة العدل الأمريكية.
fn merge_short_forms(
    doc: &Document,
    entities: &mut Vec<Entity>,
    ranges: &[(usize, Range)],
    written: &FastMap<(u8, &str), (Range, Span)>,
) {
    let is_named = |e: &Entity| matches!(e.kind, EntityType::Organization | EntityType::Location);
    if entities.iter().filter(|e| is_named(e)).count() < 2 {
        return;
    }
    // The words of the named entities' mentions, once for each distinct
    // text of an entity (repeated mentions give the same words), by entity.
    let mut forms: Vec<(usize, &str, Vec<&str>)> = Vec::with_capacity(ranges.len());
    for &(at, r) in ranges.iter().filter(|&&(at, _)| is_named(&entities[at])) {
        let text = doc.slice(r);
        if !forms.iter().any(|&(j, t, _)| j == at && t == text) {
            forms.push((at, text, words(text)));
        }
    }
    forms.sort_by_key(|&(at, _, _)| at);
    let mut forms_of: Vec<&[(usize, &str, Vec<&str>)]> = vec![&[]; entities.len()];
    for own in forms.chunk_by(|a, b| a.0 == b.0) {
        forms_of[own[0].0] = own;
    }
    // A known organization's fullest written form counts as one of its
    // forms where its mentions leave out the word for its kind: شركة
    // الاتصالات joins الاتصالات السعودية, written شركة الاتصالات السعودية.
    let full_words: Vec<Vec<&str>> = entities
        .iter()
        .map(|e| match written.get(&(lexicon::kind_key(e.kind), e.id.as_ref())) {
            Some(&(r, _)) => words(doc.slice(r)),
            None => Vec::new(),
        })
        .collect();
    // The entities holding a form that a word sequence is a strict start
    // of, by kind and sequence, in order.
    let prefixes = forms.iter().map(|(_, _, f)| f).chain(&full_words).map(|f| f.len().saturating_sub(1)).sum();
    let mut holders_of: FastMap<(u8, &[&str]), Vec<usize>> =
        FastMap::with_capacity_and_hasher(prefixes, Default::default());
    for (j, own) in forms_of.iter().enumerate() {
        let kind = lexicon::kind_key(entities[j].kind);
        for long in own.iter().map(|(_, _, f)| f).chain(std::iter::once(&full_words[j])) {
            for k in 1..long.len() {
                let holders = holders_of.entry((kind, &long[..k])).or_default();
                if holders.last() != Some(&j) {
                    holders.push(j);
                }
            }
        }
    }
    // Each entity in turn joins the first other one still standing with a
    // longer form that all its forms start. (A form that joined earlier is
    // the start of its new holder's forms, so it never changes the outcome.)
    let mut standing = vec![true; entities.len()];
    let mut merges: Vec<(usize, usize)> = Vec::new();
    for (i, own) in forms_of.iter().enumerate() {
        // All its forms are the start of its longest one, which is the
        // start of the longer form.
        let Some((_, _, longest)) = own.iter().max_by_key(|(_, _, f)| f.len()) else { continue };
        if own.iter().any(|(_, _, f)| f.is_empty() || !longest.starts_with(f)) {
            continue;
        }
        let into = holders_of
            .get(&(lexicon::kind_key(entities[i].kind), longest.as_slice()))
            .and_then(|holders| holders.iter().copied().find(|&j| j != i && standing[j]));
        if let Some(j) = into {
            standing[i] = false;
            merges.push((i, j));
        }
    }
    if merges.is_empty() {
        return;
    }
    let mut slots: Vec<Option<Entity>> = entities.drain(..).map(Some).collect();
    for (i, j) in merges {
        let Some(mut moved) = slots[i].take() else { continue };
        let Some(target) = slots[j].as_mut() else { continue };
        for m in &mut moved.mentions {
            m.form = Form::Alias;
        }
        target.mentions.append(&mut moved.mentions);
        target.mentions.sort_by_key(|m| m.span.start);
        if target.country.is_none() {
            target.country = moved.country;
        }
        if target.name_en.is_none() {
            target.name_en = moved.name_en;
        }
    }
    entities.extend(slots.into_iter().flatten());
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |m| m.span.start));
}
