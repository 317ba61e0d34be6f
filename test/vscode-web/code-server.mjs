// Building blocks for running a real VS Code (code-server) and driving it from
// headless Chromium: used by the extension-test runner and by UI tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SETUP_SCRIPT = join(REPO_ROOT, 'scripts/code-server/setup.sh');
export const CODE_SERVER_HOME = process.env.CODE_SERVER_HOME ?? join(REPO_ROOT, '.cache/code-server');
const ENTRY = join(CODE_SERVER_HOME, 'node_modules/code-server/out/node/entry.js');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for a headless browser on a closed network, as root (shared with test/helpers/chromium.ts). */
const CHROMIUM_ARGS = JSON.parse(readFileSync(join(REPO_ROOT, 'test/helpers/chromium-flags.json'), 'utf8'));
const KEPT_LOG_LINES = 200;
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'workbench.reduceMotion': 'on',
};
let installChecked = false;

// Installs code-server on first use; setup.sh returns at once when its cache marker matches.
export function ensureCodeServer() {
  if (installChecked) return;
  const result = spawnSync('bash', [SETUP_SCRIPT], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CODE_SERVER_HOME },
  });
  if (result.status !== 0 || !existsSync(ENTRY)) {
    throw new Error(`code-server setup failed (${SETUP_SCRIPT} exited ${result.status ?? result.signal})`);
  }
  installChecked = true;
}

// Drops VSCODE_* variables: inside a VS Code terminal they would make code-server
// hand its arguments to that editor instead of starting a server.
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VSCODE_')));
}

// Asks the kernel for an unused loopback port so parallel runs never collide.
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

// Keeps the last lines a child printed, for error reports after a failure.
function lineBuffer(limit = KEPT_LOG_LINES) {
  const lines = [];
  let partial = '';
  return {
    lines,
    push(chunk) {
      const parts = (partial + chunk).split('\n');
      partial = parts.pop();
      lines.push(...parts);
      if (lines.length > limit) lines.splice(0, lines.length - limit);
    },
  };
}

// Polls code-server's health endpoint until it answers, the process dies, or tries run out.
async function waitForHttp(url, child, { tries = 150, intervalMs = 200 } = {}) {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited (${child.exitCode ?? child.signalCode}) before answering HTTP`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet: try again after the interval.
    }
    await delay(intervalMs);
  }
  throw new Error(`code-server did not answer ${url} after ${tries} tries`);
}

// Writes user settings that keep the welcome page, animations and update checks
// out of the way; settings already in a caller's profile win over these defaults.
async function writeUserSettings(userDataDir, settings) {
  const file = join(userDataDir, 'User', 'settings.json');
  const existing = existsSync(file) ? JSON.parse(await readFile(file, 'utf8')) : {};
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ ...QUIET_SETTINGS, ...existing, ...settings }, null, 2));
}

// Starts code-server on a free loopback port with throwaway profile dirs.
export async function startCodeServer({ workspace, restricted = false, userDataDir, extensionsDir, settings = {}, extraArgs = [] } = {}) {
  ensureCodeServer();
  const port = await freePort();
  const tempRoot = await mkdtemp(join(tmpdir(), 'code-server-run-'));
  const dataDir = userDataDir ?? join(tempRoot, 'user-data');
  const extDir = extensionsDir ?? join(tempRoot, 'extensions');
  await writeUserSettings(dataDir, settings);
  const args = [
    ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--user-data-dir',
    dataDir,
    '--extensions-dir',
    extDir,
    '--config',
    join(tempRoot, 'config.yaml'),
    ...(restricted ? [] : ['--disable-workspace-trust']),
    ...extraArgs,
    ...(workspace ? [workspace] : []),
  ];
  const output = lineBuffer();
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanEnv(),
  });
  child.stdout.setEncoding('utf8').on('data', (chunk) => output.push(chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => output.push(chunk));
  const cleanUpOnExit = () => {
    signalGroup(child, 'SIGKILL');
    rmSync(tempRoot, { recursive: true, force: true });
  };
  process.on('exit', cleanUpOnExit);
  const server = {
    child,
    port,
    url: `http://127.0.0.1:${port}`,
    tempRoot,
    userDataDir: dataDir,
    extensionsDir: extDir,
    output: output.lines,
    cleanUpOnExit,
  };
  try {
    await waitForHttp(`${server.url}/healthz`, child);
  } catch (error) {
    await stopCodeServer(server);
    error.message += `\n--- code-server output ---\n${output.lines.join('\n')}`;
    throw error;
  }
  return server;
}

// Launches Debian's Chromium through playwright-core with flags that suit a closed network.
export async function launchBrowser({ headless = true } = {}) {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless, args: CHROMIUM_ARGS });
}

// Percent-encodes each segment of an absolute path for use inside a URI.
function encodePath(path) {
  return path.split('/').map(encodeURIComponent).join('/');
}

// Builds the workbench URL for a folder or a .code-workspace file (multi-root); a payload turns the window
// into an extension-test window. Values are percent-encoded (never '+' for a space) so paths with spaces survive.
export function workbenchUrl(server, { folder, workspace, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const query = [];
  if (folder) query.push(`folder=${encodeURIComponent(folder)}`);
  if (workspace) query.push(`workspace=${encodeURIComponent(workspace)}`);
  if (extensionDevelopmentPath || extensionTestsPath) {
    const remote = `vscode-remote://127.0.0.1:${server.port}`;
    const payload = [];
    if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote + encodePath(extensionDevelopmentPath)]);
    if (extensionTestsPath) payload.push(['extensionTestsPath', remote + encodePath(extensionTestsPath)]);
    payload.push(['skipWelcome', 'true']);
    query.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
  }
  return `${server.url}/${query.length ? '?' + query.join('&') : ''}`;
}

// Waits for a child to exit, up to a deadline, and says whether it did.
function waitForExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => resolveExit(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolveExit(true);
    });
  });
}

// Sends a signal to the child's whole process group (code-server forks helpers).
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

// Ends code-server and everything it spawned, then deletes its throwaway dirs.
export async function stopCodeServer(server) {
  if (!server) return;
  process.off('exit', server.cleanUpOnExit);
  signalGroup(server.child, 'SIGTERM');
  if (!(await waitForExit(server.child, 5000))) {
    signalGroup(server.child, 'SIGKILL');
    await waitForExit(server.child, 5000);
  }
  signalGroup(server.child, 'SIGKILL');
  await rm(server.tempRoot, { recursive: true, force: true });
}

// Closes the browser and stops code-server; safe to call with either missing or twice.
export async function stop({ browser, server } = {}) {
  await Promise.allSettled([browser?.close(), stopCodeServer(server)]);
}

// Installs a packaged .vsix the way a user would, into the given extensions dir.
export function installExtension(vsixPath, extensionsDir, { userDataDir } = {}) {
  ensureCodeServer();
  const args = [ENTRY, '--install-extension', vsixPath, '--extensions-dir', extensionsDir, '--config', '/dev/null'];
  if (userDataDir) args.push('--user-data-dir', userDataDir);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 120_000, env: cleanEnv() });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`installing ${vsixPath} failed (exit ${result.status ?? result.signal}):\n${output}`);
  }
  return output;
}
