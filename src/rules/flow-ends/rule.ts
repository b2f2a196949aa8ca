import { hasEvidence } from '../../connect/actions.js';
import type { Action } from '../../core/model/flow.js';
import { defineRule } from '../api.js';

/** Queue and hold flows loop on purpose: they play prompts until an agent takes the contact. */
const LOOPING_FLOW_TYPES = ['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'AGENT_HOLD'];

/**
 * Non-terminal blocks with no transition at all, and loops a contact can enter but never leave: either way
 * the contact stops there (or circles forever), and the caller hears silence.
 */
export default defineRule<{ endlessLoopsAllowedIn?: string[] }>({
  meta: {
    id: 'flow-ends',
    description: 'Every block that does not end the contact has somewhere to go.',
    severity: 'error',
    functionName: 'flowEnds',
    options: {
      type: 'object',
      properties: {
        endlessLoopsAllowedIn: {
          type: 'array',
          items: { type: 'string' },
          description: `flow types in which a loop without an exit is by design (default ${JSON.stringify(LOOPING_FLOW_TYPES)})`,
        },
      },
      additionalProperties: false,
    },
    messages: {
      noTransition: '{{block}} has no transition, so a contact that reaches it goes nowhere: set its NextAction, or end the path with a Disconnect block.',
      // The loop's blocks are the evidence (a line of their own under the message), not part of the sentence.
      endlessLoop: '{{block}} starts a loop with no way out to a Disconnect, a transfer or the flow\'s end: give it an exit, e.g. a Loop block\'s "Complete" branch.',
    },
  },
  check({ flow, graph, options, report }) {
    const isEnd = (a: Action): boolean => {
      const spec = a.spec;
      return spec?.terminal === true || spec?.mayHaveNoNext === true || spec?.endsOnSuccess === true;
    };
    for (const a of flow.actions) {
      // A type the table has no evidenced entry for may end the contact by itself: silence when unsure.
      if (a.transitions.length === 0 && a.type !== '' && hasEvidence(a.spec) && !isEnd(a)) report({ messageId: 'noTransition', data: (n) => ({ block: n.ref(a) }), block: a });
    }

    if (graph.entry < 0 || (flow.flowType !== undefined && (options.endlessLoopsAllowedIn ?? LOOPING_FLOW_TYPES).includes(flow.flowType))) return;
    // Blocks that can still reach an end: backwards from every end (and every dead end, already reported,
    // and every transition to a missing block, which transition-target-exists reports).
    const canEnd = new Uint8Array(graph.size);
    const stack: number[] = [];
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      let missingTarget = false;
      for (let ti = 0, transitionList = a.transitions; ti < transitionList.length; ti++) {
        const t = transitionList[ti]!;
        if (t.to < 0) missingTarget = true;
      }
      if (isEnd(a) || a.transitions.length === 0 || missingTarget || a.type === '' || !hasEvidence(a.spec)) {
        canEnd[a.index] = 1;
        stack.push(a.index);
      }
    }
    const { start, from } = graph.predecessors();
    while (stack.length > 0) {
      const n = stack.pop()!;
      for (let k = start[n]!; k < start[n + 1]!; k++) {
        const p = from[k]!;
        if (canEnd[p]) continue;
        canEnd[p] = 1;
        stack.push(p);
      }
    }
    // Most flows trap nothing: the search below runs only when some reachable block cannot reach an end.
    const reachable = graph.reachable();
    let anyTrapped = false;
    for (let n = 0; n < graph.size && !anyTrapped; n++) anyTrapped = reachable[n] === 1 && canEnd[n] === 0;
    // Report the first trapped block on the way from the start: where the contact enters the loop.
    let trapped: Action | undefined;
    const seen = new Uint8Array(graph.size);
    const queue = [graph.entry];
    seen[graph.entry] = 1;
    for (let head = 0; anyTrapped && head < queue.length && !trapped; head++) {
      const n = queue[head]!;
      if (!canEnd[n]) trapped = flow.actions[n];
      for (let ei = 0, edgeList = graph.out[n]!; ei < edgeList.length; ei++) {
        const e = edgeList[ei]!;
        if (seen[e.to]) continue;
        seen[e.to] = 1;
        queue.push(e.to);
      }
    }
    if (trapped) {
      const loop: string[] = [];
      for (let n: number | undefined = trapped.index, k = 0; n !== undefined && k < 6; k++) {
        loop.push(flow.actions[n]!.id);
        n = graph.out[n]!.find((e) => !canEnd[e.to])?.to;
        if (n === trapped.index) break;
      }
      report({
        messageId: 'endlessLoop',
        data: (n) => ({ block: n.ref(trapped) }),
        block: trapped,
        evidence: loop,
      });
    }
  },
});
