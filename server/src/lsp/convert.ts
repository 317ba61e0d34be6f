// Converts core results (offsets, findings, edits) into LSP shapes; the only place positions are mapped.
import { Diagnostic, DiagnosticSeverity, DiagnosticTag, Range, TextEdit, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import { ruleDocUrl, type Edit, type Finding, type LineIndex, type Severity } from '../core';
import { host } from './host';

export const SOURCE = 'commentary-lint';

/** What a diagnostic carries so code actions need no server-side cache. */
export interface DiagnosticData {
  ruleId: string;
  version: number | null;
  fix?: Edit[];
  suggestions?: Array<{ message: string; edits: Edit[] }>;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** An LSP range for a pair of offsets. */
export function toRange(lines: LineIndex, start: number, end: number): Range {
  return Range.create(lines.position(start), lines.position(end));
}

/** The offsets of an LSP range. */
export function toOffsets(lines: LineIndex, range: Range): { start: number; end: number } {
  return { start: lines.offset(range.start.line, range.start.character), end: lines.offset(range.end.line, range.end.character) };
}

/** One diagnostic for one finding; related places in other takes need their own line index. */
export function toDiagnostic(f: Finding, lines: LineIndex, uri: string, version: number | null, linesOf: (uri: string) => LineIndex | undefined): Diagnostic {
  const d = Diagnostic.create(toRange(lines, f.start, f.end), f.message, SEVERITY[f.severity], f.ruleId, SOURCE);
  d.codeDescription = { href: ruleDocUrl(f.ruleId) };
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of f.related ?? []) {
    const targetUri = r.filePath ? pathToUri(r.filePath) : uri;
    const targetLines = r.filePath ? linesOf(targetUri) : lines;
    if (targetLines) related.push({ location: { uri: targetUri, range: toRange(targetLines, r.start, r.end) }, message: r.message });
  }
  if (related.length) d.relatedInformation = related;
  if (f.tags?.length) d.tags = f.tags.map((t) => (t === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  const data: DiagnosticData = { ruleId: f.ruleId, version };
  if (f.fix) data.fix = f.fix;
  if (f.suggestions?.length) data.suggestions = f.suggestions;
  d.data = data;
  return d;
}

/** LSP text edits for offset edits. */
export function toTextEdits(lines: LineIndex, edits: Edit[]): TextEdit[] {
  return edits.map((e) => TextEdit.replace(toRange(lines, e.start, e.end), e.text));
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(before: string, after: string): Edit | undefined {
  if (before === after) return undefined;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  return { start, end: endB, text: after.slice(start, endA) };
}

/** The URI of an absolute path (a file URI in Node; the workspace's own scheme in the browser). */
export function pathToUri(path: string): string {
  return host().toUri(path);
}

/** The absolute, '/'-separated path of a document URI (as the core expects), or undefined when it names no file. */
export function uriToPath(uri: string): string | undefined {
  return host().toPath(uri);
}
