// Hover shows take text literally: Markdown in a byline or headline (images, command links) is escaped.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Hover } from 'vscode-languageserver-protocol';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { TEST_CONFIG, TEST_SERIES, take } from '../helpers/take-builder';

const PIXEL = '![t](https://attacker.example/pixel.png)';
const CLICK = '[Click](command:workbench.action.terminal.new)';
const HOSTILE = take({
  headline: `${TEST_SERIES} – We Asked ${CLICK} ${PIXEL} What Comes Next for the River`,
  pullQuote: `“${PIXEL} ${CLICK}”`,
  byline: `Mai Linh Tran is a fellow ${PIXEL} at the Institute ${CLICK} <img src=x> in Singapore.`,
});

/** The hover's Markdown without the server's own rule-documentation links. */
function takeMarkdown(h: Hover | null): string {
  const value = (h?.contents as { value: string } | undefined)?.value ?? '';
  return value.replace(/\[Rule documentation\]\([^)]*\)/g, '');
}

describe('Markdown escaping in hover', () => {
  let s: LspSession;
  const ws = serverOn({ 'symposium.json': JSON.stringify(TEST_CONFIG), 'evil.take': HOSTILE }, (session) => (s = session));
  const evil = uri(ws.path('evil.take'));
  before(async () => {
    await s.open(evil, HOSTILE, 1);
  });

  for (const [part, line] of [
    ['headline', 0],
    ['pull-quote', 1],
    ['byline', HOSTILE.split('\n').length - 3],
  ] as const) {
    test(`the ${part}'s Markdown is shown as text`, { timeout: 20000 }, async () => {
      for (const character of [1, 20, 40, 60]) {
        const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: evil }, position: { line, character } });
        const md = takeMarkdown(h);
        assert.doesNotMatch(md, /(?<!\\)\]\(/, md);
        assert.doesNotMatch(md, /(?<!\\)<img/, md);
      }
    });
  }

  test('the byline hover names the escaped text', { timeout: 20000 }, async () => {
    const line = HOSTILE.split('\n').length - 3;
    const h = await s.request<Hover | null>('textDocument/hover', { textDocument: { uri: evil }, position: { line, character: 2 } });
    const md = takeMarkdown(h);
    assert.match(md, /Byline/);
    assert.match(md, /\\!\\\[t\\\]\\\(https\\:/, md);
  });
});
