// Lints every take, on worker threads when there are many, then runs the corpus rules per symposium.
import { RULES, byPosition, lintCorpus, sharedWords, waiveSharedWords, type CorpusMember, type SymposiumId } from '../core';
import { lintTask, type FileOutcome, type LintedFile, type LintSetup, type LintTask } from './lint-file';
import { LintWorkers, workerCount } from './lint-workers';

/** Lints all tasks (results in task order), reporting progress; `early` are threads started during discovery (stopped when unused). */
export async function lintAll(tasks: LintTask[], setup: LintSetup, onProgress?: (done: number) => void, early?: LintWorkers): Promise<FileOutcome[]> {
  const workers = workerCount(tasks.length);
  if (workers > 0) return (early ?? new LintWorkers()).run(tasks, setup, workers, onProgress);
  early?.stop();
  return tasks.map((t, k) => {
    const outcome = lintTask(t, setup);
    if (k % 50 === 49) onProgress?.(k + 1);
    return outcome;
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
