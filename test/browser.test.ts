/**
 * How the render tests find their Chromium (test/support/browser.ts): the npm package's binary on a machine
 * with no browser installed, and clear errors naming what was tried.
 */
import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.js';

const saved = process.env['CHROMIUM_PATH'];
afterEach(() => {
  if (saved === undefined) delete process.env['CHROMIUM_PATH'];
  else process.env['CHROMIUM_PATH'] = saved;
});

describe('the render tests\' Chromium', () => {
  it.skipIf(existsSync('/usr/bin/chromium') || saved !== undefined || process.platform !== 'linux' || process.arch !== 'x64')(
    'starts from the npm package @sparticuz/chromium where no browser is installed',
    async () => {
      const browser = await launchChromium();
      try {
        expect(browser.version()).toMatch(/^\d+\./);
        const page = await browser.newPage();
        await page.setContent('<p id="p">drawn</p>');
        expect(await page.textContent('#p')).toBe('drawn');
      } finally {
        await browser.close();
      }
    },
  );

  it('says which CHROMIUM_PATH is missing, and which did not start', async () => {
    process.env['CHROMIUM_PATH'] = '/nonexistent/chromium';
    await expect(launchChromium()).rejects.toThrow('CHROMIUM_PATH=/nonexistent/chromium: no such file');
    process.env['CHROMIUM_PATH'] = '/bin/false';
    await expect(launchChromium()).rejects.toThrow(/Chromium from CHROMIUM_PATH did not start \(check its libraries with ldd \/bin\/false\)/);
  });
});
