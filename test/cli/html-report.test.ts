// --format html: the landing page opened from file:// in Chromium (no dialog, no injected element, no request out, the
// JSON report's numbers, not ready first, line anchors), the escaping function, and a 10,000-take report in chunks.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { TakeSummary } from '../../server/src/core';
import { escapeHtml } from '../../server/src/cli/formats/html-escape';
import { contentSecurityPolicy, htmlReport } from '../../server/src/cli/formats/html';
import { batched } from '../../server/src/cli/output';
import type { FileReport, RunReport } from '../../server/src/cli/run-report';
import { json, makeTree, manyMessages, removeTree, ROOT, runCli, type JsonReport } from '../helpers/cli';
import { launchChromium, NO_CHROMIUM } from '../helpers/chromium';
import { take, TEST_CONFIG } from '../helpers/take-builder';

const SCREENSHOT = join(ROOT, 'docs', 'images', 'html-report.png');
const BROWSER_TIMEOUT = 180_000;

/** Parts of hostile takes: each must show as text and run nothing. */
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '"><svg onload=alert(1)>';
const STYLE_END = '</style><b>bold</b>';
const HOSTILE_NAME = '"><svg onload=alert(3)>.take';

/** Two symposia of hostile takes (one whose series and question are markup), and a take that is not UTF-8. */
const HOSTILE_TREE = {
  'accord/symposium.json': json({ ...TEST_CONFIG, question: '</title></style><script>alert("question")</script>' }),
  'accord/parts.take': [SCRIPT, IMG, SVG, '</style><script>alert(2)</script>', 'Image: <iframe src=x></iframe>'].join('\n') + '\n',
  [`accord/${HOSTILE_NAME}`]: take({
    headline: `The Mekong Accord – We Asked Mai Linh Tran What Comes Next for the ${SCRIPT}`,
    pullQuote: `“${IMG} and ${STYLE_END}”`,
    byline: `Mai Linh Tran is a senior research fellow at the ${IMG} Institute in ${SVG}.`,
  }),
  'accord/clean.take': take(),
  'other/symposium.json': json({ series: '</title><script>alert("series")</script>' }),
  'other/bidi.take': take({ pullQuote: '“The river \u202eevil\u202c runs on.”' }),
  'other/broken.take': Buffer.from([0x54, 0x68, 0xff, 0xfe, 0x0a]),
};

/** A page opened from file://, with every dialog, request, console error and page error it caused. */
interface Opened {
  page: Page;
  url: string;
  dialogs: string[];
  requests: string[];
  errors: string[];
}

/** Opens a report file in a fresh context, recording what the page tries to do. */
async function open(browser: Browser, file: string, javaScriptEnabled = true): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, javaScriptEnabled });
  const page = await context.newPage();
  const opened: Opened = { page, url: pathToFileURL(file).href, dialogs: [], requests: [], errors: [] };
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  context.on('request', (r) => opened.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.errors.push(m.text());
  });
  page.on('pageerror', (e) => opened.errors.push(e.message));
  await page.goto(opened.url, { waitUntil: 'load' });
  return opened;
}

