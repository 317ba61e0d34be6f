// Renders the extension's marketplace icon (media/icon.png, 128×128: the marketplaces reject SVG) from
// scripts/icon/icon.svg with Debian's Chromium through playwright-core. Run: node scripts/icon/render.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const SIZE = 128;
const OUT = join(HERE, '../../media/icon.png');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Draws the SVG alone on a transparent page of the icon's size and screenshots it. */
async function render() {
  const svg = readFileSync(join(HERE, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  try {
    const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: OUT, omitBackground: true });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${OUT}`);
}

await render();
