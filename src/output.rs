//! The output schema (version 1): the structs that are the JSON contract,
//! and how each is written. Nothing else in the crate decides what the JSON
//! holds.

use crate::json::{JsonWriter, WriteJson};
use crate::layout::Section;
use std::borrow::Cow;

/// Version of the output schema.
pub const SCHEMA_VERSION: u32 = 1;

/// A stretch of the original text, in code points, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span<'a> {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The original text of the span.
    pub text: &'a str,
}

impl Span<'_> {
    /// Writes `start`, `end` and `text` into the open object: a span's
    /// fields stand in the object of what it locates.
    fn write_fields(&self, w: &mut JsonWriter) {
        w.field("start", &self.start);
        w.field("end", &self.end);
        w.field("text", &self.text);
    }
}

impl WriteJson for Span<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| self.write_fields(w));
    }
}

impl WriteJson for Section {
    fn write_json(&self, w: &mut JsonWriter) {
        w.name(self.as_str());
    }
}

/// How an entity is referred to in a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Its name or a spelling of it.
    Name,
    /// A demonym or nisba adjective (الأذربيجانية).
    Demonym,
    /// An acronym or abbreviation (واس).
    Abbreviation,
    /// A short form or another name (حماس for حركة حماس).
    Alias,
}

impl Form {
    /// Its name in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Form::Name => "name",
            Form::Demonym => "demonym",
            Form::Abbreviation => "abbreviation",
            Form::Alias => "alias",
        }
    }
}

impl WriteJson for Form {
    fn write_json(&self, w: &mut JsonWriter) {
        w.name(self.as_str());
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EntityType {
    /// A sovereign state (or Palestine).
    Country,
    /// Any other named place.
    Location,
    /// A named organization.
    Organization,
    /// A named person.
    Person,
}

impl EntityType {
    /// Its name in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Country => "country",
            EntityType::Location => "location",
            EntityType::Organization => "organization",
            EntityType::Person => "person",
        }
    }
}

impl WriteJson for EntityType {
    fn write_json(&self, w: &mut JsonWriter) {
        w.name(self.as_str());
    }
}

/// One mention of an entity.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention<'a> {
    /// Where it is.
    pub span: Span<'a>,
    /// The page section it lies in.
    pub section: Section,
    /// How it names the entity.
    pub form: Form,
    /// The whole designation, where a word for the place's kind or an
    /// epithet stands around the name (منطقة القصيم، مكة المكرمة).
    pub extent: Option<Span<'a>>,
    /// The rule that found it (with `--explain`).
    pub rule: Option<&'static str>,
}

impl WriteJson for Mention<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            self.span.write_fields(w);
            w.field("section", &self.section);
            w.field("form", &self.form);
            w.field_if_some("extent", &self.extent);
            w.field_if_some("rule", &self.rule);
        });
    }
}

/// An entity with all its mentions in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity<'a> {
    /// Countries: ISO 3166-1 alpha-2; others: a stable lowercase slug.
    pub id: Cow<'a, str>,
    /// What it is.
    pub kind: EntityType,
    /// Canonical Arabic name.
    pub name: Cow<'a, str>,
    /// English name where known.
    pub name_en: Option<Cow<'a, str>>,
    /// The country an organization or place belongs to, where known.
    pub country: Option<Cow<'a, str>>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention<'a>>,
}

impl WriteJson for Entity<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            w.field("id", &self.id);
            w.field("type", &self.kind);
            w.field("name", &self.name);
            w.field_if_some("name_en", &self.name_en);
            w.field_if_some("country", &self.country);
            w.field("mentions", &self.mentions);
        });
    }
}

/// Whether a quote's content stands inside quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteType {
    /// All of it is quoted.
    Direct,
    /// None of it is quoted.
    Indirect,
    /// Part of it is quoted.
    Mixed,
}

impl QuoteType {
    /// Its name in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Direct => "direct",
            QuoteType::Indirect => "indirect",
            QuoteType::Mixed => "mixed",
        }
    }
}

impl WriteJson for QuoteType {
    fn write_json(&self, w: &mut JsonWriter) {
        w.name(self.as_str());
    }
}

