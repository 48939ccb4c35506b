//! Conditions: conditional statements with marker, condition and consequent.
//!
//! The extractor reads the normalized text and its tokens (never
//! re-tokenizing) one sentence at a time, in two passes:
//!
//! 1. **markers** — every token is tried against the marker families of the
//!    guideline (`if`, `only_if`, `unless`, `provided`, `requirement`), with
//!    their clitic forms (وإذا، فإن لم، وفي حال) and the readings that are not
//!    conditions ruled out (إنّ after a verb of saying, إذا meaning "whether",
//!    حال meaning "state", على أن after اتفق/حرص, إلا of exception);
//! 2. **spans** — the condition runs from after the marker to the end of its
//!    clause; the consequent is the clause after a fronted condition
//!    (إذا ...، فـ...) and the clause before a trailing one (... إذا ...), and
//!    for a requirement the thing that requires.
//!
//! Every record keeps the id of the rule that produced it (`--explain`).
//! Each scan is bounded by its sentence and by `MAX_SPAN` tokens, so the work
//! is linear in the length of the text.

use crate::document::{Document, Range};
use crate::layout::Section;
use crate::normalize::HAMZA_ALEFS;
use crate::output::{Condition, ConditionType, Quote};
use crate::segment::{EndLetters, TokenKind};
use regex::Regex;
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Longest condition or consequent, in tokens.
const MAX_SPAN: usize = 80;

/// Finds the conditional statements of a document.
pub fn extract<'a>(doc: &Document<'a>, quotes: &[Quote<'a>]) -> Vec<Condition<'a>> {
    let quotes = QuoteIndex::new(quotes);
    let mut out = Vec::new();
    for s in doc.sentences() {
        let section = doc.section_at(s.range.start);
        if !matches!(section, Section::Headline | Section::Body) {
            continue;
        }
        let sent = Sent { doc, a: s.tokens.0 as usize, b: s.tokens.1 as usize };
        sent.extract(&quotes, &mut out);
    }
    out
}

/// Quote contents sorted by start, to find the quote a marker stands in
/// without scanning every quote for every marker.
struct QuoteIndex {
    /// (start, end, index in `quotes`), sorted by start.
    contents: Vec<(usize, usize, usize)>,
    longest: usize,
}

impl QuoteIndex {
    fn new(quotes: &[Quote]) -> QuoteIndex {
        let mut contents: Vec<_> =
            quotes.iter().enumerate().map(|(i, q)| (q.content.start, q.content.end, i)).collect();
        contents.sort_unstable();
        let longest = contents.iter().map(|c| c.1 - c.0).max().unwrap_or(0);
        QuoteIndex { contents, longest }
    }

    /// The first quote (in `quotes` order) whose content holds `marker`.
    fn holding(&self, marker: &crate::output::Span) -> Option<usize> {
        let upto = self.contents.partition_point(|c| c.0 <= marker.start);
        self.contents[..upto]
            .iter()
            .rev()
            .take_while(|c| c.0 + self.longest >= marker.end)
            .filter(|c| marker.end <= c.1)
            .map(|c| c.2)
            .min()
    }
}

/// Where the consequent of a marker is looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// After a fronted condition, before a trailing one.
    Auto,
    /// Always the clause before the marker (إلا إذا، شريطة، على أن).
    Before,
    /// A requirement verb (يتطلب): the subject, before it or right after it.
    ReqVerb,
}

/// One marker found in a sentence.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// First token of the marker (with its clitic).
    first: usize,
    /// One past the last token of the marker.
    last: usize,
    /// The marker itself, without a leading و/ف.
    marker: Range,
    /// Byte where the condition starts.
    cond_start: usize,
    /// First token of the condition.
    cond_tok: usize,
    kind: ConditionType,
    rule: &'static str,
    mode: Mode,
    /// The marker is لو (its consequent may open with ل).
    law: bool,
}

/// A sentence of a document, as the token range `a..b`.
struct Sent<'d, 'a> {
    doc: &'d Document<'a>,
    a: usize,
    b: usize,
}

/// Strips one leading و or ف (a conjunction) when something is left.
fn conj(w: &str) -> &str {
    match w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => w,
    }
}

/// The word a marker starts with, which picks the rules that read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    /// إلا
    Illa,
    /// ما
    Ma,
    /// شريطة
    Shariita,
    /// بشرط
    Bishart,
    /// شرط
    Shart,
    /// مقابل، بمقابل
    Muqabil,
    /// على
    Ala,
    /// A verb or participle of requiring (يتطلب، مشروط ...).
    Requirement,
    /// إذا
    Idha,
    /// إن
    In,
    /// لو
    Law,
    /// فيما
    Fima,
    /// في
    Fi,
    /// حال
    Hal,
    /// عند
    Inda,
    /// متى
    Mata,
    /// كلما
    Kullama,
    /// طالما
    Talama,
}

/// Every word a marker can start with, bare and with a leading و/ف, with
/// the head it is and the bytes of that conjunction: one lookup skips most
/// tokens and picks the only rules that can match, with no string compared
/// again.
static HEADS: LazyLock<Listed<(Head, usize)>> = LazyLock::new(|| {
    let heads: [(Head, &[&str]); 18] = [
        (Head::Illa, &["الا"]),
        (Head::Ma, &["ما"]),
        (Head::Shariita, &["شريطه"]),
        (Head::Bishart, &["بشرط"]),
        (Head::Shart, &["شرط"]),
        (Head::Muqabil, &["مقابل", "بمقابل"]),
        (Head::Ala, &["علي"]),
        (
            Head::Requirement,
            &[
                "يتطلب",
                "تتطلب",
                "يستلزم",
                "تستلزم",
                "يتطلبان",
                "تتطلبان",
                "سيتطلب",
                "ستتطلب",
                "يستدعي",
                "تستدعي",
                "يشترط",
                "تشترط",
                "يتوقف",
                "تتوقف",
                "سيتوقف",
                "ستتوقف",
                "مشروط",
                "مشروطه",
                "مشروطا",
                "مشروطين",
                "مشروطان",
                "مرهون",
                "مرهونه",
                "مرهونا",
                "مرهونين",
                "رهن",
                "رهين",
                "رهينه",
            ],
        ),
        (Head::Idha, &["اذا"]),
        (Head::In, &["ان"]),
        (Head::Law, &["لو"]),
        (Head::Fima, &["فيما"]),
        (Head::Fi, &["في"]),
        (Head::Hal, &["حال"]),
        (Head::Inda, &["عند"]),
        (Head::Mata, &["متي"]),
        (Head::Kullama, &["كلما"]),
        (Head::Talama, &["طالما"]),
    ];
    let mut map = HashMap::default();
    for (head, words) in heads {
        for w in words {
            for conj in ["", "و", "ف"] {
                map.insert(format!("{conj}{w}"), (head, conj.len()));
            }
        }
    }
    Listed::new(map)
});

/// Words listed in full behind their end letters: most words are ruled
/// out by one test before they are hashed, and no string is compared.
struct Listed<V> {
    ends: EndLetters,
    words: HashMap<String, V>,
}

impl<V> Listed<V> {
    fn new(words: HashMap<String, V>) -> Listed<V> {
        Listed { ends: EndLetters::of(words.keys().map(String::as_str)), words }
    }

    /// What `w` is, if it is listed.
    fn get(&self, w: &str) -> Option<&V> {
        if self.ends.may_hold(w) { self.words.get(w) } else { None }
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '«' | '»' | '“' | '”' | '„' | '‘' | '’')
}

const NEGATORS: &[&str] = &["لا", "لن", "لم", "ليس", "ليست", "ليسوا", "لست", "لسنا", "غير", "لما"];

/// Words that open a clause: the consequent of a trailing condition starts
/// after them (كما، حيث، لكن، فإن ...).
const OPENERS: &[&str] = &[
    "انه",
    "انها",
    "انهم",
    "اننا",
    "انني",
    "بانه",
    "بانها",
    "بانهم",
    "فان",
    "فانه",
    "فانها",
    "فانهم",
    "فاننا",
    "لان",
    "لانه",
    "لانها",
    "كما",
    "حيث",
    "لكن",
    "ولكن",
    "بينما",
    "وبينما",
    "اذ",
    "بل",
    "ثم",
    "مما",
    "فيما",
];

