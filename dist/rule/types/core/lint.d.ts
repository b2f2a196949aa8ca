import type { ActiveRule } from './config/resolve.js';
import { RoutingGraph } from './graph/routing-graph.js';
import { type Flow } from './model/flow.js';
import type { EntryProfile } from './repo/link.js';
import type { FlowDocument } from './source/document.js';
import { type Finding, type SeverityOrOff } from './types.js';
export interface FileReport {
    readonly file: string;
    readonly findings: Finding[];
    /** How many flows the file held. */
    readonly flows: number;
    /** Each flow's model and routing graph, for reporters that draw them. */
    readonly models: ReadonlyArray<{
        readonly flow: Flow;
        readonly graph: RoutingGraph;
    }>;
    /** Why the file was not linted, when it holds no flow and that is not a defect. */
    readonly notAFlow?: string;
}
/**
 * Keeps one finding per rule for problems of the config found while linting (the first file's), with the
 * config's file named as `nameOf` names files. Other findings pass through.
 */
export declare function configProblemsOnce(findings: readonly Finding[], nameOf?: (file: string) => string): Finding[];
/** True for a finding about the config (a cap reached while linting): reported even when the config is not among the changed files. */
export declare function isConfigProblem(f: Finding): boolean;
/** Lints one flow with the given rules. A rule that throws becomes a finding; the other rules still run. */
export declare function lintFlow(doc: FlowDocument, rules: readonly ActiveRule[], entry?: EntryProfile): {
    findings: Finding[];
    flow: Flow;
    graph: RoutingGraph;
};
/** Lints one file's text: finds its flows, lints each, and reports file-level problems. Never throws. */
export declare function lintText(file: string, text: string, rules: readonly ActiveRule[], entries?: ReadonlyMap<number, EntryProfile>, fileRules?: ReadonlyMap<string, SeverityOrOff>): FileReport;
