import { flag } from '../../core/analysis/path-facts.js';
import type { Action } from '../../core/model/flow.js';
import { defineRule } from '../api.js';

/** A prompt offering a key: "press 1", "Press one", "dial 2", "select 3" (not "press any key"). */
const MENU_OPTION = /\b(?:press|dial|select|enter|choose)\s+(?:[0-9*#]|one|two|three|four|five|six|seven|eight|nine|zero|star|pound|hash)\b/i;

function promptText(a: Action): string {
  const p = a.parameters;
  const text = (k: string): string => (Object.hasOwn(p, k) && typeof p[k] === 'string' ? (p[k] as string) : '');
  return `${text('Text')} ${text('SSML')}`;
}

/**
 * A "Get customer input" block used as a menu (GetParticipantInput that does not store the input) with no
 * conditions: every key press is "no matching condition", so it takes that error branch. A menu is known by
 * its prompt offering keys; silent when the key press cannot change the route (the no-match branch goes
 * where the timeout goes: "press 1 to skip"), and for blocks no path reaches.
 */
export default defineRule({
  meta: {
    id: 'input-menu-conditions',
    description: 'A "Get customer input" block used as a menu has a condition for its options.',
    severity: 'warn',
    functionName: 'inputMenuConditions',
    messages: {
      noConditions: '{{block}} offers a menu ("{{offered}}") but has no conditions, so every key press takes NoMatchingCondition: add a condition per option, or set StoreInput.',
    },
  },
  check({ graph, report }) {
    const reachable = graph.reachable();
    for (const a of graph.flow.actions) {
      if (a.type !== 'GetParticipantInput' || !reachable[a.index]) continue;
      // Storing the input (Store customer input) is the other use of the block: the digits go to $.StoredCustomerInput.
      if (flag(a, 'StoreInput')) continue;
      // A Lex-driven input block routes by intent, not by key conditions.
      if (Object.hasOwn(a.parameters, 'LexV2Bot') || Object.hasOwn(a.parameters, 'LexBot')) continue;
      if (a.transitions.some((t) => t.kind === 'condition')) continue;
      // Without conditions the block is also "press any key to go on" (a voicemail's stop-recording wait):
      // it is a menu only when its prompt offers keys ("press 1", "dial 2"). Audio prompts say nothing here.
      const offered = promptText(a).match(MENU_OPTION);
      if (!offered) continue;
      const noMatch = a.transitions.find((t) => t.kind === 'error' && t.errorType === 'NoMatchingCondition');
      const timeout = a.transitions.find((t) => t.kind === 'error' && t.errorType === 'InputTimeLimitExceeded');
      if (noMatch && timeout && noMatch.target === timeout.target) continue;
      report({ messageId: 'noConditions', data: (n) => ({ block: n.ref(a), offered: n.text(offered[0]!, 0.5) }), block: a });
    }
  },
});
