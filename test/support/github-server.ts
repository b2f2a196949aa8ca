/**
 * A stand-in for the GitHub REST API, for end-to-end tests of the Action.
 *
 * It is a real HTTP server on 127.0.0.1 (random port). Every request it gets is
 * recorded and checked against GitHub's published REST OpenAPI description (from
 * the installed `@octokit/openapi` package): the operation is found by matching
 * the path against all of the description's paths, and the path parameters,
 * query parameters and JSON body are validated with ajv against the operation's
 * schemas. Problems land in `validationErrors`; routes still answer, so a test
 * can assert both on the Action's behaviour and on `invalid()` being empty.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CJS (`module.exports = plugin; exports.default = plugin`); under
// NodeNext the default import is `module.exports`, typed as the module namespace.
const addFormats = addFormatsModule.default;

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: unknown;
  operationId?: string;
  validationErrors: string[];
}

export interface ReplyResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Wait this long before answering (to make a client's timeout fire). */
  delayMs?: number;
  /** Reset the connection instead of answering. */
  destroy?: boolean;
  /** Answer with these bytes as they are (a raw media type), not with `body` as JSON. */
  raw?: Buffer;
}

export type ReplyFn = (req: RecordedRequest, params: Record<string, string>, n: number) => ReplyResult;

export interface Route {
  method: string;
  /** A template like /repos/{owner}/{repo}/check-runs */
  path: string;
  /** `n` is the 0-based count of earlier calls of this route. */
  reply: ReplyFn;
}

export interface GitHubServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  /** The recorded requests that have at least one validation error. */
  invalid(): RecordedRequest[];
}

// ---------------------------------------------------------------------------
// The OpenAPI description: loaded once per process, schemas compiled lazily.
// ---------------------------------------------------------------------------

type Json = unknown;
type JsonObject = Record<string, Json>;

interface OpenApiParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
  'x-multi-segment'?: boolean;
}

interface Validators {
  path: ValidateFunction;
  query: ValidateFunction;
  /** undefined: the operation has no JSON request body. */
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
  /** The operation takes a body, but not as JSON (e.g. text/plain). */
  nonJsonBody: boolean;
  hasRequestBody: boolean;
  compileError?: string;
}

interface SpecOperation {
  method: string;
  template: string;
  operationId: string | undefined;
  parameters: OpenApiParameter[];
  requestBody: { required?: boolean; content?: Record<string, { schema?: Json }> } | undefined;
  validators?: Validators;
}

interface SpecPath {
  template: string;
  regex: RegExp;
  names: string[];
  methods: Map<string, SpecOperation>;
}

export interface OpenApiInfo {
  file: string;
  openapi: string;
  version: string;
  sizeBytes: number;
  loadMs: number;
  pathCount: number;
  operationCount: number;
}

interface Spec {
  info: OpenApiInfo;
  paths: SpecPath[];
  /** The whole description, kept only when it still has $refs to resolve. */
  root: JsonObject | undefined;
}

