import type { ConfigPattern } from '../config/pattern.js';
import type { ActiveRule } from '../config/resolve.js';
import { clip, fitMessage, shortId } from '../rules/describe.js';
import type { Finding } from '../types.js';
import type { FlowSummary, RepositoryLinks } from './link.js';

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

/** Findings of `reference-exists`: references that should lead to a flow of the repository and do not. */
export function referenceFindings(summaries: readonly FlowSummary[], links: RepositoryLinks, ruleFor: (summary: FlowSummary) => ActiveRule | undefined): Finding[] {
  const findings: Finding[] = [];
  summaries.forEach((s, i) => {
    const rule = ruleFor(s);
    if (!rule) return;
    const external = (rule.then[0]?.options['external'] as ConfigPattern[] | undefined) ?? [];
    s.references.forEach((r, k) => {
      const res = links.resolutions[i]![k]!;
      if (res.status !== 'unresolved') return;
      if (external.some((re) => re.test(r.value) || (r.nameHint !== undefined && re.test(r.nameHint)))) return;
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        // The designer's name when the export has one (the value is at the finding's position), else the value.
        message: fitMessage(
          (n) =>
            `"${n.text(r.block, 0.6)}" (${shortId(r.blockId)}) ${r.kind === 'hook' ? `${VERB.hook} (${n.text(r.hook ?? '', 0.5)})` : VERB[r.kind]} ${r.nameHint ? `"${n.text(r.nameHint)}"` : `"${n.text(shortArn(r.value), 1.5)}"`}, but ${clip(res.why, 90)}: ` +
            `add its file, map it in "flows", or mark it "external".`,
        ),
        file: s.file,
        range: r.range,
        blockId: r.blockId,
        ...(s.name !== undefined ? { flowName: s.name } : {}),
        ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
        subject: JSON.stringify([r.kind, r.hook ?? null, r.value]),
      });
    });
  });
  return findings;
}

/**
 * Said once when the flows reference each other but not one reference resolved: they name each other by
 * the ids of the instance they were exported from, which the files do not carry, so the repository pass
 * (who calls whom, the profile handed over) saw nothing. Undefined when there is nothing to say.
 */
export function unlinkedNote(summaries: readonly FlowSummary[], links: RepositoryLinks): string | undefined {
  if (summaries.length < 2) return undefined;
  let unresolved = 0;
  for (const r of links.resolutions) {
    for (const res of r) {
      if (res.status === 'resolved') return undefined;
      if (res.status === 'unresolved') unresolved++;
    }
  }
  if (unresolved < 2) return undefined;
  return (
    `none of the ${unresolved} references between these ${summaries.length} flows resolved to a flow of the repository, so calls between them were not followed: ` +
    `they name their targets by the ids of the instance they were exported from. Export with "aws connect describe-contact-flow" (which keeps each flow's Arn), ` +
    `name targets through deploy placeholders, or map them to files with "flows:" in the config.`
  );
}
