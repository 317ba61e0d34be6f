// Multi-root settings over stdio: the server asks for each workspace folder's settings (scopeUri) and lints each take with its folder's.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LspSession, uri } from '../helpers/lsp';
import { tempWorkspace } from '../helpers/workspace';
import { BODY_QUOTES, DEFAULT_BODY, TEST_CONFIG, take, takeBy } from '../helpers/take-builder';

const [first, ...rest] = DEFAULT_BODY;
/** One take with an its’ (possessive-its, an error by default), the same text in every folder. */
const WITH_ITS = take({ body: [`The plan lost its’ way. ${first}`, ...rest] });
/** Another contributor's take with the same defect, for open documents (no duplicate of same.take for the corpus rules). */
const OPEN_WITH_ITS = takeBy('Lan Vo', BODY_QUOTES[1], { body: [`The plan lost its’ way. ${first}`, ...rest] });
const FILES = { 'symposium.json': JSON.stringify(TEST_CONFIG), 'same.take': WITH_ITS };

describe('multi-root workspace settings', () => {
  const [strict, lenient, disabled] = [tempWorkspace(FILES), tempWorkspace(FILES), tempWorkspace(FILES)];
  /** What the fake client answers per folder; the unscoped answer (no scopeUri) turns nothing off. */
  const perFolder = new Map<string, Record<string, unknown>>([
    [uri(strict.root), {}],
    [uri(lenient.root), { rules: { 'possessive-its': 'off' } }],
    [uri(disabled.root), { enable: false }],
  ]);
  let s: LspSession;
  const codes = (root: string) => s.diagnostics.get(uri(`${root}/same.take`))?.diagnostics.map((d) => d.code);

  before(async () => {
    s = await LspSession.start({
      root: strict.root,
      moreFolders: [lenient.root, disabled.root],
      scoped: (scopeUri) => (scopeUri ? (perFolder.get(scopeUri) ?? { enable: false }) : {}),
    });
  });
  after(async () => {
    await s.stop();
    for (const w of [strict, lenient, disabled]) w.cleanup();
  });

  test('the server asks for every folder’s settings with its scopeUri', async () => {
    await s.until('configuration requests', () => s.configurationItems.length >= 4);
    const scopes = s.configurationItems.filter((i) => i.section === 'commentary').map((i) => i.scopeUri);
    assert.deepEqual(scopes.slice(0, 4), [undefined, uri(strict.root), uri(lenient.root), uri(disabled.root)]);
  });

  test('the same closed take gets its folder’s diagnostics: an error, nothing, not linted', async () => {
    await s.until('indexing done', () =>
      s.notifications.some((n) => n.method === '$/progress' && (n.params as { value: { kind: string } }).value.kind === 'end'),
    );
    assert.deepEqual(codes(strict.root), ['possessive-its']);
    assert.deepEqual(codes(lenient.root), []);
    assert.equal(codes(disabled.root), undefined, 'a folder with commentary.enable false is not linted');
  });

  test('an open document follows its folder’s settings too', async () => {
    const a = await s.open(uri(`${strict.root}/open.take`), OPEN_WITH_ITS);
    const b = await s.open(uri(`${lenient.root}/open.take`), OPEN_WITH_ITS);
    assert.deepEqual(
      a.diagnostics.map((d) => d.code),
      ['possessive-its'],
    );
    assert.deepEqual(b.diagnostics, []);
  });

  test('didChangeConfiguration asks again per folder and re-lints with the new answers', async () => {
    const asked = s.configurationItems.length;
    perFolder.set(uri(strict.root), { rules: { 'possessive-its': 'off' } });
    perFolder.set(uri(lenient.root), { rules: { 'possessive-its': 'warning' } });
    await s.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await s.until('the folders’ settings swapped', () => {
      const lenientNow = s.diagnostics.get(uri(`${lenient.root}/same.take`))?.diagnostics ?? [];
      return codes(strict.root)?.length === 0 && lenientNow.length === 1 && lenientNow[0].severity === 2;
    });
    assert.deepEqual(
      s.configurationItems.slice(asked).map((i) => i.scopeUri),
      [undefined, uri(strict.root), uri(lenient.root), uri(disabled.root)],
    );
  });
});
