//! Quotes: who said what, with cue, content and type.
//!
//! Everything runs on the normalized text and the tokens of the document, in
//! one pass over the tokens with bounded look-ahead and look-back windows, so
//! the work is linear in the length of the text:
//!
//! 1. quotation marks are paired in a single pass (one pending opener per
//!    kind; straight quotes toggle within a paragraph);
//! 2. every cue word (verb of saying, participle, attribution phrase,
//!    headline colon) is tried with the rules of its construction;
//! 3. speakers that are anaphors (المصدر، الوزير، هو، معاليه, a bare surname)
//!    or missing (مشيرا، وأضاف:) are resolved to an earlier full naming;
//! 4. contents are cut where the next quote of the same sentence starts, and
//!    typed by the quotation marks they hold.

mod lexicon;

use crate::document::{Document, Range};
use crate::output::{Entity, EntityType, Quote, QuoteType, Span};
use crate::segment::{Token, TokenKind, is_terminator, is_word_char};
use lexicon::{Cue, Word};
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Longest stretch (in tokens) a quotation may run, across sentences and
/// paragraphs.
const MAX_QUOTATION: usize = 3000;
/// Look-ahead from a cue to its introducer (أن، ":"، a quotation).
const MAX_AHEAD: usize = 28;
/// Longest speaker phrase, in tokens.
const MAX_SPEAKER: usize = 18;
/// Earlier namings kept for anaphora resolution.
const MAX_NAMINGS: usize = 64;

/// Finds the attributed statements of a document.
pub fn extract<'a>(doc: &Document<'a>, entities: &[Entity<'a>]) -> Vec<Quote<'a>> {
    let cx = Ctx::new(doc);
    let mentions = MentionIndex::new(entities);
    let mut ex = Extractor { cx: &cx, mentions: &mentions, raws: Vec::new(), last: None, namings: Vec::new() };
    ex.run();
    let mut raws = std::mem::take(&mut ex.raws);
    finish(&cx, &mut raws);
    raws.into_iter()
        .map(|r| {
            let kind = if r.direct {
                QuoteType::Direct
            } else if cx.has_speech_inside(r.content.0, r.content.1) {
                QuoteType::Mixed
            } else {
                QuoteType::Indirect
            };
            to_quote(doc, &mentions, r, kind)
        })
        .collect()
}

/// Shared views of the document.
struct Ctx<'a, 'd> {
    doc: &'a Document<'d>,
    toks: &'a [Token],
    /// Sentence index of each token.
    sent: Vec<u32>,
    /// Paragraph index of each token.
    para: Vec<u32>,
    /// For a paired quotation mark, the token index of its partner.
    pair: Vec<u32>,
    /// True for tokens strictly inside a speech quotation.
    inside: Vec<bool>,
    /// Whether the pair opened at a token is speech (not a quoted name).
    speech: Vec<bool>,
    /// Number of speech openers before each token (prefix sums).
    speech_before: Vec<u32>,
    /// Number of word tokens before each token (prefix sums).
    words_before: Vec<u32>,
    /// What each token is to the lexicon (cue, setter, attribution head).
    words: Vec<Word>,
    /// The word tokens the lexicon lists, in order: the only ones `run`
    /// acts on, so it need not test every token.
    listed: Vec<u32>,
}

const NONE: u32 = u32::MAX;

/// Words after which a verb with no subject starts a clause of its own.
const OPENERS: &[&str] =
    &["كما", "وكما", "وقد", "قد", "ثم", "فيما", "بينما", "كذلك", "حيث", "فقد", "ولكن", "لكن", "بل", "و", "ف"];

/// The quotation marks.
const QUOTE_MARKS: [char; 6] = ['"', '“', '”', '«', '»', '„'];

fn is_quote_mark(c: char) -> bool {
    QUOTE_MARKS.contains(&c)
}

/// The preposition بين "between", bare or with a pronoun (بيننا، بينهم),
/// after a conjunction or not.
fn is_bayna(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    w.strip_prefix("بين").is_some_and(|p| matches!(p, "" | "ي" | "نا" | "ه" | "ها" | "هم" | "هما" | "ك" | "كم" | "هن"))
}

fn is_comma(c: char) -> bool {
    matches!(c, '،' | ',')
}

impl<'a, 'd> Ctx<'a, 'd> {
    fn new(doc: &'a Document<'d>) -> Ctx<'a, 'd> {
        let toks = doc.tokens();
        let n = toks.len();
        let mut sent = vec![0u32; n];
        let mut para = vec![0u32; n];
        for (si, s) in doc.sentences().iter().enumerate() {
            for t in s.tokens.0..s.tokens.1 {
                sent[t as usize] = si as u32;
                para[t as usize] = s.paragraph;
            }
        }
        let mut words_before = Vec::with_capacity(n + 1);
        let mut w = 0u32;
        for t in toks {
            words_before.push(w);
            w += (t.kind == TokenKind::Word) as u32;
        }
        words_before.push(w);
        // Every token is looked up, whatever its kind: the lexicon's letter
        // filter rules out punctuation as it does most words, where a test
        // of the kind first would go either way from token to token.
        let mut words = vec![Word::default(); n];
        let (mut listed, mut marks) = (Vec::new(), Vec::new());
        for (i, t) in toks.iter().enumerate() {
            let Some(mut w) = lexicon::token(doc.text(), t) else { continue };
            if t.kind != TokenKind::Word {
                if w.quote_mark {
                    marks.push(i as u32);
                }
                continue;
            }
            // A cue word after بن، أبو ... is part of a name.
            if w.cue.is_some()
                && i > 0
                && toks[i - 1].kind == TokenKind::Word
                && lexicon::NAME_LINKS.contains(&doc.token_text(i - 1))
            {
                w.cue = None;
            }
            words[i] = w;
            listed.push(i as u32);
        }
        let mut cx = Ctx {
            doc,
            toks,
            sent,
            para,
            pair: vec![NONE; n],
            inside: vec![false; n],
            speech: vec![false; n],
            speech_before: Vec::new(),
            words_before,
            words,
            listed,
        };
        cx.pair_marks(&marks);
        cx
    }

    fn text(&self, i: usize) -> &str {
        self.doc.token_text(i)
    }

    /// Token `i` as written in the original text.
    fn written(&self, i: usize) -> &str {
        self.doc.original_text(self.toks[i].range)
    }

    /// The cue token `i` is, and the bytes of its leading و/ف.
    fn cue(&self, i: usize) -> Option<(Cue, usize)> {
        self.words[i].cue.map(|(c, skip)| (c, usize::from(skip)))
    }

    fn ch(&self, i: usize) -> char {
        self.text(i).chars().next().unwrap_or(' ')
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Word
    }

    fn is_punct(&self, i: usize, f: fn(char) -> bool) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Punct && f(self.ch(i))
    }

    /// Pairs the quotation `marks` (token indices, in order, found by the
    /// lexicon lookup) in one pass: curly quotes and guillemets with a
    /// pending opener per kind, straight quotes by toggling within a
    /// paragraph. Then marks which pairs are speech and which tokens lie
    /// inside speech.
    fn pair_marks(&mut self, marks: &[u32]) {
        let n = self.toks.len();
        let (mut straight, mut guil, mut curly) = (NONE, NONE, NONE);
        let mut cur_para = u32::MAX;
        for &i in marks {
            let i = i as usize;
            let c = self.ch(i);
            if self.para[i] != cur_para {
                cur_para = self.para[i];
                straight = NONE;
            }
            let close = |open: &mut u32, i: usize, pair: &mut Vec<u32>| {
                if *open != NONE && i - (*open as usize) <= MAX_QUOTATION {
                    pair[*open as usize] = i as u32;
                    pair[i] = *open;
                }
                *open = NONE;
            };
            match c {
                '"' => {
                    if straight == NONE {
                        straight = i as u32;
                    } else {
                        close(&mut straight, i, &mut self.pair);
                    }
                }
                '«' => guil = i as u32,
                '»' => close(&mut guil, i, &mut self.pair),
                '„' => curly = i as u32,
                '“' => {
                    // “ opens, unless a „ is pending (German style „…“).
                    if curly != NONE && self.ch(curly as usize) == '„' {
                        close(&mut curly, i, &mut self.pair);
                    } else {
                        curly = i as u32;
                    }
                }
                _ => {
                    // ”: closes a pending opener; some texts open with it.
                    if curly != NONE {
                        close(&mut curly, i, &mut self.pair);
                    } else if i + 1 < n && self.is_word(i + 1) && self.para[i + 1] == self.para[i] {
                        curly = i as u32;
                    }
                }
            }
        }
        // Speech pairs and the tokens inside them: pairs of one kind never
        // overlap, so filling is linear per kind.
        let mut depth = vec![0i32; n + 1];
        for &o in marks {
            let o = o as usize;
            let c = self.pair[o];
            if c == NONE || (c as usize) < o {
                continue;
            }
            let c = c as usize;
            if self.is_speech_pair(o, c) {
                self.speech[o] = true;
                depth[o + 1] += 1;
                depth[c] -= 1;
            }
        }
        let mut d = 0;
        let mut sb = Vec::with_capacity(n + 1);
        let mut count = 0u32;
        for (i, step) in depth.iter().take(n).enumerate() {
            d += step;
            self.inside[i] = d > 0;
            sb.push(count);
            count += self.speech[i] as u32;
        }
        sb.push(count);
        self.speech_before = sb;
    }

    /// A quotation is speech unless it wraps a name: one word, or a short
    /// phrase right after a naming noun (وكالة "الأناضول"، منطقة "...").
    fn is_speech_pair(&self, o: usize, c: usize) -> bool {
        let words = (self.words_before[c] - self.words_before[o + 1]) as usize;
        if words >= 2 && self.is_punct(c.wrapping_sub(1), is_terminator) {
            return true;
        }
        if words < 2 {
            return false;
        }
        if o > 0 && self.is_word(o - 1) && words <= 4 {
            let prev = self.text(o - 1);
            if prev == "ل" || prev == "ال" {
                return false;
            }
            if stems(prev).any(|s| NAMING_STEMS.contains(s)) {
                return false;
            }
        }
        // A quoted name inside a speaker phrase before a verb or an
        // introducer: "حسين عبدالغني" لاعب فريق النصر.
        if words <= 3 && o > 0 && self.is_word(o - 1) && self.cue(o - 1).is_some() {
            return false;
        }
        true
    }

    /// Token index one past the last token of the sentence of `i`.
    fn sent_end(&self, i: usize) -> usize {
        let s = self.doc.sentences()[self.sent[i] as usize];
        s.tokens.1 as usize
    }

    fn sent_start(&self, i: usize) -> usize {
        let s = self.doc.sentences()[self.sent[i] as usize];
        s.tokens.0 as usize
    }

    /// True when a speech quotation opens inside `[a, b)` and closes there.
    fn has_speech_inside(&self, a: usize, b: usize) -> bool {
        if a >= b {
            return false;
        }
        let k = self.speech_before[b] - self.speech_before[a];
        if k >= 2 {
            return true;
        }
        if k == 0 {
            return false;
        }
        (a..b).rev().take(MAX_QUOTATION + 8).find(|&o| self.speech[o]).is_some_and(|o| (self.pair[o] as usize) < b)
    }
}