let spec: Spec | undefined;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function descriptionFile(): string {
  const require = createRequire(import.meta.url);
  const dir = require.resolve('@octokit/openapi/package.json').replace(/package\.json$/, 'generated/');
  const deref = `${dir}api.github.com.deref.json`;
  return existsSync(deref) ? deref : `${dir}api.github.com.json`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles a path template; parameters named in `multi` may span several segments. */
function compileTemplate(template: string, multi: ReadonlySet<string> = new Set()): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template.replace(/\{([^}]+)\}|[^{]+/g, (match, name: string | undefined) => {
    if (name === undefined) return escapeRegExp(match);
    names.push(name);
    return multi.has(name) ? '(.+?)' : '([^/]+)';
  });
  return { regex: new RegExp(`^${source}$`), names };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function loadSpec(): Spec {
  if (spec) return spec;
  const started = performance.now();
  const file = descriptionFile();
  const doc = JSON.parse(readFileSync(file, 'utf8')) as JsonObject;
  const docPaths = isObject(doc.paths) ? doc.paths : {};
  const paths: SpecPath[] = [];
  let operationCount = 0;
  for (const [template, item] of Object.entries(docPaths)) {
    if (!isObject(item)) continue;
    const shared = Array.isArray(item.parameters) ? (item.parameters as OpenApiParameter[]) : [];
    const methods = new Map<string, SpecOperation>();
    const multi = new Set<string>();
    for (const method of METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      const own = Array.isArray(op.parameters) ? (op.parameters as OpenApiParameter[]) : [];
      const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
      for (const p of parameters) if (p['x-multi-segment'] === true) multi.add(p.name);
      // Keep only what validation needs: the responses are most of the file.
      methods.set(method.toUpperCase(), {
        method: method.toUpperCase(),
        template,
        operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
        parameters,
        requestBody: isObject(op.requestBody) ? (op.requestBody as SpecOperation['requestBody']) : undefined,
      });
      operationCount++;
    }
    paths.push({ template, ...compileTemplate(template, multi), methods });
  }
  // Most specific first: more literal segments, then fewer parameters.
  const literalSegments = (t: string) => t.split('/').filter((s) => s !== '' && !s.includes('{')).length;
  paths.sort((a, b) => literalSegments(b.template) - literalSegments(a.template) || a.names.length - b.names.length);
  const info = isObject(doc.info) ? doc.info : {};
  const stillHasRefs = !file.endsWith('.deref.json');
  spec = {
    info: {
      file,
      openapi: String(doc.openapi),
      version: String(info.version),
      sizeBytes: statSync(file).size,
      loadMs: Math.round(performance.now() - started),
      pathCount: paths.length,
      operationCount,
    },
    paths,
    root: stillHasRefs ? doc : undefined,
  };
  return spec;
}

/** Which description file is used, its version and size, and how long it took to load. */
export function openApiInfo(): OpenApiInfo {
  return loadSpec().info;
}

function resolvePointer(root: JsonObject | undefined, ref: string): Json {
  if (!root || !ref.startsWith('#/')) return undefined;
  let node: Json = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  return node;
}

function deref(node: Json, root: JsonObject | undefined, seen: ReadonlySet<string> = new Set()): Json {
  if (isObject(node) && typeof node.$ref === 'string') {
    if (seen.has(node.$ref)) return {};
    return deref(resolvePointer(root, node.$ref), root, new Set([...seen, node.$ref]));
  }
  return node;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];
const OPENAPI_ONLY = new Set(['nullable', 'example', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated']);

/**
 * OpenAPI 3.0 Schema Object → JSON Schema for ajv: resolves $refs (cycles become
 * `{}`), turns `nullable: true` into a null type (and a null enum member), and
 * drops OpenAPI-only and `x-` keywords. Property names are never mistaken for keywords.
 */
function toJsonSchema(input: Json, root: JsonObject | undefined, seen: ReadonlySet<string> = new Set()): Json {
  let node = input;
  let trail = seen;
  while (isObject(node) && typeof node.$ref === 'string') {
    if (trail.has(node.$ref)) return {};
    trail = new Set([...trail, node.$ref]);
    node = resolvePointer(root, node.$ref);
  }
  if (typeof node === 'boolean') return node;
  if (!isObject(node)) return {};
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (OPENAPI_ONLY.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.includes(key) && isObject(value)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v, root, trail)]));
    } else if (SCHEMA_LISTS.includes(key) && Array.isArray(value)) {
      out[key] = value.map((v) => toJsonSchema(v, root, trail));
    } else if (SCHEMA_SINGLES.includes(key) && (isObject(value) || typeof value === 'boolean')) {
      out[key] = toJsonSchema(value, root, trail);
    } else {
      out[key] = value;
    }
  }
  if (node.nullable === true) {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) out.type = out.type.includes('null') ? out.type : [...out.type, 'null'];
    else return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

let ajvs: { body: Ajv; params: Ajv } | undefined;

function getAjvs(): { body: Ajv; params: Ajv } {
  if (!ajvs) {
    const common = { allErrors: true, strict: false, validateSchema: false, logger: false } as const;
    const body = new Ajv(common);
    // Parameters arrive as strings: coerce "30" → 30, "a" → ["a"], as a server would.
    const params = new Ajv({ ...common, coerceTypes: 'array' });
    addFormats(body);
    addFormats(params);
    ajvs = { body, params };
  }
  return ajvs;
}

