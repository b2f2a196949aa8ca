import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { happyRoutes, makeRepo, ROOT, runAction, startServer } from './support/action-harness.js';

// The built Action (dist/index.js) on a pull request, against the test API server.
const seed = readFileSync(join(ROOT, 'examples/profile-field-not-requested.json'), 'utf8');
const fixed = readFileSync(join(ROOT, 'examples/clean-inbound.json'), 'utf8');
const scenarios = (expectQueue: string): string => `flow: inbound.json
vars:
  hokkaido_queue_arn: arn:aws:connect:ap-northeast-1:111122223333:instance/i-1/queue/hokkaido-queue
  general_queue_arn: arn:aws:connect:ap-northeast-1:111122223333:instance/i-1/queue/general-queue
given:
  contact: { customer: "+81115550100" }
scenarios:
  - name: a caller from Hokkaidō reaches the Hokkaidō queue
    given:
      profile: { found: one, fields: { FirstName: Aiko, Province: Hokkaidō } }
    expect: { queue: ${expectQueue}, ends: queued }
`;

describe('the Action runs the repository\'s scenarios', () => {
  it('summary with the results and the coverage of the changed flow; the branches the pull request added that no scenario takes are listed, and fail the job only with require-branch-coverage', async () => {
    const repo = makeRepo({ 'flows/inbound.json': seed }, { 'flows/inbound.json': fixed, 'flows/inbound.test.yaml': scenarios('hokkaido-queue') });
    const server = await startServer(happyRoutes(repo));
    const relaxed = await runAction(repo, server);
    expect(relaxed.code).toBe(0);
    expect(relaxed.summary).toContain('### Scenario tests: 1 passed, 0 failed');
    expect(relaxed.summary).toContain('| Flow | Branches covered | Added by this pull request | Added, not covered |\n| --- | --- | --- | --- |\n| <code>flows/inbound.json</code> Hokkaido Energy inbound | 7/25 (28%) | 2 | 1 |');
    expect(relaxed.summary).toContain('Branches this pull request added that no scenario takes:\n\n- <code>flows/inbound.json:209</code> UpdateContactAttributes f749e8d7: NoMatchingError');

    const strict = await runAction(repo, server, { inputs: { 'require-branch-coverage': 'true' } });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('::error::connect-flow-lint test: 1 branch(es) added by the pull request are not covered by any scenario (require-branch-coverage).');
  }, 60_000);

  it('a failing scenario is an error annotation on its line of the scenario file, in the summary, and fails the job', async () => {
    const repo = makeRepo({ 'flows/inbound.json': seed }, { 'flows/inbound.json': seed.replace('"Hokkaido Energy inbound (v2)"', '"Hokkaido Energy inbound (v2.1)"'), 'flows/inbound.test.yaml': scenarios('hokkaido-queue') });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error title=scenario failed%3A a caller from Hokkaidō reaches the Hokkaidō queue,file=flows/inbound.test.yaml,line=8::expected queue hokkaido-queue, reached general-queue%0Anote: Compare 512eb57e read $.Customer.Province as ""');
    expect(r.summary).toContain('### Scenario tests: 0 passed, 1 failed');
    expect(r.summary).toContain('| ✗ a caller from Hokkaidō reaches the Hokkaidō queue | <code>flows/inbound.test.yaml:8</code> | expected queue hokkaido-queue, reached general-queue; note: Compare 512eb57e read \\$.Customer.Province as "": GetCustomerProfile d61ceffb did not request Province');
    expect(r.stdout).toContain('::error::connect-flow-lint test: 1 scenario(s) failed.');
  }, 60_000);

  it('a pull request that changes only a scenario file runs the scenarios too', async () => {
    const repo = makeRepo({ 'flows/inbound.json': fixed, 'flows/inbound.test.yaml': scenarios('hokkaido-queue') }, { 'flows/inbound.test.yaml': scenarios('general-queue') });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server);
    expect(r.code).toBe(1);
    expect(r.summary).toContain('### Scenario tests: 0 passed, 1 failed');
    expect(r.summary).toContain('expected queue general-queue, reached hokkaido-queue');
  }, 60_000);
});
