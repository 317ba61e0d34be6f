// Runs one command in its own process and measures its wall time and peak resident memory.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PRELOAD = join(dirname(fileURLToPath(import.meta.url)), 'peak-rss.cjs');
const GNU_TIME = '/usr/bin/time';
const HAS_GNU_TIME = existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true']).status === 0;

/** The largest KiB figure in a file of "<pid> <KiB>" (preload) or "<KiB>" (GNU time) lines, or undefined. */
function largestKiB(file) {
  if (!existsSync(file)) return undefined;
  const values = readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => /^(?:\d+ )?(\d+)$/.exec(line.trim()))
    .filter(Boolean)
    .map((m) => Number(m[1]));
  return values.length > 0 ? Math.max(...values) : undefined;
}

/**
 * Runs `node <args>` in `cwd` with stdout and stderr going to `<logBase>.out`/`.err`. Peak RSS comes from
 * the peak-rss.cjs preload (every Node process of the run, worker threads included) and, as a cross-check,
 * from GNU time when it is installed.
 */
export function measure(args, { cwd, logBase }) {
  const rssFile = `${logBase}.rss`;
  const timeFile = `${logBase}.time`;
  rmSync(rssFile, { force: true });
  rmSync(timeFile, { force: true });
  const env = { ...process.env, PEAK_RSS_FILE: rssFile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require=${PRELOAD}`.trim() };
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
  const peakKiB = largestKiB(rssFile);
  const timeKiB = HAS_GNU_TIME ? largestKiB(timeFile) : undefined;
  return { wallMs, exitCode: result.status, signal: result.signal, peakMiB: peakKiB && peakKiB / 1024, gnuTimeMiB: timeKiB && timeKiB / 1024 };
}
