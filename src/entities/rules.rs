//! Candidate mentions: lexicon matches, then pattern rules for
//! organizations, places and people, then in-document coreference
//! (abbreviations in parentheses, surnames).

use super::lexicon::{FastMap, Lexicon, Pat, Text, Word, class};
use super::{Cand, Target};
use crate::document::{Document, Range};
use crate::normalize::HAMZA_ALEFS;
use crate::output::{EntityType, Form};
use crate::segment::TokenKind;

/// What the rules know about one token.
#[derive(Debug, Clone, Copy, Default)]
struct Tok {
    start: usize,
    end: usize,
    word: bool,
    /// Bytes of proclitics (و ف ب ل ك) before the stem.
    pre: u8,
    /// The proclitics include ب, ل or ك.
    prep: bool,
    /// The proclitics include و or ف.
    conj: bool,
    /// The stem carries the article (ال, or لل after ل).
    def: bool,
    /// Word classes of the stem.
    flags: u32,
    /// Index + 1 of the lexicon hit that covers the token, 0 if none.
    hit: u32,
    /// Some reading of the word (with or without its clitics) may be a
    /// one-word outlet's name (`class::MEDIA`).
    media: bool,
    /// The first character of a punctuation mark or number, read once:
    /// the rules ask for it often.
    lead: Option<char>,
}

impl Tok {
    fn has(&self, f: u32) -> bool {
        self.flags & f != 0
    }
    fn bare(&self) -> bool {
        self.pre == 0
    }
}

/// A lexicon match mapped to tokens.
#[derive(Debug, Clone, Copy)]
struct Hit {
    range: Range,
    first: usize,
    last: usize,
    pat: Pat,
}

struct Ctx<'a> {
    lex: &'a Lexicon,
    doc: &'a Document<'a>,
    text: &'a str,
    toks: Vec<Tok>,
    hits: Vec<Hit>,
    /// Tokens where an organization or place found by a pattern rule
    /// starts with its head noun, in order: a person's name chain stops
    /// before them.
    body_starts: Vec<usize>,
    /// The words of the classes in `MARKED`, the words that may name an
    /// outlet (`Tok::media`) and the marks that rules look
    /// for (an opening parenthesis before an age, the dash or slash of a
    /// score), in order: the passes whose rules start only at such tokens
    /// go over these, not over every token.
    marked: Vec<usize>,
    /// The words of none of the classes of `NO_SURNAME` and the words
    /// with clitics, in order: the passes that look for surnames go over
    /// these. (A word is analyzed alike wherever it stands: one of those
    /// classes is no surname, and only its stem after clitics may be one.)
    open: Vec<usize>,
}

impl Ctx<'_> {
    fn stem(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.text[t.start + t.pre as usize..t.end]
    }
    fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].word
    }
    fn hit(&self, i: usize) -> Option<&Hit> {
        let h = self.toks.get(i)?.hit;
        (h > 0).then(|| &self.hits[h as usize - 1])
    }
    /// The lexicon hit over token `i`, found among the hits themselves
    /// (in text order, never overlapping) by a binary search: for the
    /// filters that run before `hit` can tell.
    fn hit_over(&self, i: usize) -> Option<&Hit> {
        let k = self.hits.partition_point(|o| o.last < i);
        self.hits.get(k).filter(|o| o.first <= i)
    }
    /// The first token that ends past the start of `r` and the first that
    /// ends at or past its end (its last one where `r` ends a token).
    /// (A mention is a few tokens: one binary search, then a scan.)
    fn tokens_of(&self, r: Range) -> (usize, usize) {
        let first = self.toks.partition_point(|t| t.end <= r.start);
        let mut last = first;
        while last < self.toks.len() && self.toks[last].end < r.end {
            last += 1;
        }
        (first, last)
    }
    fn kind(&self, h: &Hit) -> EntityType {
        self.lex.entries[h.pat.entry as usize].kind
    }
    /// The original text of token `i`, clitics included.
    fn written(&self, i: usize) -> &str {
        let t = &self.toks[i];
        self.doc.original_text(Range::new(t.start, t.end))
    }
    /// The original text up to the end of token `i`: how its last letter
    /// was written before normalization (ى or ي, ة or ه, with tanwin).
    fn original_through(&self, i: usize) -> &str {
        let t = &self.toks[i];
        let (_, e) = self.doc.orig_bytes(Range::new(t.start, t.end));
        &self.doc.original[..e]
    }
    /// علي that is the preposition على in the original spelling.
    fn preposition_ali(&self, i: usize) -> bool {
        self.stem(i) == "علي" && !self.original_through(i).ends_with('ي')
    }
    fn punct(&self, i: usize) -> Option<char> {
        self.toks.get(i)?.lead
    }
    /// Range from the start of token `a` (after its clitics) to the end of
    /// token `b`. A contracted لل keeps its ل: the article needs it.
    fn range(&self, a: usize, b: usize) -> Range {
        let t = &self.toks[a];
        let mut s = t.start + t.pre as usize;
        if t.has(class::LIL) || (t.prep && t.def && !self.text[s..].starts_with("ال")) {
            s -= "ل".len();
        }
        Range::new(s, self.toks[b].end)
    }
    /// A person's name that `rule` found over tokens `a..=b`.
    fn person(&self, a: usize, b: usize, rule: &'static str) -> Cand {
        Cand {
            range: self.range(a, b),
            target: Target::New(EntityType::Person, self.slug(a, b), None),
            form: Form::Name,
            rule,
        }
    }
    /// A slug for a name found by a rule: its normalized words, clitics
    /// off, article restored, joined by '-'.
    fn slug(&self, a: usize, b: usize) -> String {
        // Room for the words, a hyphen or an alef before each: no regrowth.
        let mut out = String::with_capacity(self.toks[b].end - self.toks[a].start + 2 * (b + 1 - a));
        for i in a..=b {
            if !self.toks[i].word {
                continue;
            }
            if !out.is_empty() {
                out.push('-');
            }
            let stem = self.stem(i);
            if self.toks[i].def && !stem.starts_with("ال") {
                out.push('ا');
            }
            out.push_str(stem);
        }
        out
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '\'' | '‘' | '’')
}

/// Word classes of words that are no part of a name: common and function
/// words, titles, roles, verbs of saying and head nouns.
const NO_NAME_WORD: u32 =
    class::COMMON | class::STOP | class::TITLE | class::ROLE | class::SAY | class::ORG_HEAD | class::PLACE_HEAD;

/// Word classes that do not tell how a word splits into clitics and stem.
const WEAK: u32 = class::COMMON | class::AFTER_ALA | class::RULE_WORD;

/// The proclitic letters (and alef), as their two UTF-8 bytes.
const WAW: [u8; 2] = [0xD9, 0x88];
const FA: [u8; 2] = [0xD9, 0x81];
const BA: [u8; 2] = [0xD8, 0xA8];
const LAM: [u8; 2] = [0xD9, 0x84];
const KAF: [u8; 2] = [0xD9, 0x83];
const ALEF: [u8; 2] = [0xD8, 0xA7];

/// Analyzes each token's proclitics and word classes. Works on bytes: the
/// clitics are all two-byte letters.
fn analyze_token(lex: &Lexicon, text: &str, start: usize, end: usize, form_starts: &mut Vec<(usize, usize)>) -> Tok {
    let w = &text[start..end];
    let b = w.as_bytes();
    let mut t = Tok { start, end, word: true, ..Tok::default() };
    // The media class tells nothing of how the word splits: it is kept
    // apart from the other classes.
    let mut read = |w: &str| {
        let info = lex.word_info(w);
        t.media |= info.flags & class::MEDIA != 0;
        Word { flags: info.flags & !class::MEDIA, ..info }
    };
    let info = read(w);
    if info.reach > 0 {
        form_starts.push((start, usize::from(info.reach)));
    }
    let letter = |i: usize| -> [u8; 2] { if b.len() >= i + 2 { [b[i], b[i + 1]] } else { [0, 0] } };
    let is_conj = |l: [u8; 2]| l == WAW || l == FA;
    let is_prep = |l: [u8; 2]| l == BA || l == LAM || l == KAF;
    let (c0, c1) = (letter(0), letter(2));
    // Proclitics: و/ف then ب/ل/ك, each with a stem of two letters or more.
    // The first reading with a class that tells how the word splits wins;
    // one that may be only the ل-variant of a definite word, which holds
    // after the ل of لل, yields to a word of its own: لوزارة is ل + وزارة,
    // not the ل-variant of الوزارة.
    let telling = |flags: u32| flags & !WEAK != 0;
    let own = |flags: u32| telling(flags) && flags & class::LIL == 0;
    // (clitic bytes, classes of the rest)
    let mut best = (0usize, info.flags);
    if (is_conj(c0) || is_prep(c0)) && b.len() >= 6 {
        let two = is_conj(c0) && is_prep(c1) && b.len() >= 8;
        for p in [2, 4].into_iter().take(1 + usize::from(two)) {
            let info = read(&w[p..]);
            if info.reach > 0 {
                form_starts.push((start + p, usize::from(info.reach)));
            }
            if !own(best.1) && (own(info.flags) || (telling(info.flags) && !telling(best.1))) {
                best = (p, info.flags);
            }
        }
    }
    let pre = best.0;
    t.pre = pre as u8;
    t.flags = best.1;
    let last_clitic = if pre > 0 { letter(pre - 2) } else { [0, 0] };
    // The ل-variant of a definite word stands only after the ل of لل.
    if last_clitic != LAM {
        t.flags &= !class::LIL;
    }
    t.conj = pre > 0 && is_conj(c0);
    t.prep = pre > 0 && is_prep(last_clitic);
    t.def = (letter(pre) == ALEF && letter(pre + 2) == LAM) || t.flags & class::LIL != 0;
    if pre == 0 && t.flags & !WEAK == 0 && (is_conj(c0) || is_prep(c0)) {
        // Unknown word: read its clitics from its shape (والتنمية، للغذاء، بالرياض).
        let (c2, c3) = (letter(4), letter(6));
        // (clitic bytes kept, prep, conj, bytes of the shape)
        let shape = if c0 == WAW && c1 == BA && c2 == ALEF && c3 == LAM {
            Some((4, true, true, 8))
        } else if is_conj(c0) && c1 == ALEF && c2 == LAM {
            Some((2, false, true, 6))
        } else if (c0 == BA || c0 == KAF) && c1 == ALEF && c2 == LAM {
            Some((2, true, false, 6))
        } else if c0 == WAW && c1 == LAM && c2 == LAM {
            Some((4, true, true, 6))
        } else if c0 == LAM && c1 == LAM {
            Some((2, true, false, 4))
        } else {
            None
        };
        if let Some((keep, prep, conj, len)) = shape
            && b.len() > len + 4
        {
            t.pre = keep;
            t.prep = prep;
            t.conj = conj;
            t.def = true;
        }
    }
    t
}

/// Whether `b` starts with one of `HAMZA_ALEFS`, read on its bytes (all
/// three are U+06xx: 0xD8 and one more byte).
fn hamza_alef(b: &[u8]) -> bool {
    b.first() == Some(&0xD8) && matches!(b.get(1), Some(0xA2 | 0xA3 | 0xA5))
}

/// All candidate mentions of a document.
pub(crate) fn candidates(lex: &Lexicon, doc: &Document) -> Vec<Cand> {
    let text = doc.text();
    let tokens = doc.tokens();
    let mut toks = Vec::with_capacity(tokens.len());
    let mut form_starts = Vec::with_capacity(tokens.len() / 4);
    // Where a form may end: the ends of words and numbers.
    let mut ends = Vec::with_capacity(tokens.len());
    // Words as long as المملكة, for `kingdom`.
    let mut kingdom_len = Vec::new();
    // Tokens that are words of sports reporting, in order.
    let mut sport = Vec::new();
    // Words that rules start at, and some marks (`Ctx::marked`).
    let mut marked = Vec::with_capacity(tokens.len() / 8);
    // Words that may be surnames (`Ctx::open`).
    let mut open = Vec::with_capacity(tokens.len() / 4);
    let mut orig_starts = doc.norm.orig_starts();
    for t in tokens {
        let (start, end) = (t.range.start, t.range.end);
        if t.kind != TokenKind::Punct {
            ends.push(end);
        }
        if t.kind == TokenKind::Word {
            let mut tok = analyze_token(lex, text, start, end, &mut form_starts);
            // An unknown word whose ال was written with a hamza has no
            // article: ألمانية، إلكتروني.
            if tok.def && tok.flags & !WEAK == 0 && !tok.has(class::LIL) {
                let at = orig_starts.at(start + tok.pre as usize);
                tok.def = !hamza_alef(&doc.original.as_bytes()[at..]);
            }
            if matches!(end - start - tok.pre as usize, 12 | 14) {
                kingdom_len.push(toks.len());
            }
            if tok.has(class::SPORT) {
                sport.push(toks.len());
            }
            if tok.has(MARKED) || tok.media {
                marked.push(toks.len());
            }
            if tok.pre > 0 || !tok.has(NO_SURNAME) {
                open.push(toks.len());
            }
            toks.push(tok);
        } else {
            let lead = text[start..].chars().next();
            if matches!(lead, Some('(' | '-' | '/')) {
                marked.push(toks.len());
            }
            toks.push(Tok { start, end, lead, ..Tok::default() });
        }
    }
    let mut raw = Vec::new();
    lex.matches(text, form_starts.into_iter(), &ends, &mut raw);
    let mut ctx =
        Ctx { lex, doc, text, toks, hits: Vec::with_capacity(raw.len()), body_starts: Vec::new(), marked, open };
    add_scores(&ctx, &mut sport);
    map_hits(&mut ctx, &raw);
    filter_clubs(&mut ctx, &sport);
    filter_ambiguous(&mut ctx);
    // (Room for the hits and the rules' candidates: fewer than the hits
    // and sixteen in nearly every document.)
    let mut out = Vec::with_capacity(2 * ctx.hits.len() + 16);
    for h in &ctx.hits {
        if let Some(c) = club(&ctx, h, &sport).or_else(|| quoted_media(&ctx, h)) {
            out.push(c);
            continue;
        }
        let range = without_kind_word(&ctx, h).unwrap_or(h.range);
        if nisba_after_noun(&ctx, h) {
            out.push(Cand { range, target: Target::Entry(h.pat.entry), form: Form::Demonym, rule: "demonym:nisba" });
            continue;
        }
        out.push(Cand { range, target: Target::Entry(h.pat.entry), form: h.pat.form, rule: h.pat.rule });
    }
    kingdom(&ctx, &kingdom_len, &mut out);
    media(&ctx, &mut out);
    organizations(&ctx, &mut out);
    places(&ctx, &mut out);
    ctx.body_starts = pattern_body_starts(&ctx, &out);
    persons(&ctx, &mut out);
    names_before_roles(&ctx, &mut out);
    names_by_context(&ctx, &mut out);
    names_after_opening_verb(&ctx, &mut out);
    coordinated_names(&ctx, &mut out);
    parenthesized_abbreviations(&ctx, &mut out);
    // A speaker after a verb of saying yields to any other reading of the
    // same words (وقالت تراك: an abbreviation).
    let said = |c: &Cand| c.rule == "person:say+name";
    let mut other = Vec::new();
    if out.iter().any(said) {
        other.extend(
            out.iter()
                .filter(|c| !matches!(c.target, Target::New(EntityType::Person, _, _)))
                .map(|c| (c.range.start, c.range.end)),
        );
        // (Stable: it merges the runs that `out` is made of, one a pass.)
        other.sort();
    }
    let read_otherwise = |c: &Cand| said(c) && other.binary_search(&(c.range.start, c.range.end)).is_ok();
    out.retain(|c| !read_otherwise(c) && !blessing(&ctx, c) && !after_month_word(&ctx, c));
    // The candidates so far, which the names found alone may not overlap.
    let taken = taken_ranges(&out);
    let surnames_from = out.len();
    surnames(&ctx, &taken, &mut out);
    family_names_alone(&ctx, &taken, surnames_from, &mut out);
    name_particles(&ctx, &mut out);
    out
}

/// Word classes that a person, organization or place rule starts at, and
/// the rule words of `names_by_context`: few words have them.
const MARKED: u32 = class::FIRST
    | class::FIRST2
    | class::TITLE
    | class::ROLE
    | class::CHAIN
    | class::SAY
    | class::ORG_HEAD
    | class::PLACE_HEAD
    | class::RULE_WORD;

/// The union of two increasing sequences of token indices, in order.
fn union(a: impl Iterator<Item = usize>, b: impl Iterator<Item = usize>) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(&x), Some(&y)) if y < x => b.next(),
        (Some(&x), Some(&y)) if y == x => {
            b.next();
            a.next()
        }
        _ => a.next().or_else(|| b.next()),
    })
}

/// A European name's particle before a name that a rule found (دي ماريا،
/// دا سيلفا، فان بيرسي، فون دير لاين) belongs to it. فان and فون only
/// after a word and so spelt: after a comma or at a clause's start فان is
/// فإن "for indeed" (وقال، فان الحكومة).
fn name_particles(ctx: &Ctx, out: &mut [Cand]) {
    for c in out.iter_mut().filter(|c| matches!(c.target, Target::New(EntityType::Person, ..))) {
        let a = ctx.toks.partition_point(|t| t.end <= c.range.start);
        if a == 0 || ctx.toks[a].start != c.range.start {
            continue;
        }
        let p = &ctx.toks[a - 1];
        if !p.word || p.hit != 0 || ctx.text[p.end..c.range.start] != *" " {
            continue;
        }
        let after_word = a >= 2 && ctx.toks[a - 2].word;
        // (The whole token as written: فان may read as ف + ان, and فإن
        // with its hamza is no particle.)
        let particle = match ctx.written(a - 1) {
            "دي" | "دا" | "دو" | "ديل" => true,
            // (Nor before a definite word: وبحسب الاستخبارات فان الفضلي.)
            "فان" | "فون" => after_word && !ctx.toks[a].def,
            _ => false,
        };
        if particle {
            c.range.start = p.start;
            // A name that a rule found is named by its words; a back
            // reference keeps the entity it refers to.
            if c.rule.starts_with("person:") {
                let b = ctx.toks.partition_point(|t| t.end < c.range.end);
                c.target = Target::New(EntityType::Person, ctx.slug(a - 1, b), None);
            }
        }
    }
}

/// A name found by a rule that ends in الله before عليه or عنه (with any
/// pronoun) is a blessing: رضوان الله عليهم، رحمة الله عليه، رضي الله عنه.
fn blessing(ctx: &Ctx, c: &Cand) -> bool {
    if !matches!(c.target, Target::New(EntityType::Person, _, _)) || !ctx.text[..c.range.end].ends_with(" الله") {
        return false;
    }
    let next = ctx.toks.partition_point(|t| t.start < c.range.end);
    ctx.is_word(next)
        && ctx.toks[next].bare()
        && ["عليه", "عنه"]
            .iter()
            .any(|p| ctx.stem(next).strip_prefix(p).is_some_and(|rest| matches!(rest, "" | "م" | "ا" | "ما")))
}

/// A name found by a rule right after شهر "month" is a month that is also
/// a first name: شهر رجب، شهر رمضان.
fn after_month_word(ctx: &Ctx, c: &Cand) -> bool {
    if !matches!(c.target, Target::New(EntityType::Person, _, _)) {
        return false;
    }
    let first = ctx.toks.partition_point(|t| t.end <= c.range.start);
    first > 0 && ctx.is_word(first - 1) && ctx.stem(first - 1) == "شهر"
}

/// A country's name that is also its feminine nisba (السعودية), right
/// after a definite noun in ة or ات that it describes, is that nisba
/// (الحكومة السعودية، وبالجامعات السعودية), not the name; not after a word
/// of another name (الولايات المتحدة السعودية), nor with a clitic
/// (والسعودية).
fn nisba_after_noun(ctx: &Ctx, h: &Hit) -> bool {
    let i = h.first;
    if h.pat.form != Form::Name || ctx.kind(h) != EntityType::Country || i != h.last || i == 0 {
        return false;
    }
    let p = i - 1;
    let t = &ctx.toks[p];
    ctx.toks[i].bare()
        && is_nisba(ctx.stem(i))
        && ctx.is_word(p)
        && t.def
        && t.hit == 0
        && !t.has(class::STOP)
        && (ctx.original_through(p).ends_with('ة') || ctx.stem(p).ends_with("ات"))
}

/// The tokens where the organizations and places found by pattern rules
/// start with a head noun (not lexicon matches: the rules see those as
/// hits).
fn pattern_body_starts(ctx: &Ctx, out: &[Cand]) -> Vec<usize> {
    let mut starts: Vec<usize> = out
        .iter()
        .filter(|c| matches!(c.target, Target::New(EntityType::Organization | EntityType::Location, _, _)))
        .map(|c| ctx.toks.partition_point(|t| t.end <= c.range.start))
        // A head noun starts it (هيئات المجتمع المدني), not a name that a
        // rule read as a club or a place.
        .filter(|&k| k < ctx.toks.len() && ctx.toks[k].has(class::ORG_HEAD | class::PLACE_HEAD))
        .collect();
    starts.sort_unstable();
    starts.dedup();
    starts
}

fn map_hits(ctx: &mut Ctx, raw: &[(usize, usize, Pat)]) {
    let n = ctx.toks.len();
    for &(s, e, pat) in raw {
        let first = ctx.toks.partition_point(|t| t.end <= s);
        // The tokens that start before the form's end: a few from `first`.
        let mut past = first;
        while past < n && ctx.toks[past].start < e {
            past += 1;
        }
        let last = past.saturating_sub(1);
        if first >= n || last < first {
            continue;
        }
        if pat.bare_alef && ctx.doc.original_text(Range::new(s, e)).contains(HAMZA_ALEFS) {
            continue;
        }
        // A one-word form read after clitics that the token's own
        // analysis, made against the lexicon, does not cut off: a word
        // known as a whole (كلاوس, a first name) is no ك + لاوس. (Not the
        // ل-variant of a definite word, which is ل + the word: لمنطقة;
        // nor a form of two words or more: بدير البلح.)
        let t = &ctx.toks[first];
        if !pat.lil
            && first == last
            && s > t.start + t.pre as usize
            && t.has(!WEAK)
            && ctx.lex.word(ctx.stem(first)) & class::LIL == 0
        {
            continue;
        }
        let mut start = s;
        // A contracted لل keeps its ل: "للأمم" is the span, not "لأمم".
        if pat.lil {
            start -= "ل".len();
        }
        ctx.hits.push(Hit { range: Range::new(start, e), first, last, pat });
    }
}

/// How many tokens away a word of sports reporting makes a city's name
/// its club's.
const SPORT_WINDOW: usize = 10;

/// A city named in a sports report is mostly its club (تعادل برشلونة مع
/// ضيفه، حارس مرمى ليفربول), and so is a city with a masculine nisba
/// after it (a city is feminine: بورتو البرتغالي is the club, مدينة بورتو
/// البرتغالية the city), or a city with its country in parentheses in a
/// fixture list (روما ( إيطاليا ) - بورتو ( البرتغال )). In a sports report, an unknown word before or
/// after the city is part of the club's name (دينامو كييف، أورلاندو
/// بايراتس), and so is a country's name with a nisba of a city after it
/// (المغرب التطواني).
fn club(ctx: &Ctx, h: &Hit, sport: &[usize]) -> Option<Cand> {
    let e = &ctx.lex.entries[h.pat.entry as usize];
    let country = e.kind == EntityType::Country && h.pat.form == Form::Name;
    if !(e.city || country) || h.first != h.last {
        return None;
    }
    let (a, b) = (h.first, h.last);
    let near = {
        let p = sport.partition_point(|&k| k + SPORT_WINDOW < a);
        sport.get(p).is_some_and(|&k| k <= b + SPORT_WINDOW)
    };
    // The definite adjective right after: a masculine nisba (not one in ة),
    // and whether it is a demonym.
    let next = b + 1;
    let nisba = ctx.is_word(next)
        && ctx.toks[next].bare()
        && ctx.toks[next].def
        && is_nisba(ctx.stem(next))
        && !ctx.stem(next).ends_with("يه")
        && !ctx.toks[next].has(class::GENERIC_ADJ);
    let demonym_next = ctx.hit(next).is_some_and(|o| o.first == next && o.pat.form == Form::Demonym);
    let (mut first, mut last) = (a, b);
    let mut rule = "club:city+sport";
    if country {
        // قطر القطري: the club is the country's name; المغرب الفاسي: both words.
        if !(near && nisba) {
            return None;
        }
        if ctx.toks[next].hit == 0 {
            last = next;
        }
    } else {
        // A fixture list: برشلونة ( إسبانيا ) - روما ( إيطاليا ).
        let fixture = ctx.punct(next) == Some('(')
            && ctx.hit(next + 1).is_some_and(|c| {
                c.first == next + 1
                    && ctx.kind(c) == EntityType::Country
                    && ctx.punct(c.last + 1) == Some(')')
                    && (ctx.punct(c.last + 2) == Some('-') || a.checked_sub(1).and_then(|p| ctx.punct(p)) == Some('-'))
            });
        if !(near || fixture || (nisba && demonym_next)) || !city_as_club(ctx, h) {
            return None;
        }
        if !near {
            rule = if fixture { "club:fixture" } else { "club:city+nisba" };
        }
        let unknown = |k: usize| {
            let u = &ctx.toks[k];
            let w = ctx.stem(k);
            u.word
                && u.bare()
                && !u.def
                && u.hit == 0
                && !u.has(!0)
                && unknown_name_word(ctx, w)
                && !verb_shaped(ctx, w)
                && !triliteral_shaped(w)
                && !w.ends_with('ه')
        };
        // (Within the line: a name does not run over a line break.)
        let same_line = |k: usize, l: usize| !ctx.text[ctx.toks[k].end..ctx.toks[l].start].contains('\n');
        if near && ctx.toks[a].bare() && a > 0 && unknown(a - 1) && same_line(a - 1, a) {
            first = a - 1;
        } else if near && next < ctx.toks.len() && unknown(next) && same_line(b, next) {
            last = next;
        }
    }
    let mut range = h.range;
    if first < a {
        range.start = ctx.range(first, last).start;
    }
    if last > b {
        range.end = ctx.toks[last].end;
    }
    Some(Cand {
        range,
        target: Target::New(EntityType::Organization, ctx.slug(first, last), e.country.clone()),
        form: Form::Name,
        rule,
    })
}

