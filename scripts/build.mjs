// Builds the committed bundles: dist/index.js (the Action) and dist/cli/index.js (the npx CLI).
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const ncc = new URL('../node_modules/@vercel/ncc/dist/ncc/cli.js', import.meta.url).pathname;
execFileSync(process.execPath, [new URL('./gen-rulesets.mjs', import.meta.url).pathname], { stdio: 'inherit' });
// The built-in rulesets' parse trees, made by the project's own YAML reader (bundled to a scratch folder to run).
const treesTool = 'dist.trees-tool';
rmSync(treesTool, { recursive: true, force: true });
execFileSync(process.execPath, [ncc, 'build', 'scripts/gen-builtin-trees.ts', '-o', treesTool, '--quiet', '--target', 'es2023'], { stdio: 'inherit' });
execFileSync(process.execPath, [`${treesTool}/index.js`, 'src/generated/builtin-trees.ts'], { stdio: 'inherit' });
rmSync(treesTool, { recursive: true, force: true });
// Bundle into a fresh folder and swap it in only when both bundles built: a failed build keeps the old dist/.
const next = 'dist.next';
rmSync(next, { recursive: true, force: true });
for (const [entry, out] of [['src/action/index.ts', next], ['src/cli/index.ts', `${next}/cli`], ['src/rules/public.ts', `${next}/rule`]]) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--target', 'es2023'], { stdio: 'inherit' });
}
// `connect-flow-lint/rule`'s types: the declarations of the rule API and of the model types it names.
const tsc = new URL('../node_modules/typescript/bin/tsc', import.meta.url).pathname;
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.rule-types.json', '--outDir', `${next}/rule/types`], { stdio: 'inherit' });
rmSync('dist', { recursive: true, force: true });
renameSync(next, 'dist');
// ncc keeps the shebang of the entry; make sure the CLI bundle is executable for `npx`.
const cli = 'dist/cli/index.js';
const text = readFileSync(cli, 'utf8');
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
chmodSync(cli, 0o755);
