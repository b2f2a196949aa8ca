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

  it('runs on the files that can hold a flow, and lints the whole repository in one process', () => {
    const hook = hooks[0]!;
    // pre-commit matches with Python's re.search; this pattern means the same in JavaScript.
    const files = new RegExp(hook.files);
    for (const f of ['flows/inbound.json', 'cfn/connect.yaml', 'cfn/connect.yml', 'stack.template', 'tf/flow.tftpl']) expect(files.test(f), f).toBe(true);
    for (const f of ['README.md', 'src/index.ts', 'flows/notes.txt', 'x.json.bak']) expect(files.test(f), f).toBe(false);
    expect(hook.pass_filenames).toBe(false);
    expect(hook.require_serial).toBe(true);
  });
});