/// A number of goals: a small number or صفر.
fn goals(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else { return false };
    let w = &ctx.text[t.start..t.end];
    if t.word {
        return w == "صفر";
    }
    w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) && w.parse::<u8>().is_ok_and(|n| n <= 10)
}

/// Adds to the words of sports reporting the scores of matches (2 - 1،
/// صفر - 3، 5 / 1), which are not dates (1/5/2006) or ranges in a list.
fn add_scores(ctx: &Ctx, sport: &mut Vec<usize>) {
    let sep = |k: usize| matches!(ctx.punct(k), Some('-' | '/'));
    let n = sport.len();
    // The tokens before a separator.
    for i in ctx.marked.iter().filter(|&&k| k > 0 && sep(k)).map(|&k| k - 1) {
        if goals(ctx, i)
            && goals(ctx, i + 2)
            && !(sep(i + 3) && ctx.toks.get(i + 4).is_some_and(|t| !t.word))
            && !(i >= 2 && sep(i - 1) && !ctx.toks[i - 2].word)
        {
            sport.push(i);
        }
    }
    if sport.len() > n {
        sport.sort_unstable();
    }
}

/// Whether a word of sports reporting (or a club) in `marks` (sorted) stands
/// within the sports window of tokens `a..=b`, outside them.
fn near_marks(marks: &[usize], a: usize, b: usize) -> bool {
    near_within(marks, a, b, SPORT_WINDOW)
}

/// Whether one of `marks` (sorted) stands within `w` tokens of `a..=b`,
/// outside them.
fn near_within(marks: &[usize], a: usize, b: usize, w: usize) -> bool {
    let p = marks.partition_point(|&k| k + w < a);
    marks[p..].iter().take_while(|&&k| k <= b + w).any(|&k| k < a || k > b)
}

/// A club's name that is also a common word (الهلال "crescent", النصر
/// "victory", الاتفاق "agreement") is the club only in a sports context:
/// a word of sports reporting or a score within the window, another club
/// there (الأهلي والزمالك، فاز الهلال على النصر), or the same club named
/// for sure in the document (نادي الهلال). It is the common noun after a
/// demonstrative or a word of category (منتخب الشباب، كأس الاتحاد), before
/// a definite adjective (النصر الكبير) or بين (التعاون بين), and it is an
/// outlet where the context says media (مراسل الجزيرة).
fn filter_clubs(ctx: &mut Ctx, sport: &[usize]) {
    if !ctx.hits.iter().any(|h| h.pat.sport) {
        return;
    }
    let entry = |h: &Hit| &ctx.lex.entries[h.pat.entry as usize];
    let mut sure: Vec<u32> = ctx.hits.iter().filter(|h| !h.pat.sport && entry(h).club).map(|h| h.pat.entry).collect();
    sure.sort_unstable();
    let mut marks: Vec<usize> = sport.to_vec();
    marks.extend(ctx.hits.iter().filter(|h| !h.pat.sport && entry(h).club).map(|h| h.first));
    marks.sort_unstable();
    // With ل or ب (للشباب "for the young", بالتعاون "in cooperation"), a
    // word of sports reporting close by.
    let blocked: Vec<bool> = ctx
        .hits
        .iter()
        .map(|h| {
            h.pat.sport && (club_blocked(ctx, h) || (ctx.toks[h.first].prep && !near_within(sport, h.first, h.last, 4)))
        })
        .collect();
    let mut ok = vec![false; ctx.hits.len()];
    // Twice: a club taken in the first pass is context for the second.
    for _ in 0..2 {
        let mut added = false;
        for (k, h) in ctx.hits.iter().enumerate() {
            if h.pat.sport
                && !ok[k]
                && !blocked[k]
                && (sure.binary_search(&h.pat.entry).is_ok() || near_marks(&marks, h.first, h.last))
            {
                ok[k] = true;
                added = true;
            }
        }
        if !added {
            break;
        }
        marks.extend(ctx.hits.iter().zip(&ok).filter(|&(_, &o)| o).map(|(h, _)| h.first));
        marks.sort_unstable();
        marks.dedup();
    }
    let mut k = 0;
    ctx.hits.retain(|h| {
        k += 1;
        !h.pat.sport || ok[k - 1]
    });
}

/// Whether a club's name that is a common word reads as the word here.
fn club_blocked(ctx: &Ctx, h: &Hit) -> bool {
    // The word before, without a leading و or ف.
    let before = h.first.checked_sub(1).filter(|&p| ctx.is_word(p)).map(|p| {
        let w = ctx.stem(p);
        w.strip_prefix(['و', 'ف', 'ل']).filter(|r| r.len() >= 4).unwrap_or(w)
    });
    let category = before.is_some_and(|w| {
        matches!(
            w,
            "منتخب"
                | "المنتخب"
                | "منتخبات"
                | "فئه"
                | "لفئه"
                | "فئات"
                | "درجه"
                | "كاس"
                | "قطاع"
                | "رعايه"
                | "عيد"
                | "يوم"
                | "ولي"
                | "عاصفه"
                | "عاصفتي"
                | "سد"
                | "تم"
                | "يتم"
                | "تمت"
                | "عدم"
                | "اتمام"
                | "توقيع"
                | "بنود"
                | "حسب"
        )
    });
    let t = &ctx.toks[h.first];
    let next = ctx.toks.get(h.last + 1).filter(|u| u.word);
    let next_is = |w: &str| next.is_some_and(|_| ctx.stem(h.last + 1) == w);
    // التعاون بين، بالتعاون مع.
    let after = next_is("بين") || (t.prep && next_is("مع"));
    // A head noun with a name after it is a body of its own: الاتحاد
    // السعودي للرياضات البحرية، الاتحاد الدولي.
    let head = h.first == h.last
        && t.has(class::ORG_HEAD)
        && next.is_some_and(|u| u.bare() && (u.def || ctx.text[u.start..].starts_with('ل')));
    // After a definite noun, an adjective (العالم العربي، والوطن العربي،
    // الممثلين الشباب); after a place's head, a name (مدينة الشباب);
    // after a first name, a family name (نزيه النصر).
    let adjective = t.bare()
        && h.first.checked_sub(1).is_some_and(|p| {
            let u = &ctx.toks[p];
            u.word
                && !u.has(class::SPORT | class::STOP)
                && (u.def || u.has(class::PLACE_HEAD) || (u.bare() && u.has(class::FIRST)))
                && ctx.hit_over(p).is_none()
        });
    // After a place's name, the end of another name: نيويورك سيتي.
    let after_place = h.first > 0 && {
        let p = h.first - 1;
        ctx.hit_over(p)
            .is_some_and(|o| o.last == p && o.pat.entry != h.pat.entry && ctx.kind(o) == EntityType::Location)
    };
    category
        || after
        || head
        || adjective
        || after_place
        || common_noun_org(ctx, h)
        || (h.first == h.last && media_cue(ctx, h.first))
}

/// A one-word name of a newspaper, channel or agency that is also a common
/// word or a place (الراية، الجزيرة، قنا) is the outlet where the context
/// says media: see `media_cue`.
fn media(ctx: &Ctx, out: &mut Vec<Cand>) {
    if !ctx.lex.has_media_words() {
        return;
    }
    for &i in &ctx.marked {
        let t = &ctx.toks[i];
        if !t.media || !t.word || t.hit != 0 {
            continue;
        }
        let Some(e) = media_entry(ctx, i) else { continue };
        if media_cue(ctx, i) {
            // (The kind of outlet before it is no part of the name: قناة
            // "العربية" is a mention of العربية.)
            out.push(Cand {
                range: ctx.range(i, i),
                target: Target::Entry(e),
                form: Form::Name,
                rule: "media:context",
            });
        }
    }
}

/// The outlet that word `i` names when it is a one-word media name, looked
/// up by its slug (clitics off, article restored) without building it, as
/// this runs on every word.
fn media_entry(ctx: &Ctx, i: usize) -> Option<u32> {
    let stem = ctx.stem(i);
    if ctx.toks[i].def && !stem.starts_with("ال") {
        return ctx.lex.media_outlet(&ctx.slug(i, i));
    }
    ctx.lex.media_outlet(stem)
}

/// Whether word `i`, a one-word outlet's name, stands where the context
/// says media: alone between quotation marks or parentheses (« الراية »،
/// ( العربي )); after a reporter or a kind of outlet (مراسل الجزيرة، قناة
/// الجزيرة); with ل after a statement (قال للجزيرة، في تصريحات للجزيرة);
/// as the source of a dateline (الدوحة - قنا :); or right after the full
/// name of the same outlet (وكالة الأنباء القطرية قنا).
fn media_cue(ctx: &Ctx, i: usize) -> bool {
    let Some(e) = media_entry(ctx, i) else { return false };
    let t = &ctx.toks[i];
    let open = i.checked_sub(1).and_then(|k| ctx.punct(k));
    let close = ctx.punct(i + 1);
    let opens = |c: Option<char>| c.is_some_and(|c| is_quote(c) || c == '(');
    let closes = |c: Option<char>| c.is_some_and(|c| is_quote(c) || c == ')');
    // (Not an adjective in quotes after a definite noun: الجماهير "العربية".)
    let adjective_of = |k: usize| {
        ctx.is_word(k) && ctx.toks[k].def && !ctx.toks[k].prep && !ctx.toks[k].has(class::ORG_HEAD | class::SAY)
    };
    // (Nor one of two quoted words: بين "الحياة" و "الفن".)
    let pair = (i >= 2 && ctx.is_word(i - 2) && ctx.stem(i - 2) == "بين")
        || (ctx.is_word(i + 2) && ctx.stem(i + 2) == "و" && ctx.punct(i + 3).is_some_and(is_quote));
    if t.bare() && opens(open) && closes(close) && !(open != Some('(') && i >= 2 && adjective_of(i - 2)) && !pair {
        return true;
    }
    // The word before is one of `list`, with or without a clitic.
    let word_in = |k: usize, list: &[&str]| {
        ctx.is_word(k) && {
            let u = &ctx.toks[k];
            let w = &ctx.text[u.start..u.end];
            let stripped = w.strip_prefix(['و', 'ل', 'ب', 'ف']).filter(|r| r.len() >= 4);
            [Some(ctx.stem(k)), Some(w), stripped].into_iter().flatten().any(|x| list.contains(&x))
        }
    };
    const OUTLET_CUES: &[&str] = &[
        "مراسل",
        "مراسله",
        "مراسلو",
        "مراسلي",
        "موفد",
        "مصادر",
        "صحيفه",
        "جريده",
        "قناه",
        "فضائيه",
        "شبكه",
        "مجله",
        "اذاعه",
        "وكاله",
        "تلفزيون",
    ];
    if t.bare() && i >= 1 && word_in(i - 1, OUTLET_CUES) {
        return true;
    }
    // قال للجزيرة، في تصريحات للجزيرة، في حديث للجزيرة.
    const STATEMENTS: &[&str] = &["تصريح", "تصريحات", "تصريحه", "تصريحاته", "حديث", "حديثه", "حوار", "مقابله"];
    let said = |k: usize| ctx.is_word(k) && (ctx.toks[k].has(class::SAY) || word_in(k, STATEMENTS));
    // (Not an opinion poll: قال استطلاع للرأي.)
    let lam = t.prep && ctx.text[t.start..].starts_with('ل') && !(i >= 1 && word_in(i - 1, &["استطلاع", "استطلاعات"]));
    // After a statement (قال للجزيرة); a word that is also a common word
    // needs what it was told after it too (قال للجزيرة إن; not العودة
    // للوطن أن, وكالة دوغان للأنباء أن).
    let told = ctx.is_word(i + 1) && matches!(ctx.stem(i + 1), "ان" | "انه" | "انها");
    if lam && (1..=3).any(|d| i.checked_sub(d).is_some_and(said)) && (told || !t.has(class::COMMON)) {
        return true;
    }
    // في مقابلة (خاصة) مع الجزيرة.
    let interview = |k: usize| word_in(k, STATEMENTS);
    if t.bare() && i >= 2 && word_in(i - 1, &["مع"]) && (interview(i - 2) || (i >= 3 && interview(i - 3))) {
        return true;
    }
    // A dateline: الدوحة - الراية : (anywhere with the colon; at the start
    // of a line also before a dash or the line's end: الرياض - واس).
    if t.bare() && i >= 2 && matches!(ctx.punct(i - 1), Some('-')) {
        let place = ctx
            .hit(i - 2)
            .filter(|h| h.last == i - 2 && matches!(ctx.kind(h), EntityType::Location | EntityType::Country));
        let line_start = place.is_some_and(|h| {
            h.first == 0 || ctx.text[ctx.toks[h.first - 1].end..ctx.toks[h.first].start].contains('\n')
        });
        let end = i + 1 >= ctx.toks.len()
            || ctx.punct(i + 1) == Some('-')
            || ctx.text[t.end..ctx.toks[i + 1].start].contains('\n');
        if place.is_some() && (ctx.punct(i + 1) == Some(':') || (line_start && end)) {
            return true;
        }
    }
    // وكالة الأنباء القطرية قنا.
    i.checked_sub(1).and_then(|k| ctx.hit(k)).is_some_and(|h| h.last == i - 1 && h.pat.entry == e)
}

/// A four-letter word shaped like an Arabic participle or verb (فاعل:
/// حامل، حاصر; أفعل: أنقذ), not like a foreign name.
fn triliteral_shaped(w: &str) -> bool {
    letters::<4>(w).is_some_and(|(c, n)| {
        n == 4 && (c[1] == 'ا' || (c[0] == 'ا' && !matches!(c[2], 'ا' | 'و' | 'ي') && !matches!(c[3], 'ا' | 'و' | 'ي')))
    })
}

/// A place's name alone between guillemets is a newspaper or channel
/// named after it: قال لـ«الشرق الأوسط»، التقت «الشرق الأوسط».
fn quoted_media(ctx: &Ctx, h: &Hit) -> Option<Cand> {
    if ctx.kind(h) != EntityType::Location || !ctx.toks[h.first].bare() {
        return None;
    }
    let open = h.first.checked_sub(1).and_then(|k| ctx.punct(k));
    let close = ctx.punct(h.last + 1);
    if !matches!((open, close), (Some('«'), Some('»')) | (Some('“'), Some('”'))) {
        return None;
    }
    Some(Cand {
        range: h.range,
        target: Target::New(EntityType::Organization, ctx.slug(h.first, h.last), None),
        form: Form::Name,
        rule: "media:quoted-place",
    })
}

/// Whether the city named at token `a` may be read as its club: not where
/// it reads as the place (بمانشستر، في لندن، الرياض: as a dateline,
/// العاصمة البريطانية لندن, the host of the games: أولمبياد بكين), nor a city with the article (الرياض، الطائف:
/// home cities more often than clubs), nor a word in ه that only looks
/// like a name in ة.
fn city_as_club(ctx: &Ctx, h: &Hit) -> bool {
    let a = h.first;
    let t = &ctx.toks[a];
    // The clitics before the name (the token's own analysis may not split
    // an unknown stem).
    let clitics = &ctx.text[t.start..h.range.start.max(t.start)];
    // A dateline: لندن:، or مدريد ـ at the start of a line (the tatweel
    // dash is gone from the match key).
    let line_start = a == 0 || ctx.text[ctx.toks[a - 1].end..t.start].contains('\n');
    let dateline = ctx.punct(a + 1) == Some(':')
        || (line_start
            && (ctx.punct(a + 1) == Some('-') || {
                let (_, e) = ctx.doc.orig_bytes(Range::new(t.start, t.end));
                ctx.doc.original[e..].trim_start_matches(' ').starts_with('ـ')
            }));
    if t.def || clitics.ends_with('ب') || dateline {
        return false;
    }
    // A name in ة written with ه is a word with a pronoun (وجده "found it").
    if ends_in_ha(ctx, a) {
        return false;
    }
    // مسقط رأس "birthplace".
    if ctx.is_word(a + 1) && ctx.stem(a + 1) == "راس" {
        return false;
    }
    if a > 0 && ctx.is_word(a - 1) {
        let p = ctx.stem(a - 1);
        if matches!(p, "في" | "الي" | "بمدينه" | "مدينه" | "العاصمه" | "ملعب" | "استاد" | "ستاد" | "اولمبياد")
            || (is_nisba(p) && p.ends_with("يه"))
        {
            return false;
        }
    }
    true
}

/// A place form that the words around it show to be another word or no
/// mention of the place: مسقط رأس (`birthplace`), the sunset prayer
/// (`prayer_time`), the city an agreement is named after
/// (`named_agreement`).
fn false_friend(ctx: &Ctx, h: &Hit) -> bool {
    birthplace(ctx, h) || prayer_time(ctx, h) || named_agreement(ctx, h)
}

/// Whether token `i` is one of `words`, bare or after one or two glued
/// clitics (وبعد، لصلاة، فترتي).
fn word_among(ctx: &Ctx, i: usize, words: &[&str]) -> bool {
    if !ctx.is_word(i) {
        return false;
    }
    let t = &ctx.toks[i];
    let w = &ctx.text[t.start..t.end];
    words.iter().any(|x| {
        w.strip_suffix(x)
            .is_some_and(|c| c.chars().count() <= 2 && c.chars().all(|l| matches!(l, 'و' | 'ف' | 'ب' | 'ل')))
    })
}

/// المغرب as the sunset prayer or its time, not Morocco: after صلاة،
/// أذان، موعد، وقت، فترتي, or before العشاء or مباشرة (صلاة المغرب،
/// بعد المغرب والعشاء، بعد المغرب مباشرة).
fn prayer_time(ctx: &Ctx, h: &Hit) -> bool {
    h.first == h.last
        && ctx.stem(h.first) == "المغرب"
        && ((h.first > 0 && word_among(ctx, h.first - 1, &["صلاه", "صلاتي", "اذان", "موعد", "وقت", "فترتي"]))
            || word_among(ctx, h.first + 1, &["العشاء", "مباشره"]))
}

/// A city that names an agreement signed there (اتفاق الطائف، اتفاقية
/// جنيف، معاهدة لوزان) is no mention of the place; but a capital that is
/// a party to the agreement names its government (اتفاق واشنطن وطهران،
/// اتفاق أثينا مع دائنيها).
fn named_agreement(ctx: &Ctx, h: &Hit) -> bool {
    let k = h.last + 1;
    let party = || {
        ctx.is_word(k)
            && (ctx.stem(k) == "مع"
                || (ctx.text[ctx.toks[k].start..].starts_with('و')
                    && ctx.hit_over(k).is_some_and(|o| o.first == k && ctx.kind(o) != EntityType::Organization)))
    };
    ctx.kind(h) == EntityType::Location
        && ctx.toks[h.first].bare()
        && h.first > 0
        && word_among(ctx, h.first - 1, &["اتفاق", "اتفاقيه", "اتفاقيات", "معاهده", "بروتوكول", "ميثاق"])
        && !party()
}

/// Whether token `i` ends in ه as written, not ة.
fn ends_in_ha(ctx: &Ctx, i: usize) -> bool {
    ctx.stem(i).ends_with('ه') && ctx.original_through(i).ends_with('ه')
}

/// Whether token `i` ends in the pronoun ه (so written), ها or هم.
fn pronoun_ending(ctx: &Ctx, i: usize) -> bool {
    let w = ctx.stem(i);
    w.ends_with("ها") || w.ends_with("هم") || ends_in_ha(ctx, i)
}

/// A one-word place name in ة written with ه: mostly a word with the
/// pronoun ه (جده "his grandfather", وجده "found it", بريده "his mail",
/// حماه "his father-in-law"), so it needs the context an ambiguous form
/// needs (في جده، مدينة جده، بحمص وحماه), even where the article names
/// the place elsewhere.
fn written_with_ha(ctx: &Ctx, h: &Hit) -> bool {
    h.first == h.last
        && matches!(ctx.kind(h), EntityType::Location | EntityType::Country)
        && ctx.lex.entries[h.pat.entry as usize].name.ends_with('ة')
        && ends_in_ha(ctx, h.first)
}

/// مسقط رأس "birthplace" (with a pronoun: مسقط رأسه) is no Muscat.
fn birthplace(ctx: &Ctx, h: &Hit) -> bool {
    h.first == h.last
        && ctx.is_word(h.last + 1)
        && ctx.stem(h.first) == "مسقط"
        && matches!(ctx.stem(h.last + 1), "راس" | "راسه" | "راسها" | "راسهم" | "راسي" | "راسك")
}

/// Drops ambiguous forms without context, then marks the tokens of hits.
fn filter_ambiguous(ctx: &mut Ctx) {
    let false_friends: Vec<bool> = ctx.hits.iter().map(|h| false_friend(ctx, h)).collect();
    let mut sure: Vec<u32> = ctx
        .hits
        .iter()
        .zip(&false_friends)
        .filter(|&(h, &false_friend)| !h.pat.ambiguous && !false_friend)
        .map(|(h, _)| h.pat.entry)
        .collect();
    sure.sort_unstable();
    let keep: Vec<bool> = (0..ctx.hits.len())
        .map(|i| {
            let h = &ctx.hits[i];
            if false_friends[i] {
                return false;
            }
            if h.pat.ambiguous && ctx.kind(h) == EntityType::Organization {
                return !common_noun_org(ctx, h);
            }
            let with_ha = written_with_ha(ctx, h);
            if !with_ha && (!h.pat.ambiguous || sure.binary_search(&h.pat.entry).is_ok()) {
                return true;
            }
            if h.pat.form == Form::Demonym {
                return false;
            }
            // The form's own word classes (of its ل-variant after لل).
            let form_start = h.range.start + if h.pat.lil { "ل".len() } else { 0 };
            let form = &ctx.text[form_start..ctx.toks[h.first].end];
            let definite = form.starts_with("ال") || h.pat.lil;
            let common = ctx.lex.word(form) & class::COMMON != 0;
            let prev = h.first.checked_sub(1).filter(|&p| ctx.toks[p].word);
            let mut cue = prev.map_or(Cue::None, |p| place_cue(ctx, p, ctx.kind(h) == EntityType::Country));
            // A glued ب before a name in ه is as في (بجده، بحماه).
            if with_ha && cue == Cue::None && ctx.text[ctx.toks[h.first].start..h.range.start].ends_with('ب') {
                cue = Cue::Weak;
            }
            // Or a country right before or after, in a list (مصر ومالي).
            let country_at = |i: Option<usize>| {
                i.and_then(|i| ctx.hit_over(i))
                    .filter(|o| !o.pat.ambiguous && o.pat.form == Form::Name)
                    .is_some_and(|o| matches!(ctx.kind(o), EntityType::Country | EntityType::Location))
            };
            // A و glued on token `i`: a clitic the tokens split, or one
            // before a name the lexicon matched (الرقة وحماة).
            let wa = |i: usize| {
                ctx.toks.get(i).is_some_and(|t| {
                    t.conj
                        || (t.word
                            && ctx.text[t.start..].starts_with('و')
                            && ctx.hit_over(i).is_some_and(|o| o.first == i && o.range.start > t.start))
                })
            };
            // (With و glued on, the other name is the next word: القاهرة وعمان.)
            let glued =
                (wa(h.first) && country_at(h.first.checked_sub(1))) || wa(h.last + 1) && country_at(Some(h.last + 1));
            let near = country_at(h.first.checked_sub(2)) || country_at(Some(h.last + 2)) || glued;
            let coord = wa(h.first) || wa(h.last + 2);
            // From one place to another: من الرباط إلى القاهرة.
            let route = prev.is_some_and(|p| ctx.stem(p) == "من")
                && ctx.is_word(h.last + 1)
                && ctx.stem(h.last + 1) == "الي"
                && country_at(Some(h.last + 2));
            let listed = glued || (near && (coord || ctx.punct(h.last + 1) == Some('،'))) || route;
            // A country after a title or a word of sports reporting: رئيس
            // جورجيا، الرئيس جورجيا، لاعبي الكونغو (not مالي "financial").
            let of_country = ctx.kind(h) == EntityType::Country
                && !common
                && prev.is_some_and(|p| ctx.toks[p].has(class::TITLE | class::ROLE | class::SPORT));
            if cue == Cue::Strong || listed || of_country {
                return true;
            }
            // After a mere preposition, a definite form that is also a common
            // word stays that word (في الرباط الصليبي "in the ligament", في
            // النيل من "in harming"), and so does any form with a definite
            // adjective or genitive after it (في جنين السمك "in the fish
            // embryo"): a name takes neither.
            cue == Cue::Weak && !(definite && common) && !adjective_after(ctx, h.last + 1)
        })
        .collect();
    let mut i = 0;
    ctx.hits.retain(|_| {
        i += 1;
        keep[i - 1]
    });
    for (k, h) in ctx.hits.iter().enumerate() {
        for t in h.first..=h.last {
            ctx.toks[t].hit = k as u32 + 1;
        }
    }
}

