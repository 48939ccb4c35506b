//! Quote extraction: the corpus of tests/data/quotes.json, one written
//! example per construction, negative cases, and span integrity.

use khabar::output::{Quote, QuoteType};
use khabar::{Analyzer, Options};
use serde_json::Value;

fn analyze(text: &str) -> Vec<Quote<'_>> {
    let record = Analyzer::new(Options { explain: true, ..Options::default() }).analyze(text);
    for q in &record.quotes {
        let spans = [Some(&q.cue), Some(&q.content), q.speaker.as_ref()];
        for s in spans.into_iter().flatten() {
            let sliced: String = text.chars().skip(s.start).take(s.end - s.start).collect();
            assert_eq!(sliced, s.text, "span {}..{} of {text:?}", s.start, s.end);
        }
    }
    record.quotes
}

fn kind(k: QuoteType) -> &'static str {
    match k {
        QuoteType::Direct => "direct",
        QuoteType::Indirect => "indirect",
        QuoteType::Mixed => "mixed",
    }
}

/// (speaker, cue, content, type) of each quote.
fn rows(quotes: &[Quote]) -> Vec<(String, String, String, String)> {
    quotes
        .iter()
        .map(|q| {
            (
                q.speaker.as_ref().map_or(String::new(), |s| s.text.to_string()),
                q.cue.text.to_string(),
                q.content.text.to_string(),
                kind(q.kind).to_string(),
            )
        })
        .collect()
}

/// Cases of the corpus that fail for a principled reason (index, reason).
const KNOWN_FAILURES: &[(usize, &str)] = &[];

#[test]
fn corpus() {
    let data: Vec<Value> = serde_json::from_str(include_str!("data/quotes.json")).unwrap();
    let mut passed = 0;
    let mut failures = Vec::new();
    for (i, case) in data.iter().enumerate() {
        let text = case["text"].as_str().unwrap();
        let expect: Vec<(String, String, String, String)> = case["expect"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let f = |k: &str| e[k].as_str().unwrap().to_string();
                (f("speaker"), f("cue"), f("content"), f("type"))
            })
            .collect();
        let got = rows(&analyze(text));
        if got == expect {
            passed += 1;
        } else {
            failures.push(i);
            eprintln!("case {i}: {text}\n  expected {expect:?}\n  got      {got:?}");
        }
    }
    eprintln!("quotes corpus: {passed}/{} passed", data.len());
    let known: Vec<usize> = KNOWN_FAILURES.iter().map(|k| k.0).collect();
    assert_eq!(failures, known, "failures other than the known ones");
    assert_eq!(passed, data.len() - KNOWN_FAILURES.len());
}

/// Asserts the (speaker, cue, content, type) rows of a text.
fn check(text: &str, expect: &[(&str, &str, &str, &str)]) {
    let got = rows(&analyze(text));
    let expect: Vec<(String, String, String, String)> =
        expect.iter().map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string())).collect();
    assert_eq!(got, expect, "{text}");
}

#[test]
fn verb_subject_with_an_and_pronoun() {
    check(
        "وأكدت الهيئة العامة للإحصاء أنها ستنشر النتائج الأسبوع المقبل.",
        &[("الهيئة العامة للإحصاء", "أكدت", "ستنشر النتائج الأسبوع المقبل", "indirect")],
    );
}

#[test]
fn subject_verb() {
    check(
        "الناطق باسم الدفاع المدني أوضح أن فرق الإنقاذ وصلت إلى الموقع.",
        &[("الناطق باسم الدفاع المدني", "أوضح", "فرق الإنقاذ وصلت إلى الموقع", "indirect")],
    );
}

#[test]
fn quotation_first() {
    check(
        "«سنعيد فتح الطريق خلال يومين»، قال مدير الطرق.",
        &[("مدير الطرق", "قال", "سنعيد فتح الطريق خلال يومين", "direct")],
    );
}

