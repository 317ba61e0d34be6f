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