/// What the word before an ambiguous place form says of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    None,
    /// A preposition or a verb of travel: في مالي، إلى عمان، زار جورجيا.
    Weak,
    /// A word that only a place follows: مدينة فاس، عاصمة مالي، دولة
    /// جورجيا، شمال الرباط، العاصمة الأردنية عمان.
    Strong,
}

/// The cue that word `p` (with a glued و or ف at most) gives the place
/// form after it. A head such as مدينة or مطار names a city, never a
/// country: مدينة عمان is Amman, not Oman.
fn place_cue(ctx: &Ctx, p: usize, country: bool) -> Cue {
    let t = &ctx.toks[p];
    if t.prep {
        return Cue::None;
    }
    let w = ctx.stem(p);
    let strong = |w: &str| {
        matches!(
            w,
            "دوله"
                | "جمهوريه"
                | "عاصمه"
                | "عاصمتها"
                | "حكومه"
                | "شعب"
                | "سفير"
                | "سفاره"
                | "بلاد"
                | "شمال"
                | "جنوب"
                | "شرق"
                | "غرب"
                | "وسط"
                | "شمالي"
                | "جنوبي"
                | "شرقي"
                | "غربي"
                | "امبراطوريه"
                | "مملكه"
        )
    };
    let head = |t: &Tok| t.has(class::PLACE_HEAD) && !t.def && !country;
    // العاصمة عمان is the capital itself (Amman), عاصمة مالي a country's.
    if strong(w) || head(t) || (w == "العاصمه" && !country) {
        return Cue::Strong;
    }
    // A capital or city with its country's nisba: العاصمة الأردنية عمان.
    if t.def && is_nisba(w) && p > 0 && ctx.is_word(p - 1) && !country {
        let q = ctx.stem(p - 1);
        if matches!(q, "العاصمه" | "عاصمه") || head(&ctx.toks[p - 1]) {
            return Cue::Strong;
        }
    }
    if matches!(w, "في" | "الي" | "من" | "بين" | "حتي" | "نحو" | "عبر" | "قرب" | "زار" | "زياره")
    {
        return Cue::Weak;
    }
    Cue::None
}

/// Whether token `k` is a definite adjective or noun that makes the word
/// before it a common noun phrase (الرباط الصليبي، جنين السمك), not a name
/// followed by an adverb of time (الرباط اليوم، مالي الثلاثاء), by an
/// apposition (كابل العاصمة) or by a known name.
fn adjective_after(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k)
        && ctx.toks[k].bare()
        && ctx.toks[k].def
        && !ctx.toks[k].has(class::STOP)
        && !starts_hit(ctx, k)
        && !matches!(
            ctx.stem(k),
            "اليوم"
                | "الليله"
                | "الاسبوع"
                | "الشهر"
                | "العام"
                | "الماضي"
                | "المقبل"
                | "الحالي"
                | "السبت"
                | "الاحد"
                | "الاثنين"
                | "الثلاثاء"
                | "الاربعاء"
                | "الخميس"
                | "الجمعه"
                | "العاصمه"
        )
}

/// A one-word organization name that is also a common noun (القاعدة "the
/// base"; the noun forms of organizations.tsv) read as that noun: with a demonstrative
/// before it (هذه القاعدة) or a definite adjective after it (القاعدة
/// العسكرية، القاعدة الأمريكية).
fn common_noun_org(ctx: &Ctx, h: &Hit) -> bool {
    if h.first != h.last || !ctx.toks[h.first].def {
        return false;
    }
    let demonstrative =
        h.first > 0 && ctx.is_word(h.first - 1) && matches!(ctx.stem(h.first - 1), "هذه" | "هذا" | "تلك" | "ذلك");
    let k = h.last + 1;
    let adjective = ctx.is_word(k) && {
        let u = &ctx.toks[k];
        u.bare()
            && u.def
            && !starts_hit(ctx, k)
            && !u.has(class::STOP | class::ORG_HEAD | class::PLACE_HEAD | class::TITLE | class::ROLE | class::FIRST)
    };
    demonstrative || adjective
}

/// Whether a lexicon match starts at token `k` (before the tokens are marked).
fn starts_hit(ctx: &Ctx, k: usize) -> bool {
    let p = ctx.hits.partition_point(|h| h.first < k);
    ctx.hits.get(p).is_some_and(|h| h.first == k)
}

/// Words that may follow a name word of an organization without being part
/// of it.
fn name_word_ok(t: &Tok) -> bool {
    !t.has(class::STOP | class::GENERIC_ADJ | class::TITLE | class::ROLE)
}

fn is_nisba(stem: &str) -> bool {
    stem.starts_with("ال") && (stem.ends_with('ي') || stem.ends_with("يه")) && stem.chars().count() >= 5
}

/// A head that is also a frequent common noun (حركة "movement, traffic",
/// موقع "site", مركز "centre", فريق "team"): with only definite common
/// nouns after it, no nisba, known name or ل-phrase, it names nothing
/// (حركة المرور، موقع الحادث، مركز المدينة، فريق العمل). (برنامج
/// "programme" is no head at all: a programme is no organization, and
/// the UN's are in the lexicon.)
fn weak_head(stem: &str) -> bool {
    matches!(stem, "حركه" | "موقع" | "مركز" | "فريق")
}

/// A club's name right after token `i` (فريق الهلال), even where no
/// sports context made it a mention of the club.
fn club_after(ctx: &Ctx, i: usize) -> bool {
    ctx.is_word(i + 1) && ctx.toks[i + 1].bare() && ctx.lex.names_club(ctx.stem(i + 1))
}

/// Whether the nisba `adj` (feminine, or a plural of persons) cannot
/// agree with the masculine singular head `head` (not in ة, not a plural
/// in ات).
fn disagreeing_adjective(head: &str, adj: &str) -> bool {
    let masculine = !head.ends_with('ه') && !head.ends_with("ات");
    masculine
        && adj.starts_with("ال")
        && adj.chars().count() >= 5
        && (adj.ends_with("يه") || adj.ends_with("يين") || adj.ends_with("يون"))
}

/// An indefinite word after an indefinite head that describes it rather
/// than names it: a feminine adjective or a word with a pronoun (رابطة
/// فضفاضة، لجنة شكلها), a short participle (شركة مدرجة، تحالف معلن، فريق
/// محترم), a verbal noun تفعيل (لجنة تحقيق، شركة تسويق).
fn describing_word(w: &str) -> bool {
    let n = w.chars().count();
    w.ends_with('ه')
        || w.ends_with("ها")
        || (w.starts_with('م') && n <= 5)
        || (n == 5 && w.starts_with('ت') && w.chars().nth(3) == Some('ي'))
}

/// An adjective that names of bodies often end with (general, supreme,
/// central, interim, joint, independent, free ...): مستشفى جازان العام،
/// المحكمة الباكستانية العليا، الحكومة السورية المؤقتة.
fn name_adjective(stem: &str) -> bool {
    matches!(
        stem,
        "العام"
            | "العامه"
            | "العليا"
            | "الاعلي"
            | "الكبري"
            | "الاكبر"
            | "المركزي"
            | "المركزيه"
            | "المؤقت"
            | "المؤقته"
            | "الدائم"
            | "الدائمه"
            | "المشترك"
            | "المشتركه"
            | "الموحد"
            | "الموحده"
            | "المتحده"
            | "المستقل"
            | "المستقله"
            | "المستقلين"
            | "المستقلون"
            | "الحر"
            | "الحره"
            | "الاحرار"
            | "الخاص"
            | "الخاصه"
            | "الجديد"
            | "الجديده"
    )
}

/// Whether the title at token `k` after head `i` may start the name of a
/// body named after a person (جامعة الملك سعود، مستشفى الأمير سلطان، مسجد
/// الإمام تركي): a royal or religious title, or one of the dead. A title
/// of office names the head's holder (إدارة الرئيس جورج بوش، حكومة
/// الرئيس), and so does any title after a head that a person leads or
/// serves (مكتب الشيخ محمد، فريق الأمير). (A title with العام is an
/// office: مكتب النائب العام.)
fn names_body(ctx: &Ctx, i: usize, k: usize) -> bool {
    if ctx.is_word(k + 1) && ctx.stem(k + 1) == "العام" {
        return true;
    }
    let head = ctx.stem(i);
    let holder = matches!(head.strip_prefix("ال").unwrap_or(head), "اداره" | "حكومه" | "فريق" | "مكتب" | "نظام");
    !holder
        && matches!(
            ctx.stem(k),
            "الملك"
                | "الملكه"
                | "الامير"
                | "الاميره"
                | "الشيخ"
                | "الشيخه"
                | "الامام"
                | "السلطان"
                | "خادم"
                | "الشهيد"
                | "المؤسس"
                | "المرحوم"
                | "الراحل"
                | "القديس"
                | "القديسه"
                | "البابا"
                | "سمو"
                | "صاحب"
        )
}

/// قيادة، رئاسة with ب before them mean "led by", "chaired by" (بقيادة
/// حزب الاستقلال): no head.
/// Likewise مصلحة with ل or after في، من means "in favour of", "in the
/// interest of" (لمصلحة الأميركيين، في مصلحة المقاومة).
fn led_by(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    // على هيئة "in the form of"; إدارة الأعمال "business administration",
    // a field of study.
    let stem = ctx.stem(i);
    if (stem == "هيئه" && t.bare() && i > 0 && ctx.is_word(i - 1) && ctx.stem(i - 1) == "علي")
        || (stem == "اداره" && !t.def && ((ctx.is_word(i + 1) && ctx.stem(i + 1) == "الاعمال") || managing(ctx, i)))
    {
        return true;
    }
    if !t.def && ctx.stem(i) == "مصلحه" {
        let after_prep = i > 0 && ctx.is_word(i - 1) && matches!(ctx.stem(i - 1), "في" | "من");
        return (t.prep && ctx.text[t.start..].starts_with(['ل', 'و'])) || after_prep;
    }
    t.prep && !t.def && matches!(ctx.stem(i), "قياده" | "رئاسه") && ctx.text[t.start..].starts_with(['ب', 'و'])
}

/// A word for the kind of an organization that may stand before its
/// name without being part of it (normalized, without the article): حركة
/// حماس، قناة الجزيرة، وكالة فرانس برس، صحيفة الحياة، نادي الهلال، شركة
/// سابك. Not اتحاد, which is part of clubs' names (اتحاد كلباء).
pub(super) fn kind_word(w: &str) -> bool {
    matches!(
        w,
        "حركه"
            | "حزب"
            | "تنظيم"
            | "جماعه"
            | "جبهه"
            | "منظمه"
            | "هيئه"
            | "جمعيه"
            | "مجلس"
            | "قوات"
            | "مليشيات"
            | "ميليشيات"
            | "شركه"
            | "بنك"
            | "مجموعه"
            | "مؤسسه"
            | "جامعه"
            | "وكاله"
            | "قناه"
            | "فضائيه"
            | "شبكه"
            | "صحيفه"
            | "جريده"
            | "مجله"
            | "موقع"
            | "تطبيق"
            | "نادي"
            | "فريق"
            | "جهاز"
            | "حلف"
    )
}

/// The closing mark of a short name quoted from token `j`, an opening
/// quotation mark: the matching closing mark on the same line, with only
/// words between (not from a closing mark to the next opening one: «...»
/// بجدة ... «).
fn quoted_name(ctx: &Ctx, j: usize) -> Option<usize> {
    let close = match ctx.punct(j)? {
        '"' => '"',
        '«' => '»',
        '“' => '”',
        '\'' => '\'',
        _ => return None,
    };
    let n = ctx.toks.len();
    let k = (j + 1..(j + 7).min(n)).find(|&k| !ctx.toks[k].word)?;
    (k > j + 1 && ctx.punct(k) == Some(close) && !ctx.text[ctx.toks[j].end..ctx.toks[k].start].contains('\n'))
        .then_some(k)
}

/// Whether head token `i` is a word for a kind of organization (see
/// `kind_word`), with or without the article, ل or لل.
fn kind_head(ctx: &Ctx, i: usize) -> bool {
    let stem = ctx.stem(i);
    let word = stem.strip_prefix("ال").or_else(|| stem.strip_prefix('ل')).unwrap_or(stem);
    kind_word(stem) || kind_word(word)
}

/// The span of a known organization named with a word for its kind before
/// it, when the rest is itself a form of the same organization: حركة حماس
/// is a mention of حماس, قناة الجزيرة of الجزيرة, as مدينة جدة is one of
/// جدة (حزب الله and وكالة الأنباء السعودية stay whole: the rest names
/// nothing, or another thing).
fn without_kind_word(ctx: &Ctx, h: &Hit) -> Option<Range> {
    if h.first == h.last || ctx.kind(h) != EntityType::Organization {
        return None;
    }
    let t = &ctx.toks[h.first];
    // The form's first word (after the ل of لل, its ل-variant).
    let first = &ctx.text[h.range.start..t.end];
    let word = if h.pat.lil { first.strip_prefix("لل") } else { first.strip_prefix("ال").or(Some(first)) };
    if !word.is_some_and(kind_word) {
        return None;
    }
    let rest = ctx.toks[h.first + 1].start;
    ctx.lex.is_form_of(&ctx.text[rest..h.range.end], h.pat.entry).then(|| Range::new(rest, h.range.end))
}

/// Whether إدارة at token `i` (indefinite) is the verbal noun "managing":
/// in construct after a noun of manner, skill or failure (سوء إدارة، تحسين
/// إدارة، صعوبة إدارة الأزمة، تخصص إدارة الضيافة) or after تولى "took on";
/// after في that follows such a noun or one with a pronoun (التقصير في إدارة
/// الحرب، أسلوبه في إدارة شؤون البلاد); or with ب after قام "to do"
/// (وتقوم الشركة بإدارة الحسابات). Not after مدير، مجلس، من، مع, a verb of saying
/// or a preposition alone (مدير إدارة التعليم، أعلنت إدارة المطار، في إدارة
/// المرور): there it is the department.
fn managing(ctx: &Ctx, i: usize) -> bool {
    let Some(p) = i.checked_sub(1).filter(|&p| ctx.is_word(p)) else { return false };
    // A word, without a و or ف the analysis may have left on it.
    let word_in = |k: usize, list: fn(&str) -> bool| {
        let w = ctx.stem(k);
        list(w) || w.strip_prefix(['و', 'ف']).is_some_and(|r| r.len() >= 4 && list(r))
    };
    fn manner(w: &str) -> bool {
        matches!(
            w,
            "سوء"
                | "حسن"
                | "تحسين"
                | "كيفيه"
                | "طريقه"
                | "اسلوب"
                | "اساليب"
                | "مجال"
                | "علم"
                | "فن"
                | "مهاره"
                | "مهارات"
                | "خطه"
                | "خطط"
                | "استراتيجيه"
                | "اليه"
                | "اليات"
                | "صعوبه"
                | "ضعف"
                | "فشل"
                | "نجاح"
                | "تقصير"
                | "التقصير"
                | "خلل"
                | "ترشيد"
                | "تخصص"
                | "تولي"
                | "يتولي"
                | "تتولي"
        )
    }
    fn qama(w: &str) -> bool {
        matches!(w, "قام" | "قامت" | "يقوم" | "تقوم" | "سيقوم" | "ستقوم" | "سنقوم" | "يقومون" | "نقوم")
    }
    let t = &ctx.toks[i];
    if t.bare() {
        if word_in(p, manner) {
            return true;
        }
        // في after a noun of manner or one with a pronoun: فشله في.
        if ctx.stem(p) == "في" && ctx.toks[p].bare() && p > 0 && ctx.is_word(p - 1) {
            let pronoun = ctx.toks[p - 1].hit == 0
                && !ctx.toks[p - 1].has(class::ROLE | class::TITLE | class::STOP | class::SAY)
                && ctx.stem(p - 1).chars().count() >= 5
                && pronoun_ending(ctx, p - 1);
            return word_in(p - 1, manner) || pronoun;
        }
        return false;
    }
    // يقوم بإدارة، وتقوم الشركة بإدارة.
    t.prep
        && ctx.text[t.start..].starts_with('ب')
        && (word_in(p, qama) || (ctx.toks[p].def && p > 0 && ctx.is_word(p - 1) && word_in(p - 1, qama)))
}

/// Head noun + name words: وزارة الخارجية الأذربيجانية، الهيئة العامة
/// للغذاء والدواء، لجنة الأمن في البرلمان، جامعة الملك سعود.
fn organizations(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.toks.len();
    // The first token that a name found so far does not take.
    let mut next = 0;
    for &i in &ctx.marked {
        let t = ctx.toks[i];
        if i < next || !t.has(class::ORG_HEAD) || !t.word || t.hit != 0 || led_by(ctx, i) {
            continue;
        }
        let definite_head = t.def;
        // Whether a name word is indefinite (موقع تويتر) or all are
        // definite nouns (حركة المرور).
        let mut indefinite_name = false;
        let mut j = i + 1;
        let mut names = 0;
        let mut named = false; // a nisba, a known name or a ل-phrase
        let mut strong = false; // named otherwise than by a nisba
        let mut country: Option<Text> = None;
        let mut end = i;
        let mut prev_chain = false;
        // The last name word is a known name (a place, a club, a person).
        let mut after_name = false;
        let mut construct = false;
        let mut quoted_org = None;
        let mut quoted = false;
        let mut nested = false;
        let mut head_words = 0;
        while j < n && j - i <= 8 {
            let u = ctx.toks[j];
            if !u.word {
                // A quoted name: وكالة أنباء "الأناضول".
                // (After an indefinite head only: القوات " فورا ودون
                // شروط " is a quotation after a noun.)
                if names == 0
                    && !definite_head
                    && j == end + 1 + usize::from(construct)
                    && let Some(k) = quoted_name(ctx, j)
                {
                    names += k - j - 1;
                    named = true;
                    strong = true;
                    quoted = true;
                    end = k;
                    if let Some(h) = ctx.hit(j + 1)
                        && h.last == k - 1
                        && ctx.kind(h) == EntityType::Organization
                    {
                        quoted_org = Some(h.pat.entry);
                    } else if k == j + 2 && media_cue(ctx, j + 1) {
                        quoted_org = media_entry(ctx, j + 1);
                    }
                }
                break;
            }
            // A feminine or plural adjective right after a masculine
            // definite head qualifies the noun before it: خيارات الحزب
            // السياسية، متطلبات البنك الرأسمالية.
            if names == 0 && definite_head && u.def && disagreeing_adjective(ctx.stem(i), ctx.stem(j)) {
                break;
            }
            if let Some(h) = ctx.hit(j) {
                if h.first != j {
                    break;
                }
                let kind = ctx.kind(h);
                let e = &ctx.lex.entries[h.pat.entry as usize];
                // A preposition before a known place: النادي الأدبي بالرياض.
                if u.prep && !(names > 0 && kind == EntityType::Location) && !u.def {
                    break;
                }
                // A known body, or a country by its name, after و is a
                // second name: الاتحاد السعودي والمحرق البحريني. (The hit
                // may start inside the token, past a و the token analysis
                // left on it: وإيران.)
                let conj = u.conj || (h.range.start > u.start && ctx.text[u.start..].starts_with(['و', 'ف']));
                if conj
                    && (names == 0
                        || kind == EntityType::Organization
                        || (kind == EntityType::Country && h.pat.form == Form::Name))
                {
                    break;
                }
                // An indefinite head and nisba describe, not name: شركة صينية، قوات إثيوبية.
                if names == 0 && !definite_head && !u.def && h.pat.form == Form::Demonym {
                    break;
                }
                match kind {
                    EntityType::Country => {
                        country.get_or_insert_with(|| e.id.clone());
                    }
                    EntityType::Organization | EntityType::Location => {
                        if country.is_none() {
                            country.clone_from(&e.country);
                        }
                    }
                    // A person names a body only with a title (جامعة الملك
                    // سعود); otherwise the name is the head's holder or
                    // leader (رئيس الحكومة اللبنانية فؤاد السنيورة، مكتب أولمرت).
                    EntityType::Person => {
                        let title = if u.has(class::TITLE) {
                            Some(j)
                        } else {
                            (j > i + 1 && ctx.toks[j - 1].has(class::TITLE)).then(|| j - 1)
                        };
                        if !title.is_some_and(|k| names_body(ctx, i, k)) {
                            break;
                        }
                    }
                }
                names += 1;
                named = true;
                strong = true;
                end = h.last;
                j = h.last + 1;
                prev_chain = false;
                after_name = true;
                continue;
            }
            if names > 0 && u.bare() && ctx.stem(j) == "في" {
                // A body inside another: لجنة الأمن في البرلمان.
                if let Some(v) = ctx.toks.get(j + 1)
                    && v.word
                    && v.def
                    && v.bare()
                    && v.has(class::ORG_HEAD)
                {
                    end = j + 1;
                    names += 1;
                    named = true;
                    strong = true;
                    nested = true;
                }
                break;
            }
            if !(name_word_ok(&u)
                || (names == 0 && !definite_head && u.has(class::TITLE) && u.def && names_body(ctx, i, j)))
            {
                break;
            }
            let stem = ctx.stem(j);
            let ok = if prev_chain {
                true
            } else if u.has(class::CHAIN) && u.bare() {
                names > 0
            } else if u.has(class::FIRST) && u.bare() {
                j > i + 1 && ctx.toks[j - 1].has(class::TITLE)
            } else if u.def && !u.prep && !u.conj {
                // After a known name only a nisba or an adjective of
                // names goes on (مستشفى الملك فهد التخصصي، مستشفى القنفذة
                // العام): another word starts a phrase of its own (قررت
                // إدارة الأهلي التعاقد، الشركة الفرنسية المصنعة), and so
                // does a plural noun in ات after a nisba (اعترضت الشرطة
                // الإسرائيلية الحافلات).
                let plural_after_nisba = stem.ends_with("ات") && end > i && is_nisba(ctx.stem(end));
                is_nisba(stem) || name_adjective(stem) || !(after_name || plural_after_nisba)
            } else if u.def && u.prep && !u.conj && ctx.text[u.start..].starts_with('ل') {
                // لـ + a definite noun: للغذاء، للأمم
                names > 0
            } else if u.def && u.conj && !u.prep {
                // A word after و is a second noun after a known name
                // (أمانة منطقة تبوك والبلديات), and after a definite head
                // with its adjectives alone unless it is a nisba too: القوات
                // المسلحة والجهات الأمنية (not الهيئة العامة للغذاء والدواء,
                // القوات البرية والبحرية).
                let second_noun = definite_head && !strong && !is_nisba(stem);
                names > 0 && !after_name && !u.has(class::ORG_HEAD) && !second_noun
            } else if names == 0 && u.flags == 0 && conjunction_wa(stem) {
                // The head's name does not start after و: هيئات ومعارضات،
                // غرفة وغرفتين (an unknown word; وزراء is one).
                false
            } else if names == 0
                && !definite_head
                && u.bare()
                && !u.has(class::COMMON)
                && stem.chars().count() >= 3
                && !describing_word(stem)
            {
                !(stem.ends_with('ي') || stem.ends_with("يه"))
            } else if names == 0 && !construct && !definite_head && u.bare() && !u.def && j + 1 < n {
                // A construct chain: إدارة مرور المنطقة، وكالة أنباء الأناضول.
                let v = ctx.toks[j + 1];
                if (v.def && v.bare() && name_word_ok(&v) && !v.has(class::ORG_HEAD))
                    || ctx.punct(j + 1).is_some_and(is_quote)
                {
                    construct = true;
                    j += 1;
                    continue;
                }
                false
            } else {
                false
            };
            if !ok {
                break;
            }
            if u.def && !u.prep && is_nisba(stem) {
                named = true;
            }
            if u.prep && u.def {
                named = true;
                strong = true;
            }
            prev_chain = u.has(class::CHAIN) && u.bare();
            if u.def && u.has(class::ORG_HEAD | class::PLACE_HEAD) {
                head_words += 1;
            }
            names += 1;
            indefinite_name |= !u.def;
            after_name = false;
            end = j;
            j += 1;
        }
        // Do not end on a chain particle or a coordinated word.
        while end > i && (ctx.toks[end].has(class::CHAIN) && ctx.toks[end].bare()) {
            end -= 1;
        }
        // A head with only other generic heads is an anaphor: إدارة اللجنة.
        // A definite weak head with only nisbas describes a kind of
        // thing: الحركة الجوية، المركز الطبي، الحركة الاقتصادية.
        // تنظيم "organizing" is a verbal noun unless a name follows:
        // تنظيم القاعدة, not تنظيم المعرض، تنظيم الهجرة السرية.
        let verbal_head = ctx.stem(i) == "تنظيم" && !strong;
        // A site is named by a name of its own, quoted or foreign (موقع
        // تويتر، موقع «تداول»), not by definite words: موقع التواصل
        // الاجتماعي "a social network", موقع الكلية "the college's site".
        let generic_site = ctx.stem(i) == "موقع" && !indefinite_name && !quoted;
        let common_noun_head = verbal_head
            || generic_site
            || (weak_head(ctx.stem(i)) && !named && !indefinite_name && !club_after(ctx, i))
            || (definite_head && ctx.stem(i).strip_prefix("ال").is_some_and(weak_head) && !strong);
        // A plural noun alone after an indefinite head is a kind of
        // body, not its name: دار مزادات، مركز خدمات، هيئة محلفين (a
        // plural in ين only as a participle in م: شركة سوكلين is a name).
        let lone_plural = names == 1 && end == i + 1 && !definite_head && {
            let (u, w) = (&ctx.toks[end], ctx.stem(end));
            u.hit == 0
                && !u.def
                && w.chars().count() >= 5
                && (w.ends_with("ات") || (w.starts_with('م') && w.ends_with("ين")))
        };
        if names == 0
            || end == i
            || (definite_head && !named)
            || (head_words == names && !named)
            || common_noun_head
            || lone_plural
        {
            continue;
        }
        // Head + a known organization only: قوات حزب الله → Hezbollah.
        let target = match (ctx.hit(i + 1), quoted_org) {
            (_, Some(e)) => Target::Entry(e),
            (Some(h), _) if h.last == end && ctx.kind(h) == EntityType::Organization => Target::Entry(h.pat.entry),
            _ => Target::New(EntityType::Organization, ctx.slug(i, end), country),
        };
        // A word for its kind is no part of a known organization's name
        // (فريق الجزيرة، شركة " نوكيا "، قناة " العربية "): the name's own
        // mention stands (see `without_kind_word`).
        if matches!(target, Target::Entry(_)) && !construct && kind_head(ctx, i) {
            continue;
        }
        out.push(Cand { range: ctx.range(i, end), target, form: Form::Name, rule: "pattern:org-head" });
        // The body named inside is an organization of its own.
        next = if nested { end } else { end + 1 };
    }
}

