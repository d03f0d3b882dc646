//! Processing a stream of jobs in parallel on a rayon pool while writing the results in
//! input order, with memory bounded by the jobs in flight.
//!
//! The calling thread reads jobs, hands each to the pool and writes results as soon as
//! every earlier result is written. A job counts as in flight from the moment it is handed
//! out until its result is written (so results waiting in the reorder buffer count too);
//! when the window is full, the calling thread waits for results before it reads on.

use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;

/// How much may be in flight at once.
#[derive(Clone, Copy, Debug)]
pub struct Window {
    /// At most this many jobs (at least one).
    pub jobs: usize,
    /// At most this many input bytes, unless a single job is larger.
    pub bytes: u64,
}

/// Runs `process` over `input` on `threads` threads (on the calling thread for one) and
/// passes each result to `output` in input order. `weight` is a job's size for the
/// window. Stops at the first error of `output`, after the jobs already started finish.
///
/// A panic in `process` is resumed on the calling thread (the caller should catch what it
/// can turn into results).
pub fn run<J, O, E>(
    threads: usize,
    window: Window,
    input: impl Iterator<Item = J>,
    weight: impl Fn(&J) -> u64,
    process: impl Fn(J) -> O + Sync,
    mut output: impl FnMut(O) -> Result<(), E>,
) -> Result<(), E>
where
    J: Send,
    O: Send,
{
    let pool = if threads > 1 {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("warta-worker-{i}"))
            .build()
            .ok()
    } else {
        None
    };
    let Some(pool) = pool else {
        // One thread (or no pool to be had): read, process, write, repeat.
        for job in input {
            output(process(job))?;
        }
        return Ok(());
    };
    let process = &process;
    pool.in_place_scope_fifo(|scope| {
        let (results, received) = mpsc::channel();
        let mut pending = Pending::new(window);
        for job in input {
            let size = weight(&job);
            while !pending.has_room(size) {
                match received.recv() {
                    Ok((seq, result)) => pending.put(seq, result),
                    Err(_) => return Ok(()), // unreachable: `results` is alive
                }
                pending.write_ready(&mut output)?;
            }
            let seq = pending.push(size);
            let results = results.clone();
            scope.spawn_fifo(move |_| {
                let result = panic::catch_unwind(AssertUnwindSafe(|| process(job)));
                // The receiver is gone only when output failed; the result is not wanted.
                let _ = results.send((seq, result));
            });
            while let Ok((seq, result)) = received.try_recv() {
                pending.put(seq, result);
            }
            pending.write_ready(&mut output)?;
        }
        while !pending.is_empty() {
            match received.recv() {
                Ok((seq, result)) => pending.put(seq, result),
                Err(_) => return Ok(()), // unreachable: `results` is alive
            }
            pending.write_ready(&mut output)?;
        }
        Ok(())
    })
}

type Outcome<O> = std::thread::Result<O>;

/// The jobs in flight, in input order: their weight and, once done, their result.
struct Pending<O> {
    window: Window,
    /// Sequence number of the first slot.
    first: u64,
    slots: VecDeque<(u64, Option<Outcome<O>>)>,
    bytes: u64,
}

impl<O> Pending<O> {
    fn new(window: Window) -> Pending<O> {
        Pending { window, first: 0, slots: VecDeque::new(), bytes: 0 }
    }

    fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    fn has_room(&self, size: u64) -> bool {
        self.slots.is_empty()
            || (self.slots.len() < self.window.jobs.max(1)
                && self.bytes.saturating_add(size) <= self.window.bytes)
    }

    /// Reserves the next slot; returns its sequence number.
    fn push(&mut self, size: u64) -> u64 {
        self.slots.push_back((size, None));
        self.bytes += size;
        self.first + self.slots.len() as u64 - 1
    }

    fn put(&mut self, seq: u64, result: Outcome<O>) {
        let index = seq.checked_sub(self.first).and_then(|i| usize::try_from(i).ok());
        if let Some(slot) = index.and_then(|i| self.slots.get_mut(i)) {
            slot.1 = Some(result);
        }
    }

    /// Writes the results that have no unfinished job before them.
    fn write_ready<E>(&mut self, output: &mut impl FnMut(O) -> Result<(), E>) -> Result<(), E> {
        while self.slots.front().is_some_and(|slot| slot.1.is_some()) {
            let Some((size, Some(result))) = self.slots.pop_front() else { break };
            self.first += 1;
            self.bytes -= size;
            match result {
                Ok(value) => output(value)?,
                Err(payload) => panic::resume_unwind(payload),
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squares(threads: usize, window: Window, n: u64) -> Vec<u64> {
        let mut out = Vec::new();
        let result: Result<(), ()> = run(
            threads,
            window,
            0..n,
            |_| 10,
            |i| {
                // Later jobs finish first, so the reorder buffer has work to do.
                std::thread::sleep(std::time::Duration::from_micros((n - i) * 50));
                i * i
            },
            |v| {
                out.push(v);
                Ok(())
            },
        );
        assert!(result.is_ok());
        out
    }

    #[test]
    fn output_keeps_input_order_for_any_thread_count_and_window() {
        let expected: Vec<u64> = (0..60).map(|i| i * i).collect();
        for threads in [1, 2, 4] {
            for window in [Window { jobs: 1, bytes: 1000 }, Window { jobs: 8, bytes: 35 }] {
                assert_eq!(squares(threads, window, 60), expected);
            }
        }
    }

    #[test]
    fn output_errors_stop_the_run() {
        let mut written = 0;
        let result = run(
            2,
            Window { jobs: 4, bytes: u64::MAX },
            0..1000u32,
            |_| 1,
            |i| i,
            |_| {
                written += 1;
                if written == 3 { Err("closed") } else { Ok(()) }
            },
        );
        assert_eq!((result, written), (Err("closed"), 3));
    }
}