/// Words that end a condition or a consequent: a participle continuing the
/// speaker (مشيرا، مؤكدين) as a stem and an ending, bare or after و/ف, and a
/// few connectives (حيث، لا سيما). Listed in full, behind their end letters:
/// most words are ruled out by one test rather than by reading every ending.
static BOUNDARIES: LazyLock<Listed<()>> = LazyLock::new(|| {
    const STEMS: [&str; 13] =
        ["مشير", "مؤكد", "مضيف", "موضح", "لافت", "مبين", "منوه", "معتبر", "مشدد", "قائل", "مطالب", "محذر", "داعي"];
    const ENDINGS: [&str; 7] = ["", "ا", "ه", "ين", "ون", "تين", "ان"];
    let mut words: HashMap<String, ()> =
        ["حيث", "بينما", "وبينما", "وذلك", "سيما"].into_iter().map(|w| (w.to_string(), ())).collect();
    for stem in STEMS {
        for ending in ENDINGS {
            for conj in ["", "و", "ف"] {
                words.insert(format!("{conj}{stem}{ending}"), ());
            }
        }
    }
    Listed::new(words)
});

fn boundary(w: &str) -> bool {
    BOUNDARIES.get(w).is_some()
}

/// Verbs and nouns of saying: an أن/إن after them opens the reported clause,
/// and an إن after them is not conditional.
static SPEECH: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    [
        "قال",
        "قالت",
        "قالوا",
        "يقول",
        "تقول",
        "اكد",
        "اكدت",
        "اكدوا",
        "يؤكد",
        "تؤكد",
        "اوضح",
        "اوضحت",
        "يوضح",
        "توضح",
        "اضاف",
        "اضافت",
        "يضيف",
        "تضيف",
        "اشار",
        "اشارت",
        "يشير",
        "تشير",
        "ذكر",
        "ذكرت",
        "يذكر",
        "تذكر",
        "اعلن",
        "اعلنت",
        "يعلن",
        "تعلن",
        "شدد",
        "شددت",
        "يشدد",
        "تشدد",
        "لفت",
        "لفتت",
        "اعتبر",
        "اعتبرت",
        "يعتبر",
        "تعتبر",
        "راي",
        "رات",
        "يري",
        "تري",
        "كشف",
        "كشفت",
        "حذر",
        "حذرت",
        "يحذر",
        "تحذر",
        "افاد",
        "افادت",
        "يفيد",
        "تفيد",
        "بين",
        "بينت",
        "يبين",
        "تبين",
        "صرح",
        "صرحت",
        "نفي",
        "نفت",
        "ينفي",
        "تنفي",
        "اعرب",
        "اعربت",
        "اوضحوا",
        "تابع",
        "تابعت",
        "اكدا",
        "ابان",
        "ابانت",
        "نبه",
        "نبهت",
        "زعم",
        "زعمت",
        "يرون",
        "اعتبروا",
        "قالا",
        "مشيرا",
        "مشيره",
        "مؤكدا",
        "مؤكده",
        "مضيفا",
        "مضيفه",
        "موضحا",
        "موضحه",
        "لافتا",
        "لافته",
        "مبينا",
        "مبينه",
        "منوها",
        "منوهه",
        "معتبرا",
        "معتبره",
        "مشددا",
        "مشدده",
        "قائلا",
        "قائله",
        "الي",
        "تصريح",
        "تصريحات",
        "بيان",
    ]
    .into_iter()
    .collect()
});

/// What a word on the way back from an إن tells of it, by its form, bare or
/// after و/ف: a verb or noun of saying (other than الى) makes the إن the
/// reported "that" (`true`); a complementizer ends the search (`false`).
/// Listed in full behind their end letters: most words are ruled out by one
/// test, with no string compared.
static SAYING: LazyLock<Listed<bool>> = LazyLock::new(|| {
    let mut map = HashMap::default();
    let forms = |w: &str| ["", "و", "ف"].map(|c| format!("{c}{w}"));
    for f in SPEECH.iter().chain(&["قلت", "قلنا", "يقولون", "اقول"]).flat_map(|w| forms(w)) {
        if conj(&f) != "الي" {
            map.insert(f, true);
        }
    }
    for f in ["ان", "انه", "انها", "انهم", "بان", "بانه"].iter().flat_map(|w| forms(w)) {
        map.entry(f).or_insert(false);
    }
    Listed::new(map)
});

/// Verbs after which إذا means "whether" (لا نعلم إذا، تساءل إذا).
static WHETHER: LazyLock<HashSet<&str>> = LazyLock::new(|| {
    [
        "نعلم",
        "يعلم",
        "تعلم",
        "اعلم",
        "نعرف",
        "يعرف",
        "تعرف",
        "اعرف",
        "ندري",
        "يدري",
        "تدري",
        "ادري",
        "تساءل",
        "تساءلت",
        "يتساءل",
        "تتساءل",
        "تساءلوا",
        "سال",
        "سالت",
        "يسال",
        "تسال",
        "اسال",
        "التساؤل",
        "تساؤل",
        "معرفه",
        "لمعرفه",
        "تحديد",
        "لتحديد",
        "يحدد",
        "تحدد",
        "يتضح",
        "اتضح",
        "واضحا",
        "التاكد",
        "للتاكد",
        "التحقق",
        "للتحقق",
        "يقرر",
        "تقرر",
        "سيقرر",
        "ستقرر",
        "يدرس",
        "تدرس",
        "ندرس",
        "نري",
        "سنري",
        "يعرفون",
        "يعلمون",
        "موعد",
        "متي",
    ]
    .into_iter()
    .collect()
});

/// Whether `w`, bare or after a glued و or ف, is one of `words`.
fn listed(words: &HashSet<&str>, w: &str) -> bool {
    words.contains(w) || words.contains(conj(w))
}

/// Words before على أن that take it as their object (اتفقوا على أن، حرص على
/// أن، تنص المادة على أن): then على أن is not "provided that". Letters are
/// spelled as the Arabic range, not `\p{L}`, to keep start-up short.
static ALA_AN_GOVERNOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[وف]?(?:[يتن]?(?:تفق|حرص|ؤكد|صر|ركز|نص|وافق|عمل|جمع|دل|حث|عتاد|عود|داب|برهن|توافق|تفاهم|قتصر|راهن|شدد|عزم|قدر)(?:ت|وا|ا|ون|ان|ين|تا)?|اتفق[\x{0621}-\x{064A}]*|الاتفاق|اتفاق[\x{0621}-\x{064A}]*|متفق[\x{0621}-\x{064A}]*|التوافق|توافق[\x{0621}-\x{064A}]*|التفاهم|تفاهم[\x{0621}-\x{064A}]*|اكد[\x{0621}-\x{064A}]*|التاكيد|تاكيد[\x{0621}-\x{064A}]*|مؤكد[\x{0621}-\x{064A}]*|حريص[\x{0621}-\x{064A}]*|الحرص|حرص[\x{0621}-\x{064A}]*|الموافق[\x{0621}-\x{064A}]*|موافق[\x{0621}-\x{064A}]*|الاصرار|اصر[\x{0621}-\x{064A}]*|دليل[\x{0621}-\x{064A}]*|الدليل|مؤشر[\x{0621}-\x{064A}]*|دلال[\x{0621}-\x{064A}]*|قادر[\x{0621}-\x{064A}]*|القدره|قدره[\x{0621}-\x{064A}]*|عازم[\x{0621}-\x{064A}]*|عزم[\x{0621}-\x{064A}]*|علاوه|فضلا|زياده|تشديد[\x{0621}-\x{064A}]*|التشديد|شدد[\x{0621}-\x{064A}]*|مشدد[\x{0621}-\x{064A}]*|العمل|مبني[\x{0621}-\x{064A}]*|الاجماع|اجماع[\x{0621}-\x{064A}]*|اجمع[\x{0621}-\x{064A}]*|تعمل|يعمل|نعمل|تنص|ينص|نص[\x{0621}-\x{064A}]*|يدل|تدل|تحث|يحث|برهان[\x{0621}-\x{064A}]*|شاهد[\x{0621}-\x{064A}]*|الشاهد|مثال[\x{0621}-\x{064A}]*|حرصا|تعاهد[\x{0621}-\x{064A}]*|تعهد[\x{0621}-\x{064A}]*|يتعهد|اعتاد[\x{0621}-\x{064A}]*|اعتدنا|درج[\x{0621}-\x{064A}]*|جري|اصرار[\x{0621}-\x{064A}]*|تركيز[\x{0621}-\x{064A}]*|التركيز)$",
    )
    .unwrap()
});

