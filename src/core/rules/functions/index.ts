import type { RuleFunction } from '../function.js';
import { errorBranchesWired } from './error-branches-wired.js';
import { flowEnds } from './flow-ends.js';
import { flowStructure } from './flow-structure.js';
import { GENERIC_FUNCTIONS } from './generic.js';
import { loggingEnabled } from './logging-enabled.js';
import { noHardcodedArn } from './no-hardcoded-arn.js';
import { profileLookupBeforeUse } from './profile-lookup-before-use.js';
import { profileResponseFields } from './profile-response-fields.js';
import { inputMenuConditions } from './input-menu-conditions.js';
import { queueSetBeforeTransfer } from './queue-set-before-transfer.js';
import { storedInputBeforeUse } from './stored-input-before-use.js';
import { referenceExists } from './reference-exists.js';
import { knownActionType } from './known-action-type.js';
import { actionAllowedInFlowType } from './action-allowed-in-flow-type.js';
import { parametersValid } from './parameters-valid.js';
import { startActionExists } from './start-action-exists.js';
import { transitionTargetExists } from './transition-target-exists.js';
import { uniqueIdentifiers } from './unique-identifiers.js';
import { RULE_FUNCTIONS } from '../../../rules/index.js';

/** Every built-in function by name: the names a config's `then.function` may use. */
export const BUILTIN_FUNCTIONS: ReadonlyMap<string, RuleFunction<never>> = new Map(
  [
    ...GENERIC_FUNCTIONS,
    profileLookupBeforeUse,
    profileResponseFields,
    inputMenuConditions,
    storedInputBeforeUse,
    queueSetBeforeTransfer,
    errorBranchesWired,
    transitionTargetExists,
    ...RULE_FUNCTIONS,
    startActionExists,
    uniqueIdentifiers,
    flowEnds,
    loggingEnabled,
    noHardcodedArn,
    flowStructure,
    referenceExists,
    knownActionType,
    actionAllowedInFlowType,
    parametersValid,
  ].map((f): [string, RuleFunction<never>] => [f.name, f]),
);
