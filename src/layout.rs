//! Layout: which part of a scraped news page each line is.
//!
//! A page holds a headline, a body, and boilerplate around them: a dateline
//! or byline at the start of the body, a wire tail (`// انتهى //`), a source
//! line (`المصدر: ...`), a keyword line (`كلمات دلالية: ...`), lists of
//! related headlines (`اقرأ أيضا`, `مقالات مشابهة`, bullets), and a line of
//! other articles' headlines run together. Each becomes a section, so that
//! extractors can tell the article from the page around it.

use crate::document::Range;
use crate::segment::{Segmentation, TokenKind};
use regex::Regex;
use std::sync::LazyLock;

/// The part of the page a position lies in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The title line.
    Headline,
    /// Place and agency at the start of the body (`الرياض - واس`).
    Dateline,
    /// The article itself.
    Body,
    /// The line naming the outlet (`المصدر: ...`).
    Source,
    /// The keyword line.
    Keywords,
    /// Headlines of other articles.
    Related,
    /// Other page furniture: wire tails, link lines.
    Boilerplate,
}

impl Section {
    /// Its name in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Headline => "headline",
            Section::Dateline => "dateline",
            Section::Body => "body",
            Section::Source => "source",
            Section::Keywords => "keywords",
            Section::Related => "related",
            Section::Boilerplate => "boilerplate",
        }
    }
}

/// Sections of a document, with the fields the output reports.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    /// Non-body sections, sorted and disjoint; everything else is body.
    sections: Vec<(Range, Section)>,
    /// The headline, if the first line is one.
    pub headline: Option<Range>,
    /// The outlet named by the source line.
    pub source: Option<Range>,
    /// Each keyword.
    pub keywords: Vec<Range>,
    /// Each related headline.
    pub related: Vec<Range>,
}

/// Normalized forms of the boilerplate headers (after alef/ya/ta folding).
const RELATED_HEADERS: [&str; 9] = [
    "اقرا ايضا",
    "اقرا كذلك",
    "اقرا المزيد",
    "مقالات مشابهه",
    "مقالات ذات صله",
    "مواضيع ذات صله",
    "اخبار ذات صله",
    "مواضيع مشابهه",
    "اخبار متعلقه",
];
const SOURCE_HEADERS: [&str; 3] = ["المصدر", "مصدر الخبر", "المصدر الاصلي"];
const KEYWORD_HEADERS: [&str; 6] =
    ["كلمات دلاليه", "الكلمات الدلاليه", "كلمات مفتاحيه", "الكلمات المفتاحيه", "الوسوم", "وسوم"];
const LINK_HEADERS: [&str; 4] = ["رابط الخبر", "رابط المقال", "شارك الخبر", "طباعه الخبر"];
const BULLETS: [char; 8] = ['•', '●', '▪', '◦', '■', '-', '*', '–'];
const KEYWORD_SEPARATORS: [char; 5] = ['،', ',', ';', '؛', '|'];

/// Whether `line` starts with the first two letters of a header of
/// `RELATED_HEADERS`, `SOURCE_HEADERS` or `KEYWORD_HEADERS`: nearly every
/// line does not, and is none of them.
fn may_start_header(line: &str) -> bool {
    matches!(line.get(..4), Some("اق" | "مق" | "مو" | "اخ" | "ال" | "مص" | "كل" | "وس"))
}

/// The byte length of a header at the start of `line`: the first of
/// `headers` that is followed by a colon (or, unless `colon` is required,
/// by none), with the white space around the colon.
fn header_end(line: &str, headers: &[&str], colon_required: bool) -> Option<usize> {
    headers.iter().find_map(|h| {
        let after = line.strip_prefix(h)?.trim_start();
        let after = match after.strip_prefix([':', '：']) {
            Some(rest) => rest.trim_start(),
            None if colon_required => return None,
            None => after,
        };
        Some(line.len() - after.len())
    })
}

/// Where a wire tail starts in `line`: `// انتهى //`, `(انتهى)`, or a line
/// that is only `انتهى`.
fn wire_tail(line: &str) -> Option<usize> {
    let body = line.trim_end();
    if body == "انتهي" {
        return Some(0);
    }
    fn word_before(s: &str) -> Option<&str> {
        s.trim_end().strip_suffix("انتهي").map(str::trim_end)
    }
    if let Some(rest) = body.strip_suffix(')').and_then(word_before).and_then(|r| r.strip_suffix('(')) {
        return Some(rest.len());
    }
    let rest = body.trim_end_matches('/');
    let rest = word_before((rest.len() < body.len()).then_some(rest)?)?;
    let start = rest.trim_end_matches('/');
    (start.len() < rest.len()).then_some(start.len())
}

