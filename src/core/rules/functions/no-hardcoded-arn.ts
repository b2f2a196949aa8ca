import type { ConfigPattern } from '../../config/pattern.js';
import { StringWalker } from '../../json/walk.js';
import type { Action } from '../../model/flow.js';
import { fitMessage } from '../describe.js';
import { defineFunction, type RuleResult } from '../function.js';

// An ARN that carries a 12-digit account id: it names one account's resource.
const ACCOUNT_ARN = /arn:aws(?:-[a-z]+)*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:[^\s"',]*/g;

const PARAMETERS = ['Parameters'];

/** The 12-digit account of an ARN ACCOUNT_ARN matched: its fifth field. */
const accountOf = (arn: string): string => arn.split(':')[4]!;

/** Account- or instance-specific ARNs in block parameters. */
export const noHardcodedArn = defineFunction<{ allow?: ConfigPattern[] }>({
  name: 'noHardcodedArn',
  options: { allow: { type: 'regex[]', description: 'ARNs matching any of these patterns are accepted' } },
  run: (_target, options, { flow }) => {
    const results: RuleResult[] = [];
    let action: Action | undefined;
    const walker = new StringWalker((text, at) => {
      if (!text.includes('arn:')) return;
      // Every ARN in the value counts: an allowed one must not hide a second, hard-coded one.
      for (const m of text.matchAll(ACCOUNT_ARN)) {
        if (options.allow?.some((re) => re.test(m[0]))) continue;
        const path = at.path();
        const key = [...path].reverse().find((k) => typeof k === 'string') ?? 'Parameters';
        results.push({
          // One sentence: the ARN itself is at the finding's position (and in its identity), its account says why.
          message: fitMessage((n) => `${n.ref(action!)} hard-codes account ${n.text(accountOf(m[0]))}'s ARN in "${n.text(String(key), 0.6)}", which breaks in other accounts: use a deployment placeholder or a contact attribute.`),
          path,
          blockId: action!.id,
          values: { arn: m[0] },
        });
      }
    });
    for (let ai = 0, actionList = flow.actions; ai < actionList.length; ai++) {
      const a = actionList[ai]!;
      action = a;
      walker.walk(a.parameters, a.path, PARAMETERS);
    }
    return results;
  },
});