function validatorsFor(op: SpecOperation, root: JsonObject | undefined): Validators {
  if (op.validators) return op.validators;
  const { body: bodyAjv, params: paramsAjv } = getAjvs();
  const parameters = op.parameters.map((p) => deref(p, root) as OpenApiParameter);
  const objectSchema = (where: string, closed: boolean) => {
    const chosen = parameters.filter((p) => p.in === where);
    return {
      type: 'object',
      properties: Object.fromEntries(chosen.map((p) => [p.name, toJsonSchema(p.schema ?? {}, root)])),
      required: chosen.filter((p) => p.required === true).map((p) => p.name),
      additionalProperties: !closed,
    };
  };
  const requestBody = deref(op.requestBody, root) as SpecOperation['requestBody'];
  const content = requestBody?.content ?? {};
  const jsonType = Object.keys(content).find((type) => /^application\/(.+\+)?json$/.test(type));
  const jsonSchema = jsonType === undefined ? undefined : content[jsonType]?.schema;
  const validators: Validators = {
    path: paramsAjv.compile(objectSchema('path', false)),
    query: paramsAjv.compile(objectSchema('query', true)),
    body: undefined,
    bodyRequired: requestBody?.required === true,
    nonJsonBody: requestBody !== undefined && jsonType === undefined,
    hasRequestBody: requestBody !== undefined,
  };
  if (jsonSchema !== undefined) {
    try {
      validators.body = bodyAjv.compile(toJsonSchema(jsonSchema, root) as object);
    } catch (error) {
      validators.compileError = `could not compile the request body schema: ${(error as Error).message}`;
    }
  }
  op.validators = validators;
  return validators;
}

function formatError(prefix: string, error: ErrorObject): string {
  const where = `${prefix}${error.instancePath}`;
  const params = error.params as Record<string, unknown>;
  let detail = '';
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues)) {
    detail = ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
  } else if (error.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string') {
    const noun = prefix === 'query' ? 'a query parameter of this operation' : 'allowed here';
    return `${where}/${params.additionalProperty} is not ${noun}`;
  }
  return `${where} ${error.message ?? error.keyword}${detail}`;
}

function findOperation(method: string, path: string): { op?: SpecOperation; params: Record<string, string>; error?: string } {
  const { paths } = loadSpec();
  let pathOnly: SpecPath | undefined;
  for (const candidate of paths) {
    const match = candidate.regex.exec(path);
    if (!match) continue;
    const op = candidate.methods.get(method);
    if (!op) {
      pathOnly ??= candidate;
      continue;
    }
    return { op, params: extractParams(candidate.names, match) };
  }
  if (pathOnly) {
    const allowed = [...pathOnly.methods.keys()].join(', ');
    return { params: {}, error: `${pathOnly.template} has no ${method} operation in the GitHub REST description (it has ${allowed})` };
  }
  return { params: {}, error: 'no path in the GitHub REST description matches this request' };
}

function extractParams(names: string[], match: RegExpExecArray): Record<string, string> {
  const params: Record<string, string> = {};
  names.forEach((name, i) => {
    const raw = match[i + 1] ?? '';
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw;
    }
  });
  return params;
}

function queryObject(query: URLSearchParams, op: SpecOperation): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(query.keys())) {
    const name = key.endsWith('[]') ? key.slice(0, -2) : key;
    const values = query.getAll(key);
    const param = op.parameters.find((p) => p.in === 'query' && p.name === name);
    const schema = param?.schema;
    const wantsArray = isObject(schema) && (schema.type === 'array' || JSON.stringify(schema.oneOf ?? []).includes('"array"'));
    const previous = out[name];
    const merged = Array.isArray(previous) ? [...previous, ...values] : values;
    if (wantsArray) out[name] = merged.length === 1 && merged[0]?.includes(',') ? merged[0].split(',') : merged;
    else out[name] = merged.length === 1 ? merged[0] : merged;
  }
  return out;
}

/** GitHub's GraphQL endpoint is not in the REST description: a request must POST a query (and maybe variables). */
function validateGraphql(record: RecordedRequest): void {
  const label = `${record.method} ${record.path}`;
  if (record.method !== 'POST') record.validationErrors.push(`${label}: the GraphQL endpoint takes POST only`);
  else if (!isObject(record.body) || typeof record.body.query !== 'string') record.validationErrors.push(`${label}: body must be an object with a "query" string`);
  else if (record.body.variables !== undefined && !isObject(record.body.variables)) record.validationErrors.push(`${label}: body/variables must be an object`);
}

