// Debian's Chromium driven by playwright-core, for tests that open a page the CLI wrote (flags in chromium-flags.json, shared with test/vscode-web/code-server.mjs).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import CHROMIUM_FLAGS from './chromium-flags.json';
import { IN_CI } from './seed';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a headless browser on a closed network, as root (shared with test/vscode-web/code-server.mjs). */
const CHROMIUM_ARGS: string[] = CHROMIUM_FLAGS;

/** The skip reason when Chromium is missing on a developer's machine; false when the tests must run (it is there, or CI is set). */
export const NO_CHROMIUM: string | false =
  !existsSync(CHROMIUM_PATH) && !IN_CI && `Chromium is not installed at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`;

/** Launches headless Chromium; a clear error when it is missing (reached only under CI, where these tests must not skip). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH} (CI is set, so this test fails instead of skipping)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