/// The readings of a word without its proclitics (و ف ب ل ك ال).
fn stems(w: &str) -> impl Iterator<Item = &str> {
    crate::segment::splits(w).into_iter().map(move |sp| {
        let stem = &w[sp.stem..];
        if sp.article { stem.strip_prefix("ال").unwrap_or(stem) } else { stem }
    })
}

/// A word without its article and what is glued before it (والوزير،
/// بالوزارة، للمركز → وزير، وزاره، مركز); other words as they are.
fn strip_article(w: &str) -> &str {
    for p in ["ال", "وال", "فال", "بال", "كال", "وبال", "فبال"] {
        if let Some(r) = w.strip_prefix(p).filter(|r| r.chars().count() >= 2) {
            return r;
        }
    }
    for p in ["لل", "ولل", "فلل"] {
        if let Some(r) = w.strip_prefix(p).filter(|r| r.chars().count() >= 2) {
            return r;
        }
    }
    w
}

/// A word without a leading و/ف/ب/ل and the article.
fn strip_clitics(w: &str) -> &str {
    let w = w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w);
    let w = w.strip_prefix('ب').filter(|r| r.starts_with("ال")).unwrap_or(w);
    let w = w.strip_prefix('ل').filter(|r| r.starts_with('ل')).map(|r| &r[0..]).unwrap_or(w);
    w.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(w)
}

/// `lexicon::NAMING` without clitics, as `strip_clitics` leaves the words
/// compared with it.
static NAMING_STEMS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| lexicon::NAMING.iter().map(|n| strip_clitics(n)).collect());

/// `lexicon::SOURCE_HEADS` without clitics.
static SOURCE_HEAD_STEMS: LazyLock<HashSet<&str>> =
    LazyLock::new(|| lexicon::SOURCE_HEADS.iter().map(|n| strip_clitics(n)).collect());

/// A quote before its final cleanup.
#[derive(Debug, Clone)]
struct Raw {
    cue: Range,
    cue_tok: usize,
    speaker: Option<Range>,
    content: (usize, usize),
    /// Bytes of a leading conjunction to leave out of the content.
    skip: usize,
    /// Whether the content is entirely quoted.
    direct: bool,
    rule: &'static str,
    /// Whether the content may be cut at a later cue of its sentence.
    cuttable: bool,
    /// Whether this cue cuts the content of an earlier quote (not for a cue
    /// in a relative clause: التي أكد فيها أن ...).
    cuts: bool,
}

