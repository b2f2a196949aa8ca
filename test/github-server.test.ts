import { afterEach, describe, expect, it } from 'vitest';
import {
  authenticatedUser,
  checkRunCreated,
  checkRunUpdated,
  commentCreated,
  forbidden,
  graphqlViewer,
  issueComments,
  MAX_PULL_FILES,
  openApiInfo,
  pullFiles,
  pullRequestEvent,
  secondaryRateLimit,
  serverError,
  startGitHubServer,
  type GitHubServer,
  type Route,
} from './support/github-server.js';

let server: GitHubServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(routes: Route[]): Promise<GitHubServer> {
  server = await startGitHubServer(routes);
  return server;
}

function send(base: string, method: string, path: string, body?: unknown, init: RequestInit = {}): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { accept: 'application/vnd.github+json', 'content-type': 'application/json; charset=utf-8', authorization: 'token test' },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    ...init,
  });
}

const validCheckRun = {
  name: 'connect-flow-lint',
  head_sha: 'a'.repeat(40),
  status: 'completed',
  conclusion: 'failure',
  output: {
    title: '1 problem',
    summary: 'Found 1 problem',
    annotations: [{ path: 'flows/main.json', start_line: 3, end_line: 3, annotation_level: 'failure', message: 'bad', title: 'rule-id' }],
  },
};

describe('the OpenAPI description', () => {
  it('is the dereferenced api.github.com description from @octokit/openapi', () => {
    const info = openApiInfo();
    expect(info.file).toMatch(/@octokit\/openapi\/generated\/api\.github\.com\.deref\.json$/);
    expect(info.openapi).toMatch(/^3\.0\./);
    expect(info.pathCount).toBeGreaterThan(500);
  });
});

