//! `analyze`: the command-line front of khabar. It parses arguments, walks
//! the inputs, runs the analyzer on worker threads and prints one JSON record
//! per input, in input order.

use anyhow::Context;
use clap::{Parser, ValueEnum};
use khabar::input::{self, InputError};
use khabar::output::{self, ErrorInfo, ErrorRecord};
use khabar::{Analyzer, Options};
use std::collections::BTreeMap;
use std::io::{self, BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Condvar, Mutex};

/// Each record allocates many small strings and vectors and frees them
/// soon after, which mimalloc serves much faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Analyze Arabic news articles: entities, quotes and conditions as JSON.
///
/// Prints one JSON record per input file (JSON Lines), in the order of the
/// arguments, each folder's files in sorted path order. A file that cannot be
/// analyzed gives an error record and a line on stderr; the run goes on.
/// Exit status: 0 all inputs analyzed, 1 some inputs failed, 2 bad usage.
#[derive(Parser, Debug)]
#[command(name = "analyze", version)]
struct Cli {
    /// Files or folders to analyze; `-` reads standard input. Without paths,
    /// standard input is read when it is not a terminal.
    paths: Vec<PathBuf>,
    /// Pretty-print each record (the default when stdout is a terminal).
    #[arg(long, conflicts_with = "compact")]
    pretty: bool,
    /// One line per record, even on a terminal.
    #[arg(long)]
    compact: bool,
    /// File extensions to take from folders (repeat or separate with commas).
    #[arg(long, value_delimiter = ',', default_value = "txt")]
    ext: Vec<String>,
    /// Follow symbolic links inside folders (link loops are reported).
    #[arg(long)]
    follow: bool,
    /// How standard input is read.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,
    /// Worker threads (default: all cores; a single file or standard input runs on one).
    #[arg(short, long)]
    jobs: Option<usize>,
    /// No progress bar.
    #[arg(short, long)]
    quiet: bool,
    /// Add the sentences to each record.
    #[arg(long)]
    sentences: bool,
    /// Add the tokens, with their clitic analysis, to each record.
    #[arg(long)]
    tokens: bool,
    /// Add the normalized text to each record.
    #[arg(long)]
    normalized: bool,
    /// Add to every item the id of the rule that produced it.
    #[arg(long)]
    explain: bool,
    /// Extra gazetteer entries (TSV, see README); may be repeated.
    #[arg(long, value_name = "FILE")]
    gazetteer: Vec<PathBuf>,
    /// Larger inputs give a `too_large` error record (suffixes K, M, G).
    #[arg(long, value_name = "BYTES", default_value = "16M", value_parser = parse_size)]
    max_bytes: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// Plain text: the whole of standard input is one article.
    Text,
    /// One JSON object `{"id": ..., "text": ...}` per line.
    Jsonl,
}

fn parse_size(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let (digits, unit) = match s.char_indices().find(|(_, c)| !c.is_ascii_digit()) {
        Some((i, _)) => s.split_at(i),
        None => (s, ""),
    };
    let n: u64 = digits.parse().map_err(|_| format!("not a size: {s}"))?;
    let mult = match unit.to_ascii_uppercase().trim_end_matches(['B', 'I']) {
        "" => 1,
        "K" => 1 << 10,
        "M" => 1 << 20,
        "G" => 1 << 30,
        _ => return Err(format!("unknown size unit in {s} (use K, M or G)")),
    };
    n.checked_mul(mult).ok_or_else(|| format!("size too large: {s}"))
}

/// One unit of work, in output order.
enum Job {
    /// A file to read; `regular` when a folder walk saw it is a regular file.
    File { shown: String, path: PathBuf, regular: bool },
    /// Standard input, already read.
    Stdin(Vec<u8>),
    /// A line of `--input jsonl`.
    Line(String),
    /// An input that failed before it could be read (missing path, link loop).
    Failed { shown: String, error: InputError },
}