/// A statement attributed to a source.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote<'a> {
    /// The words naming the source; for a continuation or an anaphor, the
    /// full earlier naming. Null when no source could be found.
    pub speaker: Option<Span<'a>>,
    /// The reporting word or phrase.
    pub cue: Span<'a>,
    /// The reported statement, without enclosing marks or introducing أن/إن.
    pub content: Span<'a>,
    /// Direct, indirect or mixed.
    pub kind: QuoteType,
    /// The entity the speaker is, or belongs to, where known.
    pub speaker_entity: Option<String>,
    /// The page section of the cue.
    pub section: Section,
    /// The rule that found it (with `--explain`).
    pub rule: Option<&'static str>,
}

impl WriteJson for Quote<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            w.field("speaker", &self.speaker);
            w.field("cue", &self.cue);
            w.field("content", &self.content);
            w.field("type", &self.kind);
            w.field_if_some("speaker_entity", &self.speaker_entity);
            w.field("section", &self.section);
            w.field_if_some("rule", &self.rule);
        });
    }
}

/// The family of a conditional marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConditionType {
    /// إذا، إن، لو، في حال ...
    If,
    /// A negated clause + إلا إذا، إلا في حال ...
    OnlyIf,
    /// ما لم
    Unless,
    /// شريطة، بشرط، على أن ...
    Provided,
    /// يتطلب، يشترط، مرهون بـ ...
    Requirement,
}

impl ConditionType {
    /// Its name in the JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ConditionType::If => "if",
            ConditionType::OnlyIf => "only_if",
            ConditionType::Unless => "unless",
            ConditionType::Provided => "provided",
            ConditionType::Requirement => "requirement",
        }
    }
}

impl WriteJson for ConditionType {
    fn write_json(&self, w: &mut JsonWriter) {
        w.name(self.as_str());
    }
}

/// A conditional statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition<'a> {
    /// The marker as it stands, without a leading و/ف.
    pub marker: Span<'a>,
    /// The marker's family.
    pub kind: ConditionType,
    /// The condition clause.
    pub condition: Span<'a>,
    /// The clause the condition governs, where found.
    pub consequent: Option<Span<'a>>,
    /// True when the consequent is negated.
    pub negated: bool,
    /// Index in `quotes` of the quote the condition stands in.
    pub quote: Option<usize>,
    /// The page section of the marker.
    pub section: Section,
    /// The rule that found it (with `--explain`).
    pub rule: Option<&'static str>,
}

impl WriteJson for Condition<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            w.field("marker", &self.marker);
            w.field("type", &self.kind);
            w.field("condition", &self.condition);
            w.field("consequent", &self.consequent);
            w.field("negated", &self.negated);
            w.field_if_some("quote", &self.quote);
            w.field("section", &self.section);
            w.field_if_some("rule", &self.rule);
        });
    }
}

/// Sizes of the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    /// Bytes of input, before decoding.
    pub bytes: usize,
    /// Code points of the decoded text.
    pub chars: usize,
    /// Paragraphs (non-blank lines).
    pub paragraphs: usize,
    /// Sentences.
    pub sentences: usize,
    /// Tokens.
    pub tokens: usize,
}

impl WriteJson for Stats {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            w.field("bytes", &self.bytes);
            w.field("chars", &self.chars);
            w.field("paragraphs", &self.paragraphs);
            w.field("sentences", &self.sentences);
            w.field("tokens", &self.tokens);
        });
    }
}

/// A sentence, with `--sentences`.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceOut<'a> {
    /// Where it is.
    pub span: Span<'a>,
    /// Index of its paragraph.
    pub paragraph: u32,
    /// Its page section.
    pub section: Section,
}

impl WriteJson for SentenceOut<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            self.span.write_fields(w);
            w.field("paragraph", &self.paragraph);
            w.field("section", &self.section);
        });
    }
}

