// Editor features over stdio: outline, workspace symbols, hover, completion, formatting, code lens, folding, corpus.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeLens, CompletionItem, DocumentSymbol, FoldingRange, Hover, SymbolInformation, TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type LspSession, serverOn, uri } from '../helpers/lsp';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, TEST_NOTE, TEST_SERIES, take, takeBy } from '../helpers/take-builder';
import type { CorpusResult } from '../../server/src/shared/protocol';

const CLEAN = take();
const [first, ...rest] = DEFAULT_BODY;
const SLOPPY = takeBy('Lan Vo', BODY_QUOTES[1], { body: [`Its’ role is small. ${first}`, ...rest] });

describe('editor features', () => {
  let s: LspSession;
  const ws = serverOn(
    { 'symposium.json': JSON.stringify({ ...TEST_CONFIG, question: 'What comes next for the river?' }), 'mai.take': CLEAN, 'lan.take': SLOPPY },
    (session) => (s = session),
  );
  const mai = uri(ws.path('mai.take'));
  const lan = uri(ws.path('lan.take'));
  before(async () => {
    await s.diagnosticsFor(lan);
    await s.open(mai, CLEAN, 1);
  });
  const doc = (u: string) => ({ textDocument: { uri: u } });

  test('the outline shows every part, with the contributor, paragraphs and byline fields', async () => {
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(mai));
    assert.deepEqual(
      symbols.map((x) => x.detail?.split(' ')[0]),
      ['Headline', 'Pull-quote', 'Looking', '332', 'Byline', 'Image'],
    );
    assert.deepEqual(
      symbols[0].children?.map((c) => [c.name, c.detail]),
      [['Mai Linh Tran', 'contributor']],
    );
    const body = symbols[3];
    assert.equal(body.name, 'Body');
    assert.equal(body.children?.length, 5);
    assert.match(body.children[0].detail!, /^\d+ words$/);
    assert.deepEqual(
      symbols[4].children?.map((c) => [c.name, c.detail, c.children?.map((f) => f.detail)]),
      [['Mai Linh Tran', 'name', ['role', 'affiliation']]],
    );
    assert.equal(symbols[4].children?.[0].children?.[1].name, 'the Institute for Water Policy in Singapore');
  });

  test('workspace symbols find a take by contributor or affiliation', async () => {
    const byName = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'lan vo' });
    assert.deepEqual(
      byName.map((x) => x.location.uri),
      [lan],
    );
    const byPlace = await s.request<SymbolInformation[]>('workspace/symbol', { query: 'water policy' });
    assert.equal(byPlace.length, 2);
  });

  test('hover on the body gives its counts; hover on a finding gives the rule and its link', async () => {
    const onBody = await s.request<Hover>('textDocument/hover', { ...doc(mai), position: { line: 4, character: 5 } });
    assert.match((onBody.contents as { value: string }).value, /Paragraph 2 of 5: \d+ words\. Body: 332 words \(limits 300–900\)/);
    const onByline = await s.request<Hover>('textDocument/hover', { ...doc(mai), position: { line: 8, character: 3 } });
    assert.match(
      (onByline.contents as { value: string }).value,
      /Name: Mai Linh Tran · Role: a senior research fellow · Affiliation: the Institute for Water Policy in Singapore/,
    );
    await s.open(lan, SLOPPY, 1);
    const onFinding = await s.request<Hover>('textDocument/hover', { ...doc(lan), position: { line: 3, character: 2 } });
    assert.match((onFinding.contents as { value: string }).value, /\*\*possessive-its\*\* \(error\).*\[Rule documentation\]\(.*possessive-its\.md\)/);
  });

  test('completion offers the headline template, the editor’s note and the image credit', async () => {
    const u = uri(ws.path('new.take'));
    await s.open(u, '\n', 1);
    const head = await s.request<CompletionItem[]>('textDocument/completion', { ...doc(u), position: { line: 0, character: 0 } });
    const headline = head.find((c) => c.label === 'Headline')!;
    assert.equal((headline.textEdit as TextEdit).newText, `${TEST_SERIES} – We Asked \${1:Contributor Name} What Comes Next for the River`);
    await s.change(u, 'x\nEdi', 2);
    const note = await s.request<CompletionItem[]>('textDocument/completion', { ...doc(u), position: { line: 1, character: 3 } });
    assert.equal((note.find((c) => c.label === 'Editor’s Note:')!.textEdit as TextEdit).newText, `Editor’s Note: ${TEST_NOTE}`);
    await s.change(u, 'x\nIma', 3);
    const image = await s.request<CompletionItem[]>('textDocument/completion', { ...doc(u), position: { line: 1, character: 3 } });
    assert.deepEqual((image.find((c) => c.label === 'Image: Reuters')!.textEdit as TextEdit).range, {
      start: { line: 1, character: 0 },
      end: { line: 1, character: 3 },
    });
  });

  test('formatting applies the typographic fixes; range formatting only inside the range', async () => {
    const edits = await s.request<TextEdit[]>('textDocument/formatting', { ...doc(lan), options: { tabSize: 2, insertSpaces: true } });
    const out = TextDocument.applyEdits(TextDocument.create(lan, 'commentary', 1, SLOPPY), edits);
    assert.ok(out.includes('Its role is small.'));
    const none = await s.request<TextEdit[]>('textDocument/rangeFormatting', {
      ...doc(lan),
      range: { start: { line: 5, character: 0 }, end: { line: 6, character: 0 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(none, []);
    const clean = await s.request<TextEdit[]>('textDocument/formatting', { ...doc(mai), options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(clean, [], 'a clean take is left as it is');
  });

  test('a code lens above the headline gives words, paragraphs and problems', async () => {
    const lenses = await s.request<CodeLens[]>('textDocument/codeLens', doc(lan));
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, 0);
    assert.match(lenses[0].command!.title, /^\d+ words \(300–900\) · 5 paragraphs · 1 errors, 0 warnings, 0 infos$/);
  });

  test('the body folds', async () => {
    const ranges = await s.request<FoldingRange[]>('textDocument/foldingRange', doc(mai));
    assert.deepEqual(
      ranges.map((r) => [r.startLine, r.endLine]),
      [[3, 7]],
    );
  });

  test('the corpus request describes every take; edits send corpusChanged', async () => {
    const result = await s.request<CorpusResult>('commentary/corpus', {});
    assert.equal(result.symposia.length, 1);
    const sym = result.symposia[0];
    assert.equal(sym.series, TEST_SERIES);
    assert.equal(sym.question, 'What comes next for the river?');
    assert.equal(sym.config, uri(ws.path('symposium.json')));
    const lanCard = sym.takes.find((t) => t.file === 'lan.take')!;
    assert.deepEqual(
      { contributor: lanCard.contributor, counts: lanCard.counts, firstProblem: lanCard.firstProblem },
      { contributor: 'Lan Vo', counts: { error: 1, warning: 0, info: 0 }, firstProblem: { line: 3, character: 0 } },
    );
    assert.deepEqual(lanCard.parts, ['headline', 'pullQuote', 'editorsNote', 'body', 'byline', 'imageCredit']);
    const mark = s.notifications.length;
    await s.change(lan, takeBy('Lan Vo', BODY_QUOTES[1]), 2);
    await s.notification('commentary/corpusChanged', mark);
    const after = await s.request<CorpusResult>('commentary/corpus', { uri: lan });
    assert.deepEqual(after.symposia[0].takes.find((t) => t.file === 'lan.take')!.counts, { error: 0, warning: 0, info: 0 });
  });

  test('co-authors: the outline and hover show every person, New Take writes a byline sentence for each', async () => {
    const pair = uri(ws.path('pair.take'));
    const text = take({
      headline: `${TEST_SERIES} – We Asked Lan Vo and Gen. (ret.) Ana Ruiz What Comes Next for the River`,
      byline: 'Lan Vo is a fellow at the Delta Institute. Gen. (ret.) Ana Ruiz holds the River Chair at the Basin Forum.',
    });
    await s.open(pair, text, 1);
    const symbols = await s.request<DocumentSymbol[]>('textDocument/documentSymbol', doc(pair));
    assert.deepEqual(
      symbols[0].children?.map((c) => c.name),
      ['Lan Vo', 'Gen. (ret.) Ana Ruiz'],
    );
    const byline = symbols.find((x) => x.detail === 'Byline')!;
    assert.equal(byline.name, 'Lan Vo and Gen. (ret.) Ana Ruiz');
    assert.deepEqual(
      byline.children?.map((c) => [c.name, c.children?.map((f) => f.name)]),
      [
        ['Lan Vo', ['a fellow', 'the Delta Institute']],
        ['Gen. (ret.) Ana Ruiz', ['the River Chair', 'the Basin Forum']],
      ],
    );
    const hover = await s.request<Hover>('textDocument/hover', { ...doc(pair), position: { line: byline.range.start.line, character: 1 } });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /Name: Lan Vo · Role: a fellow · Affiliation: the Delta Institute/);
    assert.match(value, /Name: Gen\\\. \\\(ret\\\.\\\) Ana Ruiz · Role: the River Chair/);
    const made = await s.request<{ fileName: string; text: string }>('commentary/takeTemplate', {
      folder: uri(ws.path('.')),
      contributor: 'Lan Vo and Ana Ruiz',
    });
    assert.equal(made.fileName, 'lan-vo-and-ana-ruiz.take');
    assert.match(made.text, /^The Mekong Accord – We Asked Lan Vo and Ana Ruiz What Comes Next for the River\n/);
    assert.match(made.text, /\nLan Vo is a role at an institution\. Ana Ruiz is a role at an institution\.\n/);
    const corpus = await s.request<CorpusResult>('commentary/corpus', { uri: pair });
    const card = corpus.symposia[0].takes.find((t) => t.file === 'pair.take')!;
    assert.equal(card.contributor, 'Lan Vo and Ana Ruiz');
    assert.deepEqual(card.people, [
      { name: 'Lan Vo', role: 'a fellow', affiliation: 'the Delta Institute' },
      { name: 'Ana Ruiz', role: 'the River Chair', affiliation: 'the Basin Forum' },
    ]);
  });
});
