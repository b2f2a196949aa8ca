/**
 * Maps offsets inside the value of a YAML string scalar back to offsets in the file. A flow's JSON kept in
 * a CloudFormation template's `Content: |` (or a quoted or plain scalar) is decoded by YAML: indentation
 * stripped, lines folded, escapes resolved. This decodes the scalar's source again, recording where each
 * character of the value came from, and checks the result against the YAML library's own value: when they
 * agree the mapping is exact; when they do not (a construct not modelled here), every offset falls back to
 * the start of the value's first line, which is still the right place to look.
 */
export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED';
export interface ScalarMapping {
    /** Offsets in the decoded value → offsets in the file. */
    readonly toFile: (inner: readonly number[]) => number[];
    /** False when the fallback (everything at the value's start) is in use. */
    readonly exact: boolean;
}
/**
 * The mapping for a string scalar whose source runs from `range[0]` to `range[1]` in `text` (the YAML
 * library's node range) and whose decoded value is `value`.
 */
export declare function yamlScalarMapper(text: string, range: readonly [number, number, ...number[]], style: ScalarStyle | undefined, value: string): ScalarMapping;
