// Runs an extension's integration tests (a CommonJS module exporting run()) inside
// a real VS Code: code-server plus headless Chromium. Exits with the tests' code.
//   node test/vscode-web/run-in-code-server.mjs --extension DIR --tests FILE --workspace DIR|FILE.code-workspace
//        [--timeout 300] [--screenshots DIR] [--restricted] [--verbose]
// Known workbench chatter (connection set-up, the unreachable extension gallery)
// is hidden unless --verbose; everything else the window logs is printed.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { format, parseArgs } from 'node:util';
import { launchBrowser, startCodeServer, stop, workbenchUrl } from './code-server.mjs';

const KEPT_LOG_LINES = 60;
const USAGE =
  'usage: run-in-code-server.mjs --extension DIR --tests FILE --workspace DIR|FILE.code-workspace [--timeout SECONDS] [--screenshots DIR] [--restricted] [--verbose]';
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore: /,
  /getaddrinfo (ENOTFOUND|EAI_AGAIN) (open-vsx\.org|marketplace)/,
];

// Reads and checks the command line; every path must be absolute and exist (the workspace is a folder or a .code-workspace file).
function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      screenshots: { type: 'string' },
      restricted: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  const workspaceKind = values.workspace?.endsWith('.code-workspace') ? 'file' : 'dir';
  for (const [name, kind] of [
    ['extension', 'dir'],
    ['tests', 'file'],
    ['workspace', workspaceKind],
  ]) {
    const path = values[name];
    if (!path || !isAbsolute(path)) throw new Error(`--${name} needs an absolute path`);
    if (!existsSync(path) || statSync(path).isDirectory() !== (kind === 'dir')) {
      throw new Error(`--${name} ${path} is not an existing ${kind}`);
    }
  }
  const timeoutSeconds = Number(values.timeout);
  if (!(timeoutSeconds > 0)) throw new Error(`--timeout must be a positive number of seconds`);
  return { ...values, timeoutMs: timeoutSeconds * 1000 };
}

// Turns one codeAutomationLog call into printable text; the extension host
// forwards console arguments unformatted, so printf-style '%s' is applied here.
function formatLog(type, args) {
  const text = format(...(Array.isArray(args) ? args : [args]));
  return type === 'error' || type === 'warn' ? `[${type}] ${text}` : text;
}

// Opens the test window and resolves with run()'s exit code, or 'timeout'.
async function runTests(page, server, options, recent) {
  let reportExit;
  const exited = new Promise((resolveExit) => (reportExit = resolveExit));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = formatLog(type, args);
    recent.push(line);
    if (recent.length > KEPT_LOG_LINES) recent.shift();
    const text = Array.isArray(args) ? String(args[0]) : String(args);
    if (options.verbose || !WORKBENCH_CHATTER.some((pattern) => pattern.test(text))) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(code));
  page.on('crash', () => reportExit('page crashed'));
  const browser = page.context().browser();
  browser.on('disconnected', () => reportExit('browser disconnected'));
  let timer;
  const timedOut = new Promise((resolveTimeout) => (timer = setTimeout(() => resolveTimeout('timeout'), options.timeoutMs)));
  const multiRoot = options.workspace.endsWith('.code-workspace');
  const url = workbenchUrl(server, {
    [multiRoot ? 'workspace' : 'folder']: options.workspace,
    extensionDevelopmentPath: options.extension,
    extensionTestsPath: options.tests,
  });
  await page.goto(url);
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  return outcome;
}

// Saves what the window showed when the tests did not finish, for a human to look at.
async function saveScreenshot(page, dir, name) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name.replace(/\W+/g, '-')}-${new Date().toISOString().replace(/[:.]/g, '-')}.png`);
  try {
    await page.screenshot({ path, fullPage: true, timeout: 10_000 });
    console.error(`screenshot: ${path}`);
  } catch (error) {
    console.error(`screenshot failed: ${error.message}`);
  }
}

// Wires the pieces together and always tears them down.
async function main() {
  let options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  process.once('SIGINT', () => process.exit(130));
  process.once('SIGTERM', () => process.exit(143));
  const recent = [];
  let server;
  let browser;
  let exitCode = 1;
  try {
    server = await startCodeServer({ workspace: options.workspace, restricted: options.restricted });
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const outcome = await runTests(page, server, options, recent);
    if (typeof outcome === 'number') {
      exitCode = outcome;
      console.log(`extension tests finished with exit code ${outcome}`);
    } else {
      console.error(`extension tests did not finish: ${outcome} (timeout ${options.timeoutMs / 1000}s)`);
      if (options.screenshots) await saveScreenshot(page, options.screenshots, outcome);
      console.error(`--- last ${recent.length} log lines ---\n${recent.join('\n')}`);
      console.error(`--- last code-server output ---\n${server.output.slice(-30).join('\n')}`);
    }
  } catch (error) {
    console.error(`run-in-code-server: ${error.stack ?? error}`);
    exitCode = 1;
  } finally {
    await stop({ browser, server });
  }
  process.exit(exitCode);
}

await main();
