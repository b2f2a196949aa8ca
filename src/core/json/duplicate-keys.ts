import { visit } from 'jsonc-parser';
import { DUPLICATE_CHECK_DEPTH } from './scan.js';

/**
 * The paths of object keys that repeat an earlier key of the same object (JSON.parse keeps the last one
 * silently), in objects nested less than DUPLICATE_CHECK_DEPTH deep, in the order of the text. Keys compare
 * decoded, so "T\u0065xt" repeats "Text".
 *
 * Runs only on text whose structure scan counted more keys than the parsed value has (so some key repeats),
 * which the caller has also checked for depth: jsonc-parser recurses once per level.
 */
export function repeatedKeys(text: string): Array<Array<string | number>> {
  const found: Array<Array<string | number>> = [];
  // The keys seen so far of each open container (undefined for arrays and for objects too deep to check).
  const open: Array<Set<string> | undefined> = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(open.length < DUPLICATE_CHECK_DEPTH ? new Set() : undefined);
    },
    onArrayBegin: () => {
      open.push(undefined);
    },
    onObjectEnd: () => {
      open.pop();
    },
    onArrayEnd: () => {
      open.pop();
    },
    // `parent` is the path of the object the key is in (array items by index), from jsonc-parser.
    onObjectProperty: (key, _offset, _length, _line, _column, parent) => {
      const keys = open[open.length - 1];
      if (!keys) return;
      if (keys.has(key)) found.push([...parent(), key]);
      else keys.add(key);
    },
  });
  return found;
}
