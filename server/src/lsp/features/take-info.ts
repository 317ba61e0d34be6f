// The commentary/takeInfo request: one take's parts and figures, for the take preview and status bar.
import type { TakeInfo, TakeInfoParams } from '../../shared/protocol';
import type { ServerContext } from '../context';

/** Answers commentary/takeInfo; null for a document the server does not know. */
export function takeInfo(ctx: ServerContext, params: TakeInfoParams): TakeInfo | null {
  const state = ctx.stateFor(params.uri);
  if (!state) return null;
  const { take, summary } = state.result;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of ctx.store.findings(state)) counts[f.severity]++;
  return {
    uri: state.uri,
    parts: take.parts.map((p) => ({ kind: p.kind, text: p.text, line: p.line })),
    contributor: summary.contributor,
    role: summary.role,
    affiliation: summary.affiliation,
    wordCount: summary.wordCount,
    words: state.symposium.style.words,
    counts,
  };
}
