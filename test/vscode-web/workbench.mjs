// Small helpers for UI tests that drive the code-server workbench with Playwright.
import { workbenchUrl } from './code-server.mjs';

// Opens the workbench on a folder (no test payload) and waits until it has rendered.
export async function openWorkbench(page, server, folder, { timeoutMs = 60_000 } = {}) {
  await page.goto(workbenchUrl(server, { folder }));
  await page.locator('.monaco-workbench .part.statusbar').waitFor({ timeout: timeoutMs });
}

// Runs a command by its palette title; retries because extension commands appear
// only once the extension host has registered them, and an open palette never refreshes.
export async function runCommand(page, title, { timeoutMs = 30_000, tryMs = 2_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  while (Date.now() < deadline) {
    await page.keyboard.press('F1');
    await input.waitFor({ timeout: tryMs });
    await input.fill(`>${title}`);
    try {
      await row.waitFor({ timeout: tryMs });
      await page.keyboard.press('Enter');
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`command "${title}" did not appear in the palette within ${timeoutMs} ms`);
}

// Polls read() until until(state) holds and returns that state; on timeout throws an error that
// says what was awaited and the last state read (or the last error read() threw).
export async function waitUntil(what, read, { until = Boolean, timeoutMs = 60_000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await read();
      if (until(last)) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() >= deadline) {
      const seen = last instanceof Error ? last.message : JSON.stringify(last, null, 1);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, intervalMs));
  }
}

// Opens a workspace file through Quick Open (Ctrl+P) and waits until its editor tab is the active one.
export async function quickOpen(page, fileName, { timeoutMs = 30_000 } = {}) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: timeoutMs });
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await activeTab(page, fileName, { timeoutMs });
}

// Waits until the focused editor group's active tab is the given file.
export async function activeTab(page, fileName, { timeoutMs = 30_000 } = {}) {
  await page.locator('.editor-group-container.active .tab.active', { hasText: fileName }).waitFor({ timeout: timeoutMs });
}

// The visible rows' text of the list or tree under a selector (virtualised lists hold only what is on screen).
export async function rowTexts(page, selector) {
  return page.locator(`${selector} .monaco-list-row`).evaluateAll((rows) => rows.map((row) => row.innerText.replace(/\s+/g, ' ').trim()));
}

// Expands or collapses a side-bar view (Explorer's folder view, Outline, Timeline…) by its header title.
export async function setViewExpanded(page, title, expanded) {
  const header = page
    .locator('.sidebar .pane-header')
    .filter({ hasText: new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i') })
    .first();
  if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
}

// Finds the webview frame (webviews are iframes inside iframes) that holds an element matching selector.
export async function findWebviewFrame(page, selector, { timeoutMs = 60_000 } = {}) {
  const holds = (frame) =>
    frame
      .locator(selector)
      .count()
      .catch(() => 0);
  const search = async () => {
    const frames = page.frames().filter((frame) => frame !== page.mainFrame() && !frame.isDetached());
    for (const frame of frames) if (await holds(frame)) return { frame };
    return { frames: frames.map((frame) => frame.url().slice(0, 100)) };
  };
  const found = await waitUntil(`a webview frame holding "${selector}"`, search, { until: (state) => state.frame, timeoutMs });
  return found.frame;
}