/// Place head + name: مدينة جيلان بينار، حي الملز، منطقة القصيم، طريق الملك عبدالعزيز.
fn places(ctx: &Ctx, out: &mut Vec<Cand>) {
    for &i in &ctx.marked {
        let t = ctx.toks[i];
        if !t.has(class::PLACE_HEAD) || !t.word || t.def || t.hit != 0 {
            continue;
        }
        let head = ctx.stem(i);
        // عن طريق "by way of".
        if head == "طريق" && i > 0 && ctx.is_word(i - 1) && ctx.stem(i - 1) == "عن" {
            continue;
        }
        // A head written with a hamza is another word: وأدى "and led to"
        // is no وادي "valley".
        if head.starts_with('و') && ctx.written(i).contains(HAMZA_ALEFS) {
            continue;
        }
        // A head with tanwin is an indefinite common noun (حيٍّ، طريقٌ).
        if with_tanwin(ctx, i) {
            continue;
        }
        // ل + قضاء is mostly "to spend, to see to" (لقضاء العطلة، لقضاء
        // حاجاتهم): a district after it only when the place is known.
        let purpose = head == "قضاء" && ctx.text[t.start..t.start + usize::from(t.pre)].ends_with('ل');
        let mut j = i + 1;
        let mut end = i;
        if let Some(h) = ctx.hit(j) {
            let kind = ctx.kind(h);
            if h.first == j && ctx.toks[j].bare() && kind == EntityType::Location {
                // Before a known place, a word for a city, town, village or
                // island describes it (مدينة جدة names جدة): the place is the
                // known one, and the word goes to its mention's extent. A
                // province, region or strip is another place than its city
                // (منطقة الرياض، قطاع غزة).
                if matches!(head, "مدينه" | "بلده" | "قريه" | "جزيره") {
                    let range = ctx.range(i, h.last);
                    out.push(Cand {
                        range,
                        target: Target::Entry(h.pat.entry),
                        form: Form::Name,
                        rule: "pattern:place-head",
                    });
                    continue;
                }
                end = h.last;
            }
        } else if purpose {
            continue;
        } else if ctx.punct(j).is_some_and(is_quote) {
            // A quoted name: an opening mark, up to four words, its
            // closing mark.
            if let Some(k) = quoted_name(ctx, j)
                && k - j <= 5
                && (j + 1..k).all(|x| ctx.toks[x].hit == 0)
            {
                end = k;
            }
        } else {
            while ctx.is_word(j) && j - i <= 4 {
                let u = ctx.toks[j];
                if u.hit != 0 || !u.bare() || u.has(class::STOP | class::GENERIC_ADJ) || not_place_name(ctx, j, j - i) {
                    break;
                }
                // A title after the name starts a person: إقليم سطات السيد
                // محمد (but شارع الأمير سلطان).
                if j > i + 1 && u.def && u.has(class::TITLE) && !ctx.toks[j - 1].has(class::TITLE | class::CHAIN) {
                    break;
                }
                // So does a first name after a definite name word: محافظة
                // البرك عبدالرحيم (but شارع الأمير سلطان، ديار بكر، شارع
                // عبد الخالق ثروت).
                if j > i + 1
                    && u.has(class::FIRST)
                    && !u.def
                    && ctx.toks[j - 1].def
                    && !ctx.toks[j - 1].has(class::TITLE | class::CHAIN)
                    && !ctx.toks[j - 2].has(class::CHAIN)
                {
                    break;
                }
                let after_title = j > i + 1 && ctx.toks[j - 1].has(class::TITLE | class::CHAIN);
                // A definite word after عبد، أبو or بن completes the name
                // (طريق الملك عبد العزيز، شارع خالد بن الوليد).
                let after_chain = j > i + 1 && ctx.toks[j - 1].has(class::CHAIN) && u.def;
                let ok = !u.has(class::COMMON | class::PLACE_HEAD | class::ORG_HEAD | class::ROLE)
                    || (u.has(class::FIRST) && after_title)
                    || after_chain
                    || (j == i + 1
                        && u.has(class::TITLE)
                        && u.def
                        && ctx.is_word(j + 1)
                        && ctx.toks[j + 1].has(class::FIRST));
                if !ok {
                    break;
                }
                end = j;
                j += 1;
            }
            if end > i && ctx.toks[end].has(class::TITLE | class::CHAIN) {
                end -= 1;
            }
        }
        if end == i {
            continue;
        }
        let country = ctx.hit(i + 1).and_then(|h| ctx.lex.entries[h.pat.entry as usize].country.clone());
        let target = Target::New(EntityType::Location, ctx.slug(i, end), country);
        out.push(Cand { range: ctx.range(i, end), target, form: Form::Name, rule: "pattern:place-head" });
    }
}

/// An ordinal after a ruler's name (جيمس الأول، محمد الخامس).
fn regnal(stem: &str) -> bool {
    matches!(
        stem,
        "الاول"
            | "الثاني"
            | "الثالث"
            | "الرابع"
            | "الخامس"
            | "السادس"
            | "السابع"
            | "الثامن"
            | "التاسع"
            | "العاشر"
    )
}

/// A word after a place head that is no name (`at` words after the head):
/// a verb (مدينة يقطنها، منطقة يحظر فيها), a word with tanwin (حي مجاورٍ)
/// or a pronoun (قضاء حوائجهم), or right after the head an indefinite
/// adjective (`indefinite_describing`). Further on, a word with a glued
/// conjunction or preposition (حي الأطاولة ورصفه، جسر الملك عبدالله بتقاطع)
/// ends the name.
fn not_place_name(ctx: &Ctx, j: usize, at: usize) -> bool {
    let w = ctx.stem(j);
    let suffixed = w.ends_with("ها") || w.ends_with("هم") || w.ends_with('ه');
    let t = &ctx.toks[j];
    let with_ta_marbuta = || ctx.original_through(j).ends_with('ة');
    let letters = w.chars().count();
    (verb_shaped(ctx, w) && (at > 1 || suffixed))
        || with_tanwin(ctx, j)
        || (at == 1 && !t.def && indefinite_describing(ctx, j))
        // A common noun with a pronoun (منطقة قطرها ستة كيلومترات "an area
        // whose diameter"); any noun with a plural pronoun or a pronoun on
        // its ة (قضاء حوائجهم، قضاء أوقاته).
        || (at == 1
            && ["ها", "هم", "هما"]
                .iter()
                .filter_map(|s| w.strip_suffix(s))
                .any(|stem| stem.chars().count() >= 3 && ctx.lex.word(stem) & class::COMMON != 0))
        || (letters >= 5 && ["ها", "هم", "هما", "كم", "ته"].iter().any(|s| w.ends_with(s)))
        // A word with a glued و the tokens did not split: a known word
        // (بلدة ومدينة), a verb (نهر الكونغو وزرعوا) or a noun with a
        // pronoun (قرية إبردين وصياديها); further on, any word in و but
        // a foreign name's وا، وو، وي (كناري وارف).
        || w.strip_prefix('و').is_some_and(|r| {
            r.chars().count() >= 3
                && (ctx.lex.word(r) != 0
                    || (at > 1 && (verb_shaped(ctx, r) || conjunction_wa(w) || glued_hamza(ctx, j)))
                    || ["ها", "هم", "هما"].iter().any(|s| r.ends_with(s)))
        })
        // Further on, a word with a glued preposition or a plural verb
        // (مدينة البجادية ليستلموا).
        || (at > 1 && (prepositional(ctx, j) || (letters >= 5 && w.ends_with("وا"))))
        // Further on, an adverb in the accusative (قرية سناباد مسموما), a
        // past verb that is no first name (قرية عسيلة انحرفت; but ملعب حمود
        // بن احمد) or a definite feminine participle, not a nisba (جبال
        // زاجروس المكسوة، قرية كامونا المتاخمة; but حديقة الملك فهد المركزية).
        || (at > 1 && !t.def && (accusative(ctx, w) || (past_verb_shaped(w) && !t.has(class::FIRST))))
        || (at > 1 && t.def && letters >= 6 && w.starts_with("الم") && !w.ends_with("يه") && with_ta_marbuta())
}

/// An indefinite word `j` right after a place head that describes the
/// place rather than names it: a nisba written with ة (منطقة سهلية) or of
/// a common word (نهر موسمي), a feminine participle (مدينة مقدسة، منطقة
/// عازلة; not a first name: بوابة فاطمة), a masculine participle مفعول or
/// مفاعل (طريق مسدود، حي مجاور، جبل ملاصق; not a first name: شارع منصور,
/// nor a name with a long vowel after its م: ميامي).
fn indefinite_describing(ctx: &Ctx, j: usize) -> bool {
    let w = ctx.stem(j);
    let with_ta_marbuta = || ctx.original_through(j).ends_with('ة');
    let Some((c, n)) = letters::<12>(w) else { return false };
    let first = ctx.toks[j].has(class::FIRST);
    let participle = n == 5 && c[0] == 'م' && !matches!(c[1], 'ا' | 'و' | 'ي') && (c[3] == 'و' || c[2] == 'ا');
    // Written with ة (غومبيه is a name).
    (w.ends_with("يه") && n >= 5 && with_ta_marbuta())
        || (n >= 4 && w.strip_suffix('ي').is_some_and(|stem| ctx.lex.word(stem) & class::COMMON != 0))
        || (n >= 5 && c[0] == 'م' && with_ta_marbuta())
        || (n == 5 && c[1] == 'ا' && c[4] == 'ه' && with_ta_marbuta() && !first)
        || (participle && !first)
}

/// Whether `w` starts with the conjunction و the tokens did not split:
/// any word in و but a foreign name's وا، وو، وي (ويلز، وول ستريت).
fn conjunction_wa(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|r| !r.starts_with(['ا', 'و', 'ي']))
}

/// Whether token `j` (its stem as the tokens cut it) starts with a
/// preposition ب، ل or ك on a word that no name starts with: a hamza
/// (بأقصى), the article (بالحي), a common word (بسوق; not in ا or و, as
/// foreign names are: القولد كوست، الحكير لاند) or a participle or verbal
/// noun in م or ت (بتقاطع، بمناظر).
fn prepositional(ctx: &Ctx, j: usize) -> bool {
    let w = ctx.stem(j);
    let Some(rest) = w.strip_prefix(['ب', 'ل', 'ك']) else { return false };
    rest.chars().count() >= 3
        && (glued_hamza(ctx, j)
            || rest.starts_with("ال")
            || (!rest.starts_with(['ا', 'و']) && ctx.lex.word(rest) & (class::COMMON | class::STOP) != 0)
            || (rest.starts_with(['م', 'ت']) && rest.chars().count() >= 4))
}

/// Whether the letter after the first of token `j`'s stem was written
/// with a hamza (وأبحر، بأقصى): a clitic on a word, not a name's letter.
fn glued_hamza(ctx: &Ctx, j: usize) -> bool {
    original_stem(ctx, j).chars().nth(1).is_some_and(|c| HAMZA_ALEFS.contains(&c))
}

/// The original text of token `j`'s stem, after its clitics.
fn original_stem<'a>(ctx: &'a Ctx, j: usize) -> &'a str {
    let t = &ctx.toks[j];
    ctx.doc.original_text(Range::new(t.start + t.pre as usize, t.end))
}

/// The end of a person name that starts at token `j`, or None.
fn name_chain(ctx: &Ctx, j: usize) -> usize {
    chain(ctx, j, false)
}

/// The end of a person name that starts at token `j`; `cued` when a title,
/// role or nationality stands before it, so that a common word after the
/// first name is its family name (الدكتور ماجد نجم).
fn chain(ctx: &Ctx, j: usize, cued: bool) -> usize {
    let n = ctx.toks.len();
    let mut k = j + 1;
    let mut end = j;
    while k < n && k - j < 13 {
        let u = ctx.toks[k];
        // Past seven words only a lineage goes on: بن and the name after
        // it, and a family name after that (فيصل بن سعود بن فيصل بن مشعل
        // بن سعود، يحيى بن عبد الله بن عبد العزيز الصمعان).
        if k - j >= 7 && !u.has(class::CHAIN) && !(u.def && ctx.toks[k - 2].has(class::CHAIN)) {
            break;
        }
        // A name does not run over a line break, nor into the name of a
        // body found by a pattern (الدكتور سعيد / هيئات المجتمع المدني).
        if ctx.text[ctx.toks[k - 1].end..u.start].contains('\n') || ctx.body_starts.binary_search(&k).is_ok() {
            break;
        }
        // A particle inside a foreign name, before an unknown name word:
        // ماركو فان باستن، دومينيك دو فيلبان، أليساندرو دل بييرو.
        // (The whole token: فان may read as ف + ان.)
        if end == k - 1
            && u.word
            && !ctx.toks[k - 1].def
            && matches!(&ctx.text[u.start..u.end], "فان" | "فون" | "دي" | "دا" | "دو" | "دل")
            && ctx.is_word(k + 1)
            && ctx.toks[k + 1].bare()
            && !ctx.toks[k + 1].def
            && ctx.toks[k + 1].hit == 0
            && ctx.toks[k + 1].flags & (class::COMMON | class::STOP | class::TITLE | class::ROLE | class::SAY) == 0
            && unknown_name_word(ctx, ctx.stem(k + 1))
            && !verb_shaped(ctx, ctx.stem(k + 1))
            && !suffixed_verb_or_noun(ctx, k + 1)
        {
            end = k + 1;
            k += 2;
            continue;
        }
        // A hyphenated part of an East Asian or French name, after two name
        // words (كيم جونغ - ايل، ميشال اليو - ماري).
        if end == k - 1 && end > j && ctx.punct(k) == Some('-') && ctx.is_word(k + 1) {
            let v = ctx.toks[k + 1];
            let w = ctx.stem(k + 1);
            if v.bare()
                && !v.def
                && v.hit == 0
                && v.flags & NO_NAME_WORD == 0
                && (v.has(class::FIRST)
                    || (unknown_name_word(ctx, w) && !verb_shaped(ctx, w) && !suffixed_verb_or_noun(ctx, k + 1)))
                && ctx.punct(k + 2) != Some('-')
            {
                end = k + 1;
                break;
            }
        }
        // A foreign family name that reads as ب or ك + a known word
        // (هانس بليكس ← ب + ليكس، رامون كالديرون ← ك + الديرون): the
        // whole word is unknown and shaped like a name, and not written
        // with ة, which no foreign name ends in (آل سعود برقية تهنئة).
        if u.word && end == k - 1 && u.prep && !u.conj && u.pre == 2 && u.hit == 0 && ctx.toks[k - 1].bare() {
            let whole = &ctx.text[u.start..u.end];
            // ب + a definite verbal noun or noun in ة is "with the" (بالالتزام،
            // بالتراضي، بالميدالية), not a name (بالوتيلي، بالغنيم).
            let noun = ctx.stem(k).strip_prefix("ال").unwrap_or("");
            let with_the = u.def
                && whole.starts_with('ب')
                && (masdar_shaped(noun)
                    || (noun.starts_with('ت') && noun.chars().count() >= 5)
                    || ctx.original_through(k).ends_with('ة'));
            if whole.starts_with(['ب', 'ك'])
                && !with_the
                && ctx.lex.word(whole) == 0
                && u.flags & NO_NAME_WORD == 0
                && !ctx.original_through(k).ends_with('ة')
                && unknown_name_word(ctx, whole)
                && !verb_shaped(ctx, whole)
                && !suffixed_verb_or_noun(ctx, k)
                && !accusative(ctx, whole)
            {
                end = k;
                k += 1;
                continue;
            }
        }
        if !u.word || !u.bare() {
            break;
        }
        if let Some(h) = ctx.hit(k) {
            let kind = ctx.kind(h);
            // A known person, or a one-word place or demonym used as a family
            // name (جورج واشنطن، صالح الجزائري).
            // A country's name is no family name (دعا أنان إسرائيل).
            let country_name = kind == EntityType::Country && h.pat.form == Form::Name;
            // A name glued to a clitic is another one: coordinated (بوش
            // وبلير) or after a preposition.
            let glued = h.range.start > u.start;
            // Nor a definite place or body that is no nisba (بوريس يلتسين
            // الكرملين), nor a dateline's city (محمد صادق نيويورك :).
            let place_word = kind != EntityType::Person
                && ((u.def && !ctx.stem(k).ends_with('ي'))
                    || matches!(ctx.punct(k + 1), Some(':' | '-' | 'ـ'))
                    || kind == EntityType::Organization);
            if h.first == k
                && !glued
                && (kind == EntityType::Person || (h.first == h.last && k == end + 1 && !country_name && !place_word))
            {
                end = h.last;
                if kind != EntityType::Person {
                    break;
                }
                k = h.last + 1;
                continue;
            }
            break;
        }
        // A regnal number: هنري الثامن، ألفونسو الثالث عشر; after any name
        // when a title stands just before it (الملك خايمي الأول; not a
        // seed: والتشيكي توماس برديتش الثاني عشر).
        if u.def
            && end == k - 1
            && regnal(ctx.stem(k))
            && (ctx.toks[k - 1].has(class::FIRST) || (j.saturating_sub(3)..j).any(|x| ctx.toks[x].has(class::TITLE)))
        {
            let teen = ctx.is_word(k + 1) && ctx.toks[k + 1].bare() && ctx.stem(k + 1) == "عشر";
            end = k + usize::from(teen);
            break;
        }
        // A common word that is a father's or family name, right after a
        // first name (طه ياسين رمضان، ناصر الشاعر); إمام so spelt (عادل إمام).
        // Not a noun in construct before a definite word (أمين المتحف،
        // نجم المنتخب), nor a definite one before an adjective.
        // (The first name may be a compound: عبد الحليم حافظ.)
        // A definite word glued to a preposition or و is no genitive (محمد
        // صديق للمنتخب), nor is a relative pronoun, which follows a
        // definite noun only (عادل إمام الذي).
        let construct = ctx.is_word(k + 1)
            && (ctx.toks[k + 1].hit != 0
                || (ctx.toks[k + 1].def && ctx.toks[k + 1].bare() && !relative(ctx.stem(k + 1))));
        if k == end + 1
            && ctx.toks[k - 1].has(class::FIRST | class::COMPOUND2)
            && (u.has(class::NAME2) || imam_name(ctx, k))
            && !construct
        {
            end = k;
            if u.def {
                break;
            }
            k += 1;
            continue;
        }
        // علي so spelt between a first name and another name word is the
        // name, not the preposition على (محمد علي السعدي، أحمد علي طباخ).
        let ali = k == end + 1
            && ctx.toks[k - 1].has(class::FIRST)
            && ctx.stem(k) == "علي"
            && !ctx.preposition_ali(k)
            && ctx.is_word(k + 1)
            && (ctx.toks[k + 1].has(class::FIRST)
                || definite_family_name(ctx, k + 1)
                || unknown_family_name(ctx, k + 1))
            && !ali_before_place(ctx, k)
            && !ali_before_noun(ctx, k)
            && !ali_preposition(ctx, k);
        if ali {
            end = k;
            k += 1;
            continue;
        }
        // After عبد a definite word completes a first name, whatever else
        // it may be (a title, a common word), and the chain goes on (عبد
        // الأمير الخزرجي، عبد الملك الخيبري، عبد العاطي إيكيدير).
        if u.def && ctx.stem(k - 1) == "عبد" && ctx.toks[k - 1].bare() {
            end = k;
            k += 1;
            continue;
        }
        if u.has(class::STOP | class::GENERIC_ADJ | class::TITLE | class::ROLE | class::SAY) {
            break;
        }
        if family_name_before_break(ctx, j, k, end, cued) {
            end = k;
            break;
        }
        if u.has(class::CHAIN) {
            // آل names a house, whatever word follows (آل ثاني، آل سعود).
            let house = matches!(ctx.stem(k), "ال" | "آل");
            // ابن before a common noun is "son of" something (ابن حي
            // مجاور), no lineage.
            let son_of_thing = ctx.stem(k) == "ابن"
                && ctx.is_word(k + 1)
                && ctx.toks[k + 1].has(class::COMMON)
                && !ctx.toks[k + 1].has(class::FIRST | class::CHAIN);
            if ctx.is_word(k + 1)
                && ctx.toks[k + 1].bare()
                && (house || !ctx.toks[k + 1].has(class::STOP))
                && !son_of_thing
            {
                // A known person after بن is the father in the lineage, all
                // of his name (مكتوم بن محمد بن راشد آل مكتوم).
                if let Some(h) = ctx.hit(k + 1).filter(|h| h.first == k + 1 && ctx.kind(h) == EntityType::Person) {
                    end = h.last;
                    k = h.last + 1;
                    continue;
                }
                // A kunya inside the lineage takes the word after it too
                // (علي بن أبي طالب، سعد بن أبي وقاص).
                if ctx.toks[k + 1].has(class::CHAIN) && ctx.is_word(k + 2) && ctx.toks[k + 2].bare() {
                    end = k + 1;
                    k += 1;
                    continue;
                }
                end = k + 1;
                k += 2;
                continue;
            }
            break;
        }
        if u.has(class::FIRST) {
            end = k;
            k += 1;
            continue;
        }
        let stem = ctx.stem(k);
        if u.def {
            // A family name ends the chain; a common definite word is no name.
            // The second word of a compound completes a first name, but for
            // one that is also a function word (باسم الدين "in the name of
            // religion"); الدين completes the name's first word, whatever it
            // is (نور الدين، تاج الدين).
            let may_compound = !function_word_name(ctx.stem(k - 1));
            let din = k == j + 1 && stem == "الدين";
            if may_compound && ((ctx.toks[k - 1].has(class::FIRST) && u.has(class::COMPOUND2)) || din) {
                end = k;
                k += 1;
                continue;
            }
            if (!u.has(class::COMMON) && !verbal_noun_shaped(stem)) || ctx.toks[k - 1].has(class::CHAIN) {
                end = k;
                // A lineage goes on after it (محمد البشير ولد المختار).
                let lineage = ctx.is_word(k + 2)
                    && ctx.toks[k + 1].bare()
                    && matches!(ctx.stem(k + 1), "ولد" | "بن")
                    && ctx.toks[k + 2].bare()
                    && !ctx.toks[k + 2].has(class::STOP);
                if lineage {
                    k += 1;
                    continue;
                }
            }
            break;
        }
        // A foreign family name right after a first name that starts with
        // و or ends in ه (هنري وينكلر، برتران دولانويه): the word with that
        // letter off is no known word either.
        if k == end + 1 && ctx.toks[k - 1].has(class::FIRST) && foreign_surname(ctx, k) {
            end = k;
            k += 1;
            continue;
        }
        // A foreign family name may end in نا (خافيير سولانا).
        let name_word = unknown_name_word(ctx, stem)
            || (ctx.toks[k - 1].has(class::FIRST) && stem.ends_with("نا") && stem.chars().count() >= 4);
        if cued && u.has(class::COMMON) && common_surname(ctx, j, k) {
            end = k;
            // More name words may follow (تيري رود لارسن), not a definite
            // adjective (مالكولم اكس الأمريكي).
            if ctx.is_word(k + 1) && ctx.toks[k + 1].def {
                break;
            }
            k += 1;
            continue;
        }
        // A common noun in the accusative is an object or an adverb after
        // the name (أرسل معاوية جيشا، اقتحمت منزل جاسم مهدي فجرا). A noun
        // seen often with the article describes a name of two words or
        // more (جلال ماضي ناشط حقوقي، بدر سالم إداري الفريق), and so
        // does such a noun after ب or ل (كمال نصار لراديو المدينة); right
        // after a first name it is the family name (سعيد راتب، نبيل بهوي).
        if u.has(class::COMMON)
            || ((end > j || (j > 0 && ctx.is_word(j - 1) && ctx.toks[j - 1].has(class::FIRST)))
                && (ctx.lex.definite_noun(stem) || preposition_on_noun(ctx, stem)))
            || !name_word
            || verb_shaped(ctx, stem)
            || suffixed_verb_or_noun(ctx, k)
            || (!u.has(class::FIRST) && accusative(ctx, stem))
            // (إفعال is a first name too: محمد إسلام، رامي إكرام.)
            || (masdar_shaped(stem) && !(stem.chars().count() == 5 && stem.starts_with('ا')))
            || negated_verb(stem)
            || with_tanwin(ctx, k)
            || (end > j && past_verb_shaped(stem))
            || participle_after_name(ctx, k)
        {
            break;
        }
        end = k;
        k += 1;
    }
    end
}

