// Folding: the body folds to its first paragraph.
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';

/** Answers textDocument/foldingRange with the body's lines. */
export function foldingRanges(ctx: ServerContext, params: FoldingRangeParams): FoldingRange[] {
  const state = ctx.stateFor(params.textDocument.uri);
  const body = state?.result.take.body ?? [];
  if (body.length < 2) return [];
  return [{ startLine: body[0].line, endLine: body[body.length - 1].line, kind: FoldingRangeKind.Region, collapsedText: `Body: ${body.length} paragraphs` }];
}
