// The machine format: an array with one object per take, shaped like ESLint's JSON output.
import type { Edit } from '../../core';
import type { FileReport, Message, RunReport } from '../run-report';

interface JsonMessage {
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
}

interface JsonFile {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableCount: number;
  /** The fixed text, when --fix or --fix-dry-run changed the take (BOM included, as it is in the file). */
  output?: string;
}

/** Serialises every take's report as one JSON array on one line. */
export function formatJson(run: RunReport): string {
  return JSON.stringify(run.files.map(jsonFile)) + '\n';
}

/** One take's object, keys in a fixed order. */
function jsonFile(file: FileReport): JsonFile {
  const shift = file.bom ? 1 : 0;
  const edits = (list: Edit[]): Edit[] => list.map((e) => ({ start: Math.max(0, e.start - shift), end: Math.max(0, e.end - shift), text: e.text }));
  const out: JsonFile = {
    filePath: file.filePath,
    messages: file.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      message: m.message,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      ...(m.fix ? { fix: { edits: edits(m.fix) } } : {}),
      ...(m.suggestions ? { suggestions: m.suggestions.map((s) => ({ message: s.message, fix: { edits: edits(s.edits) } })) } : {}),
    })),
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    infoCount: file.infoCount,
    fixableCount: file.fixableCount,
  };
  if (file.output !== undefined) out.output = file.output;
  return out;
}
