// Runs one command in its own process and measures its wall time, peak resident memory and CPU time.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'peak-rss.cjs');
const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

/** Peak RSS (largest of the processes) and CPU time (sum) from the preload's JSON lines, or undefined. */
function preloadUsage(file) {
  if (!existsSync(file)) return {};
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  if (lines.length === 0) return {};
  return { peakKiB: Math.max(...lines.map((l) => l.maxRssKiB)), cpuUs: lines.reduce((sum, l) => sum + l.cpuUs, 0) };
}

/** The peak RSS GNU time wrote (a line of digits; a "Command exited with non-zero status" line may precede it). */
function gnuTimeKiB(file) {
  if (!existsSync(file)) return undefined;
  const figure = readFileSync(file, 'utf8')
    .split('\n')
    .find((line) => /^\d+$/.test(line.trim()));
  return figure === undefined ? undefined : Number(figure);
}

/**
 * Runs `node <args>` in `cwd` with stdout and stderr going to `<logBase>.out`/`.err`. Peak RSS and CPU time come
 * from the peak-rss.cjs preload (every Node process of the run, worker threads included); GNU time, when it is
 * installed, cross-checks the peak RSS.
 */
export function measure(args, { cwd, logBase }) {
  const rssFile = `${logBase}.rss`;
  const timeFile = `${logBase}.time`;
  rmSync(rssFile, { force: true });
  rmSync(timeFile, { force: true });
  const env = { ...process.env, PEAK_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require="${PRELOAD}"`.trim() };
  const command = HAS_GNU_TIME ? GNU_TIME : process.execPath;
  const commandArgs = HAS_GNU_TIME ? ['-f', '%M', '-o', timeFile, process.execPath, ...args] : args;
  const out = openSync(`${logBase}.out`, 'w');
  const err = openSync(`${logBase}.err`, 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd, env, stdio: ['ignore', out, err] });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  closeSync(out);
  closeSync(err);
  if (result.error) throw result.error;
  const { peakKiB, cpuUs } = preloadUsage(rssFile);
  const timeKiB = HAS_GNU_TIME ? gnuTimeKiB(timeFile) : undefined;
  return {
    wallMs,
    cpuMs: cpuUs && cpuUs / 1000,
    exitCode: result.status,
    signal: result.signal,
    peakMiB: peakKiB && peakKiB / 1024,
    gnuTimeMiB: timeKiB && timeKiB / 1024,
  };
}
