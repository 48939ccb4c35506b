//! Bad and strange inputs: each gives exactly one record (a normal one or an
//! error record with a precise kind), a line on stderr for failures, exit
//! status 1 when any input failed, and every other input still processed.

mod common;

use assert_cmd::Command;
use common::{check_spans, records};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const ARTICLE: &str = "قال وزير الخارجية إن المحادثات مستمرة.\n";

fn analyze() -> Command {
    Command::cargo_bin("analyze").unwrap()
}

/// Runs `analyze` on `paths` plus a good article, checks that the good
/// article is still analyzed, and returns the records for `paths`.
fn run_with_good(dir: &Path, paths: &[PathBuf], expect_failure: bool) -> Vec<serde_json::Value> {
    run_timed(dir, paths, expect_failure).0
}

/// `run_with_good`, and how long the analyzer ran (reading its records back
/// in this test binary is not counted).
fn run_timed(dir: &Path, paths: &[PathBuf], expect_failure: bool) -> (Vec<serde_json::Value>, Duration) {
    let good = dir.join("good-article.txt");
    fs::write(&good, ARTICLE).unwrap();
    let mut cmd = analyze();
    cmd.args(paths).arg(&good);
    let started = Instant::now();
    let assert = if expect_failure { cmd.assert().code(1) } else { cmd.assert().success() };
    let took = started.elapsed();
    let out = assert.get_output();
    let mut recs = records(&out.stdout);
    let last = recs.pop().unwrap();
    assert!(last.get("error").is_none(), "the good article still gets a normal record: {last}");
    assert_eq!(recs.len(), paths.len(), "one record per input");
    let stderr = String::from_utf8_lossy(&out.stderr);
    for rec in &recs {
        if let Some(file) = rec.get("error").and(rec["file"].as_str()) {
            assert!(stderr.lines().any(|l| l.contains(file)), "stderr names {file}: {stderr}");
        }
    }
    (recs, took)
}

fn error_kind(rec: &serde_json::Value) -> &str {
    rec["error"]["kind"].as_str().unwrap_or("none")
}

#[test]
fn error_kinds_for_bad_files() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
    png.extend((0..2000u32).map(|i| (i * 7 % 251) as u8));
    let mut truncated = "السعودية".repeat(20).into_bytes();
    truncated.insert(17, 0xD8);
    let random: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.txt", vec![], "empty"),
        ("spaces.txt", b" \n\t\r\n  ".to_vec(), "empty"),
        ("nul.txt", vec![0; 64], "binary"),
        ("random.txt", random, "binary"),
        ("image.txt", png, "binary"),
        ("truncated.txt", truncated, "encoding"),
    ];
    let mut paths = Vec::new();
    for (name, bytes, _) in &cases {
        fs::write(d.join(name), bytes).unwrap();
        paths.push(d.join(name));
    }
    paths.push(d.join("missing.txt"));
    let folder = d.join("folder.txt");
    fs::create_dir(&folder).unwrap();
    fs::write(folder.join("inside.txt"), ARTICLE).unwrap();
    paths.push(folder);
    let recs = run_with_good(d, &paths, true);
    for (rec, (name, _, kind)) in recs.iter().zip(&cases) {
        assert_eq!(error_kind(rec), *kind, "{name}: {rec}");
    }
    assert_eq!(error_kind(&recs[cases.len()]), "not_found");
    // A folder named x.txt is walked, not read as a file.
    assert!(recs[cases.len() + 1]["file"].as_str().unwrap().ends_with("inside.txt"));
    assert_eq!(error_kind(&recs[cases.len() + 1]), "none");
}

