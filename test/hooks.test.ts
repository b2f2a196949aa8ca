/**
 * The pre-commit framework's hook definition (.pre-commit-hooks.yaml), read as pre-commit reads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
  require_serial?: boolean;
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('defines the connect-flow-lint hook: a node hook whose entry is the package bin', () => {
    expect(hooks.map((h) => h.id)).toEqual(['connect-flow-lint']);
    const hook = hooks[0]!;
    expect(hook.language).toBe('node');
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
  });

  it('runs on the staged files that can hold a flow, in one process', () => {
    const hook = hooks[0]!;
    // pre-commit matches with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files);
    for (const f of ['flows/inbound.json', 'cfn/connect.yaml', 'cfn/connect.yml', 'stack.template', 'tf/flow.tftpl', 'tf/flow.json.tpl']) expect(files.test(f), f).toBe(true);
    for (const f of ['README.md', 'src/index.ts', 'flows/notes.txt', 'x.json.bak']) expect(files.test(f), f).toBe(false);
    // The staged names are passed (pre-commit's default): a named file is linted in its repository.
    expect(hook.pass_filenames).toBeUndefined();
    expect(hook.require_serial).toBe(true);
  });

  it("the README's local hook runs on the same files, the same way", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```yml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/g)].map((m) => parse(m[1]!) as { repos: Array<{ repo: string; rev?: string; hooks: Array<Partial<Hook>> }> });
    expect(blocks.map((b) => b.repos[0]!.repo)).toEqual(['https://github.com/connect-flow-lint/connect-flow-lint', 'local']);
    expect(blocks[0]!.repos[0]!.hooks[0]!.id).toBe(hooks[0]!.id);
    const local = blocks[1]!.repos[0]!.hooks[0]!;
    expect(local.files).toBe(hooks[0]!.files);
    expect(local.pass_filenames).toBeUndefined();
    expect(local.entry).toBe(`npx --no-install ${hooks[0]!.entry}`);
  });
});

