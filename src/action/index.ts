import * as core from '@actions/core';
import { run } from './main.js';

try {
  await run();
} catch (e) {
  // An unexpected failure still fails the step with a message, not a stack trace in the annotations.
  core.setFailed(`connect-flow-lint: internal error: ${(e as Error).message}. Please report it.`);
}
