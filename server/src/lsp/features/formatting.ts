// Formatting: applies the safe typographic fixes only (never structure, names or boilerplate).
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver';
import { RULES, applyEdits, lint } from '../../core';
import type { ServerContext } from '../context';
import { minimalEdit, toOffsets, toTextEdits } from '../convert';
import type { TakeState } from '../takes';

const TYPOGRAPHY = RULES.filter((r) => r.meta.category === 'typography' && r.meta.fixable);

/** Answers textDocument/formatting. */
export function formatDocument(ctx: ServerContext, params: DocumentFormattingParams): TextEdit[] {
  const state = ctx.stateFor(params.textDocument.uri);
  return state ? formatRange(ctx, state, 0, state.lines.text.length) : [];
}

/** Answers textDocument/rangeFormatting: only fixes that lie inside the range. */
export function formatDocumentRange(ctx: ServerContext, params: DocumentRangeFormattingParams): TextEdit[] {
  const state = ctx.stateFor(params.textDocument.uri);
  if (!state) return [];
  const { start, end } = toOffsets(state.lines, params.range);
  return formatRange(ctx, state, start, end);
}

/** Applies typographic fixes inside [start, end), pass by pass, and returns one minimal edit. */
function formatRange(ctx: ServerContext, state: TakeState, start: number, end: number): TextEdit[] {
  const original = state.lines.text;
  let text = original;
  let limit = end;
  for (let pass = 0; pass < 10; pass++) {
    const r = lint(text, { rules: TYPOGRAPHY, filePath: state.path, symposium: state.symposium, ruleSettings: ctx.settings(state.uri).rules });
    const fixes = r.findings.filter((f) => f.fix && f.fix.every((e) => e.start >= start && e.end <= limit)).map((f) => f.fix!);
    if (!fixes.length) break;
    const step = applyEdits(text, fixes);
    if (step.output === text) break;
    limit += step.output.length - text.length;
    text = step.output;
  }
  const e = minimalEdit(original, text);
  return e ? toTextEdits(state.lines, [e]) : [];
}