#[test]
fn colon_and_quotation_across_paragraphs() {
    check(
        "وقال رئيس اللجنة في كلمته:\n“نرحب بكم جميعا في هذا اللقاء.\nونأمل أن يكون الموسم ناجحا”.",
        &[("رئيس اللجنة", "قال", "نرحب بكم جميعا في هذا اللقاء.\nونأمل أن يكون الموسم ناجحا", "direct")],
    );
}

#[test]
fn participle_and_bare_verb_keep_the_speaker() {
    check(
        "قال المدرب إن الفريق جاهز، مؤكدا أن الإصابات تعافت. وأضاف: المباراة صعبة.",
        &[
            ("المدرب", "قال", "الفريق جاهز", "indirect"),
            ("المدرب", "مؤكدا", "الإصابات تعافت", "indirect"),
            ("المدرب", "أضاف", "المباراة صعبة", "indirect"),
        ],
    );
}

#[test]
fn anaphors_resolve_to_the_full_naming() {
    check(
        "قال وزير الخارجية الأمريكي جون كيري إن المحادثات مثمرة. وأكد الوزير أن الاتفاق قريب. وقال كيري إن الجولة المقبلة في فيينا.",
        &[
            ("وزير الخارجية الأمريكي جون كيري", "قال", "المحادثات مثمرة", "indirect"),
            ("وزير الخارجية الأمريكي جون كيري", "أكد", "الاتفاق قريب", "indirect"),
            ("وزير الخارجية الأمريكي جون كيري", "قال", "الجولة المقبلة في فيينا", "indirect"),
        ],
    );
    check(
        "أكد وزير الصحة أن اللقاح آمن. وقال هو إن الحملة ستستمر.",
        &[("وزير الصحة", "أكد", "اللقاح آمن", "indirect"), ("وزير الصحة", "قال", "الحملة ستستمر", "indirect")],
    );
}

#[test]
fn attribution_phrases() {
    check(
        "وبحسب الهيئة العامة للإحصاء، فإن معدل البطالة انخفض.",
        &[("الهيئة العامة للإحصاء", "بحسب", "معدل البطالة انخفض", "indirect")],
    );
    check("وجاء على لسان قائد القوة أن المنطقة آمنة.", &[("قائد القوة", "على لسان", "المنطقة آمنة", "indirect")]);
}

#[test]
fn reported_through() {
    check(
        "ونقلت صحيفة الحياة عن مدير الشركة قوله إن الأرباح تضاعفت.",
        &[("مدير الشركة", "نقلت", "الأرباح تضاعفت", "indirect")],
    );
}

#[test]
fn anonymous_source_with_affiliation() {
    check(
        "وقالت مصادر في وزارة الدفاع إن التدريبات ستبدأ غدا.",
        &[("مصادر في وزارة الدفاع", "قالت", "التدريبات ستبدأ غدا", "indirect")],
    );
}

#[test]
fn headline_colon() {
    let quotes = analyze("أمير المنطقة: المشروع سينتهي العام المقبل\n\nافتتح أمير المنطقة أمس المعرض.");
    assert_eq!(
        rows(&quotes),
        vec![("أمير المنطقة".into(), ":".into(), "المشروع سينتهي العام المقبل".into(), "indirect".into())]
    );
    assert_eq!(quotes[0].section, khabar::layout::Section::Headline);
    assert_eq!(quotes[0].rule, Some("headline-colon"));
}

#[test]
fn direct_indirect_mixed_and_quoted_names() {
    check("وقال المتحدث: «الوضع مستقر تماما».", &[("المتحدث", "قال", "الوضع مستقر تماما", "direct")]);
    check(
        "وقال المتحدث إن الوضع «مستقر تماما» في المدينة.",
        &[("المتحدث", "قال", "الوضع «مستقر تماما» في المدينة", "mixed")],
    );
    check(
        "وذكرت وكالة \"الأناضول\" أن الشرطة فتحت تحقيقا.",
        &[("وكالة \"الأناضول\"", "ذكرت", "الشرطة فتحت تحقيقا", "indirect")],
    );
    check("وقال الباحث إن تنظيم \"داعش\" خسر مواقعه.", &[("الباحث", "قال", "تنظيم \"داعش\" خسر مواقعه", "indirect")]);
}

