// Rewrites the `--list-rules` block of README.md with the CLI's output (test/rule-flags.test.ts checks they match).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const out = execFileSync(process.execPath, [new URL('dist/cli/index.js', root).pathname, '--list-rules'], { encoding: 'utf8' });
const readme = readFileSync(new URL('README.md', root), 'utf8');
const start = readme.indexOf('rule                         recommended');
const end = readme.indexOf('```', start);
if (start < 0 || end < 0) throw new Error('README.md has no --list-rules block');
writeFileSync(new URL('README.md', root), readme.slice(0, start) + out + readme.slice(end));
