import { analyseProfile, isProfileLookup, pathWithoutProfile } from '../../core/analysis/profile.js';
import type { Edge, PathEnds, RoutingGraph } from '../../core/graph/routing-graph.js';
import type { Action } from '../../core/model/flow.js';
import { blockRef, fitMessage, pathIds, shortId, type Names } from '../../core/rules/describe.js';
import { PROFILE_OPTIONS, type ProfileOptions } from '../../core/rules/profile-options.js';
import { defineRule } from '../api.js';

/** The profile block whose error branch the path took last (of the edges the path kept), if any. */
function lastFailedProfileBlock(graph: RoutingGraph, path: PathEnds): Action | undefined {
  for (const part of [path.tail, path.head]) {
    for (let k = part.length - 1; k >= 0; k--) {
      const e = part[k]!;
      if (e.kind === 'error' && isProfileLookup(graph.flow.actions[e.from]!)) return graph.flow.actions[e.from]!;
    }
  }
  return undefined;
}

/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
export default defineRule<ProfileOptions>({
  meta: {
    id: 'profile-lookup-before-use',
    description: 'Profile data is read only after a successful customer profile lookup on every path.',
    severity: 'error',
    functionName: 'profileLookupBeforeUse',
    options: { type: 'object', properties: PROFILE_OPTIONS, additionalProperties: false },
    // The message is built by code (a list of fields, the reason and the fix vary): see check.
    messages: {},
  },
  check({ graph, entry, options, report }) {
    const namespace = options.namespace ?? 'Customer';
    // Known callers decide what the flow starts with; the option covers flows nobody in the repository calls.
    const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
    const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
    const hasLookup = analysis.lookups.size > 0;
    // One finding per block: its unloaded reads share the path that shows the defect.
    const unloaded = new Map<number, string[]>();
    for (const read of analysis.reads) {
      const state = analysis.states[read.action.index];
      if (!state || state.loaded) continue;
      const fields = unloaded.get(read.action.index) ?? [];
      if (!fields.includes(read.field)) fields.push(read.field);
      unloaded.set(read.action.index, fields);
    }
    for (const [node, fields] of unloaded) {
      const action = graph.flow.actions[node]!;
      const edges = pathWithoutProfile(analysis, graph, node) ?? { head: [], skipped: 0, tail: [] };
      const unloadedCaller = entry?.callers.find((c) => !c.loaded);
      // The fix depends on the block that failed on the path: a failed Create or Update wants its error
      // branch routed elsewhere, not another Get in front of it.
      const failed = lastFailedProfileBlock(graph, edges);
      // One sentence: what is read, by which block, why it is empty, the fix. The path itself goes to the
      // evidence (a line of its own under the message), the callers to the block's place in their flows.
      const message = fitMessage((n: Names) => {
        const refs = fields.map((f) => `$.${n.text(namespace, 0.5)}.${n.text(f, 0.75)}`);
        const subject = refs.length === 1 ? refs[0] : `${refs[0]} (+${refs.length - 1} more)`;
        const why = unloadedCaller
          ? unloadedCaller.module
            ? `as a module does not see the profile its caller ${n.text(unloadedCaller.flow, 0.6)} (${shortId(unloadedCaller.blockId)}) loaded`
            : `as its caller ${n.text(unloadedCaller.flow, 0.6)} (${shortId(unloadedCaller.blockId)}) enters it without a profile`
          : hasLookup
            ? 'on a path where no profile lookup succeeds'
            : 'as no profile lookup is before it';
        const fix =
          failed && failed.type !== 'GetCustomerProfile'
            ? `route ${n.typed(failed)}'s error branch away from it`
            : hasLookup && !unloadedCaller
              ? 'add a "Get profile" block, or route the lookup\'s error branch away'
              : 'add a "Get profile" block before it';
        return `${subject} read by ${n.ref(action)} ${refs.length === 1 ? 'is' : 'are'} empty ${why}: ${fix}.`;
      });
      report({
        message,
        block: action,
        evidence: pathIds(graph, edges),
        // The lookups the path passes by their error branches: where the profile should have been loaded.
        related: (Array.isArray(edges) ? (edges as readonly Edge[]) : [...(edges as PathEnds).head, ...(edges as PathEnds).tail])
          .filter((e) => analysis.lookups.has(e.from))
          .slice(0, 10)
          .map((e) => ({ blockId: graph.flow.actions[e.from]!.id, message: `customer profile lookup ${blockRef(graph.flow.actions[e.from]!)}: the path leaves it by its "${e.label}" branch, with no profile loaded` })),
        facts: { field: fields.join(', ') },
      });
    }
  },
});