impl Raw {
    /// A quote whose content may be cut at a later cue of its sentence when
    /// it is not entirely quoted, and whose cue cuts earlier quotes.
    fn new(
        cue: Range,
        cue_tok: usize,
        speaker: Option<Range>,
        content: (usize, usize),
        direct: bool,
        rule: &'static str,
    ) -> Raw {
        Raw { cue, cue_tok, speaker, content, skip: 0, direct, rule, cuttable: !direct, cuts: true }
    }
}

struct Extractor<'c, 'a, 'd> {
    cx: &'c Ctx<'a, 'd>,
    /// Entity mentions, to tell a named source from a common noun.
    mentions: &'c MentionIndex<'c>,
    raws: Vec<Raw>,
    /// The last named speaker, for continuations.
    last: Option<Range>,
    /// Earlier full namings, most recent last.
    namings: Vec<(Range, Vec<String>)>,
}

/// How a reported clause is introduced.
#[derive(Debug, Clone, Copy)]
enum Intro {
    /// أن/إن (with ب, من, إلى, على before it): content starts at the token.
    An(usize),
    /// A colon at the token.
    Colon(usize),
    /// A speech quotation opening at the token.
    Quote(usize),
}

impl Intro {
    fn at(self) -> usize {
        match self {
            Intro::An(i) | Intro::Colon(i) | Intro::Quote(i) => i,
        }
    }
}

