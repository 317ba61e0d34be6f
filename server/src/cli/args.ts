// Reads the command line into options, rejecting anything unknown with a hint at what was meant.
import { parseArgs } from 'node:util';
import { RULES, closest, type SeverityOrOff } from '../core';
import { DEFAULT_MAX_FILE_MIB, MIB } from '../node';

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'off'];

/** Everything the command line asked for, checked and typed. */
export interface CliOptions {
  patterns: string[];
  format: FormatName;
  output?: string;
  config?: string;
  fix: boolean;
  fixDryRun: boolean;
  rules: Record<string, SeverityOrOff>;
  maxWarnings?: number;
  quiet: boolean;
  stdin: boolean;
  stdinFilename?: string;
  printConfig?: string;
  listRules: boolean;
  /** --init: write a starter symposium.json into the one folder in `patterns` (default: the current folder). */
  init: boolean;
  version: boolean;
  help: boolean;
  /** true/false from --color/--no-color; undefined decides from the terminal and the environment. */
  color?: boolean;
  /** false with --no-ignore: .gitignore and symposium `ignore` globs are not applied. */
  ignore: boolean;
  errorOnUnmatchedPattern: boolean;
  /** --max-file-size in bytes: larger takes are reported, not read (default 4 MiB). */
  maxFileBytes: number;
}

/** A mistake on the command line: exit code 2, one line on stderr. */
export class UsageError extends Error {}

const SPEC = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  'max-file-size': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'print-config': { type: 'string' },
  'list-rules': { type: 'boolean' },
  init: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'no-ignore': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
} as const;

/** Parses argv (without node and the script) into options; throws UsageError on any mistake. */
export function parseCli(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(describeParseError(e as Error & { code?: string }));
  }
  const v = parsed.values;
  if (v.init) checkInit(v, parsed.positionals);
  const options: CliOptions = {
    patterns: parsed.positionals,
    format: readFormat(v.format),
    output: v.output,
    config: v.config,
    fix: v.fix ?? false,
    fixDryRun: v['fix-dry-run'] ?? false,
    rules: readRules(v.rule ?? []),
    maxWarnings: readMaxWarnings(v['max-warnings']),
    quiet: v.quiet ?? false,
    stdin: v.stdin ?? false,
    stdinFilename: v['stdin-filename'],
    printConfig: v['print-config'],
    listRules: v['list-rules'] ?? false,
    init: v.init ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
    color: v['no-color'] ? false : v.color ? true : undefined,
    ignore: !v['no-ignore'],
    errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
    maxFileBytes: readMaxFileSize(v['max-file-size']),
  };
  checkCombinations(options);
  return options;
}

/** Rejects options that contradict each other, before any work is done. */
function checkCombinations(o: CliOptions): void {
  if (o.fix && o.fixDryRun) throw new UsageError('--fix and --fix-dry-run cannot be used together');
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename needs --stdin');
  if (o.stdin && o.patterns.length > 0) throw new UsageError(`--stdin lints standard input and takes no paths (got '${o.patterns[0]}')`);
  if (o.printConfig !== undefined && o.patterns.length > 0) throw new UsageError('--print-config takes one file and no other paths');
}

/** Options that still mean something with --init: reading the takes, colours, help and version. */
const WITH_INIT = new Set(['init', 'no-ignore', 'max-file-size', 'color', 'no-color', 'help', 'version']);

/** --init takes one folder at most and no option that lints or reports. */
function checkInit(values: Record<string, unknown>, positionals: string[]): void {
  const other = Object.keys(values).find((k) => !WITH_INIT.has(k) && values[k] !== undefined);
  if (other) throw new UsageError(`--init writes symposium.json and lints nothing: it cannot be combined with --${other}`);
  if (positionals.length > 1) throw new UsageError(`--init takes one folder, not ${positionals.length} paths`);
}

/** Checks --format against the known formats. */
function readFormat(value: string | undefined): FormatName {
  if (value === undefined) return 'stylish';
  if ((FORMATS as readonly string[]).includes(value)) return value as FormatName;
  throw new UsageError(`unknown format '${value}'${didYouMean(value, FORMATS)}; expected one of ${FORMATS.join(', ')}`);
}

/** Turns each `--rule id:severity` into a rule setting, checking the id and the severity. */
function readRules(values: string[]): Record<string, SeverityOrOff> {
  const ids = RULES.map((r) => r.meta.id);
  const out: Record<string, SeverityOrOff> = {};
  for (const value of values) {
    const colon = value.lastIndexOf(':');
    if (colon <= 0) throw new UsageError(`--rule '${value}' must be id:severity, e.g. --rule possessive-its:warning`);
    const id = value.slice(0, colon).trim();
    const severity = value.slice(colon + 1).trim();
    if (!ids.includes(id)) throw new UsageError(`unknown rule '${id}' in --rule${didYouMean(id, ids)}; see --list-rules`);
    if (!(SEVERITIES as string[]).includes(severity))
      throw new UsageError(`unknown severity '${severity}' in --rule ${value}${didYouMean(severity, SEVERITIES)}; expected ${SEVERITIES.join(', ')}`);
    out[id] = severity as SeverityOrOff;
  }
  return out;
}

/** Checks --max-warnings is a whole number. */
function readMaxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings must be a whole number, not '${value}'`);
  return Number(value);
}

/** Checks --max-file-size is a positive number of MiB (fractions allowed) and returns it in bytes. */
function readMaxFileSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_FILE_MIB * MIB;
  const mib = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(mib > 0) || !Number.isFinite(mib) || mib > 1024)
    throw new UsageError(`--max-file-size must be a number of MiB above 0 and at most 1024, not '${value}'`);
  return Math.floor(mib * MIB);
}

/** " (did you mean 'x'?)" when a known word is close to what was typed, or starts with it ("warn"). */
function didYouMean(word: string, known: readonly string[]): string {
  const near = closest(word, [...known]) ?? (word ? known.find((k) => k.startsWith(word.toLowerCase())) : undefined);
  return near ? ` (did you mean '${near}'?)` : '';
}

/** Rewrites util.parseArgs errors as one short line naming the option. */
function describeParseError(e: Error & { code?: string }): string {
  const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted;
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const near = option.startsWith('--') ? closest(option.slice(2), Object.keys(SPEC)) : undefined;
    return `unknown option '${option}'${near ? ` (did you mean '--${near}'?)` : ''}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(e.message)) return `option '${option}' takes no value`;
    if (/ambiguous/.test(e.message)) return `option '${option}' needs a value (write ${option}=-x for a value that starts with a dash)`;
    return `option '${option}' needs a value`;
  }
  return e.message.split('\n')[0];
}
