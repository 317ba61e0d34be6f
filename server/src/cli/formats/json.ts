// The machine format: an array with one object per take, shaped like ESLint's JSON output.
import type { Edit } from '../../core';
import type { Failure, FileReport, Message, RunReport } from '../run-report';
import { jsonChunks, joinChunks, LazyArray, mapIterable, Plain } from './json-stream';

/** One problem in `--format json` (exported for the tests and scripts that read the report). */
export interface JsonMessage {
  ruleId: string | null;
  severity: Message['severity'];
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Edit offsets are UTF-16 code units into the text *without* its BOM, the text lines and columns count in (as ESLint's fix ranges). */
  fix?: { edits: Edit[] };
  suggestions?: Array<{ message: string; fix: { edits: Edit[] } }>;
  /** A file that could not be read, decoded or written (as ESLint marks a file it could not parse). */
  fatal?: true;
}

/** One take in `--format json`. */
export interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** The fixed text, when --fix or --fix-dry-run changed the take (BOM included, as it is in the file). */
  output?: string;
}

/** Serialises every take's report, and every take that could not be read or written, as one JSON array on one line. */
export function formatJson(run: RunReport): string {
  return joinChunks(jsonReport(run));
}

/**
 * The JSON report in chunks (one per take and per message), byte for byte formatJson's text: a report of a
 * million findings is written without ever being one string.
 */
export function* jsonReport(run: RunReport): Generator<string> {
  yield* jsonChunks(new LazyArray(jsonFiles(run)));
  yield '\n';
}

/** Every take's object, the failed ones merged in path order; messages are made as they are written. */
function* jsonFiles(run: RunReport): Generator<LazyJsonFile | Plain> {
  if (run.failures.length === 0) {
    for (const file of run.files) yield jsonFile(file);
    return;
  }
  const entries: Array<FileReport | Failure> = [];
  for (const file of run.files) entries.push(file);
  for (const f of run.failures) entries.push(f);
  const isFailure = new Set<unknown>(run.failures);
  entries.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  for (const entry of entries) yield isFailure.has(entry) ? failedFile(entry as Failure) : jsonFile(entry as FileReport);
}

/** A take that could not be read, decoded or written: one fatal, file-level error. */
function failedFile(failure: Failure): JsonFile {
  const message: JsonMessage = { ruleId: null, severity: 'error', message: failure.message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
  return { filePath: failure.filePath, messages: [message], errorCount: 1, warningCount: 0, infoCount: 0, fixableCount: 0 };
}

/** A take's object whose messages are serialised one at a time. */
type LazyJsonFile = Omit<JsonFile, 'messages'> & { messages: JsonMessage[] | LazyArray };

/** Up to this many messages a take is one chunk (one JSON.stringify call); beyond it its messages are written one by one. */
const ONE_CHUNK_MESSAGES = 200;

/** One take's object, keys in a fixed order: whole when it is small, with lazily written messages when it is not. */
function jsonFile(file: FileReport): LazyJsonFile | Plain {
  const shift = file.bom ? 1 : 0;
  const edits = (list: Edit[]): Edit[] => list.map((e) => ({ start: Math.max(0, e.start - shift), end: Math.max(0, e.end - shift), text: e.text }));
  const messages = mapIterable(file.messages, (m): JsonMessage => ({
    ruleId: m.ruleId,
    severity: m.severity,
    message: m.message,
    line: m.line,
    column: m.column,
    endLine: m.endLine,
    endColumn: m.endColumn,
    ...(m.fix ? { fix: { edits: edits(m.fix) } } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions.map((s) => ({ message: s.message, fix: { edits: edits(s.edits) } })) } : {}),
  }));
  const small = file.messages.length <= ONE_CHUNK_MESSAGES;
  const out: LazyJsonFile = {
    filePath: file.filePath,
    messages: small ? [...messages] : new LazyArray(messages, true),
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    infoCount: file.infoCount,
    fixableCount: file.fixableCount,
  };
  if (file.output !== undefined) out.output = file.output;
  return small ? new Plain(out) : out;
}
