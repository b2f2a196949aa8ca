import { LEGACY_ACTION_TYPES } from '../../../connect/actions.js';
import { closest, fitMessage, shortId } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';
import { ACTIONS } from '../../../connect/actions.js';

const TYPES = Object.keys(ACTIONS);

function nearType(type: string): string | undefined {
  const lower = type.toLowerCase();
  return TYPES.find((t) => t.toLowerCase() === lower) ?? closest(type, TYPES, 2);
}

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
      // A spelling hint only for a near miss (letter case, or one or two edits): a looser match names a block
      // that does something else (TransferToQueue is not TransferToFlow); block names have their real type above.
      const near = legacy === undefined ? nearType(a.type) : undefined;
      const fix =
        legacy !== undefined
          ? legacy
            ? `the flow language calls this block "${legacy}".`
            : 'it is a legacy name with no flow-language equivalent: rebuild that step with current blocks.'
          : near
            ? `did you mean "${near}"?`
            : 're-export the flow from the current designer.';
      results.push({
        message: fitMessage((n) => `block "${shortId(a.id)}" has the type "${n.text(a.type)}", which the flow language does not have, so the import fails: ${fix}`),
        path: [...a.path, 'Type'],
        blockId: a.id,
        values: { type: a.type },
      });
    }
    return results;
  },
});
