// The worker threads of a run: started as soon as discovery has found enough takes, then fed batches that shrink near the end.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, LintSetup, LintTask } from './lint-file';

/** What the main thread sends a worker: the run's setup (first), a batch starting at `start`, or null when there is no more work. */
export type WorkerRequest = { setup: LintSetup } | { start: number; tasks: LintTask[] } | null;
export type WorkerReply = { start: number; outcomes: FileOutcome[] };

/** The worker bundle, built beside dist/cli.js. */
const WORKER_SCRIPT = join(__dirname, 'worker.js');

/**
 * A small young generation per worker: each take's garbage dies young, and V8's default lets two
 * workers' nurseries alone push a 10,000-take run past 200 MiB (measured: 230 MiB before, 190 after, same speed).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Above this many takes, worker threads pay for their start-up. */
export const WORKER_THRESHOLD = 200;

/** Batch sizes: at most this many takes, and never fewer than the floor (a message per take would cost more than it saves). */
const MAX_BATCH = 250;
const MIN_BATCH = 16;

/** How many worker threads to use: none for a few takes or without a worker bundle, else one per core up to two (COMMENTARY_LINT_WORKERS overrides). */
export function workerCount(tasks: number): number {
  if (!existsSync(WORKER_SCRIPT)) return 0;
  const forced = process.env.COMMENTARY_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), tasks);
  if (tasks <= WORKER_THRESHOLD) return 0;
  return Math.min(2, availableParallelism());
}

/**
 * A batch for the next request: an even share of what is left, split a few ways per worker, so the batches
 * shrink near the end and the workers finish together (a last batch of 250 kept one core busy alone for ~0.1 s).
 */
export function batchSize(remaining: number, workers: number): number {
  return Math.max(MIN_BATCH, Math.min(MAX_BATCH, Math.ceil(remaining / (workers * 4))));
}

/** The threads of one run; started early (while takes are still being found) so their start-up overlaps discovery. */
export class LintWorkers {
  private readonly threads: Worker[] = [];
  private failure: Error | undefined;

  /** Starts as many threads as a large run uses, once. */
  start(): void {
    if (this.threads.length > 0) return;
    for (let k = workerCount(Infinity); k > 0; k--) {
      const worker = new Worker(WORKER_SCRIPT, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      worker.on('error', (e) => (this.failure ??= e));
      this.threads.push(worker);
    }
  }

  /** Stops every thread (those that got no work, or all of them after a failure). */
  stop(): void {
    for (const w of this.threads) void w.terminate();
  }

  /** Lints all tasks on `count` threads (starting them now if they were not), results in task order. */
  run(tasks: LintTask[], setup: LintSetup, count: number, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
    this.start();
    for (const extra of this.threads.splice(count)) void extra.terminate();
    const outcomes = new Array<FileOutcome>(tasks.length);
    let next = 0;
    let done = 0;
    let running = this.threads.length;
    return new Promise((resolvePromise, reject) => {
      const fail = (e: Error) => {
        this.stop();
        reject(e);
      };
      if (this.failure) return fail(this.failure);
      const feed = (worker: Worker) => {
        if (next >= tasks.length) return worker.postMessage(null satisfies WorkerRequest);
        const size = batchSize(tasks.length - next, this.threads.length);
        worker.postMessage({ start: next, tasks: tasks.slice(next, next + size) } satisfies WorkerRequest);
        next += size;
      };
      for (const worker of this.threads) {
        worker.on('message', (reply: WorkerReply) => {
          for (let i = 0; i < reply.outcomes.length; i++) outcomes[reply.start + i] = reply.outcomes[i];
          done += reply.outcomes.length;
          onProgress?.(done);
          feed(worker);
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
          if (code !== 0) fail(new Error(`a lint worker stopped with exit code ${code}`));
          else if (--running === 0) resolvePromise(outcomes);
        });
        worker.postMessage({ setup } satisfies WorkerRequest);
        feed(worker);
      }
    });
  }
}
