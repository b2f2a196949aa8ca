import { PROFILE_OBJECT_TYPES } from '../../connect/actions.js';
import { analyseProfile, ENTRY_PROFILE, fieldProvided, lookupsLacking } from '../../core/analysis/profile.js';
import { blockRef, fitMessage, shortId, type Names } from '../../core/rules/describe.js';
import { PROFILE_OPTIONS, type ProfileOptions } from '../../core/rules/profile-options.js';
import { defineRule } from '../api.js';

/** Lookups listed in a finding's evidence. */
const MAX_EVIDENCE = 100;

/** Reads of profile fields that the last lookup on some path did not request. */
export default defineRule<ProfileOptions & { entryFields?: string[] }>({
  meta: {
    id: 'profile-response-fields',
    description: 'Every profile field a block reads was requested by the lookup that loaded the profile.',
    severity: 'error',
    functionName: 'profileResponseFields',
    options: {
      type: 'object',
      properties: {
        ...PROFILE_OPTIONS,
        entryFields: {
          type: 'array',
          items: { type: 'string' },
          description: 'with profileLoadedAtEntry: the fields the profile loaded before this flow holds (default: any field)',
        },
      },
      additionalProperties: false,
    },
    // The message is built by code (the block that leaves the field out is named as what it is): see check.
    messages: {},
  },
  check({ graph, entry, options, report }) {
    const namespace = options.namespace ?? 'Customer';
    const loadedAtEntry = entry ? entry.loaded : options.profileLoadedAtEntry === true;
    const analysis = analyseProfile(graph, { loadedAtEntry, namespace });
    // What the profile loaded before this flow holds: from the callers when known, else the option.
    const entryFields = entry ? (entry.fields === 'any' ? undefined : entry.fields) : options.entryFields;
    const actions = graph.flow.actions;
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
      // A hostile flow can have thousands of lookups on a read's paths: name one, count the rest.
      const named = missing[0]!;
      // One sentence: the read, the lookup that leaves the field out, the fix; every such lookup is the evidence.
      const message = fitMessage((n: Names) => {
        const field = `$.${n.text(namespace, 0.5)}.${n.text(read.field, 0.75)}`;
        const block =
          named === ENTRY_PROFILE
            ? lacking.length > 0
              ? `the lookup in ${n.text(lacking[0]!.flow, 0.6)} (${shortId(lacking[0]!.blockId)}) before this flow`
              : 'the profile loaded before this flow (entryFields)'
            : // A Create or Update block loads the profile it writes: named as what it is, so the fix (its own
              // ProfileResponseData) is not taken for "add a Get profile block".
              actions[named]!.type === 'GetCustomerProfile' ? `lookup ${n.ref(actions[named]!)}` : n.typed(actions[named]!);
        const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : '';
        return `${field} read by ${n.ref(read.action)} is empty, as ${block}${more} does not request it: add it to ${more ? 'their' : 'its'} ProfileResponseData.`;
      });
      report({
        message,
        block: read.action,
        evidence: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, MAX_EVIDENCE).map((l) => actions[l]!.id),
        // The lookups are the evidence, not a path through the flow.
        evidenceKind: 'blocks',
        related: missing.filter((l) => l !== ENTRY_PROFILE).slice(0, MAX_EVIDENCE).map((l) => ({ blockId: actions[l]!.id, message: `customer profile lookup ${blockRef(actions[l]!)} does not request "${read.field}" in ProfileResponseData` })),
        facts: { field: read.field },
      });
    }
  },
});
