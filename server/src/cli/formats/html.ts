// `--format html`: the symposium's landing page as one self-contained file, a card per take with its findings beneath.
import { createHash } from 'node:crypto';
import type { FormatContext, RunReport } from '../run-report';
import { takeCard } from './html-card';
import { escapeHtml } from './html-escape';
import { symposiumSections, totalsOf, type SymposiumSection, type Totals } from './html-sections';
import { HTML_SORT_SCRIPT } from './html-sort-script';
import { HTML_STYLE } from './html-style';

/**
 * The page in chunks (its head, then one per card): a run of 10,000 takes is never one string. Nothing is loaded
 * from outside: the Content-Security-Policy allows only the page's own style sheet and script, by hash.
 */
export function* htmlReport(run: RunReport, context: FormatContext): Generator<string> {
  const sections = symposiumSections(run);
  const all = totalsOf(sections.flatMap((s) => s.cards));
  const series = sections.length === 1 ? sections[0].series : undefined;
  const title = series ? `${series}: takes report` : 'Takes report';
  yield pageHead(title) + pageHeader(title, all, context.version, sections.length > 0);
  if (sections.length === 0) yield '<p class="empty">No takes were found.</p>\n';
  let rank = 0;
  for (let k = 0; k < sections.length; k++) {
    yield sectionHead(sections[k], k);
    for (const card of sections[k].cards) yield takeCard(card, rank++);
    yield '</ol>\n</section>\n';
  }
  yield pageEnd();
}

/** The Content-Security-Policy: nothing from anywhere, except the inline style sheet and script with these hashes. */
export function contentSecurityPolicy(): string {
  return ["default-src 'none'", `style-src '${sha256(HTML_STYLE)}'`, `script-src '${sha256(HTML_SORT_SCRIPT)}'`, "base-uri 'none'", "form-action 'none'"].join(
    '; ',
  );
}

/** A CSP source expression for an inline element's exact text. */
function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Doctype, the policy (first, before anything could load), and the style sheet. */
function pageHead(title: string): string {
  return (
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy())}">\n` +
    '<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="generator" content="commentary-lint">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<main>\n`
  );
}

/** The title, when and by what the report was made, the totals, and the sort control (shown by the script). */
function pageHeader(title: string, totals: Totals, version: string, sortable: boolean): string {
  const made = madeAt().toISOString().slice(0, 16).replace('T', ' ');
  const sort = sortable
    ? '<p class="sort" hidden><label for="sort-by">Sort takes</label><select id="sort-by">' +
      '<option value="status">not ready first</option><option value="contributor">by contributor</option><option value="file">by file</option>' +
      '</select></p>\n'
    : '';
  return `<header>\n<h1>${escapeHtml(title)}</h1>\n<p class="generated">Made by commentary-lint ${escapeHtml(version)} on ${made} UTC</p>\n${totalsList(totals)}${sort}</header>\n`;
}

/** When the report was made: now, or SOURCE_DATE_EPOCH (seconds) for a reproducible page, as reproducible builds do. */
function madeAt(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** The run's numbers as a row of tiles. */
function totalsList(t: Totals): string {
  const tile = (name: string, n: number, label: string): string =>
    `<li class="total-${name}"><span class="number" data-total="${name}">${n.toLocaleString('en-US')}</span><span class="label">${label}</span></li>`;
  return (
    '<ul class="totals">' +
    tile('takes', t.takes, t.takes === 1 ? 'take' : 'takes') +
    tile('ready', t.ready, 'ready') +
    tile('not-ready', t.takes - t.ready, 'not ready') +
    tile('errors', t.errors, t.errors === 1 ? 'error' : 'errors') +
    tile('warnings', t.warnings, t.warnings === 1 ? 'warning' : 'warnings') +
    tile('infos', t.infos, t.infos === 1 ? 'note' : 'notes') +
    '</ul>\n'
  );
}

/** A symposium's heading: the series, the question put to contributors, where it comes from and its counts. */
function sectionHead(section: SymposiumSection, index: number): string {
  const t = totalsOf(section.cards);
  const question = section.question ? `<p class="question">${escapeHtml(section.question)}</p>\n` : '';
  const source = section.source ? `${escapeHtml(section.source)} · ` : '';
  const counts = `${t.takes} ${t.takes === 1 ? 'take' : 'takes'}, ${t.ready} ready, ${t.takes - t.ready} not ready`;
  return (
    `<section class="symposium" aria-labelledby="symposium-${index + 1}">\n<header>\n<h2 id="symposium-${index + 1}">${escapeHtml(section.title)}</h2>\n` +
    `${question}<p>${source}${counts}</p>\n</header>\n<ol class="takes">\n`
  );
}

/** What "ready" means, and the sort script. */
function pageEnd(): string {
  return (
    '<footer>A take is ready when it has no errors; warnings and notes are for the editor to weigh. ' +
    'Each line:column is a link to its own finding; “open” opens the take in VS Code on the machine that made the report.</footer>\n' +
    `</main>\n<script>${HTML_SORT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