describe('request validation', () => {
  it('accepts a valid check-run creation and answers with the route', async () => {
    const gh = await start([{ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', reply: checkRunCreated(42) }]);
    const res = await send(gh.url, 'POST', '/repos/o/r/check-runs', validCheckRun);
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-ratelimit-limit')).toBe('5000');
    expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ id: 42, html_url: 'https://github.com/o/r/runs/42', head_sha: validCheckRun.head_sha, status: 'completed', conclusion: 'failure' });
    expect(body.output).toMatchObject({ annotations_count: 1 });
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]).toMatchObject({ method: 'POST', path: '/repos/o/r/check-runs', operationId: 'checks/create', validationErrors: [] });
    expect(gh.invalid()).toEqual([]);
  });

  it('names the field when an annotation has a wrong level or lacks its path', async () => {
    const gh = await start([{ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', reply: checkRunCreated(1) }]);
    const annotation = validCheckRun.output.annotations[0];
    const bad = {
      ...validCheckRun,
      output: { ...validCheckRun.output, annotations: [{ ...annotation, annotation_level: 'error' }, { ...annotation, path: undefined }] },
    };
    await send(gh.url, 'POST', '/repos/o/r/check-runs', bad);
    const [record] = gh.invalid();
    expect(record?.operationId).toBe('checks/create');
    expect(record?.validationErrors).toContain(
      'POST /repos/o/r/check-runs: body/output/annotations/0/annotation_level must be equal to one of the allowed values ("notice", "warning", "failure")',
    );
    expect(record?.validationErrors).toContain("POST /repos/o/r/check-runs: body/output/annotations/1 must have required property 'path'");
  });

  it('validates the check-run update, comment bodies and nullable-free required fields', async () => {
    const gh = await start([
      { method: 'PATCH', path: '/repos/{owner}/{repo}/check-runs/{check_run_id}', reply: checkRunUpdated(7) },
      { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', reply: commentCreated(9) },
    ]);
    const ok = await send(gh.url, 'PATCH', '/repos/o/r/check-runs/7', { output: { title: 't', summary: 's' } });
    expect(ok.status).toBe(200);
    await send(gh.url, 'PATCH', '/repos/o/r/check-runs/7', { output: { title: 't' } });
    await send(gh.url, 'POST', '/repos/o/r/issues/5/comments', { text: 'hello' });
    const created = await send(gh.url, 'POST', '/repos/o/r/issues/5/comments', { body: 'hello' });
    expect(await created.json()).toMatchObject({ id: 9, body: 'hello', html_url: 'https://github.com/o/r/pull/5#issuecomment-9', user: { login: 'github-actions[bot]' } });
    expect(gh.invalid().map((r) => r.validationErrors)).toEqual([
      ["PATCH /repos/o/r/check-runs/7: body/output must have required property 'summary'"],
      ["POST /repos/o/r/issues/5/comments: body must have required property 'body'"],
    ]);
    expect(gh.requests.map((r) => r.operationId)).toEqual(['checks/update', 'checks/update', 'issues/create-comment', 'issues/create-comment']);
  });

  it('validates path and query parameters against their schemas', async () => {
    const gh = await start([{ method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', reply: pullFiles([]) }]);
    await send(gh.url, 'GET', '/repos/o/r/pulls/12/files?per_page=100&page=1');
    await send(gh.url, 'GET', '/repos/o/r/pulls/abc/files?per_page=lots&perPage=5');
    const [good, bad] = gh.requests;
    expect(good?.validationErrors).toEqual([]);
    expect(good?.operationId).toBe('pulls/list-files');
    expect(bad?.validationErrors).toEqual([
      'GET /repos/o/r/pulls/abc/files: path/pull_number must be integer',
      'GET /repos/o/r/pulls/abc/files: query/perPage is not a query parameter of this operation',
      'GET /repos/o/r/pulls/abc/files: query/per_page must be integer',
    ]);
  });

  it('treats OpenAPI 3.0 nullable: true as allowing null, and only null', async () => {
    const gh = await start([]);
    await send(gh.url, 'PATCH', '/repos/o/r/issues/1', { title: null, assignee: null, milestone: null, state_reason: null });
    await send(gh.url, 'PATCH', '/repos/o/r/issues/1', { state_reason: 'nope', state: null });
    const [ok, bad] = gh.requests;
    expect(ok?.operationId).toBe('issues/update');
    expect(ok?.validationErrors).toEqual([]);
    expect(bad?.validationErrors).toEqual([
      'PATCH /repos/o/r/issues/1: body/state must be string',
      'PATCH /repos/o/r/issues/1: body/state must be equal to one of the allowed values ("open", "closed")',
      'PATCH /repos/o/r/issues/1: body/state_reason must be equal to one of the allowed values ("completed", "not_planned", "duplicate", "reopened", null)',
    ]);
  });

  it('flags paths and methods that are not in the description, and answers 404 for unrouted requests', async () => {
    const gh = await start([]);
    const unknown = await send(gh.url, 'GET', '/repos/o/r/check-runz');
    expect(unknown.status).toBe(404);
    const wrongMethod = await send(gh.url, 'PUT', '/repos/o/r/check-runs', validCheckRun);
    expect(wrongMethod.status).toBe(404);
    const unrouted = await send(gh.url, 'GET', '/repos/o/r/issues/3/comments');
    expect(unrouted.status).toBe(404);
    expect(await unrouted.json()).toMatchObject({ message: 'Not Found', documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com\//) });

    expect(gh.requests.map((r) => r.operationId)).toEqual([undefined, undefined, 'issues/list-comments']);
    expect(gh.invalid().map((r) => r.validationErrors)).toEqual([
      ['GET /repos/o/r/check-runz: no path in the GitHub REST description matches this request'],
      ['PUT /repos/o/r/check-runs: /repos/{owner}/{repo}/check-runs has no PUT operation in the GitHub REST description (it has POST)'],
    ]);
  });

  it('matches the most specific path template, including multi-segment parameters', async () => {
    const gh = await start([]);
    await send(gh.url, 'PATCH', '/repos/o/r/issues/comments/77', { body: 'x' });
    await send(gh.url, 'GET', '/repos/o/r/contents/flows/sub/main.json?ref=abc');
    expect(gh.requests.map((r) => r.operationId)).toEqual(['issues/update-comment', 'repos/get-content']);
    expect(gh.invalid()).toEqual([]);
  });
});

describe('reply helpers', () => {
  it('paginates pull request files over 3 pages with a Link header', async () => {
    const files = Array.from({ length: 7 }, (_, i) => ({ filename: `flows/f${i}.json`, status: 'modified' as const, patch: '@@ -1 +1 @@\n-a\n+b' }));
    const gh = await start([{ method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', reply: pullFiles(files) }]);
    const seen: string[] = [];
    let next: string | undefined = `${gh.url}/repos/o/r/pulls/3/files?per_page=3`;
    let pages = 0;
    while (next) {
      const res: Response = await fetch(next);
      expect(res.status).toBe(200);
      const page = (await res.json()) as Array<{ filename: string; additions: number; blob_url: string }>;
      seen.push(...page.map((f) => f.filename));
      expect(page[0]?.additions).toBe(1);
      expect(page[0]?.blob_url).toMatch(/^https:\/\/github\.com\/o\/r\/blob\/[0-9a-f]{40}\/flows\//);
      next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1];
      pages++;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(files.map((f) => f.filename));
    expect(gh.requests.map((r) => r.query.get('page'))).toEqual([null, '2', '3']);
    expect(gh.invalid()).toEqual([]);
    const last = await fetch(`${gh.url}/repos/o/r/pulls/3/files?per_page=3&page=3`);
    expect(last.headers.get('link')).toContain('rel="prev"');
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('paginates issue comments too', async () => {
    const list = Array.from({ length: 35 }, (_, i) => ({ id: i + 1, body: `c${i}` }));
    const gh = await start([{ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', reply: issueComments(list) }]);
    const res = await fetch(`${gh.url}/repos/o/r/issues/4/comments`);
    expect(((await res.json()) as unknown[]).length).toBe(30);
    expect(res.headers.get('link')).toContain('page=2>; rel="next"');
  });

  it('simulates a hang with delayMs: the client timeout fires', async () => {
    const gh = await start([{ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', reply: () => ({ status: 200, body: [], delayMs: 5_000 }) }]);
    const started = Date.now();
    await expect(fetch(`${gh.url}/repos/o/r/issues/1/comments`, { signal: AbortSignal.timeout(200) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(gh.requests).toHaveLength(1);
  });

  it('resets the connection with destroy: fetch fails with a network error', async () => {
    const gh = await start([{ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', reply: () => ({ status: 201, destroy: true }) }]);
    const error: unknown = await send(gh.url, 'POST', '/repos/o/r/check-runs', validCheckRun).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect((error as TypeError & { cause?: { code?: string } }).cause?.code).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    expect(gh.requests).toHaveLength(1);
  });

  it('sends retry-after and the secondary-rate-limit message, then the route recovers on the next call', async () => {
    const limited = secondaryRateLimit(7);
    const created = checkRunCreated(3);
    const gh = await start([{ method: 'POST', path: '/repos/{owner}/{repo}/check-runs', reply: (req, params, n) => (n === 0 ? limited(req, params, n) : created(req, params, n)) }]);
    const first = await send(gh.url, 'POST', '/repos/o/r/check-runs', validCheckRun);
    expect(first.status).toBe(403);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(((await first.json()) as { message: string }).message).toMatch(/secondary rate limit/);
    const second = await send(gh.url, 'POST', '/repos/o/r/check-runs', validCheckRun);
    expect(second.status).toBe(201);
  });

  it('answers forbidden and serverError with GitHub-shaped bodies', async () => {
    const gh = await start([
      { method: 'POST', path: '/repos/{owner}/{repo}/check-runs', reply: forbidden() },
      { method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments', reply: serverError() },
    ]);
    const denied = await send(gh.url, 'POST', '/repos/o/r/check-runs', validCheckRun);
    expect(denied.status).toBe(403);
    expect(await denied.json()).toMatchObject({ message: 'Resource not accessible by integration' });
    const broken = await send(gh.url, 'POST', '/repos/o/r/issues/1/comments', { body: 'x' });
    expect(broken.status).toBe(502);
  });
});

describe('pullRequestEvent', () => {
  it('builds a synchronize payload, with the head in a fork when asked', () => {
    const event = pullRequestEvent({ owner: 'acme', repo: 'flows', number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), baseRef: 'main', headRef: 'feature', fork: true });
    expect(event).toMatchObject({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: 'h'.repeat(40), ref: 'feature', repo: { full_name: 'contributor/flows', fork: true } },
        base: { sha: 'b'.repeat(40), ref: 'main', repo: { full_name: 'acme/flows', fork: false } },
      },
      repository: { owner: { login: 'acme' }, name: 'flows', full_name: 'acme/flows' },
    });
  });
});

describe('what the Action needs for failing closed', () => {
  it('lists at most 3,000 pull request files, as GitHub does, however many there are', async () => {
    const files = Array.from({ length: MAX_PULL_FILES + 5 }, (_, i) => ({ filename: `f/${i}.json`, status: 'added' as const }));
    const gh = await start([{ method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}/files', reply: pullFiles(files) }]);
    const last = await send(gh.url, 'GET', '/repos/o/r/pulls/1/files?per_page=100&page=30');
    expect(((await last.json()) as Array<{ filename: string }>).at(-1)?.filename).toBe(`f/${MAX_PULL_FILES - 1}.json`);
    expect(last.headers.get('link') ?? '').not.toContain('rel="next"');
    expect(await (await send(gh.url, 'GET', '/repos/o/r/pulls/1/files?per_page=100&page=31')).json()).toEqual([]);
  });

  it("answers the token's identity: GraphQL viewer, and GET /user refused for an installation token", async () => {
    const gh = await start([
      { method: 'POST', path: '/graphql', reply: graphqlViewer() },
      { method: 'GET', path: '/user', reply: authenticatedUser() },
    ]);
    expect(await (await send(gh.url, 'POST', '/graphql', { query: 'query { viewer { login } }' })).json()).toEqual({ data: { viewer: { login: 'github-actions[bot]' } } });
    expect(await (await send(gh.url, 'POST', '/graphql', { query: '{ repository { id } }' })).json()).toMatchObject({ data: null, errors: [expect.anything()] });
    expect((await send(gh.url, 'GET', '/user')).status).toBe(403);
    const bad = await send(gh.url, 'POST', '/graphql', { q: 1 });
    expect(bad.status).toBe(200);
    expect(gh.invalid().map((r) => r.validationErrors)).toEqual([['POST /graphql: body must be an object with a "query" string']]);
  });

  it('GET /user for a personal token, and changed_files in the event when given', async () => {
    const gh = await start([{ method: 'GET', path: '/user', reply: authenticatedUser('release-bot') }]);
    expect(await (await send(gh.url, 'GET', '/user')).json()).toMatchObject({ login: 'release-bot', type: 'User' });
    expect(gh.invalid()).toEqual([]);
    const event = pullRequestEvent({ owner: 'a', repo: 'b', number: 1, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40), baseRef: 'main', headRef: 'f', changedFiles: 3001 });
    expect(event).toMatchObject({ pull_request: { changed_files: 3001 } });
  });
});
