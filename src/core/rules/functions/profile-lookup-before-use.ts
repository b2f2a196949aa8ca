import { analyseProfile, pathWithoutProfile } from '../../analysis/profile.js';
import { blockRef, describePath, pathIds } from '../describe.js';
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
  run: (_target, options, { graph }) => {
    const namespace = options.namespace ?? 'Customer';
    const analysis = analyseProfile(graph, { loadedAtEntry: options.profileLoadedAtEntry === true, namespace });
    const results: RuleResult[] = [];
    const reported = new Set<string>();
    const hasLookup = graph.flow.actions.some((a) => analysis.lookups.has(a.index));
    for (const read of analysis.reads) {
      const state = analysis.states[read.action.index];
      if (!state || state.loaded) continue;
      const key = `${read.action.index}\u0000${read.field}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const edges = pathWithoutProfile(analysis, graph, read.action.index) ?? [];
      const why = hasLookup
        ? `the path ${describePath(graph, edges)} reaches it without a successful customer profile lookup`
        : 'the flow has no customer profile lookup before it';
      results.push({
        message:
          `$.${namespace}.${read.field} is read by ${blockRef(read.action)} but ${why}, so it reads as empty. ` +
          `Add a Customer profiles "Get profile" block on that path, or route the lookup's error branches away from this block.`,
        path: [...read.action.path, 'Identifier'],
        blockId: read.action.id,
        evidence: pathIds(graph, edges),
        values: { field: read.field },
      });
    }
    return results;
  },
});