function validateRequest(record: RecordedRequest, rawBody: string): void {
  const label = `${record.method} ${record.path}`;
  if (record.path === '/graphql' || record.path === '/api/graphql') return validateGraphql(record);
  const found = findOperation(record.method, record.path);
  if (!found.op) {
    record.validationErrors.push(`${label}: ${found.error}`);
    return;
  }
  const { op } = found;
  const s = loadSpec();
  record.operationId = op.operationId;
  const v = validatorsFor(op, s.root);
  const problems: string[] = [];
  if (!v.path({ ...found.params })) problems.push(...(v.path.errors ?? []).map((e) => formatError('path', e)));
  if (!v.query(queryObject(record.query, op))) problems.push(...(v.query.errors ?? []).map((e) => formatError('query', e)));

  const contentType = String(record.headers['content-type'] ?? '');
  const hasBody = rawBody.length > 0;
  if (v.compileError) problems.push(v.compileError);
  if (!v.hasRequestBody) {
    const empty = !hasBody || (isObject(record.body) && Object.keys(record.body).length === 0);
    if (!empty) problems.push(`body: ${op.operationId ?? op.template} takes no request body`);
  } else if (!hasBody) {
    if (v.bodyRequired) problems.push('body is required');
  } else if (v.body) {
    if (!/\bjson\b/i.test(contentType)) problems.push(`body: content-type is '${contentType}', expected application/json`);
    if (typeof record.body === 'string' && !/^\s*"/.test(rawBody)) problems.push('body is not valid JSON');
    else if (!v.body(record.body)) problems.push(...(v.body.errors ?? []).map((e) => formatError('body', e)));
  }
  record.validationErrors.push(...problems.map((p) => `${label}: ${p}`));
}

// ---------------------------------------------------------------------------
// The server.
// ---------------------------------------------------------------------------

const NOT_FOUND_DOCS = 'https://docs.github.com/rest';

export async function startGitHubServer(routes: Route[]): Promise<GitHubServer> {
  loadSpec();
  const compiled = routes.map((route) => ({ route, method: route.method.toUpperCase(), ...compileTemplate(route.path), calls: 0 }));
  const requests: RecordedRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const rateLimitReset = Math.floor(Date.now() / 1000) + 3600;
  let closed = false;

  const send = (res: ServerResponse, reply: ReplyResult) => {
    if (res.destroyed || res.writableEnded) return;
    const used = requests.length;
    const headers: Record<string, string> = {
      'x-github-request-id': randomUUID().toUpperCase().slice(0, 23),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(0, 5000 - used)),
      'x-ratelimit-reset': String(rateLimitReset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': 'core',
    };
    let payload: string | Buffer | undefined;
    if (reply.raw !== undefined) {
      payload = reply.raw;
      headers['content-type'] = 'application/octet-stream';
      headers['content-length'] = String(reply.raw.length);
    } else if (reply.body !== undefined && reply.status !== 204 && reply.status !== 304) {
      payload = JSON.stringify(reply.body);
      headers['content-type'] = 'application/json; charset=utf-8';
      headers['content-length'] = String(Buffer.byteLength(payload));
    } else {
      headers['content-length'] = '0';
    }
    for (const [key, value] of Object.entries(reply.headers ?? {})) headers[key.toLowerCase()] = value;
    res.writeHead(reply.status, headers);
    res.end(payload);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const rawBody = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    if (rawBody.length > 0) {
      try {
        body = JSON.parse(rawBody);
      } catch {
        body = rawBody;
      }
    }
    const record: RecordedRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body,
      validationErrors: [],
    };
    try {
      validateRequest(record, rawBody);
    } catch (error) {
      record.validationErrors.push(`${record.method} ${record.path}: validator failed: ${(error as Error).message}`);
    }
    requests.push(record);

    let reply: ReplyResult = { status: 404, body: { message: 'Not Found', documentation_url: NOT_FOUND_DOCS, status: '404' } };
    for (const entry of compiled) {
      if (entry.method !== record.method) continue;
      const match = entry.regex.exec(record.path);
      if (!match) continue;
      const n = entry.calls++;
      try {
        reply = entry.route.reply(record, extractParams(entry.names, match), n);
      } catch (error) {
        reply = { status: 500, body: { message: `github-server: reply for ${entry.route.method} ${entry.route.path} threw: ${(error as Error).message}` } };
      }
      break;
    }

    if (reply.delayMs !== undefined && reply.delayMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, reply.delayMs);
        timers.add(timer);
      });
      if (closed) return;
    }
    if (reply.destroy) {
      const socket = req.socket;
      if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
      else socket.destroy();
      return;
    }
    send(res, reply);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, { status: 500, body: { message: String(error) } });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    invalid: () => requests.filter((r) => r.validationErrors.length > 0),
    close: async () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------
