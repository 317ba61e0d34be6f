// The web extension (package.json "browser": dist/browser-client.js) in code-server's web worker extension host,
// as vscode.dev and github.dev run it: installed into the browser with "Developer: Install Extension from
// Location…", it must run in the web worker (no Node language server process), read symposium.json two folders
// up and the en-US dictionary through the workspace file system, and show findings and the Outline.
// Needs a build (npm run build). Run: node test/vscode-web/web-extension.test.mjs
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_PATH, launchBrowser, startCodeServer, stop } from './code-server.mjs';
import { activeTab, openWorkbench, quickOpen, rowTexts, runCommand, setViewExpanded, waitUntil } from './workbench.mjs';
import { checker } from './checks.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = join(ROOT, 'test-results/web-extension');
const IN_CI = !!process.env.CI && process.env.CI !== 'false';
/** What the web extension ships (as .vscodeignore keeps it), copied so the test serves exactly that. */
const SHIPPED = ['package.json', 'README.md', 'language-configuration.json', 'dist', 'media', 'syntaxes', 'schemas', 'snippets', 'docs/rules'];
const TAKE = 'tran.take';
const SYMPOSIUM = {
  series: 'The Mekong Accord',
  headline: '{series} – We Asked {contributor} What Comes Next for the River',
  spelling: 'american',
};
/** A take whose findings need the symposium.json (headline-template) and the dictionary (an unknown word). */
const BROKEN_TAKE = [
  'The Mekong Accord: Mai Linh Tran Looks Ahead',
  '“A ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing.”',
  'Editor’s Note: Looking for more views on the river after the accord? Read all 40 expert takes on what comes next here.',
  'The accord signed in Vientiane last month was greeted as a breakthrough, and in one narrow sense it was: for the first time, all six riparian states agreed to share real-time data on water releases from the dams upstream.',
  'Critics are right that data alone will not refill the Tonle Sap. But a ministry that must publish its release schedule a week in advance cannot easily deny that a sudden drop in the river was its doing. Donors will want blorptastic gauges.',
  'The next test comes in March, when the reservoirs are lowest and the pressure to hold water back is highest.',
  'Mai Linh Tran is a senior research fellow at the Institute for Water Policy in Singapore.',
  'Image: Reuters',
].join('\n');
const OUTLINE_PARTS = ['Headline', 'Pull-quote', "Editor's note", 'Body', 'Byline', 'Image credit'];
const { check, results } = checker(SHOTS);

// Serves a folder read-only on loopback; code-server's /proxy/<port>/ path makes it same-origin for the workbench.
function serveFolder(folder) {
  const server = createServer((req, res) => {
    const path = resolve(folder, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    if (!path.startsWith(folder + sep) || !existsSync(path) || statSync(path).isDirectory()) return res.writeHead(404).end();
    const type = { '.js': 'text/javascript', '.json': 'application/json', '.md': 'text/markdown' }[extname(path)] ?? 'application/octet-stream';
    res.writeHead(200, { 'content-type': type }).end(readFileSync(path));
  });
  return new Promise((resolveServer) => server.listen(0, '127.0.0.1', () => resolveServer(server)));
}

// The commentary language servers (dist/server.js) among code-server's descendants: none when the extension runs in the browser.
function nodeServersOf(rootPid) {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter(Boolean)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
  const family = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of rows) if (family.has(r.ppid) && !family.has(r.pid)) grew = family.add(r.pid) !== undefined;
  }
  return rows.filter((r) => family.has(r.pid) && /dist\/server\.js/.test(r.args)).map((r) => r.args);
}

// Installs the served extension into the browser (the web extension management server) from the palette.
async function installFromLocation(page, url) {
  await runCommand(page, 'Developer: Install Extension from Location...');
  const input = page.locator('.quick-input-widget input[placeholder*="web extension" i]');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill(url);
  await page.keyboard.press('Enter');
}

// Reads the Running Extensions editor's row for the extension.
async function runningRow(page) {
  await runCommand(page, 'Developer: Show Running Extensions');
  return waitUntil(
    'Commentary Lint in Running Extensions',
    () => page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Commentary Lint' }).first().innerText(),
    { until: (text) => typeof text === 'string' && text.includes('Commentary Lint'), timeoutMs: 30_000 },
  );
}

