/**
 * Checks a scenario's expectations against what the simulator recorded. Each failure is one sentence that
 * names what was expected and what happened ("expected queue general-queue, reached hokkaido-queue"); the
 * notes the run made (a profile field read as "" because the lookup did not request it) are added, so a
 * failure says why.
 */
import type { Action } from '../model/flow.js';
import { blockMatches, blockName, type SimResult, type World } from './run.js';
import type { Expect } from './scenario.js';
import { sameResource, shortId } from './values.js';

export interface Verdict {
  readonly passed: boolean;
  readonly failures: string[];
}

const quote = (s: string): string => JSON.stringify(s);

export function checkExpectations(world: World, result: SimResult, expect: Expect): Verdict {
  const failures: string[] = [];
  const visited = result.steps.map((s) => world.flows[s.flow]!.flow.byId.get(s.blockId)).filter((a): a is Action => a !== undefined);
  const reachable = new Set<number>(result.steps.map((s) => s.flow));
  const known = (ref: string): boolean => [...reachable].some((f) => world.flows[f]!.flow.actions.some((a) => blockMatches(a, ref)));
  const unknownBlock = (ref: string, what: string): string => `${what} ${quote(ref)}: no block of ${[...reachable].map((f) => world.flows[f]!.file).join(', ')} has that Identifier or name`;

  if (result.stopped) failures.push(`the simulation stopped: ${result.stopped}`);

  for (const ref of expect.visits ?? []) {
    if (visited.some((a) => blockMatches(a, ref))) continue;
    failures.push(known(ref) ? `expected to visit ${quote(ref)}, but the contact never reached it` : unknownBlock(ref, 'expected to visit'));
  }
  for (const ref of expect.notVisits ?? []) {
    const hit = visited.find((a) => blockMatches(a, ref));
    if (hit) failures.push(`expected not to visit ${quote(ref)}, but the contact passed ${blockName(hit)}`);
    else if (!known(ref)) failures.push(unknownBlock(ref, 'expected not to visit'));
  }
  if (expect.path) {
    const want = expect.path;
    const n = Math.max(want.length, visited.length);
    for (let i = 0; i < n; i++) {
      const a = visited[i];
      const w = want[i];
      if (a && w !== undefined && blockMatches(a, w)) continue;
      failures.push(`expected path step ${i + 1} to be ${w === undefined ? 'the end' : quote(w)}, but it was ${a ? blockName(a) : 'the end of the run'}`);
      break;
    }
  }
  if (expect.prompts) {
    let at = 0;
    for (let k = 0; k < expect.prompts.length; k++) {
      const p = expect.prompts[k]!;
      const matches = (text: string): boolean => (p.equals !== undefined ? text === p.equals : text.includes(p.contains ?? ''));
      let found = -1;
      for (let i = at; i < result.prompts.length; i++) if (matches(result.prompts[i]!)) {
        found = i;
        break;
      }
      if (found >= 0) {
        at = found + 1;
        continue;
      }
      const what = p.equals !== undefined ? `equal to ${quote(p.equals)}` : `containing ${quote(p.contains ?? '')}`;
      const heard = result.prompts.slice(at);
      failures.push(`expected a prompt ${what}${k > 0 ? ' after the earlier expected prompts' : ''}; the contact heard ${heard.length === 0 ? 'no prompt' : heard.map(quote).join(', ')}`);
      break;
    }
  }
  if (expect.queue !== undefined) {
    if (result.queue === undefined) failures.push(`expected queue ${expect.queue}, but the contact was not queued (${endText(result)})`);
    else if (!sameResource(expect.queue, result.queue)) failures.push(`expected queue ${expect.queue}, reached ${shortId(result.queue)}`);
  }
  for (const [k, v] of Object.entries(expect.attributes ?? {})) {
    const got = result.attributes[k];
    if (got !== v) failures.push(`expected attribute ${k} = ${quote(v)}, ${got === undefined ? 'it was never set' : `it is ${quote(got)}`}`);
  }
  for (const [k, v] of Object.entries(expect.flowAttributes ?? {})) {
    const got = result.flowAttributes[k];
    if (got !== v) failures.push(`expected flow attribute ${k} = ${quote(v)}, ${got === undefined ? 'it was never set' : `it is ${quote(got)}`}`);
  }
  if (expect.ends !== undefined && result.ends !== expect.ends && !result.stopped) failures.push(`expected the contact to end ${expect.ends}, it ${endText(result)}`);

  if (failures.length > 0 && result.notes.length > 0) for (const n of result.notes) failures.push(`note: ${n}`);
  return { passed: failures.length === 0, failures };
}

function endText(r: SimResult): string {
  if (r.stopped) return 'did not finish (the simulation stopped)';
  if (r.ends === 'queued') return `was queued to ${shortId(r.queue ?? r.endDetail ?? '?')}`;
  if (r.ends === 'transferred') return `was transferred${r.endDetail ? ` to ${r.endDetail}` : ''}`;
  return `was ${r.ends ?? 'not ended'}`;
}
