import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from './browser';

/**
 * `npm run icons`: renders public/icon/sparring.svg (the source, edited by hand) to the PNG sizes
 * the manifest lists, with Chromium itself, so the toolbar and the extensions page get crisp
 * pixels at each size. The PNGs are committed; run this after changing the SVG.
 */
const ICON_SIZES = [16, 32, 48, 128] as const;
const DIR = path.resolve('public/icon');

async function main(): Promise<void> {
  const svg = readFileSync(path.join(DIR, 'sparring.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
      await page.setContent(`<body style="margin:0">${sized}</body>`);
      await page.screenshot({ path: path.join(DIR, `${size}.png`), omitBackground: true });
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

await main();
