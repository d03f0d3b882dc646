//! The progress bar of a batch on standard error: documents done, MB/s, and an ETA when
//! the total size is known. It appears only when standard error is a terminal and the run
//! has lasted a moment; otherwise nothing is drawn.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::batch::Walker;

/// A run shorter than this shows no bar.
const SHOW_AFTER: Duration = Duration::from_secs(1);

/// Progress of a batch, counted in input bytes and documents.
pub struct Progress {
    bar: ProgressBar,
    /// Whether the bar may be shown at all (a terminal, not `--quiet`).
    enabled: bool,
    shown: bool,
    start: Instant,
    docs: u64,
}

impl Progress {
    /// A bar that stays hidden until the run proves long; `total` is the input size in
    /// bytes when known (a spinner without ETA otherwise).
    pub fn new(quiet: bool, total: Option<u64>) -> Progress {
        let enabled = !quiet && std::io::stderr().is_terminal();
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
        let template = if total.is_some() {
            "{spinner} {msg} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} \
             {decimal_bytes_per_sec} ETA {eta}"
        } else {
            "{spinner} {msg} {decimal_bytes} {decimal_bytes_per_sec} {elapsed}"
        };
        let style = ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_spinner())
            .progress_chars("=> ");
        bar.set_style(style);
        bar.set_message("0 documents");
        Progress { bar, enabled, shown: false, start: Instant::now(), docs: 0 }
    }

    /// Adds the size of the matching files under `dirs` to the total, counted on a
    /// background thread so that processing starts at once. Only when the bar may show.
    pub fn count_dirs(&self, dirs: Vec<PathBuf>, extension: &'static str) {
        if !self.enabled || dirs.is_empty() {
            return;
        }
        let bar = self.bar.clone();
        let spawned = std::thread::Builder::new().name("warta-count".into()).spawn(move || {
            let mut bytes = 0;
            for (n, path) in dirs.into_iter().flat_map(|d| Walker::new(d, extension)).enumerate() {
                bytes += path.ok().and_then(|p| std::fs::metadata(p).ok()).map_or(0, |m| m.len());
                if n % 1024 == 1023 {
                    bar.inc_length(std::mem::take(&mut bytes));
                }
            }
            bar.inc_length(bytes);
        });
        // Without the thread the total is short and the ETA optimistic; nothing worse.
        drop(spawned);
    }

    /// One more document done, `bytes` of input.
    pub fn done(&mut self, bytes: u64) {
        self.docs += 1;
        self.bar.inc(bytes);
        if !self.enabled {
            return;
        }
        let plural = if self.docs == 1 { "" } else { "s" };
        self.bar.set_message(format!("{} document{plural}", self.docs));
        if !self.shown && self.docs > 1 && self.start.elapsed() >= SHOW_AFTER {
            self.shown = true;
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
        }
    }

    /// Runs `f` (which writes to standard error) with the bar out of the way.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    /// Removes the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
