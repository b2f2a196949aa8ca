/**
 * Issue 12, points 10, 11 and the Retry-After part of 8: the Action fails closed, and git is called safely.
 * A pull request must not be able to turn the job green by shadowing the organisation's policy with a local
 * file, by changing more files than GitHub lists, by deleting the baseline, or by planting a comment that the
 * Action then edits; a revision that looks like an option never reaches git as one; a Retry-After of hours is
 * not waited. The Action cases run the built dist/index.js against test/support/github-server.ts; the CLI
 * cases run dist/cli/index.js. Run `npm run build` first.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  apiFiles,
  changedFileCount,
  CHECK_PATH,
  CHECKS_PATH,
  FILES_PATH,
  git,
  happyRoutes,
  makeRepo,
  PR_NUMBER,
  requestsTo,
  route,
  runAction,
  startServer,
  tempDir,
  writeFiles,
  type Files,
} from './support/action-harness.js';
import {
  authenticatedUser,
  checkRunCreated,
  checkRunUpdated,
  commentCreated,
  commentUpdated,
  issueComments,
  pullFiles,
  secondaryRateLimit,
  serverError,
  type CommentInput,
  type PullFileInput,
  type ReplyFn,
} from './support/github-server.js';
import { runCli } from './helpers.js';

const uuid = (p: string, i: number): string => `${p}0000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/** A flow with `broken` blocks routed to a block that does not exist (errors) and `orphans` unreachable ones (warnings). */
function flow(name: string, broken = 0, orphans = 0): string {
  const end = uuid('a', 3);
  const actions: unknown[] = [
    { Parameters: { FlowLoggingBehavior: 'Enabled' }, Identifier: uuid('a', 1), Type: 'UpdateFlowLoggingBehavior', Transitions: { NextAction: uuid('a', 2) } },
    { Parameters: { Text: `Hello from ${name}` }, Identifier: uuid('a', 2), Type: 'MessageParticipant', Transitions: { NextAction: broken > 0 ? uuid('c', 0) : end, Errors: [{ NextAction: end, ErrorType: 'NoMatchingError' }] } },
    { Parameters: {}, Identifier: end, Type: 'DisconnectParticipant', Transitions: {} },
  ];
  for (let i = 0; i < broken; i++) actions.push({ Parameters: { Text: `Broken ${i}` }, Identifier: uuid('c', i), Type: 'MessageParticipant', Transitions: { NextAction: uuid('d', i), Errors: [{ NextAction: end, ErrorType: 'NoMatchingError' }] } });
  for (let i = 0; i < orphans; i++) actions.push({ Parameters: { Text: `Orphan ${i}` }, Identifier: uuid('b', i), Type: 'MessageParticipant', Transitions: { NextAction: end, Errors: [{ NextAction: end, ErrorType: 'NoMatchingError' }] } });
  return `${JSON.stringify({ Version: '2019-10-30', StartAction: uuid('a', 1), Metadata: { name }, Actions: actions }, null, 2)}\n`;
}

const COMMENTS_PATH = '/repos/{owner}/{repo}/issues/{issue_number}/comments';
const COMMENT_PATH = '/repos/{owner}/{repo}/issues/comments/{comment_id}';
const CONTENTS_PATH = '/repos/{owner}/{repo}/contents/{path}';
const MARKER = '<!-- connect-flow-lint:summary -->';
const FILES_RE = /^\/repos\/owner\/repo\/pulls\/7\/files$/;
const CHECKS_RE = /^\/repos\/owner\/repo\/check-runs$/;

// ---------------------------------------------------------------------------
// 10a: the organisation's policy is always fetched.
// ---------------------------------------------------------------------------