#[test]
fn every_supported_encoding_and_line_end() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let text = "عنوان الخبر\n\nقال الوزير إن الاتفاق \"مهم جدا\".\nوأضاف أن العمل مستمر.";
    let utf16 = |le: bool| -> Vec<u8> {
        let bom: [u8; 2] = if le { [0xFF, 0xFE] } else { [0xFE, 0xFF] };
        bom.into_iter()
            .chain(text.encode_utf16().flat_map(move |u| if le { u.to_le_bytes() } else { u.to_be_bytes() }))
            .collect()
    };
    let cases: Vec<(&str, Vec<u8>, &str, String)> = vec![
        ("bom.txt", [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(), "utf-8-bom", text.to_string()),
        ("le.txt", utf16(true), "utf-16le", text.to_string()),
        ("be.txt", utf16(false), "utf-16be", text.to_string()),
        ("cp1256.txt", encoding_rs::WINDOWS_1256.encode(text).0.into_owned(), "windows-1256", text.to_string()),
        ("crlf.txt", text.replace('\n', "\r\n").into_bytes(), "utf-8", text.replace('\n', "\r\n")),
        ("cr.txt", text.replace('\n', "\r").into_bytes(), "utf-8", text.replace('\n', "\r")),
        ("latin.txt", b"The minister said talks go on.".to_vec(), "utf-8", "The minister said talks go on.".into()),
        (
            "mixed.txt",
            "قال CEO شركة Apple إن Q3 جيد.".as_bytes().to_vec(),
            "utf-8",
            "قال CEO شركة Apple إن Q3 جيد.".into(),
        ),
        (
            "diacritics.txt",
            "\u{064E}\u{0651}\u{0650}".repeat(500).into_bytes(),
            "utf-8",
            "\u{064E}\u{0651}\u{0650}".repeat(500),
        ),
    ];
    let mut paths = Vec::new();
    for (name, bytes, _, _) in &cases {
        fs::write(d.join(name), bytes).unwrap();
        paths.push(d.join(name));
    }
    let recs = run_with_good(d, &paths, false);
    for (rec, (name, _, encoding, decoded)) in recs.iter().zip(&cases) {
        assert_eq!(rec["encoding"], *encoding, "{name}");
        check_spans(rec, decoded);
    }
    // CRLF and CR give the same headline and paragraphs as LF.
    for rec in &recs[4..6] {
        assert_eq!(rec["headline"]["text"], "عنوان الخبر");
        assert_eq!(rec["stats"]["paragraphs"], 3);
    }
}

#[test]
fn huge_and_pathological_inputs_stay_fast_and_exact() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let long_line = "وقال الوزير إن \"المحادثات مستمرة\" في الرياض ".repeat(10 * 1024 * 1024 / 80);
    let quotes = "\"".repeat(100_000);
    let qal = "قال ".repeat(100_000);
    let unbalanced = "قال الوزير: «المحادثات مستمرة. وأضاف \" أن العمل » مستمر \" ".repeat(200);
    let quoted_conditions = "قال الوزير إن الاتفاق سيوقع إذا وافق الطرفان. ".repeat(50_000);
    // Tens of thousands of distinct people, bodies and abbreviations, each
    // referred to again: every lookup of an earlier name must stay cheap.
    let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكمنهي".chars().collect();
    let coined = |mut i: usize| -> String {
        (0..4)
            .map(|_| {
                let c = letters[i % letters.len()];
                i /= letters.len();
                c
            })
            .collect()
    };
    let names: String = (0..40_000)
        .map(|i| {
            let (family, body) = (format!("ال{}ي", coined(i)), coined(i + 7));
            format!("وقال محمد {family} إن هيئة {body} للتنمية ({body}) تعمل. وأكد {family} أن {body} مستمرة.\n")
        })
        .collect();
    // The same people and places named again and again: a rule that
    // compared each mention with all earlier ones would be quadratic.
    let first_names = "قال الوزير خالد العتيبي إن المحادثات مستمرة. وأضاف خالد أن الاتفاق قريب.\n".repeat(20_000);
    let places =
        "زار الوزير مصر ومالي والتقى قادة العالم العربي في نيويورك سيتي بعد اتفاق واشنطن وطهران.\n".repeat(20_000);
    let cases = [
        ("line.txt", &long_line),
        ("quotes.txt", &quotes),
        ("qal.txt", &qal),
        ("unbalanced.txt", &unbalanced),
        ("quoted-conditions.txt", &quoted_conditions),
        ("names.txt", &names),
        ("first-names.txt", &first_names),
        ("places.txt", &places),
    ];
    let mut paths = Vec::new();
    for (name, text) in cases {
        fs::write(d.join(name), text).unwrap();
        paths.push(d.join(name));
    }
    let big = d.join("big.txt");
    fs::File::create(&big).unwrap().set_len(100 * 1024 * 1024).unwrap();
    paths.push(big);
    let (recs, took) = run_timed(d, &paths, true);
    assert!(took.as_secs() < 120, "took {took:?}");
    for (rec, (name, text)) in recs.iter().zip(cases) {
        assert_eq!(error_kind(rec), "none", "{name}");
        check_spans(rec, text);
    }
    assert_eq!(recs[4]["conditions"].as_array().unwrap().len(), 50_000);
    assert_eq!(recs[4]["conditions"][49_999]["quote"], 49_999);
    let people = recs[5]["entities"].as_array().unwrap().iter().filter(|e| e["type"] == "person").count();
    assert!(people > 30_000, "{people} people");
    let khalid = &recs[6]["entities"].as_array().unwrap().iter().find(|e| e["type"] == "person").unwrap()["mentions"];
    let aliases = khalid.as_array().unwrap().iter().filter(|m| m["form"] == "alias").count();
    assert_eq!((khalid.as_array().unwrap().len(), aliases), (40_000, 20_000));
    let mali = recs[7]["entities"].as_array().unwrap().iter().find(|e| e["id"] == "ML").unwrap();
    assert_eq!(mali["mentions"].as_array().unwrap().len(), 20_000);
    assert_eq!(error_kind(&recs[8]), "too_large");
}

