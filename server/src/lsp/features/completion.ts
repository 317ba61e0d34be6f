// Completion of the parts the symposium dictates: headline template, editor's note, image credit.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionParams } from 'vscode-languageserver';
import type { ServerContext } from '../context';

/** Answers textDocument/completion from the symposium's configuration. */
export function completion(ctx: ServerContext, params: CompletionParams): CompletionItem[] {
  const state = ctx.stateFor(params.textDocument.uri);
  if (!state) return [];
  const at = state.lines.offset(params.position.line, params.position.character);
  const end = state.lines.position(at);
  const { line } = end;
  const lineStart = state.lines.offset(line, 0);
  const typed = state.lines.text.slice(lineStart, at);
  const range = { start: { line, character: 0 }, end };
  const style = state.symposium.style;
  const out: CompletionItem[] = [];
  const firstParagraph = state.result.take.paragraphs[0];
  const isFirstLine = !firstParagraph || firstParagraph.line >= line;
  if (isFirstLine && /^[^\n]{0,40}$/.test(typed)) {
    const snippet = headlineSnippet(style.headline, style.series);
    out.push({
      label: 'Headline',
      kind: CompletionItemKind.Snippet,
      detail: 'The symposium’s headline template',
      textEdit: { range, newText: snippet },
      insertTextFormat: InsertTextFormat.Snippet,
      filterText: typed || 'Headline',
      sortText: '0',
    });
  }
  if (/^\s*e(d(i(t(o(r)?)?)?)?)?/i.test(typed) || (typed.trim() === '' && !isFirstLine)) {
    const note = style.editorsNote ?? '';
    const label = style.quotes === 'straight' ? "Editor's Note:" : 'Editor’s Note:';
    out.push({
      label,
      kind: CompletionItemKind.Text,
      detail: note ? 'The symposium’s editor’s note' : 'Editor’s note label',
      documentation: note || undefined,
      textEdit: { range, newText: note ? `${label} ${note}` : `${label} ` },
      filterText: typed || label,
      sortText: '1',
    });
  }
  if (/^\s*i(m(a(g(e)?)?)?)?/i.test(typed) || (typed.trim() === '' && !isFirstLine)) {
    const credit = style.imageCredit ?? '';
    out.push({
      label: credit ? `Image: ${credit}` : 'Image: ',
      kind: CompletionItemKind.Text,
      detail: 'Image credit (the last line)',
      textEdit: { range, newText: `Image: ${credit}` },
      filterText: typed || 'Image',
      sortText: '2',
    });
  }
  return out;
}

/** The headline as a snippet: configured text literal, the contributor (and a missing series) as placeholders. */
function headlineSnippet(template: string | undefined, series: string | undefined): string {
  const parts = (template ?? '{series} – We Asked {contributor} What Happens Next').split(/(\{series\}|\{contributor\})/);
  return parts
    .map((p) => {
      if (p === '{contributor}') return '${1:Contributor Name}';
      if (p === '{series}') return series ? literal(series) : '${2:Series}';
      return literal(p);
    })
    .join('');
}

/** Escapes text so a snippet inserts it literally. */
function literal(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}