/// Stems of words that begin with a radical و (وزير، وافق، وصول): at a
/// clause start their و is not the conjunction.
const WAW_WORDS: &[&str] = &[
    "وزير",
    "وزار",
    "وزراء",
    "وكال",
    "وكيل",
    "وفد",
    "وفود",
    "وقت",
    "وضع",
    "وصول",
    "وصل",
    "وجود",
    "وجد",
    "وقف",
    "ولي",
    "وطن",
    "ولاي",
    "واشنطن",
    "وسط",
    "ورد",
    "وحد",
    "وعد",
    "وفق",
    "وقع",
    "وجه",
    "وافق",
    "واجه",
    "واصل",
    "واكب",
    "وسائل",
    "وسيل",
    "وراء",
    "وظائف",
    "وظيف",
    "ورش",
    "وثيق",
    "وثائق",
    "وجب",
    "وديع",
    "ودائع",
    "وارد",
    "واقع",
    "واضح",
    "وباء",
    "ولد",
    "ولاد",
    "وقود",
    "ورق",
    "وادي",
    "وزن",
    "وسع",
    "وضوح",
    "وعي",
    "وفاء",
    "وفاه",
    "وفر",
    "ولاء",
    "وهم",
    "وتير",
    "وثق",
    "وحش",
    "ودع",
    "ورث",
    "وصف",
    "وصي",
    "وعود",
    "وكر",
    "ولع",
    "ومض",
];

/// Nouns and adjectives after حالة that make it "a state of" (في حالة حرب).
const STATE_WORDS: &[&str] = &[
    "من",
    "حرب",
    "الحرب",
    "تاهب",
    "استنفار",
    "طوارئ",
    "الطوارئ",
    "ذهول",
    "هلع",
    "ترقب",
    "انتظار",
    "غيبوبه",
    "اغماء",
    "فوضي",
    "سكر",
    "حداد",
    "الحداد",
    "تعادل",
    "جيده",
    "سيئه",
    "مستقره",
    "حرجه",
    "خطره",
    "خطيره",
    "يرثي",
    "صعبه",
    "مزريه",
    "سيئه",
    "يرثى",
    "تاهب",
    "شلل",
    "ركود",
    "جمود",
    "انهيار",
    "نشوه",
    "تاهبها",
    "تاهبه",
    "وفاه",
    "وفاته",
    "اشتباك",
    "غضب",
    "توتر",
    "حصار",
    "نزاع",
    "صدمه",
    "دهشه",
    "سبات",
    "احتقان",
    "تحسن",
    "تراجع",
    "افضل",
    "اسوا",
    "اخري",
    "غريبه",
    "واعده",
    "شبه",
];

/// Words after إن that show it is إنّ (a pronoun, a demonstrative, a noun).
const INNA_NEXT: &[&str] = &[
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "هناك",
    "هنالك",
    "هو",
    "هي",
    "هم",
    "ما",
    "من",
    "كل",
    "بعض",
    "الله",
    "مثل",
    "اي",
    "عدد",
    "عددا",
    "نسبه",
    "حجم",
    "قيمه",
    "معظم",
    "اغلب",
    "اكثر",
    "جميع",
    "عمليه",
    "قرار",
    "هدف",
    "مشروع",
    "وزير",
    "وزاره",
    "رئيس",
    "مجلس",
    "المملكه",
    "الحكومه",
    "في",
    "علي",
    "الي",
    "عن",
    "مع",
    "لدي",
    "لا",
    "لن",
];

/// A perfect verb of the form افتعل whose ا+ل looks like the article
/// (التزمت، التقت), as opposed to a noun ending in ت (الوقت).
fn alif_lam_perfect(w: &str) -> bool {
    w.starts_with("ال")
        && w.ends_with('ت')
        && w.chars().count() >= 5
        && !w.ends_with("ات")
        && !matches!(
            w,
            "الوقت"
                | "البيت"
                | "الصوت"
                | "الموت"
                | "الزيت"
                | "الانترنت"
                | "السبت"
                | "الكويت"
                | "النفط"
        )
}

/// Frequent perfect verbs that may follow a conditional إن.
const PERFECT_VERBS: &[&str] = &[
    "كان",
    "تم",
    "وجد",
    "ثبت",
    "قدم",
    "حصل",
    "وقع",
    "صح",
    "جاز",
    "لزم",
    "امكن",
    "استمر",
    "اراد",
    "رغب",
    "عاد",
    "توفر",
    "تعذر",
    "وافق",
    "تعاون",
    "اقتضي",
    "تطلب",
    "رفض",
    "قبل",
    "فشل",
    "نجح",
    "استطاع",
    "فاز",
    "خسر",
    "تاخر",
    "تكرر",
    "طلب",
    "ظهر",
    "تبين",
    "اتضح",
    "حدث",
    "صدر",
    "دخل",
    "خرج",
    "بقي",
    "اصر",
    "قرر",
    "تمكن",
    "وصل",
    "تجاوز",
    "زاد",
];

/// Words before إن/أن/إذا that govern an أن (بعد أن، قبل أن) or make ما إن
/// "no sooner than".
const AN_GOVERNORS: &[&str] = &[
    "بعد",
    "قبل",
    "منذ",
    "حتي",
    "الي",
    "علي",
    "من",
    "عن",
    "في",
    "رغم",
    "برغم",
    "بمجرد",
    "مجرد",
    "لمجرد",
    "دون",
    "بدون",
    "شرط",
    "بشرط",
    "مقابل",
    "حيث",
    "اذ",
    "بل",
    "كما",
    "لكن",
    "الا",
    "ثم",
    "ما",
    "بين",
    "يجب",
    "ينبغي",
    "يمكن",
    "لابد",
    "بد",
    "عسي",
    "سوي",
    "غير",
    "خشيه",
    "كي",
    "لكي",
    "اما",
];

/// Verbal nouns after bare حال that make it "as soon as / in case".
fn verbal_noun(w: &str) -> bool {
    let n = w.chars().count();
    let def = w.starts_with("الا") || w.starts_with("الت") || w.starts_with("الم");
    let pron = w.ends_with('ه') || w.ends_with("ها") || w.ends_with("هم");
    (def && n >= 6 && !matches!(w, "الامطار" | "الاوضاع" | "الاقتصاد" | "الاسواق" | "الامه" | "المرضي" | "المنطقه" | "الامن"))
        || (pron && !w.starts_with("ال") && n >= 5)
        || matches!(w, "تم" | "حدوث" | "وقوع" | "ثبوت" | "وجود" | "صدور" | "وصول" | "عدم")
}

