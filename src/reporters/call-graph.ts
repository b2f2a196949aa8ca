import type { FlowSummary, RepositoryLinks } from '../core/repo/link.js';
import { dotString } from './graph-formats.js';
import { clip, escapeLabel } from './mermaid.js';

const KIND_LABEL = { flow: 'transfer', module: 'module', hook: 'event' } as const;

export interface CallGraphOptions {
  /** Flows to highlight (the ones a pull request changed), by file. */
  readonly highlight?: ReadonlySet<string>;
  /** Draw only these flows and their direct callers and callees (by summary index). */
  readonly around?: ReadonlySet<number>;
  readonly maxNodes?: number;
}

const title = (s: FlowSummary): string => (s.name !== undefined ? `${s.name} · ${s.file}` : s.file);

/** Which flows call which, as a Mermaid flowchart: transfers solid, modules thick, event flows dotted, missing targets red. */
export function callGraphMermaid(summaries: readonly FlowSummary[], links: RepositoryLinks, options: CallGraphOptions = {}): { text: string; note?: string } {
  const max = options.maxNodes ?? 80;
  let shown = summaries.map((_, i) => i).filter((i) => summaries[i]!.references.length > 0 || links.calls.some((c) => c.to === i));
  if (options.around) {
    const near = new Set(options.around);
    for (const c of links.calls) {
      if (options.around.has(c.from)) near.add(c.to);
      if (options.around.has(c.to)) near.add(c.from);
    }
    shown = shown.filter((i) => near.has(i));
  }
  const omitted = Math.max(0, shown.length - max);
  shown = shown.slice(0, max);
  const inShown = new Set(shown);
  const lines = ['flowchart LR'];
  for (const i of shown) {
    const s = summaries[i]!;
    const cls = options.highlight?.has(s.file) ? ':::changed' : '';
    lines.push(`  f${i}["${escapeLabel(clip(title(s), 70))}"]${cls}`);
  }
  const drawn = new Set<string>();
  let missing = 0;
  summaries.forEach((s, i) => {
    if (!inShown.has(i)) return;
    s.references.forEach((r, k) => {
      const res = links.resolutions[i]![k]!;
      const label = r.kind === 'hook' ? `${KIND_LABEL.hook} ${r.hook ?? ''}`.trim() : KIND_LABEL[r.kind];
      const arrow = r.kind === 'module' ? '==>' : r.kind === 'hook' ? '-.->' : '-->';
      if (res.status === 'resolved') {
        if (!inShown.has(res.target)) return;
        const key = `${i}>${res.target}>${label}`;
        if (drawn.has(key)) return;
        drawn.add(key);
        lines.push(`  f${i} ${arrow}|"${escapeLabel(label)}"| f${res.target}`);
      } else if (res.status === 'unresolved') {
        const m = `m${missing++}`;
        lines.push(`  ${m}["${escapeLabel(clip(`missing: ${r.nameHint ?? r.value}`, 70))}"]:::missing`);
        lines.push(`  f${i} ${arrow}|"${escapeLabel(label)}"| ${m}`);
      }
    });
  });
  lines.push('  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#1f2328', '  classDef missing fill:#ffebe9,stroke:#cf222e,stroke-dasharray:5 4,color:#1f2328');
  return { text: `${lines.join('\n')}\n`, ...(omitted > 0 ? { note: `${omitted} more flows not drawn` } : {}) };
}

export function callGraphJson(summaries: readonly FlowSummary[], links: RepositoryLinks): object {
  return {
    flows: summaries.map((s, i) => ({ index: i, file: s.file, name: s.name ?? null, type: s.flowType ?? null })),
    calls: links.calls.map((c) => ({ from: c.from, to: c.to, kind: c.kind, block: c.blockId, ...(c.hook ? { hook: c.hook } : {}) })),
    unresolved: summaries.flatMap((s, i) =>
      s.references.flatMap((r, k) => {
        const res = links.resolutions[i]![k]!;
        return res.status === 'unresolved' ? [{ from: i, block: r.blockId, value: r.value, why: res.why }] : [];
      }),
    ),
  };
}

export function callGraphDot(summaries: readonly FlowSummary[], links: RepositoryLinks): string {
  const lines = ['digraph flows {', '  rankdir=LR;', '  node [shape=box, style=rounded, fontname="Helvetica"];'];
  summaries.forEach((s, i) => lines.push(`  f${i} [label=${dotString(title(s))}];`));
  for (const c of links.calls) lines.push(`  f${c.from} -> f${c.to} [label=${dotString(c.kind === 'hook' ? `event ${c.hook ?? ''}` : KIND_LABEL[c.kind])}${c.kind === 'hook' ? ', style=dashed' : c.kind === 'module' ? ', penwidth=2' : ''}];`);
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
