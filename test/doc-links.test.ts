import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** Markdown files a reader follows links between: the README, the docs, every rule's page. */
function markdownFiles(): string[] {
  const out = ['README.md', 'CONTRIBUTING.md'].filter((f) => existsSync(join(ROOT, f)));
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  for (const dir of ['docs', 'rules', 'src/rules']) walk(dir);
  return out;
}

describe('documentation links', () => {
  it('every relative link between the pages leads to a file that exists', () => {
    const broken: string[] = [];
    for (const file of markdownFiles()) {
      const text = readFileSync(join(ROOT, file), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const [, target] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/.test(target!)) continue;
        const abs = join(ROOT, dirname(file), decodeURIComponent(target!));
        if (!existsSync(abs)) broken.push(`${file}: ${target} (${relative(ROOT, abs)})`);
      }
    }
    expect(broken).toEqual([]);
  });
});
