/**
 * Maps offsets inside a decoded JSON string literal (a flow held in a `Content` string) back to offsets in
 * the file, so a finding inside the embedded flow lands on the right line and column of the file. One pass
 * over the literal per batch of offsets, and no table as long as the literal.
 */
export declare function embeddedOffsetMapper(fileText: string, literalStart: number, literalEnd: number): (inner: readonly number[]) => number[];
