import type { Finding, JsonPath } from './types.js';
/**
 * What a finding is about, apart from where it is printed and how it is worded: the place inside its block
 * (a parameter, the block itself) and the rule's own facts (the field read, the error type, the target).
 * Never the message or a path of block Identifiers, so unrelated edits to the flow (blocks inserted, moved,
 * renamed elsewhere) leave it unchanged.
 */
export declare function subjectOf(pathInBlock: JsonPath, values: Readonly<Record<string, string>> | undefined): string;
/**
 * The part of `path` below the block it is in (`Actions[7].Parameters.Text` → `Parameters.Text`): a block's
 * index changes whenever another block is inserted or moved. Paths outside the blocks are kept whole.
 */
export declare function pathInBlock(path: JsonPath): JsonPath;
/**
 * A finding's identity: file, rule, flow, block Identifier and subject. Baselines and SARIF fingerprints use
 * it; two findings with the same identity are told apart by count.
 */
export declare function findingIdentity(f: Pick<Finding, 'file' | 'ruleId' | 'flowName' | 'blockId' | 'subject'>): string;
/**
 * A short, stable digest of an identity, for SARIF `partialFingerprints` and the JSON report (FNV-1a, 64 bits as
 * hex). Computed in four 16-bit parts, so every product fits a small integer: BigInt arithmetic allocated a
 * number per character, a large share of the garbage of a run with thousands of findings.
 */
export declare function fingerprintOf(identity: string): string;