// Reply helpers for the endpoints the Action uses.
// ---------------------------------------------------------------------------

const GITHUB_ACTIONS_BOT = { login: 'github-actions[bot]', id: 41898282, node_id: 'MDM6Qm90NDE4OTgyODI=', type: 'Bot', site_admin: false, html_url: 'https://github.com/apps/github-actions' };
const GITHUB_ACTIONS_APP = { id: 15368, slug: 'github-actions', node_id: 'MDM6QXBwMTUzNjg=', name: 'GitHub Actions', owner: { login: 'github', id: 9919, type: 'Organization' } };
const FIXED_TIME = '2024-01-01T00:00:00Z';

function fakeSha(...parts: Array<string | number>): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(String(id)).toString('base64url')}`;
}

function bodyObject(req: RecordedRequest): JsonObject {
  return isObject(req.body) ? req.body : {};
}

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : fallback;
}

/** GitHub-style pagination: per_page (default 30, max 100), page, and a Link header. */
function paginate<T>(req: RecordedRequest, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, positiveInt(req.query.get('per_page'), 30));
  const page = positiveInt(req.query.get('page'), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const host = typeof req.headers.host === 'string' ? req.headers.host : '127.0.0.1';
  const link = (p: number) => {
    const query = new URLSearchParams(req.query);
    query.set('per_page', String(perPage));
    query.set('page', String(p));
    return `<http://${host}${req.path}?${query.toString()}>`;
  };
  const rels: string[] = [];
  if (page > 1) rels.push(`${link(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) rels.push(`${link(page + 1)}; rel="next"`, `${link(last)}; rel="last"`);
  if (page > 1) rels.push(`${link(1)}; rel="first"`);
  return { page: items.slice((page - 1) * perPage, page * perPage), headers: rels.length > 0 ? { link: rels.join(', ') } : {} };
}

export type PullFileStatus = 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface PullFileInput {
  filename: string;
  status: PullFileStatus;
  patch?: string;
  previous_filename?: string;
}

/** GitHub lists at most this many files of a pull request, whatever its size (later pages come back empty). */
export const MAX_PULL_FILES = 3000;

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files, paginated like GitHub, and cut at 3,000 files like GitHub. */
export function pullFiles(files: PullFileInput[]): ReplyFn {
  return (req, params) => {
    const owner = params.owner ?? 'owner';
    const repo = params.repo ?? 'repo';
    const ref = fakeSha('head', owner, repo, params.pull_number ?? '');
    const all = files.map((file) => {
      const lines = (file.patch ?? '').split('\n');
      const additions = lines.filter((l) => l.startsWith('+')).length;
      const deletions = lines.filter((l) => l.startsWith('-')).length;
      const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
      return {
        sha: fakeSha('blob', file.filename, file.patch ?? ''),
        filename: file.filename,
        status: file.status,
        additions,
        deletions,
        changes: additions + deletions,
        blob_url: `https://github.com/${owner}/${repo}/blob/${ref}/${encoded}`,
        raw_url: `https://github.com/${owner}/${repo}/raw/${ref}/${encoded}`,
        contents_url: `https://api.github.com/repos/${owner}/${repo}/contents/${encoded}?ref=${ref}`,
        ...(file.patch !== undefined ? { patch: file.patch } : {}),
        ...(file.previous_filename !== undefined ? { previous_filename: file.previous_filename } : {}),
      };
    });
    const { page, headers } = paginate(req, all.slice(0, MAX_PULL_FILES));
    return { status: 200, body: page, headers };
  };
}