/// An unknown word that is ب or ل on a noun seen often with the article
/// (بحزن، لغزو، لراديو), no name word. (Not ك: كفوري is a family name.)
fn preposition_on_noun(ctx: &Ctx, w: &str) -> bool {
    w.strip_prefix(['ب', 'ل']).is_some_and(|rest| rest.chars().count() >= 3 && ctx.lex.definite_noun(rest))
}

/// An unknown word that describes or follows a name rather than ends it:
/// a participle of the derived stems in ة or in a sound plural (مرتدية،
/// مبتهلين), one of متفعّل، متفاعل (متشكك، متسابق), a participle in the
/// accusative (محذرا، مخاطبا، منفردا), or ف + a past verb of the derived
/// stems (فاحتسب).
fn participle_after_name(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    let Some((c, n)) = letters::<12>(w) else { return false };
    if c[0] != 'م' || n < 5 {
        return w.strip_prefix('ف').is_some_and(past_verb_shaped);
    }
    // مفتعل، متفعل، مستفعل; not a family name such as مغنية، ملائكة،
    // مندورة، ميتين.
    let shape =
        w.starts_with("مت") || w.starts_with("مست") || (matches!(c[2], 'ت' | 'ط') && !matches!(c[1], 'ا' | 'و' | 'ي'));
    // No long vowel but an alef after the third letter (مفاعل، متفاعل),
    // unlike a foreign name (متولي، ماريا، مندوزا، دي ميستورا).
    let short = |from: usize, to: usize, alef: usize| {
        c[from..to].iter().enumerate().all(|(i, &x)| !matches!(x, 'و' | 'ي' | 'ه') && (x != 'ا' || from + i == alef))
    };
    let ending = ctx.original_through(k).ends_with('ة') || w.ends_with("ين") || w.ends_with("ون");
    let accusative = c[n - 1] == 'ا';
    (shape && ending)
        || (c[1] == 'ت' && short(2, n - usize::from(accusative), 3))
        || (accusative && !matches!(c[1], 'ا' | 'و' | 'ي') && short(1, n - 1, 2))
}

/// An unknown word after a first name that the other checks take for و +
/// a word or a word + the pronoun ه, but that is a foreign family name:
/// neither the whole word nor the word without that letter is known
/// (وينكلر، والكن، دولانويه، تريزيغيه).
fn foreign_surname(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    if w.starts_with('و') {
        return foreign_w(ctx, k);
    }
    if !bare_unknown_word(ctx, k) {
        return false;
    }
    let unknown = |x: &str| ctx.lex.word(x) == 0;
    if let Some(stem) = w.strip_suffix('ه') {
        return w.chars().count() >= 5
            && ctx.original_through(k).ends_with('ه')
            && stem.ends_with('ي')
            // Not a plural مفاعلي with the pronoun (مؤيديه، منتقديه).
            && !stem.starts_with('م')
            && unknown(stem)
            && !verb_shaped(ctx, w)
            && !stem.starts_with("ال");
    }
    false
}

/// Whether token `k` is a word of four letters or more, with no clitic,
/// article, word class, lexicon match or tanwin.
fn bare_unknown_word(ctx: &Ctx, k: usize) -> bool {
    let u = &ctx.toks[k];
    u.word
        && u.bare()
        && !u.def
        && u.flags == 0
        && u.hit == 0
        && ctx.stem(k).chars().count() >= 4
        && !with_tanwin(ctx, k)
}

/// An unknown word in و that is a foreign name, not و + a word: a foreign
/// w before a vowel (ووكر، وايت، ويليامز), with no hamza (وأوتار is و + a
/// plural), ي + four letters or more, not a verb يفعل (ويلقب); the word
/// without و is no known word.
fn foreign_w(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    if !bare_unknown_word(ctx, k) {
        return false;
    }
    let unknown = |x: &str| ctx.lex.word(x) == 0;
    if let Some(rest) = w.strip_prefix('و') {
        let n = rest.chars().count();
        // (Not a verb يستفعل، يتفعل: ويسترجع، ويتحدث.)
        let verb = (n == 6 && rest.starts_with("يست")) || (n == 5 && rest.starts_with("يت"));
        let vowel = rest.starts_with(['ا', 'و']) || (rest.starts_with('ي') && n >= 5 && !verb);
        let hamza = ctx.written(k).chars().nth(1).is_some_and(|c| HAMZA_ALEFS.contains(&c) || c == 'ؤ');
        let plural = ["ات", "ون", "ين", "ان", "وا", "اء"].iter().any(|x| rest.ends_with(x));
        // Nor a nisba of a known word (ويميني ← يمين).
        let nisba = rest.strip_suffix('ي').is_some_and(|b| ctx.lex.word(b) & (class::COMMON | class::STOP) != 0);
        return unknown(rest)
            && vowel
            && !hamza
            && !nisba
            && !plural
            && !rest.starts_with("ال")
            && !rest.ends_with('ه')
            && !ctx.original_through(k).ends_with('ة')
            && !["ها", "هم", "هما", "نا", "كم"].iter().any(|x| rest.ends_with(x));
    }
    false
}

/// A common word right after a first name that is its family name
/// (طه ياسين رمضان، محمد رفعت، ريتشارد ريد).
fn common_surname(ctx: &Ctx, j: usize, k: usize) -> bool {
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    let written = ctx.original_through(k);
    let c0 = w.chars().next().unwrap_or(' ');
    // A clitic on a known word (وقتل، لبحث، برغم).
    let clitic = c0 == 'و'
        || (matches!(c0, 'ل' | 'ب' | 'ك' | 'ف')
            && ctx.lex.word(&w[c0.len_utf8()..]) & (class::COMMON | class::STOP) != 0);
    let plural = ["ات", "ون", "ين", "ان"].iter().any(|x| w.ends_with(x));
    let pronoun = ["ها", "هم", "هما", "كم"].iter().any(|x| w.ends_with(x));
    // An elative أفعل (أكبر) or a verb تفعل (تعهد), four letters.
    let four = letters::<4>(w).filter(|&(_, n)| n == 4).map(|(c, _)| c);
    let weak = |x: char| matches!(x, 'ا' | 'و' | 'ي');
    let elative = four.is_some_and(|c| c[0] == 'ا' && !c[1..].iter().copied().any(weak));
    let tafaal = four.is_some_and(|c| c[0] == 'ت');
    // Adverbs of place (جيرارد داخل المنطقة).
    let adverb = matches!(
        w,
        "داخل"
            | "خارج"
            | "قرب"
            | "نحو"
            | "عبر"
            | "ضمن"
            | "وسط"
            | "تحت"
            | "فوق"
            | "خلف"
            | "حيال"
            | "اثناء"
            | "عام"
            | "يوم"
            | "شهر"
            | "مساء"
            | "صباح"
            | "ليله"
            | "امس"
    );
    k == j + 1
        && ctx.toks[j].has(class::FIRST)
        && ctx.toks[j].hit == 0
        && ctx.stem(j) != "باسم"
        && !pronoun
        && !elative
        && !tafaal
        && !adverb
        && !clitic
        && !plural
        && !written.ends_with(['ً', 'ا'])
        && !u.has(class::AFTER_ALA | class::GENERIC_ADJ | class::STOP | class::SAY)
        && w.chars().count() >= 3
        && !written.ends_with('ة')
        && !verb_shaped(ctx, w)
        && !suffixed_verb_or_noun(ctx, k)
        && !accusative(ctx, w)
}

/// إمام written with the hamza below after a first name: a family name
/// (عادل إمام), not the preposition أمام.
fn imam_name(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.toks[k];
    t.bare() && ctx.stem(k) == "امام" && {
        let (s, _) = ctx.doc.orig_bytes(Range::new(t.start, t.end));
        ctx.doc.original[s..].starts_with('إ')
    }
}

/// A definite word shaped like a verbal noun or a plural, no family name
/// (التمسك، الاحتفاظ، العائدين): ال + ت, or ال + ا in a long word, not
/// a nisba (التميمي، الأنصاري); or a sound plural.
fn verbal_noun_shaped(w: &str) -> bool {
    let letters = w.chars().count();
    let nisba = w.ends_with('ي');
    let plural = w.ends_with("ين") || w.ends_with("ون") || w.ends_with("ات");
    !nisba && (plural || (w.starts_with("الت") && letters >= 6) || (w.starts_with("الا") && letters >= 7))
}

/// A definite family name right after token `i`, on the same line
/// (فارس الشهري; not صباح اليوم، نجم الفريق).
fn family_name_after(ctx: &Ctx, i: usize) -> bool {
    ctx.is_word(i + 1)
        && definite_family_name(ctx, i + 1)
        && !ctx.text[ctx.toks[i].end..ctx.toks[i + 1].start].contains('\n')
}

/// An unknown word that carries a pronoun or a plural verb ending, no
/// name (مرماه "his goal", تشبثه، سيطروا): ه written as such (not ة),
/// or وا.
fn suffixed_verb_or_noun(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    let letters = w.chars().count();
    if letters >= 5 && w.ends_with("وا") {
        return true;
    }
    letters >= 4 && w.ends_with('ه') && ctx.original_through(k).ends_with('ه')
}

/// An unknown word shaped like a verb, which ends a name chain (كوندوليزا
/// رايس ستزور): an imperfect ي + consonant (يناهز، يغني; not يلتسين-like
/// words in ين), or a known verb with the future س (ستزور ← يزور), the
/// imperfect ت (تزور ← يزور) or the plural وا (سيطروا ← سيطر).
fn verb_shaped(ctx: &Ctx, w: &str) -> bool {
    if w.chars().count() < 4 {
        return false;
    }
    let known = |s: &str| ctx.lex.word(s) & (class::COMMON | class::SAY) != 0;
    // The word with its first letter (two bytes) replaced by ي.
    let with_ya = |rest: &str| {
        let mut buf = [0u8; 64];
        let b = rest.as_bytes();
        if b.len() + 2 > buf.len() {
            return false;
        }
        buf[..2].copy_from_slice("ي".as_bytes());
        buf[2..2 + b.len()].copy_from_slice(b);
        std::str::from_utf8(&buf[..2 + b.len()]).is_ok_and(known)
    };
    if let Some(rest) = w.strip_prefix('ي') {
        return !rest.starts_with(['و', 'ا', 'ي']) && !w.ends_with("ين");
    }
    if let Some(rest) = w.strip_prefix('س')
        && rest.starts_with(['ي', 'ت', 'ن'])
    {
        return known(rest) || with_ya(&rest[2..]);
    }
    if let Some(rest) = w.strip_prefix('ت')
        && with_ya(rest)
    {
        return true;
    }
    w.strip_suffix("وا").is_some_and(known)
}

/// The letters of `w` and their number, when it has at most `N`.
fn letters<const N: usize>(w: &str) -> Option<([char; N], usize)> {
    let mut c = [' '; N];
    let mut n = 0;
    for ch in w.chars() {
        *c.get_mut(n)? = ch;
        n += 1;
    }
    Some((c, n))
}

/// An unknown word shaped like a verbal noun of the derived stems, no
/// name: إفعال (إسناد)، افتعال (اقتراح، اضطراب)، انفعال (انسحاب)،
/// استفعال (استخدام)، تفعيل (ترسيم)، تفاعل (تباحث); also in the
/// accusative (إظهارا) or with the pronoun ي (انتباهي).
fn masdar_shaped(w: &str) -> bool {
    let Some((c, mut n)) = letters::<9>(w) else { return false };
    if n >= 6 && matches!(c[n - 1], 'ا' | 'ي') {
        n -= 1;
    }
    let weak = |x: char| matches!(x, 'ا' | 'و' | 'ي');
    match n {
        5 if c[0] == 'ا' => c[3] == 'ا' && !weak(c[1]) && !weak(c[2]) && !weak(c[4]),
        5 if c[0] == 'ت' => {
            !weak(c[1]) && !weak(c[4]) && ((c[3] == 'ي' && !weak(c[2])) || (c[2] == 'ا' && !weak(c[3])))
        }
        6 => {
            c[0] == 'ا'
                && c[4] == 'ا'
                && (matches!(c[2], 'ت' | 'ط' | 'د') || c[1] == 'ن')
                && !weak(c[1])
                && !weak(c[2])
                && !weak(c[3])
                && !weak(c[5])
        }
        7 => c[0] == 'ا' && c[1] == 'س' && c[2] == 'ت' && c[5] == 'ا' && !weak(c[6]),
        _ => false,
    }
}

/// Token `k` was written with tanwin (بشوشٍ، اقتراحاً): an indefinite
/// common word, no name.
fn with_tanwin(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.toks[k];
    ctx.doc.original_text(Range::new(t.start, t.end)).contains(['\u{064B}', '\u{064C}', '\u{064D}'])
}

/// A dual in construct or oblique (حركتا، اتفاقيتين): a feminine noun
/// + تا or تين, no name.
fn dual_shaped(ctx: &Ctx, w: &str) -> bool {
    if w.chars().count() >= 6 && w.ends_with("يتين") {
        return true;
    }
    let Some(stem) = w.strip_suffix("تا").or_else(|| w.strip_suffix("تين")) else { return false };
    let b = stem.as_bytes();
    let mut buf = [0u8; 64];
    if b.len() < 4 || b.len() + 2 > buf.len() {
        return false;
    }
    buf[..b.len()].copy_from_slice(b);
    buf[b.len()..b.len() + 2].copy_from_slice("ه".as_bytes());
    std::str::from_utf8(&buf[..b.len() + 2]).is_ok_and(|x| ctx.lex.word(x) & class::COMMON != 0)
}

/// A word before a first name that makes it the name of a facility, an
/// award or a storm, not a person (جامعة فيكتوريا، مطار محمد الخامس،
/// كنيسة مايكل، جائزة أوسكار، الإعصار كاترينا، سان ستيفانو).
fn facility_before(ctx: &Ctx, i: usize) -> bool {
    if i == 0 || !ctx.is_word(i - 1) {
        return false;
    }
    let p = &ctx.toks[i - 1];
    let w = ctx.stem(i - 1);
    let storm = matches!(w, "اعصار" | "الاعصار" | "العاصفه" | "عاصفه");
    storm
        || (!p.def
            && matches!(
                w,
                "جامعه"
                    | "كليه"
                    | "معهد"
                    | "مدرسه"
                    | "مطار"
                    | "ميناء"
                    | "ملعب"
                    | "استاد"
                    | "مسرح"
                    | "جسر"
                    | "شارع"
                    | "ميدان"
                    | "ساحه"
                    | "مستشفي"
                    | "مسجد"
                    | "كنيسه"
                    | "سجن"
                    | "بوابه"
                    | "جائزه"
                    | "جوائز"
                    | "قلعه"
                    | "حديقه"
                    | "سان"
                    | "سانت"
                    | "مار"
            ))
}

/// An unknown word that may be a (foreign) name: not a clitic plus a common
/// word, not carrying a pronoun suffix.
fn unknown_name_word(ctx: &Ctx, w: &str) -> bool {
    if w.chars().count() < 3 {
        return false;
    }
    let c0 = w.chars().next().unwrap_or(' ');
    // A preposition on a participle or verbal noun: لمقصود، بمساعدة، كمصدر.
    if matches!(c0, 'ب' | 'ل' | 'ك') && w[c0.len_utf8()..].starts_with(['م', 'ت']) && w.chars().count() >= 5 {
        return false;
    }
    if matches!(c0, 'و' | 'ب' | 'ل' | 'ف' | 'ك' | 'س') {
        let rest = &w[c0.len_utf8()..];
        if ctx.lex.word(rest) & (class::COMMON | class::STOP) != 0 || c0 == 'و' {
            return false;
        }
    }
    let chars = w.chars().count();
    // نا ends foreign names too (سولانا): a pronoun only on a known noun
    // (حكومتنا، بلادنا).
    let our = w.strip_suffix("نا").is_some_and(|s| noun_under_pronoun(ctx, s, class::COMMON | class::STOP));
    !(chars >= 5 && (our || ["كم", "هم", "هن", "ها", "هما"].iter().any(|x| w.ends_with(x))))
}

/// Whether `s`, a word with a pronoun taken off, is a known word of
/// `classes`, or one whose final ت is the ة of such a word: حكومتنا is
/// حكومه (ة in the match key) + نا. (The word with ه is built on the
/// stack.)
fn noun_under_pronoun(ctx: &Ctx, s: &str, classes: u32) -> bool {
    let known = |x: &str| ctx.lex.word(x) & classes != 0;
    let with_ta = |b: &str| {
        let mut buf = [0u8; 64];
        let n = b.len();
        if n + 2 > buf.len() {
            return false;
        }
        buf[..n].copy_from_slice(b.as_bytes());
        buf[n..n + 2].copy_from_slice("ه".as_bytes());
        std::str::from_utf8(&buf[..n + 2]).is_ok_and(known)
    };
    known(s) || s.strip_suffix('ت').is_some_and(|b| b.chars().count() >= 2 && with_ta(b))
}

/// A preposition right before token `i`: the word is a verbal noun (على
/// كشف), not a verb.
fn after_preposition(ctx: &Ctx, i: usize) -> bool {
    i > 0
        && ctx.toks[i].pre == 0
        && ctx.is_word(i - 1)
        && matches!(
            ctx.stem(i - 1),
            "في" | "من"
                | "علي"
                | "الي"
                | "عن"
                | "بعد"
                | "قبل"
                | "عند"
                | "حول"
                | "ضد"
                | "دون"
                | "مع"
                | "خلال"
        )
}

/// An unknown word after a verb of saying that may be a speaker's name:
/// not a noun with ة or a pronoun suffix (أهمية، سماحته), not a sound
/// plural (معلومات، اقتصاديون).
fn speaker_word(ctx: &Ctx, w: &str) -> bool {
    // A construct plural (مديرو، ممثلو) is no name either.
    let construct = w.starts_with('م') && w.ends_with('و');
    // Nor a plural verb (أحبوا).
    let plural_verb = w.ends_with("وا") && w.chars().count() >= 4;
    unknown_name_word(ctx, w)
        && !w.ends_with('ه')
        && !w.ends_with("ات")
        && !w.ends_with("ون")
        && !construct
        && !plural_verb
        && !masdar_shaped(w)
        && !dual_shaped(ctx, w)
        && !negated_verb(w)
}

/// An unknown word after a verb of saying, before أن، إن or a colon, that
/// `speaker_word` leaves out by its shape but that is a name all the
/// same: in ة as written, not a verbal noun فعولة (أبوركبة، طبارة; not
/// ضرورة); in ون, not a plural participle or nisba (جاكسون، كاميرون; not
/// مراقبون، اقتصاديون); or a foreign name in و (وانغ).
fn speaker_before_that(ctx: &Ctx, k: usize) -> bool {
    let that = before_that(ctx, k);
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    let Some((c, n)) = letters::<12>(w) else { return false };
    if !that || !u.bare() || u.def || u.hit != 0 || n < 4 || with_tanwin(ctx, k) {
        return false;
    }
    if ctx.original_through(k).ends_with('ة') {
        // (فعولة is a verbal noun; ب، ل، ك a preposition.)
        let masdar = n == 5 && c[2] == 'و';
        return !(masdar || matches!(c[0], 'ب' | 'ل' | 'ك')) && unknown_name_word(ctx, w);
    }
    if w.ends_with("ون") {
        return !w.starts_with('م') && !w.ends_with("يون") && unknown_name_word(ctx, w);
    }
    foreign_w(ctx, k)
}

/// What was said starts after token `k`: a colon, or أن، أنه، أنها.
fn before_that(ctx: &Ctx, k: usize) -> bool {
    match ctx.punct(k + 1) {
        Some(c) => c == ':',
        None => ctx.is_word(k + 1) && ctx.toks[k + 1].bare() && matches!(ctx.stem(k + 1), "ان" | "انه" | "انها"),
    }
}

/// A word that also reads as و or ف + a known word (ولدينا ← و + لدينا،
/// فتحية ← ف + تحية). (A stem of three letters is left alone: فيصل.)
fn clitic_reading(ctx: &Ctx, j: usize) -> bool {
    let t = &ctx.toks[j];
    let w = &ctx.text[t.start..t.end];
    let known = |x: &str| x.chars().count() >= 4 && ctx.lex.word(x) & (class::COMMON | class::STOP) != 0;
    w.strip_prefix('و').or_else(|| w.strip_prefix('ف')).is_some_and(known)
}

/// An unknown word shaped like a past verb of the derived stems, which
/// ends a name of two words or more (أردوغان اعتبر، بري انتقد، باسيناس
/// أهدر): افتعل، انفعل، أفعل، استفعل, no long vowel inside.
fn past_verb_shaped(w: &str) -> bool {
    let Some((c, n)) = letters::<7>(w) else { return false };
    let weak = |x: char| matches!(x, 'ا' | 'و' | 'ي' | 'ه');
    if n < 4 || c[0] != 'ا' || c[1..n].iter().any(|&x| weak(x)) {
        return false;
    }
    match n {
        4 => true,
        5 => matches!(c[2], 'ت' | 'ط' | 'د') || c[1] == 'ن',
        6 => c[1] == 'س' && c[2] == 'ت',
        _ => false,
    }
}

/// A verb with the negation لا glued to it (لايحتج، لايؤمن).
fn negated_verb(w: &str) -> bool {
    (5..=7).contains(&w.chars().count()) && (w.starts_with("لاي") || w.starts_with("لات"))
}

/// A common word right after a title that is a first name all the same:
/// a first name or a known person follows it (الملك خوان كارلوس، الفنانة
/// منى عبدالغني).
fn first_name_before_name(ctx: &Ctx, j: usize) -> bool {
    let k = j + 1;
    let u = &ctx.toks[j];
    u.bare()
        && !u.def
        && !u.has(class::STOP | class::SAY | class::GENERIC_ADJ | class::AFTER_ALA)
        && ctx.stem(j).chars().count() >= 3
        // Not a noun with a pronoun (ابنته، خارجيتها، عهدكم), nor a verb
        // (يدعى).
        && !suffixed_verb_or_noun(ctx, j)
        && !["ها", "هم", "هما", "نا", "كم"].iter().any(|x| ctx.stem(j).ends_with(x))
        && !verb_shaped(ctx, ctx.stem(j))
        // Nor a nisba or a noun in ة (متحدث إعلامي باسم، رئيس كتلة بدر),
        // nor a verb after ل (ليكون).
        && !ctx.original_through(j).ends_with('ي')
        && !ctx.original_through(j).ends_with('ة')
        && !ctx.stem(j).strip_prefix('ل').is_some_and(|v| v.starts_with(['ي', 'ت']))
        && ctx.is_word(k)
        && ctx.stem(k) != "باسم"
        && ctx.toks[k].bare()
        && (ctx.toks[k].has(class::FIRST)
            || ctx.hit(k).is_some_and(|h| h.first == k && ctx.kind(h) == EntityType::Person))
}

