// One take's card in the HTML report: status, headline, contributors, pull-quote, word count, then its findings by severity.
import type { Severity, TakeSummary } from '../../core';
import type { Message } from '../run-report';
import { escapeHtml } from './html-escape';
import { contributorKey, isReady, type TakeCard } from './html-sections';

/** The severity groups, in the order an editor reads them: errors block "ready". */
const GROUPS: ReadonlyArray<{ severity: Severity; title: string }> = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];

/** The card of one take; `rank` is its place in the page's not-ready-first order (the sort script restores it). */
export function takeCard(card: TakeCard, rank: number): string {
  const ready = isReady(card);
  const id = anchorId(`take:${card.displayPath}`);
  const data = `data-rank="${rank}" data-contributor="${escapeHtml(contributorKey(card.summary).toLowerCase())}" data-file="${escapeHtml(card.displayPath)}"`;
  return (
    `<li class="take ${ready ? 'ready' : 'not-ready'}" id="${escapeHtml(id)}" ${data}>\n` +
    `<p class="status"><span class="badge">${ready ? 'Ready' : 'Not ready'}</span><span>${counts(card)}</span></p>\n` +
    (card.failure !== undefined ? `<p class="failure">${escapeHtml(card.failure)}</p>\n` : summaryBlock(card.summary)) +
    facts(card, id) +
    findings(card) +
    '</li>\n'
  );
}

/** "2 errors · 1 warning", or "no findings". */
function counts(card: TakeCard): string {
  const parts: string[] = [];
  if (card.errorCount > 0) parts.push(plural(card.errorCount, 'error'));
  if (card.warningCount > 0) parts.push(plural(card.warningCount, 'warning'));
  if (card.infoCount > 0) parts.push(plural(card.infoCount, 'note'));
  return parts.length > 0 ? parts.join(' · ') : 'no findings';
}

/** Headline, contributors with affiliation, and pull-quote, each marked when the take lacks it. */
function summaryBlock(summary: TakeSummary | undefined): string {
  const headline = summary?.headline ? escapeHtml(summary.headline) : '<span class="missing">No headline</span>';
  const quote = summary?.pullQuote ? escapeHtml(summary.pullQuote) : '<span class="missing">No pull-quote</span>';
  return `<h3 class="headline">${headline}</h3>\n<p class="people">${people(summary)}</p>\n<blockquote class="pull-quote">${quote}</blockquote>\n`;
}

/** The contributors and their affiliations: one line for one affiliation, else each name with its own. */
function people(summary: TakeSummary | undefined): string {
  const list = summary?.people ?? [];
  if (list.length === 0 || !summary?.contributor) return '<span class="missing">No contributor</span>';
  const affiliations = new Set(list.map((p) => p.affiliation ?? ''));
  if (affiliations.size === 1) {
    const only = list[0].affiliation;
    return `<span class="contributor">${escapeHtml(summary.contributor)}</span>${only ? ` <span class="affiliation">· ${escapeHtml(only)}</span>` : ''}`;
  }
  return list
    .map(
      (p) => `<span class="contributor">${escapeHtml(p.name)}</span>${p.affiliation ? ` <span class="affiliation">· ${escapeHtml(p.affiliation)}</span>` : ''}`,
    )
    .join('; ');
}

/** Word and paragraph counts, the take's path (a permalink to the card) and a link that opens it in VS Code. */
function facts(card: TakeCard, id: string): string {
  const parts: string[] = [];
  if (card.summary) parts.push(`${plural(card.summary.wordCount, 'word')} · ${plural(card.summary.paragraphs, 'paragraph')}`);
  parts.push(`<a href="#${escapeHtml(fragment(id))}">${escapeHtml(card.displayPath)}</a>`);
  const editor = editorLink(card.filePath);
  if (editor) parts.push(`<a class="open" href="${escapeHtml(editor)}" title="Open in VS Code">open in VS Code</a>`);
  return `<p class="facts">${parts.join(' · ')}</p>\n`;
}

/** The take's findings in one collapsible group per severity, each row with its own line:column anchor; a ready take's start folded. */
function findings(card: TakeCard): string {
  if (card.messages.length === 0) return '';
  const open = !isReady(card);
  const seen = new Map<string, number>();
  let out = '<div class="findings">\n';
  for (const group of GROUPS) {
    let rows = '';
    let n = 0;
    for (const m of card.messages) {
      if (m.severity !== group.severity) continue;
      n++;
      rows += findingRow(card, m, seen);
    }
    if (n > 0) out += `<details class="${group.severity}"${open ? ' open' : ''}><summary>${group.title} (${n})</summary>\n<ol>\n${rows}</ol>\n</details>\n`;
  }
  return out + '</div>\n';
}

/** One finding: `line:column` linking to its own stable anchor, the message, the rule, "fixable" and an editor link. */
function findingRow(card: TakeCard, m: Message, seen: Map<string, number>): string {
  const base = anchorId(`${card.displayPath}:${m.line}:${m.column}`);
  const repeat = (seen.get(base) ?? 0) + 1;
  seen.set(base, repeat);
  const id = repeat === 1 ? base : `${base}~${repeat}`;
  const editor = editorLink(card.filePath, m.line, m.column);
  const tags =
    (m.ruleId ? `<span class="rule-id">${escapeHtml(m.ruleId)}</span>` : '') +
    (m.fix ? '<span class="fixable">fixable</span>' : '') +
    (editor ? `<a class="open" href="${escapeHtml(editor)}" title="Open line ${m.line} in VS Code">open</a>` : '');
  return (
    `<li id="${escapeHtml(id)}"><a class="loc" href="#${escapeHtml(fragment(id))}" title="Link to this finding">${m.line}:${m.column}</a>` +
    `<span class="message">${escapeHtml(m.message)}</span><span class="tags">${tags}</span></li>\n`
  );
}

/** An id attribute value: HTML ids hold no white space. */
function anchorId(text: string): string {
  return text.replace(/\s/g, '_');
}

/** An id as a URL fragment (percent-encoded where a fragment may not hold the character; browsers decode it to match). */
function fragment(id: string): string {
  return encodeURI(wellFormed(id)).replace(/#/g, '%23');
}

/** A vscode://file link that opens the take (at a line and column) in VS Code on the machine that ran the lint; none for stdin. */
function editorLink(filePath: string, line?: number, column?: number): string | undefined {
  if (filePath === '<stdin>') return undefined;
  const path = wellFormed(filePath).split('\\').join('/');
  const encoded = (path.startsWith('/') ? path : `/${path}`).split('/').map(encodeURIComponent).join('/');
  return `vscode://file${encoded}${line !== undefined ? `:${line}:${column ?? 1}` : ''}`;
}

/** The text with any unpaired surrogate replaced by U+FFFD, which the URI encoders need. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** "1 error", "3 errors". */
function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}