function checkRun(id: number, req: RecordedRequest, params: Record<string, string>, annotationsCount: number, headSha: string): JsonObject {
  const body = bodyObject(req);
  const output = isObject(body.output) ? body.output : {};
  const owner = params.owner ?? 'owner';
  const repo = params.repo ?? 'repo';
  const conclusion = typeof body.conclusion === 'string' ? body.conclusion : null;
  const status = conclusion !== null ? 'completed' : typeof body.status === 'string' ? body.status : 'queued';
  return {
    id,
    node_id: nodeId('CR', id),
    name: typeof body.name === 'string' ? body.name : 'connect-flow-lint',
    head_sha: headSha,
    external_id: typeof body.external_id === 'string' ? body.external_id : '',
    url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${id}`,
    html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
    details_url: typeof body.details_url === 'string' ? body.details_url : `https://github.com/${owner}/${repo}/runs/${id}`,
    status,
    conclusion,
    started_at: typeof body.started_at === 'string' ? body.started_at : FIXED_TIME,
    completed_at: status === 'completed' ? (typeof body.completed_at === 'string' ? body.completed_at : FIXED_TIME) : null,
    output: {
      title: typeof output.title === 'string' ? output.title : null,
      summary: typeof output.summary === 'string' ? output.summary : null,
      text: typeof output.text === 'string' ? output.text : null,
      annotations_count: annotationsCount,
      annotations_url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${id}/annotations`,
    },
    check_suite: { id: id + 1_000_000 },
    app: GITHUB_ACTIONS_APP,
    pull_requests: [],
  };
}

function annotationCount(req: RecordedRequest): number {
  const output = bodyObject(req).output;
  return isObject(output) && Array.isArray(output.annotations) ? output.annotations.length : 0;
}

/** POST /repos/{owner}/{repo}/check-runs → 201, echoing the request. */
export function checkRunCreated(id: number): ReplyFn {
  return (req, params) => {
    const headSha = bodyObject(req).head_sha;
    const sha = typeof headSha === 'string' ? headSha : fakeSha('head');
    return { status: 201, body: checkRun(id, req, params, annotationCount(req), sha) };
  };
}

/** PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} → 200; annotations accumulate across calls, as on GitHub. */
export function checkRunUpdated(id: number): ReplyFn {
  let annotations = 0;
  return (req, params) => {
    annotations += annotationCount(req);
    return { status: 200, body: checkRun(id, req, params, annotations, fakeSha('head', params.owner ?? '', params.repo ?? '')) };
  };
}

/** One commit's files for the contents API: repository-relative path → contents. */
export type CommitFiles = Readonly<Record<string, string | Buffer>>;

/**
 * GET /repos/{owner}/{repo}/contents/{path}?ref={sha}: a file of one of `commits` (by full id), as GitHub
 * answers it — the bytes for the raw media type (`application/vnd.github.raw`, sent as such), else the JSON
 * form with the content in base64. An unknown ref is a 404 "No commit found for the ref", an unknown path a
 * 404 "Not Found"; a path that is a folder in the commit is its JSON listing.
 */
export function repoContents(commits: Readonly<Record<string, CommitFiles>>): ReplyFn {
  return (req, params) => {
    const owner = params.owner ?? 'owner';
    const repo = params.repo ?? 'repo';
    const ref = req.query.get('ref') ?? '';
    const files = commits[ref];
    if (!files) return { status: 404, body: { message: `No commit found for the ref ${ref}`, documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' } };
    const path = params.path ?? '';
    const text = files[path];
    if (text === undefined) {
      const inside = Object.keys(files).filter((f) => f.startsWith(`${path}/`));
      if (inside.length === 0) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content', status: '404' } };
      const names = [...new Set(inside.map((f) => f.slice(path.length + 1).split('/')[0]!))];
      return { status: 200, body: names.map((name) => ({ type: files[`${path}/${name}`] === undefined ? 'dir' : 'file', name, path: `${path}/${name}` })) };
    }
    const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
    if (/vnd\.github(?:\.v3)?\.raw/.test(String(req.headers.accept ?? ''))) return { status: 200, raw: bytes, headers: { 'content-type': 'application/vnd.github.raw' } };
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const sha = fakeSha('blob', path, bytes.toString('base64'));
    return {
      status: 200,
      body: {
        type: 'file',
        encoding: 'base64',
        size: bytes.length,
        name: path.split('/').pop(),
        path,
        content: bytes.toString('base64'),
        sha,
        url: `https://api.github.com/repos/${owner}/${repo}/contents/${encoded}?ref=${ref}`,
        git_url: `https://api.github.com/repos/${owner}/${repo}/git/blobs/${sha}`,
        html_url: `https://github.com/${owner}/${repo}/blob/${ref}/${encoded}`,
        download_url: `https://raw.githubusercontent.com/${owner}/${repo}/${ref}/${encoded}`,
        _links: { self: `https://api.github.com/repos/${owner}/${repo}/contents/${encoded}?ref=${ref}`, git: `https://api.github.com/repos/${owner}/${repo}/git/blobs/${sha}`, html: `https://github.com/${owner}/${repo}/blob/${ref}/${encoded}` },
      },
    };
  };
}

