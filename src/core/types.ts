/** Shared vocabulary of the pure core: findings and source positions. */

export type Severity = 'error' | 'warn' | 'info';
export type SeverityOrOff = Severity | 'off';

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 3, warn: 2, info: 1 };

/** 1-based line and column, the way editors and GitHub annotations count. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** A key path into a JSON document: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

/** A block and where it is in the file (its Identifier), for findings that point at more than their own block. */
export interface BlockPlace {
  readonly blockId: string;
  /** The block's name in the designer (or its type), when it has one apart from its Identifier. */
  readonly label?: string;
  readonly range: Range;
}

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** File path as the user gave it (relative to the working directory where possible). */
  readonly file: string;
  readonly range: Range;
  /** Identifier of the block the finding is about, when there is one. */
  readonly blockId?: string;
  /** Name of the flow inside the file (a wrapper's Name, a template's logical id), when the file holds more than one or names it. */
  readonly flowName?: string;
  readonly documentationUrl?: string;
  /** For graph rules: the Identifiers of a path that shows the defect. */
  readonly evidence?: readonly string[];
  /** 'blocks' when the evidence is a set of blocks (the lookups that lack a field), not a path in order. */
  readonly evidenceKind?: 'blocks';
  /** The evidence path's blocks and where each is in the file (SARIF codeFlows); only when the evidence is a path. */
  readonly trace?: readonly BlockPlace[];
  /** Other blocks the finding is about (the lookup that did not request a field), each with why (SARIF relatedLocations). */
  readonly related?: ReadonlyArray<BlockPlace & { readonly message: string }>;
  /**
   * What the finding is about inside its block (the parameter, the field read, the error type, the target):
   * with file, rule and block it is the finding's identity (core/identity.ts), which baselines and SARIF use.
   */
  readonly subject?: string;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
