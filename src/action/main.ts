import * as core from '@actions/core';
import { run as runCli } from '../cli/main.js';

/**
 * Placeholder Action entry until the Action issue: lints the `paths` input with the CLI's pipeline, prints
 * GitHub annotations, and fails the step on errors.
 */
export async function run(): Promise<void> {
  const paths = core.getInput('paths').split(/\s+/).filter(Boolean);
  const config = core.getInput('config');
  const args = ['--format', 'github', ...(config ? ['--config', config] : []), ...paths];
  const code = await runCli(args, {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: false,
    write: (text) => process.stdout.write(text),
    error: (text) => process.stderr.write(text),
  });
  if (code === 1) core.setFailed('connect-flow-lint found errors in the flows');
  else if (code === 2) core.setFailed('connect-flow-lint could not run: see the log above');
}
