// The Outline (document symbols) and "go to take" (workspace symbols).
import { DocumentSymbol, SymbolInformation, SymbolKind, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { countWords, joinNames, type EditorsNote, type LineIndex, type Part, type PersonName, type Span } from '../../core';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import type { TakeState } from '../takes';

/** A symbol for a span, selection = the same span. */
function sym(lines: LineIndex, name: string, kind: SymbolKind, span: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const range = toRange(lines, span.start, span.end);
  return DocumentSymbol.create(name || '(empty)', detail, kind, range, range, children);
}

/** Shortens text for a symbol name. */
function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The hierarchical outline of a take: each part, with the contributor, paragraphs and byline fields below. */
export function documentSymbols(state: TakeState): DocumentSymbol[] {
  const { take } = state.result;
  const L = state.lines;
  const out: DocumentSymbol[] = [];
  const people = (names: PersonName[]) => names.map((n) => sym(L, n.text, SymbolKind.Property, n, 'contributor'));
  for (const part of take.parts) {
    if (part.kind === 'body') continue;
    if (part.kind === 'headline')
      out.push(sym(L, clip(part.text), SymbolKind.Namespace, part, 'Headline', people(take.headline === part ? take.headline.contributors : [])));
    else if (part.kind === 'pullQuote') out.push(sym(L, clip(part.text), SymbolKind.String, part, 'Pull-quote'));
    else if (part.kind === 'editorsNote') out.push(sym(L, "Editor's note", SymbolKind.Key, part, clip((part as EditorsNote).body.text, 40)));
    else if (part.kind === 'byline') out.push(bylineSymbol(state, part));
    else if (part.kind === 'imageCredit') out.push(sym(L, clip(part.text), SymbolKind.Constant, part, 'Image credit'));
  }
  if (take.body.length) {
    const first = take.body[0];
    const last = take.body[take.body.length - 1];
    const words = take.body.reduce((n, p) => n + countWords(p.text), 0);
    const paragraphs = take.body.map((p, k) => sym(L, `¶ ${k + 1}: ${clip(p.text, 40)}`, SymbolKind.String, p, `${countWords(p.text)} words`));
    const body = sym(
      L,
      'Body',
      SymbolKind.Module,
      { start: first.start, end: last.end, text: '' },
      `${words} words, ${take.body.length} paragraphs`,
      paragraphs,
    );
    const at = out.findIndex((s) => s.range.start.line > body.range.start.line);
    out.splice(at < 0 ? out.length : at, 0, body);
  }
  return out;
}

/** The byline with each person (name, role and affiliation as their children) as children. */
function bylineSymbol(state: TakeState, part: Part): DocumentSymbol {
  const b = state.result.take.byline === part ? state.result.take.byline : undefined;
  const L = state.lines;
  const people = (b?.people ?? []).map((p) => {
    const children: DocumentSymbol[] = [];
    if (p.role) children.push(sym(L, p.role.text, SymbolKind.Property, p.role, 'role'));
    if (p.affiliation) children.push(sym(L, p.affiliation.text, SymbolKind.Property, p.affiliation, 'affiliation'));
    return sym(L, p.name.text, SymbolKind.Property, p.name, 'name', children);
  });
  const title = b && b.people.length > 0 ? joinNames(b.people.map((p) => p.name.text)) : 'Byline';
  return sym(L, title, SymbolKind.Object, part, 'Byline', people);
}

/** Takes whose contributor, affiliation or headline contains the query (case-insensitive, fuzzy on spaces). */
export function workspaceSymbols(ctx: ServerContext, params: WorkspaceSymbolParams): SymbolInformation[] {
  const q = params.query.toLowerCase().replace(/\s+/g, ' ').trim();
  const out: SymbolInformation[] = [];
  for (const s of ctx.store.all()) {
    const sum = s.result.summary;
    const hay = [sum.contributor, sum.affiliation, sum.headline].filter(Boolean).join(' \u0000 ').toLowerCase();
    if (q && !hay.includes(q)) continue;
    const h = s.result.take.headline ?? s.result.take.parts[0];
    const range = h ? toRange(s.lines, h.start, h.end) : toRange(s.lines, 0, 0);
    out.push(SymbolInformation.create(sum.contributor ?? sum.headline ?? s.uri, SymbolKind.File, range, s.uri, sum.affiliation));
    if (out.length >= 500) break;
  }
  return out;
}
