/**
 * Fingerprints are written into SARIF and JSON reports and compared across runs (GitHub code scanning matches
 * alerts by them): a faster digest must give exactly the digests of before. The reference is FNV-1a over UTF-16
 * code units, 64 bits, in BigInt arithmetic as it was first written.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../src/core/identity.js';

function reference(identity: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < identity.length; i++) {
    h ^= BigInt(identity.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('fingerprintOf', () => {
  it('is FNV-1a 64 (the published test vectors for ASCII)', () => {
    expect(fingerprintOf('')).toBe('cbf29ce484222325');
    expect(fingerprintOf('a')).toBe('af63dc4c8601ec8c');
    expect(fingerprintOf('foobar')).toBe('85944171f73967e8');
  });

  it('gives the digests of the BigInt version for any text, beyond Latin-1 and lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => fingerprintOf(s) === reference(s)), { numRuns: 500 });
    const identity = JSON.stringify(['flows/日本語.json', 'profile-lookup-before-use', 'Inbound \u{1F600}', 'ecdbfa6f-dea1-4edc-89d5-796a9fdcd501', '["Parameters.Text"]', '\uffff\ud800']);
    expect(fingerprintOf(identity)).toBe(reference(identity));
  });
});
