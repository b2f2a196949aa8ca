import type { ConfigPattern } from '../../config/pattern.js';
import { defineFunction } from '../function.js';

/**
 * References to other flows can only be checked once every flow of the run is known, so this function finds
 * nothing on its own: the repository pass (src/core/repo/reference-findings.ts) reports unresolved
 * references for each file whose rules include it, with this rule's severity and options. Declaring it here
 * is what makes `reference-exists` configurable like any other rule.
 */
export const referenceExists = defineFunction<{ external?: ConfigPattern[] }>({
  name: 'referenceExists',
  options: {
    external: { type: 'regex[]', description: 'references (the value, or the target name the designer shows) that point outside the repository on purpose' },
  },
  run: () => [],
});
