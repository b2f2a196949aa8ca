import { LEGACY_ACTION_TYPES } from '../../../connect/actions.js';
import { closest } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';
import { ACTIONS } from '../../../connect/actions.js';

/** Block types the flow language does not have: legacy designer names, typos, invented types. */
export const knownActionType = defineFunction<{ allow?: string[] }>({
  name: 'knownActionType',
  options: { allow: { type: 'string[]', description: 'action types to accept although the table does not know them (types newer than this release)' } },
  run: (_target, options, { flow }) => {
    const results: RuleResult[] = [];
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      if (a.type === '' || a.spec || options.allow?.includes(a.type)) continue;
      const legacy = Object.hasOwn(LEGACY_ACTION_TYPES, a.type) ? LEGACY_ACTION_TYPES[a.type] : undefined;
      const near = legacy === undefined ? closest(a.type, Object.keys(ACTIONS)) : undefined;
      const fix =
        legacy !== undefined
          ? legacy
            ? `it is a legacy designer name: the flow language calls this block "${legacy}"`
            : 'it is a legacy designer name with no flow-language equivalent: rebuild that step with current blocks'
          : near
            ? `did you mean "${near}"?`
            : 'use a flow-language action type (re-export the flow from the current designer)';
      results.push({
        message: `block "${a.id}" has the type "${a.type}", which the Amazon Connect flow language does not have, so the service rejects the flow at import: ${fix}${fix.endsWith('?') ? '' : '.'}`,
        path: [...a.path, 'Type'],
        blockId: a.id,
        values: { type: a.type },
      });
    }
    return results;
  },
});