impl Extractor<'_, '_, '_> {
    /// Whether the phrase of an attribution (بحسب، وفق ...) names a source
    /// rather than a norm (وفق الخطة، حسب الحاجة): a clause of saying after
    /// ما (`said` is its verb token), a noun of a source (تقرير، مصادر،
    /// وكالة ...), or a person or organization among its first words.
    fn names_source(&self, said: Option<usize>, a: usize, b: usize, skip: usize) -> bool {
        let cx = self.cx;
        if let Some(v) = said {
            let w = cx.text(v);
            let mut stems =
                ["", "ته", "ها", "ه"].iter().filter_map(|s| w.strip_suffix(s)).filter(|r| r.chars().count() >= 2);
            return stems
                .any(|f| lexicon::word(f).is_some_and(|w| w.cue.is_some()) || lexicon::PUBLISHING.contains(&f));
        }
        // إحدى الصحف، آخر الإحصاءات: the noun after a quantifier.
        let mut h = a;
        if h + 1 < b && cx.is_word(h + 1) && lexicon::QUANTIFIERS.contains(&&cx.text(h)[skip..]) {
            h += 1;
        }
        let word = if h == a { &cx.text(a)[skip..] } else { cx.text(h) };
        // للتقرير after its ل: the article without its alef (لتقرير).
        let word =
            if skip > 0 { word.strip_prefix('ل').filter(|r| r.chars().count() >= 2).unwrap_or(word) } else { word };
        // The word as written too: strip_clitics reads وثائق as و + ثائق.
        for head in [word, strip_clitics(word)] {
            if lexicon::SOURCE_NOUNS.iter().chain(lexicon::INSTITUTIONS).any(|n| head.starts_with(n))
                || SOURCE_HEAD_STEMS.contains(head)
                || lexicon::TITLE_HEADS.contains(&head)
            {
                return true;
            }
        }
        // A one-word phrase that names an earlier speaker (بحسب الغامدي).
        let start = cx.toks[a].range.start + skip;
        if b - a == 1 && self.resolve(a, b, start) != Range::new(start, cx.toks[a].range.end) {
            return true;
        }
        let first = (a..b).filter(|&k| cx.is_word(k)).take(2).last().unwrap_or(a);
        let sp = cx.doc.span(Range::new(start, cx.toks[first].range.end));
        self.mentions.names_speaker(&sp)
    }

    fn run(&mut self) {
        let cx = self.cx;
        if let Some(h) = cx.doc.layout.headline {
            self.headline(h);
        } else if let Some(&p0) = cx.doc.seg.paragraphs.first() {
            // A text whose first line is a title with no blank line after it.
            let line = cx.doc.slice(p0);
            let ends = line.ends_with(|c: char| is_terminator(c) || c == '،' || c == ':');
            if !ends && line.len() < 400 {
                self.headline(p0);
            }
        }
        let n = cx.toks.len();
        for &i in &cx.listed {
            let i = i as usize;
            if cx.inside[i] {
                continue;
            }
            let word = cx.words[i];
            if word.attribution && self.attribution(i) {
                continue;
            }
            if word.setter {
                let (a, b) = self.np_forward(i + 1, cx.sent_end(i), true);
                if b > a
                    && b < n
                    && cx.is_word(b)
                    && cx.text(b) == "عن"
                    && let Some((_, start)) = self.speaker_range(a, b)
                {
                    let s = self.resolve(a, b, start);
                    self.set_last(s);
                }
            }
            if let Some((cue, skip)) = cx.cue(i) {
                match cue {
                    Cue::Verb { report, ambiguous } => self.verb(i, skip, report, ambiguous),
                    Cue::Participle => self.participle(i, skip),
                }
            }
        }
    }

    fn push(&mut self, raw: Raw, named: bool) {
        if named && let Some(s) = raw.speaker {
            self.set_last(s);
        }
        self.raws.push(raw);
    }

    fn set_last(&mut self, s: Range) {
        self.last = Some(s);
        if self.namings.last().is_none_or(|(r, _)| *r != s) {
            let toks: Vec<String> = self
                .cx
                .doc
                .slice(s)
                .split(|c: char| !is_word_char(c))
                .filter(|w| !w.is_empty())
                .map(|w| strip_article(w).to_string())
                .collect();
            self.namings.push((s, toks));
            if self.namings.len() > MAX_NAMINGS {
                self.namings.remove(0);
            }
        }
    }

    /// Resolves a speaker phrase of tokens `[a, b)`: pronouns and
    /// honorifics to the last speaker, a one-word phrase to an earlier
    /// naming holding that word.
    fn resolve(&self, a: usize, b: usize, start_byte: usize) -> Range {
        let cx = self.cx;
        let own = Range::new(start_byte, cx.toks[b - 1].range.end);
        let words: Vec<usize> = (a..b).filter(|&k| cx.is_word(k)).collect();
        let [only] = words[..] else {
            // "المصدر نفسه", "الوزير ذاته"
            if words.len() == 2 && matches!(cx.text(words[1]), "نفسه" | "ذاته" | "نفسها" | "ذاتها") {
                return self.resolve(a, words[0] + 1, start_byte);
            }
            // A role without a name (وزير الداخلية البحريني، أمير عسير):
            // the latest longer naming that holds its head and half its words.
            if (2..=4).contains(&words.len()) {
                let stems: Vec<&str> = words.iter().map(|&k| strip_article(cx.text(k))).collect();
                let first =
                    if matches!(stems[0], "معالي" | "سمو" | "فخامه" | "سعاده") { 1 } else { 0 };
                let head = stems[first];
                let titled = lexicon::TITLE_HEADS.iter().any(|t| strip_article(t) == head);
                if titled {
                    for (r, toks) in self.namings.iter().rev() {
                        if toks.len() > words.len() && toks.iter().any(|t| t == head) {
                            let shared = stems[first..].iter().filter(|s| toks.iter().any(|t| t == *s)).count();
                            if 2 * shared >= stems.len() - first {
                                return *r;
                            }
                        }
                    }
                }
            }
            return own;
        };
        let w = cx.text(only);
        if lexicon::PRONOUNS.contains(&w) {
            return self.last.unwrap_or(own);
        }
        let head = strip_article(w);
        for (r, toks) in self.namings.iter().rev() {
            if toks.len() > 1 && toks.iter().any(|t| t == head) {
                return *r;
            }
        }
        own
    }

    /// The forward speaker phrase from token `from`, before `limit`.
    /// Returns the token range `[from, end)`.
    fn np_forward(&self, from: usize, limit: usize, apposition: bool) -> (usize, usize) {
        let cx = self.cx;
        let mut j = from;
        let anonymous = cx.is_word(from) && {
            let w = cx.text(from);
            let heads = [Some(w), w.strip_prefix('ل'), w.strip_prefix('ب'), w.strip_prefix('و')];
            heads.into_iter().flatten().any(|h| SOURCE_HEAD_STEMS.contains(strip_clitics(h)))
        };
        // A phrase that opens with a head noun (متحدثة لشبكة ميغا) may name
        // the outlet it belongs to.
        let headed = anonymous
            || cx.is_word(from) && {
                let w = strip_clitics(cx.text(from));
                let head = w.strip_suffix('ه').unwrap_or(w);
                [w, head].iter().any(|h| lexicon::TITLE_HEADS.contains(h) || SOURCE_HEAD_STEMS.contains(h))
            };
        while j < limit && j - from < MAX_SPEAKER {
            let t = cx.toks[j];
            if t.kind == TokenKind::Word {
                if self.is_cut(j, anonymous) {
                    break;
                }
                // Otherwise an outlet after the name is the one spoken to
                // (ماكين لشبكة سي إن إن، كيري لـ«الشرق الأوسط»).
                if j > from && !headed && to_outlet(cx.text(j)) {
                    break;
                }
                if cx.cue(j).is_some_and(|(c, _)| !matches!(c, Cue::Verb { ambiguous: true, .. })) {
                    break;
                }
                j += 1;
                continue;
            }
            if t.kind == TokenKind::Number {
                break;
            }
            let c = cx.ch(j);
            if is_comma(c) {
                // Apposition: وزير الخارجية الأمريكي، جون كيري
                let next_ok = j + 1 < limit
                    && cx.is_word(j + 1)
                    && !self.is_cut(j + 1, false)
                    && cx.cue(j + 1).is_none()
                    && !cx.text(j + 1).starts_with(['و', 'ف'])
                    && cx.text(j + 1) != "في";
                if apposition && j > from && next_ok {
                    j += 1;
                    continue;
                }
                break;
            }
            if is_quote_mark(c) && cx.pair[j] != NONE && !cx.speech[j.min(cx.pair[j] as usize)] {
                let p = cx.pair[j] as usize;
                if p > j && p < limit {
                    j = p + 1;
                    continue;
                }
                break;
            }
            if c == '.' && j > from && cx.text(j - 1).chars().count() == 1 {
                j += 1; // د.
                continue;
            }
            if c == '/' && j > from {
                j += 1;
                continue;
            }
            break;
        }
        // Drop trailing punctuation.
        while j > from && cx.toks[j - 1].kind == TokenKind::Punct && !is_closing_name_quote(cx, j - 1) {
            j -= 1;
        }
        (from, j)
    }

    /// على that belongs to the phrase (المشرفون على المشروع).
    fn attached_ala(&self, j: usize) -> bool {
        let cx = self.cx;
        cx.text(j) == "علي"
            && (j.saturating_sub(2)..j).any(|k| {
                cx.is_word(k) && {
                    let prev = strip_clitics(cx.text(k));
                    prev.starts_with("مشرف") || prev.starts_with("قائم") || prev.starts_with("مسؤول")
                }
            })
    }

    /// Whether word token `j` ends a speaker phrase.
    fn is_cut(&self, j: usize, anonymous: bool) -> bool {
        let cx = self.cx;
        let w = cx.text(j);
        if lexicon::is_an(w) {
            return true;
        }
        // فإن opens the clause after a fronted source (بحسب الشرطة فإن
        // ...); فان without hamza is also a particle of names (فان بيرسي).
        if w.strip_prefix('ف').is_some_and(lexicon::is_an) && cx.written(j).starts_with("فإ") {
            return true;
        }
        if w == "في" {
            if cx.is_word(j + 1) {
                let next = strip_clitics(cx.text(j + 1));
                if lexicon::INSTITUTIONS.iter().any(|n| next.starts_with(n))
                    && !lexicon::SPEECH_NOUNS.iter().any(|n| next.starts_with(n))
                {
                    return false;
                }
            }
            if !anonymous {
                // في + a noun of a speech event is an adjunct; otherwise an
                // affiliation is kept only for anonymous heads.
                return true;
            }
            if cx.is_word(j + 1) {
                let next = strip_clitics(cx.text(j + 1));
                return lexicon::SPEECH_NOUNS.iter().any(|n| next.starts_with(n));
            }
            return true;
        }
        if w == "من" && cx.is_word(j + 1) {
            let next = cx.text(j + 1);
            return lexicon::is_an(next)
                || next.starts_with("جه")
                || next.starts_with("جان")
                || next.starts_with("ناحي");
        }
        if self.attached_ala(j) {
            return false;
        }
        if lexicon::CUT.contains(w) {
            return true;
        }
        if let Some(rest) = w.strip_prefix('ل')
            && lexicon::RECIPIENTS.iter().any(|r| rest == *r || rest.strip_prefix('ل').is_some_and(|x| x == &r[..]))
        {
            return true;
        }
        false
    }

    /// Finds the introducer after a cue, from token `from`.
    fn find_intro(&self, from: usize, max: usize, stop_at_an: bool) -> Option<Intro> {
        let cx = self.cx;
        let n = cx.toks.len();
        if from >= n {
            return None;
        }
        let end = cx.sent_end(from.saturating_sub(1)).max(from);
        let mut j = from;
        while j < n && j < from + max {
            if j >= end && !(j == end && cx.is_punct(j, |c| c == ':')) {
                return None;
            }
            let t = cx.toks[j];
            match t.kind {
                TokenKind::Word => {
                    let w = cx.text(j);
                    if lexicon::is_an(w) {
                        // بعد أن، قبل أن ...: a clause of time, not a report.
                        let blocked = j > 0 && cx.is_word(j - 1) && lexicon::AN_BLOCKERS.contains(&cx.text(j - 1));
                        if !blocked {
                            return Some(Intro::An(j + 1));
                        }
                    }
                    if matches!(w, "الي" | "علي" | "عن" | "من") {
                        if cx.is_word(j + 1) && lexicon::is_an(cx.text(j + 1)) {
                            return Some(Intro::An(j + 2));
                        }
                        let lisan = w == "علي" && cx.is_word(j + 1) && cx.text(j + 1) == "لسان";
                        if w != "من" && !lisan && !self.attached_ala(j) {
                            return None;
                        }
                    }
                    if stop_at_an
                        && cx.cue(j).is_some_and(|(c, _)| !matches!(c, Cue::Verb { ambiguous: true, .. }))
                        && j > from
                    {
                        return None;
                    }
                }
                TokenKind::Punct => {
                    let c = cx.ch(j);
                    if c == ':' {
                        return Some(Intro::Colon(j));
                    }
                    if is_quote_mark(c) && cx.speech[j] && (cx.pair[j] as usize) > j {
                        return Some(Intro::Quote(j));
                    }
                    if c == '(' {
                        // skip a short parenthesis: (الأربعاء)
                    }
                }
                TokenKind::Number => {}
            }
            j += 1;
        }
        None
    }

    /// The content that follows an introducer: token range and whether it
    /// is entirely quoted.
    fn content_after(&self, intro: Intro) -> Option<(usize, usize, bool)> {
        let cx = self.cx;
        let n = cx.toks.len();
        let mut s = match intro {
            Intro::An(s) => s,
            Intro::Colon(c) => c + 1,
            Intro::Quote(q) => q,
        };
        if s >= n {
            return None;
        }
        if let Intro::Colon(c) = intro
            && cx.para[s] != cx.para[c]
            && !(cx.is_punct(s, is_quote_mark) && cx.speech[s])
            && cx.para[s] != cx.para[c] + 1
        {
            return None;
        }
        // Skip a dash or comma right after the introducer, and إن after a
        // colon (قال في بيان: إن ...).
        while s < n && cx.toks[s].kind == TokenKind::Punct && matches!(cx.ch(s), '-' | '–' | '،' | ',') {
            s += 1;
        }
        if matches!(intro, Intro::Colon(_)) && s + 1 < n && cx.is_word(s) && lexicon::is_an(cx.text(s)) {
            s += 1;
        }
        if s >= n {
            return None;
        }
        if cx.is_punct(s, is_quote_mark) && cx.speech[s] && (cx.pair[s] as usize) > s {
            let p = cx.pair[s] as usize;
            let after = p + 1;
            let continues =
                after < n && cx.is_word(after) && cx.sent[after] == cx.sent[p] && cx.para[after] == cx.para[p];
            if !continues && p > s + 1 {
                return Some((s + 1, p, true));
            }
            let end = self.clause_end(after.min(n - 1));
            return Some((s, end, false));
        }
        let end = self.clause_end(s);
        (end > s).then_some((s, end, false))
    }

    /// One past the last token of the clause that starts at or holds `s`:
    /// the sentence end, or the close of a quotation that runs beyond it.
    fn clause_end(&self, s: usize) -> usize {
        let cx = self.cx;
        let mut end = cx.sent_end(s);
        // A quotation opened in the sentence and closed later.
        if end > 0 && cx.inside[end - 1] {
            let from = cx.sent_start(s).max(s);
            let from = from.max(end.saturating_sub(MAX_QUOTATION));
            if let Some(o) = (from..end).rev().find(|&o| cx.speech[o] && cx.pair[o] as usize >= end) {
                end = cx.pair[o] as usize + 1;
            }
        }
        end
    }

    fn speaker_range(&self, a: usize, b: usize) -> Option<(Range, usize)> {
        if a >= b {
            return None;
        }
        let cx = self.cx;
        let mut start = cx.toks[a].range.start;
        let w = cx.text(a);
        if let Some(rest) = w.strip_prefix(['و', 'ف'])
            && rest.starts_with("ال")
        {
            start += 'و'.len_utf8();
        }
        Some((Range::new(start, cx.toks[b - 1].range.end), start))
    }

    fn verb(&mut self, i: usize, skip: usize, report: bool, ambiguous: bool) {
        let cx = self.cx;
        let n = cx.toks.len();
        let cue = Range::new(cx.toks[i].range.start + skip, cx.toks[i].range.end);
        if ambiguous {
            // بين، ذكر، رد ... bare: only at a clause start.
            let ok = i == cx.sent_start(i) || (i > 0 && cx.is_punct(i - 1, |c| is_comma(c) || c == ':'));
            if !ok {
                return;
            }
        }
        // بين X وبين Y, بيننا وبين ...: "between", not "explained".
        if &cx.text(i)[skip..] == "بين"
            && (cx.sent_start(i).max(i.saturating_sub(12))..i).any(|k| cx.is_word(k) && is_bayna(cx.text(k)))
        {
            return;
        }
        let send = cx.sent_end(i);
        if report && self.reported_through(i, cue).is_some() {
            return;
        }
        let mut from = i + 1;
        // أوضح ذلك رئيس النادي ...: names the speaker of what came before.
        let demonstrative = from < send && matches!(cx.text(from), "ذلك" | "هذا");
        if demonstrative {
            from += 1;
        }
        let (a, b) = self.np_forward(from, send, true);
        let intro = self.find_intro(i + 1, MAX_AHEAD, true);
        let intro = intro.filter(|it| it.at() >= b);
        let Some(intro) = intro else {
            // Quotation first: "...", قال الوزير.
            let mut k = i;
            if k > 0 && cx.is_punct(k - 1, is_comma) {
                k -= 1;
            }
            if k > 0 && cx.is_punct(k - 1, is_quote_mark) && cx.pair[k - 1] != NONE {
                let close = k - 1;
                let open = cx.pair[close] as usize;
                if open < close && cx.speech[open] && open + 1 < close {
                    let speaker = self.pick_speaker(i, a, b);
                    self.push(Raw::new(cue, i, speaker, (open + 1, close), true, "quotation-first"), true);
                    return;
                }
            }
            // صرح مسؤول ... قائلا "...": the verb is the cue.
            if b > a {
                let send = cx.sent_end(i);
                let k = (b..send.min(b + 14))
                    .find(|&k| {
                        cx.is_punct(k, |c| c == ':')
                            || (cx.is_word(k) && (lexicon::is_an(cx.text(k)) || cx.cue(k).is_some()))
                    })
                    .unwrap_or(send);
                if cx.is_word(k) && matches!(cx.cue(k), Some((Cue::Participle, _))) {
                    let stem = &cx.text(k)[cx.cue(k).map_or(0, |c| c.1)..];
                    if stem.starts_with("قائل")
                        && let Some(intro) = self.find_intro(k + 1, 4, true)
                        && let Some((cs, ce, direct)) = self.content_after(intro)
                    {
                        let speaker = self.pick_speaker(i, a, b);
                        self.push(Raw::new(cue, i, speaker, (cs, ce), direct, "verb-subject+participle"), true);
                        return;
                    }
                }
                if demonstrative && let Some((r, start)) = self.speaker_range(a, b) {
                    let _ = r;
                    let s = self.resolve(a, b, start);
                    self.set_last(s);
                }
            }
            return;
        };
        if intro.at() >= n {
            return;
        }
        let Some((cs, ce, direct)) = self.content_after(intro) else {
            return;
        };
        let (speaker, rule) = if b > a {
            (self.pick_speaker(i, a, b), verb_rule("verb-subject", intro))
        } else if let Some((ba, bb)) = self.np_backward(i) {
            (self.pick_speaker(i, ba, bb), verb_rule("subject-verb", intro))
        } else if let Some(antecedent) = self.relative_antecedent(i) {
            // ... خامنئي، التي أكد فيها أن ...: a quote inside a quote.
            let raw = Raw { cuts: false, ..Raw::new(cue, i, Some(antecedent), (cs, ce), direct, "relative-clause") };
            self.raws.push(raw);
            return;
        } else {
            // A verb with no subject opens a clause of its own (وقال، كما
            // أكد، ثم أضاف); elsewhere it is part of a reported clause.
            let opens = skip > 0
                || i == cx.sent_start(i)
                || (i > 0 && cx.toks[i - 1].kind == TokenKind::Punct)
                || (i > 0 && OPENERS.contains(&cx.text(i - 1)));
            if !opens {
                return;
            }
            (self.bare_speaker(i), verb_rule("bare-verb", intro))
        };
        let named = b > a || rule.starts_with("subject");
        self.push(Raw::new(cue, i, speaker, (cs, ce), direct, rule), named || speaker.is_some());
    }

    /// For a verb right after الذي/التي (+ a comma before), the phrase the
    /// relative pronoun refers to: the words back to the comma before it.
    fn relative_antecedent(&self, i: usize) -> Option<Range> {
        let cx = self.cx;
        if i == 0 || !cx.is_word(i - 1) || !matches!(cx.text(i - 1), "التي" | "الذي" | "الذين" | "اللذين" | "اللتين")
        {
            return None;
        }
        let mut e = i - 1;
        if e > 0 && cx.is_punct(e - 1, is_comma) {
            e -= 1;
        }
        let s0 = cx.sent_start(i);
        let mut a = e;
        while a > s0 && e - a < 6 && cx.is_word(a - 1) {
            a -= 1;
        }
        (a < e).then(|| Range::new(cx.toks[a].range.start, cx.toks[e - 1].range.end))
    }

    /// The speaker of a phrase `[a, b)` after cue `i`, resolved.
    fn pick_speaker(&self, i: usize, a: usize, b: usize) -> Option<Range> {
        if a >= b {
            return self.bare_speaker(i);
        }
        let (_, start) = self.speaker_range(a, b)?;
        Some(self.resolve(a, b, start))
    }

    /// A verb with no subject: the last speaker, or the subject of a
    /// question put earlier in the sentence (وسئل الوزير ... فقال).
    fn bare_speaker(&self, i: usize) -> Option<Range> {
        let cx = self.cx;
        let s0 = cx.sent_start(i);
        for k in (s0..i).rev().take(MAX_AHEAD) {
            if cx.is_word(k) && matches!(cx.text(k), "سئل" | "وسئل" | "سئلت" | "وسئلت") {
                let (a, b) = self.np_forward(k + 1, i, false);
                if let Some((_, start)) = self.speaker_range(a, b) {
                    return Some(self.resolve(a, b, start));
                }
            }
        }
        self.last
    }

    /// The subject before its verb (المتحدث باسم الشرطة قال إن ...).
    fn np_backward(&self, i: usize) -> Option<(usize, usize)> {
        let cx = self.cx;
        let s0 = cx.sent_start(i);
        let mut a = i;
        while a > s0 && i - a < 10 {
            let k = a - 1;
            if cx.toks[k].kind != TokenKind::Word {
                if cx.is_punct(k, is_quote_mark) && cx.pair[k] != NONE && !cx.speech[(cx.pair[k] as usize).min(k)] {
                    let o = cx.pair[k] as usize;
                    if o < k && o >= s0 {
                        a = o;
                        continue;
                    }
                }
                break;
            }
            let w = cx.text(k);
            if lexicon::is_an(w) || lexicon::CUT.contains(w) || cx.cue(k).is_some() {
                return None;
            }
            a = k;
        }
        if a >= i || (a > s0 && !cx.is_punct(a - 1, |c| is_comma(c) || c == ':' || c == '-')) {
            return None;
        }
        let first = cx.text(a);
        let first = first.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(first);
        let ok = first.starts_with("ال") || lexicon::TITLE_HEADS.contains(&first);
        ok.then_some((a, i))
    }

    /// نقلت وكالة رويترز عن الوزير قوله إن ...: Some(true) when handled.
    fn reported_through(&mut self, i: usize, cue: Range) -> Option<bool> {
        let cx = self.cx;
        let send = cx.sent_end(i);
        let limit = send.min(i + MAX_AHEAD);
        let an = (i + 1..limit).find(|&k| cx.is_word(k) && cx.text(k) == "عن")?;
        let (a1, b1) = self.np_forward(i + 1, an, true);
        let (a2, mut b2) = self.np_forward(an + 1, limit, true);
        let mut saying = false;
        let mut k = b2;
        while k < limit && k < b2 + 4 {
            if cx.is_word(k) && matches!(cx.text(k), "قوله" | "قولها" | "قولهم" | "قولهما") {
                saying = true;
                if b2 > k {
                    b2 = k;
                }
                break;
            }
            k += 1;
        }
        // The quoted person may run into قوله: cut the phrase there.
        if !saying && let Some(q) = (a2..b2).find(|&q| matches!(cx.text(q), "قوله" | "قولها" | "قولهم" | "قولهما"))
        {
            saying = true;
            b2 = q;
            k = q;
        }
        let from = if saying { k + 1 } else { b2 };
        let intro = self.find_intro(from, 6, true)?;
        let (cs, ce, direct) = self.content_after(intro)?;
        let (a, b) = if saying || b1 <= a1 { (a2, b2) } else { (a1, b1) };
        let speaker = self.pick_speaker(i, a, b);
        self.push(
            Raw::new(
                cue,
                i,
                speaker,
                (cs, ce),
                direct,
                if saying { "reported-through" } else { "verb-subject-an+source" },
            ),
            true,
        );
        Some(true)
    }

    fn participle(&mut self, i: usize, skip: usize) {
        let cx = self.cx;
        let Some(intro) = self.find_intro(i + 1, 5, true) else {
            return;
        };
        let Some((cs, ce, direct)) = self.content_after(intro) else {
            return;
        };
        let cue = Range::new(cx.toks[i].range.start + skip, cx.toks[i].range.end);
        let speaker = self.bare_speaker(i);
        self.push(Raw::new(cue, i, speaker, (cs, ce), direct, "participle"), false);
    }

    /// بحسب، حسب، وفقا لـ، طبقا لـ، وفق، نقلا عن، على لسان.
    fn attribution(&mut self, i: usize) -> bool {
        let cx = self.cx;
        let w = cx.text(i);
        let bare = w.strip_prefix('و').filter(|r| r.chars().count() >= 3).unwrap_or(w);
        let skip = w.len() - bare.len();
        let send = cx.sent_end(i);
        let (rule, cue_end, np_tok, np_skip) = match bare {
            "بحسب" | "حسب" => ("attribution:bihasab", i + 1, i + 1, 0),
            "وفقا" | "طبقا" | "وفق" => {
                if !cx.is_word(i + 1) {
                    return false;
                }
                let next = cx.text(i + 1);
                if next == "ل" {
                    ("attribution:wifqan", i + 1, i + 2, 0)
                } else if let Some(rest) = next.strip_prefix('ل') {
                    let _ = rest;
                    ("attribution:wifqan", i + 1, i + 1, 'ل'.len_utf8())
                } else if bare == "وفق" {
                    ("attribution:wifqan", i + 1, i + 1, 0)
                } else {
                    return false;
                }
            }
            "نقلا" if cx.is_word(i + 1) && cx.text(i + 1) == "عن" => ("attribution:naqlan", i + 2, i + 2, 0),
            "علي" if cx.is_word(i + 1) && cx.text(i + 1) == "لسان" => ("attribution:ala-lisan", i + 2, i + 2, 0),
            _ => return false,
        };
        if bare == "حسب" && w != bare {
            return false; // وحسب: "and only"
        }
        if np_tok >= send || !cx.is_word(np_tok) {
            return false;
        }
        // وفقا لما ذكرته وكالة ...
        let mut np_start = np_tok;
        let mut np_skip = np_skip;
        let mut said = None;
        let first = &cx.text(np_tok)[np_skip..];
        if first == "ما" || first == "لما" {
            said = cx.is_word(np_start + 1).then_some(np_start + 1);
            np_start += 2;
            np_skip = 0;
            if cx.is_word(np_start) && cx.text(np_start) == "به" {
                np_start += 1;
            }
            if np_start >= send {
                return false;
            }
        }
        let first = &cx.text(np_start)[np_skip..];
        if rule == "attribution:bihasab" && lexicon::HASAB_STOP.contains(&first) {
            return false;
        }
        let (a, b) = self.np_forward(np_start, send, false);
        if b <= a {
            return false;
        }
        // بحسب الخطة، وفق الجدول: "in accordance with", not a source (نقلا
        // عن and على لسان always name one).
        let normative = matches!(rule, "attribution:bihasab" | "attribution:wifqan");
        if normative && !self.names_source(said, a, b, np_skip) {
            return false;
        }
        let sp_start = cx.toks[a].range.start + np_skip;
        let speaker_own = Range::new(sp_start, cx.toks[b - 1].range.end);
        let speaker = if b - a == 1 { Some(self.resolve(a, b, sp_start)) } else { Some(speaker_own) };
        let cue = if rule == "attribution:wifqan" {
            Range::new(cx.toks[i].range.start + skip, cx.toks[i].range.end)
        } else {
            Range::new(cx.toks[i].range.start + skip, cx.toks[cue_end - 1].range.end)
        };
        let s0 = cx.sent_start(i);
        let at_start = i == s0 || (i == s0 + 1 && cx.is_word(s0) && matches!(cx.text(s0), "و" | "ف"));
        let (cs, ce, direct) = if let Some(intro) = self.find_intro(b, 3, true) {
            match self.content_after(intro) {
                Some(c) => c,
                None => return false,
            }
        } else if at_start || (i > s0 && cx.is_punct(i - 1, |c| c == ':')) {
            let mut s = b;
            while s < send && cx.toks[s].kind == TokenKind::Punct && is_comma(cx.ch(s)) {
                s += 1;
            }
            if s < send && cx.is_word(s) && matches!(cx.text(s), "فان" | "فقد" | "فانه" | "فانها" | "ف")
            {
                s += 1;
            }
            if s >= send {
                return false;
            }
            (s, self.clause_end(s), false)
        } else if b >= send || cx.is_punct(b, is_terminator) {
            // ... ، بحسب اللجنة المنظمة.
            let mut e = i;
            while e > s0 && cx.toks[e - 1].kind == TokenKind::Punct {
                e -= 1;
            }
            if e <= s0 {
                return false;
            }
            (s0, e, false)
        } else {
            // In mid-sentence: the whole sentence.
            (s0, self.clause_end(s0), false)
        };
        if ce <= cs {
            return false;
        }
        let skip = if cs == s0 { conj_skip(cx, cs) } else { 0 };
        self.push(Raw { skip, cuttable: false, ..Raw::new(cue, i, speaker, (cs, ce), direct, rule) }, false);
        true
    }

    /// A headline "X: statement".
    fn headline(&mut self, h: Range) {
        let cx = self.cx;
        let from = cx.toks.partition_point(|t| t.range.start < h.start);
        let to = cx.toks.partition_point(|t| t.range.end <= h.end);
        let Some(colon) = (from..to).find(|&k| cx.is_punct(k, |c| c == ':')) else {
            return;
        };
        let words_before = (from..colon).filter(|&k| cx.is_word(k)).count();
        let words_after = (colon + 1..to).filter(|&k| cx.is_word(k)).count();
        if !(1..=7).contains(&words_before) || words_after < 2 {
            return;
        }
        let first = cx.text(from);
        if lexicon::HEADLINE_STOP.contains(&first) || !cx.is_word(from) {
            return;
        }
        if (from..colon).any(|k| cx.is_word(k) && (cx.cue(k).is_some() || lexicon::is_an(cx.text(k)))) {
            return;
        }
        let mut s = colon + 1;
        let mut e = to;
        let mut direct = false;
        if cx.is_punct(s, is_quote_mark) && cx.pair[s] as usize == to - 1 && to - 1 > s + 1 {
            s += 1;
            e = to - 1;
            direct = true;
        }
        let Some((_, start)) = self.speaker_range(from, colon) else {
            return;
        };
        let speaker = Some(Range::new(start, cx.toks[colon - 1].range.end));
        let raw = Raw::new(cx.toks[colon].range, colon, speaker, (s, e), direct, "headline-colon");
        self.raws.push(Raw { cuttable: false, ..raw });
    }
}