/// A definite family name alone after a title, where the skip over the
/// title's complement took it and found no name after it (الرئيس الأسد،
/// الإمام الرضا، الشيخ الخراساني): the one word skipped (`j` is the
/// token after it) is no known or common word, and no definite word
/// follows it.
fn title_family_name(ctx: &Ctx, i: usize, j: usize) -> bool {
    let k = i + 1;
    if j != k + 1 || !ctx.toks[i].has(class::TITLE) || !ctx.is_word(k) {
        return false;
    }
    // A title that is also a common noun (الفريق الضيف، اللاعب الملتزم).
    if matches!(ctx.stem(i), "الفريق" | "لفريق" | "فريق" | "اللاعب" | "للاعب" | "اللاعبه" | "امام")
    {
        return false;
    }
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    let six = letters::<6>(w).filter(|&(_, n)| n == 6).map(|(c, _)| c);
    // A participle (المرتد، المتوفى، القابع) or an adjective فعيل
    // (الظريف), or an ordinal (الثامن).
    let participle =
        (w.starts_with("الم") && !ctx.original_through(k).ends_with('ي')) || six.is_some_and(|c| c[3] == 'ا');
    let fail = six.is_some_and(|c| c[4] == 'ي');
    // Nor an unknown word after it that may be the name (اللاعب
    // الكونغولي شاباني).
    let name_after = ctx.is_word(j) && ctx.toks[j].flags == 0 && ctx.toks[j].hit == 0;
    u.bare()
        && u.def
        && u.hit == 0
        && u.flags & !class::COMPOUND2 == 0
        && w.chars().count() >= 5
        && !participle
        && !fail
        && !regnal(w)
        && !verbal_noun_shaped(w)
        && !ctx.original_through(k).ends_with('ة')
        && !name_after
        && !(ctx.is_word(j) && ctx.toks[j].def)
}

/// A first name that is also a frequent function word (علي for على, باسم
/// "in the name of", عمر "age"): alone it is no name.
fn function_word_name(w: &str) -> bool {
    matches!(w, "علي" | "باسم" | "عمر")
}

/// A first name shaped like an adjective (حسن، سعيد، نبيل، سلمي): alone it
/// is more often the adjective.
fn adjective_like(w: &str) -> bool {
    // (None: five letters or more.)
    letters::<4>(w)
        .is_some_and(|(c, n)| n <= 3 || (n == 4 && (c[2] == 'ي' || c[2] == 'ا' || c[2] == 'و' || c[3] == 'ي')))
}

/// A first name that is also a frequent adjective (حل عادل، مستقبل باهر،
/// أفكار نبيلة، انسجام مطلق، عدد مختار), in the match key (ة as ه).
/// Hand-written from general knowledge.
fn adjective_name(w: &str) -> bool {
    matches!(
        w,
        // فاعل، فاعلة
        "عادل" | "عادله" | "باهر" | "باهره" | "فاضل" | "فاضله" | "كامل" | "كامله" | "زاهر" | "زاهره"
            | "ساطع" | "لامع" | "نافع" | "فائق" | "فائقه" | "واعد"
            // فعيلة (the masculine فعيل is `adjective_like`)
            | "نبيله" | "جميله" | "كريمه" | "سعيده" | "رشيده" | "سليمه" | "شريفه" | "امينه"
            | "عزيزه" | "لطيفه" | "حميده" | "مجيده" | "حكيمه" | "جليله" | "فريده" | "وحيده"
            | "عفيفه" | "رفيعه" | "بديعه" | "نجيبه" | "حسنه"
            // أفعل
            | "اسمر" | "ايسر" | "اكرم" | "اسعد" | "ازهر" | "ارشد"
            // مفعل، مفتعل
            | "مطلق" | "مختار" | "مشرق" | "مصلح" | "مرهف"
    )
}

/// Token `j` is an adjective after the indefinite noun before it (حل
/// عادل، أفكار نبيلة), or coordinated with such an adjective (سلام شامل
/// وعادل): the word before is indefinite and bare (after a known word
/// with و a verb is likelier: وقلل عادل), no name, cue, function word or
/// verb.
fn describes_noun_before(ctx: &Ctx, j: usize) -> bool {
    if j == 0 || !ctx.is_word(j - 1) || !adjective_name(ctx.stem(j)) {
        return false;
    }
    let p = &ctx.toks[j - 1];
    let w = ctx.stem(j - 1);
    p.bare()
        && !p.def
        && p.hit == 0
        && !p.has(
            class::FIRST
                | class::FIRST2
                | class::NAME2
                | class::STOP
                | class::SAY
                | class::TITLE
                | class::ROLE
                | class::CHAIN,
        )
        && w.chars().count() >= 2
        && !verb_shaped(ctx, w)
        && !past_verb_shaped(w)
        && !suffixed_verb_or_noun(ctx, j - 1)
        // (و + three letters is too often و + a past verb: وزار عادل.)
        && !(w.starts_with('و') && w.chars().count() == 4)
        && !ctx.text[p.end..ctx.toks[j].start].contains('\n')
}

/// A name ending in ة that also reads as a common word + the pronoun ه
/// (ناديه "his club", توفيقه "his success").
fn pronoun_suffixed(ctx: &Ctx, w: &str) -> bool {
    w.strip_suffix('ه').is_some_and(|s| ctx.lex.word(s) & (class::COMMON | class::STOP) != 0)
}

/// Token `j`, written with ه, is a first name + the pronoun ه (توفيقه
/// "his success"; not فاطمه, which is فاطمة).
fn name_with_pronoun(ctx: &Ctx, j: usize) -> bool {
    ends_in_ha(ctx, j) && ctx.stem(j).strip_suffix('ه').is_some_and(|s| ctx.lex.word(s) & class::FIRST != 0)
}

/// Token `k` after a nationality may start a foreign name: not shaped
/// like a verb (يقول، فقدوا، حرص، أنشأ) or a verbal noun (انخفاض،
/// منفتح); but a word in أن of five letters or with a long vowel after
/// the ن is a name (أنخيل، أنور، أنيس).
fn nationality_name_word(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    let an_name = hamza_alef(original_stem(ctx, k).as_bytes())
        && (w.chars().count() >= 5 || matches!(w.chars().nth(2), Some('و' | 'ي')));
    w.chars().count() >= 4
        && !w.starts_with(['ي', 'ت', 'ن'])
        && (an_name || !w.starts_with("ان"))
        && !w.starts_with("من")
        && !w.starts_with("مت")
        && !w.ends_with("وا")
        && !w.ends_with("ين")
        && !w.starts_with("مست")
        && !(w.chars().count() == 4 && w.ends_with('ت'))
        && !masdar_shaped(w)
}

/// A woman's nationality: a nisba in ة (الفرنسية، الروسية).
fn feminine_nisba(ctx: &Ctx, i: usize) -> bool {
    ctx.stem(i).ends_with("يه") && ctx.original_through(i).ends_with('ة')
}

/// Two unknown name words from token `k` (سفتلانا كوزنتسوفا، يانكو
/// تيبساروفيتش): neither a known or common word, a verb, a verbal noun or
/// a noun in ة, the second one bare and indefinite.
fn two_name_words(ctx: &Ctx, k: usize) -> bool {
    ctx.is_word(k)
        && ctx.toks[k].bare()
        && name_word_shape(ctx, k, ctx.stem(k), true)
        && ctx.is_word(k + 1)
        && ctx.toks[k + 1].bare()
        && name_word_shape(ctx, k + 1, ctx.stem(k + 1), false)
        && !ctx.text[ctx.toks[k].end..ctx.toks[k + 1].start].contains('\n')
}

/// Whether `w`, the stem of token `i` (or its letters after a glued و),
/// is shaped like a word of a foreign name: an unknown word or a first
/// name, not a verb, a verbal noun, a noun in ة, with a pronoun or in the
/// accusative, nor a sound plural. A verb before a name is no part of it
/// (تتهم روف); a name's first word may start with ي before ا or و at
/// its end (يانكو).
fn name_word_shape(ctx: &Ctx, i: usize, w: &str, first: bool) -> bool {
    let u = &ctx.toks[i];
    let verb = verb_shaped(ctx, w) && !(first && w.starts_with('ي') && w.ends_with(['ا', 'و']));
    !u.def
        && u.hit == 0
        && ctx.lex.word(w) & !class::FIRST == 0
        && w.chars().count() >= 3
        && unknown_name_word(ctx, w)
        && !verb
        && !masdar_shaped(w)
        && !past_verb_shaped(w)
        && !negated_verb(w)
        && !suffixed_verb_or_noun(ctx, i)
        && !accusative(ctx, w)
        && !with_tanwin(ctx, i)
        && !ctx.original_through(i).ends_with('ة')
        && !["ات", "ون", "ين", "وا"].iter().any(|x| w.ends_with(x))
}

/// Names coordinated after a person's name: و glued to two name words or
/// more (ادم ساندلر وكيت بيكنسيل وكريستوفر والكن، عمير بيرتس ودان
/// حالوتس). One word alone after و is too often a common noun.
fn coordinated_names(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.toks.len();
    let mut ends: Vec<usize> = out
        .iter()
        .filter(|c| match &c.target {
            Target::New(k, _, _) => *k == EntityType::Person,
            Target::Entry(e) => ctx.lex.entries[*e as usize].kind == EntityType::Person,
        })
        .filter_map(|c| {
            let e = ctx.toks.partition_point(|t| t.end < c.range.end);
            (e < n && ctx.toks[e].end == c.range.end).then_some(e)
        })
        .collect();
    ends.sort_unstable();
    ends.dedup();
    let mut next = 0;
    for mut e in ends {
        if e < next {
            continue;
        }
        loop {
            let k = e + 1;
            if !ctx.is_word(k) || !ctx.is_word(k + 1) || ctx.text[ctx.toks[e].end..ctx.toks[k].start].contains('\n') {
                break;
            }
            let t = &ctx.toks[k];
            let whole = &ctx.text[t.start..t.end];
            let Some(w) = whole.strip_prefix('و') else { break };
            let u = &ctx.toks[k + 1];
            if t.hit != 0
                || !(t.pre == 0 || (t.conj && t.pre == 2))
                || !name_word_shape(ctx, k, w, true)
                || !u.bare()
                || !name_word_shape(ctx, k + 1, ctx.stem(k + 1), false)
                || ctx.text[t.end..u.start].contains('\n')
            {
                break;
            }
            let end = chain(ctx, k + 1, false);
            out.push(Cand {
                range: Range::new(t.start + 'و'.len_utf8(), ctx.toks[end].end),
                target: Target::New(EntityType::Person, ctx.slug(k, end).trim_start_matches('و').to_string(), None),
                form: Form::Name,
                rule: "person:name+and+name",
            });
            e = end;
            next = end + 1;
        }
    }
}

/// An unknown bare word that may be a family name (خان، طباخ، مستور): no
/// known word, no lexicon match, shaped like a name word, without a
/// pronoun or a plural verb ending (منتقديه، سيطروا).
fn unknown_family_name(ctx: &Ctx, k: usize) -> bool {
    let u = &ctx.toks[k];
    u.flags == 0
        && u.hit == 0
        && u.bare()
        && !u.def
        && unknown_name_word(ctx, ctx.stem(k))
        && !suffixed_verb_or_noun(ctx, k)
        && !verb_shaped(ctx, ctx.stem(k))
}

/// علي right before a country or place is the preposition على spelled
/// with ي (علي لبنان), not the first name.
fn ali_before_place(ctx: &Ctx, i: usize) -> bool {
    ctx.stem(i) == "علي"
        && ctx
            .hit(i + 1)
            .is_some_and(|h| h.first == i + 1 && matches!(ctx.kind(h), EntityType::Country | EntityType::Location))
}

/// A single unknown word after a title that is no name: a noun in ة
/// (أمام عزيمة، سيدة محترمة), a word with a pronoun or a plural verb
/// ending (جمهوره، ليخبره), or a future verb with ف (فسيبذل).
fn title_complement(ctx: &Ctx, j: usize) -> bool {
    let w = ctx.stem(j);
    ctx.original_through(j).ends_with('ة') || suffixed_verb_or_noun(ctx, j) || w.starts_with("فس")
}

/// أمام written with the hamza above is the preposition "in front of",
/// not the title إمام.
fn preposition_amam(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    ctx.stem(i) == "امام" && {
        let (s, _) = ctx.doc.orig_bytes(Range::new(t.start + t.pre as usize, t.end));
        ctx.doc.original[s..].starts_with('أ')
    }
}

/// An indefinite accusative noun: a common word + the alef of the
/// accusative (اقتراحا، نفقا، حظا).
fn accusative(ctx: &Ctx, w: &str) -> bool {
    w.chars().count() >= 3 && w.strip_suffix('ا').is_some_and(|s| ctx.lex.word(s) & class::COMMON != 0)
}

/// علي before a noun that no name has after a first name (علي الهضبة،
/// علي ترقية، علي مشروعين، علي شعوبنا) is the preposition على spelled
/// with ي.
fn ali_before_noun(ctx: &Ctx, i: usize) -> bool {
    if ctx.stem(i) != "علي" || !ctx.is_word(i + 1) {
        return false;
    }
    let u = &ctx.toks[i + 1];
    if u.has(class::FIRST | class::CHAIN) || ctx.hit(i + 1).is_some_and(|h| ctx.kind(h) == EntityType::Person) {
        return false;
    }
    let w = ctx.stem(i + 1);
    let ta_marbuta = ctx.original_through(i + 1).ends_with('ة');
    if u.def {
        // A family name (علي الغانم، علي الشهري), not a common noun.
        return u.has(class::COMMON) || ta_marbuta || verbal_noun_shaped(w);
    }
    // A word in ي is a noun with "my" when the noun is a known one
    // (حسابي، صفحتي), and a family name otherwise (جعفري، خرمي). (ف +
    // علي is no name: انفتاح فعلي ديمقراطي "actual".)
    let my = w.strip_suffix('ي').is_some_and(|s| noun_under_pronoun(ctx, s, class::COMMON));
    let fa = ctx.text[ctx.toks[i].start..].starts_with('ف');
    u.has(class::COMMON) || ta_marbuta || my || fa || ["ات", "ين", "ون", "نا"].iter().any(|x| w.ends_with(x))
}

/// علي before a word that mostly follows the preposition على (علي الرغم،
/// علي ضرورة) is that preposition spelled with ي.
fn ali_preposition(ctx: &Ctx, i: usize) -> bool {
    ctx.stem(i) == "علي" && ctx.is_word(i + 1) && ctx.toks[i + 1].has(class::AFTER_ALA)
}

/// A first name after the preposition ل (لمحمد عبده، لهيلاري), unless the
/// whole word is a common one (لصالح "in favour of").
fn lil_name(ctx: &Ctx, i: usize) -> bool {
    name_after_preposition(ctx, i, 'ل', 4)
}

/// A first name after the preposition ب, with more name words after it
/// (الدفع بعبدالإله جلال، الملقب بعلي الكيماوي); alone it is too often a
/// common word with ب.
fn bi_name(ctx: &Ctx, i: usize) -> bool {
    name_after_preposition(ctx, i, 'ب', 3) && name_chain(ctx, i) > i
}

/// Token `i` is preposition `prep` (after an optional و) glued to an
/// indefinite stem of `min_letters` letters or more, and the whole word is
/// no common one.
fn name_after_preposition(ctx: &Ctx, i: usize, prep: char, min_letters: usize) -> bool {
    let t = &ctx.toks[i];
    let w = &ctx.text[t.start..t.end];
    let bare = w.strip_prefix('و').unwrap_or(w);
    t.prep
        && !t.def
        && (w.starts_with(prep) || bare.starts_with(prep) && bare.len() < w.len())
        && ctx.stem(i).chars().count() >= min_letters
        && ctx.lex.word(bare) & class::COMMON == 0
}

/// First names, titles and roles with name chains.
fn persons(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.toks.len();
    // The first token that a name found so far does not take.
    let mut next = 0;
    // The word classes that may start a name below (a demonym is a hit).
    const STARTS: u32 = class::TITLE | class::ROLE | class::CHAIN | class::FIRST | class::FIRST2 | class::SAY;
    // And the one-word demonyms, which start a name too (والفرنسي ليليان
    // تورام).
    let demonyms = ctx
        .hits
        .iter()
        .filter(|h| h.first == h.last && h.pat.form == Form::Demonym && !h.pat.ambiguous)
        .map(|h| h.first);
    for i in union(ctx.marked.iter().copied(), demonyms) {
        let t = ctx.toks[i];
        if i < next || (t.hit == 0 && !t.has(STARTS)) || !t.word {
            continue;
        }
        // سلطان، أمير are first names too: a name follows directly.
        let first_name_too = || t.has(class::FIRST) && t.bare() && !t.def && name_chain(ctx, i) > i;
        let cue = t.has(class::TITLE | class::ROLE) && t.hit == 0 && !first_name_too() && !preposition_amam(ctx, i);
        let mut start = None;
        let mut rule = "person:first-name";
        if cue {
            // Skip the rest of the cue: portfolio, nisba, body (وزير الخارجية
            // الأمريكي، المتحدث باسم الوزارة، الرئيس السابق).
            let mut j = i + 1;
            while j < n && j - i <= 6 && ctx.toks[j].word {
                let u = ctx.toks[j];
                if let Some(h) = ctx.hit(j) {
                    if ctx.kind(h) == EntityType::Person {
                        break;
                    }
                    j = h.last + 1;
                    continue;
                }
                if u.has(class::TITLE | class::ROLE | class::CUE_PART)
                    || (u.def && !u.has(class::FIRST | class::STOP))
                    || ctx.stem(j) == "باسم"
                {
                    j += 1;
                    continue;
                }
                break;
            }
            // A title that is also a common noun (الفريق "the team",
            // اللاعب) needs a first name or a known person after it.
            let noun_title = matches!(ctx.stem(i), "الفريق" | "فريق" | "اللاعب" | "اللاعبه" | "امام");
            if ctx.is_word(j)
                && (!noun_title
                    || ctx.toks[j].has(class::FIRST)
                    || ctx.hit(j).is_some_and(|h| ctx.kind(h) == EntityType::Person))
            {
                let u = ctx.toks[j];
                let person_hit = ctx.hit(j).is_some_and(|h| ctx.kind(h) == EntityType::Person);
                // علي spelled with ي after a title is the name, unless a
                // noun or place that follows على comes next; a function word
                // does not follow that preposition (الإمام علي في الكوفة).
                let ali = u.bare()
                    && ctx.stem(j) == "علي"
                    && !ctx.preposition_ali(j)
                    && !ali_before_place(ctx, j)
                    && (!ali_before_noun(ctx, j) || ctx.toks[j + 1].has(class::STOP))
                    && !ali_preposition(ctx, j);
                if person_hit
                    || ali
                    || (u.bare()
                        && (!u.def || u.has(class::FIRST))
                        && !u.has(class::STOP | class::ROLE | class::TITLE | class::ORG_HEAD | class::PLACE_HEAD)
                        && (u.has(class::FIRST)
                            || (!u.has(class::COMMON)
                                && (unknown_name_word(ctx, ctx.stem(j)) || foreign_w(ctx, j))
                                && !masdar_shaped(ctx.stem(j))
                                && !negated_verb(ctx.stem(j))
                                && !with_tanwin(ctx, j))
                            || (j == i + 1 && first_name_before_name(ctx, j))
                            || (u.has(class::FIRST2) && ((t.has(class::TITLE) && t.def) || family_name_after(ctx, j)))))
                {
                    start = Some(j);
                    rule = if t.has(class::TITLE) { "person:title+name" } else { "person:role+name" };
                }
            }
            if start.is_none() && title_family_name(ctx, i, j) {
                start = Some(i + 1);
                rule = "person:title+name";
            }
        } else if t.has(class::CHAIN) && t.hit == 0 && (t.bare() || t.conj || lil_name(ctx, i)) && kunya_start(ctx, i) {
            // A name that starts with أبو، ابن، بن: أبو طالب، ابن بطوطة.
            start = Some(i);
            rule = "person:kunya";
        } else if t.has(class::FIRST)
            && t.hit == 0
            && (t.bare() || t.conj || lil_name(ctx, i) || bi_name(ctx, i))
            && !ctx.preposition_ali(i)
            && !ali_before_place(ctx, i)
            && !ali_before_noun(ctx, i)
            && !ali_preposition(ctx, i)
        {
            if facility_before(ctx, i) {
                // The whole name belongs to the facility (مدرسة أحمد بن محمد).
                next = name_chain(ctx, i) + 1;
                continue;
            }
            start = Some(i);
        } else if t.has(class::FIRST2)
            && t.hit == 0
            && (t.bare() || t.conj)
            && family_name_after(ctx, i)
            && ctx.original_through(i + 1).ends_with('ي')
        {
            // A first name that is also a common word, before a family
            // name in ي, which after an indefinite noun is no adjective:
            // فارس الشهري، ورمضان الزهراني (not عيد الأضحى، صباح الطهر).
            start = Some(i);
            rule = "person:first2+family";
        } else if let Some(h) = ctx.hit(i).filter(|h| {
            h.first == i
                && h.last == i
                && h.pat.form == Form::Demonym
                && !h.pat.ambiguous
                && t.def
                // A man's or a woman's nationality (الفرنسي، الفرنسية), not a
                // plural (الفرنسيون).
                && (ctx.stem(i).ends_with('ي') || feminine_nisba(ctx, i))
        }) {
            // A nationality used as a noun before a foreign name: والفرنسي
            // ليليان تورام، البرازيلي إيمرسون، للكيني كومان ويلي رونو. A
            // woman's (الروسية سفتلانا كوزنتسوفا), and a nationality after a
            // preposition, which may be an adjective of the noun before,
            // needs a first name or two name words.
            let k = h.last + 1;
            let weak = t.prep || !ctx.stem(i).ends_with('ي');
            // A woman's nationality after a definite noun is its adjective
            // (شركة السيارات الصينية سياك).
            let adjective = !ctx.stem(i).ends_with('ي') && i > 0 && ctx.is_word(i - 1) && ctx.toks[i - 1].def;
            if ctx.is_word(k) {
                let u = ctx.toks[k];
                let two = two_name_words(ctx, k);
                if u.bare()
                    && !adjective
                    && (!weak || two || u.has(class::FIRST))
                    && u.hit == 0
                    && !u.def
                    && !u.has(
                        class::STOP
                            | class::ROLE
                            | class::TITLE
                            | class::ORG_HEAD
                            | class::PLACE_HEAD
                            | class::SAY
                            | class::COMMON,
                    )
                    && speaker_word(ctx, ctx.stem(k))
                    && (nationality_name_word(ctx, k) || two)
                {
                    start = Some(k);
                    rule = "person:nationality+name";
                }
            }
        } else if t.has(class::SAY) && t.hit == 0 && ctx.is_word(i + 1) && !after_preposition(ctx, i) {
            // A speaker right after a verb of saying: وقال أنان، وأضاف لحود.
            let u = ctx.toks[i + 1];
            let person_hit = ctx.hit(i + 1).is_some_and(|h| ctx.kind(h) == EntityType::Person);
            if person_hit
                || (u.bare()
                    && u.hit == 0
                    && (!u.def || u.has(class::FIRST))
                    && !u.has(
                        class::STOP | class::ROLE | class::TITLE | class::ORG_HEAD | class::PLACE_HEAD | class::SAY,
                    )
                    && (u.has(class::FIRST)
                        || (u.has(class::FIRST2) && (family_name_after(ctx, i + 1) || before_that(ctx, i + 1)))
                        || (!u.has(class::COMMON) && speaker_word(ctx, ctx.stem(i + 1)) && !with_tanwin(ctx, i + 1))
                        || (u.flags == 0 && speaker_before_that(ctx, i + 1))))
            {
                start = Some(i + 1);
                rule = "person:say+name";
            } else if definite_speaker(ctx, i + 1) {
                start = Some(i + 1);
                rule = "person:say+surname";
            }
        }
        let Some(j) = start else {
            continue;
        };
        if let Some(h) = ctx.hit(j).filter(|h| ctx.kind(h) == EntityType::Person) {
            // A known person: the lexicon candidate stands; extend it if a
            // longer chain follows.
            let end = name_chain(ctx, h.last);
            if end > h.last {
                let id = ctx.slug(j, end);
                out.push(Cand {
                    range: ctx.range(j, end),
                    target: Target::New(EntityType::Person, id, None),
                    form: Form::Name,
                    rule,
                });
            }
            next = end + 1;
            continue;
        }
        // A kunya holds at least its particle and the word after it.
        let cued = cue || rule == "person:nationality+name" || rule == "person:say+name";
        let end = if rule == "person:kunya" { name_chain(ctx, j + 1) } else { chain(ctx, j, cued) };
        let verb_like = ctx.stem(j).starts_with(['ي', 'ت', 'ن', 'س']);
        let said = rule == "person:say+name" || rule == "person:say+surname";
        // A first name alone, except the ones that are also frequent
        // function words (علي for على, باسم "in the name of", عمر "age").
        let lone = rule == "person:first-name"
            && !ctx.toks[j].has(class::COMMON)
            && !ctx.toks[j].def
            && (ctx.toks[j].bare() || ctx.text[ctx.toks[j].start..].starts_with(['و', 'ل']))
            && !function_word_name(ctx.stem(j))
            && !adjective_like(ctx.stem(j))
            && !describes_noun_before(ctx, j)
            && !pronoun_suffixed(ctx, ctx.stem(j))
            && !name_with_pronoun(ctx, j)
            && !clitic_reading(ctx, j)
            && !with_tanwin(ctx, j);
        let single_ok = lone
            // (A first2 name after a verb of saying stands before what was
            // said: وأوضح فارس أن.)
            || ((said || rule == "person:nationality+name") && !ctx.toks[j].has(class::COMMON))
            || (said && ctx.toks[j].has(class::FIRST2))
            || cue
                && (ctx.toks[j].has(class::FIRST)
                    || (t.has(class::TITLE) && t.def && ctx.toks[j].has(class::FIRST2))
                    || ctx.hit(j).is_some()
                    || (t.has(class::TITLE)
                        && !ctx.toks[j].has(class::COMMON)
                        // (A word in و alone is too often و + a verb.)
                        && unknown_name_word(ctx, ctx.stem(j))
                        && !verb_like
                        && !title_complement(ctx, j)
                        && !masdar_shaped(ctx.stem(j))
                        && !dual_shaped(ctx, ctx.stem(j))
                        && !ctx.stem(j).ends_with("ات")
                        && !with_tanwin(ctx, j)));
        // A noun in the accusative after a verb or title is its object or
        // complement, no name (رفض اقتراحا، الأكثر حظا); nor is an unknown
        // word that starts with ب، ل or ك before a hamza, which is that
        // preposition on a word (بأطيب، لإطارات، لألومبياد), unless a long
        // vowel follows as in a foreign name (لأينشتاين).
        if ctx.preposition_ali(j)
            || (rule != "person:first-name" && !ctx.toks[j].has(class::FIRST) && accusative(ctx, ctx.stem(j)))
            || (ctx.toks[j].pre == 0
                && ctx.stem(j).starts_with(['ب', 'ل', 'ك'])
                && glued_hamza(ctx, j)
                && !matches!(ctx.stem(j).chars().nth(2), Some('ي' | 'و')))
        {
            continue;
        }
        let a = match rule {
            "person:first-name" => given_name_before(ctx, j, end).unwrap_or_else(|| lineage_before(ctx, j)),
            "person:kunya" => lineage_before(ctx, j),
            _ => j,
        };
        if end > j || single_ok || a < j {
            out.push(ctx.person(a, end, rule));
            next = end + 1;
        }
    }
}

