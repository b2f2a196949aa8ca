#!/usr/bin/env node
// "No behaviour change", checked: lints the same folders with two builds of the CLI and compares every finding.
//
//   node scripts/compare-findings.mjs OLD_DIST [NEW_DIST [FOLDER...]]
//   npm run compare -- OLD_DIST
//
// NEW_DIST defaults to this checkout's dist/; the folders default to ../shared/corpus (when present), examples/
// and test/fixtures/. Each folder is linted by OLD_DIST/cli/index.js and NEW_DIST/cli/index.js as separate
// processes, from this checkout (so files are named alike), under connect-flow-lint:recommended and
// connect-flow-lint:strict (a config of one `extends`, so a folder's own config does not decide), in --format
// json. Findings are compared by file, rule, line, column, endLine, endColumn, message, severity, blockId and
// evidence, as a multiset: every finding only one build reports is printed, "-" for OLD_DIST's, "+" for
// NEW_DIST's. Exit 0 when identical, 1 when any finding differs, 2 when a run fails (an exit code other than 0
// or 1, or output that is not a JSON array).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RULESETS = ['recommended', 'strict'];
const FIELDS = ['file', 'ruleId', 'line', 'column', 'endLine', 'endColumn', 'message', 'severity', 'blockId', 'evidence'];

const [oldArg, newArg, ...folderArgs] = process.argv.slice(2);
if (!oldArg || oldArg.startsWith('-')) {
  process.stderr.write('usage: node scripts/compare-findings.mjs OLD_DIST [NEW_DIST [FOLDER...]]   (npm run compare -- OLD_DIST)\n');
  process.exit(2);
}
const cliOf = (dist) => join(resolve(dist), 'cli', 'index.js');
const builds = [oldArg, newArg ?? join(ROOT, 'dist')];
for (const dist of builds) {
  if (!existsSync(cliOf(dist))) {
    process.stderr.write(`compare-findings: ${cliOf(dist)} does not exist: give a dist/ folder (npm run build makes this checkout's)\n`);
    process.exit(2);
  }
}
const defaults = [resolve(ROOT, '../shared/corpus'), join(ROOT, 'examples'), join(ROOT, 'test', 'fixtures')].filter((d) => existsSync(d));
const folders = folderArgs.length > 0 ? folderArgs.map((f) => resolve(f)) : defaults;

const work = mkdtempSync(join(tmpdir(), 'cfl-compare-'));
const configOf = (ruleset) => {
  const path = join(work, `${ruleset}.yaml`);
  writeFileSync(path, `extends: [connect-flow-lint:${ruleset}]\n`);
  return path;
};

/** One build's findings on one folder, each as the JSON text of the compared fields. */
function run(dist, folder, config) {
  const r = spawnSync(process.execPath, [cliOf(dist), '--config', config, '--format', 'json', '--pass-on-no-flows', folder], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30 });
  let findings;
  try {
    findings = r.status === 0 || r.status === 1 ? JSON.parse(r.stdout) : undefined;
  } catch {
    findings = undefined;
  }
  if (!Array.isArray(findings)) {
    process.stderr.write(`compare-findings: ${cliOf(dist)} on ${folder} exited ${r.status ?? r.signal}:\n${r.stderr}\n`);
    rmSync(work, { recursive: true, force: true });
    process.exit(2);
  }
  return findings.map((f) => JSON.stringify(FIELDS.map((k) => f[k] ?? null)));
}

const count = (keys) => keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map());
/** What `a` holds more often than `b`, each key as many times as it is over. */
const extra = (a, b) => [...a].flatMap(([k, n]) => Array(Math.max(0, n - (b.get(k) ?? 0))).fill(k));

let differ = 0;
for (const ruleset of RULESETS) {
  const config = configOf(ruleset);
  for (const folder of folders) {
    const [before, after] = builds.map((dist) => run(dist, folder, config));
    const a = count(before);
    const b = count(after);
    const lines = [...extra(a, b).map((k) => `- ${k}`), ...extra(b, a).map((k) => `+ ${k}`)];
    // Sorted by the finding (file, rule, line...), so a changed finding shows as a -/+ pair.
    lines.sort((x, y) => (x.slice(2) < y.slice(2) ? -1 : x.slice(2) > y.slice(2) ? 1 : x < y ? -1 : 1));
    for (const l of lines) process.stdout.write(`${l}\n`);
    differ += lines.length;
    process.stderr.write(`${ruleset} ${folder}: ${before.length} findings before, ${after.length} after, ${lines.length === 0 ? 'identical' : `${lines.length} differ`}\n`);
  }
}
rmSync(work, { recursive: true, force: true });
process.stderr.write(differ === 0 ? `identical (${FIELDS.join(', ')})\n` : `${differ} findings differ\n`);
process.exit(differ === 0 ? 0 : 1);
