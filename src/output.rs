//! The output schema (version 1): serde structs that are the JSON contract.
//! Nothing else in the crate writes JSON.

use crate::layout::Section;
use serde::Serialize;
use serde::ser::{SerializeStruct, Serializer};
use std::borrow::Cow;

/// Version of the output schema.
pub const SCHEMA_VERSION: u32 = 1;

/// A stretch of the original text, in code points, end exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span<'a> {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The original text of the span.
    pub text: &'a str,
}

/// How an entity is referred to in a mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
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

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
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

impl Serialize for Mention<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = span_struct(s, "Mention", &self.span, 4)?;
        out.serialize_field("section", &self.section)?;
        out.serialize_field("form", &self.form)?;
        field_if_some(&mut out, "extent", &self.extent)?;
        field_if_some(&mut out, "rule", &self.rule)?;
        out.end()
    }
}

/// Starts a struct whose first fields are those of `span` (start, end,
/// text), with `more` fields after them: the fields of a span stand in the
/// object of what it locates, as a flattened field would put them, without
/// the map that flattening serializes through.
fn span_struct<S: Serializer>(
    s: S,
    name: &'static str,
    span: &Span<'_>,
    more: usize,
) -> Result<S::SerializeStruct, S::Error> {
    let mut out = s.serialize_struct(name, 3 + more)?;
    out.serialize_field("start", &span.start)?;
    out.serialize_field("end", &span.end)?;
    out.serialize_field("text", &span.text)?;
    Ok(out)
}

/// Writes an optional field only when it holds a value.
fn field_if_some<S: SerializeStruct, T: Serialize>(
    out: &mut S,
    key: &'static str,
    value: &Option<T>,
) -> Result<(), S::Error> {
    match value {
        Some(v) => out.serialize_field(key, v),
        None => out.skip_field(key),
    }
}

/// An entity with all its mentions in the document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entity<'a> {
    /// Countries: ISO 3166-1 alpha-2; others: a stable lowercase slug.
    pub id: Cow<'a, str>,
    /// What it is.
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// Canonical Arabic name.
    pub name: Cow<'a, str>,
    /// English name where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name_en: Option<Cow<'a, str>>,
    /// The country an organization or place belongs to, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Cow<'a, str>>,
    /// Every mention, in text order.
    pub mentions: Vec<Mention<'a>>,
}

/// Whether a quote's content stands inside quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteType {
    /// All of it is quoted.
    Direct,
    /// None of it is quoted.
    Indirect,
    /// Part of it is quoted.
    Mixed,
}

/// A statement attributed to a source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote<'a> {
    /// The words naming the source; for a continuation or an anaphor, the
    /// full earlier naming. Null when no source could be found.
    pub speaker: Option<Span<'a>>,
    /// The reporting word or phrase.
    pub cue: Span<'a>,
    /// The reported statement, without enclosing marks or introducing أن/إن.
    pub content: Span<'a>,
    /// Direct, indirect or mixed.
    #[serde(rename = "type")]
    pub kind: QuoteType,
    /// The entity the speaker is, or belongs to, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_entity: Option<String>,
    /// The page section of the cue.
    pub section: Section,
    /// The rule that found it (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// The family of a conditional marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
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

/// A conditional statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Condition<'a> {
    /// The marker as it stands, without a leading و/ف.
    pub marker: Span<'a>,
    /// The marker's family.
    #[serde(rename = "type")]
    pub kind: ConditionType,
    /// The condition clause.
    pub condition: Span<'a>,
    /// The clause the condition governs, where found.
    pub consequent: Option<Span<'a>>,
    /// True when the consequent is negated.
    pub negated: bool,
    /// Index in `quotes` of the quote the condition stands in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<usize>,
    /// The page section of the marker.
    pub section: Section,
    /// The rule that found it (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// Sizes of the document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
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

impl Serialize for SentenceOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = span_struct(s, "SentenceOut", &self.span, 2)?;
        out.serialize_field("paragraph", &self.paragraph)?;
        out.serialize_field("section", &self.section)?;
        out.end()
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

impl Serialize for TokenOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut out = span_struct(s, "TokenOut", &self.span, 3)?;
        out.serialize_field("kind", &self.kind)?;
        if self.proclitics.is_empty() {
            out.skip_field("proclitics")?;
        } else {
            out.serialize_field("proclitics", &self.proclitics)?;
        }
        field_if_some(&mut out, "stem", &self.stem)?;
        out.end()
    }
}

/// The analysis of one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record<'a> {
    /// Always `SCHEMA_VERSION`.
    pub schema_version: u32,
    /// The path as given ("-" for standard input).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<&'a str>,
    /// The id of a `--input jsonl` line.
    #[serde(skip_serializing_if = "Option::is_none")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sentences: Option<Vec<SentenceOut<'a>>>,
    /// Tokens, with `--tokens`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<TokenOut<'a>>>,
    /// The normalized text, with `--normalized`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized: Option<String>,
}

/// Why an input could not be analyzed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ErrorInfo {
    /// A stable machine-readable kind: not_found, not_a_file, binary,
    /// encoding, too_large, empty, link_loop, bad_line, io.
    pub kind: &'static str,
    /// What went wrong, for people.
    pub message: String,
}

/// The record written for an input that failed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorRecord {
    /// Always `SCHEMA_VERSION`.
    pub schema_version: u32,
    /// The path as given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The id of a `--input jsonl` line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<serde_json::Value>,
    /// What went wrong.
    pub error: ErrorInfo,
}

/// Appends a record, on one line or pretty-printed, and a line feed to `out`.
pub fn write_json<T: Serialize>(out: &mut Vec<u8>, record: &T, pretty: bool) {
    let result =
        if pretty { serde_json::to_writer_pretty(&mut *out, record) } else { serde_json::to_writer(&mut *out, record) };
    result.expect("records are plain data and always serialize");
    out.push(b'\n');
}