/// The start of a run of one to four name words that ends right before
/// token `r`: first names or unknown words not shaped like verbs, plurals
/// or suffixed nouns, the last one possibly a definite family name; None
/// if there is none.
fn name_run(ctx: &Ctx, r: usize) -> Option<usize> {
    let name_word = |k: usize, last: bool| {
        let u = &ctx.toks[k];
        let w = ctx.stem(k);
        if !u.word || u.hit != 0 || u.prep {
            return false;
        }
        // A particle inside a foreign name: رود فان نيستلروي، أليساندرو دل بييرو.
        if !last && u.bare() && matches!(w, "فان" | "فون" | "دي" | "دا" | "دو" | "دل" | "لا" | "لو") {
            return true;
        }
        if u.has(class::FIRST) {
            return !u.has(class::STOP | class::ROLE | class::TITLE) && w != "باسم";
        }
        if u.flags != 0
            || !unknown_name_word(ctx, w)
            || verb_shaped(ctx, w)
            || pronoun_suffixed(ctx, w)
            || masdar_shaped(w)
        {
            return false;
        }
        // Not shaped like a past verb (كرر، ناشد، بحثت) or a verbal noun
        // تفعيل (تلويح).
        let letters = w.chars().count();
        let taf3il = letters == 5 && w.starts_with('ت') && w.chars().nth(3) == Some('ي');
        if letters == 3 || triliteral_shaped(w) || (letters == 4 && w.ends_with('ت')) || taf3il {
            return false;
        }
        let plural = ["ات", "ون", "ين", "ان", "اء"].iter().any(|s| w.ends_with(s));
        !plural && !w.ends_with('ه') && (!u.def || (last && w.chars().count() >= 5))
    };
    let mut a = r;
    while a > 0 && r - a < 4 && name_word(a - 1, a == r) && (a == r || ctx.toks[a].bare()) {
        a -= 1;
        if ctx.toks[a].conj {
            break;
        }
    }
    // Not starting on a particle.
    while a < r && ctx.toks[a].bare() && matches!(ctx.stem(a), "فان" | "فون" | "دي" | "دا" | "دو" | "دل" | "لا" | "لو")
    {
        a += 1;
    }
    if a == r {
        return None;
    }
    // A single definite word needs a family-name shape (الآلوسي).
    if a + 1 == r && ctx.toks[a].def && !is_nisba(ctx.stem(a)) {
        return None;
    }
    // A single word: the word before is no unknown word that the name
    // would continue (a noun with a pronoun may stand there: مواطنه هنري).
    if a + 1 == r && a > 0 && ctx.is_word(a - 1) && !ctx.toks[a].conj {
        let p = &ctx.toks[a - 1];
        if p.flags == 0 && p.hit == 0 && !p.def && !ctx.stem(a - 1).ends_with('ه') {
            return None;
        }
    }
    Some(a)
}

/// A name known from the words around it: before an age or years of life
/// in parentheses (فينغر ( 56 عاما ), سلامة موسى ( 1887 - 1958 )); after a
/// noun such as أسرة or نظرية (see `name_after_owner`); before the relative الذي,
/// which follows only a definite noun, so an unknown bare word before it
/// is a proper name (شفتشينكو الذي سجل); between عن and قوله "his saying"
/// (نقلت الوكالة عن كينيون قوله); between a `subject_particle` and a verb
/// (see `name_before_verb`).
fn names_by_context(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.toks.len();
    // The names before a verb, with the verb's token, in order: a name run
    // is at most four words, so the verb stands two to five tokens after
    // the particle. (Windows that overlap yield each token once.)
    let mut before_verbs = Vec::new();
    let mut seen = 0;
    for k in ctx.marked.iter().copied().filter(|&k| subject_particle(ctx, k)) {
        for r in (k + 2).max(seen)..(k + 6).min(n) {
            if let Some(c) = name_before_verb(ctx, r) {
                before_verbs.push((r, c));
            }
        }
        seen = k + 6;
    }
    let mut before_verbs = before_verbs.into_iter().peekable();
    for r in ctx.marked.iter().copied().filter(|&r| r > 0) {
        // (The candidates go out in the order of their tokens.)
        while let Some((_, c)) = before_verbs.next_if(|&(v, _)| v <= r) {
            out.push(c);
        }
        if ctx.punct(r) == Some('(') && age_or_lifespan(ctx, r) {
            // The word before the run may not be a name word the run left
            // out (سلامة موسى، راندولف بروس اداير).
            let whole = |a: usize| {
                a == 0 || !ctx.is_word(a - 1) || {
                    let p = &ctx.toks[a - 1];
                    !p.has(class::FIRST | class::NAME2 | class::CHAIN)
                        && (p.flags != 0 || (p.def && p.bare()) || p.prep)
                }
            };
            if let Some(a) = name_run(ctx, r)
                && whole(a)
                && !facility_before(ctx, a)
            {
                out.push(ctx.person(a, r - 1, "person:name+age"));
            }
            continue;
        }
        let t = &ctx.toks[r];
        if !t.has(class::RULE_WORD) || !t.bare() {
            continue;
        }
        let rule = match ctx.stem(r) {
            "الذي" => "person:name+relative",
            "قوله" | "قولها" => "person:an+name+qawluh",
            // أسرة، عائلة، عشيرة، قبيلة، نظرية: a name after them.
            "اسره" | "عائله" | "عشيره" | "قبيله" | "نظريه" => {
                name_after_owner(ctx, r, out);
                continue;
            }
            _ => continue,
        };
        let Some(a) = name_run(ctx, r) else { continue };
        if facility_before(ctx, a) {
            continue;
        }
        // A definite word before الذي is an adjective (الموقف المأساوي الذي).
        if rule == "person:name+relative" && (a..r).any(|k| ctx.toks[k].def) {
            continue;
        }
        if rule == "person:an+name+qawluh" && !(a > 0 && ctx.is_word(a - 1) && ctx.stem(a - 1) == "عن") {
            continue;
        }
        out.push(ctx.person(a, r - 1, rule));
    }
    out.extend(before_verbs.map(|(_, c)| c));
}

/// The name of a subject that ends right before the verb at token `r`,
/// found within five tokens after a `subject_particle`: a name run right
/// after the particle, of `subject_name_word`s (إن فيرغسون يواصل).
fn name_before_verb(ctx: &Ctx, r: usize) -> Option<Cand> {
    // (The name's last word is tested first, as it is cheap: a word of no
    // lexicon hit, without a preposition or the article, unknown or a first
    // name; see `name_run` and `subject_name_word`.)
    let (t, last) = (&ctx.toks[r], &ctx.toks[r - 1]);
    if !(last.word
        && last.hit == 0
        && !last.prep
        && !last.def
        && (last.flags == 0 || last.has(class::FIRST))
        && t.word
        && t.bare()
        && verb_after_subject(ctx, r))
    {
        return None;
    }
    let a = name_run(ctx, r)?;
    (a > 0 && subject_particle(ctx, a - 1) && (a..r).all(|k| subject_name_word(ctx, k)) && !facility_before(ctx, a))
        .then(|| ctx.person(a, r - 1, "person:an+name+verb"))
}

/// A particle that a sentence's subject follows: أن، إن، لكن، كان (with
/// any clitic: بأن، ولكن، وكان). A common noun there is mostly definite
/// (أن الحكومة), so an unknown indefinite word is a proper name.
fn subject_particle(ctx: &Ctx, i: usize) -> bool {
    // (فان without hamza is a name's particle: إن فان باستن. The class
    // rules out nearly every word before the stem is compared.)
    ctx.toks.get(i).is_some_and(|t| t.has(class::RULE_WORD))
        && matches!(ctx.stem(i), "ان" | "لكن" | "كان")
        && !(ctx.text[ctx.toks[i].start..].starts_with('ف') && ctx.written(i) == "فان")
}

/// A word of a subject's name after `subject_particle`: indefinite, in
/// Arabic letters, and none of the other words that stand there: an
/// accusative (لغما، مقفلا), a noun with a pronoun (دورك، أجدادنا، أهلي،
/// ناديه، مشاكلهن), a word with ل + the article (للتو), a verb (كنتم) or
/// one in the subjunctive after أن (نتعلم، ترتكب: ت، ن or ي before a
/// consonant; أمضى in ى), a word that `speaker_word` rejects (مرتكبو), or
/// a first name that is also a function word (كان عمر الطفل "the child's
/// age").
fn subject_name_word(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    let mut c = w.chars();
    let (c0, c1) = (c.next().unwrap_or(' '), c.next().unwrap_or(' '));
    let verb = matches!(c0, 'ت' | 'ن' | 'ي') && !matches!(c1, 'ا' | 'و' | 'ي');
    let my = w.strip_suffix('ي').is_some_and(|s| ctx.lex.word(s) & class::COMMON != 0);
    !ctx.toks[k].def
        && !verb
        && !my
        && !function_word_name(w)
        && !ctx.original_through(k).ends_with('ى')
        && !pronoun_suffixed(ctx, w)
        && (ctx.toks[k].has(class::FIRST) || speaker_word(ctx, w))
        && c0 >= '\u{0621}'
        && !w.starts_with("لل")
        && !w.ends_with(['ا', 'ك'])
        && !["نا", "كم", "هم", "تم"].iter().any(|x| w.ends_with(x))
}

/// Token `r` starts the predicate of a subject that stands before it: قد،
/// لم، لن، سوف، لا, a verb of saying, an imperfect or future verb
/// (يواصل، سينتقل، يظل، يجب) or a past verb of the derived stems (انضم،
/// أكد).
fn verb_after_subject(ctx: &Ctx, r: usize) -> bool {
    let w = ctx.stem(r);
    ctx.toks[r].bare()
        && !ctx.toks[r].def
        && (matches!(w, "قد" | "لم" | "لن" | "سوف" | "لا")
            || ctx.toks[r].has(class::SAY)
            || verb_shaped(ctx, w)
            || (w.starts_with('ي') && w.chars().count() == 3)
            || past_verb_shaped(w))
}

/// A person's age or years of life in parentheses from token `r`, an
/// opening parenthesis: ( 56 عاما )، (47 سنة)، ( 1887 - 1958 ).
fn age_or_lifespan(ctx: &Ctx, r: usize) -> bool {
    let number = |i: usize| {
        ctx.toks
            .get(i)
            .is_some_and(|t| !t.word && ctx.text[t.start..t.end].chars().all(|c| c.is_ascii_digit()) && t.end > t.start)
    };
    let len = |i: usize| ctx.toks[i].end - ctx.toks[i].start;
    let close = |i: usize| ctx.punct(i) == Some(')');
    let age = number(r + 1)
        && len(r + 1) <= 3
        && ctx.is_word(r + 2)
        && matches!(ctx.stem(r + 2), "عاما" | "عام" | "سنه" | "سنوات" | "سنة")
        && close(r + 3);
    // (Not a season: 2006-2007.)
    let year = |i: usize| ctx.text[ctx.toks[i].start..ctx.toks[i].end].parse::<u32>().unwrap_or(0);
    let lifespan = number(r + 1)
        && len(r + 1) == 4
        && ctx.punct(r + 2) == Some('-')
        && number(r + 3)
        && len(r + 3) == 4
        && (20..=110).contains(&year(r + 3).saturating_sub(year(r + 1)))
        && close(r + 4);
    age || lifespan
}

/// An unknown name-shaped word after an owner noun `r` (أسرة، نظرية) is
/// a person's or a family's name, with the name words that follow it.
fn name_after_owner(ctx: &Ctx, r: usize, out: &mut Vec<Cand>) {
    let k = r + 1;
    if ctx.toks[r].hit != 0 || !ctx.is_word(k) {
        return;
    }
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    let letters = w.chars().count();
    let plural = ["ات", "ون", "ين", "ان", "اء"].iter().any(|s| w.ends_with(s));
    if !u.bare()
        || u.def
        || u.hit != 0
        || u.flags != 0
        || letters < 3
        || plural
        || !unknown_name_word(ctx, w)
        || verb_shaped(ctx, w)
        || masdar_shaped(w)
        || past_verb_shaped(w)
        // A verb تتفعل (تتكفل), a noun with ي "my" (زوجتي).
        || w.starts_with("تت")
        || w.ends_with("تي")
        || suffixed_verb_or_noun(ctx, k)
        || ctx.original_through(k).ends_with('ة')
        || with_tanwin(ctx, k)
    {
        return;
    }
    let end = chain(ctx, k, false);
    out.push(ctx.person(k, end, "person:owner+name"));
}

/// A job noun in construct that follows a name in apposition: لام أكول
/// وزير الخارجية، روبي كين قائد المنتخب.
fn apposition_role(w: &str) -> bool {
    matches!(
        w,
        "وزير"
            | "وزيره"
            | "رئيس"
            | "رئيسه"
            | "نائب"
            | "مدير"
            | "مديره"
            | "امين"
            | "سفير"
            | "مستشار"
            | "مساعد"
            | "قائد"
            | "محافظ"
            | "وكيل"
            | "عضو"
            | "زعيم"
            | "مندوب"
            | "مبعوث"
            | "مدرب"
            | "مراسل"
            | "متحدث"
            | "ناطق"
    )
}

/// A name right before a job noun in apposition (وانغ ليانماو نائب رئيس
/// المتحف، الآلوسي رئيس حزب الأمة): one to three unknown words or first
/// names, the last one possibly a definite family name, with the job
/// noun in construct before a definite word or a known name.
fn names_before_roles(ctx: &Ctx, out: &mut Vec<Cand>) {
    for &r in &ctx.marked {
        let t = &ctx.toks[r];
        if r == 0
            || !t.has(class::ROLE | class::TITLE)
            || !t.word
            || !t.bare()
            || t.def
            || t.hit != 0
            || !apposition_role(ctx.stem(r))
        {
            continue;
        }
        let governs = ctx.is_word(r + 1) && {
            let v = &ctx.toks[r + 1];
            v.def || v.hit != 0 || v.has(class::ORG_HEAD | class::ROLE) || ctx.stem(r + 1) == "عام"
        };
        if !governs {
            continue;
        }
        let Some(a) = name_run(ctx, r) else { continue };
        out.push(ctx.person(a, r - 1, "person:name+role"));
    }
}

/// A sentence that opens with و + a verb, then a foreign name: the verb's
/// subject (وعلق باريرا على الاتفاق، ويعتمد فيرغوسن في خط الوسط). A verb
/// of saying has its own rule (see `persons`).
fn names_after_opening_verb(ctx: &Ctx, out: &mut Vec<Cand>) {
    for s in ctx.doc.sentences() {
        let i = s.tokens.0 as usize;
        let Some(t) = ctx.toks.get(i) else { continue };
        if !t.word
            || !ctx.text.as_bytes()[t.start..].starts_with("و".as_bytes())
            || t.prep
            || t.def
            || t.hit != 0
            || t.has(class::SAY | class::STOP)
        {
            continue;
        }
        let j = i + 1;
        if !opening_verb(ctx, i) || !ctx.is_word(j) || !subject_name(ctx, j) {
            continue;
        }
        // More name words may follow (إيتالو زانزي، راندولف بروس اداير).
        let mut end = j;
        while end - j < 2 && ctx.is_word(end + 1) && more_name(ctx, end + 1) {
            end += 1;
        }
        out.push(ctx.person(j, end, "person:verb+name"));
    }
}

/// Token `i`, after its و, may be a verb in the masculine: three to six
/// letters, not a noun in م, ة or a plural, nor a word with a pronoun or
/// in the accusative, nor a preposition or function word (وبموجب، ورغم،
/// ونحن، ومعظم).
fn opening_verb(ctx: &Ctx, i: usize) -> bool {
    let t = &ctx.toks[i];
    let Some(w) = ctx.text[t.start..t.end].strip_prefix('و') else { return false };
    let Some((c, n)) = letters::<6>(w) else { return false };
    let function = matches!(c[0], 'ب' | 'ل')
        || matches!(w, "نحن" | "لكن" | "كيف" | "ليت" | "هناك" | "هنا" | "سوف" | "رغم" | "قرب" | "حول" | "عند");
    // A verb in the feminine has mostly a company, a product or a place
    // for its subject (وتتولى جودي، وتعد تاهو، وقتلت إنفلونزا): past in ت,
    // or imperfect in ت other than a past تفعّل، تفاعل (وتغلب، وتراجع).
    let feminine = (n >= 4 && c[n - 1] == 'ت') || (c[0] == 'ت' && n != 4 && !(n == 5 && c[2] == 'ا'));
    // فعال is a noun (وحزام).
    let noun = (c[0] == 'م' && n > 3) || (n == 4 && c[2] == 'ا' && c[0] != 'ا');
    n >= 3
        && !function
        && !feminine
        && !noun
        && !t.has(class::FIRST | class::TITLE | class::ROLE | class::ORG_HEAD | class::PLACE_HEAD)
        && !matches!(c[n - 1], 'ا' | 'ه')
        && !matches!((c[n - 2], c[n - 1]), ('ا', 'ت') | ('و' | 'ي', 'ن') | ('ه', 'م'))
        && !ctx.original_through(i).ends_with('ة')
}

/// Token `j` may be a word of a subject's foreign name: an unknown word
/// shaped like a name word and like a foreign one.
fn subject_name(ctx: &Ctx, j: usize) -> bool {
    let u = &ctx.toks[j];
    let w = ctx.stem(j);
    u.bare()
        && !u.def
        && u.flags == 0
        && u.hit == 0
        && name_word_shape(ctx, j, w, true)
        && speaker_word(ctx, w)
        && foreign_shaped(ctx, j)
}

/// Token `k` goes on a foreign name: an unknown word of four letters or
/// more with two long vowels (زانزي، اداير، كيمورا; not ملخص، سادس), not
/// in ي (مباراتي "my match" or a nisba) unless shaped like a foreign
/// word, nor a plural or a noun in ة.
fn more_name(ctx: &Ctx, k: usize) -> bool {
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    let Some((c, n)) = letters::<16>(w) else { return false };
    u.bare()
        && !u.def
        && u.flags == 0
        && u.hit == 0
        && n >= 4
        && c[..n].iter().filter(|&&x| matches!(x, 'ا' | 'و' | 'ي')).count() >= 2
        && (c[n - 1] != 'ي' || foreign_shaped(ctx, k))
        // (Not و + a word, nor a word with a pronoun: وزملاؤه، بمقالاته.)
        && c[0] != 'و'
        && !["ات", "ون", "ين", "وا", "ه"].iter().any(|x| w.ends_with(x))
        && !ctx.original_through(k).ends_with('ة')
        && !with_tanwin(ctx, k)
}

/// An unknown word shaped like a foreign name rather than an Arabic word:
/// five letters or more with two long vowels after the first letter
/// (باريرا، فيرغوسن، كانافارو), none of the Arabic shapes that also have
/// them: a broken plural مفاعل، فواعل، أفعال، فعائل (مراكب، قوافل،
/// أذواق، ستائر), a noun فاعول (حاسوب), a plural in و of construct
/// (سائقو، خريجو), a dual or plural ending, a pronoun (نظرك، جبيني،
/// دعوانا), a verb or verbal noun (نقاوم، أتناول، احتياطي), ل on a word,
/// or ب on a known word or a verbal noun (لاختتام، بإحراق).
fn foreign_shaped(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    let Some((c, n)) = letters::<16>(w) else { return false };
    let vowel = |x: char| matches!(x, 'ا' | 'و' | 'ي');
    let vowels = |to: usize| c[1..to].iter().filter(|&&x| vowel(x)).count();
    if n < 5 || vowels(n) < 2 {
        return false;
    }
    let known = |x: &str| ctx.lex.word(x) & (class::COMMON | class::STOP) != 0;
    // A noun with the pronoun ي "my" or a nisba: in ي, two long vowels
    // are needed before it (مونتاري).
    let my = w.strip_suffix('ي').is_some_and(|s| known(s) || s.ends_with('ت') || vowels(n - 1) < 2);
    let plural = (c[2] == 'ا' && (c[0] == 'م' || c[1] == 'و' || c[n - 2] == 'ي'))
        || (c[0] == 'ا' && n == 5 && c[3] == 'ا')
        || (n == 5 && c[1] == 'ا' && matches!(c[3], 'و' | 'ي'));
    let construct = n == 5 && matches!(c[4], 'و' | 'ا') && (c[1] == 'ا' || matches!(c[2], 'ا' | 'ي'));
    // An imperfect نفعل، أتفعل, or افتعل and its verbal noun (احتياطي).
    let verb = (matches!(c[0], 'ن' | 'ت') && !vowel(c[1]))
        || (c[0] == 'ا' && matches!(c[1], 'ت' | 'ن' | 'س') && !vowel(c[2]))
        || (c[0] == 'ا' && matches!(c[2], 'ت' | 'ط'));
    !my && !plural
        && !construct
        && !verb
        && c[0] != 'ل'
        && !(c[0] == 'ب' && (glued_hamza(ctx, k) || known(&w[2..]) || masdar_shaped(&w[2..])))
        && !["ان", "ين", "ون", "ات", "وا", "يو", "نا", "ك", "ه"].iter().any(|x| w.ends_with(x))
}

/// A definite family name right after a verb of saying, before what was
/// said: وقال المالكي إن، وأشار السقاف إلى أن، أضاف الحريري: (a common
/// definite noun there is no name: وقال البيان إن).
fn definite_speaker(ctx: &Ctx, k: usize) -> bool {
    definite_family_name(ctx, k)
        && match ctx.punct(k + 1) {
            Some(c) => c == ':' || is_quote(c),
            None => ctx.is_word(k + 1) && matches!(ctx.stem(k + 1), "ان" | "انه" | "انها" | "الي"),
        }
}

/// Token `k` may be a definite family name: a bare definite word of five
/// letters or more that is no known or common word, nor a plural or dual
/// (الخبراء، الرجلان، المسؤولون), a noun in ة or with ه, or a verbal noun
/// (التمسك).
fn definite_family_name(ctx: &Ctx, k: usize) -> bool {
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    u.bare()
        && u.def
        && u.hit == 0
        && u.flags == 0
        && w.chars().count() >= 5
        && !["ات", "ون", "ين", "ان", "اء"].iter().any(|s| w.ends_with(s))
        && !w.ends_with('ه')
        && !verbal_noun_shaped(w)
}

/// A common word that is also a first name (first2: أشرف، name2: طلعت،
/// مبارك) right before the first name at token `j`, on its line: the
/// person's given name, the name at `j` their father's (طلعت زكريا،
/// مبارك مصطفى، وأشرف عبد الباقي). Not after a first name, whose family
/// name it is (حسام غالي), nor before a name in و (محمد عيد وجمعان), nor
/// ب or ل on a known word (لصالح، بفضل), nor before علي (عزيز علي) or a
/// first name alone that is also a common word or shaped like an adjective
/// (عيد سعيد، هلال سامي); the name at `j` ends at token `end`.
fn given_name_before(ctx: &Ctx, j: usize, end: usize) -> Option<usize> {
    let i = j.checked_sub(1)?;
    let p = &ctx.toks[i];
    let w = ctx.stem(i);
    let clitic = w.strip_prefix(['ب', 'ل']).is_some_and(|r| ctx.lex.word(r) != 0);
    let after_first = i > 0 && ctx.toks[i - 1].word && ctx.toks[i - 1].has(class::FIRST | class::COMPOUND2);
    (p.word
        && (p.bare() || p.conj)
        && !p.def
        && p.hit == 0
        && (p.has(class::FIRST2 | class::NAME2) || unknown_given_name(ctx, i))
        && !p.has(class::STOP | class::SAY | class::TITLE | class::ROLE)
        && ctx.toks[j].bare()
        && ctx.stem(j) != "علي"
        && (end > j || !(ctx.toks[j].has(class::COMMON) || adjective_like(ctx.stem(j))))
        && !after_first
        && !clitic
        && !ctx.text[p.end..ctx.toks[j].start].contains('\n'))
    .then_some(i)
}