/// ل + a word for a news outlet (لشبكة، لقناة، للتلفزيون), or لـ alone.
fn to_outlet(w: &str) -> bool {
    w == "ل" || w.strip_prefix("لل").or_else(|| w.strip_prefix('ل')).is_some_and(|r| lexicon::OUTLET_NOUNS.contains(&r))
}

/// Bytes of a و/ف glued to a verb or article at the start of a clause
/// (وارتفعت → ارتفعت، وسيبلغ → سيبلغ), else 0.
fn conj_skip(cx: &Ctx, k: usize) -> usize {
    if !cx.is_word(k) {
        return 0;
    }
    let w = cx.text(k);
    match w.strip_prefix(['و', 'ف']) {
        Some(rest)
            if rest.chars().count() >= 3
                && rest.starts_with(['ا', 'ي', 'ت', 'س', 'ن'])
                && !matches!(w, "واشنطن" | "واحد" | "واحده" | "واضح" | "واقع" | "واجب") =>
        {
            w.len() - rest.len()
        }
        _ => 0,
    }
}

fn is_closing_name_quote(cx: &Ctx, k: usize) -> bool {
    cx.is_punct(k, is_quote_mark) && cx.pair[k] != NONE && (cx.pair[k] as usize) < k
}

fn verb_rule(order: &'static str, intro: Intro) -> &'static str {
    match (order, intro) {
        ("verb-subject", Intro::An(_)) => "verb-subject+an",
        ("verb-subject", Intro::Colon(_)) => "verb-subject+colon",
        ("verb-subject", Intro::Quote(_)) => "verb-subject+quotation",
        ("subject-verb", Intro::An(_)) => "subject-verb+an",
        ("subject-verb", Intro::Colon(_)) => "subject-verb+colon",
        ("subject-verb", Intro::Quote(_)) => "subject-verb+quotation",
        (_, Intro::An(_)) => "bare-verb+an",
        (_, Intro::Colon(_)) => "bare-verb+colon",
        (_, Intro::Quote(_)) => "bare-verb+quotation",
    }
}

/// The byte where the clause of cue token `i` starts: the comma before it,
/// or the token itself.
fn clause_start(cx: &Ctx, i: usize) -> usize {
    if i > 0 && cx.is_punct(i - 1, is_comma) { cx.toks[i - 1].range.start } else { cx.toks[i].range.start }
}

/// Sorts, drops duplicates, and cuts each content where the next cue of its
/// clause starts.
fn finish(cx: &Ctx, raws: &mut Vec<Raw>) {
    raws.sort_by_key(|r| (r.cue.start, r.content.0));
    // Two cues for one content: keep the first.
    let mut seen = HashSet::default();
    raws.retain(|r| seen.insert(r.content.0));
    let mut cues: Vec<usize> = raws.iter().filter(|r| r.cuts).map(|r| r.cue_tok).collect();
    cues.sort_unstable();
    for r in raws.iter_mut() {
        if !r.cuttable {
            continue;
        }
        let (s, e) = r.content;
        let k = cues.partition_point(|&c| c <= s);
        if let Some(&c) = cues.get(k)
            && c < e
        {
            let bound = clause_start(cx, c);
            let mut ne = c;
            while ne > s && cx.toks[ne - 1].range.start >= bound {
                ne -= 1;
            }
            r.content.1 = ne;
        }
    }
    // Trim trailing punctuation (but keep a closing mark whose opener is in).
    for r in raws.iter_mut() {
        let (s, mut e) = r.content;
        while e > s && cx.toks[e - 1].kind == TokenKind::Punct {
            let k = e - 1;
            if is_quote_mark(cx.ch(k)) && cx.pair[k] != NONE && (cx.pair[k] as usize) >= s && (cx.pair[k] as usize) < k
            {
                break;
            }
            if cx.ch(k) == ')' {
                let opened = (s..k).rev().take(64).any(|x| cx.is_punct(x, |c| c == '('));
                if opened {
                    break;
                }
            }
            e -= 1;
        }
        r.content.1 = e;
    }
    raws.retain(|r| r.content.1 > r.content.0);
}

fn to_quote<'a>(doc: &Document<'a>, entities: &MentionIndex, r: Raw, kind: QuoteType) -> Quote<'a> {
    let cx_toks = doc.tokens();
    let (s, e) = r.content;
    let content = Range::new(cx_toks[s].range.start + r.skip, cx_toks[e - 1].range.end);
    let speaker = r.speaker.map(|sp| doc.span(sp));
    let speaker_entity = speaker.as_ref().and_then(|sp| entities.entity_of(sp));
    Quote {
        speaker,
        cue: doc.span(r.cue),
        content: doc.span(content),
        kind,
        speaker_entity,
        section: doc.section_at(r.cue.start),
        rule: Some(r.rule),
    }
}