/// A token with its clitic analysis, with `--tokens`.
#[derive(Debug, Clone, PartialEq)]
pub struct TokenOut<'a> {
    /// Where it is.
    pub span: Span<'a>,
    /// "word", "number" or "punct".
    pub kind: &'static str,
    /// The proclitics glued to its front (و ف ب ل ك ال), in order; left
    /// out of the JSON when there are none.
    pub proclitics: Vec<&'static str>,
    /// The word without its proclitics, when it has any.
    pub stem: Option<Span<'a>>,
}

impl WriteJson for TokenOut<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            self.span.write_fields(w);
            w.field("kind", self.kind);
            if !self.proclitics.is_empty() {
                w.field("proclitics", &self.proclitics);
            }
            w.field_if_some("stem", &self.stem);
        });
    }
}

/// The analysis of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Record<'a> {
    /// Always `SCHEMA_VERSION`.
    pub schema_version: u32,
    /// The path as given ("-" for standard input).
    pub file: Option<&'a str>,
    /// The id of a `--input jsonl` line.
    pub id: Option<&'a serde_json::Value>,
    /// The encoding the input was decoded from.
    pub encoding: &'static str,
    /// The headline, when the first line is one.
    pub headline: Option<Span<'a>>,
    /// The outlet named by a source line.
    pub source: Option<Span<'a>>,
    /// Keywords from a keyword line.
    pub keywords: Vec<&'a str>,
    /// Headlines of related articles.
    pub related: Vec<Span<'a>>,
    /// Countries, places, organizations and people.
    pub entities: Vec<Entity<'a>>,
    /// Attributed statements.
    pub quotes: Vec<Quote<'a>>,
    /// Conditional statements.
    pub conditions: Vec<Condition<'a>>,
    /// Sizes.
    pub stats: Stats,
    /// Sentences, with `--sentences`.
    pub sentences: Option<Vec<SentenceOut<'a>>>,
    /// Tokens, with `--tokens`.
    pub tokens: Option<Vec<TokenOut<'a>>>,
    /// The normalized text, with `--normalized`.
    pub normalized: Option<String>,
}

impl WriteJson for Record<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            write_origin(w, self.schema_version, self.file, self.id);
            w.field("encoding", self.encoding);
            w.field("headline", &self.headline);
            w.field("source", &self.source);
            w.field("keywords", &self.keywords);
            w.field("related", &self.related);
            w.field("entities", &self.entities);
            w.field("quotes", &self.quotes);
            w.field("conditions", &self.conditions);
            w.field("stats", &self.stats);
            w.field_if_some("sentences", &self.sentences);
            w.field_if_some("tokens", &self.tokens);
            w.field_if_some("normalized", &self.normalized);
        });
    }
}

/// Writes the fields that open every record: the schema version and, where
/// known, the file or the line id.
fn write_origin(w: &mut JsonWriter, schema_version: u32, file: Option<&str>, id: Option<&serde_json::Value>) {
    w.field("schema_version", &schema_version);
    w.field_if_some("file", &file);
    w.field_if_some("id", &id);
}

/// Why an input could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorInfo {
    /// A stable machine-readable kind: not_found, not_a_file, binary,
    /// encoding, too_large, empty, link_loop, bad_line, io.
    pub kind: &'static str,
    /// What went wrong, for people.
    pub message: String,
}

impl WriteJson for ErrorInfo {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            w.field("kind", self.kind);
            w.field("message", &self.message);
        });
    }
}

/// The record written for an input that failed.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorRecord {
    /// Always `SCHEMA_VERSION`.
    pub schema_version: u32,
    /// The path as given.
    pub file: Option<String>,
    /// The id of a `--input jsonl` line.
    pub id: Option<serde_json::Value>,
    /// What went wrong.
    pub error: ErrorInfo,
}

impl WriteJson for ErrorRecord {
    fn write_json(&self, w: &mut JsonWriter) {
        w.object(|w| {
            write_origin(w, self.schema_version, self.file.as_deref(), self.id.as_ref());
            w.field("error", &self.error);
        });
    }
}

/// Appends a record, on one line or pretty-printed, and a line feed to `out`.
pub fn write_json<T: WriteJson>(out: &mut Vec<u8>, record: &T, pretty: bool) {
    record.write_json(&mut JsonWriter::new(out, pretty));
    out.push(b'\n');
}