#[test]
fn negatives() {
    for text in [
        "نشرت الصحيفة مقالا مطولا عن تاريخ المدينة.",
        "استقال المدير بعد ثلاث سنوات.",
        "من المتوقع أن ترتفع درجات الحرارة غدا.",
        "أعلنت الشركة عن إطلاق منصة رقمية جديدة.",
        "أكد الاجتماع أهمية التعاون بين البلدين.",
        "يوزع الدعم حسب الحاجة في كل منطقة.",
    ] {
        assert!(analyze(text).is_empty(), "{text}");
    }
}

#[test]
fn speaker_entity_and_rules_are_set() {
    let quotes = analyze("وقال وزير الطاقة إن الإنتاج مستقر.");
    assert_eq!(quotes[0].rule, Some("verb-subject+an"));
    assert_eq!(quotes[0].section, khabar::layout::Section::Body);
}

#[test]
fn stays_linear_on_pathological_input() {
    use std::time::Instant;
    let marks = "\"".repeat(100_000) + &"«".repeat(50_000) + &"»".repeat(50_000);
    let says = "قال ".repeat(100_000);
    let says_an = "قال الوزير إن ".repeat(30_000);
    for text in [marks, says, says_an] {
        let t = Instant::now();
        let _ = Analyzer::new(Options::default()).analyze(&text);
        assert!(t.elapsed().as_secs() < 20, "took {:?}", t.elapsed());
    }
}

#[test]
fn an_after_a_conjunction_of_time_is_no_introducer() {
    for text in [
        "لقي عامل مصرعه بعد أن سقط من سقالة في موقع البناء.",
        "أعلنت البلدية إغلاق الطريق قبل أن يبدأ موسم الأمطار.",
        "ترى كثيرا من الزوار يغادرون من دون أن يشتروا شيئا.",
    ] {
        assert!(analyze(text).is_empty(), "{text}");
    }
    // A real introducer after such a clause is still found.
    check(
        "وقال المدرب الذي وصل أمس قبل أن يبدأ المعسكر: «الفريق جاهز للموسم».",
        &[("المدرب", "قال", "الفريق جاهز للموسم", "direct")],
    );
}

#[test]
fn cue_words_inside_names_and_nouns() {
    // طالب after أبو/بن is a name, not "demanded".
    check("وقال سالم أبو طالب: نحن سعداء بهذا الفوز.", &[("سالم أبو طالب", "قال", "نحن سعداء بهذا الفوز", "indirect")]);
    check(
        "وأوضح الدكتور ماجد بن طالب أن التسجيل يبدأ الأحد.",
        &[("الدكتور ماجد بن طالب", "أوضح", "التسجيل يبدأ الأحد", "indirect")],
    );
    // طالب "student" and فرد "individual" in mid-sentence are nouns.
    for text in
        ["فاز في المسابقة طالب من المدينة أن يحصل على المنحة كاملة.", "يحق لكل فرد من أفراد الأسرة أن يتقدم بطلب مستقل."]
    {
        assert!(analyze(text).is_empty(), "{text}");
    }
    // At the start of a clause they are still verbs.
    check("وطالب الأهالي بأن تفتح المدرسة أبوابها.", &[("الأهالي", "طالب", "تفتح المدرسة أبوابها", "indirect")]);
    check("سأله الصحفي عن الموعد، فرد المدير: الأسبوع المقبل.", &[("المدير", "رد", "الأسبوع المقبل", "indirect")]);
}

