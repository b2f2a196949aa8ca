import { defineFunction } from '../function.js';

/** Fields of the export whose type the flow language does not accept (found while modelling the flow). */
export const flowStructure = defineFunction<Record<string, never>>({
  name: 'flowStructure',
  options: {},
  run: (_target, _options, { flow }) => flow.structureProblems.map((p) => ({ message: p.message, path: p.path, blockId: p.blockId })),
});
