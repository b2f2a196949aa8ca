import type { JsonPath } from '../types.js';
/**
 * A parsed JSONPath (see config/jsonpath-guard.ts, which builds these from a config's `given`), and the one
 * evaluator that runs them. Nothing else ever interprets a config's path: what runs is what was checked.
 */
export type Selector = {
    readonly kind: 'key';
    readonly key: string | number;
} | {
    readonly kind: 'wildcard';
} | {
    readonly kind: 'union';
    readonly keys: ReadonlyArray<string | number>;
} | {
    readonly kind: 'slice';
    readonly start?: number;
    readonly end?: number;
    readonly step: number;
} | {
    readonly kind: 'filter';
    readonly expr: Expr;
};
export type Step = 
/** `.x`, `[…]`; with `descend`, `..x`: the selector applied to the value and to every container below it. */
{
    readonly kind: 'select';
    readonly descend: boolean;
    readonly selector: Selector;
}
/** `^`: the parent of each value. */
 | {
    readonly kind: 'parent';
}
/** `~`: the property name (or index) of each value, instead of the value. */
 | {
    readonly kind: 'name';
};
/** A filter expression: comparisons of the flow's values, nothing that can call or assign. */
export type Expr = {
    readonly kind: 'literal';
    readonly value: string | number | boolean | null | undefined;
}
/** `@…` (the value being filtered), `$…`/`@root…` (the document), `@parent…`, then member keys. */
 | {
    readonly kind: 'value';
    readonly base: 'current' | 'root' | 'parent';
    readonly keys: ReadonlyArray<string | number>;
} | {
    readonly kind: 'property' | 'parentProperty';
} | {
    readonly kind: 'not' | 'negate';
    readonly operand: Expr;
} | {
    readonly kind: 'binary';
    readonly op: BinaryOp;
    readonly left: Expr;
    readonly right: Expr;
};
export type BinaryOp = '==' | '!=' | '===' | '!==' | '<' | '<=' | '>' | '>=' | '&&' | '||';
/**
 * Caps per `given` per file. A document of a few MB has a few hundred thousand values; chains of descents
 * (`$..*..*..*`) grow with the nesting depth to a power, so past these a rule is reported as a config problem.
 */
export declare const MAX_MATCHES = 100000;
/** Values visited, filters evaluated and path keys built. */
export declare const MAX_WORK = 5000000;
export interface Hit {
    readonly value: unknown;
    readonly path: JsonPath;
}
export type PathResult = {
    readonly hits: Hit[];
} | {
    readonly exceeded: 'matches' | 'work';
};
/** Evaluates parsed steps over a document: iterative, own properties only, within MAX_MATCHES and MAX_WORK. */
export declare function evaluatePath(document: unknown, steps: readonly Step[], limits?: {
    matches?: number;
    work?: number;
}): PathResult;
