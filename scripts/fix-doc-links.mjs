// Rewrites links between rule pages after pages move (rules/docs/<id>.md <-> src/rules/<id>/README.md):
// a link to a page that is not there, whose rule's page exists at the other place, points at that place
// (links from a moved page and links to a moved page alike).
// test/doc-links.test.ts checks every relative link resolves.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const files = ['README.md', 'CONTRIBUTING.md'].filter((f) => existsSync(join(ROOT, f)));
const walk = (dir) => {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (e.isDirectory()) walk(`${dir}/${e.name}`);
    else if (e.name.endsWith('.md')) files.push(`${dir}/${e.name}`);
  }
};
for (const dir of ['docs', 'rules', 'src/rules']) walk(dir);

/** The page of a rule, wherever it is now. */
const pageOf = (id) => [`src/rules/${id}/README.md`, `rules/docs/${id}.md`].find((p) => existsSync(join(ROOT, p)));

for (const file of files) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const fixed = text.replace(/\]\(([^)\s#]+)((?:#[^)]*)?)\)/g, (m, target, hash) => {
    if (/^[a-z]+:/.test(target) || existsSync(join(ROOT, dirname(file), target))) return m;
    // The rule the link meant, by its file name (<id>.md) or folder (<id>/README.md): a moved page's own links
    // were written from its old place, so where they resolve now says nothing.
    const id = /(?:^|\/)([a-z0-9-]+)\/README\.md$/.exec(target)?.[1] ?? /(?:^|\/)([a-z0-9-]+)\.md$/.exec(target)?.[1];
    const page = id && pageOf(id);
    if (!page) return m;
    return `](${relative(join(ROOT, dirname(file)), join(ROOT, page)).split(sep).join('/')}${hash})`;
  });
  if (fixed !== text) writeFileSync(join(ROOT, file), fixed);
}
