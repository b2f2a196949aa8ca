import type { ConfigPattern } from '../../core/config/pattern.js';
import { clip, shortId } from '../../core/rules/describe.js';
import { defineRule } from '../api.js';

const VERB = { flow: 'transfers to the flow', module: 'invokes the module', hook: 'sets as its event flow' } as const;

/**
 * A long ARN as its last path segment (`…/<id>`; the verb says whether it is a flow or a module), and the
 * whole ARN is at the finding's position. Keeps the message one readable sentence.
 */
function shortArn(value: string): string {
  if (!value.startsWith('arn:') || value.length <= 60) return value;
  const last = value.lastIndexOf('/');
  return last > 0 && last < value.length - 1 ? `…${value.slice(last)}` : value;
}

/**
 * References to other flows that should lead to a flow of the repository and do not. Only the whole run
 * knows which flows exist, so the rule finds nothing in one flow: its project hook reads the linked
 * summaries (src/core/repo/link.ts resolves each reference) and reports the unresolved ones.
 */
export default defineRule<{ external?: ConfigPattern[] }>({
  meta: {
    id: 'reference-exists',
    description: 'Every flow, module and event flow a block names is in the repository (or marked external).',
    severity: 'error',
    functionName: 'referenceExists',
    options: {
      type: 'object',
      properties: {
        external: {
          type: 'array',
          items: { type: 'string', format: 'regex' },
          description: 'references (the value, or the target name the designer shows) that point outside the repository on purpose',
        },
      },
      additionalProperties: false,
    },
    messages: {
      // The designer's name when the export has one (the value is at the finding's position), else the value.
      unresolved: '"{{block}}" ({{blockId}}) {{what}} "{{target}}", but {{why}}: add its file, map it in "flows", or mark it "external".',
    },
  },
  check() {
    // Nothing to find in one flow: see checkProject.
  },
  checkProject({ summaries, links, optionsFor, report }) {
    summaries.forEach((s, i) => {
      const options = optionsFor(s);
      if (!options) return;
      const external = options.external ?? [];
      s.references.forEach((r, k) => {
        const res = links.resolutions[i]![k]!;
        if (res.status !== 'unresolved') return;
        if (external.some((re) => re.test(r.value) || (r.nameHint !== undefined && re.test(r.nameHint)))) return;
        report(s, {
          messageId: 'unresolved',
          data: (n) => ({
            block: n.text(r.block, 0.6),
            blockId: shortId(r.blockId),
            what: r.kind === 'hook' ? `${VERB.hook} (${n.text(r.hook ?? '', 0.5)})` : VERB[r.kind],
            target: r.nameHint ? n.text(r.nameHint) : n.text(shortArn(r.value), 1.5),
            why: clip(res.why, 90),
          }),
          range: r.range,
          blockId: r.blockId,
          subject: JSON.stringify([r.kind, r.hook ?? null, r.value]),
        });
      });
    });
  },
});