/// What a worker produced for a job: the JSON line, and the failure if any.
struct Outcome {
    json: Vec<u8>,
    failure: Option<String>,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("analyze: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Runs the whole job; returns whether every input succeeded.
fn run(cli: Cli) -> anyhow::Result<bool> {
    let options =
        Options { sentences: cli.sentences, tokens: cli.tokens, normalized: cli.normalized, explain: cli.explain };
    let mut analyzer = Analyzer::new(options);
    for path in &cli.gazetteer {
        let tsv = std::fs::read_to_string(path).with_context(|| format!("reading gazetteer {}", path.display()))?;
        analyzer.add_gazetteer(&tsv).with_context(|| format!("gazetteer {}", path.display()))?;
    }
    let stdin_piped = !io::stdin().is_terminal();
    let jobs: Box<dyn Iterator<Item = Job> + Send + '_> = if cli.input == InputFormat::Jsonl {
        if !cli.paths.is_empty() {
            anyhow::bail!("--input jsonl reads standard input and takes no paths");
        }
        Box::new(std::iter::from_fn(read_jsonl_line))
    } else if cli.paths.is_empty() {
        if !stdin_piped {
            anyhow::bail!("no input: give files or folders, or pipe text into standard input (see --help)");
        }
        Box::new(std::iter::once(read_stdin(cli.max_bytes)))
    } else {
        // Folders are walked as the workers ask for jobs: the first file is
        // analyzed at once, and the list of files is never held whole.
        Box::new(cli.paths.iter().flat_map(|path| -> Box<dyn Iterator<Item = Job> + Send + '_> {
            if path.as_os_str() == "-" {
                Box::new(std::iter::once(read_stdin(cli.max_bytes)))
            } else {
                expand(path, &cli)
            }
        }))
    };
    let pretty = cli.pretty || (!cli.compact && io::stdout().is_terminal());
    // One file, or standard input, is one job: no thread to start for it.
    let one_job = cli.input != InputFormat::Jsonl && cli.paths.len() <= 1 && !cli.paths.iter().any(|p| p.is_dir());
    let threads = match cli.jobs {
        _ if one_job => 1,
        Some(n) => n.max(1),
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let work = |job: Job| process(job, &analyzer, cli.max_bytes, pretty);
    run_ordered(jobs, threads, work, !cli.quiet && io::stderr().is_terminal())
}

/// Reads the next line of `--input jsonl` from standard input, as it comes.
fn read_jsonl_line() -> Option<Job> {
    let mut line = Vec::new();
    match io::stdin().lock().read_until(b'\n', &mut line) {
        Ok(0) => None,
        Ok(_) => Some(match String::from_utf8(line) {
            Ok(text) => Job::Line(text),
            Err(_) => Job::Failed { shown: "-".into(), error: InputError::new("bad_line", "line is not valid UTF-8") },
        }),
        Err(e) => Some(Job::Failed { shown: "-".into(), error: InputError::new("io", e.to_string()) }),
    }
}

fn read_stdin(max_bytes: u64) -> Job {
    let mut bytes = Vec::new();
    match io::stdin().lock().take(max_bytes + 1).read_to_end(&mut bytes) {
        Ok(_) if bytes.len() as u64 > max_bytes => {
            Job::Failed { shown: "-".into(), error: input::too_large(max_bytes) }
        }
        Ok(_) => Job::Stdin(bytes),
        Err(e) => Job::Failed { shown: "-".into(), error: InputError::new("io", e.to_string()) },
    }
}

/// Turns one command-line path into jobs: a file, or a folder's files in
/// sorted path order, walked lazily.
fn expand<'c>(path: &'c Path, cli: &'c Cli) -> Box<dyn Iterator<Item = Job> + Send + 'c> {
    let shown = path.to_string_lossy().into_owned();
    let is_dir = std::fs::metadata(path).map(|m| m.is_dir()).unwrap_or(false);
    if !is_dir {
        return Box::new(std::iter::once(Job::File { shown, path: path.to_path_buf(), regular: false }));
    }
    let walk = walkdir::WalkDir::new(path).follow_links(cli.follow).sort_by_file_name();
    Box::new(walk.into_iter().filter_map(move |entry| match entry {
        Ok(entry) => {
            let kind = entry.file_type();
            let wanted = !kind.is_dir()
                && !kind.is_symlink()
                && entry
                    .path()
                    .extension()
                    .is_some_and(|e| cli.ext.iter().any(|x| e.eq_ignore_ascii_case(x.trim_start_matches('.'))));
            wanted.then(|| {
                let path = entry.into_path();
                Job::File { shown: path.to_string_lossy().into_owned(), path, regular: kind.is_file() }
            })
        }
        Err(e) => {
            let shown = e.path().map_or_else(|| shown.clone(), |p| p.to_string_lossy().into_owned());
            let error = match e.loop_ancestor() {
                Some(a) => InputError::new("link_loop", format!("symbolic link loop back to {}", a.display())),
                None => e.io_error().map_or_else(|| InputError::new("io", e.to_string()), input::io_error),
            };
            Some(Job::Failed { shown, error })
        }
    }))
}

/// Runs one analysis; a panic (a bug) becomes an `internal` error record for
/// that input, so that the batch goes on and no worker is lost.
fn guarded<T>(analysis: impl FnOnce() -> Result<T, InputError>) -> Result<T, InputError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(analysis)).unwrap_or_else(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(InputError::new("internal", format!("the analyzer failed on this input ({what}); please report it")))
    })
}

