/**
 * The paths of object keys that repeat an earlier key of the same object (JSON.parse keeps the last one
 * silently), in objects nested less than DUPLICATE_CHECK_DEPTH deep, in the order of the text. Keys compare
 * decoded, so "T\u0065xt" repeats "Text".
 *
 * Runs only on text whose structure scan counted more keys than the parsed value has (so some key repeats),
 * which the caller has also checked for depth: jsonc-parser recurses once per level.
 */
export declare function repeatedKeys(text: string): Array<Array<string | number>>;
