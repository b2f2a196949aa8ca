import type { FlowSummary, RepositoryLinks } from './link.js';

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
