// SARIF 2.1.0 for code-scanning tools: one run, every rule described, results with regions and safe fixes.
import { pathToFileURL } from 'node:url';
import { DOCS_BASE, RULES, ruleDocUrl, type Edit, type RelatedLocation } from '../../core';
import { position, type FileReport, type FormatContext, type Message, type RunReport } from '../run-report';
import { jsonChunks, joinChunks, LazyArray } from './json-stream';

const LEVEL: Record<Message['severity'], string> = { error: 'error', warning: 'warning', info: 'note' };
const RULE_INDEX = new Map(RULES.map((r, k) => [r.meta.id, k]));
const HOME = DOCS_BASE.replace(/\/blob\/.*$/, '');
/** The rule id of file-level failures (unreadable, undecodable, too big, not written): no rule of the catalogue. */
const FILE_ERROR_RULE = 'file-error';

/** The SARIF log of the run, pretty-printed. */
export function formatSarif(run: RunReport, context: FormatContext): string {
  return joinChunks(sarifReport(run, context));
}

/**
 * The SARIF log in chunks (one per result and notification), byte for byte formatSarif's text: a log of a
 * million results is written without ever being one string.
 */
export function* sarifReport(run: RunReport, context: FormatContext): Generator<string> {
  const byPath = new Map<string, FileReport>();
  for (const f of run.files) byPath.set(f.filePath, f);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(context.version) },
        invocations: [{ executionSuccessful: run.failures.length === 0, toolExecutionNotifications: new LazyArray(notifications(run), true) }],
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(run.cwd.endsWith('/') ? run.cwd : run.cwd + '/').href } },
        columnKind: 'utf16CodeUnits',
        results: new LazyArray(results(run, byPath), true),
      },
    ],
  };
  yield* jsonChunks(log, 2);
  yield '\n';
}

/** Every finding of a rule as a result, then every file that failed as a file-level result. */
function* results(run: RunReport, byPath: Map<string, FileReport>): Generator<object> {
  for (const file of run.files) for (const m of file.messages) if (m.ruleId) yield result(file, m, byPath);
  for (const f of run.failures) yield failureResult(f.message, artifactFor(f.filePath, f.displayPath));
}

/** Notes that come from no rule (warnings), then every file that failed (errors). */
function* notifications(run: RunReport): Generator<object> {
  for (const file of run.files) for (const m of file.messages) if (!m.ruleId) yield notification('warning', m.message, artifact(file));
  for (const f of run.failures) yield notification('error', f.message, artifactFor(f.filePath, f.displayPath));
}

/** The tool and its full rule catalogue, so viewers can show help for any rule. */
function driver(version: string): object {
  return {
    name: 'commentary-lint',
    version,
    semanticVersion: version,
    informationUri: HOME,
    rules: RULES.map((r) => ({
      id: r.meta.id,
      name: r.meta.id.replace(/(^|-)(\w)/g, (_, _dash, ch: string) => ch.toUpperCase()),
      shortDescription: { text: sentence(r.meta.description) },
      fullDescription: { text: sentence(r.meta.rationale), markdown: r.meta.rationale },
      helpUri: ruleDocUrl(r.meta.id),
      help: {
        text: `${sentence(r.meta.description)} See ${ruleDocUrl(r.meta.id)}`,
        markdown: `${r.meta.description}. [Documentation](${ruleDocUrl(r.meta.id)})`,
      },
      defaultConfiguration: { level: LEVEL[r.meta.severity] },
      properties: { category: r.meta.category, fixable: r.meta.fixable, hasSuggestions: r.meta.hasSuggestions, tags: [r.meta.category] },
    })),
  };
}

/** One finding as a SARIF result. */
function result(file: FileReport, m: Message, byPath: Map<string, FileReport>): object {
  const location = artifact(file);
  const out: Record<string, unknown> = {
    ruleId: m.ruleId,
    ruleIndex: RULE_INDEX.get(m.ruleId!),
    level: LEVEL[m.severity],
    message: { text: sentence(m.message) },
    locations: [
      { physicalLocation: { artifactLocation: location, region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn } } },
    ],
  };
  if (m.related?.length) out.relatedLocations = m.related.map((r, k) => related(r, k, file, byPath)).filter(Boolean);
  if (m.fix)
    out.fixes = [
      {
        description: { text: `Apply the safe fix for: ${m.message}` },
        artifactChanges: [{ artifactLocation: location, replacements: m.fix.map((e) => replacement(file, e)) }],
      },
    ];
  return out;
}

/** A related place, in this take or another one of the run. */
function related(r: RelatedLocation, id: number, file: FileReport, byPath: Map<string, FileReport>): object | undefined {
  const target = r.filePath ? byPath.get(r.filePath) : file;
  if (!target) return undefined;
  return { id, message: { text: sentence(r.message) }, physicalLocation: { artifactLocation: artifact(target), region: region(target, r.start, r.end) } };
}

/** One edit of a fix: the region it deletes and the text it inserts. */
function replacement(file: FileReport, edit: Edit): object {
  return { deletedRegion: region(file, edit.start, edit.end), insertedContent: { text: edit.text } };
}

/** Offsets as a line/column region. */
function region(file: FileReport, start: number, end: number): object {
  const a = position(file, start);
  const b = position(file, end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}

/** A take's artifact location. */
function artifact(file: FileReport): object {
  return artifactFor(file.filePath, file.displayPath);
}

/** Relative to SRCROOT (the current folder) for paths inside it, else an absolute file URI. */
function artifactFor(filePath: string, displayPath: string): object {
  if (filePath === '<stdin>') return { uri: 'stdin' };
  if (displayPath.startsWith('../') || displayPath.startsWith('/')) return { uri: pathToFileURL(filePath).href };
  return { uri: displayPath.split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

/** A file that could not be read or written, as a file-level result (code-scanning tools show results, not notifications). */
function failureResult(text: string, location: object): object {
  return {
    ruleId: FILE_ERROR_RULE,
    kind: 'fail',
    level: 'error',
    message: { text: sentence(text) },
    locations: [{ physicalLocation: { artifactLocation: location } }],
  };
}

/** A tool notification: a file that could not be read or was skipped. */
function notification(level: string, text: string, location: object): object {
  return { level, message: { text: sentence(text) }, locations: [{ physicalLocation: { artifactLocation: location } }] };
}

/** SARIF asks for messages that are sentences: end them with a period. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text : `${text}.`;
}
