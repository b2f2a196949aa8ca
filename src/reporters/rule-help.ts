import { RULE_DOC_PATHS, RULE_DOCS } from '../generated/rule-docs.js';

/** Where the repository's files are published. */
export const REPOSITORY_BLOB = 'https://github.com/connect-flow-lint/connect-flow-lint/blob/main/';

/** A built-in rule's page: src/rules/<id>/README.md, or rules/docs/<id>.md for the reader's rules. */
export const builtinDocUrl = (id: string): string =>
  Object.hasOwn(RULE_DOC_PATHS, id) ? `${REPOSITORY_BLOB}${RULE_DOC_PATHS[id]!.split('/').map(encodeURIComponent).join('/')}` : `${REPOSITORY_BLOB}rules/docs/${encodeURIComponent(id)}.md`;

/** What a reader of a report (code scanning's rule panel) needs to know about a rule. */
export interface RuleHelp {
  /** One paragraph: what the rule reports. */
  readonly fullDescription: string;
  readonly text: string;
  readonly markdown: string;
}

/**
 * The help of a built-in rule, from its page (embedded at build time by scripts/gen-rulesets.mjs); undefined
 * for an id that has no page. Links between the pages are made absolute: the help is shown away from them.
 */
export function builtinRuleHelp(id: string): RuleHelp | undefined {
  if (!Object.hasOwn(RULE_DOCS, id)) return undefined;
  const page = RULE_DOCS[id]!;
  const base = builtinDocUrl(id);
  const markdown = page.replace(/\]\(([^)\s]+)\)/g, (m, link: string) => {
    try {
      return `](${new URL(link, base).href})`;
    } catch {
      return m;
    }
  });
  // The first paragraph after the title says what the rule reports.
  const paragraphs = markdown.split(/\n\s*\n/).map((p) => p.trim());
  const first = paragraphs.find((p) => p !== '' && !p.startsWith('#')) ?? id;
  return { fullDescription: plainText(first).replace(/\s+/g, ' '), text: plainText(markdown), markdown };
}

/** Markdown read as plain text: links as "label (address)", no emphasis or code marks outside code blocks. */
function plainText(markdown: string): string {
  return markdown
    .split(/(```[\s\S]*?```)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, (_m, label: string, href: string) => (label === href ? href : `${label} (${href})`))
            .replace(/\*\*([^*]+)\*\*/g, '$1')
            .replace(/`([^`]+)`/g, '$1')
            .replace(/^#{1,6} +/gm, ''),
    )
    .join('');
}

/** A rule's name for people, as SARIF wants it (different from its id): `profile-lookup-before-use` → `ProfileLookupBeforeUse`. */
export function pascalName(id: string): string | undefined {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return name === '' || name === id ? undefined : name;
}
