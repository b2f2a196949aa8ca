import { allowedInFlowType, hasEvidence } from '../../connect/actions.js';
import { blockRef } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';

const CANNOT = '{{block}} is a {{type}} block, which a flow of type {{flowType}} cannot use';
const CONSEQUENCE =
  ': the service rejects the flow, or the block fails when a contact reaches it. Move this step to a flow of the right type, or check that the flow was imported as the right type.';

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
    messages: {
      notAllowed: `${CANNOT} (it is allowed in {{allowed}})${CONSEQUENCE}`,
      // allowedInFlowType is false only for a type with a list of flow types, so this one is defensive.
      notAllowedNoList: `${CANNOT}${CONSEQUENCE}`,
    },
  },
  check({ flow, options, report }) {
    const flowType = flow.flowType ?? options.flowType;
    if (flowType === undefined) return;
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      // The restriction is the reference page's (exports can widen it, never narrow it); no page, no finding.
      if (!hasEvidence(a.spec) || allowedInFlowType(a.type, flowType) !== false) continue;
      const allowed = a.spec?.flowTypes;
      const data = { block: blockRef(a), type: a.type, flowType };
      const found = { block: a, path: [...a.path, 'Type'], facts: { flowType } } as const;
      if (Array.isArray(allowed)) report({ ...found, messageId: 'notAllowed', data: { ...data, allowed: allowed.join(', ') } });
      else report({ ...found, messageId: 'notAllowedNoList', data });
    }
  },
});
