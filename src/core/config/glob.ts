/**
 * Glob patterns for `overrides.files` and CLI arguments: `**`, `*`, `?`, `{a,b}` and `[...]`, matched
 * against forward-slash paths relative to the config's folder. Small enough to own, and it compiles to one
 * linear regular expression (no nested quantifiers), so a hostile pattern cannot make matching slow.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // "**/" matches zero or more folders; a trailing "**" matches everything below.
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      inGroup++;
      re += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      re += ')';
    } else if (c === ',' && inGroup > 0) re += '|';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        const body = glob.slice(i + 1, end).replace(/\\/g, '\\\\').replace(/^!/, '^');
        re += `[${body}]`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  while (inGroup-- > 0) re += ')';
  return new RegExp(`^${re}$`);
}

export function matchesGlob(path: string, glob: string): boolean {
  const normalized = path.replace(/\\/g, '/').replace(/^\.\//, '');
  const g = glob.replace(/^\.\//, '');
  // A pattern without a slash matches the file name in any folder, as in .gitignore and ESLint.
  if (!g.includes('/')) return globToRegExp(g).test(normalized.slice(normalized.lastIndexOf('/') + 1));
  return globToRegExp(g).test(normalized);
}
