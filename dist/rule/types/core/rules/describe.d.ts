import type { Edge, PathEnds, RoutingGraph } from '../graph/routing-graph.js';
import { type Action } from '../model/flow.js';
/** How messages name a block: its label, and its whole Identifier so a search of the JSON finds it. */
export declare function blockRef(action: Action): string;
/** A block named with its type when its label does not already say it: `CreateCustomerProfile "New customer" (id)`. */
export declare function typedBlockRef(action: Action): string;
/** A path as a reviewer reads it: Start → "A" (id) -[Equals 2]→ "B" (id), with a long middle elided. */
export declare function describePath(graph: RoutingGraph, path: readonly Edge[] | PathEnds, from?: number): string;
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
