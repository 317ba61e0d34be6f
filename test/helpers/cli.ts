// Runs the built CLI (dist/cli.js) as a real process, and builds throw-away folders of takes for it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { RULES, type HouseStyle, type Severity, type SeverityOrOff } from '../../server/src/core';
import type { JsonFile, JsonMessage } from '../../server/src/cli/formats/json';
import type { Message } from '../../server/src/cli/run-report';

export const ROOT = join(__dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

export interface CliRun {
  cwd?: string;
  stdin?: string | Buffer;
  /** Added to a clean environment (colour and worker variables removed); undefined removes a variable. */
  env?: Record<string, string | undefined>;
  /** Kills the CLI after this many milliseconds (the result then has code -1 and signal SIGTERM). */
  timeoutMs?: number;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` and returns its exit code and output. */
export function runCli(args: string[], run: CliRun = {}): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first`);
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'COMMENTARY_LINT_WORKERS', 'NODE_OPTIONS', 'NODE_TEST_CONTEXT']) delete env[name];
  Object.assign(env, run.env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: run.cwd ?? ROOT,
    input: run.stdin ?? '',
    env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: run.timeoutMs,
  });
  if (r.error && !(run.timeoutMs && r.signal)) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A file tree to create: path → text or bytes; a `{ symlink }` entry makes a symbolic link. */
export type Tree = Record<string, string | Buffer | { symlink: string }>;

/** Creates a temp folder holding `tree` (folders made as needed); returns its real path. */
export function makeTree(tree: Tree): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'commentary-lint-cli-')));
  addToTree(root, tree);
  return root;
}

/** Adds files to an existing folder. */
export function addToTree(root: string, tree: Tree): void {
  for (const [path, content] of Object.entries(tree)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    if (typeof content === 'object' && !Buffer.isBuffer(content)) symlinkSync(content.symlink, full);
    else writeFileSync(full, content);
  }
}

/** Runs a test body in a fresh tree, removing it afterwards. */
export function withTree(tree: Tree, body: (dir: string) => void): void {
  const dir = makeTree(tree);
  try {
    body(dir);
  } finally {
    removeTree(dir);
  }
}

/** Removes a folder made by makeTree. */
export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** A symposium.json object that turns every rule off except the ones given (so tests do not depend on unfinished rules). */
export function onlyRules(rules: Record<string, string>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const all: Record<string, string> = {};
  for (const r of RULES) all[r.meta.id] = 'off';
  return { ...extra, rules: { ...all, ...rules } };
}

/** n synthetic findings of a rule of the catalogue, for the report formats' scale tests; with `fixEvery`, every so many carries a safe fix. */
export function manyMessages(n: number, fixEvery = 0): Message[] {
  const out: Message[] = [];
  for (let k = 0; k < n; k++)
    out.push({
      ruleId: 'doubled-word',
      severity: k % 2 ? 'warning' : 'error',
      message: `Doubled word ${k}`,
      line: k + 1,
      column: 1,
      endLine: k + 1,
      endColumn: 2,
      ...(fixEvery > 0 && k % fixEvery === 0 ? { fix: [{ start: k, end: k + 1, text: '' }] } : {}),
    });
  return out;
}

/** The log `sarif-multitool validate` writes: one run whose results are the problems it found in the validated log. */
interface ValidationLog {
  runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }> }>;
}

/** Validates a SARIF log with `sarif-multitool validate`; returns the errors it found (warnings are allowed). */
export function sarifErrors(sarif: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'commentary-lint-sarif-'));
  try {
    writeFileSync(join(dir, 'log.sarif'), sarif);
    const tool = join(ROOT, 'node_modules', '.bin', 'sarif-multitool');
    const v = spawnSync(tool, ['validate', join(dir, 'log.sarif'), '-o', join(dir, 'validation.sarif'), '--log', 'ForceOverwrite'], { encoding: 'utf8' });
    if (v.status !== 0 || !existsSync(join(dir, 'validation.sarif'))) return [`sarif-multitool failed (${v.status}): ${v.stdout}${v.stderr}`];
    const validation = JSON.parse(readFileSync(join(dir, 'validation.sarif'), 'utf8')) as ValidationLog;
    const results = validation.runs[0].results ?? [];
    return results.filter((r) => r.level === 'error').map((r) => `${r.ruleId}: ${r.message.text ?? r.message.arguments?.join(', ')}`);
  } finally {
    removeTree(dir);
  }
}

/** JSON text of a value, as a file would hold it. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

// The shapes of the CLI's machine-readable output, for typing what the tests parse.

/** `--format json`: one object per take (the types are the CLI's own, server/src/cli/formats/json.ts). */
export type JsonReport = JsonFile[];
export type { JsonFile, JsonMessage };

/** What `--print-config` prints (describeConfig in server/src/cli/config.ts). */
export interface PrintedConfig {
  filePath: string;
  /** The symposium.json in effect, or null for the defaults. */
  symposium: string | null;
  root: string;
  ignored: boolean;
  houseStyle: HouseStyle;
  rules: Record<string, { severity: SeverityOrOff; options?: Record<string, unknown>; needs?: string }>;
}

/** One rule in `--list-rules --format json` (server/src/cli/list-rules.ts). */
export interface ListedRule {
  id: string;
  category: string;
  severity: Severity;
  fixable: boolean;
  hasSuggestions: boolean;
  description: string;
  docs: string;
}

/** `--format sarif`: a SARIF 2.1.0 log with one run (server/src/cli/formats/sarif.ts). */
export interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}

export interface SarifRun {
  tool: { driver: SarifDriver };
  invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: SarifNotification[] }>;
  originalUriBaseIds: { SRCROOT: { uri: string } };
  columnKind: string;
  results: SarifResult[];
}

/** The tool and its whole rule catalogue. */
export interface SarifDriver {
  name: string;
  version: string;
  semanticVersion: string;
  informationUri: string;
  rules: SarifRule[];
}

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string; markdown: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: SarifLevel };
  properties: { category: string; fixable: boolean; hasSuggestions: boolean; tags: string[] };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: Array<{ physicalLocation: SarifPhysicalLocation }>;
  /** Present when the finding points at other places (corpus rules). */
  relatedLocations?: Array<{ id: number; message: { text: string }; physicalLocation: SarifPhysicalLocation }>;
  /** Present when the finding has a safe fix. */
  fixes?: Array<{
    description: { text: string };
    artifactChanges: Array<{ artifactLocation: SarifArtifactLocation; replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }> }>;
  }>;
}

/** A tool notification: a take that could not be read, or was skipped. */
export interface SarifNotification {
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: SarifArtifactLocation } }>;
}

export interface SarifPhysicalLocation {
  artifactLocation: SarifArtifactLocation;
  region: SarifRegion;
}

/** Relative to SRCROOT (uriBaseId), or an absolute file URI. */
export interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
