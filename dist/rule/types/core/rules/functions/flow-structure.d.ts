/** Fields of the export whose type the flow language does not accept (found while modelling the flow). */
export declare const flowStructure: import("../function.js").RuleFunction<Record<string, never>>;
