// Lints every take, on worker threads when there are many, then runs the corpus rules per symposium.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { RULES, byPosition, lintCorpus, sharedWords, waiveSharedWords, type CorpusMember, type SymposiumId } from '../core';
import { lintTask, type FileOutcome, type LintedFile, type LintSetup, type LintTask } from './lint-file';

/** What the main thread sends a worker: a batch starting at `start`, or null when there is no more work. */
export type WorkerRequest = { start: number; tasks: LintTask[] } | null;
export type WorkerReply = { start: number; outcomes: FileOutcome[] };

/** The worker bundle, built beside dist/cli.js. */
const WORKER_SCRIPT = join(__dirname, 'worker.js');

/**
 * A small young generation per worker: each take's garbage dies young, and V8's default lets two
 * workers' nurseries alone push a 10,000-take run past 200 MiB (measured: 230 MiB before, 190 after, same speed).
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Above this many takes, worker threads pay for their start-up. */
const WORKER_THRESHOLD = 200;

/** Lints all tasks (results in task order), reporting progress as batches finish. */
export async function lintAll(tasks: LintTask[], setup: LintSetup, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const workers = workerCount(tasks.length);
  if (workers === 0) {
    return tasks.map((t, k) => {
      const outcome = lintTask(t, setup);
      if (k % 50 === 49) onProgress?.(k + 1);
      return outcome;
    });
  }
  return lintOnWorkers(tasks, setup, workers, onProgress);
}

/** How many worker threads to use: none for a few takes or without a worker bundle, else one per core up to two (COMMENTARY_LINT_WORKERS overrides). */
function workerCount(tasks: number): number {
  if (!existsSync(WORKER_SCRIPT)) return 0;
  const forced = process.env.COMMENTARY_LINT_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), tasks);
  if (tasks <= WORKER_THRESHOLD) return 0;
  return Math.min(2, availableParallelism());
}

/** Hands batches to workers as they finish (so a slow batch does not hold the others up). */
function lintOnWorkers(tasks: LintTask[], setup: LintSetup, count: number, onProgress?: (done: number) => void): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome>(tasks.length);
  const batch = Math.max(16, Math.min(250, Math.ceil(tasks.length / (count * 8))));
  let next = 0;
  let done = 0;
  let running = count;
  const workers: Worker[] = [];
  return new Promise((resolvePromise, reject) => {
    const fail = (e: Error) => {
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const feed = (worker: Worker) => {
      if (next >= tasks.length) {
        worker.postMessage(null satisfies WorkerRequest);
        return;
      }
      const request: WorkerRequest = { start: next, tasks: tasks.slice(next, next + batch) };
      next += batch;
      worker.postMessage(request);
    };
    for (let k = 0; k < count; k++) {
      const worker = new Worker(WORKER_SCRIPT, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
      workers.push(worker);
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
      feed(worker);
    }
  });
}

/** Runs the corpus rules over each symposium's takes, merges their findings into each take's list, and drops findings about words the symposium shares. */
export function addCorpusFindings(tasks: LintTask[], outcomes: FileOutcome[]): void {
  const groups = new Map<SymposiumId, LintedFile[]>();
  outcomes.forEach((outcome, k) => {
    if ('error' in outcome) return;
    const group = groups.get(tasks[k].symposium) ?? [];
    group.push(outcome);
    groups.set(tasks[k].symposium, group);
  });
  for (const group of groups.values()) {
    const shared = sharedWords(group.map((f) => f.summary));
    const members: CorpusMember[] = group.map((f) => ({ summary: f.summary, settings: f.settings }));
    const found = lintCorpus(members, RULES);
    for (const file of group) {
      const extra = found.get(file.filePath);
      const own = waiveSharedWords(file.findings, shared);
      file.findings = extra?.length ? [...own, ...extra].sort(byPosition) : own;
    }
  }
}