// Sets everything up, runs the checks and always tears down.
async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    const why = `Chromium is not installed at ${CHROMIUM_PATH}`;
    if (IN_CI) throw new Error(`${why} (CI is set, so this test fails instead of skipping)`);
    console.log(`skipped: ${why}`);
    return;
  }
  for (const bundle of ['dist/browser-client.js', 'dist/browser-server.js', 'dist/dictionaries/en-US.dic'])
    if (!existsSync(join(ROOT, bundle))) throw new Error(`${bundle} is missing: run npm run build first`);
  mkdirSync(SHOTS, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'commentary-web-'));
  const removeTemp = () => rmSync(temp, { recursive: true, force: true });
  process.on('exit', removeTemp);
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const extension = join(temp, 'extension');
  for (const entry of SHIPPED) cpSync(join(ROOT, entry), join(extension, entry), { recursive: true });
  const workspace = join(temp, 'mekong');
  mkdirSync(join(workspace, 'takes', '2026'), { recursive: true });
  writeFileSync(join(workspace, 'symposium.json'), JSON.stringify(SYMPOSIUM, null, 2));
  writeFileSync(join(workspace, 'takes', '2026', TAKE), BROKEN_TAKE);

  let browser, server, page, files;
  let installed = false;
  await check('the web extension installs into the browser and activates in the web worker extension host', page, async () => {
    files = await serveFolder(extension);
    server = await startCodeServer({ workspace, settings: { 'extensions.webWorker': true } });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await openWorkbench(page, server, workspace);
    await installFromLocation(page, `${server.url}/proxy/${files.address().port}`);
    await quickOpen(page, TAKE);
    const row = await runningRow(page);
    if (!/web worker/i.test(row)) throw new Error(`Commentary Lint does not run in the web worker: ${row.replace(/\s+/g, ' ')}`);
    await page.locator('.tabs-container .tab', { hasText: TAKE }).click();
    await activeTab(page, TAKE);
    installed = true;
  });
  if (installed) {
    await check('findings need symposium.json two folders up and the en-US dictionary, both read through vscode.workspace.fs', page, async () => {
      await runCommand(page, 'View: Focus Problems');
      const rows = await waitUntil('Problems rows for headline-template and spelling', () => rowTexts(page, '.markers-panel'), {
        until: (seen) => seen.some((r) => r.includes('headline-template')) && seen.some((r) => r.includes('blorptastic') && r.includes('spelling')),
        timeoutMs: 90_000,
      });
      console.log(`  ${rows.length - 1} findings, e.g. ${rows.find((r) => r.includes('blorptastic'))}`);
      await page.screenshot({ path: join(SHOTS, 'problems.png') });
    });
    await check('a changed symposium.json is read again (file watcher, then commentary/readFile)', page, async () => {
      const template = '{series}: {contributor} on What Comes Next for the River';
      writeFileSync(join(workspace, 'symposium.json'), JSON.stringify({ ...SYMPOSIUM, headline: template }, null, 2));
      const expected = 'The Mekong Accord: Mai Linh Tran on What Comes Next for the River';
      await waitUntil(`the headline-template finding to expect "${expected}"`, () => rowTexts(page, '.markers-panel'), {
        until: (seen) => seen.some((r) => r.includes('headline-template') && r.includes(expected)),
        timeoutMs: 60_000,
      });
    });
    await check('New Take writes a take from the symposium template beside the active take', page, async () => {
      await page.locator('.tabs-container .tab', { hasText: TAKE }).click();
      await activeTab(page, TAKE);
      await runCommand(page, 'Commentary: New Take');
      const name = page.locator('.quick-input-widget input[placeholder="Zhu Feng"]');
      await name.waitFor({ state: 'visible', timeout: 30_000 });
      await name.fill('Ingrid Solberg');
      await page.keyboard.press('Enter');
      await activeTab(page, 'ingrid-solberg.take');
      const written = join(workspace, 'takes', '2026', 'ingrid-solberg.take');
      const headline = readFileSync(written, 'utf8').split('\n')[0];
      if (headline !== 'The Mekong Accord: Ingrid Solberg on What Comes Next for the River') throw new Error(`headline: ${headline}`);
    });
    await check('no Node language server was started', page, () => {
      const servers = nodeServersOf(server.child.pid);
      if (servers.length) throw new Error(`found ${servers.join('; ')}`);
    });
    await check('the Outline shows the six parts', page, async () => {
      await runCommand(page, 'Explorer: Focus on Outline View');
      await setViewExpanded(page, 'mekong', false);
      await waitUntil(`Outline rows for ${OUTLINE_PARTS.join(', ')}`, () => rowTexts(page, '.outline-pane'), {
        until: (rows) => OUTLINE_PARTS.every((part) => rows.some((row) => row.includes(part))),
      });
      await page.screenshot({ path: join(SHOTS, 'outline.png') });
    });
  }
  if (results.failed && server) console.log(`--- last code-server output ---\n${server.output.slice(-20).join('\n')}`);
  await stop({ browser, server });
  files?.close();
  removeTemp();
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exitCode = results.failed ? 1 : 0;
}

await main();
