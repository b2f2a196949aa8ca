#!/usr/bin/env node
// Compares the findings of two builds of the CLI on the same files (a refactoring must not change them).
//
//   node bench/compare-findings.mjs OLD_DIST NEW_DIST [--rules a,b] [--ignore a,b] PATH...
//
// Runs OLD_DIST/cli/index.js and NEW_DIST/cli/index.js --format json on each PATH, as separate processes,
// and prints every finding only one of them reports (by file, rule, line, column, block and message).
// --rules keeps only those rules; --ignore leaves those out (say, a rule added by the new build).
// Exit 0 when identical, 1 when they differ, 2 when a run failed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { rules: { type: 'string' }, ignore: { type: 'string' } } });
const [oldDist, newDist, ...paths] = positionals;
if (!oldDist || !newDist || paths.length === 0) {
  process.stderr.write('usage: node bench/compare-findings.mjs OLD_DIST NEW_DIST [--rules a,b] [--ignore a,b] PATH...\n');
  process.exit(2);
}
const only = opt.rules ? new Set(opt.rules.split(',')) : undefined;
const ignore = new Set(opt.ignore ? opt.ignore.split(',') : []);

function run(dist, path) {
  const r = spawnSync(process.execPath, [resolve(dist, 'cli', 'index.js'), '--format', 'json', path], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`${dist} on ${path}: exit ${r.status}\n${r.stderr}\n`);
    process.exit(2);
  }
  const keep = (f) => (!only || only.has(f.ruleId)) && !ignore.has(f.ruleId);
  return JSON.parse(r.stdout).filter(keep).map((f) => JSON.stringify([f.file, f.ruleId, f.severity, f.line, f.column, f.blockId, f.message, f.evidence]));
}

let differ = 0;
for (const path of paths) {
  const before = run(oldDist, path);
  const after = run(newDist, path);
  const count = (list) => list.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map());
  const a = count(before);
  const b = count(after);
  for (const [k, n] of a) for (let i = (b.get(k) ?? 0); i < n; i++, differ++) process.stdout.write(`- ${k}\n`);
  for (const [k, n] of b) for (let i = (a.get(k) ?? 0); i < n; i++, differ++) process.stdout.write(`+ ${k}\n`);
  process.stderr.write(`${path}: ${before.length} findings before, ${after.length} after\n`);
}
process.stderr.write(differ === 0 ? 'identical\n' : `${differ} findings differ\n`);
process.exit(differ === 0 ? 0 : 1);