/// Entity mentions sorted by start, to find the entity a speaker span
/// names without scanning every mention for every quote.
struct MentionIndex<'e> {
    /// (start, end, rank, entity), sorted by start.
    mentions: Vec<(usize, usize, u8, &'e Entity<'e>)>,
    longest: usize,
}

impl<'e> MentionIndex<'e> {
    /// Persons rank first, then organizations, then countries; places never
    /// speak.
    fn new(entities: &'e [Entity]) -> MentionIndex<'e> {
        let rank = |k: EntityType| match k {
            EntityType::Person => 0,
            EntityType::Organization => 1,
            _ => 2,
        };
        let mut mentions: Vec<_> = entities
            .iter()
            .filter(|e| e.kind != EntityType::Location)
            .flat_map(|e| e.mentions.iter().map(move |m| (m.span.start, m.span.end, rank(e.kind), e)))
            .collect();
        mentions.sort_by_key(|m| m.0);
        let longest = mentions.iter().map(|m| m.1 - m.0).max().unwrap_or(0);
        MentionIndex { mentions, longest }
    }

    /// The best-ranked mention overlapping `sp` (the first such mention in
    /// document order among equals).
    fn best(&self, sp: &Span) -> Option<&(usize, usize, u8, &'e Entity<'e>)> {
        let upto = self.mentions.partition_point(|m| m.0 < sp.end);
        self.mentions[..upto]
            .iter()
            .rev()
            .take_while(|m| m.0 + self.longest > sp.start)
            .filter(|m| sp.start < m.1)
            .min_by_key(|m| (m.2, m.0))
    }

    /// The entity `sp` is, or belongs to.
    fn entity_of(&self, sp: &Span) -> Option<String> {
        self.best(sp).map(|m| m.3.id.to_string())
    }

    /// Whether a person or an organization is mentioned within `sp`.
    fn names_speaker(&self, sp: &Span) -> bool {
        self.best(sp).is_some_and(|m| m.2 <= 1)
    }
}