export interface CommentInput {
  id: number;
  body: string;
  /** Defaults to github-actions[bot]. */
  user?: string;
  userType?: 'User' | 'Bot';
}

function comment(input: CommentInput, owner: string, repo: string, issueNumber: number | string): JsonObject {
  const user =
    input.user === undefined || input.user === GITHUB_ACTIONS_BOT.login
      ? GITHUB_ACTIONS_BOT
      : { login: input.user, id: Number.parseInt(fakeSha(input.user).slice(0, 7), 16), type: input.userType ?? 'User', site_admin: false, html_url: `https://github.com/${input.user}` };
  return {
    id: input.id,
    node_id: nodeId('IC', input.id),
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${input.id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${input.id}`,
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${issueNumber}`,
    body: input.body,
    user,
    created_at: FIXED_TIME,
    updated_at: FIXED_TIME,
    author_association: user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    performed_via_github_app: user === GITHUB_ACTIONS_BOT ? GITHUB_ACTIONS_APP : null,
  };
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}/comments, paginated like GitHub. */
export function issueComments(list: CommentInput[]): ReplyFn {
  return (req, params) => {
    const all = list.map((c) => comment(c, params.owner ?? 'owner', params.repo ?? 'repo', params.issue_number ?? 1));
    const { page, headers } = paginate(req, all);
    return { status: 200, body: page, headers };
  };
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/comments → 201, echoing the body. */
export function commentCreated(id: number): ReplyFn {
  return (req, params) => {
    const text = bodyObject(req).body;
    return { status: 201, body: comment({ id, body: typeof text === 'string' ? text : '' }, params.owner ?? 'owner', params.repo ?? 'repo', params.issue_number ?? 1) };
  };
}

/** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} → 200, echoing the body. */
export function commentUpdated(id: number, issueNumber = 1): ReplyFn {
  return (req, params) => {
    const text = bodyObject(req).body;
    return { status: 200, body: comment({ id, body: typeof text === 'string' ? text : '' }, params.owner ?? 'owner', params.repo ?? 'repo', issueNumber) };
  };
}

/** 403 as GitHub sends it when the token lacks a permission (e.g. a fork's read-only GITHUB_TOKEN). */
export function forbidden(message = 'Resource not accessible by integration'): ReplyFn {
  return () => ({ status: 403, body: { message, documentation_url: 'https://docs.github.com/rest', status: '403' } });
}

/** 502 from GitHub's front end. */
export function serverError(): ReplyFn {
  return () => ({ status: 502, body: { message: 'Server Error' } });
}

/** 403 secondary rate limit with retry-after (the message is what Octokit's throttling plugin looks for). */
export function secondaryRateLimit(retryAfterSeconds: number): ReplyFn {
  return () => ({
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  });
}

// ---------------------------------------------------------------------------
// Who the token is.
// ---------------------------------------------------------------------------

/**
 * POST /graphql answering `viewer { login }` the way GitHub does for the token: the user for a personal token,
 * `<app-slug>[bot]` for an installation token (GITHUB_TOKEN is `github-actions[bot]`). Other queries get a
 * GraphQL error, as GitHub gives for a field it does not know.
 */
export function graphqlViewer(login: string = GITHUB_ACTIONS_BOT.login): ReplyFn {
  return (req) => {
    const query = bodyObject(req).query;
    if (typeof query === 'string' && /^\s*(query\s*)?\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) return { status: 200, body: { data: { viewer: { login } } } };
    return { status: 200, body: { data: null, errors: [{ message: `github-server: this stand-in answers only { viewer { login } }, not ${String(query)}` }] } };
  };
}

/**
 * GET /user. An installation token (GITHUB_TOKEN, an app's token) is refused with 403 "Resource not accessible
 * by integration", as on GitHub; pass a login for a personal token.
 */
export function authenticatedUser(login?: string): ReplyFn {
  if (login === undefined) return forbidden();
  return () => ({ status: 200, body: { ...account(login), type: 'User', name: login, email: null, created_at: FIXED_TIME, updated_at: FIXED_TIME } });
}

/** What GitHub answers about a GITHUB_TOKEN's identity: GraphQL viewer github-actions[bot], REST /user 403. */
export function githubTokenIdentity(): Route[] {
  return [
    { method: 'POST', path: '/graphql', reply: graphqlViewer() },
    { method: 'GET', path: '/user', reply: authenticatedUser() },
  ];
}

// ---------------------------------------------------------------------------
// The event payload.
// ---------------------------------------------------------------------------

export interface PullRequestEventOptions {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
  baseRef: string;
  headRef: string;
  /** The head branch lives in a fork (owner "contributor"). */
  fork?: boolean;
  /** `pull_request.changed_files`: how many files the pull request changes (GitHub counts them all, past 3,000). */
  changedFiles?: number;
}

function account(login: string, type: 'User' | 'Organization' = 'User'): JsonObject {
  const id = Number.parseInt(fakeSha('user', login).slice(0, 7), 16);
  return { login, id, node_id: nodeId('U', id), type, site_admin: false, html_url: `https://github.com/${login}`, url: `https://api.github.com/users/${login}` };
}

function repository(owner: string, name: string, fork: boolean): JsonObject {
  const id = Number.parseInt(fakeSha('repo', owner, name).slice(0, 8), 16);
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: account(owner),
    html_url: `https://github.com/${owner}/${name}`,
    url: `https://api.github.com/repos/${owner}/${name}`,
    fork,
    default_branch: 'main',
    visibility: 'public',
  };
}

/** A `pull_request` webhook payload (action "synchronize"), as GITHUB_EVENT_PATH holds it. */
export function pullRequestEvent(opts: PullRequestEventOptions): JsonObject {
  const { owner, repo, number, baseSha, headSha, baseRef, headRef } = opts;
  const fork = opts.fork === true;
  const headOwner = fork ? 'contributor' : owner;
  const baseRepo = repository(owner, repo, false);
  const headRepo = fork ? repository(headOwner, repo, true) : baseRepo;
  const id = Number.parseInt(fakeSha('pr', owner, repo, number).slice(0, 8), 16);
  const sender = account(headOwner);
  return {
    action: 'synchronize',
    number,
    before: fakeSha('before', headSha),
    after: headSha,
    pull_request: {
      id,
      node_id: nodeId('PR', id),
      number,
      state: 'open',
      locked: false,
      draft: false,
      title: 'Update contact flows',
      user: sender,
      body: null,
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      diff_url: `https://github.com/${owner}/${repo}/pull/${number}.diff`,
      issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${number}`,
      comments_url: `https://api.github.com/repos/${owner}/${repo}/issues/${number}/comments`,
      created_at: FIXED_TIME,
      updated_at: FIXED_TIME,
      merged: false,
      mergeable_state: 'unknown',
      ...(opts.changedFiles !== undefined ? { changed_files: opts.changedFiles } : {}),
      author_association: fork ? 'CONTRIBUTOR' : 'MEMBER',
      head: { label: `${headOwner}:${headRef}`, ref: headRef, sha: headSha, user: account(headOwner), repo: headRepo },
      base: { label: `${owner}:${baseRef}`, ref: baseRef, sha: baseSha, user: account(owner), repo: baseRepo },
    },
    repository: baseRepo,
    sender,
  };
}
