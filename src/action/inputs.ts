import * as core from '@actions/core';

export type FailOn = 'error' | 'warn' | 'never';
export type AnnotationMode = 'auto' | 'checks' | 'commands' | 'off';
/** What is annotated in a pull request: new findings and those on changed blocks, or every finding. */
export type FilterMode = 'added' | 'all';
/** Which findings `fail-on` counts: those the pull request introduced, or all. */
export type FailOnScope = 'new' | 'all';

export interface ActionInputs {
  readonly paths: string[];
  readonly config: string | undefined;
  /** undefined: decide from the event (true on pull requests). */
  readonly changedOnly: boolean | undefined;
  readonly failOn: FailOn;
  readonly annotations: AnnotationMode;
  readonly summary: boolean;
  readonly comment: boolean;
  readonly sarifFile: string | undefined;
  readonly token: string;
  /** Baseline file: only findings not in it are reported. */
  readonly baseline: string | undefined;
  /** Run custom functions from JavaScript files in the repository. */
  readonly allowFunctions: boolean;
  /** Files over this many bytes are reported, not read. */
  readonly maxFileBytes: number;
  readonly filterMode: FilterMode;
  readonly failOnScope: FailOnScope;
  /** Fetch the base commit (depth 1) when the checkout lacks it, to compare with. */
  readonly fetchBase: boolean;
}

export class InputError extends Error {}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new InputError(`input "${name}" is "${raw}": use one of ${allowed.join(', ')}`);
}

function bool(name: string, fallback: boolean | undefined): boolean | undefined {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '' || raw === 'auto') return fallback;
  if (['true', 'yes', '1', 'on'].includes(raw)) return true;
  if (['false', 'no', '0', 'off'].includes(raw)) return false;
  throw new InputError(`input "${name}" is "${core.getInput(name)}": use true or false`);
}

function wholeNumber(name: string, fallback: number): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new InputError(`input "${name}" is "${raw}": use a whole number of bytes`);
  return Number(raw);
}

/** Reads and checks the inputs; a wrong value is an InputError naming the input and what it accepts. */
export function readInputs(): ActionInputs {
  const paths = core.getInput('paths').split(/\s+/).filter(Boolean);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    config: core.getInput('config').trim() || undefined,
    changedOnly: bool('changed-only', undefined),
    failOn: oneOf('fail-on', ['error', 'warn', 'never'] as const, 'error'),
    annotations: oneOf('annotations', ['auto', 'checks', 'commands', 'off'] as const, 'auto'),
    summary: bool('summary', true) ?? true,
    comment: bool('comment', false) ?? false,
    sarifFile: core.getInput('sarif-file').trim() || undefined,
    token: core.getInput('token'),
    baseline: core.getInput('baseline').trim() || undefined,
    allowFunctions: bool('allow-functions', false) ?? false,
    maxFileBytes: wholeNumber('max-file-size', 20 * 1024 * 1024),
    filterMode: oneOf('filter-mode', ['added', 'all'] as const, 'added'),
    failOnScope: oneOf('fail-on-scope', ['new', 'all'] as const, 'new'),
    fetchBase: bool('fetch-base', true) ?? true,
  };
}
