//! khabar: a rule-based analyzer of Arabic news articles.
//!
//! The pipeline runs in small stages over one [`Document`]:
//! [`input`] (bytes to text) → [`normalize`] (match key with an offset map) →
//! [`segment`] (paragraphs, sentences, tokens, clitics) → [`layout`]
//! (headline, body, boilerplate) → extractors ([`entities`], [`quotes`],
//! [`conditions`]) → [`output`] (the JSON schema, written by [`json`]).
//!
//! ```
//! let analyzer = khabar::Analyzer::new(khabar::Options::default());
//! let record = analyzer.analyze("قال وزير الخارجية السعودي إن المحادثات مستمرة.");
//! assert_eq!(record.stats.sentences, 1);
//! ```

pub mod conditions;
pub mod document;
pub mod entities;
pub mod input;
pub mod json;
pub mod layout;
pub mod normalize;
pub mod output;
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
mod pairs;
pub mod quotes;
pub mod segment;

pub use document::Document;
pub use input::{Decoded, InputError};
pub use output::{ErrorInfo, ErrorRecord, Record};

use output::{SentenceOut, Stats, TokenOut};
use segment::TokenKind;
use std::borrow::Cow;

/// What to put into each record beyond the extracted items.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Add the sentences.
    pub sentences: bool,
    /// Add the tokens with their clitic analysis.
    pub tokens: bool,
    /// Add the normalized text.
    pub normalized: bool,
    /// Keep on every item the id of the rule that produced it.
    pub explain: bool,
}

/// The compiled lexicons and the options: build once, analyze many texts.
#[derive(Debug, Clone)]
pub struct Analyzer {
    /// The built-in extractor, shared; copied only when a user gazetteer
    /// extends it.
    entities: Cow<'static, entities::Extractor>,
    options: Options,
}

impl Analyzer {
    /// An analyzer with the built-in lexicons.
    pub fn new(options: Options) -> Analyzer {
        Analyzer { entities: Cow::Borrowed(entities::Extractor::builtin()), options }
    }

    /// Adds the entries of a user gazetteer (see `entities::Extractor::add_gazetteer`).
    pub fn add_gazetteer(&mut self, tsv: &str) -> anyhow::Result<()> {
        self.entities.to_mut().add_gazetteer(tsv)
    }

    /// Analyzes one input of `bytes` bytes that `input::decode` decoded.
    /// The record borrows its texts from the decoded text.
    pub fn analyze_decoded<'a>(&self, decoded: &'a Decoded, bytes: usize) -> Result<Record<'a>, InputError> {
        let mut record = self.analyze_text(&decoded.text)?;
        record.encoding = decoded.encoding;
        record.stats.bytes = bytes;
        Ok(record)
    }

    /// Analyzes a decoded text; an empty or white-space-only text is an
    /// `empty` error.
    pub fn analyze_text<'a>(&self, text: &'a str) -> Result<Record<'a>, InputError> {
        if text.trim().is_empty() {
            let what = if text.is_empty() { "empty input" } else { "input holds only white space" };
            return Err(InputError::new("empty", what));
        }
        Ok(self.analyze(text))
    }

    /// Analyzes a decoded text.
    pub fn analyze<'a>(&self, text: &'a str) -> Record<'a> {
        let doc = Document::new(text);
        let entities = self.entities.extract(&doc);
        let quotes = quotes::extract(&doc, &entities);
        let conditions = conditions::extract(&doc, &quotes);
        let layout = &doc.layout;
        let mut record = Record {
            schema_version: output::SCHEMA_VERSION,
            file: None,
            id: None,
            encoding: "utf-8",
            headline: layout.headline.map(|r| doc.span(r)),
            source: layout.source.map(|r| doc.span(r)),
            keywords: layout.keywords.iter().map(|&r| doc.span(r).text).collect(),
            related: layout.related.iter().map(|&r| doc.span(r)).collect(),
            entities,
            quotes,
            conditions,
            stats: Stats {
                bytes: text.len(),
                chars: doc.char_count(),
                paragraphs: doc.seg.paragraphs.len(),
                sentences: doc.seg.sentences.len(),
                tokens: doc.seg.tokens.len(),
            },
            sentences: self.options.sentences.then(|| sentences_out(&doc)),
            tokens: self.options.tokens.then(|| tokens_out(&doc)),
            normalized: self.options.normalized.then(|| doc.norm.text.clone()),
        };
        if !self.options.explain {
            strip_rules(&mut record);
        }
        record
    }
}

fn strip_rules(record: &mut Record) {
    for e in &mut record.entities {
        e.mentions.iter_mut().for_each(|m| m.rule = None);
    }
    record.quotes.iter_mut().for_each(|q| q.rule = None);
    record.conditions.iter_mut().for_each(|c| c.rule = None);
}

fn sentences_out<'a>(doc: &Document<'a>) -> Vec<SentenceOut<'a>> {
    doc.sentences()
        .iter()
        .map(|s| SentenceOut {
            span: doc.span(s.range),
            paragraph: s.paragraph,
            section: doc.section_at(s.range.start),
        })
        .collect()
}

fn tokens_out<'a>(doc: &Document<'a>) -> Vec<TokenOut<'a>> {
    doc.tokens()
        .iter()
        .map(|t| {
            let kind = match t.kind {
                TokenKind::Word => "word",
                TokenKind::Number => "number",
                TokenKind::Punct => "punct",
            };
            let mut out = TokenOut { span: doc.span(t.range), kind, proclitics: Vec::new(), stem: None };
            if t.kind == TokenKind::Word {
                let word = doc.slice(t.range);
                // Without a lexicon, only a split that reaches the article is
                // safe to report (وبالسعودية → و+ب+ال); a lone و/ب/ل may be
                // part of the word (وزير، بيان، لقاء).
                if let Some(split) = segment::splits(word).into_iter().find(|s| s.article && s.stem > 0) {
                    out.proclitics = split.proclitic_names();
                    let article = if word[split.stem..].starts_with("ال") { "ال".len() } else { "ل".len() };
                    let stem = document::Range::new(t.range.start + split.stem + article, t.range.end);
                    out.stem = Some(doc.span(stem));
                }
            }
            out
        })
        .collect()
}
