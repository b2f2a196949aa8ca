import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from '../helpers.js';

/**
 * A headless Chromium for the render tests, with no apt step and no browser download from the web:
 * CHROMIUM_PATH if set; else the binary shipped inside the npm package @sparticuz/chromium (a dev dependency,
 * so `npm ci` brings it; built for Linux x64); else, or when that one does not start, Debian's
 * /usr/bin/chromium when installed.
 */
export interface FoundBrowser {
  readonly executablePath: string;
  /** Where it came from, for the error message when it does not start. */
  readonly source: string;
  readonly env?: Record<string, string>;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

// Flags for a root user on a machine with a closed network: without the background-networking ones Chromium
// keeps opening connections that are refused, and as root it does not start with its sandbox.
const COMMON_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The browsers to try, in order; each is unpacked or checked only when reached. */
function candidates(): Array<() => Promise<FoundBrowser>> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    return [
      async () => {
        if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv}: no such file`);
        return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
      },
    ];
  }
  const list: Array<() => Promise<FoundBrowser>> = [];
  if (process.platform === 'linux' && process.arch === 'x64') list.push(packagedChromium);
  if (existsSync(SYSTEM_CHROMIUM)) list.push(async () => ({ executablePath: SYSTEM_CHROMIUM, source: SYSTEM_CHROMIUM }));
  return list;
}

/**
 * Unpacks @sparticuz/chromium's brotli'd binary, fonts and SwiftShader into node_modules/.cache, not the shared
 * /tmp the package uses by default (where another user could plant a binary named chromium, and where
 * parallel runs would see each other's half-written files): into a fresh folder first, renamed into place when
 * complete, so a run that is interrupted leaves nothing a later run would take for a browser.
 */
async function packagedChromium(): Promise<FoundBrowser> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/@sparticuz/chromium/package.json'), 'utf8')) as { version: string };
  const cache = join(ROOT, 'node_modules/.cache/connect-flow-lint');
  const dir = join(cache, `sparticuz-chromium-${pkg.version}`);
  const executablePath = join(dir, 'chromium');
  if (!existsSync(executablePath)) {
    mkdirSync(cache, { recursive: true });
    const work = mkdtempSync(join(cache, 'unpack-'));
    // The package unpacks into os.tmpdir(), which reads TMPDIR at each call: point it at our folder meanwhile.
    const tmp = process.env['TMPDIR'];
    process.env['TMPDIR'] = work;
    try {
      const { default: Sparticuz } = await import('@sparticuz/chromium');
      const unpacked = await Sparticuz.executablePath();
      if (unpacked !== join(work, 'chromium')) throw new Error(`@sparticuz/chromium unpacked to ${unpacked}, not into ${work}`);
    } finally {
      if (tmp === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = tmp;
    }
    // Its fonts.conf names /tmp/fonts; ours names the unpacked fonts and the system's.
    writeFileSync(join(work, 'fonts.conf'), `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>/usr/share/fonts</dir>\n  <dir>${dir}/fonts</dir>\n  <cachedir>${dir}/fonts-cache</cachedir>\n</fontconfig>\n`);
    try {
      renameSync(work, dir);
    } catch (e) {
      if (!existsSync(executablePath)) {
        // A stale folder without a browser (fontconfig can write its cache there after the folder was
        // removed): replace it once.
        rmSync(dir, { recursive: true, force: true });
        try {
          renameSync(work, dir);
        } catch {
          rmSync(work, { recursive: true, force: true });
          if (!existsSync(executablePath)) throw e;
        }
      } else {
        // Another run finished first: use its copy.
        rmSync(work, { recursive: true, force: true });
      }
    }
  }
  return { executablePath, source: `@sparticuz/chromium ${pkg.version} (unpacked in ${dir})`, env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') } };
}

/** Starts the first browser that starts headless; the error names each one tried and why it failed. */
export async function launchChromium(): Promise<Browser> {
  const failures: string[] = [];
  for (const candidate of candidates()) {
    let found: FoundBrowser;
    try {
      found = await candidate();
    } catch (e) {
      failures.push((e as Error).message);
      continue;
    }
    try {
      return await chromium.launch({
        executablePath: found.executablePath,
        headless: true,
        args: COMMON_ARGS,
        ...(found.env ? { env: { ...process.env, ...found.env } as Record<string, string> } : {}),
      });
    } catch (e) {
      failures.push(`Chromium from ${found.source} did not start (check its libraries with ldd ${found.executablePath}): ${(e as Error).message}`);
    }
  }
  throw new Error(
    failures.length === 0
      ? `no Chromium for the render tests: @sparticuz/chromium ships one for Linux x64 only, and ${SYSTEM_CHROMIUM} is not installed; set CHROMIUM_PATH to a Chromium`
      : `no Chromium started for the render tests:\n${failures.join('\n')}\nSet CHROMIUM_PATH to another Chromium.`,
  );
}
