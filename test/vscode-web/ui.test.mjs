// UI test of the extension as a user gets it: packages the .vsix, installs it into code-server's
// VS Code, opens a copy of samples/ in Chromium and checks the Problems panel, the Outline and the
// corpus preview on screen. Screenshots go to test-results/ui/. Run: node test/vscode-web/ui.test.mjs
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installExtension, launchBrowser, startCodeServer, stop } from './code-server.mjs';
import { activeTab, findWebviewFrame, openWorkbench, quickOpen, rowTexts, runCommand, setViewExpanded, waitUntil } from './workbench.mjs';
import { checker } from './checks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const VSIX = join(ROOT, 'commentary-lint.vsix');
const SHOTS = join(ROOT, 'test-results/ui');
const TAKE = 'daniel-okafor.take';
const TAKE_RULES = ['headline-case', 'headline-punctuation', 'editors-note-label', 'image-credit'];
const OUTLINE_PARTS = ['Headline', 'Pull-quote', "Editor's note", 'Body', 'Byline', 'Image credit'];
const CLEAN_TAKE = { contributor: 'Ingrid Solberg', file: 'ingrid-solberg.take' };
const { check, results } = checker(SHOTS);

// Builds the production bundle and the .vsix exactly as a release would.
function packageExtension() {
  const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}${result.stderr}`);
}

// Opens the take, filters Problems to it, shows the Outline, and checks both lists against the take.
async function diagnosticsAndOutline(page) {
  await quickOpen(page, TAKE);
  await runCommand(page, 'View: Focus Problems');
  const filter = page.locator('.part.panel .viewpane-filter input');
  await filter.fill(TAKE.replace('.take', ''));
  const problems = await waitUntil(`Problems rows naming ${TAKE_RULES.join(', ')}`, () => rowTexts(page, '.markers-panel'), {
    until: (rows) => TAKE_RULES.every((rule) => rows.some((row) => row.includes(rule))),
  });
  if (!problems[0].startsWith(TAKE)) throw new Error(`first Problems row is not the take: ${problems[0]}`);
  await runCommand(page, 'Explorer: Focus on Outline View');
  await setViewExpanded(page, 'samples', false);
  await waitUntil(`Outline rows for ${OUTLINE_PARTS.join(', ')}`, () => rowTexts(page, '.outline-pane'), {
    until: (rows) => OUTLINE_PARTS.every((part) => rows.some((row) => row.includes(part))),
  });
  await page.locator('.editor-group-container.active .squiggly-error').first().waitFor();
  await page.screenshot({ path: join(SHOTS, 'editor-diagnostics-outline.png') });
}

// Opens the corpus preview from the palette and checks its cards against the takes on disk.
async function corpusPreview(page, takeCount) {
  await runCommand(page, 'Commentary: Open Corpus Preview');
  const frame = await findWebviewFrame(page, 'article.card');
  const readCards = async () => {
    const contributors = await frame.locator('article.card .contributor').allTextContents();
    const badges = await frame.locator('article.card .badge').allTextContents();
    return contributors.map((contributor, k) => ({ contributor, badge: badges[k] }));
  };
  const cards = await waitUntil(`${takeCount} cards, a Ready badge and an error badge`, readCards, {
    until: (seen) => seen.length === takeCount && seen.some((c) => c.badge.startsWith('Ready')) && seen.some((c) => /\d+ errors?/.test(c.badge)),
  });
  console.log(`  ${cards.length} cards, ${cards.filter((c) => c.badge.startsWith('Ready')).length} ready`);
  // Room for more cards, and a sort that puts Ready and not-ready takes on the first screen.
  await runCommand(page, 'View: Hide Panel');
  await frame.locator('select.sort').selectOption('contributor');
  const names = cards.map((c) => c.contributor).sort((a, b) => a.localeCompare(b));
  await waitUntil('the cards sorted by contributor', () => frame.locator('article.card .contributor').allTextContents(), {
    until: (shown) => shown.join('|') === names.join('|'),
  });
  await page.screenshot({ path: join(SHOTS, 'corpus-preview.png') });
  return frame;
}

// Clicks a take's card in the preview and checks that its editor becomes the active tab.
async function cardOpensTake(frame, page) {
  await frame.locator('article.card', { hasText: CLEAN_TAKE.contributor }).click();
  await activeTab(page, CLEAN_TAKE.file);
}

// Sets everything up, runs the checks and always tears down.
async function main() {
  mkdirSync(SHOTS, { recursive: true });
  for (const old of readdirSync(SHOTS)) rmSync(join(SHOTS, old), { force: true });
  const temp = mkdtempSync(join(tmpdir(), 'commentary-ui-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  process.on('exit', removeTemp);
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const workspace = join(temp, 'samples');
  cpSync(join(ROOT, 'samples'), workspace, { recursive: true });
  const takeCount = readdirSync(workspace).filter((f) => f.endsWith('.take')).length;
  let browser, server, page;
  let ready = false;
  await check('package the .vsix, install it and open the workbench', page, async () => {
    packageExtension();
    installExtension(VSIX, join(temp, 'extensions'));
    server = await startCodeServer({ workspace, extensionsDir: join(temp, 'extensions') });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await openWorkbench(page, server, workspace);
    ready = true;
  });
  if (ready) {
    await check(`${TAKE}: Problems lists its findings, Outline shows its parts`, page, () => diagnosticsAndOutline(page));
    let frame;
    await check(`corpus preview shows ${takeCount} cards with Ready and error badges`, page, async () => (frame = await corpusPreview(page, takeCount)));
    if (frame) await check('clicking a card opens that take', page, () => cardOpensTake(frame, page));
  }
  if (results.failed && server) console.log(`--- last code-server output ---\n${server.output.slice(-20).join('\n')}`);
  await stop({ browser, server });
  removeTemp();
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed ? 1 : 0;
}

await main();
