import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { DeployBindings } from '../core/repo/link.js';
import { terraformFlows } from '../core/source/terraform.js';

/** A .tf file larger than this is not a flow resource file: it is left out. */
const MAX_TF_BYTES = 2 * 1024 * 1024;

/**
 * The Terraform resources that deploy the flows: the .tf files in each flow file's folder and the folders
 * above it, up to `root` (Terraform's `${path.module}/flows/x.json` sits below its module). Read for linking
 * only; a .tf file that cannot be read is left out (it is not a flow: nothing of it is linted).
 */
export function terraformBindings(flowFiles: readonly string[], root: string, nameOf: (abs: string) => string): DeployBindings {
  const flows = new Map<string, { file: string }>();
  const variables = new Map<string, Map<string, string>>();
  const known = new Set(flowFiles.map((f) => resolve(f)));
  const top = resolve(root);
  const folders = new Set<string>();
  for (const f of flowFiles) {
    for (let d = dirname(resolve(f)); ; d = dirname(d)) {
      if (folders.has(d)) break;
      folders.add(d);
      const r = relative(top, d);
      if (r.startsWith('..') || d === dirname(d) || r === '') break;
    }
  }
  for (const dir of folders) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (!e.isFile() || !e.name.endsWith('.tf')) continue;
      const tf = join(dir, e.name);
      let text: string;
      try {
        if (lstatSync(tf).size > MAX_TF_BYTES) continue;
        text = readFileSync(tf, 'utf8');
      } catch {
        continue;
      }
      for (const r of terraformFlows(text)) {
        if (r.file === undefined) continue;
        const abs = resolve(dir, r.file.split('/').join(sep));
        if (!known.has(abs)) continue;
        const file = nameOf(abs);
        flows.set(r.address, { file });
        if (r.name !== undefined && !flows.has(r.name)) flows.set(r.name, { file });
        if (r.variables.size > 0) variables.set(file, new Map(r.variables));
      }
    }
  }
  return { flows, variables };
}
