import { allowedInFlowType, hasEvidence } from '../../connect/actions.js';
import { fitMessage } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';


/** Actions the flow's type does not allow (a queue transfer in a whisper flow, say). */
export default defineRule<{ flowType?: string }>({
  meta: {
    id: 'action-allowed-in-flow-type',
    description: "Every block is allowed in the flow's type (no queue transfer in a whisper flow).",
    severity: 'error',
    functionName: 'actionAllowedInFlowType',
    options: {
      type: 'object',
      properties: {
        flowType: {
          type: 'string',
          description: 'the flow type for files whose wrapper or metadata does not say (CONTACT_FLOW, CUSTOMER_QUEUE, AGENT_WHISPER, MODULE...); set it per folder with overrides',
        },
      },
      additionalProperties: false,
    },
    // Built in check(): the list of allowed flow types is named only when the sentence fits at full detail.
    messages: {},
  },
  check({ flow, options, report }) {
    const flowType = flow.flowType ?? options.flowType;
    if (flowType === undefined) return;
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      // The restriction is the reference page's (exports can widen it, never narrow it); no page, no finding.
      if (!hasEvidence(a.spec) || allowedInFlowType(a.type, flowType) !== false) continue;
      const allowed = a.spec?.flowTypes;
      const where = Array.isArray(allowed) ? ` (only in ${allowed.join(', ')})` : '';
      // The service rejects the flow, or the block fails when a contact reaches it; the fix is the same.
      const message = fitMessage((n) =>
        n.level === 0
          ? `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow${where}: move the step to an allowed flow type.`
          : `${n.ref(a)}: ${a.type} is not allowed in a ${n.text(flowType, 0.75)} flow: move the step to an allowed flow type, or fix this flow's type.`,
      );
      report({ block: a, path: [...a.path, 'Type'], facts: { flowType }, message });
    }
  },
});