/// Analyzes one job and renders its record.
fn process(job: Job, analyzer: &Analyzer, max_bytes: u64, pretty: bool) -> Outcome {
    // The input, held here while its record, which borrows from it, is
    // analyzed and written.
    let (file, id, input) = match job {
        Job::File { shown, path, regular } => {
            let bytes =
                if regular { input::read_regular_file(&path, max_bytes) } else { input::read_file(&path, max_bytes) };
            (Some(shown), None, bytes.map(Input::Bytes))
        }
        Job::Stdin(bytes) => (Some("-".to_string()), None, Ok(Input::Bytes(bytes))),
        Job::Line(line) => match parse_line(&line) {
            Ok((id, text)) => (None, Some(id), Ok(Input::Text(text))),
            Err(error) => (None, None, Err(error)),
        },
        Job::Failed { shown, error } => (Some(shown), None, Err(error)),
    };
    let rendered = input.and_then(|input| {
        guarded(|| {
            let decoded;
            let mut record = match &input {
                Input::Bytes(bytes) => {
                    decoded = input::decode(bytes)?;
                    analyzer.analyze_decoded(&decoded, bytes.len())?
                }
                Input::Text(text) => analyzer.analyze_text(text)?,
            };
            record.file = file.as_deref();
            record.id = id.as_ref();
            // A record is about as long as its input: one allocation.
            let mut json = Vec::with_capacity(record.stats.bytes + record.stats.bytes / 2 + 512);
            output::write_json(&mut json, &record, pretty);
            Ok(json)
        })
    });
    match rendered {
        Ok(json) => Outcome { json, failure: None },
        Err(error) => {
            let name =
                file.clone().or_else(|| id.as_ref().map(|i| format!("id {i}"))).unwrap_or_else(|| "input line".into());
            let failure = Some(format!("{name}: {}", error.message));
            let record = ErrorRecord {
                schema_version: output::SCHEMA_VERSION,
                file,
                id,
                error: ErrorInfo { kind: error.kind, message: error.message },
            };
            let mut json = Vec::new();
            output::write_json(&mut json, &record, pretty);
            Outcome { json, failure }
        }
    }
}

/// The bytes of a file or of standard input, or the text of a jsonl line.
enum Input {
    Bytes(Vec<u8>),
    Text(String),
}

