// Hover: what the format expects of the part under the cursor, its state, and the rules broken there.
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import { PART_LABELS, countWords, ruleById, ruleDocUrl, type Part, type PartKind } from '../../core';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import type { TakeState } from '../takes';

const EXPECTS: Record<PartKind, string> = {
  headline: 'The series name, a spaced en dash (–), then the template with the contributor’s name; title case, no final period.',
  pullQuote: 'One or two sentences in double quotes, usually lifted verbatim from the body.',
  editorsNote: '`Editor’s Note:` followed by the symposium’s boilerplate, identical in every take.',
  body: 'Three to eight paragraphs, one per line, within the symposium’s word limits.',
  byline: '`<Name> is <role> at <institution>.` in the third person; the name matches the headline’s.',
  imageCredit: 'The last line: `Image: <agency or photographer>`.',
};

/** Answers textDocument/hover. */
export function hover(ctx: ServerContext, params: HoverParams): Hover | null {
  const state = ctx.stateFor(params.textDocument.uri);
  if (!state) return null;
  const offset = state.lines.offset(params.position.line, params.position.character);
  const part = state.result.take.parts.find((p) => offset >= p.start && offset <= p.end);
  const sections: string[] = [];
  for (const f of ctx.store.findings(state).filter((x) => offset >= x.start && offset <= Math.max(x.end, x.start + 1))) {
    const rule = ruleById(f.ruleId);
    sections.push(`**${f.ruleId}** (${f.severity}): ${rule?.meta.description ?? md(f.message)}. [Rule documentation](${ruleDocUrl(f.ruleId)})`);
  }
  if (part) sections.unshift(describePart(state, part));
  if (!sections.length) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: part ? toRange(state.lines, part.start, part.end) : undefined };
}

/** The part's name, what the format expects, and its current state. */
function describePart(state: TakeState, part: Part): string {
  const { take, summary } = state.result;
  const style = state.symposium.style;
  const lines = [`**${capitalise(PART_LABELS[part.kind])}**: ${EXPECTS[part.kind]}`];
  if (part.kind === 'body') {
    const k = take.body.indexOf(part);
    lines.push(
      `Paragraph ${k + 1} of ${take.body.length}: ${countWords(part.text)} words. Body: ${summary.wordCount} words (limits ${style.words.min}–${style.words.max}).`,
    );
  }
  if (part.kind === 'byline' && take.byline === part) {
    const people = take.byline.people;
    if (people.length === 0) lines.push('Name: —');
    for (const p of people) lines.push(`Name: ${md(p.name.text)} · Role: ${md(p.role?.text ?? '—')} · Affiliation: ${md(p.affiliation?.text ?? '—')}`);
  }
  if (part.kind === 'headline' && take.headline === part) {
    const names = take.headline.contributors.map((n) => md(n.text));
    lines.push(`${names.length > 1 ? 'Contributors' : 'Contributor'}: ${names.length > 0 ? names.join(' · ') : '— (not found)'}`);
  }
  if (part.kind === 'pullQuote') lines.push(`${countWords(part.text)} words (at most ${style.pullQuote.maxWords}).`);
  return lines.join('\n\n');
}

/** Take text shown as Markdown literally: every ASCII punctuation character (all Markdown can give a meaning) is escaped. */
function md(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

/** Upper-cases the first letter. */
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
