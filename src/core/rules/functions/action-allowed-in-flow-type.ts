import { allowedInFlowType, hasEvidence } from '../../../connect/actions.js';
import { blockRef } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
export const actionAllowedInFlowType = defineFunction<{ flowType?: string }>({
  name: 'actionAllowedInFlowType',
  options: { flowType: { type: 'string', description: 'the flow type for files whose wrapper or metadata does not say (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, MODULE...); set it per folder with overrides' } },
  run: (_target, options, { flow }) => {
    const flowType = flow.flowType ?? options.flowType;
    if (flowType === undefined) return [];
    const results: RuleResult[] = [];
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      // The restriction is the reference page's (exports can widen it, never narrow it); no page, no finding.
      if (!hasEvidence(a.spec) || allowedInFlowType(a.type, flowType) !== false) continue;
      const allowed = a.spec?.flowTypes;
      const where = Array.isArray(allowed) ? ` (it is allowed in ${allowed.join(', ')})` : '';
      results.push({
        message: `${blockRef(a)} is a ${a.type} block, which a flow of type ${flowType} cannot use${where}: the service rejects the flow, or the block fails when a contact reaches it. Move this step to a flow of the right type, or check that the flow was imported as the right type.`,
        path: [...a.path, 'Type'],
        blockId: a.id,
        values: { flowType },
      });
    }
    return results;
  },
});