/** The few DOM members the page functions below read (the tests' TypeScript has no DOM library). */
interface PageElement {
  id: string;
  textContent: string | null;
  children: ArrayLike<PageElement>;
  classList: { contains(name: string): boolean };
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

/** What each card shows, in page order. */
interface CardView {
  file: string;
  ready: boolean;
  rank: number;
  contributor: string;
  findings: Array<{ id: string; href: string; loc: string }>;
}

/** Reads every card and its findings' anchors out of the page. */
function cards(page: Page): Promise<CardView[]> {
  return page.locator('.take').evaluateAll((els: PageElement[]) =>
    els.map((el) => ({
      file: el.getAttribute('data-file') ?? '',
      ready: el.classList.contains('ready'),
      rank: Number(el.getAttribute('data-rank')),
      contributor: el.getAttribute('data-contributor') ?? '',
      findings: Array.from(el.querySelectorAll('.findings li')).map((li) => ({
        id: li.id,
        href: li.querySelector('.loc')?.getAttribute('href') ?? '',
        loc: li.querySelector('.loc')?.textContent ?? '',
      })),
    })),
  );
}

/** The number in one tile of the summary. */
async function total(page: Page, name: string): Promise<number> {
  return Number((await page.locator(`[data-total="${name}"]`).textContent())?.replace(/,/g, ''));
}

/** The summary numbers the JSON report gives for the same run: a take that could not be read is one error. */
function jsonTotals(report: JsonReport): Record<string, number> {
  const ready = report.filter((f) => f.errorCount === 0).length;
  const sum = (key: 'errorCount' | 'warningCount' | 'infoCount') => report.reduce((n, f) => n + f[key], 0);
  return {
    takes: report.length,
    ready,
    'not-ready': report.length - ready,
    errors: sum('errorCount'),
    warnings: sum('warningCount'),
    infos: sum('infoCount'),
  };
}

/** Asserts the page's tiles match the JSON report's totals. */
async function assertTotals(page: Page, report: JsonReport): Promise<void> {
  const expected = jsonTotals(report);
  const shown: Record<string, number> = {};
  for (const name of Object.keys(expected)) shown[name] = await total(page, name);
  assert.deepEqual(shown, expected);
}

/** Asserts no ready card comes before a card that is not ready within each symposium section. */
async function assertNotReadyFirst(page: Page): Promise<void> {
  const sections = await page
    .locator('.takes')
    .evaluateAll((lists: PageElement[]) => lists.map((list) => Array.from(list.children).map((c) => c.classList.contains('ready'))));
  for (const readies of sections) {
    const firstReady = readies.indexOf(true);
    if (firstReady >= 0) assert.ok(!readies.slice(firstReady).includes(false), `a not-ready take after a ready one: ${readies.join(',')}`);
  }
}

/** Asserts every finding the JSON report has is on the page as `line:column`, with an anchor whose link leads to it. */
async function assertFindingAnchors(opened: Opened, report: JsonReport, cwd: string): Promise<void> {
  const shown = await cards(opened.page);
  const byFile = new Map(shown.map((c) => [join(cwd, c.file), c]));
  let checked = 0;
  for (const file of report) {
    const card = byFile.get(file.filePath);
    assert.ok(card, `no card for ${file.filePath}`);
    const expected = file.messages.filter((m) => !m.fatal).map((m) => `${m.line}:${m.column}`);
    assert.deepEqual(card.findings.map((f) => f.loc).sort(), expected.sort(), file.filePath);
    for (const f of card.findings) {
      assert.ok(f.id.startsWith(`${card.file.replace(/\s/g, '_')}:${f.loc}`), `anchor ${f.id} names its take and line`);
      await opened.page.goto(opened.url + f.href);
      assert.equal(await opened.page.locator(':target').getAttribute('id'), f.id, `${f.href} leads to its finding`);
      checked++;
    }
  }
  assert.ok(checked > 0);
}

/** Counts elements that the report's own markup does not account for. */
async function assertOnlyOwnElements(page: Page): Promise<void> {
  assert.equal(await page.locator('script').count(), 1, 'the sort script and no other');
  assert.equal(await page.locator('style').count(), 1, 'the style sheet and no other');
  for (const tag of ['img', 'svg', 'iframe', 'object', 'embed', 'link', 'base', 'form', 'b', 'meta[http-equiv="refresh"]'])
    assert.equal(await page.locator(tag).count(), 0, `no ${tag} element`);
  const handlers = await page
    .locator('*')
    .evaluateAll((els: PageElement[]) => els.filter((el) => el.getAttributeNames().some((a) => a.startsWith('on'))).length);
  assert.equal(handlers, 0, 'no element carries an event-handler attribute');
}

describe('escapeHtml', () => {
  test('turns markup into text for both text runs and quoted attributes', () => {
    assert.equal(escapeHtml(SCRIPT), '&lt;script&gt;alert(1)&lt;/script&gt;');
    assert.equal(escapeHtml(IMG), '&lt;img src=x onerror=alert(1)&gt;');
    assert.equal(escapeHtml(SVG), '&quot;&gt;&lt;svg onload=alert(1)&gt;');
    assert.equal(escapeHtml(`it's`), 'it&#39;s');
    assert.equal(escapeHtml('&amp; &lt;'), '&amp;amp; &amp;lt;', 'a character reference in a take is shown as written');
  });

  test('shows controls and bidi overrides as visible escapes, and leaves other text alone', () => {
    assert.equal(escapeHtml('a\u202eb\u0000c\x1bd'), 'a\\u202eb\\x00c\\x1bd');
    assert.equal(escapeHtml('Tromsø – “quoted” — U.S. 😀'), 'Tromsø – “quoted” — U.S. 😀');
  });

  test('leaves none of < > " \' & unescaped in any string', () => {
    const alphabet = ['<', '>', '"', "'", '&', 'a', ' ', '=', '/', '\u202e', '#', ';'];
    let seed = 20261201;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let n = 0; n < 12; n++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      assert.doesNotMatch(escapeHtml(text).replace(/&(amp|lt|gt|quot|#39);/g, ''), /[<>"'&\u202e]/, JSON.stringify(text));
    }
  });
});

describe('htmlReport', () => {
  test('writes 10,000 takes one card per chunk, not ready first, with the policy as the first thing in the head', () => {
    const n = 10_000;
    const summary = (k: number): TakeSummary => ({
      filePath: `/w/t${k}.take`,
      people: [{ name: `Person ${k}`, start: 0, end: 1, affiliation: `Institute ${k}` }],
      contributor: `Person ${k}`,
      headline: `Headline ${k}`,
      pullQuote: `Quote ${k}`,
      wordCount: 400,
      paragraphs: 5,
      parts: [],
    });
    const files: FileReport[] = [];
    for (let k = 0; k < n; k++) {
      const messages = manyMessages(k % 3);
      const errorCount = messages.filter((m) => m.severity === 'error').length;
      files.push({
        filePath: `/w/t${k}.take`,
        displayPath: `t${k}.take`,
        messages,
        errorCount,
        warningCount: messages.length - errorCount,
        infoCount: 0,
        fixableCount: 0,
        lineStarts: [0, 10, 20],
        bom: false,
        summary: summary(k),
      });
    }
    const run: RunReport = { cwd: '/w', files, failures: [], dryRun: false };
    let largest = 0;
    let chunks = 0;
    let text = '';
    for (const chunk of htmlReport(run, { color: false, version: '9.9.9' })) {
      largest = Math.max(largest, chunk.length);
      chunks++;
      text += chunk;
    }
    assert.ok(chunks > n, `${chunks} chunks`);
    assert.ok(largest < 16 * 1024, `a chunk of ${largest} characters`);
    assert.equal(text.match(/<li class="take /g)?.length, n);
    const lastNotReady = text.lastIndexOf('<li class="take not-ready"');
    const firstReady = text.indexOf('<li class="take ready"');
    assert.ok(lastNotReady >= 0 && firstReady > lastNotReady, 'every take that is not ready comes before the ready ones');
    const head = text.slice(0, text.indexOf('</head>'));
    assert.ok(head.indexOf('Content-Security-Policy') < head.indexOf('<style>'), 'the policy comes before the style sheet');
    for (const batch of batched(htmlReport(run, { color: false, version: '9.9.9' }))) assert.ok(batch.length < 1 << 17);
  });

  test('the policy allows no outside loads: default-src none and the inline parts by hash only', () => {
    const csp = contentSecurityPolicy();
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    assert.match(csp, /style-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    assert.doesNotMatch(csp, /unsafe|https?:|\*/);
  });
});

describe('--format html in Chromium', { skip: NO_CHROMIUM }, () => {
  let browser: Browser | undefined;
  const trees: string[] = [];
  after(async () => {
    await browser?.close();
    for (const t of trees) removeTree(t);
  });

  /** The shared browser, launched on first use. */
  async function chromium(): Promise<Browser> {
    browser ??= await launchChromium();
    return browser;
  }

  test('the samples report: the JSON numbers, not ready first, anchors, re-sorting, no request out; screenshot', { timeout: BROWSER_TIMEOUT }, async () => {
    const html = runCli(['--format', 'html', 'samples'], { env: { SOURCE_DATE_EPOCH: '1798761600' } });
    assert.equal(html.code, 1, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>/);
    assert.match(html.stdout, /on 2027-01-01 00:00 UTC/, 'SOURCE_DATE_EPOCH dates the page, so the screenshot changes only with the report');
    const report = JSON.parse(runCli(['--format', 'json', 'samples']).stdout) as JsonReport;
    const out = makeTree({ 'report.html': html.stdout });
    trees.push(out);
    const file = join(out, 'report.html');

    const opened = await open(await chromium(), file);
    const { page } = opened;
    await assertTotals(page, report);
    await assertNotReadyFirst(page);
    assert.equal(await page.locator('.symposium').count(), 1);
    assert.equal(await page.locator('.symposium h2').textContent(), 'The Tromsø Accord');
    assert.equal(await page.locator('.take').count(), report.length);
    assert.equal(await page.locator('.take .badge').first().textContent(), 'Not ready');
    assert.ok(await page.locator('.sort').isVisible(), 'the script ran and showed the sort control');
    assert.equal(await page.evaluate("getComputedStyle(document.querySelector('.take')).borderLeftWidth"), '6px', 'the style sheet applied');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.equal(png.readUInt32BE(16), 1000, 'the screenshot is the page at 1000 pixels wide');

    const order = await cards(page);
    await page.selectOption('#sort-by', 'file');
    const byFile = (await cards(page)).map((c) => c.file);
    assert.deepEqual(
      byFile,
      [...byFile].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' })),
    );
    await page.selectOption('#sort-by', 'contributor');
    const byContributor = (await cards(page)).map((c) => c.contributor);
    for (let k = 1; k < byContributor.length; k++)
      assert.ok(byContributor[k - 1].localeCompare(byContributor[k], undefined, { sensitivity: 'base' }) <= 0, byContributor.join(' | '));
    await page.selectOption('#sort-by', 'status');
    assert.deepEqual(
      (await cards(page)).map((c) => c.file),
      order.map((c) => c.file),
      'back to not ready first',
    );

    await assertFindingAnchors(opened, report, ROOT);
    assert.deepEqual(opened.dialogs, []);
    assert.deepEqual(opened.errors, []);
    assert.deepEqual([...new Set(opened.requests)], [opened.url], 'no request but the file itself');
  });

  test('hostile takes, file names and symposium.json render as text: no dialog, no element, no request', { timeout: BROWSER_TIMEOUT }, async () => {
    const dir = makeTree(HOSTILE_TREE);
    trees.push(dir);
    const written = runCli(['--format', 'html', '--output', 'out/report.html', '.'], { cwd: dir });
    assert.equal(written.code, 2, 'the take that is not UTF-8 makes it exit 2');
    assert.match(written.stderr, /cannot read other\/broken\.take/);
    assert.equal(written.stdout, '');
    const file = join(dir, 'out', 'report.html');
    const report = JSON.parse(runCli(['--format', 'json', '.'], { cwd: dir }).stdout) as JsonReport;

    for (const javaScriptEnabled of [true, false]) {
      const opened = await open(await chromium(), file, javaScriptEnabled);
      const { page } = opened;
      await assertOnlyOwnElements(page);
      const text = (await page.locator('body').innerText()).replace(/\s+/g, ' ');
      for (const shown of [SCRIPT, IMG, SVG, STYLE_END, HOSTILE_NAME, '</title></style><script>alert("question")</script>', '\\u202eevil'])
        assert.ok(text.includes(shown), `${shown} is shown as text`);
      assert.equal(await page.locator('.symposium').count(), 2, 'one section per symposium');
      assert.ok(await page.locator('.symposium h2', { hasText: '</title><script>alert("series")</script>' }).isVisible());
      assert.equal(await page.title(), 'Takes report');
      await assertTotals(page, report);
      await assertNotReadyFirst(page);
      assert.equal(await page.locator('.sort').isVisible(), javaScriptEnabled, 'the sort control shows only when the script runs');
      assert.match((await page.locator('.take.not-ready .failure').textContent()) ?? '', /cannot read other\/broken\.take: not valid UTF-8/);
      await assertFindingAnchors(opened, report, dir);
      assert.deepEqual(opened.dialogs, []);
      assert.deepEqual(opened.errors, []);
      assert.deepEqual([...new Set(opened.requests)], [opened.url], 'no request but the file itself');
    }
  });
});
