import type { ConfigPattern } from '../../core/config/pattern.js';
import { StringWalker } from '../../core/json/walk.js';
import type { Action } from '../../core/model/flow.js';
import { defineRule } from '../api.js';

// An ARN that carries a 12-digit account id: it names one account's resource.
const ACCOUNT_ARN = /arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:[^\s"',]*/g;

const PARAMETERS = ['Parameters'];

/** The 12-digit account of an ARN ACCOUNT_ARN matched: its fifth field. */
const accountOf = (arn: string): string => arn.split(':')[4]!;

/** Account- or instance-specific ARNs in block parameters. */
export default defineRule<{ allow?: ConfigPattern[] }>({
  meta: {
    id: 'no-hardcoded-arn',
    description: 'Parameters hold no account-specific ARNs.',
    severity: 'warn',
    functionName: 'noHardcodedArn',
    options: {
      type: 'object',
      properties: {
        allow: { type: 'array', items: { type: 'string', format: 'regex' }, description: 'ARNs matching any of these patterns are accepted' },
      },
      additionalProperties: false,
    },
    messages: {
      // One sentence: the ARN itself is at the finding's position (and in its identity), its account says why.
      hardcoded:
        '{{block}} hard-codes account {{account}}\'s ARN in "{{key}}", which breaks in other accounts: use a deployment placeholder or a contact attribute.',
    },
  },
  check({ flow, options, report }) {
    let action: Action | undefined;
    const walker = new StringWalker((text, at) => {
      if (!text.includes('arn:')) return;
      // Every ARN in the value counts: an allowed one must not hide a second, hard-coded one.
      for (const m of text.matchAll(ACCOUNT_ARN)) {
        if (options.allow?.some((re) => re.test(m[0]))) continue;
        const path = at.path();
        const key = [...path].reverse().find((k) => typeof k === 'string') ?? 'Parameters';
        report({ messageId: 'hardcoded', data: (n) => ({ block: n.ref(action!), account: n.text(accountOf(m[0])), key: n.text(String(key), 0.6) }), block: action!, path, facts: { arn: m[0] } });
      }
    });
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      action = a;
      walker.walk(a.parameters, a.path, PARAMETERS);
    }
  },
});