/// Reads a `{"id": ..., "text": ...}` line.
fn parse_line(line: &str) -> Result<(serde_json::Value, String), InputError> {
    let bad = |m: String| InputError::new("bad_line", m);
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| bad(format!("not JSON: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    match value.get("text").and_then(|t| t.as_str()) {
        Some(text) => Ok((id, text.to_string())),
        None => Err(InputError::new("bad_line", "no string field \"text\"")),
    }
}

/// Output in job order: outcomes that finished early wait in `pending`.
struct OrderedWriter<W: Write> {
    out: W,
    next: usize,
    pending: BTreeMap<usize, Outcome>,
    all_ok: bool,
    /// A write failed: stop the run (a closed pipe ends it quietly).
    error: Option<io::Error>,
    /// Count the records written on stderr.
    progress: bool,
    /// Workers waiting for the output to catch up with them.
    waiting: usize,
}

impl<W: Write> OrderedWriter<W> {
    /// Takes the outcome of job `i` and writes every outcome now in order.
    fn put(&mut self, i: usize, outcome: Outcome) {
        self.pending.insert(i, outcome);
        while let Some(outcome) = self.pending.remove(&self.next) {
            if let Some(failure) = &outcome.failure {
                self.all_ok = false;
                eprintln!("analyze: {failure}");
            }
            if self.error.is_none()
                && let Err(e) = self.out.write_all(&outcome.json)
            {
                self.error = Some(e);
            }
            self.next += 1;
            if self.progress && self.next.is_multiple_of(64) {
                eprint!("\r{} files", self.next);
            }
        }
    }
}

/// Runs `work` on `threads` threads and writes the outcomes to stdout in job
/// order. Each thread takes the next job, works on it, and writes whatever
/// is now in order itself, so there is no hand-off to a writer thread; a
/// thread never runs more than a fixed window ahead of the output, so memory
/// stays flat however many inputs there are. Returns whether every job
/// succeeded.
fn run_ordered<F>(
    jobs: Box<dyn Iterator<Item = Job> + Send + '_>,
    threads: usize,
    work: F,
    progress: bool,
) -> anyhow::Result<bool>
where
    F: Fn(Job) -> Outcome + Sync,
{
    let window = threads * 16;
    let jobs = Mutex::new(jobs.enumerate());
    let writer = Mutex::new(OrderedWriter {
        out: io::BufWriter::with_capacity(1 << 16, io::stdout()),
        next: 0,
        pending: BTreeMap::new(),
        all_ok: true,
        error: None,
        progress,
        waiting: 0,
    });
    let caught_up = Condvar::new();
    let worker = || {
        loop {
            let Some((i, job)) = jobs.lock().expect("job lock").next() else { break };
            {
                let ahead = |w: &mut OrderedWriter<_>| i >= w.next + window && w.error.is_none();
                let mut w = writer.lock().expect("writer lock");
                if ahead(&mut w) {
                    w.waiting += 1;
                    w = caught_up.wait_while(w, ahead).expect("writer lock");
                    w.waiting -= 1;
                }
                if w.error.is_some() {
                    break;
                }
            }
            let outcome = work(job);
            let mut w = writer.lock().expect("writer lock");
            w.put(i, outcome);
            // (A wake-up is a system call: none when nobody waits.)
            if w.waiting > 0 {
                caught_up.notify_all();
            }
        }
    };
    std::thread::scope(|scope| {
        for _ in 1..threads {
            scope.spawn(worker);
        }
        worker();
    });
    let mut w = writer.into_inner().expect("writer lock");
    if w.progress && w.next >= 64 {
        eprintln!("\r{} files", w.next);
    }
    let flushed = w.out.flush();
    match w.error.map_or(flushed, Err) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e).context("writing to standard output"),
        _ => Ok(w.all_ok),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_an_analysis_is_an_internal_error() {
        let error = guarded::<()>(|| panic!("index out of bounds")).unwrap_err();
        assert_eq!(error.kind, "internal");
        assert!(error.message.contains("index out of bounds"), "{}", error.message);
        assert_eq!(guarded(|| Ok::<_, InputError>(7)).unwrap(), 7);
    }
}
