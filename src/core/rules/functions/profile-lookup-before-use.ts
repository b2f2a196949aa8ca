import { analyseProfile, pathWithoutProfile } from '../../analysis/profile.js';
import { blockRef, pathIds } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

export interface ProfileOptions {
  profileLoadedAtEntry?: boolean;
  namespace?: string;
}

export const PROFILE_OPTIONS = {
  profileLoadedAtEntry: {
    type: 'boolean',
    description: 'the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)',
  },
  namespace: { type: 'string', description: 'attribute namespace that holds profile data (default "Customer")' },
} as const;

/** Reads of profile data that some path from the start reaches without a successful profile lookup. */
export const profileLookupBeforeUse = defineFunction<ProfileOptions>({
  name: 'profileLookupBeforeUse',
  options: PROFILE_OPTIONS,
  run: (_target, options, { graph, entry }) => {
    const namespace = options.namespace ?? 'Customer';
    // Known callers decide what the flow starts with; the option covers flows nobody in the repository calls.
    const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
    const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
    const results: RuleResult[] = [];
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
      const edges = pathWithoutProfile(analysis, graph, node) ?? [];
      const unloadedCaller = entry?.callers.find((c) => !c.loaded);
      const enteredFrom = unloadedCaller ? `this flow is entered from ${unloadedCaller.flow} by block "${unloadedCaller.block}" (${unloadedCaller.blockId}) without a loaded profile, and ` : '';
      const why =
        enteredFrom +
        (hasLookup
          ? // The path itself goes to the evidence (a line of its own under the message), not into the sentence.
            `a path from the start reaches it without a successful customer profile lookup`
          : `the flow has no customer profile lookup before it`);
      const refs = fields.map((f) => `$.${namespace}.${f}`);
      const subject = refs.length === 1 ? `${refs[0]} is` : `${refs.slice(0, -1).join(', ')} and ${refs[refs.length - 1]} are`;
      results.push({
        message:
          `${subject} read by ${blockRef(action)} but ${why}, so ${refs.length === 1 ? 'it reads' : 'they read'} as empty. ` +
          `Add a Customer profiles "Get profile" block on that path, or route the lookup's error branches away from this block.`,
        path: [...action.path, 'Identifier'],
        blockId: action.id,
        evidence: pathIds(graph, edges),
        values: { field: fields.join(', ') },
      });
    }
    return results;
  },
});