#[test]
fn max_bytes_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.txt");
    fs::write(&file, ARTICLE.repeat(100)).unwrap();
    let out = analyze().args(["--max-bytes", "1K"]).arg(&file).assert().code(1);
    assert_eq!(error_kind(&records(&out.get_output().stdout)[0]), "too_large");
    analyze().args(["--max-bytes", "1M"]).arg(&file).assert().success();
}

#[cfg(unix)]
#[test]
fn special_files_links_and_names() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let fifo = d.join("pipe.txt");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let self_link = d.join("self.txt");
    std::os::unix::fs::symlink(&self_link, &self_link).unwrap();
    let odd_name = d.join(std::ffi::OsStr::from_bytes(b"bad-\xFF-name.txt"));
    fs::write(&odd_name, ARTICLE).unwrap();
    let recs = run_with_good(d, &[fifo, self_link, odd_name], true);
    assert_eq!(error_kind(&recs[0]), "not_a_file");
    assert_eq!(error_kind(&recs[1]), "link_loop");
    assert_eq!(error_kind(&recs[2]), "none");
    assert!(recs[2]["file"].as_str().unwrap().contains("bad-\u{FFFD}-name.txt"));
    // Met in a folder walk, the pipe is reported too, never opened.
    let out = analyze().arg(d).timeout(std::time::Duration::from_secs(30)).assert().code(1);
    let recs = records(&out.get_output().stdout);
    let pipe = recs.iter().find(|r| r["file"].as_str().unwrap().ends_with("pipe.txt")).unwrap();
    assert_eq!(error_kind(pipe), "not_a_file");
}

#[cfg(unix)]
#[test]
fn folder_with_a_link_loop() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("root");
    fs::create_dir_all(root.join("sub")).unwrap();
    fs::write(root.join("sub/a.txt"), ARTICLE).unwrap();
    std::os::unix::fs::symlink(&root, root.join("sub/loop")).unwrap();
    // Without --follow, links are not followed: one record.
    let out = analyze().arg(&root).assert().success();
    assert_eq!(records(&out.get_output().stdout).len(), 1);
    // With --follow, the loop is reported, not looped.
    let out = analyze().arg("--follow").arg(&root).timeout(std::time::Duration::from_secs(30)).assert().code(1);
    let recs = records(&out.get_output().stdout);
    assert_eq!(recs.len(), 2, "{recs:?}");
    assert!(recs.iter().any(|r| error_kind(r) == "link_loop"));
}

#[test]
fn folder_of_many_tiny_files_streams_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let n = 100_000;
    for i in 0..n {
        let sub = dir.path().join(format!("{:03}", i % 100));
        if i < 100 {
            fs::create_dir(&sub).unwrap();
        }
        fs::write(sub.join(format!("{i:06}.txt")), "قال").unwrap();
    }
    let out = analyze().arg(dir.path()).arg("--quiet").assert().success();
    let stdout = &out.get_output().stdout;
    let files: Vec<&str> = stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let l = std::str::from_utf8(l).unwrap();
            let start = l.find("\"file\":\"").unwrap() + 8;
            &l[start..start + l[start..].find('"').unwrap()]
        })
        .collect();
    assert_eq!(files.len(), n);
    assert!(files.windows(2).all(|w| w[0] < w[1]), "sorted path order");
}
