import type { Edge, PathEnds, RoutingGraph } from '../graph/routing-graph.js';
import { type Action } from '../model/flow.js';
/** The longest first line of a finding's message: one sentence, what is wrong, where, how to fix it. */
export declare const MESSAGE_MAX = 200;
/** A user-controlled string cut to `max` characters with an ellipsis, so a long name cannot blow a message. */
export declare function clip(text: string, max: number): string;
/**
 * An Identifier as a message shows it: a UUID by its first 8 characters (enough to find it in the file and
 * in the evidence, which keeps the whole one), any other by at most `max` characters.
 */
export declare function shortId(id: string, max?: number): string;
/** Names as a message writes them, at one level of detail. */
export interface Names {
    /** 0 at full detail; higher as fitMessage cuts names (a message may leave out a detail past 0). */
    readonly level: number;
    /** A block: `"Label" (1a2b3c4d)`. */
    ref(action: Action): string;
    /** A block with its type when its label does not already say it: `CreateCustomerProfile "New customer" (1a2b3c4d)`. */
    typed(action: Action): string;
    /** A user-controlled string, cut (`share` scales the level's length for strings that matter less). */
    text(value: string, share?: number): string;
}
/**
 * A message built at the most detail that keeps it within MESSAGE_MAX: block labels and quoted strings are
 * cut shorter, then labels left out, until the sentence fits (real flows fit at the first level; the others
 * are for names long enough to crowd out what the message must say).
 */
export declare function fitMessage(build: (n: Names) => string): string;
/** How messages name a block: its label (cut) and a short form of its Identifier; the evidence keeps the whole one. */
export declare function blockRef(action: Action): string;
/** A block named with its type when its label does not already say it: `CreateCustomerProfile "New customer" (id)`. */
export declare function typedBlockRef(action: Action): string;
/** The Identifiers along a path, for the finding's evidence. */
export declare function pathIds(graph: RoutingGraph, path: readonly Edge[] | PathEnds, from?: number): string[];
/**
 * Edits within which a missing block Identifier is taken for a typo of an existing one. Identifiers are
 * mostly UUIDs: a third of their length (closest()'s default, 12 edits) would offer an unrelated block and
 * costs a full edit-distance table per block, while a typo or a few cut-off characters are a few edits.
 */
export declare const IDENTIFIER_TYPO_EDITS = 4;
/** Levenshtein distance, capped: used to suggest the closest known name in messages. */
export declare function closest(word: string, candidates: Iterable<string>, maxDistance?: number): string | undefined;
