// Builds the committed bundles: dist/index.js (the Action) and dist/cli/index.js (the npx CLI).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
execFileSync(process.execPath, [new URL('./gen-rulesets.mjs', import.meta.url).pathname], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
for (const [entry, out] of [['src/action/index.ts', 'dist'], ['src/cli/index.ts', 'dist/cli']]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], { stdio: 'inherit' });
}
// ncc keeps the shebang of the entry; make sure the CLI bundle is executable for `npx`.
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
