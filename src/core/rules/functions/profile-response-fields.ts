import { analyseProfile, ENTRY_PROFILE, fieldProvided, lookupsLacking } from '../../analysis/profile.js';
import { PROFILE_OBJECT_TYPES } from '../../../connect/actions.js';
import { blockRef, typedBlockRef } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';
import { PROFILE_OPTIONS, type ProfileOptions } from './profile-lookup-before-use.js';

/** Lookups named in one message, and listed in its evidence. */
const MAX_NAMED = 10;
const MAX_EVIDENCE = 100;

/** Reads of profile fields that the last lookup on some path did not request. */
export const profileResponseFields = defineFunction<ProfileOptions & { entryFields?: string[] }>({
  name: 'profileResponseFields',
  options: {
    ...PROFILE_OPTIONS,
    entryFields: {
      type: 'string[]',
      description: 'with profileLoadedAtEntry: the fields the profile loaded before this flow holds (default: any field)',
    },
  },
  run: (_target, options, { graph, entry }) => {
    const namespace = options.namespace ?? 'Customer';
    const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
    const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
    // What the profile loaded before this flow holds: from the callers when known, else the option.
    const entryFields = entry ? (entry.fields === 'any' ? undefined : entry.fields) : options.entryFields;
    const actions = graph.flow.actions;
    const results: RuleResult[] = [];
    const reported = new Set<string>();
    for (const read of analysis.reads) {
      const state = analysis.states[read.action.index];
      // Unloaded reads belong to profile-lookup-before-use; one defect, one finding.
      if (!state || !state.loaded) continue;
      // Objects and calculated attributes come from their own blocks, not from ProfileResponseData.
      const head = read.field.split('.')[0] ?? '';
      if (PROFILE_OBJECT_TYPES.includes(head) || head === 'CalculatedAttributes') continue;
      const key = `${read.action.index}\u0000${read.field}`;
      if (reported.has(key)) continue;
      const missing = lookupsLacking(graph, state, read.field, entryFields);
      if (missing.length === 0) continue;
      reported.add(key);
      const lacking = entry?.callers.filter((c) => c.fields !== 'any' && !fieldProvided(read.field, c.fields)) ?? [];
      const beforeFlow = lacking.length > 0 ? `the lookup before this flow (in ${lacking.map((c) => `${c.flow}, reached by block "${c.block}" (${c.blockId})`).join('; ')})` : 'the profile loaded before this flow (entryFields)';
      // A hostile flow can have thousands of lookups on a read's paths: name a few, count the rest.
      const shown = missing.slice(0, MAX_NAMED);
      // A Create or Update block loads the profile it writes: it is named as what it is, so the fix (its own
      // ProfileResponseData) is not taken for "add a Get profile block".
      const writers = shown.filter((l) => l !== ENTRY_PROFILE && actions[l]!.type !== 'GetCustomerProfile');
      const blocks = shown.map((l) => (l === ENTRY_PROFILE ? beforeFlow : writers.length > 0 ? typedBlockRef(actions[l]!) : blockRef(actions[l]!)));
      if (missing.length > shown.length) blocks.push(`${missing.length - shown.length} more`);
      const subject =
        writers.length === 0
          ? blocks.length === 1 ? `lookup ${blocks[0]} does` : `lookups ${blocks.join(', ')} do`
          : blocks.length === 1 ? `${blocks[0]} does` : `${blocks.join(', ')} do`;
      results.push({
        message:
          `$.${namespace}.${read.field} is read by ${blockRef(read.action)} but ${subject} not request "${read.field}" in ProfileResponseData, ` +
          `so on that path it reads as an empty string. Add "${read.field}" to the response fields of ${blocks.length === 1 ? 'that block' : 'those blocks'}` +
          (writers.length > 0 ? ` (a Create or Update profile block loads the profile it writes with the fields it requests: no Get profile block is needed).` : '.'),
        path: [...read.action.path, 'Identifier'],
        blockId: read.action.id,
        evidence: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, MAX_EVIDENCE).map((l) => actions[l]!.id),
        // The lookups are the evidence, not a path through the flow.
        evidenceKind: 'blocks',
        related: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, MAX_EVIDENCE).map((l) => ({ blockId: actions[l]!.id, message: `customer profile lookup ${blockRef(actions[l]!)} does not request "${read.field}" in ProfileResponseData` })),
        values: { field: read.field },
      });
    }
    return results;
  },
});