#[test]
fn attribution_phrases_need_a_source() {
    // A norm or a plan after وفق، حسب، وفقا لـ is no source.
    for text in [
        "يعمل الفريق وفق خطة زمنية وضعها المدرب قبل بدء الموسم.",
        "تسير الأعمال في الموقع وفق توجيهات القيادة الرشيدة.",
        "تتراوح الأسعار بحسب المسافة بين المدينتين.",
        "وفقا للائحة الجديدة، يدفع المخالف غرامة مالية.",
        "توزع المقاعد حسب ترتيب الأولوية في الطلبات.",
    ] {
        assert!(analyze(text).is_empty(), "{text}");
    }
    // A report, an outlet, a clause of saying, a person or body is one.
    check(
        "ارتفعت المبيعات عشرة في المئة، وفق تقرير نشرته الغرفة التجارية.",
        &[("تقرير نشرته الغرفة التجارية", "وفق", "ارتفعت المبيعات عشرة في المئة", "indirect")],
    );
    check(
        "ووفقا لإحصاءات رسمية، فإن عدد السكان تجاوز مليونين.",
        &[("إحصاءات رسمية", "وفقا", "عدد السكان تجاوز مليونين", "indirect")],
    );
    check(
        "تأجلت المباراة إلى الأسبوع المقبل، بحسب ما ذكرته إدارة النادي.",
        &[("إدارة النادي", "بحسب", "تأجلت المباراة إلى الأسبوع المقبل", "indirect")],
    );
    check(
        "وبحسب إحدى الصحف المحلية، فإن المشروع سيكتمل العام المقبل.",
        &[("إحدى الصحف المحلية", "بحسب", "المشروع سيكتمل العام المقبل", "indirect")],
    );
}

#[test]
fn bayna_after_bayna_is_between() {
    // بين X وبين Y: the second بين is the preposition, not "explained".
    for text in [
        "ما زال الخلاف قائما بين الإدارة وبين أن يقبل المدرب العرض الجديد.",
        "هناك عادة قديمة بيننا وبين الجيران أن نتبادل الزيارات في العيد.",
    ] {
        assert!(analyze(text).is_empty(), "{text}");
    }
    // A new clause that opens with وبين is still a verb of saying.
    check(
        "زار الوزير المعرض أمس. وبين المدير أن عدد الزوار تضاعف.",
        &[("المدير", "بين", "عدد الزوار تضاعف", "indirect")],
    );
}

#[test]
fn fa_inna_after_a_source_opens_the_content() {
    // Without a comma, the source still ends at فإن.
    check(
        "وبحسب وكالة الأنباء الرسمية فإن الحكومة تدرس المقترح الجديد.",
        &[("وكالة الأنباء الرسمية", "بحسب", "الحكومة تدرس المقترح الجديد", "indirect")],
    );
    check(
        "ووفقا لوزارة المالية فإنه يتوقع نمو الصادرات هذا العام.",
        &[("وزارة المالية", "وفقا", "يتوقع نمو الصادرات هذا العام", "indirect")],
    );
    // فان without hamza inside a name is no particle.
    check(
        "قال المهاجم الهولندي روبن فان بيرسي إن الفريق جاهز للمباراة.",
        &[("المهاجم الهولندي روبن فان بيرسي", "قال", "الفريق جاهز للمباراة", "indirect")],
    );
}

#[test]
fn an_outlet_spoken_to_is_no_part_of_the_speaker() {
    check(
        "وقال السيناتور جون ماكين لشبكة فوكس نيوز إن الاتفاق سيئ.",
        &[("السيناتور جون ماكين", "قال", "الاتفاق سيئ", "indirect")],
    );
    check("وقال ماكرون للتلفزيون الفرنسي إن الإصلاح ضروري.", &[("ماكرون", "قال", "الإصلاح ضروري", "indirect")]);
    // A head noun's outlet is its affiliation.
    check(
        "وقالت متحدثة لشبكة البث الوطنية إن البرنامج سيستأنف غدا.",
        &[("متحدثة لشبكة البث الوطنية", "قالت", "البرنامج سيستأنف غدا", "indirect")],
    );
}