/// A dateline: up to four words, a dash, up to four words, then a colon or
/// the end of the line (`الرياض - واس`, `د ب ا- الرياض:`). Words are Arabic
/// or Latin letters of the normalized text (explicit ranges, not `\p{L}`,
/// which would make the regex slow to compile at start-up).
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[\x{0621}-\x{064A}a-zA-Z0-9.]+ ){0,4}[\x{0621}-\x{064A}a-zA-Z0-9.]+\s*[-–—]\s*(?:[\x{0621}-\x{064A}a-zA-Z.]+ ?){1,4}(?:[:：]|$)").unwrap()
});

impl Layout {
    /// Lays out a normalized text and its segmentation.
    pub fn new(text: &str, seg: &Segmentation) -> Layout {
        let mut layout = Layout::default();
        let paras = &seg.paragraphs;
        let mut first_body = 0;
        if let Some(&p0) = paras.first()
            && is_headline(text, seg, p0)
        {
            layout.headline = Some(p0);
            layout.sections.push((p0, Section::Headline));
            first_body = 1;
        }
        let mut in_related = false;
        let mut prev_end = paras.get(first_body).map_or(0, |p| p.start);
        for (i, &p) in paras.iter().enumerate().skip(first_body) {
            let line = &text[p.start..p.end];
            if text[prev_end..p.start].matches('\n').count() > 1 {
                in_related = false;
            }
            prev_end = p.end;
            let may_head = may_start_header(line);
            let header = |headers: &[&str], colon_required| {
                may_head.then(|| header_end(line, headers, colon_required)).flatten()
            };
            if let Some(end) = header(&RELATED_HEADERS, false) {
                in_related = true;
                layout.sections.push((p, Section::Related));
                layout.push_related(Range::new(p.start + end, p.end));
            } else if let Some(end) = header(&SOURCE_HEADERS, true) {
                layout.sections.push((p, Section::Source));
                let r = Range::new(p.start + end, p.end);
                layout.source = (!r.is_empty()).then_some(r);
            } else if let Some(end) = header(&KEYWORD_HEADERS, false) {
                layout.sections.push((p, Section::Keywords));
                let base = p.start + end;
                let rest = &text[base..p.end];
                let mut at = 0;
                let seps = rest.match_indices(KEYWORD_SEPARATORS).map(|(i, sep)| (i, i + sep.len()));
                for (sep_start, sep_end) in seps.chain(std::iter::once((rest.len(), rest.len()))) {
                    let keyword = &rest[at..sep_start];
                    let start = base + at + keyword.len() - keyword.trim_start().len();
                    let r = Range::new(start, start + keyword.trim().len());
                    if !r.is_empty() {
                        layout.keywords.push(r);
                    }
                    at = sep_end;
                }
            } else if let Some(rest) =
                (in_related || line.starts_with('•')).then(|| line.strip_prefix(BULLETS)).flatten()
            {
                layout.sections.push((p, Section::Related));
                layout.push_related(Range::new(p.end - rest.trim_start().len(), p.end));
            } else if in_related {
                layout.sections.push((p, Section::Related));
                layout.push_related(p);
            } else if LINK_HEADERS.iter().any(|h| line.starts_with(h)) {
                layout.sections.push((p, Section::Boilerplate));
            } else if let Some(start) = wire_tail(line) {
                layout.sections.push((Range::new(p.start + start, p.end), Section::Boilerplate));
            } else if i == first_body {
                if let Some(m) = DATELINE.find(line) {
                    layout.sections.push((Range::new(p.start, p.start + m.end()), Section::Dateline));
                }
            } else if is_run_together_headlines(text, seg, i) {
                layout.sections.push((p, Section::Related));
                layout.push_related(p);
            }
        }
        layout.sections.sort_by_key(|(r, _)| r.start);
        layout
    }

    fn push_related(&mut self, r: Range) {
        if !r.is_empty() {
            self.related.push(r);
        }
    }

