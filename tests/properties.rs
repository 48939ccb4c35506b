//! Properties that hold for every input: normalization and segmentation
//! never panic, normalized positions map back inside the original, and every
//! span of every record slices the original text to its `text`.

mod common;

use khabar::normalize::Normalized;
use khabar::{Analyzer, Options};
use proptest::prelude::*;

/// Strings drawn from the characters that matter to Arabic news text:
/// letters, hamza forms, diacritics, tatweel, digits of three scripts,
/// presentation forms, marks, quotes, punctuation and line ends.
fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ا",
        "أ",
        "إ",
        "آ",
        "ٱ",
        "ى",
        "ي",
        "ة",
        "ه",
        "و",
        "ب",
        "ل",
        "ال",
        "لل",
        "قال",
        "إن",
        "أن",
        "إذا",
        "إلا",
        "ما لم",
        "السعودية",
        "الأمم المتحدة",
        "وزير",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        ".",
        "،",
        "؛",
        "؟",
        "!",
        ":",
        "\"",
        "«",
        "»",
        "“",
        "”",
        "'",
        "(",
        ")",
        "-",
        "•",
        "\u{064E}",
        "\u{0651}",
        "\u{0670}",
        "\u{0640}",
        "\u{200F}",
        "\u{FEFF}",
        "\u{FEFB}",
        "\u{FDF2}",
        "\u{FE8D}",
        "٣",
        "۴",
        "3.5",
        "a",
        "Z",
        "é",
        "😀",
        "\u{0301}",
        "د.",
        "// انتهى //",
        "المصدر:",
    ]);
    prop::collection::vec(prop_oneof![pieces.prop_map(String::from), any::<char>().prop_map(String::from)], 0..60)
        .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn normalization_maps_inside_the_original(text in arabicish()) {
        let n = Normalized::new(&text);
        for (i, _) in n.text.char_indices() {
            let s = n.orig_start(i);
            prop_assert!(text.is_char_boundary(s) && s < text.len());
        }
        let end = n.orig_end(&text, n.text.len());
        prop_assert!(end <= text.len() && text.is_char_boundary(end));
    }

    #[test]
    fn text_said_normalized_is_left_as_it_is(text in arabicish()) {
        let n = Normalized::new(&text);
        if khabar::normalize::is_normalized(&text) {
            prop_assert_eq!(&n.text, &text);
        }
        // Normalized ASCII and Arabic text is said to be normalized.
        let two_byte_arabic = |c: char| c.is_ascii() || ('\u{0600}'..='\u{067F}').contains(&c);
        let normalized_again = khabar::normalize::is_normalized(&n.text);
        prop_assert!(normalized_again || !n.text.chars().all(two_byte_arabic));
    }

    #[test]
    fn short_strings_fold_as_whole_texts_do(text in arabicish()) {
        prop_assert_eq!(khabar::normalize::fold_str(&text), Normalized::new(&text).text);
    }

    #[test]
    fn every_span_slices_the_original(text in arabicish()) {
        let analyzer = Analyzer::new(Options { sentences: true, tokens: true, ..Options::default() });
        let record = analyzer.analyze(&text);
        common::check_spans(&common::to_value(&record), &text);
    }

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        let analyzer = Analyzer::new(Options { sentences: true, tokens: true, ..Options::default() });
        common::check_spans(&common::to_value(&analyzer.analyze(&text)), &text);
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them(
        text in prop_oneof![any::<String>(), "[\\x00-\\x1f\"\\\\\\x7fa-zء-ي\u{2028}\u{10FFFF}]{0,40}"],
    ) {
        let mut out = Vec::new();
        khabar::json::JsonWriter::new(&mut out, false).string(&text);
        prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&text).unwrap());
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(decoded) = khabar::input::decode(&bytes) {
            prop_assert!(!decoded.text.contains('\0'));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Any folder of generated files gives valid JSON, one record per file
    /// in sorted path order, byte-identical whatever the number of jobs.
    #[test]
    fn folder_output_is_ordered_and_independent_of_jobs(
        files in prop::collection::vec(prop_oneof![
            arabicish().prop_map(String::into_bytes),
            prop::collection::vec(any::<u8>(), 0..200),
        ], 1..12)
    ) {
        let dir = tempfile::tempdir().unwrap();
        for (i, bytes) in files.iter().enumerate() {
            std::fs::write(dir.path().join(format!("{i:02}.txt")), bytes).unwrap();
        }
        let run = |jobs: &str| {
            assert_cmd::Command::cargo_bin("analyze").unwrap().args(["--jobs", jobs]).arg(dir.path()).output().unwrap()
        };
        let one = run("1");
        let three = run("3");
        prop_assert_eq!(&one.stdout, &three.stdout);
        prop_assert_eq!(one.status.code(), three.status.code());
        let records = common::records(&one.stdout);
        prop_assert_eq!(records.len(), files.len());
        for (i, rec) in records.iter().enumerate() {
            let expected = format!("{i:02}.txt");
            prop_assert!(rec["file"].as_str().unwrap().ends_with(&expected));
        }
    }
}
