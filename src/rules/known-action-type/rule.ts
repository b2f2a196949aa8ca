import { ACTIONS, LEGACY_ACTION_TYPES } from '../../connect/actions.js';
import { closest, shortId } from '../../core/rules/describe.js';
import { defineRule, type Names } from '../api.js';

const TYPES = Object.keys(ACTIONS);

function nearType(type: string): string | undefined {
  const lower = type.toLowerCase();
  return TYPES.find((t) => t.toLowerCase() === lower) ?? closest(type, TYPES, 2);
}

const REJECTED = 'block "{{id}}" has the type "{{type}}", which the flow language does not have, so the import fails: ';

/** Block types the flow language does not have: legacy designer names, typos, invented types. */
export default defineRule<{ allow?: string[] }>({
  meta: {
    id: 'known-action-type',
    description: 'Every block type exists in the Amazon Connect flow language.',
    severity: 'error',
    functionName: 'knownActionType',
    options: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { type: 'string' }, description: 'action types to accept although the table does not know them (types newer than this release)' },
      },
      additionalProperties: false,
    },
    messages: {
      legacy: `${REJECTED}the flow language calls this block "{{legacy}}".`,
      legacyWithoutEquivalent: `${REJECTED}it is a legacy name with no flow-language equivalent: rebuild that step with current blocks.`,
      nearMiss: `${REJECTED}did you mean "{{near}}"?`,
      unknown: `${REJECTED}re-export the flow from the current designer.`,
    },
  },
  check({ flow, options, report }) {
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      if (a.type === '' || a.spec || options.allow?.includes(a.type)) continue;
      const legacy = Object.hasOwn(LEGACY_ACTION_TYPES, a.type) ? LEGACY_ACTION_TYPES[a.type] : undefined;
      // A spelling hint only for a near miss (letter case, or one or two edits): a looser match names a block
      // that does something else (TransferToQueue is not TransferToFlow); block names have their real type above.
      const near = legacy === undefined ? nearType(a.type) : undefined;
      const found = { block: a, path: [...a.path, 'Type'], facts: { type: a.type } } as const;
      const data = (n: Names) => ({ id: shortId(a.id), type: n.text(a.type) });
      if (legacy !== undefined) report(legacy ? { ...found, messageId: 'legacy', data: (n) => ({ ...data(n), legacy }) } : { ...found, messageId: 'legacyWithoutEquivalent', data });
      else if (near) report({ ...found, messageId: 'nearMiss', data: (n) => ({ ...data(n), near }) });
      else report({ ...found, messageId: 'unknown', data });
    }
  },
});
