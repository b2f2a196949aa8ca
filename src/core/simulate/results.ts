/** What `connect-flow-lint test` reports: one result per scenario, and branch coverage per flow. */
export interface ScenarioResult {
  /** The scenario file, relative to the working directory. */
  readonly file: string;
  /** Line of the scenario in its file. */
  readonly line: number;
  readonly name: string;
  /** The flow file the scenario entered. */
  readonly flow: string;
  readonly passed: boolean;
  readonly failures: readonly string[];
  /** What the run noticed even when it passed: values read as "" and why, NFC/NFD near-misses. */
  readonly notes: readonly string[];
  /** Block Identifiers in the order the contact passed them. */
  readonly path: readonly string[];
  /** The same steps with the branch each took and the flow file it is in. */
  readonly trace: ReadonlyArray<{ readonly flow: string; readonly blockId: string; readonly type: string; readonly branch: string }>;
  readonly prompts: readonly string[];
  /** The contact attributes when the run ended. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly ends?: string;
  readonly queue?: string;
}

export interface UncoveredBranch {
  readonly blockId: string;
  readonly type: string;
  readonly branch: string;
  readonly line: number;
  readonly column: number;
}

export interface FlowCoverageReport {
  readonly file: string;
  readonly name?: string;
  readonly branches: { readonly covered: number; readonly total: number };
  readonly uncovered: readonly UncoveredBranch[];
}

export const shortBlockId = (id: string): string => (id.length > 12 ? id.slice(0, 8) : id);
export const percent = (c: { covered: number; total: number }): string => (c.total === 0 ? '100%' : `${Math.floor((100 * c.covered) / c.total)}%`);
