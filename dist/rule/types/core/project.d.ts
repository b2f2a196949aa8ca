/**
 * A lint run over a repository, pure: each file's flows are linted and summarised, the summaries are linked
 * into a call graph, the rules with a repository-level check run on it, and the flows other flows call are
 * linted again with the customer profile their callers hand over. Reading is the caller's (src/node): a
 * source is read when it is linted, one at a time, so a run over thousands of files keeps only findings and
 * summaries, never every text at once.
 */
import type { ActiveRule } from './config/resolve.js';
import { type FileReport } from './lint.js';
import { type DeployBindings, type FlowSummary, type RepositoryLinks } from './repo/link.js';
import { type Finding } from './types.js';
/** One file of the run. */
export interface FlowSource {
    /** The name findings carry (relative to the working directory, forward slashes). */
    readonly name: string;
    /** False for a file read only so that references to it resolve: it is linked, no rule runs on it, nothing of it is reported. */
    readonly reported: boolean;
    /** The rules that apply to the file. */
    readonly rules: readonly ActiveRule[];
    /** The file's text, or the findings that say why it could not be read (parse-error, file-too-large). */
    read(): {
        readonly text: string;
    } | {
        readonly findings: readonly Finding[];
    };
}
export interface ProjectOptions {
    /** The config's `flows:` map (a reference's target by id or name → its file), file names as the sources'. */
    readonly aliases?: ReadonlyMap<string, {
        file: string;
        name?: string;
    }>;
    /** Deploy-tool bindings (Terraform) that name flows by resource. */
    readonly bindings?: DeployBindings;
    /** Files whose reports keep their models (flows and graphs), for callers that use them (scenario tests). */
    readonly keepModels?: (name: string) => boolean;
    /** How a config problem names the config file (relative to the working directory). */
    readonly nameOf?: (file: string) => string;
}
export interface ProjectRun {
    /** Every finding of the reported files, sorted by file and position. */
    readonly findings: Finding[];
    /** One report per reported file that could be read. */
    readonly reports: FileReport[];
    readonly flows: number;
    /** Each flow's summary (context files' too) and how the flows call each other. */
    readonly summaries: readonly FlowSummary[];
    readonly links: RepositoryLinks;
}
export declare function lintProject(sources: readonly FlowSource[], options?: ProjectOptions): ProjectRun;