describe('a remote config (owner/repo/path@ref) is always read from the API', () => {
  const REMOTE = 'acme/.github/policy/connect-flow-lint.yaml@v1';
  /** The organisation makes unreachable blocks errors (a warning in the recommended ruleset). */
  const POLICY = 'extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: error\n';
  const contents: ReplyFn = (req, params) => {
    if (params['owner'] !== 'acme' || params['repo'] !== '.github' || params['path'] !== 'policy/connect-flow-lint.yaml' || req.query.get('ref') !== 'v1') return { status: 404, body: { message: 'Not Found' } };
    return {
      status: 200,
      body: {
        type: 'file', encoding: 'base64', size: POLICY.length, name: 'connect-flow-lint.yaml', path: 'policy/connect-flow-lint.yaml', content: Buffer.from(POLICY).toString('base64'), sha: 'a'.repeat(40),
        url: 'https://api.github.com/repos/acme/.github/contents/policy/connect-flow-lint.yaml', git_url: null, html_url: null, download_url: null, _links: { self: '', git: null, html: null },
      },
    };
  };
  /** The pull request adds an unreachable block and commits a lenient file at the path the config input names. */
  const shadowingRepo = () =>
    makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', 0, 1), [REMOTE]: 'extends: [connect-flow-lint:recommended]\nrules:\n  unreachable-block: off\n' });

  it('a local file committed at the remote path does not shadow it: the policy is fetched and applied', async () => {
    const repo = shadowingRepo();
    const server = await startServer(happyRoutes(repo, [route('GET', CONTENTS_PATH, contents)]));
    const r = await runAction(repo, server, { inputs: { config: REMOTE } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['errors']).toBe('1');
    expect(r.stdout).toContain(`Using the config github:${REMOTE}`);
    expect(requestsTo(server, 'GET', /\/contents\//)).toHaveLength(1);
    expect(server.invalid()).toEqual([]);
  });

  it('when it cannot be fetched (the API fails), the job fails and says why, whatever file sits at that path', async () => {
    const repo = shadowingRepo();
    const server = await startServer(happyRoutes(repo, [route('GET', CONTENTS_PATH, serverError())]));
    const r = await runAction(repo, server, { inputs: { config: REMOTE } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.stdout).toMatch(/::error::connect-flow-lint: cannot read the config acme\/\.github\/policy\/connect-flow-lint\.yaml@v1: reading github:acme\/\.github\/policy\/connect-flow-lint\.yaml@v1 failed: HTTP 502/);
    expect(r.outputs['errors']).toBeUndefined();
  });

  it('a local path that only looks like a remote ref is still a local config when written with ./', async () => {
    const repo = shadowingRepo();
    const server = await startServer(happyRoutes(repo, [route('GET', CONTENTS_PATH, contents)]));
    const r = await runAction(repo, server, { inputs: { config: `./${REMOTE}` } });
    expect(r.code, r.stdout).toBe(0);
    expect(requestsTo(server, 'GET', /\/contents\//)).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------
// 10b: a list of changed files that GitHub cut short is not taken as complete.
// ---------------------------------------------------------------------------

describe('the changed files when the pull request files API does not list them all', () => {
  it('more than 3,000 changed files (GitHub lists 3,000): git diff gives the rest and the flow after them is linted', async () => {
    const many: Files = {};
    for (let i = 0; i < 3000; i++) many[`docs/${String(i).padStart(4, '0')}.txt`] = `note ${i}\n`;
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { ...many, 'flows/z.json': flow('z', 2) });
    // The API would list the flow 3,001st, past GitHub's cut (the notes need no patch: one git call, not 3,001).
    const listed: PullFileInput[] = [...Object.keys(many).map((filename) => ({ filename, status: 'added' as const })), { filename: 'flows/z.json', status: 'added' }];
    expect(listed).toHaveLength(changedFileCount(repo));
    // Not happyRoutes: it would read a patch for each of the 3,001 files.
    const server = await startServer([route('GET', FILES_PATH, pullFiles(listed)), route('POST', CHECKS_PATH, checkRunCreated(42)), route('PATCH', CHECK_PATH, checkRunUpdated(42))]);
    const r = await runAction(repo, server);
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['errors']).toBe('2');
    expect(requestsTo(server, 'GET', FILES_RE)).toHaveLength(30);
    expect(r.stdout).toMatch(/::warning::the pull request files API listed 3000 of the 3001 changed files[^\n]*git diff/);
    expect(r.stdout).toContain('changed by the pull request (from git diff)');
  });

  it("a list shorter than the event's changed_files: git diff gives the files the list left out", async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', 0, 1), 'flows/b.json': flow('b', 2) });
    const server = await startServer(happyRoutes(repo, [route('GET', FILES_PATH, pullFiles(apiFiles(repo).filter((f) => f.filename === 'flows/a.json')))]));
    const r = await runAction(repo, server);
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['errors']).toBe('2');
    expect(r.outputs['files']).toBe('2');
    expect(r.stdout).toMatch(/listed 1 of the 2 changed files/);
  });

  it('a short list and git diff failing too (the base commit not fetched): every flow under "paths" is linted', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a'), 'flows/old.json': flow('old', 1) }, { 'flows/a.json': flow('a', 0, 1), 'flows/b.json': flow('b', 2) });
    const server = await startServer(happyRoutes(repo, [route('GET', FILES_PATH, pullFiles(apiFiles(repo).filter((f) => f.filename === 'flows/a.json')))]));
    const r = await runAction(repo, server, { event: { baseSha: 'f'.repeat(40) } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['files']).toBe('3');
    expect(r.outputs['errors']).toBe('3');
    expect(r.summary).toContain('every flow under "paths" was linted');
  });
});

// ---------------------------------------------------------------------------
// 10c: a deleted baseline does not make a green run under CI.
// ---------------------------------------------------------------------------

describe('a baseline the pull request deleted', () => {
  function baselineRepo(): string {
    const dir = tempDir();
    writeFiles(dir, { 'flows/a.json': flow('a', 2) });
    return dir;
  }
  const CI_ENV = { CI: 'true' };
  const NOT_CI = { CI: '', GITHUB_ACTIONS: '' };

  it('CLI under CI: the missing baseline is not written; every finding is reported as new and the run fails', () => {
    const dir = baselineRepo();
    const r = runCli(['--format', 'json', '--baseline', 'baseline.json', 'flows'], dir, CI_ENV);
    expect(r.code, r.stderr).toBe(1);
    expect(existsSync(join(dir, 'baseline.json'))).toBe(false);
    expect((JSON.parse(r.stdout) as Array<{ severity: string }>).filter((f) => f.severity === 'error')).toHaveLength(2);
    expect(r.stderr).toMatch(/the baseline baseline\.json does not exist; under CI it is not created: every finding is reported/);
  });

  it('CLI under CI (GITHUB_ACTIONS=true alone too): --update-baseline writes it, and still fails on the findings the committed baseline did not hold', () => {
    const dir = baselineRepo();
    const r = runCli(['--format', 'json', '--baseline', 'baseline.json', '--update-baseline', 'flows'], dir, { CI: '', GITHUB_ACTIONS: 'true' });
    expect(r.code, r.stderr).toBe(1);
    const reported = JSON.parse(r.stdout) as Array<{ severity: string }>;
    expect(reported.filter((f) => f.severity === 'error')).toHaveLength(2);
    const written = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')) as { findings: Array<{ count: number }> };
    expect(written.findings.reduce((n, f) => n + f.count, 0)).toBe(reported.length);
    // With the baseline committed, the same run holds nothing new: exit 0.
    const again = runCli(['--format', 'json', '--baseline', 'baseline.json', '--update-baseline', 'flows'], dir, CI_ENV);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual([]);
  });

  it('CLI outside CI: the first run still writes the baseline and exits 0 (rolling out locally)', () => {
    const dir = baselineRepo();
    const r = runCli(['--baseline', 'baseline.json', 'flows'], dir, NOT_CI);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'baseline.json'))).toBe(true);
  });

  it('the Action: a baseline input naming a missing file reports every finding and fails (never recreates it)', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a'), 'baseline.json': '{}' }, { 'flows/a.json': flow('a', 2), 'baseline.json': null });
    const server = await startServer(happyRoutes(repo));
    const r = await runAction(repo, server, { inputs: { baseline: 'baseline.json' } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.outputs['errors']).toBe('2');
    expect(existsSync(join(repo.dir, 'baseline.json'))).toBe(false);
    expect(r.stdout).toMatch(/::warning::baseline .*baseline\.json does not exist: every finding is reported/);
  });
});

// ---------------------------------------------------------------------------
// 10d: the sticky comment is the Action's own.
// ---------------------------------------------------------------------------

describe('the summary comment is edited only when the token wrote it', () => {
  const commentRepo = () => makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', 1) });
  const bodyOf = (r: { body: unknown }): string => (r.body as { body: string }).body;

  it("a stranger's comment carrying the marker is left alone; a new comment is posted", async () => {
    const repo = commentRepo();
    const planted: CommentInput[] = [{ id: 900, body: `${MARKER}\n### connect-flow-lint: no findings, merge away`, user: 'mallory' }];
    const server = await startServer(
      happyRoutes(repo, [route('GET', COMMENTS_PATH, issueComments(planted)), route('POST', COMMENTS_PATH, commentCreated(555)), route('PATCH', COMMENT_PATH, commentUpdated(900, PR_NUMBER))]),
    );
    const r = await runAction(repo, server, { inputs: { comment: 'true' } });
    expect(r.code).toBe(1);
    expect(requestsTo(server, 'PATCH', /\/issues\/comments\//)).toHaveLength(0);
    const created = requestsTo(server, 'POST', /^\/repos\/owner\/repo\/issues\/7\/comments$/);
    expect(created).toHaveLength(1);
    expect(bodyOf(created[0]!)).toContain('transition-target-exists');
    expect(r.stdout).toContain('Posted the summary comment 555.');
    expect(r.stdout).toMatch(/1 comment\(s\) carrying the marker were not written by github-actions\[bot\] \(900\): left alone/);
    expect(server.invalid()).toEqual([]);
  });

  it("the Action's own comment is updated even when a stranger's marked comment comes first", async () => {
    const repo = commentRepo();
    const listed: CommentInput[] = [
      { id: 900, body: `${MARKER}\nforged`, user: 'mallory' },
      { id: 901, body: `${MARKER}\nthe previous run's summary` },
    ];
    const server = await startServer(
      happyRoutes(repo, [route('GET', COMMENTS_PATH, issueComments(listed)), route('POST', COMMENTS_PATH, commentCreated(555)), route('PATCH', COMMENT_PATH, commentUpdated(901, PR_NUMBER))]),
    );
    const r = await runAction(repo, server, { inputs: { comment: 'true' } });
    expect(r.code).toBe(1);
    expect(requestsTo(server, 'PATCH', /\/issues\/comments\//).map((q) => q.path)).toEqual(['/repos/owner/repo/issues/comments/901']);
    expect(requestsTo(server, 'POST', /\/comments$/)).toHaveLength(0);
    expect(r.stdout).toContain('Updated the summary comment 901.');
    expect(server.invalid()).toEqual([]);
  });

  it("with a personal token, that user's comment is the Action's: github-actions[bot]'s marked comment is not edited", async () => {
    const repo = commentRepo();
    const listed: CommentInput[] = [
      { id: 900, body: `${MARKER}\nfrom the workflow token`, user: 'github-actions[bot]' },
      { id: 901, body: `${MARKER}\nfrom the release bot's token`, user: 'release-bot' },
    ];
    const server = await startServer(
      happyRoutes(repo, [
        route('POST', '/graphql', () => ({ status: 502, body: { message: 'Server Error' } })),
        route('GET', '/user', authenticatedUser('release-bot')),
        route('GET', COMMENTS_PATH, issueComments(listed)),
        route('POST', COMMENTS_PATH, commentCreated(555)),
        route('PATCH', COMMENT_PATH, commentUpdated(901, PR_NUMBER)),
      ]),
    );
    const r = await runAction(repo, server, { inputs: { comment: 'true' } });
    expect(r.code).toBe(1);
    expect(requestsTo(server, 'PATCH', /\/issues\/comments\//).map((q) => q.path)).toEqual(['/repos/owner/repo/issues/comments/901']);
    expect(requestsTo(server, 'GET', /^\/user$/)).toHaveLength(1);
    expect(server.invalid()).toEqual([]);
  });

  it('when the identity cannot be learnt, no comment is edited: a new one is posted and the job still follows the findings', async () => {
    const repo = commentRepo();
    const server = await startServer(
      happyRoutes(repo, [
        route('POST', '/graphql', () => ({ status: 401, body: { message: 'Bad credentials' } })),
        route('GET', '/user', () => ({ status: 401, body: { message: 'Bad credentials' } })),
        route('GET', COMMENTS_PATH, issueComments([{ id: 901, body: `${MARKER}\nan earlier summary` }])),
        route('POST', COMMENTS_PATH, commentCreated(555)),
        route('PATCH', COMMENT_PATH, commentUpdated(901, PR_NUMBER)),
      ]),
    );
    const r = await runAction(repo, server, { inputs: { comment: 'true', 'fail-on': 'never' } });
    expect(r.code).toBe(0);
    expect(requestsTo(server, 'PATCH', /\/issues\/comments\//)).toHaveLength(0);
    expect(requestsTo(server, 'POST', /\/issues\/7\/comments$/)).toHaveLength(1);
    expect(r.stdout).toMatch(/::warning::cannot tell which account the token is[^\n]*posting a new comment/);
  });
});

// ---------------------------------------------------------------------------
// 8 (part): waiting on the API is bounded.
// ---------------------------------------------------------------------------

describe('Retry-After and the time spent waiting on the API', () => {
  it('a Retry-After of two hours is not waited: the Action falls back at once and the findings decide the job', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', 2) });
    const limited = secondaryRateLimit(7200);
    const server = await startServer([route('GET', FILES_PATH, limited), route('POST', CHECKS_PATH, limited), route('PATCH', CHECK_PATH, limited)]);
    // The production cap on one wait (30 s), not the harness's 200 ms.
    const r = await runAction(repo, server, { env: { CONNECT_FLOW_LINT_API_MAX_DELAY_MS: '30000' } });
    expect(r.code, r.stdout).toBe(1);
    expect(r.elapsedMs).toBeLessThan(20_000);
    expect(requestsTo(server, 'GET', FILES_RE)).toHaveLength(1);
    expect(requestsTo(server, 'POST', CHECKS_RE)).toHaveLength(1);
    expect(r.stdout).toMatch(/not retried: retry-after is 7200 s, past the time allowed for waiting on the GitHub API \(60000 ms in all/);
    expect(r.stdout).toContain('changed by the pull request (from git diff)');
    expect(r.stdout).toMatch(/^::error file=flows\/a\.json,line=\d+/m);
  });

  it('the same with a clean pull request passes: an API that will not answer does not fail the job', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', 0, 0).replace('Hello from a', 'Hello again') });
    const limited = secondaryRateLimit(7200);
    const server = await startServer([route('GET', FILES_PATH, limited), route('POST', CHECKS_PATH, limited)]);
    const r = await runAction(repo, server, { env: { CONNECT_FLOW_LINT_API_MAX_DELAY_MS: '30000' } });
    expect(r.code, r.stdout).toBe(0);
    expect(r.elapsedMs).toBeLessThan(20_000);
  });

  it('short Retry-Afters on every call stop when the total budget is spent (no sleep past it)', async () => {
    const repo = makeRepo({ 'flows/a.json': flow('a') }, { 'flows/a.json': flow('a', 2) });
    const limited = secondaryRateLimit(1);
    const server = await startServer([route('GET', FILES_PATH, limited), route('POST', CHECKS_PATH, limited), route('PATCH', CHECK_PATH, limited)]);
    const r = await runAction(repo, server, { env: { CONNECT_FLOW_LINT_API_MAX_DELAY_MS: '30000', CONNECT_FLOW_LINT_API_BUDGET_MS: '1500' } });
    expect(r.code, r.stdout).toBe(1);
    // 1 s waited after the first refusal of the files list; a second wait would pass the 1.5 s budget.
    expect(requestsTo(server, 'GET', FILES_RE)).toHaveLength(2);
    expect(requestsTo(server, 'POST', CHECKS_RE)).toHaveLength(1);
    expect(r.stdout).toMatch(/not retried: retry-after is 1 s, past the time allowed for waiting on the GitHub API \(1500 ms in all, \d+ ms left\)/);
  });
});

// ---------------------------------------------------------------------------
// 11: no argument injection into git.
// ---------------------------------------------------------------------------

describe('revisions never reach git as options', () => {
  function graphRepo(): string {
    const dir = tempDir();
    writeFiles(dir, { 'flow.json': flow('a') });
    git(dir, 'init', '-q', '-b', 'main');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    writeFiles(dir, { 'flow.json': flow('a', 0, 1) });
    return dir;
  }

  it('graph --base=--output=FILE writes nothing and is a usage error (exit 2)', () => {
    const dir = graphRepo();
    const out = tempDir();
    for (const ref of [`--output=${out}/pwned`, `-o${out}/pwned`, '--exec=touch pwned', '-', '--']) {
      const r = runCli(['graph', 'flow.json', `--base=${ref}`], dir);
      expect(r.code, `${ref}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/--base .* is not a git revision/);
    }
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['.git', 'flow.json']);
  });

  it('graph --base with a name git would refuse, or that names no commit, is a usage error; a real one still works', () => {
    const dir = graphRepo();
    for (const ref of ['main..HEAD', 'no-such-branch', 'HEAD:flow.json', 'a b']) {
      const r = runCli(['graph', 'flow.json', '--base', ref], dir);
      expect(r.code, `${ref}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('is not a git revision');
    }
    const ok = runCli(['graph', 'flow.json', '--base', 'main', '--format', 'json'], dir);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ addedBlocks: [expect.anything()] });
  });

  it("the Action: a base commit in the event that starts with '-' reaches no git command; every flow is linted", async () => {
    const repo = makeRepo({ 'a.json': flow('a') }, { 'a.json': flow('a', 2) });
    const out = tempDir();
    // git show would write `${out}/pwned:a.json` if the value were taken as its --output option.
    const evil = `--output=${out}/pwned`;
    mkdirSync(join(out, 'sub'));
    writeFileSync(join(out, 'sub', 'keep'), '');
    for (const failing of [false, true]) {
      const server = await startServer(failing ? [route('GET', FILES_PATH, serverError()), route('POST', CHECKS_PATH, checkRunCreated(42)), route('PATCH', CHECK_PATH, checkRunUpdated(42))] : happyRoutes(repo));
      const r = await runAction(repo, server, { event: { baseSha: evil } });
      expect(r.code, r.stdout).toBe(1);
      expect(r.outputs['errors']).toBe('2');
      expect(readdirSync(out)).toEqual(['sub']);
      expect(r.stdout).toContain('is not a commit id');
    }
  });
});
