import type { Finding, JsonPath } from './types.js';

/**
 * What a finding is about, apart from where it is printed and how it is worded: the place inside its block
 * (a parameter, the block itself) and the rule's own facts (the field read, the error type, the target).
 * Never the message or a path of block Identifiers, so unrelated edits to the flow (blocks inserted, moved,
 * renamed elsewhere) leave it unchanged.
 */
export function subjectOf(pathInBlock: JsonPath, values: Readonly<Record<string, string>> | undefined): string {
  const facts = values ? Object.keys(values).sort().map((k) => [k, values[k]!]) : [];
  return JSON.stringify([pathInBlock.join('.'), ...facts]);
}

/**
 * The part of `path` below the block it is in (`Actions[7].Parameters.Text` → `Parameters.Text`): a block's
 * index changes whenever another block is inserted or moved. Paths outside the blocks are kept whole.
 */
export function pathInBlock(path: JsonPath): JsonPath {
  return path[0] === 'Actions' && typeof path[1] === 'number' ? path.slice(2) : path;
}

/**
 * A finding's identity: file, rule, flow, block Identifier and subject. Baselines and SARIF fingerprints use
 * it; two findings with the same identity are told apart by count.
 */
export function findingIdentity(f: Pick<Finding, 'file' | 'ruleId' | 'flowName' | 'blockId' | 'subject'>): string {
  return JSON.stringify([f.file, f.ruleId, f.flowName ?? null, f.blockId ?? null, f.subject ?? null]);
}

/**
 * A short, stable digest of an identity, for SARIF `partialFingerprints` and the JSON report (FNV-1a, 64 bits as
 * hex). Computed in two 32-bit halves: BigInt arithmetic allocated a number per character, which made the
 * fingerprints of a findings-heavy run a large share of its garbage.
 */
export function fingerprintOf(identity: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (let i = 0; i < identity.length; i++) {
    lo = (lo ^ identity.charCodeAt(i)) >>> 0;
    // h * 0x100000001b3 mod 2^64, the prime being 2^40 + 0x1b3; every product stays below 2^53, so exact.
    const low = lo * 0x1b3;
    hi = (hi * 0x1b3 + lo * 0x100 + Math.floor(low / 0x100000000)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}