    /// The section that holds normalized byte `pos`.
    pub fn section_at(&self, pos: usize) -> Section {
        let i = self.sections.partition_point(|(r, _)| r.start <= pos);
        match i.checked_sub(1).map(|i| self.sections[i]) {
            Some((r, s)) if pos < r.end => s,
            _ => Section::Body,
        }
    }
}

fn tokens_in(seg: &Segmentation, r: Range) -> impl Iterator<Item = &crate::segment::Token> {
    let from = seg.tokens.partition_point(|t| t.range.start < r.start);
    seg.tokens[from..].iter().take_while(move |t| t.range.end <= r.end)
}

/// The first line is a headline when a blank line follows it, it is short,
/// and it does not end like a sentence of running text.
fn is_headline(text: &str, seg: &Segmentation, p0: Range) -> bool {
    let Some(p1) = seg.paragraphs.get(1) else {
        return false;
    };
    let line = &text[p0.start..p0.end];
    let blank_follows = text[p0.end..p1.start].matches('\n').count() > 1;
    let ends_like_prose = (line.ends_with('.') && !line.ends_with("..")) || line.ends_with(':') || line.ends_with('،');
    blank_follows && !ends_like_prose && tokens_in(seg, p0).count() <= 40
}

/// A body line of many words with no punctuation at all, that does not
/// start like a continuation of the sentence before it, is a run of other
/// articles' headlines pasted into the page.
fn is_run_together_headlines(text: &str, seg: &Segmentation, i: usize) -> bool {
    const CONTINUATIONS: [&str; 8] = ["حيث", "كما", "التي", "الذي", "وقد", "ثم", "او", "لكن"];
    let p = seg.paragraphs[i];
    let mut words = 0;
    for t in tokens_in(seg, p) {
        if t.kind == TokenKind::Punct {
            return false;
        }
        words += usize::from(t.kind == TokenKind::Word);
    }
    let first = text[p.start..p.end].split(' ').next().unwrap_or("");
    words >= 10 && !CONTINUATIONS.contains(&first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn layout(text: &str) -> (Layout, String) {
        let norm = crate::normalize::Normalized::new(text).text;
        (Layout::new(&norm, &segment(&norm)), norm)
    }

    #[test]
    fn finds_every_boilerplate_section() {
        let page = "افتتاح مركز جديد في القصيم\n\nالرياض - واس\nافتتح الوزير المركز اليوم.\n\
            خبر اول عن الطقس في الجنوب خبر ثان عن الاسواق المحليه والاسعار اليوم\n\
            وقال المدير إن المركز يضم باحثين.\n// انتهى //\nالمصدر: وكالة الأنباء السعودية\n\
            كلمات دلالية: المياه، القصيم\n\nاقرأ أيضاً:\nعنوان اول\nعنوان ثان\n\nمقالات مشابهة\n  • عنوان ثالث\n";
        let (l, norm) = layout(page);
        let text = |r: Range| norm[r.start..r.end].to_string();
        assert_eq!(l.headline.map(text).as_deref(), Some("افتتاح مركز جديد في القصيم"));
        assert_eq!(l.source.map(text).as_deref(), Some("وكاله الانباء السعوديه"));
        assert_eq!(l.keywords.iter().copied().map(text).collect::<Vec<_>>(), ["المياه", "القصيم"]);
        let related: Vec<_> = l.related.iter().copied().map(text).collect();
        assert_eq!(related.len(), 4, "{related:?}");
        assert_eq!(related[1..], ["عنوان اول", "عنوان ثان", "عنوان ثالث"]);
        assert_eq!(l.section_at(norm.find("واس").unwrap()), Section::Dateline);
        assert_eq!(l.section_at(norm.find("افتتح").unwrap()), Section::Body);
        assert_eq!(l.section_at(norm.find("انتهي").unwrap()), Section::Boilerplate);
    }

    #[test]
    fn every_header_may_start_a_header() {
        for h in RELATED_HEADERS.iter().chain(&SOURCE_HEADERS).chain(&KEYWORD_HEADERS) {
            assert!(may_start_header(h), "{h}");
        }
    }

    #[test]
    fn a_first_line_of_prose_is_not_a_headline() {
        let (l, _) = layout("قال الوزير إن الاجتماع انتهى.\n\nوأضاف أن النتائج جيدة.");
        assert_eq!(l.headline, None);
    }
}
