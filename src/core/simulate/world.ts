/**
 * The flows a scenario can reach, linked as the linter links a repository: TransferToFlow and
 * InvokeFlowModule blocks lead where the repository's call graph resolves them. Pure.
 */
import { RoutingGraph } from '../graph/routing-graph.js';
import { buildFlow, type Flow } from '../model/flow.js';
import { linkRepository, summarizeFlow, type FlowSummary, type RepositoryLinks } from '../repo/link.js';
import { readFlowFile } from '../source/read-file.js';
import type { SimFlow, World } from './run.js';

/** A world from the repository pass's summaries and links, with each summary's flow model. */
export function linkedWorld(summaries: readonly FlowSummary[], links: RepositoryLinks, flowOf: (s: FlowSummary) => Flow | undefined): World {
  const flows: SimFlow[] = [];
  const indexOf = new Map<number, number>();
  summaries.forEach((s, i) => {
    const flow = flowOf(s);
    if (!flow) return;
    indexOf.set(i, flows.length);
    flows.push({ file: s.file, ...(s.name !== undefined ? { name: s.name } : {}), flow, ids: s.ids });
  });
  const callees = new Map<string, number>();
  for (const c of links.calls) {
    const from = indexOf.get(c.from);
    const to = indexOf.get(c.to);
    if (from !== undefined && to !== undefined && c.kind !== 'hook') callees.set(`${from}\u0000${c.blockId}`, to);
  }
  return { flows, callee: (flow, blockId) => callees.get(`${flow}\u0000${blockId}`) };
}

/** A world from file texts (tests, the benchmark): read, modelled and linked as the linter does. */
export function worldFromTexts(files: ReadonlyArray<{ file: string; text: string }>): World {
  const summaries: FlowSummary[] = [];
  const models = new Map<FlowSummary, Flow>();
  for (const { file, text } of files) {
    readFlowFile(file, text).flows.forEach((doc, index) => {
      const flow = buildFlow(doc);
      const s = summarizeFlow(flow, new RoutingGraph(flow), index, false);
      summaries.push(s);
      models.set(s, flow);
    });
  }
  return linkedWorld(summaries, linkRepository(summaries), (s) => models.get(s));
}
