// A throw-away copy of this checkout as git would hand it out (tracked and untracked files, nothing .gitignore lists), for the packaging tests.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './cli';

/** Environment for child npm/git/node processes: the test runner's and colour variables removed. */
export function childEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COMMENTARY_LINT_WORKERS', 'NODE_OPTIONS', 'NODE_TEST_CONTEXT']) delete env[name];
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...extra };
}

/** Runs a command to completion and throws with its output when it fails. */
export function mustRun(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }): string {
  const r = spawnSync(command, args, { encoding: 'utf8', env: childEnv(), maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status} in ${options.cwd}:\n${String(r.stdout)}\n${String(r.stderr)}`);
  return String(r.stdout);
}

/** Copies the checkout's files (what `git ls-files --cached --others --exclude-standard` lists) into a new temp folder; returns its real path. */
export function copyProject(prefix: string): string {
  const dest = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  const listed = mustRun('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT });
  for (const file of listed.split('\0').filter(Boolean)) {
    const from = join(ROOT, file);
    if (!existsSync(from)) continue;
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(from, join(dest, file));
  }
  return dest;
}

/** Makes a folder a git repository with everything in it committed (the identity is local to the command). */
export function commitAll(dir: string): void {
  mustRun('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  mustRun('git', ['add', '-A'], { cwd: dir });
  mustRun('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'snapshot'], { cwd: dir });
}
