// A code lens above the headline: words, paragraphs and problems at a glance.
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toRange } from '../convert';

/** Answers textDocument/codeLens with one lens on the take's first line. */
export function codeLenses(ctx: ServerContext, params: CodeLensParams): CodeLens[] {
  const state = ctx.stateFor(params.textDocument.uri);
  if (!state) return [];
  const { summary, take } = state.result;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of ctx.store.findings(state)) counts[f.severity]++;
  const { min, max } = state.symposium.style.words;
  const problems =
    counts.error + counts.warning + counts.info === 0 ? 'no problems' : `${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos`;
  const title = `${summary.wordCount} words (${min}–${max}) · ${summary.paragraphs} paragraphs · ${problems}`;
  const anchor = take.headline ?? take.paragraphs[0];
  const range = anchor ? toRange(state.lines, anchor.start, anchor.start) : toRange(state.lines, 0, 0);
  return [{ range, command: { title, command: '' } }];
}
