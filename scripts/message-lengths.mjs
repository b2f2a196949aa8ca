#!/usr/bin/env node
// How long the findings' messages are: the first line of every message the bundled CLI (dist/, so run
// `npm run build` first) reports on the corpus (../shared/corpus, when present), examples/ and
// test/fixtures/, under the recommended and the strict ruleset. Prints the median and maximum length and
// the longest messages; `--limit N` (default 200) also lists every first line over N and exits 1 if any.
//
//   node scripts/message-lengths.mjs [--limit 200] [--top 5]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const arg = (name, fallback) => {
  const k = process.argv.indexOf(name);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
};
const limit = arg('--limit', 200);
const top = arg('--top', 5);

if (!existsSync(cli)) {
  console.error(`message-lengths: ${cli} is missing: run npm run build first`);
  process.exit(2);
}

const sets = [
  { name: 'corpus', cwd: resolve(root, '../shared/corpus'), paths: ['.'] },
  { name: 'examples', cwd: root, paths: ['examples'] },
  { name: 'fixtures', cwd: root, paths: ['test/fixtures'] },
];

const tmp = mkdtempSync(join(tmpdir(), 'cfl-lengths-'));
const configs = ['recommended', 'strict'].map((ruleset) => {
  const file = join(tmp, `${ruleset}.yaml`);
  writeFileSync(file, `extends: [connect-flow-lint:${ruleset}]\n`);
  return { ruleset, file };
});

const rows = [];
try {
  for (const set of sets) {
    if (!existsSync(set.cwd)) {
      console.log(`${set.name}: skipped (${set.cwd} is not present)`);
      continue;
    }
    for (const { ruleset, file } of configs) {
      const run = spawnSync(process.execPath, [cli, '--format', 'json', '--config', file, '--pass-on-no-flows', ...set.paths], {
        cwd: set.cwd,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      if (run.status !== 0 && run.status !== 1) {
        console.error(`${set.name} (${ruleset}): the CLI exited ${run.status}: ${run.stderr}`);
        process.exit(2);
      }
      for (const f of JSON.parse(run.stdout)) rows.push({ set: set.name, ruleset, ruleId: f.ruleId, file: f.file, line: f.line, text: f.message.split('\n')[0] });
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const lengths = rows.map((r) => r.text.length).sort((a, b) => a - b);
const median = (xs) => (xs.length === 0 ? 0 : xs.length % 2 ? xs[(xs.length - 1) / 2] : (xs[xs.length / 2 - 1] + xs[xs.length / 2]) / 2);
console.log(`${rows.length} findings: median ${median(lengths)} characters, max ${lengths[lengths.length - 1] ?? 0} (first line of the message)`);
const byRule = new Map();
for (const r of rows) byRule.set(r.ruleId, [...(byRule.get(r.ruleId) ?? []), r.text.length]);
for (const [id, xs] of [...byRule].sort((a, b) => a[0].localeCompare(b[0]))) {
  xs.sort((a, b) => a - b);
  console.log(`  ${id.padEnd(30)} ${String(xs.length).padStart(5)} findings, median ${String(median(xs)).padStart(6)}, max ${String(xs[xs.length - 1]).padStart(5)}`);
}
const longest = [...rows].sort((a, b) => b.text.length - a.text.length);
console.log(`\nlongest ${top}:`);
for (const r of longest.slice(0, top)) console.log(`  ${r.text.length} ${r.ruleId} (${r.set}, ${r.ruleset}) ${r.file}:${r.line}\n    ${r.text}`);
const over = rows.filter((r) => r.text.length > limit);
if (over.length > 0) {
  console.log(`\n${over.length} first lines over ${limit} characters`);
  process.exit(1);
}
