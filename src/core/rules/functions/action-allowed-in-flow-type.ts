import { allowedInFlowType, hasEvidence } from '../../../connect/actions.js';
import { fitMessage } from '../describe.js';
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
      const where = Array.isArray(allowed) ? ` (only in ${allowed.join(', ')})` : '';
      results.push({
        // The service rejects the flow, or the block fails when a contact reaches it; the fix is the same.
        message: fitMessage((n) =>
          n.level === 0
            ? `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow${where}: move the step to an allowed flow type.`
            : `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow: move the step to an allowed flow type, or fix this flow's type.`,
        ),
        path: [...a.path, 'Type'],
        blockId: a.id,
        values: { flowType },
      });
    }
    return results;
  },
});