impl<'d, 'a> Sent<'d, 'a> {
    /// The text of token `i`; empty past the end of the document.
    fn w(&self, i: usize) -> &'d str {
        if i < self.doc.tokens().len() { self.doc.token_text(i) } else { "" }
    }

    fn range(&self, i: usize) -> Range {
        self.doc.tokens()[i].range
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.b && self.doc.tokens()[i].kind != TokenKind::Punct
    }

    fn punct(&self, i: usize) -> Option<char> {
        let t = self.doc.tokens()[i];
        (t.kind == TokenKind::Punct).then(|| self.w(i).chars().next().unwrap_or(' '))
    }

    /// The token's first letter in the original text (after a clitic of
    /// `skip` bytes), to tell أن from إن.
    fn orig_letter(&self, i: usize, skip: usize) -> Option<char> {
        let r = self.range(i);
        self.doc.original_text(Range::new(r.start + skip, r.end)).chars().next()
    }

    /// Whether the original token carries a shadda (إنّ).
    fn has_shadda(&self, i: usize) -> bool {
        self.doc.original_text(self.range(i)).contains('\u{0651}')
    }

    fn word_is(&self, i: usize, m: &str) -> bool {
        self.is_word(i) && self.w(i) == m
    }

    /// The marker range of tokens `first..last`, without the clitic of `first`.
    fn marker_range(&self, first: usize, last: usize, clitic: usize) -> Range {
        Range::new(self.range(first).start + clitic, self.range(last - 1).end)
    }

    fn extract(&self, quotes: &QuoteIndex, out: &mut Vec<Condition<'a>>) {
        let mut hits = Vec::new();
        let (ends, tokens) = (&HEADS.ends, self.doc.tokens());
        let mut i = self.a;
        while i < self.b {
            // The letter filter first: it rules out nearly every token,
            // punctuation too, on a predicted branch, where a test of the
            // kind would go either way from token to token.
            let head = ends.may_hold_token(&tokens[i]);
            let hit = if head && self.is_word(i) { self.detect(i) } else { None };
            match hit {
                Some(h) => {
                    i = h.last;
                    hits.push(h);
                }
                None => i += 1,
            }
        }
        let starts: Vec<usize> = hits.iter().map(|h| h.first).collect();
        let mut prev: Option<(usize, Option<Range>, bool)> = None;
        for h in &hits {
            let rec = self.spans(h, &starts, prev);
            let Some((cond, cond_end, consequent, negated)) = rec else { continue };
            prev = Some((cond_end, consequent, negated));
            let marker = self.doc.span(h.marker);
            let quote = quotes.holding(&marker);
            out.push(Condition {
                marker,
                kind: h.kind,
                condition: self.doc.span(cond),
                consequent: consequent.map(|r| self.doc.span(r)),
                negated,
                quote,
                section: self.doc.section_at(h.marker.start),
                rule: Some(h.rule),
            });
        }
    }

    // ----- pass 1: markers -------------------------------------------------

    /// The marker that word `i`, one of the `HEADS`, starts.
    fn detect(&self, i: usize) -> Option<Hit> {
        let &(head, clitic) = HEADS.words.get(self.w(i))?;
        match head {
            Head::Illa => self.only_if(i, clitic),
            Head::Ma => self.unless(i, clitic),
            Head::Shariita | Head::Bishart | Head::Shart | Head::Muqabil | Head::Ala => self.provided(i, head, clitic),
            Head::Requirement => self.requirement(i),
            Head::Idha
            | Head::In
            | Head::Law
            | Head::Fima
            | Head::Fi
            | Head::Hal
            | Head::Inda
            | Head::Mata
            | Head::Kullama
            | Head::Talama => self.if_family(i, head, clitic),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn hit(
        &self,
        first: usize,
        last: usize,
        clitic: usize,
        cond_tok: usize,
        kind: ConditionType,
        rule: &'static str,
        mode: Mode,
    ) -> Option<Hit> {
        if cond_tok >= self.b || !self.is_word(cond_tok) && self.w(cond_tok) != "(" {
            return None;
        }
        Some(Hit {
            first,
            last,
            marker: self.marker_range(first, last, clitic),
            cond_start: self.range(cond_tok).start,
            cond_tok,
            kind,
            rule,
            mode,
            law: false,
        })
    }

    /// إلا إذا، إلا في حال(ة)، إلا بعد، إلا بشرط، إلا عند after a negated clause.
    fn only_if(&self, i: usize, clitic: usize) -> Option<Hit> {
        // ألا is أن + لا, not إلا.
        if self.orig_letter(i, clitic) == Some('أ') {
            return None;
        }
        let n = i + 1;
        if !self.is_word(n) {
            return None;
        }
        let (last, rule) = match self.w(n) {
            "اذا" if self.word_is(n + 1, "ما") => (n + 2, "only_if:illa-idha"),
            "اذا" => (n + 1, "only_if:illa-idha"),
            "في" if matches!(self.w(n + 1), "حال" | "حاله") && self.is_word(n + 1) => {
                (n + 2, "only_if:illa-fi-hal")
            }
            "بعد" => (n + 1, "only_if:illa-baad"),
            "بعدما" => (n + 1, "only_if:illa-baad"),
            "بشرط" => (n + 1, "only_if:illa-bishart"),
            "عند" | "عندما" => (n + 1, "only_if:illa-inda"),
            "لو" => (n + 1, "only_if:illa-law"),
            "حال" if self.is_word(n + 1) && verbal_noun(self.w(n + 1)) => (n + 1, "only_if:illa-hal"),
            _ => return None,
        };
        let restricted = self.negated_before(i);
        let (kind, rule) = if restricted {
            (ConditionType::OnlyIf, rule)
        } else if matches!(self.w(n), "اذا" | "في" | "لو") {
            // "... إلا إذا ..." after an affirmative clause: "unless".
            (ConditionType::Unless, "unless:illa-affirmative")
        } else {
            // "حضر الجميع إلا بعد ..." : an exception, not a condition.
            return None;
        };
        self.hit(i, last, clitic, last, kind, rule, Mode::Before)
    }

    /// A negator in the clause before token `i`.
    fn negated_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.a && i - k < MAX_SPAN {
            k -= 1;
            if let Some(c) = self.punct(k) {
                if matches!(c, '؛' | ';' | ':') || is_quote_mark(c) {
                    return false;
                }
                continue;
            }
            let w = conj(self.w(k));
            if NEGATORS.contains(&w) || w == "ما" || self.w(k) == "ما" {
                return true;
            }
        }
        false
    }

    /// ما لم.
    fn unless(&self, i: usize, clitic: usize) -> Option<Hit> {
        if !self.word_is(i + 1, "لم") {
            return None;
        }
        // A relative ما (كشف ما لم يذكره التقرير): after a preposition or a
        // quantifier, or with a resumptive pronoun on the verb.
        if i > self.a && self.is_word(i - 1) && clitic == 0 {
            let p = conj(self.w(i - 1));
            if AN_GOVERNORS.contains(&p) || matches!(p, "كل" | "بعض" | "اكثر" | "اهم" | "هو" | "وهو") {
                return None;
            }
            // A resumptive pronoun on the verb: يذكره، يحققها (but تنته is a
            // jussive, not a pronoun).
            let v = if self.is_word(i + 2) { self.w(i + 2) } else { "" };
            let stem = v.strip_suffix("ها").or_else(|| v.strip_suffix("هم")).or_else(|| v.strip_suffix('ه'));
            if stem.is_some_and(|s| s.chars().count() >= 4 || v.ends_with("ها") || v.ends_with("هم")) {
                return None;
            }
        }
        self.hit(i, i + 2, clitic, i + 2, ConditionType::Unless, "unless:ma-lam", Mode::Auto)
    }

    /// شريطة، بشرط، شرط أن، على أن، مقابل أن.
    fn provided(&self, i: usize, head: Head, c: usize) -> Option<Hit> {
        let p = ConditionType::Provided;
        match head {
            Head::Shariita => self.hit(i, i + 1, c, i + 1, p, "provided:shariita", Mode::Before),
            Head::Bishart => self.hit(i, i + 1, c, i + 1, p, "provided:bishart", Mode::Before),
            Head::Shart => match self.w(i + 1) {
                "ان" if self.is_word(i + 1) => self.hit(i, i + 2, c, i + 2, p, "provided:shart-an", Mode::Before),
                "الا" if self.is_word(i + 1) => self.hit(i, i + 1, c, i + 1, p, "provided:shart-alla", Mode::Before),
                _ => None,
            },
            Head::Muqabil if self.word_is(i + 1, "ان") => {
                self.hit(i, i + 2, c, i + 2, p, "provided:muqabil-an", Mode::Before)
            }
            Head::Ala => self.ala_an(i, c),
            _ => None,
        }
    }

    /// على أن "provided that".
    fn ala_an(&self, i: usize, c: usize) -> Option<Hit> {
        let p = ConditionType::Provided;
        let n = i + 1;
        let alla = self.word_is(n, "الا") && self.orig_letter(n, 0) == Some('أ');
        if !(self.word_is(n, "ان") || alla) || self.orig_letter(n, 0) == Some('إ') {
            return None;
        }
        // "Provided that" takes a subjunctive verb (على أن تلتزم); على أنّ
        // + noun (شدد على أن الطفل معرض) is "that".
        if !alla {
            let v = if self.is_word(n + 1) { self.w(n + 1) } else { "" };
            let verb = ["ي", "ت", "ن", "ا"].iter().any(|p| v.starts_with(p))
                && !v.starts_with("ال")
                && !INNA_NEXT.contains(&v)
                && v.chars().count() >= 3
                || v == "لا";
            if !verb {
                return None;
            }
        }
        let after_comma = i > self.a && matches!(self.punct(i - 1), Some('،' | ','));
        if !after_comma && self.governed_ala_an(i) {
            return None;
        }
        let rule = if after_comma { "provided:ala-an-comma" } else { "provided:ala-an" };
        if alla {
            return self.hit(i, n, c, n, p, rule, Mode::Before);
        }
        self.hit(i, i + 2, c, i + 2, p, rule, Mode::Before)
    }

    /// A governor of على أن among the few words before it in the clause.
    fn governed_ala_an(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.a && i - k <= 6 {
            k -= 1;
            if !self.is_word(k) {
                return false;
            }
            if ALA_AN_GOVERNOR.is_match(self.w(k)) {
                return true;
            }
        }
        i - self.a <= 1
    }

    /// يتطلب، يستلزم، يشترط، يتوقف على، مشروط بـ، مرهون بـ، رهن بـ.
    fn requirement(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let r = ConditionType::Requirement;
        let bare = conj(w);
        let clitic = w.len() - bare.len();
        match bare {
            "يتطلب" | "تتطلب" | "يستلزم" | "تستلزم" | "يتطلبان" | "تتطلبان" | "سيتطلب" | "ستتطلب" | "يستدعي"
            | "تستدعي" => {
                let rule = if bare.contains("لزم") {
                    "requirement:yastalzim"
                } else if bare.contains("دعي") {
                    "requirement:yastadi"
                } else {
                    "requirement:yatatallab"
                };
                if bare.contains("دعي") {
                    return None;
                }
                self.hit(i, i + 1, clitic, i + 1, r, rule, Mode::ReqVerb)
            }
            "يشترط" | "تشترط" => {
                // يشترط على أبنائه ألا ...: the condition is the أن/ألا clause.
                let n = i + 1;
                let mut cond = n;
                if self.is_word(n) && (matches!(self.w(n), "علي" | "في") || self.w(n).starts_with('ل')) {
                    let mut e = n + 1;
                    while e < self.b && e - n < 12 && self.is_word(e) && !matches!(self.w(e), "ان" | "الا" | "بان")
                    {
                        e += 1;
                    }
                    if self.is_word(e) && matches!(self.w(e), "ان" | "الا" | "بان") {
                        cond = e;
                    }
                }
                self.hit(i, n, clitic, cond, r, "requirement:yashtarit", Mode::ReqVerb)
            }
            "يتوقف" | "تتوقف" | "سيتوقف" | "ستتوقف" if self.word_is(i + 1, "علي") => {
                self.hit(i, i + 2, clitic, i + 2, r, "requirement:yatawaqqaf-ala", Mode::Before)
            }
            "مشروط" | "مشروطه" | "مشروطا" | "مشروطين" | "مشروطان" | "مرهون" | "مرهونه" | "مرهونا" | "مرهونين"
            | "رهن" | "رهين" | "رهينه" => {
                let n = i + 1;
                if !self.is_word(n) || !self.w(n).starts_with('ب') || self.w(n).chars().count() < 3 {
                    return None;
                }
                // سراح مشروط: parole; مشروط بعد ...: "after", not "by".
                if matches!(self.w(n), "بعد" | "بين" | "بدون" | "بشكل")
                    || i > self.a && matches!(conj(self.w(i - 1)), "سراح" | "السراح" | "الافراج" | "افراج")
                {
                    return None;
                }
                let rule =
                    if bare.starts_with("مشروط") { "requirement:mashrut-bi" } else { "requirement:marhun-bi" };
                let b_len = 'ب'.len_utf8();
                let rn = self.range(n);
                Some(Hit {
                    first: i,
                    last: n + 1,
                    marker: Range::new(self.range(i).start + clitic, rn.start + b_len),
                    cond_start: rn.start + b_len,
                    cond_tok: n,
                    kind: r,
                    rule,
                    mode: Mode::Before,
                    law: false,
                })
            }
            _ => None,
        }
    }

    /// إذا، إن، لو، في حال(ة)، حال، عند الضرورة، متى، كلما، طالما. (عندما is not a marker of the guideline.)
    fn if_family(&self, i: usize, head: Head, c: usize) -> Option<Hit> {
        let f = ConditionType::If;
        match head {
            Head::Idha => {
                // إذاً (with tanwin) is "therefore".
                if self.doc.original_text(self.range(i)).contains('\u{064B}') {
                    return None;
                }
                self.idha(i, c)
            }
            Head::In => self.in_conditional(i, c),
            Head::Law => self.law(i, c),
            Head::Fima if self.word_is(i + 1, "لو") => {
                let mut h = self.hit(i, i + 2, c, i + 2, f, "if:fima-law", Mode::Auto)?;
                h.law = true;
                Some(h)
            }
            Head::Fi => {
                if !matches!(self.w(i + 1), "حال" | "حاله") || !self.is_word(i + 1) || !self.is_word(i + 2) {
                    return None;
                }
                let next = self.w(i + 2);
                // كما في حالة لبنان: "as in the case of".
                if i > self.a && matches!(conj(self.w(i - 1)), "كما" | "مثلما") {
                    return None;
                }
                if STATE_WORDS.contains(&next) || next.ends_with("يه") || next.starts_with("ال") && next.ends_with("يه")
                {
                    return None;
                }
                let rule = if self.w(i + 1) == "حال" { "if:fi-hal" } else { "if:fi-hala" };
                self.hit(i, i + 2, c, i + 2, f, rule, Mode::Auto)
            }
            Head::Hal => {
                let n = i + 1;
                if !self.is_word(n) || !verbal_noun(self.w(n)) {
                    return None;
                }
                if i > self.a && self.is_word(i - 1) {
                    let p = conj(self.w(i - 1));
                    if matches!(p, "في" | "علي" | "باي" | "كل" | "سوء" | "لسان" | "هو" | "هي")
                        || p.starts_with("ب") && c == 0 && p == "ب"
                    {
                        return None;
                    }
                }
                self.hit(i, i + 1, c, i + 1, f, "if:hal", Mode::Auto)
            }
            // The condition is the necessity itself: marker عند.
            Head::Inda if self.word_is(i + 1, "الضروره") => {
                self.hit(i, i + 1, c, i + 1, f, "if:inda-darura", Mode::Before)
            }
            Head::Mata => {
                if self.sentence_is_question() || self.whether_before(i) {
                    return None;
                }
                if i > self.a && self.is_word(i - 1) && matches!(conj(self.w(i - 1)), "حتي" | "الي" | "منذ") {
                    return None;
                }
                let n = if self.word_is(i + 1, "ما") { i + 2 } else { i + 1 };
                self.hit(i, n, c, n, f, "if:mata", Mode::Auto)
            }
            Head::Kullama => self.hit(i, i + 1, c, i + 1, f, "if:kullama", Mode::Auto),
            Head::Talama => {
                if i > self.a && matches!(self.w(i - 1), "التي" | "الذي" | "الذين" | "ما" | "لطالما")
                {
                    return None;
                }
                self.hit(i, i + 1, c, i + 1, f, "if:talama", Mode::Auto)
            }
            _ => None,
        }
    }

    fn sentence_is_question(&self) -> bool {
        (self.a..self.b).any(|k| matches!(self.punct(k), Some('؟' | '?')))
    }

    /// A verb of knowing or asking just before `i` (لا نعلم إذا، تساءل متى).
    fn whether_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.a && i - k < 3 {
            k -= 1;
            if !self.is_word(k) {
                return false;
            }
            if listed(&WHETHER, self.w(k)) {
                return true;
            }
        }
        false
    }

    fn idha(&self, i: usize, c: usize) -> Option<Hit> {
        let f = ConditionType::If;
        if i > self.a && self.is_word(i - 1) && c == 0 {
            let p = self.w(i - 1);
            // ما إذا، عما إذا، فيما إذا: "whether".
            // Read whole too: the ف of فيما is no conjunction.
            let whether = |x: &str| matches!(x, "ما" | "عما" | "مما" | "فيما" | "عم");
            if whether(conj(p)) || whether(p) {
                return None;
            }
        }
        if self.whether_before(i) {
            return None;
        }
        let n = i + 1;
        if !self.is_word(n) {
            return None;
        }
        let next = self.w(n);
        // وإذا بالنار تشتعل: "and suddenly".
        if next.starts_with("بال") || matches!(next, "به" | "بها" | "بهم" | "بي" | "بنا") {
            return None;
        }
        // إذا جاز التعبير: "so to speak".
        if next == "جاز" && self.word_is(n + 1, "التعبير") {
            return None;
        }
        let cond = if next == "ما" { n + 1 } else { n };
        let rule = if self.clause_initial(i) { "if:idha-fronted" } else { "if:idha-trailing" };
        self.hit(i, n, c, cond, f, rule, Mode::Auto)
    }

    /// Conditional إن: before a perfect verb or لم, not إنّ and not the إن
    /// that follows a verb of saying.
    fn in_conditional(&self, i: usize, c: usize) -> Option<Hit> {
        let letter = self.orig_letter(i, c);
        if letter == Some('أ') || letter == Some('آ') || self.has_shadda(i) {
            return None;
        }
        let n = i + 1;
        if !self.is_word(n) {
            return None;
        }
        let next = self.w(n);
        if i > self.a && self.is_word(i - 1) && AN_GOVERNORS.contains(&conj(self.w(i - 1))) {
            return None;
        }
        if next == "لم" {
            return self.hit(i, n, c, n, ConditionType::If, "if:in-lam", Mode::Auto);
        }
        // Without a hamza, ان is far more often أن: only ان لم counts.
        if letter != Some('إ') || self.saying_before(i) {
            return None;
        }
        let len = next.chars().count();
        let perfect_like = alif_lam_perfect(next)
            || !next.starts_with("ال")
                && !INNA_NEXT.contains(&next)
                && !next.ends_with("ات")
                && (3..=8).contains(&len)
                && ((next.ends_with('ت') && !next.starts_with('ي'))
                    || (next.ends_with("وا") && !["ي", "ت", "ن"].iter().any(|p| next.starts_with(p)))
                    || PERFECT_VERBS.contains(&next));
        if !perfect_like {
            return None;
        }
        let fronted = self.clause_initial(i);
        if fronted && c == 'ف'.len_utf8() && self.w(i).starts_with('ف') {
            // فإن + verb at a clause start is rare; فإنّ is the rule.
            return None;
        }
        if fronted && !self.consequent_follows(n) {
            return None;
        }
        let rule = if fronted { "if:in-fronted" } else { "if:in-trailing" };
        self.hit(i, n, c, n, ConditionType::If, rule, Mode::Auto)
    }

    /// A comma or a ف-opener later in the sentence (a fronted إن needs its
    /// consequent).
    fn consequent_follows(&self, from: usize) -> bool {
        (from..self.b.min(from + MAX_SPAN))
            .any(|k| matches!(self.punct(k), Some('،' | ',')) || self.is_word(k) && self.fa_opener(k).is_some())
    }

    /// A verb of saying earlier in the sentence with no complementizer
    /// between (قال عضو الحكومة المحلية لوكالة الأنباء إن ...).
    fn saying_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.a && i - k <= 30 {
            k -= 1;
            match self.punct(k) {
                Some(':') => return true,
                Some(c) if matches!(c, '؛' | ';') || is_quote_mark(c) => return false,
                Some(_) => {}
                None => {
                    if let Some(&said) = SAYING.get(self.w(k)) {
                        return said;
                    }
                }
            }
        }
        false
    }

    /// A verb of saying in the clause before `i` (قال الوزير إن ...).
    fn speech_before(&self, i: usize) -> bool {
        let mut k = i;
        while k > self.a && i - k <= 6 {
            k -= 1;
            match self.punct(k) {
                Some(':') => return true,
                Some(_) => return false,
                None => {
                    if listed(&SPEECH, self.w(k)) {
                        return true;
                    }
                }
            }
        }
        false
    }

    fn law(&self, i: usize, c: usize) -> Option<Hit> {
        let n = i + 1;
        if !self.is_word(n) {
            return None;
        }
        let next = self.w(n);
        // لو سمحتم: "please"; كما لو: "as if"; ماذا لو: "what if"; ولو
        // لأسبوع، ولو سلبية واحدة: "even" before a phrase, not a clause.
        if next.starts_with("سمح") {
            return None;
        }
        if i > self.a && self.is_word(i - 1) && matches!(conj(self.w(i - 1)), "كما" | "ماذا") {
            return None;
        }
        if matches!(next, "علي" | "في" | "من" | "عن" | "الي" | "مع") {
            return None;
        }
        let verb_like = matches!(next, "ان" | "انه" | "انها" | "انهم" | "اننا" | "لم" | "لا" | "ما")
            || PERFECT_VERBS.contains(&next)
            || alif_lam_perfect(next)
            || !next.starts_with("ال")
                && !next.starts_with('ب')
                && !next.starts_with('ل')
                && !next.ends_with('ه')
                && !next.ends_with("يا")
                && (next.ends_with('ت')
                    || next.ends_with("وا")
                    || next.ends_with("نا")
                    || next.ends_with("تم")
                    || next.chars().count() == 3
                    || next.starts_with('ا') && next.chars().count() <= 6);
        if !verb_like {
            return None;
        }
        let rule = if self.clause_initial(i) { "if:law-fronted" } else { "if:law-trailing" };
        let mut h = self.hit(i, n, c, n, ConditionType::If, rule, Mode::Auto)?;
        h.law = true;
        Some(h)
    }

    // ----- pass 2: spans ---------------------------------------------------

    /// A marker at `first` opens its clause.
    fn clause_initial(&self, first: usize) -> bool {
        if first == self.a {
            return true;
        }
        let p = first - 1;
        if let Some(c) = self.punct(p) {
            return c != ')' && c != '(' && c != '/';
        }
        let w = self.w(p);
        OPENERS.contains(&w) || OPENERS.contains(&conj(w)) || matches!(w, "ان" | "وان" | "بان" | "لانه")
    }

    /// A word that opens the consequent of a fronted condition: فإن، فسوف،
    /// فلن، فهو ...; returns the bytes to skip (the whole word for فإن).
    fn fa_opener(&self, k: usize) -> Option<usize> {
        let w = self.w(k);
        // فإن with a pronoun or ما.
        let fa_inna = |p: &str| matches!(p, "" | "ه" | "ها" | "هم" | "نا" | "ني" | "ي" | "ك" | "كم" | "ما");
        if w.strip_prefix("فان").is_some_and(fa_inna) {
            return Some(self.range(k).end - self.range(k).start);
        }
        let rest = w.strip_prefix('ف')?;
        let n = rest.chars().count();
        if matches!(rest, "هو" | "هي" | "هم" | "هن" | "لن" | "لا" | "لم" | "قد" | "ما" | "من" | "ان" | "انه" | "هل")
        {
            return Some('ف'.len_utf8());
        }
        if matches!(w, "في" | "فيه" | "فيها" | "فيهم" | "فيما" | "فوق" | "فيم") {
            return None;
        }
        // فبماذا سأستفيد، فحينها سنرجع: the ف of the word before a future verb.
        let ok = (rest.starts_with('س') && n >= 3)
            || n >= 2 && k + 1 < self.b && self.future_verb(k + 1)
            || (rest.starts_with("ال") && n >= 4)
            || rest.starts_with("ليس")
            || rest.starts_with("كان")
            || rest.starts_with("سوف")
            || rest.starts_with("هذا")
            || rest.starts_with("هذه")
            || ((rest.starts_with('ي') || rest.starts_with('ت') || rest.starts_with('ن') || rest.starts_with('ا'))
                && n >= 4);
        ok.then(|| 'ف'.len_utf8())
    }

    /// A future verb (سيتم، ستكون، سأعود، سيأتي): with no ف before it, it
    /// opens the consequent of a fronted condition (في حال فوزه سيتأهل).
    /// Read on its shape: س, a prefix of the imperfect (ي ت ن, or أ as
    /// written), an alef after it only as a hamza (سيأتي, not سياسة); no
    /// ending of a noun, adverb or foreign name (ة، ات، ين، ي، و، tanwin ا; a
    /// pronoun ه goes too), and none of the frequent nouns and names of that
    /// shape.
    fn future_verb(&self, k: usize) -> bool {
        const NOUNS: [&str; 15] = [
            "سيما",
            "سيناء",
            "سينما",
            "سيطر",
            "سيطرت",
            "سيطروا",
            "سالت",
            "سيول",
            "ستريت",
            "ستيف",
            "ستيفن",
            "ستيفان",
            "ستيوارت",
            "سيمون",
            "سيزار",
        ];
        let hamza = |skip: usize| self.orig_letter(k, skip).is_some_and(|c| HAMZA_ALEFS.contains(&c));
        let w = self.w(k);
        let Some(rest) = w.strip_prefix('س') else { return false };
        let mut letters = rest.chars();
        let prefix = match letters.next() {
            Some('ي' | 'ت' | 'ن') => match letters.next() {
                Some('ا') => hamza("سي".len()),
                // سيئول، سيئة
                Some('ئ' | 'ء') => false,
                _ => true,
            },
            Some('ا') => hamza('س'.len_utf8()),
            _ => false,
        };
        prefix
            && rest.chars().count() >= 3
            && !NOUNS.contains(&w)
            && !["ات", "ين", "ا", "ه", "و"].iter().any(|x| w.ends_with(x))
            // سيبقى as written, not سياسي.
            && !self.doc.original_text(self.range(k)).ends_with('ي')
    }

    /// A future verb that opens a consequent. Not one that goes on a
    /// clause: after a relative pronoun (الذي سيحصل) or أم, or with كان
    /// (كنا سنبرر، إن كانت الجامعات ستعتذر) or أن (إذا كان التصور أن الحرب
    /// ستعود) before it in its clause.
    fn future_opener(&self, k: usize) -> bool {
        const RELATIVES: [&str; 6] = ["الذي", "التي", "الذين", "اللذين", "اللتين", "ام"];
        const GOVERNORS: [&str; 10] = ["كان", "كانت", "كنت", "كنا", "كانوا", "يكون", "تكون", "نكون", "ان", "بان"];
        if !self.future_verb(k) || k > self.a && self.is_word(k - 1) && RELATIVES.contains(&conj(self.w(k - 1))) {
            return false;
        }
        let mut clause = (self.a.max(k.saturating_sub(12))..k).rev().take_while(|&j| self.is_word(j));
        !clause.any(|j| GOVERNORS.contains(&conj(self.w(j))))
    }

    /// What opens the consequent of a fronted condition at token `k`, and
    /// the bytes of it to skip: a ف-opener, the ل of a لو consequent, or a
    /// future verb.
    fn consequent_opener(&self, k: usize, law: bool) -> Option<usize> {
        self.fa_opener(k)
            .or_else(|| if law { self.lam_opener(k) } else { None })
            .or_else(|| self.future_opener(k).then_some(0))
    }

    /// The ل of a لو consequent (لكان، لما).
    fn lam_opener(&self, k: usize) -> Option<usize> {
        let w = self.w(k);
        let ok = w == "لما"
            || w.starts_with("لكان")
            || w.starts_with("لاصبح")
            || w.starts_with("لتم")
            || w.starts_with("لكنا")
            || w.starts_with("لتغير")
            || w.starts_with("لحقق")
            || w.starts_with("لتمكن");
        ok.then(|| 'ل'.len_utf8())
    }

    /// One past the last token of the clause that starts at `from`.
    fn clause_end(&self, from: usize, starts: &[usize], fronted: Option<bool>) -> usize {
        let mut k = from;
        while k < self.b && k - from < MAX_SPAN {
            if let Some(c) = self.punct(k) {
                match c {
                    '،' | ',' => {
                        if self.is_word(k + 1) && matches!(self.w(k + 1), "او" | "ام") {
                            k += 1;
                            continue;
                        }
                        return k;
                    }
                    '(' | ')' | '/' | '%' | '&' | '\'' => {}
                    _ => return k,
                }
            } else if k > from {
                if starts.contains(&k) || boundary(self.w(k)) {
                    return self.trim_conj_back(from, k);
                }
                if self.w(k) == "لا" && self.word_is(k + 1, "سيما") {
                    return k;
                }
                if let Some(law) = fronted
                    && self.consequent_opener(k, law).is_some()
                {
                    return k;
                }
            }
            k += 1;
        }
        k
    }

    /// Drops a trailing أو/و before a second marker (إن ... أو إن ...).
    fn trim_conj_back(&self, from: usize, mut k: usize) -> usize {
        while k > from + 1 && matches!(self.w(k - 1), "او" | "و" | "ام") {
            k -= 1;
        }
        k
    }

    /// Byte range of tokens `s..e`, starting at `start_byte`.
    fn bytes(&self, start_byte: usize, e: usize) -> Option<Range> {
        let mut e = e;
        while e > 0 && self.punct(e - 1).is_some_and(|c| c != ')') {
            e -= 1;
        }
        if e == 0 {
            return None;
        }
        let end = self.range(e - 1).end;
        (start_byte < end).then(|| Range::new(start_byte, end))
    }

    /// Bytes of a leading conjunction و/ف on token `k` (a clause start).
    fn lead_clitic(&self, k: usize) -> usize {
        let w = self.w(k);
        if w.starts_with('ف') {
            return if self.fa_opener(k) == Some('ف'.len_utf8()) { 'ف'.len_utf8() } else { 0 };
        }
        let Some(rest) = w.strip_prefix('و') else { return 0 };
        if rest.chars().count() < 2 {
            return 0;
        }
        if rest.starts_with("ال") || !WAW_WORDS.iter().any(|x| w.starts_with(x)) { 'و'.len_utf8() } else { 0 }
    }

    /// The clause before token `end` (exclusive): the consequent of a
    /// trailing condition.
    fn clause_before(&self, end: usize, relative_opens: bool) -> Option<(usize, usize)> {
        let mut e = end;
        // "... ، وبخاصة إذا": the adverb and the comma stand between.
        while e > self.a
            && (matches!(self.punct(e - 1), Some('،' | ','))
                || self.is_word(e - 1) && matches!(conj(self.w(e - 1)), "بخاصه" | "خاصه" | "خصوصا" | "سيما" | "لاسيما"))
        {
            e -= 1;
        }
        if e > self.a && self.w(e - 1) == "لا" && self.word_is(e, "سيما") {
            e -= 1;
        }
        let mut s = e;
        while s > self.a && e - s < MAX_SPAN {
            let k = s - 1;
            if let Some(c) = self.punct(k) {
                if !matches!(c, '(' | ')' | '/' | '%') {
                    break;
                }
            } else if self.opens_clause(k)
                || relative_opens && matches!(self.w(k), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللاتي")
            {
                break;
            }
            s -= 1;
        }
        (s < e).then_some((s, e))
    }

    /// Token `k` opens the clause after it (كما، فإن، أن after a verb of saying).
    fn opens_clause(&self, k: usize) -> bool {
        let w = self.w(k);
        if OPENERS.contains(&w) || OPENERS.contains(&conj(w)) || boundary(w) {
            return true;
        }
        match conj(w) {
            "ان" if k > self.a && self.w(k - 1) == "علي" => true,
            "ان" | "بان" => {
                self.orig_letter(k, w.len() - conj(w).len()) == Some('إ') && !self.word_is(k + 1, "لم")
                    || self.speech_before(k)
            }
            _ => false,
        }
    }

    /// Byte range of a consequent given as tokens `s..e`, without a leading
    /// و/ف or a trailing relative pronoun.
    fn consequent_range(&self, s: usize, e: usize) -> Option<Range> {
        let (mut s, mut e) = (s, e);
        if s < e && matches!(self.w(s), "و" | "ف") {
            s += 1;
        }
        // A trailing relative pronoun (المشروع الذي يتطلب) or the حتى of
        // حتى لو / حتى إذا is not part of the consequent.
        while e > s
            && matches!(self.w(e - 1), "الذي" | "التي" | "الذين" | "اللذين" | "اللتين" | "اللاتي" | "حتي" | "وحتي")
        {
            e -= 1;
        }
        if s >= e {
            return None;
        }
        self.bytes(self.range(s).start + self.lead_clitic(s), e)
    }

    /// Condition, condition end token, consequent and negation of a hit.
    fn spans(
        &self,
        h: &Hit,
        starts: &[usize],
        prev: Option<(usize, Option<Range>, bool)>,
    ) -> Option<(Range, usize, Option<Range>, bool)> {
        let fronted = self.clause_initial(h.first);
        let mut consequent: Option<(usize, usize, usize)> = None; // (start byte, tokens s..e)
        let cond_from = h.cond_tok;
        let mut cond_start = h.cond_start;
        if h.mode == Mode::ReqVerb && self.req_verb_initial(h.first) {
            // يتطلب تجديد الترخيص تقديم ...: subject, then object.
            let k = h.last;
            let end = self.clause_end(k, starts, None);
            let w = self.w(k);
            let pp = w.starts_with('ل') && w.chars().count() >= 4 && !w.starts_with("لا");
            if pp || matches!(w, "علي" | "في") {
                // يشترط لقبول الطلب أن ...، يشترط على المتقدم أن ...: the
                // condition is the أن clause; a ل-phrase is what requires it.
                let mut e = k + 1;
                while e < end && e - k < 12 && !matches!(self.w(e), "ان" | "الا" | "بان") {
                    e += 1;
                }
                if e < end && matches!(self.w(e), "ان" | "الا" | "بان") {
                    if pp {
                        consequent = Some((self.range(k).start + 'ل'.len_utf8(), k, e));
                    }
                    cond_start = self.range(e).start;
                }
            } else if !matches!(w, "ان" | "الا" | "بان") {
                let mut e = k + 1;
                while e < end
                    && self.is_word(e)
                    && (self.w(e).starts_with("ال") || matches!(self.w(e), "بهذا" | "بهذه" | "لهذا" | "لهذه"))
                {
                    e += 1;
                }
                if e < end && self.is_word(e) {
                    consequent = Some((self.range(k).start, k, e));
                    cond_start = self.range(e).start;
                }
            }
            let cond = self.bytes(cond_start, end)?;
            let cons = consequent.and_then(|(sb, s, e)| self.bytes(sb, e).filter(|_| s < e));
            let neg = consequent.is_some_and(|(_, s, e)| self.has_negator(s, e));
            return Some((cond, end, cons, neg));
        }
        let front = h.mode == Mode::Auto && fronted;
        let mut cond_end = self.clause_end(cond_from, starts, front.then_some(h.law));
        if front && !self.opens_consequent(cond_end, h.law) {
            // كلما اتجهت الأمور إلى الاستقرار عمدتم إلى ...: with neither a
            // comma nor ف, a second-person plural perfect starts the consequent.
            if let Some(k) = (cond_from + 2..cond_end).find(|&k| self.perfect_2pl(k)) {
                cond_end = k;
            }
        }
        let cond = self.bytes(cond_start, cond_end)?;
        let mut cons_range = None;
        let mut neg = false;
        if front {
            // The consequent follows: skip the comma and a ف/ل opener.
            let mut k = cond_end;
            while k < self.b && matches!(self.punct(k), Some('،' | ',')) {
                k += 1;
            }
            if k < self.b && self.is_word(k) {
                let skip = self.consequent_opener(k, h.law);
                let mut start = self.range(k).start + skip.unwrap_or(0);
                let mut s = k;
                if start >= self.range(k).end {
                    s = k + 1;
                    start = if s < self.b { self.range(s).start } else { start };
                }
                if s < self.b && self.is_word(s) {
                    let e = self.clause_end(s, starts, None);
                    if let Some(r) = self.bytes(start, e) {
                        let lam_ma = h.law && self.w(k) == "لما";
                        neg = lam_ma || self.has_negator(s, e);
                        cons_range = Some(r);
                    }
                }
            }
        }
        if cons_range.is_none() {
            // A second condition of the same consequent (إن ... أو إن ...).
            let mut p = h.first;
            while p > self.a && matches!(self.w(p - 1), "او" | "ام" | "و") {
                p -= 1;
            }
            if let Some((prev_end, prev_cons, prev_neg)) = prev
                && prev_end == p
                && p < h.first
            {
                return Some((cond, cond_end, prev_cons, prev_neg));
            }
            if let Some((s, e)) = self.clause_before(h.first, h.kind != ConditionType::Requirement) {
                let r = self.consequent_range(s, e);
                if r.is_some() {
                    neg = self.has_negator(s, e);
                    cons_range = r;
                }
            }
        }
        Some((cond, cond_end, cons_range, neg))
    }

    /// Token `k` (the end of a fronted condition) leads into a consequent.
    fn opens_consequent(&self, k: usize, law: bool) -> bool {
        k < self.b
            && (matches!(self.punct(k), Some('،' | ',')) || self.is_word(k) && self.consequent_opener(k, law).is_some())
    }

    /// A second-person plural perfect verb (عمدتم، قمتم).
    fn perfect_2pl(&self, k: usize) -> bool {
        let w = self.w(k);
        self.is_word(k)
            && w.ends_with("تم")
            && w.chars().count() >= 5
            && !["ي", "ت", "ن", "ل", "ب", "ال", "و"].iter().any(|p| w.starts_with(p))
    }

    /// A requirement verb that opens its clause (ويتطلب X Y).
    fn req_verb_initial(&self, first: usize) -> bool {
        first == self.a
            || self.clause_initial(first)
            || self.is_word(first - 1) && matches!(self.w(first - 1), "كما" | "وكما" | "اذ")
    }

    fn has_negator(&self, s: usize, e: usize) -> bool {
        (s..e).any(|k| self.is_word(k) && NEGATORS.contains(&conj(self.w(k))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::{QuoteType, Span};

    fn run(text: &str) -> Vec<Condition<'_>> {
        let doc = Document::new(text);
        extract(&doc, &[])
    }

    #[test]
    fn every_marker_head_passes_the_letter_filter() {
        for w in HEADS.words.keys() {
            assert!(HEADS.ends.may_hold(w), "{w}");
        }
    }

    fn markers(text: &str) -> Vec<(String, ConditionType)> {
        run(text).into_iter().map(|c| (c.marker.text.to_string(), c.kind)).collect()
    }

    #[test]
    fn inna_after_saying_is_not_conditional() {
        assert!(markers("قال المتحدث إن الرحلات ستستأنف صباح الغد.").is_empty());
        assert!(markers("وأكد الوزير إن المشروع يسير وفق الجدول.").is_empty());
        assert!(markers("إنّ الاقتصاد يمر بمرحلة تحول، كما يقول الخبراء.").is_empty());
        assert_eq!(markers("إن تعاون التاجر مع المفتشين، فستمنحه البلدية مهلة.").len(), 1);
        assert_eq!(markers("يعفى المستورد من الرسوم إن وجدت شهادة المنشأ.").len(), 1);
    }

    #[test]
    fn idha_whether_is_not_conditional() {
        assert!(markers("لا نعلم إذا كان الوفد سيصل اليوم.").is_empty());
        assert!(markers("وتساءل المراقبون عما إذا كانت الهدنة ستصمد.").is_empty());
        assert!(markers("لم تحدد اللجنة بعد ما إذا كانت البطولة ستقام.").is_empty());
        assert_eq!(markers("ستتدخل الحكومة إذا استمرت الأسعار في الارتفاع.").len(), 1);
    }

    #[test]
    fn hal_state_is_not_conditional() {
        assert!(markers("ويتابع المزارعون حال الطقس بقلق.").is_empty());
        assert!(markers("ستبقى إيران في حالة حرب مع أمريكا.").is_empty());
        assert!(markers("نقل المصاب وهو في حالة صحية حرجة.").is_empty());
        assert_eq!(markers("وتوقف البطاقة حال الإبلاغ عن فقدانها.").len(), 1);
    }

    #[test]
    fn ala_an_after_agreement_is_not_provided() {
        assert!(markers("اتفق الجانبان على أن تعقد الجولة المقبلة في الرياض.").is_empty());
        assert!(markers("وتنص المادة الخامسة على أن يدفع المستأجر الإيجار مقدما.").is_empty());
        let m = markers("سيسمح للمحال بالعمل مؤقتا، على أن تلتزم بالشروط.");
        assert_eq!(m, [("على أن".to_string(), ConditionType::Provided)]);
    }

    #[test]
    fn illa_after_affirmative_is_exception() {
        assert!(markers("حضر الجميع الاجتماع إلا وزير المالية.").is_empty());
        assert!(markers("ارتفعت المبيعات، إلا أن الأرباح تراجعت.").is_empty());
        assert!(markers("حضر الجميع إلا بعد الظهر.").is_empty());
        assert_eq!(markers("لن يعاد فتح المحل إلا إذا قدم صاحبه شهادة.")[0].1, ConditionType::OnlyIf);
        assert_eq!(markers("سيستمر الإضراب إلا إذا استجابت الإدارة للمطالب.")[0].1, ConditionType::Unless);
    }

    #[test]
    fn idioms_are_not_conditions() {
        assert!(markers("إذاً نحتاج بيئة عمل تسهل للمرأة.").is_empty());
        assert!(markers("كما في حالة لبنان له تبعات وخيمة.").is_empty());
        assert!(markers("كان له تأثير هام ولو على المدى القصير.").is_empty());
        assert!(markers("ماذا لو استخدمنا خيالنا في تجميل حياتنا.").is_empty());
        assert!(markers("وختم حديثه: لو سمحتم، التزموا بالمسارات.").is_empty());
        assert!(markers("إن شاء الله يعود الفريق قويا.").is_empty());
        assert!(markers("وقال عضو الحكومة المحلية بالأنبار لوكالة الأنباء إن تنظيم داعش يعيش أياما قاسية.").is_empty());
        assert!(markers("حصل على إطلاق سراح مشروط بعد مرور ثلاثين عاما.").is_empty());
    }

    #[test]
    fn relative_ma_lam_is_not_unless() {
        assert!(markers("كشف التقرير عن ما لم يذكره المسؤولون.").is_empty());
        assert!(markers("حقق الفريق ما لم يحققه أحد من قبل.").is_empty());
    }

    #[test]
    fn condition_inside_a_quote_links_to_it() {
        let text = "وقال القائد: «سننسحب إذا لم تلتزم الأطراف».";
        let doc = Document::new(text);
        let open = text.chars().position(|c| c == '«').unwrap();
        let close = text.chars().position(|c| c == '»').unwrap();
        let content: String = text.chars().skip(open + 1).take(close - open - 1).collect();
        let cue_start = text.chars().position(|c| c == 'ق').unwrap();
        let quote = Quote {
            speaker: None,
            cue: Span { start: cue_start, end: cue_start + 3, text: "قال" },
            content: Span { start: open + 1, end: close, text: &content },
            kind: QuoteType::Direct,
            speaker_entity: None,
            section: Section::Body,
            rule: None,
        };
        let other = Quote { content: Span { start: 0, end: 3, text: "وقا" }, ..quote.clone() };
        let found = extract(&doc, &[other, quote]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].quote, Some(1));
        assert_eq!(found[0].consequent.as_ref().unwrap().text, "سننسحب");
        assert_eq!(extract(&doc, &[])[0].quote, None);
    }

    #[test]
    fn every_record_has_a_rule_and_exact_spans() {
        let text = "وإذا تأخّر المقاول، فستُفرض عليه غرامة. لن تصرف المستحقات إلا بعد التدقيق.";
        for c in run(text) {
            assert!(c.rule.is_some());
            for s in [Some(&c.marker), Some(&c.condition), c.consequent.as_ref()].into_iter().flatten() {
                let t: String = text.chars().skip(s.start).take(s.end - s.start).collect();
                assert_eq!(t, s.text);
            }
        }
    }
}
