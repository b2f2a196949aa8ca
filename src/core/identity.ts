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
 * hex). Computed in four 16-bit parts, so every product fits a small integer: BigInt arithmetic allocated a
 * number per character, a large share of the garbage of a run with thousands of findings.
 */
export function fingerprintOf(identity: string): string {
  // The offset basis 0xcbf29ce484222325, low part first.
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < identity.length; i++) {
    h0 ^= identity.charCodeAt(i) & 0xffff;
    // h * 0x100000001b3 (2^40 + 0x1b3) mod 2^64: h * 0x1b3, plus h shifted left by 40 bits (parts 0 and 1 into 2 and 3).
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    h3 = (h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16)) & 0xffff;
    h2 = t2 & 0xffff;
    h1 = t1 & 0xffff;
    h0 = t0 & 0xffff;
  }
  const hex = (n: number): string => n.toString(16).padStart(4, '0');
  return hex(h3) + hex(h2) + hex(h1) + hex(h0);
}