/// The start of a name whose first words stand before token `j`, where
/// a name starts: a kunya's particle (لأبي خليل القباني، وأبو زكريا; with
/// ب only as written with hamza: بأبي, not بابا), ابن (ابن خلدون), or a
/// given name before بن, ابن or بنت: an unknown word before بن (سهل بن
/// حنيف), not in ة as written (ألفية بن عمار), or a first name that is
/// also a common word (عيد بن نايف العتيبي). `j` if none.
fn lineage_before(ctx: &Ctx, j: usize) -> usize {
    if j == 0 || !ctx.is_word(j - 1) || ctx.toks[j - 1].hit != 0 || ctx.toks[j - 1].def {
        return j;
    }
    let p = &ctx.toks[j - 1];
    let link = ctx.stem(j - 1);
    if matches!(link, "ابو" | "ابي" | "ابا") && (!p.prep || ctx.written(j - 1).contains('أ')) {
        return j - 1;
    }
    if !matches!(link, "بن" | "ابن" | "بنت") || !p.bare() {
        return j;
    }
    let own = if link == "ابن" { j - 1 } else { j };
    if j < 2 || !ctx.is_word(j - 2) {
        return own;
    }
    let q = &ctx.toks[j - 2];
    let w = ctx.stem(j - 2);
    let given = q.has(class::FIRST2)
        || (link == "بن"
            && q.flags == 0
            && unknown_name_word(ctx, w)
            && !verb_shaped(ctx, w)
            && !masdar_shaped(w)
            && !suffixed_verb_or_noun(ctx, j - 2)
            && !ctx.original_through(j - 2).ends_with('ة'));
    if given && q.hit == 0 && !q.def && (q.bare() || q.conj) && !facility_before(ctx, j - 2) { j - 2 } else { own }
}

/// A chain particle that starts a name (أبو طالب، ابن بطوطة، بن لادن):
/// one of أبو، أبي، أبا، ابن، بن، بو, and a name word after it (after
/// ابن، بن a first name, an unknown word or a family nisba).
fn kunya_start(ctx: &Ctx, i: usize) -> bool {
    if !matches!(ctx.stem(i), "ابو" | "ابي" | "ابا" | "ابن" | "بن" | "بو") || !ctx.is_word(i + 1) {
        return false;
    }
    // أبو + a noun is a kunya (أبو طالب); ابن + a common noun is a son.
    let father = !matches!(ctx.stem(i), "ابن" | "بن");
    // Not the middle of a chain (محمد بن سلمان is found from محمد, سهل بن
    // حنيف is no start): the word before is a function word, a cue or a
    // definite descriptor (الرحالة ابن بطوطة).
    if i > 0 && ctx.is_word(i - 1) {
        let p = &ctx.toks[i - 1];
        let cue = class::STOP | class::SAY | class::TITLE | class::ROLE | class::CUE_PART | class::GENERIC_ADJ;
        if p.has(class::FIRST | class::CHAIN) || p.hit != 0 || !(p.def || p.has(cue)) {
            return false;
        }
    }
    let u = &ctx.toks[i + 1];
    // (A verb cannot follow أبو: أبو طالب.)
    let not_name = if father { 0 } else { class::ROLE | class::SAY };
    if !u.bare() || u.hit != 0 || u.has(class::STOP | class::TITLE | class::ORG_HEAD | class::PLACE_HEAD | not_name) {
        return false;
    }
    let w = ctx.stem(i + 1);
    let plural = w.ends_with("ات") || w.ends_with("ين") || w.ends_with("ون");
    u.has(class::FIRST)
        || (!u.has(class::COMMON) && !u.def && unknown_name_word(ctx, w) && !verb_shaped(ctx, w))
        || (father && !u.def && !plural && w.chars().count() >= 3)
        || (u.def
            && !u.has(class::COMMON)
            && (father || (is_nisba(w) && w.ends_with('ي')))
            && w.chars().count() >= 5
            && !plural)
}

/// An abbreviation in parentheses after a name joins it, and so do its
/// later uses: وكالة الأنباء السعودية (واس).
fn parenthesized_abbreviations(ctx: &Ctx, out: &mut Vec<Cand>) {
    let n = ctx.toks.len();
    // Abbreviation -> (order found, its full name's candidate in `out`).
    let mut found: FastMap<&str, (usize, usize)> = FastMap::default();
    for (k, cand) in out.iter().enumerate() {
        // Only an organization's name takes an abbreviation: a word in
        // parentheses after a place is another place (القطيف (الكورنيش)).
        let organization = match cand.target {
            Target::Entry(e) => ctx.lex.entries[e as usize].kind == EntityType::Organization,
            Target::New(kind, _, _) => kind == EntityType::Organization,
        };
        if !organization {
            continue;
        }
        let last = ctx.toks.partition_point(|t| t.end <= cand.range.end.saturating_sub(1));
        let open = last + 1;
        if ctx.punct(open) != Some('(') {
            continue;
        }
        let close = (open + 1..(open + 5).min(n)).find(|&k| ctx.punct(k) == Some(')'));
        let Some(close) = close else { continue };
        if close != open + 2 || !ctx.toks[open + 1].word || ctx.toks[open + 1].hit != 0 {
            continue;
        }
        let w = &ctx.text[ctx.toks[open + 1].start..ctx.toks[open + 1].end];
        // Nor is a word with a clitic or the article one (حزب الاتحاد
        // الديمقراطي (الكردي)، (بالقدية)).
        let t = &ctx.toks[open + 1];
        if w.chars().count() < 2 || t.has(class::COMMON | class::STOP) || t.pre > 0 || t.def {
            continue;
        }
        let order = found.len();
        found.entry(w).or_insert((order, k));
    }
    if found.is_empty() {
        return;
    }
    for (i, t) in ctx.toks.iter().enumerate() {
        if !t.word || t.hit != 0 {
            continue;
        }
        let w = &ctx.text[t.start..t.end];
        let whole = found.get(w);
        let stem = if t.pre > 0 { found.get(ctx.stem(i)) } else { None };
        // The abbreviation found first, the whole word or its stem.
        if let Some(&(_, k)) = whole.into_iter().chain(stem).min() {
            let s = if whole.is_some() { t.start } else { t.start + t.pre as usize };
            out.push(Cand {
                range: Range::new(s, t.end),
                target: out[k].target.clone(),
                form: Form::Abbreviation,
                rule: "coref:abbreviation",
            });
        }
    }
}

/// Word classes of the words that no surname ends with.
const NO_SURNAME: u32 = class::FIRST | class::COMMON | class::CHAIN;

/// A surname alone refers to the person named in full earlier.
fn surnames(ctx: &Ctx, taken: &[(usize, usize)], out: &mut Vec<Cand>) {
    first_names(ctx, out);
    // (surname, the full name's candidate in `out`, where the full name ends)
    let mut names: Vec<(&str, usize, usize)> = Vec::new();
    // Byte lengths and last letters of the names, as bit sets: most words
    // cannot be one.
    let (mut lengths, mut tails) = (0u64, 0u64);
    for (k, c) in out.iter().enumerate() {
        let is_person = match &c.target {
            Target::New(EntityType::Person, _, _) => true,
            Target::Entry(e) => ctx.lex.entries[*e as usize].kind == EntityType::Person,
            _ => false,
        };
        if !is_person || c.form != Form::Name {
            continue;
        }
        let (first, last) = ctx.tokens_of(c.range);
        if last <= first || last >= ctx.toks.len() {
            continue;
        }
        let t = &ctx.toks[last];
        let s = &ctx.text[t.start..t.end];
        // A definite surname joins only when it looks like a family nisba
        // (الغامدي): other definite words are too often common nouns.
        let def_not_nisba = t.def && !is_nisba(s);
        if t.has(NO_SURNAME) || s.chars().count() < 3 || ctx.toks[last - 1].has(class::CHAIN) || def_not_nisba {
            continue;
        }
        lengths |= length_bit(s.len());
        // (A name of under four bytes may end a word with a longer tail.)
        tails |= if s.len() >= 4 { tail_bit(s) } else { u64::MAX };
        names.push((s, k, c.range.end));
    }
    if names.is_empty() {
        return;
    }
    // The first entry of each name.
    let mut first_of: FastMap<&str, usize> = FastMap::default();
    for (k, &(s, _, _)) in names.iter().enumerate() {
        first_of.entry(s).or_insert(k);
    }
    // A speaker found alone after a verb of saying (وقال تيفيري), or a
    // name found alone from the words around it (عن تيفيري قوله), is the
    // person named in full elsewhere in the article.
    for c in 0..out.len() {
        let from_context = matches!(
            out[c].rule,
            "person:say+name"
                | "person:say+surname"
                | "person:name+role"
                | "person:name+relative"
                | "person:an+name+qawluh"
        );
        if !from_context {
            continue;
        }
        let w = &ctx.text[out[c].range.start..out[c].range.end];
        if let Some(&k) = first_of.get(w) {
            out[c].target = out[names[k].1].target.clone();
            out[c].form = Form::Alias;
        }
    }
    // The names in the order they end; the first entry of each name that
    // ends before the word at hand, kept up to date as the words go by.
    let mut by_end: Vec<usize> = (0..names.len()).collect();
    by_end.sort_unstable_by_key(|&k| names[k].2);
    let mut ended = 0;
    let mut first_before: FastMap<&str, usize> = FastMap::default();
    for &i in &ctx.open {
        let t = &ctx.toks[i];
        if t.hit != 0
            || lengths & (length_bit(t.end - t.start) | length_bit(t.end - t.start - t.pre as usize)) == 0
            || tails & tail_bit(&ctx.text[t.start..t.end]) == 0
        {
            continue;
        }
        while ended < by_end.len() && names[by_end[ended]].2 <= t.start {
            let k = by_end[ended];
            first_before.entry(names[k].0).and_modify(|f| *f = (*f).min(k)).or_insert(k);
            ended += 1;
        }
        let w = &ctx.text[t.start..t.end];
        let whole = first_before.get(w).copied();
        let stem = if t.pre > 0 { first_before.get(ctx.stem(i)).copied() } else { None };
        let Some(k) = whole.into_iter().chain(stem).min() else {
            continue;
        };
        if overlaps(taken, t.start, t.end) {
            continue;
        }
        // Not the first word of another full name.
        if ctx.is_word(i + 1) && ctx.toks[i + 1].has(class::FIRST | class::CHAIN) {
            continue;
        }
        let s = if names[k].0 == w { t.start } else { t.start + t.pre as usize };
        let target = out[names[k].1].target.clone();
        out.push(Cand { range: Range::new(s, t.end), target, form: Form::Alias, rule: "coref:surname" });
    }
}

/// The ranges of candidates `out` by start, each with the furthest end up
/// to it: whether a range overlaps one is a binary search (`overlaps`).
fn taken_ranges(out: &[Cand]) -> Vec<(usize, usize)> {
    let mut taken: Vec<(usize, usize)> = out.iter().map(|c| (c.range.start, c.range.end)).collect();
    // (Stable: it merges the runs that `out` is made of, one a pass.)
    taken.sort();
    let mut furthest = 0;
    for r in &mut taken {
        furthest = furthest.max(r.1);
        r.1 = furthest;
    }
    taken
}

/// Whether the range `s..e` overlaps one of `taken` (see `taken_ranges`).
fn overlaps(taken: &[(usize, usize)], s: usize, e: usize) -> bool {
    let before_end = taken.partition_point(|&(start, _)| start < e);
    before_end > 0 && taken[before_end - 1].1 > s
}

/// A word seen mostly as a family name (`Lexicon::family_name`: يلتسين،
/// الحريري) is a person alone, where no other candidate stands (رفض
/// يلتسين، في زمن غورباتشوف), bare or after و. Not a definite one next to a
/// definite word or after a noun with a pronoun, which it describes
/// (التقرير الشهري، تقريرها الشهري، الشهري القمري), nor an indefinite
/// one of three letters, too often a common word or a piece of a name.
/// `taken` are the ranges of the candidates before `out[surnames..]`, the
/// surnames found alone.
fn family_names_alone(ctx: &Ctx, taken: &[(usize, usize)], surnames: usize, out: &mut Vec<Cand>) {
    let surnames = surnames..out.len();
    for &i in &ctx.open {
        let t = &ctx.toks[i];
        if t.flags != 0 || t.hit != 0 || t.prep || !ctx.lex.family_name(ctx.stem(i)) {
            continue;
        }
        let def_word = |k: usize| ctx.is_word(k) && ctx.toks[k].def;
        let with_pronoun = |k: usize| ctx.is_word(k) && pronoun_ending(ctx, k);
        let describing = t.def && ((i > 0 && (def_word(i - 1) || with_pronoun(i - 1))) || def_word(i + 1));
        // Right after في, إلى, لدى, حتى or a likeness (مثل، كما), a lone
        // word is a place or a thing more often than a person (في حداد،
        // إلى ترير، كما البدر).
        let after_particle = i > 0 && word_among(ctx, i - 1, &["في", "الي", "لدي", "حتي", "مثل", "كما"]);
        if describing || after_particle || (!t.def && ctx.stem(i).chars().count() < 4) {
            continue;
        }
        // With the name words before it (تيودورا يلتسين), or a given name:
        // a first name, also one that is a common word (كامل الموسى، وسام
        // الخثلان) or, after a title, a role (الدكتور مساعد العيبان), or
        // an unknown word shaped like a name (وهيب السهلي); not across a
        // line, nor before a family name in و, which adds another person.
        let given = i > 0 && t.bare() && ctx.is_word(i - 1) && {
            let p = &ctx.toks[i - 1];
            let titled = i > 1 && ctx.toks[i - 2].has(class::TITLE);
            let first = p.has(class::FIRST | class::FIRST2 | class::NAME2)
                && !p.has(class::STOP | class::SAY)
                && (titled || !p.has(class::TITLE | class::ROLE));
            (p.bare() || (p.conj && !p.prep))
                && p.hit == 0
                && (first || given_name_shaped(ctx, i - 1))
                && !ctx.text[p.end..t.start].contains('\n')
        };
        let a = if given { i - 1 } else { name_run(ctx, i + 1).unwrap_or(i).min(i) };
        let c = ctx.person(a, i, "person:family-name");
        let overlapping = |o: &Cand| o.range.start < c.range.end && c.range.start < o.range.end;
        if !overlaps(taken, c.range.start, c.range.end) && !out[surnames.clone()].iter().any(overlapping) {
            out.push(c);
        }
    }
}

/// An unknown word before a family name that is a given name (وهيب،
/// شقران، غالب): of four letters or more, without tanwin; not a noun in ة
/// (إقالة، صيدلية), a plural, a verbal noun (تهميش), nor a verb: تفعّل،
/// أفعل، استفعل، a past verb in ت or a future one (تألق، أطرح، استبعد،
/// حثت، سيتنحى).
fn given_name_shaped(ctx: &Ctx, k: usize) -> bool {
    let w = ctx.stem(k);
    let n = w.chars().count();
    let verb = (n == 4 && (w.starts_with('ت') || w.ends_with('ت')))
        || (w.starts_with('ا') && triliteral_shaped(w))
        || ["است", "سي", "ست", "سن"].iter().any(|x| w.starts_with(x));
    bare_unknown_word(ctx, k)
        && unknown_family_name(ctx, k)
        && !verb
        && !ctx.original_through(k).ends_with('ة')
        && !w.ends_with("ات")
        && !masdar_shaped(w)
}

/// A first name alone (جوناثان) refers to the one person named in full
/// with it earlier in the article (جوناثان بولارد).
fn first_names(ctx: &Ctx, out: &mut [Cand]) {
    let person = |c: &Cand| match &c.target {
        Target::New(EntityType::Person, _, _) => true,
        Target::Entry(e) => ctx.lex.entries[*e as usize].kind == EntityType::Person,
        _ => false,
    };
    // By first word: a full name's candidate, where the earliest of them
    // ends, and whether they are all one person.
    let mut full: FastMap<&str, (usize, usize, bool)> = FastMap::default();
    for (k, c) in out.iter().enumerate() {
        if !person(c) || c.form != Form::Name {
            continue;
        }
        let (first, last) = ctx.tokens_of(c.range);
        if last <= first || last >= ctx.toks.len() || !ctx.toks[first].has(class::FIRST) {
            continue;
        }
        let (one, end, same) = full.entry(ctx.stem(first)).or_insert((k, c.range.end, true));
        *end = (*end).min(c.range.end);
        *same &= out[*one].target == c.target;
    }
    if full.is_empty() {
        return;
    }
    for c in 0..out.len() {
        if !matches!(out[c].rule, "person:first-name" | "person:say+name" | "person:title+name" | "person:role+name") {
            continue;
        }
        let i = ctx.toks.partition_point(|t| t.end <= out[c].range.start);
        if i >= ctx.toks.len() || ctx.toks[i].end != out[c].range.end || !ctx.toks[i].has(class::FIRST) {
            continue;
        }
        // Only after a full name with it, and when no other full name has
        // that first name.
        let Some(&(k, end, true)) = full.get(ctx.stem(i)) else { continue };
        if end > out[c].range.start {
            continue;
        }
        out[c].target = out[k].target.clone();
        out[c].form = Form::Alias;
        out[c].rule = "coref:first-name";
    }
}

/// A bit standing for a byte length (lengths of 63 and more share one).
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

/// A bit standing for the last four bytes of a word (its last two Arabic
/// letters), hashed.
fn tail_bit(w: &str) -> u64 {
    let b = w.as_bytes();
    let tail = b[b.len().saturating_sub(4)..].iter().fold(0u32, |h, &x| h << 8 | u32::from(x));
    1 << (tail.wrapping_mul(0x9E37_79B1) >> 26)
}

/// المملكة alone is Saudi Arabia in Saudi press (المملكة المتحدة and
/// the like are lexicon forms and win as longer matches).
/// `words` are the words of the right length (12 or 14 bytes).
fn kingdom(ctx: &Ctx, words: &[usize], out: &mut Vec<Cand>) {
    let Some(sa) = ctx.lex.kingdom() else { return };
    for &i in words {
        let t = &ctx.toks[i];
        if t.hit != 0 {
            continue;
        }
        // (The stem's bytes: a quarter of the words have its length.)
        let stem = &ctx.text.as_bytes()[t.start + t.pre as usize..t.end];
        let is_kingdom = stem == "المملكه".as_bytes() || (t.def && stem == "لمملكه".as_bytes());
        if !is_kingdom {
            continue;
        }
        // Not after a demonstrative (هذه المملكة: a kingdom the text has
        // spoken of), nor followed by an adjective that names another
        // kingdom.
        if i > 0 && word_among(ctx, i - 1, &["هذه", "تلك"]) {
            continue;
        }
        if let Some(v) = ctx.toks.get(i + 1)
            && v.word
            && v.def
            && v.bare()
            && is_nisba(ctx.stem(i + 1))
        {
            continue;
        }
        out.push(Cand {
            range: ctx.range(i, i),
            target: Target::Entry(sa),
            form: Form::Alias,
            rule: "metonym:kingdom",
        });
    }
}

/// A relative pronoun (الذي، التي، الذين، اللذان، اللتان، اللواتي،
/// اللاتي), in its normalized spelling.
fn relative(w: &str) -> bool {
    matches!(w, "الذي" | "التي" | "الذين" | "اللذان" | "اللتان" | "اللذين" | "اللتين" | "اللواتي" | "اللاتي")
}

/// The word at `k`, right after a first name that starts the chain at
/// `j`, is its family name when a punctuation mark or the end of the line
/// follows it, even if it reads as a common word (ريتشارد ريد، محمد دنيا)
/// or, after a title, a verb (المصارع حمزة يرلكاب): an indefinite noun
/// that would end a clause right after a name is rare. Not a word with a
/// clitic, the article or a pronoun, a participle in ة (موضحة), nor an
/// accusative or adverb in ا (قائلا، موضحا، أخيرا); not after باسم "in
/// the name of"; without a title, not a verbal noun or participle (أيما
/// إعجاب، أيمن متكامل), a noun in ة (أمة جامعة) or a nisba of a common
/// noun (مساعد صحي), nor after a first name that may be an adjective or
/// follow a preposition (بجمال أقل، انسجام مطلق معين).
fn family_name_before_break(ctx: &Ctx, j: usize, k: usize, end: usize, cued: bool) -> bool {
    let n = ctx.toks.len();
    if k != end + 1 || k > j + 2 {
        return false;
    }
    // The end of the text or line, or a punctuation mark that closes a
    // phrase.
    let closed = k + 1 == n
        || ctx.text[ctx.toks[k].end..ctx.toks[k + 1].start].contains('\n')
        || matches!(ctx.punct(k + 1), Some('،' | ',' | '.' | ':' | '؛' | ';' | '(' | ')' | '!' | '؟' | '?'));
    if !closed {
        return false;
    }
    // The name so far: one first name, or a compound (عبد الحميد).
    let p = &ctx.toks[k - 1];
    let first = if k == j + 1 { p.has(class::FIRST) } else { ctx.toks[j].bare() && ctx.stem(j) == "عبد" && p.def };
    let u = &ctx.toks[k];
    let w = ctx.stem(k);
    if !first || !u.word || !u.bare() || u.def || u.hit != 0 || u.has(class::CHAIN | class::FIRST) {
        return false;
    }
    let Some((c, letters)) = letters::<12>(w) else { return false };
    // An accusative or adverb: a known word + ا, فاعلا، مفعلا.
    let in_alef = c[letters.saturating_sub(1)] == 'ا'
        && (letters < 4
            || ctx.lex.word(w) != 0
            || w.strip_suffix('ا').is_some_and(|s| ctx.lex.word(s) != 0 || ctx.lex.definite_noun(s))
            || c[0] == 'م'
            || (letters == 5 && c[1] == 'ا'));
    // A nisba of a common noun is an adjective (مساعد صحي، وازع ديني).
    let nisba = w
        .strip_suffix('ي')
        .is_some_and(|b| ctx.lex.word(b) & class::COMMON != 0 || ctx.lex.word(&format!("{b}ه")) & class::COMMON != 0);
    let plain = !ctx.toks[j].has(class::COMMON)
        && (ctx.toks[j].bare() || ctx.toks[j].conj)
        && !adjective_like(ctx.stem(j))
        && !adjective_name(ctx.stem(j))
        && !describes_noun_before(ctx, j)
        && !ctx.original_through(k).ends_with('ة')
        && !nisba
        && !verb_shaped(ctx, w);
    letters >= 3
        && (cued || plain)
        && !function_word_name(ctx.stem(j))
        && (cued || !masdar_shaped(w))
        && (cued || !participle_after_name(ctx, k))
        && !(c[0] == 'م' && letters >= 5 && ctx.original_through(k).ends_with('ة'))
        && (unknown_name_word(ctx, w) || foreign_w(ctx, k))
        && !(u.has(class::COMMON) && (verb_shaped(ctx, w) || past_verb_shaped(w)))
        && !suffixed_verb_or_noun(ctx, k)
        && !pronoun_suffixed(ctx, w)
        && !in_alef
        && !with_tanwin(ctx, k)
}

/// An unknown word before a first name that is a foreign given name
/// (كومان ويلي رونو، راماتولاي ديالو): shaped like a name word, bare,
/// of four letters or more, right after a nationality (للكيني كومان ويلي
/// رونو) or after a place that ends a role (وزيرة الثقافة في مالي
/// راماتولاي ديالو): the role's holder is named next. Not after a place
/// alone, where it is too often a verb (بعدن تأسر عبدالكريم) or the rest
/// of a body's name (بجامعة يورك).
fn unknown_given_name(ctx: &Ctx, i: usize) -> bool {
    let p = &ctx.toks[i];
    if p.flags != 0
        || !p.bare()
        || i == 0
        || ctx.stem(i).chars().count() < 4
        || ctx.text[ctx.toks[i - 1].end..p.start].contains('\n')
    {
        return false;
    }
    let Some(h) = ctx.hit(i - 1).filter(|h| h.last == i - 1) else { return false };
    let cue = match ctx.kind(h) {
        EntityType::Country | EntityType::Location if h.pat.form == Form::Demonym => ctx.toks[h.first].def,
        EntityType::Country | EntityType::Location => (h.first.saturating_sub(5)..h.first)
            .any(|x| ctx.toks[x].word && ctx.toks[x].has(class::ROLE | class::TITLE) && !preposition_amam(ctx, x)),
        _ => false,
    };
    cue && name_word_shape(ctx, i, ctx.stem(i), true)
}
