/**
 * The scenario file (`*.test.yaml`): what a scenario gives the simulator and what it expects. Pure: the
 * caller reads the file. Every mistake is a problem with its file, line and column, and what to write instead;
 * the whole file is checked before anything runs, so one run reports every mistake of a file.
 */
import { closest } from '../rules/describe.js';
import { ConfigError, describeKind, parseYamlTree, type ConfigProblem, type YNode } from '../config/yaml-tree.js';
import type { Position } from '../types.js';

export type ProfileFound = 'one' | 'none' | 'multiple' | 'error';
export type HoursState = 'open' | 'closed';
export type Ending = 'queued' | 'disconnected' | 'ended' | 'transferred';
export const ENDINGS: readonly Ending[] = ['queued', 'disconnected', 'ended', 'transferred'];

export type InputEntry =
  | { readonly kind: 'dtmf'; readonly value: string; readonly at: Position }
  | { readonly kind: 'timeout'; readonly at: Position }
  | { readonly kind: 'lex'; readonly intent: string; readonly slots: Readonly<Record<string, string>>; readonly sessionAttributes: Readonly<Record<string, string>>; readonly at: Position }
  | { readonly kind: 'event'; readonly value: string; readonly at: Position };

/** One Lambda call's outcome: what it returns (becomes `$.External`) or that it fails. */
export type LambdaMock = { readonly returns: Readonly<Record<string, unknown>> } | { readonly error: string };

export interface QueueFacts {
  readonly atCapacity?: boolean;
  readonly agentsAvailable?: number;
  readonly agentsStaffed?: number;
  readonly agentsOnline?: number;
  readonly contactsInQueue?: number;
  readonly oldestContactAgeSeconds?: number;
}

export interface Contact {
  readonly channel?: string;
  readonly customer?: string;
  readonly system?: string;
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface Given {
  readonly contact?: Contact;
  readonly hours?: HoursState | Readonly<Record<string, HoursState>>;
  readonly profile?: { readonly found: ProfileFound; readonly fields: Readonly<Record<string, string>> };
  readonly input?: readonly InputEntry[];
  readonly lambda?: Readonly<Record<string, readonly LambdaMock[]>>;
  readonly queues?: Readonly<Record<string, QueueFacts>>;
  /** DistributeByPercentage draws (1..100), consumed in order. */
  readonly random?: readonly number[];
  /** Forced error branches: block Identifier or label → ErrorType. */
  readonly errors?: Readonly<Record<string, string>>;
  /** Flows not in the repository that a TransferToFlow may leave to: name, id or ARN → external. */
  readonly flows?: Readonly<Record<string, 'external'>>;
  /** Template placeholders (`${name}`) in the flow, filled in before a value is used. */
  readonly vars?: Readonly<Record<string, string>>;
  /** Other system values by JSONPath (`$.AwsRegion`, `$.Media.Sip.Headers.X`). */
  readonly values?: Readonly<Record<string, string>>;
  /** Step limit (default 1000). */
  readonly maxSteps?: number;
}

export interface PromptExpectation {
  readonly contains?: string;
  readonly equals?: string;
}

export interface Expect {
  readonly visits?: readonly string[];
  readonly notVisits?: readonly string[];
  readonly path?: readonly string[];
  readonly prompts?: readonly PromptExpectation[];
  readonly queue?: string;
  readonly attributes?: Readonly<Record<string, string>>;
  readonly flowAttributes?: Readonly<Record<string, string>>;
  readonly ends?: Ending;
}

export interface Scenario {
  readonly name: string;
  /** Where the scenario starts in its file (its `- name:` line). */
  readonly at: Position;
  /** The file's `given` with the scenario's own `given` laid over it key by key. */
  readonly given: Given;
  readonly expect: Expect;
}

export interface ScenarioFile {
  readonly file: string;
  /** The `flow:` value as written: a path relative to the scenario file, or a flow name. */
  readonly flow: string;
  readonly flowAt: Position;
  readonly scenarios: readonly Scenario[];
}

const FILE_KEYS = ['flow', 'given', 'scenarios', 'vars'];
const SCENARIO_KEYS = ['name', 'given', 'expect'];
const GIVEN_KEYS = ['contact', 'hours', 'profile', 'input', 'lambda', 'queues', 'random', 'errors', 'flows', 'vars', 'values', 'maxSteps'];
const CONTACT_KEYS = ['channel', 'customer', 'system', 'attributes'];
const PROFILE_KEYS = ['found', 'fields'];
const FOUND: readonly ProfileFound[] = ['one', 'none', 'multiple', 'error'];
const QUEUE_KEYS = ['atCapacity', 'agentsAvailable', 'agentsStaffed', 'agentsOnline', 'contactsInQueue', 'oldestContactAgeSeconds'];
const EXPECT_KEYS = ['visits', 'notVisits', 'path', 'prompts', 'queue', 'attributes', 'flowAttributes', 'ends'];
const CHANNELS = ['VOICE', 'CHAT', 'TASK', 'EMAIL'];
const MAX_STEPS_LIMIT = 100_000;

/** Parses and checks a scenario file; throws ConfigError listing every problem. */
export function parseScenarioFile(file: string, text: string): ScenarioFile {
  const root = parseYamlTree(file, text);
  const problems: ConfigProblem[] = [];
  const problem = (at: Position, message: string): void => void problems.push({ file, at, message });
  const r = new Reader(problem);

  if (root.kind !== 'map') {
    throw new ConfigError([{ file, at: root.at, message: `a scenario file is a mapping with "flow", "given" and "scenarios", not ${describeKind(root)}` }]);
  }
  r.keys(root, FILE_KEYS, 'a scenario file');
  const flowNode = r.get(root, 'flow');
  const flow = flowNode ? r.string(flowNode, '"flow"') : undefined;
  if (!flowNode) problem(root.at, 'the scenario file has no "flow": name the flow file it tests, relative to this file (flow: inbound.json)');
  const fileVars = r.get(root, 'vars');
  const baseGiven: Given = { ...readGiven(r, r.get(root, 'given')), ...(fileVars ? { vars: r.stringMap(fileVars, '"vars"') } : {}) };
  const scenariosNode = r.get(root, 'scenarios');
  const scenarios: Scenario[] = [];
  if (!scenariosNode) problem(root.at, 'the scenario file has no "scenarios": add a list of scenarios, each with a "name" and an "expect"');
  else if (scenariosNode.kind !== 'seq' || scenariosNode.items.length === 0) problem(scenariosNode.at, `"scenarios" must be a non-empty list of scenarios, not ${describeKind(scenariosNode)}`);
  else {
    const names = new Set<string>();
    for (const item of scenariosNode.items) {
      if (item.kind !== 'map') {
        problem(item.at, `a scenario is a mapping with "name", "given" and "expect", not ${describeKind(item)}`);
        continue;
      }
      r.keys(item, SCENARIO_KEYS, 'a scenario');
      const nameNode = r.get(item, 'name');
      const name = nameNode ? r.string(nameNode, 'the scenario "name"') : undefined;
      if (!nameNode) problem(item.at, 'this scenario has no "name": give it one that says what it proves');
      if (name !== undefined) {
        if (names.has(name)) problem(nameNode!.at, `two scenarios are named "${name}": names identify results, make them unique`);
        names.add(name);
      }
      const own = readGiven(r, r.get(item, 'given'));
      const expectNode = r.get(item, 'expect');
      if (!expectNode) problem(item.at, `the scenario${name ? ` "${name}"` : ''} has no "expect": say what must happen (visits, prompts, queue, attributes, ends...)`);
      const expect = expectNode ? readExpect(r, expectNode) : {};
      scenarios.push({ name: name ?? '', at: item.at, given: mergeGiven(baseGiven, own), expect });
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { file, flow: flow!, flowAt: flowNode!.at, scenarios };
}

/** The scenario's `given` over the file's, key by key; `contact` is merged one level deeper (its own keys). */
export function mergeGiven(base: Given, own: Given): Given {
  const merged: Record<string, unknown> = { ...base, ...own };
  if (base.contact && own.contact) merged['contact'] = { ...base.contact, ...own.contact };
  if (base.vars && own.vars) merged['vars'] = { ...base.vars, ...own.vars };
  return merged as Given;
}

function readGiven(r: Reader, node: YNode | undefined): Given {
  if (!node) return {};
  if (node.kind !== 'map') {
    r.problem(node.at, `"given" must be a mapping (contact, hours, profile, input, lambda, queues...), not ${describeKind(node)}`);
    return {};
  }
  r.keys(node, GIVEN_KEYS, '"given"');
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.entries) {
    switch (key) {
      case 'contact':
        out[key] = readContact(r, value);
        break;
      case 'hours':
        if (value.kind === 'scalar') {
          const v = r.oneOf(value, ['open', 'closed'], '"hours"');
          if (v) out[key] = v;
        } else if (value.kind === 'map') {
          const m: Record<string, HoursState> = Object.create(null) as Record<string, HoursState>;
          for (const e of value.entries) {
            const v = r.oneOf(e.value, ['open', 'closed'], `"hours.${e.key}"`);
            if (v) m[e.key] = v as HoursState;
          }
          out[key] = m;
        } else r.problem(value.at, `"hours" must be open, closed, or a mapping of hours/queue id or name to open or closed, not ${describeKind(value)}`);
        break;
      case 'profile':
        out[key] = readProfile(r, value);
        break;
      case 'input':
        out[key] = readInput(r, value);
        break;
      case 'lambda':
        out[key] = readLambda(r, value);
        break;
      case 'queues':
        out[key] = readQueues(r, value);
        break;
      case 'random': {
        const items = value.kind === 'seq' ? value.items : [value];
        const draws: number[] = [];
        for (const i of items) {
          if (i.kind === 'scalar' && typeof i.value === 'number' && Number.isInteger(i.value) && i.value >= 1 && i.value <= 100) draws.push(i.value);
          else r.problem(i.at, `"random" draws are whole numbers from 1 to 100 (what DistributeByPercentage draws), not ${describeKind(i)}`);
        }
        out[key] = draws;
        break;
      }
      case 'errors':
        out[key] = r.stringMap(value, '"errors"');
        break;
      case 'flows': {
        const m: Record<string, 'external'> = Object.create(null) as Record<string, 'external'>;
        if (value.kind !== 'map') r.problem(value.at, `"flows" must be a mapping of flow name, id or ARN to external, not ${describeKind(value)}`);
        else for (const e of value.entries) if (r.oneOf(e.value, ['external'], `"flows.${e.key}"`)) m[e.key] = 'external';
        out[key] = m;
        break;
      }
      case 'vars':
        out[key] = r.stringMap(value, '"vars"');
        break;
      case 'values': {
        const m = r.stringMap(value, '"values"');
        if (value.kind === 'map') for (const e of value.entries) if (!/^\$(\.[A-Za-z0-9_]+)+$/.test(e.key)) r.problem(e.keyAt, `"values" keys are JSONPath references such as "$.AwsRegion", not "${e.key}"`);
        out[key] = m;
        break;
      }
      case 'maxSteps':
        if (value.kind === 'scalar' && typeof value.value === 'number' && Number.isInteger(value.value) && value.value >= 1 && value.value <= MAX_STEPS_LIMIT) out[key] = value.value;
        else r.problem(value.at, `"maxSteps" must be a whole number from 1 to ${MAX_STEPS_LIMIT}, not ${describeKind(value)}`);
        break;
    }
  }
  return out as Given;
}

function readContact(r: Reader, node: YNode): Contact | undefined {
  if (node.kind !== 'map') {
    r.problem(node.at, `"contact" must be a mapping (channel, customer, system, attributes), not ${describeKind(node)}`);
    return undefined;
  }
  r.keys(node, CONTACT_KEYS, '"contact"');
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.entries) {
    if (key === 'channel') {
      const v = r.oneOf(value, CHANNELS, '"contact.channel"');
      if (v) out[key] = v;
    } else if (key === 'customer' || key === 'system') {
      const v = r.string(value, `"contact.${key}"`, 'a phone number is text: quote it ("+81115550100")');
      if (v !== undefined) out[key] = v;
    } else if (key === 'attributes') out[key] = r.stringMap(value, '"contact.attributes"');
  }
  return out as Contact;
}

function readProfile(r: Reader, node: YNode): Given['profile'] {
  if (node.kind !== 'map') {
    r.problem(node.at, `"profile" must be a mapping with "found" (one, none, multiple or error) and "fields", not ${describeKind(node)}`);
    return undefined;
  }
  r.keys(node, PROFILE_KEYS, '"profile"');
  const foundNode = r.get(node, 'found');
  const found = foundNode ? (r.oneOf(foundNode, FOUND, '"profile.found"') as ProfileFound | undefined) : undefined;
  if (!foundNode) r.problem(node.at, '"profile" needs "found": one, none, multiple or error');
  const fieldsNode = r.get(node, 'fields');
  const fields: Record<string, string> = Object.create(null) as Record<string, string>;
  if (fieldsNode) {
    // Nested mappings are profile sub-objects: { Attributes: { tier: gold } } is the field Attributes.tier.
    const walk = (n: YNode, prefix: string): void => {
      if (n.kind !== 'map') {
        r.problem(n.at, `"profile.fields" must be a mapping of field names to values, not ${describeKind(n)}`);
        return;
      }
      for (const e of n.entries) {
        const name = prefix + e.key;
        if (e.value.kind === 'map') walk(e.value, `${name}.`);
        else {
          const v = r.scalarText(e.value, `"profile.fields.${name}"`);
          if (v !== undefined) fields[name] = v;
        }
      }
    };
    walk(fieldsNode, '');
  }
  if (found === undefined) return undefined;
  if (found !== 'one' && Object.keys(fields).length > 0) r.problem(fieldsNode!.at, `"profile.fields" only means something when found is one (found is ${found}: no profile is loaded)`);
  return { found, fields };
}

function readInput(r: Reader, node: YNode): InputEntry[] {
  if (node.kind !== 'seq') {
    r.problem(node.at, `"input" must be a list consumed in order by the input blocks ([{ dtmf: "1" }, timeout]), not ${describeKind(node)}`);
    return [];
  }
  const out: InputEntry[] = [];
  for (const item of node.items) {
    if (item.kind === 'scalar') {
      if (item.value === 'timeout') out.push({ kind: 'timeout', at: item.at });
      else r.problem(item.at, `an input entry is timeout, { dtmf: "1" }, { lex: { intent: Name } } or { event: CustomerReturned }, not ${describeKind(item)}${typeof item.value === 'number' ? ` (did you mean { dtmf: "${item.value}" }?)` : ''}`);
      continue;
    }
    if (item.kind !== 'map' || item.entries.length !== 1) {
      r.problem(item.at, `an input entry is timeout, { dtmf: "1" }, { lex: { intent: Name } } or { event: CustomerReturned }, not ${describeKind(item)}`);
      continue;
    }
    const { key, keyAt, value } = item.entries[0]!;
    if (key === 'dtmf') {
      if (value.kind === 'scalar' && typeof value.value === 'string' && /^[0-9*#]+$/.test(value.value)) out.push({ kind: 'dtmf', value: value.value, at: item.at });
      else if (value.kind === 'scalar' && typeof value.value === 'number') r.problem(value.at, `dtmf digits are text: quote them (dtmf: "${value.value}"); YAML reads an unquoted 0312 as the number 312 and drops the leading zero`);
      else r.problem(value.at, `dtmf is the keys pressed, digits 0-9, * and #, quoted (dtmf: "1"), not ${describeKind(value)}`);
    } else if (key === 'lex') {
      if (value.kind !== 'map') {
        r.problem(value.at, `lex is a mapping with "intent" (and optionally "slots", "sessionAttributes"), not ${describeKind(value)}`);
        continue;
      }
      r.keys(value, ['intent', 'slots', 'sessionAttributes'], '"lex"');
      const intentNode = r.get(value, 'intent');
      const intent = intentNode ? r.string(intentNode, '"lex.intent"') : undefined;
      if (!intentNode) r.problem(value.at, 'lex needs "intent": the intent name the bot recognises');
      const slots = r.get(value, 'slots');
      const session = r.get(value, 'sessionAttributes');
      if (intent !== undefined) out.push({ kind: 'lex', intent, slots: slots ? r.stringMap(slots, '"lex.slots"') : {}, sessionAttributes: session ? r.stringMap(session, '"lex.sessionAttributes"') : {}, at: item.at });
    } else if (key === 'event') {
      const v = r.string(value, '"event"');
      if (v !== undefined) out.push({ kind: 'event', value: v, at: item.at });
    } else {
      const near = closest(key, ['dtmf', 'lex', 'event']);
      r.problem(keyAt, `unknown input "${key}"${near ? `: did you mean "${near}"?` : ''} (an input entry is timeout, { dtmf: "1" }, { lex: {...} } or { event: ... })`);
    }
  }
  return out;
}

function readLambda(r: Reader, node: YNode): Record<string, LambdaMock[]> {
  const out: Record<string, LambdaMock[]> = Object.create(null) as Record<string, LambdaMock[]>;
  if (node.kind !== 'map') {
    r.problem(node.at, `"lambda" must be a mapping of function name or ARN to a list of calls ([{ returns: {...} }, { error: true }]), not ${describeKind(node)}`);
    return out;
  }
  for (const e of node.entries) {
    const calls = e.value.kind === 'seq' ? e.value.items : [e.value];
    const mocks: LambdaMock[] = [];
    for (const c of calls) {
      if (c.kind !== 'map' || c.entries.length !== 1) {
        r.problem(c.at, `a Lambda call is { returns: {...} } or { error: true }, not ${describeKind(c)}`);
        continue;
      }
      const { key, keyAt, value } = c.entries[0]!;
      if (key === 'returns') {
        if (value.kind !== 'map') r.problem(value.at, `"returns" is the mapping the function returns (it becomes $.External), not ${describeKind(value)}`);
        else mocks.push({ returns: toJson(value) as Record<string, unknown> });
      } else if (key === 'error') {
        if (value.kind === 'scalar' && (value.value === true || value.value === 'timeout' || value.value === 'throw')) mocks.push({ error: String(value.value) });
        else r.problem(value.at, `"error" is true, timeout or throw, not ${describeKind(value)}`);
      } else {
        const near = closest(key, ['returns', 'error']);
        r.problem(keyAt, `unknown key "${key}" in a Lambda call${near ? `: did you mean "${near}"?` : ''} (use returns or error)`);
      }
    }
    out[e.key] = mocks;
  }
  return out;
}

function readQueues(r: Reader, node: YNode): Record<string, QueueFacts> {
  const out: Record<string, QueueFacts> = Object.create(null) as Record<string, QueueFacts>;
  if (node.kind !== 'map') {
    r.problem(node.at, `"queues" must be a mapping of queue ARN, id or name to its facts ({ atCapacity: true }), not ${describeKind(node)}`);
    return out;
  }
  for (const e of node.entries) {
    if (e.value.kind !== 'map') {
      r.problem(e.value.at, `the facts of queue "${e.key}" are a mapping (${QUEUE_KEYS.join(', ')}), not ${describeKind(e.value)}`);
      continue;
    }
    r.keys(e.value, QUEUE_KEYS, `queue "${e.key}"`);
    const facts: Record<string, unknown> = {};
    for (const f of e.value.entries) {
      if (f.key === 'atCapacity') {
        if (f.value.kind === 'scalar' && typeof f.value.value === 'boolean') facts[f.key] = f.value.value;
        else r.problem(f.value.at, `"atCapacity" is true or false, not ${describeKind(f.value)}`);
      } else if (QUEUE_KEYS.includes(f.key)) {
        if (f.value.kind === 'scalar' && typeof f.value.value === 'number' && Number.isFinite(f.value.value) && f.value.value >= 0) facts[f.key] = f.value.value;
        else r.problem(f.value.at, `"${f.key}" is a number (0 or more), not ${describeKind(f.value)}`);
      }
    }
    out[e.key] = facts as QueueFacts;
  }
  return out;
}

function readExpect(r: Reader, node: YNode): Expect {
  if (node.kind !== 'map') {
    r.problem(node.at, `"expect" must be a mapping (${EXPECT_KEYS.join(', ')}), not ${describeKind(node)}`);
    return {};
  }
  r.keys(node, EXPECT_KEYS, '"expect"');
  if (node.entries.length === 0) r.problem(node.at, `"expect" is empty: say what must happen (${EXPECT_KEYS.join(', ')})`);
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.entries) {
    switch (key) {
      case 'visits':
      case 'notVisits':
      case 'path':
        out[key] = r.stringList(value, `"expect.${key}"`, 'block Identifiers or labels');
        break;
      case 'prompts': {
        if (value.kind !== 'seq') {
          r.problem(value.at, `"expect.prompts" is a list of { contains: "..." } or { equals: "..." }, in the order they are played, not ${describeKind(value)}`);
          break;
        }
        const prompts: PromptExpectation[] = [];
        for (const p of value.items) {
          if (p.kind === 'scalar' && typeof p.value === 'string') {
            prompts.push({ contains: p.value });
            continue;
          }
          if (p.kind !== 'map' || p.entries.length !== 1) {
            r.problem(p.at, `a prompt expectation is { contains: "..." } or { equals: "..." }, not ${describeKind(p)}`);
            continue;
          }
          const { key: k, keyAt, value: v } = p.entries[0]!;
          if (k !== 'contains' && k !== 'equals') {
            const near = closest(k, ['contains', 'equals']);
            r.problem(keyAt, `unknown key "${k}" in a prompt expectation${near ? `: did you mean "${near}"?` : ''} (use contains or equals)`);
            continue;
          }
          const text = r.scalarText(v, `"${k}"`);
          if (text !== undefined) prompts.push({ [k]: text });
        }
        out[key] = prompts;
        break;
      }
      case 'queue': {
        const v = r.string(value, '"expect.queue"');
        if (v !== undefined) out[key] = v;
        break;
      }
      case 'attributes':
      case 'flowAttributes':
        out[key] = r.stringMap(value, `"expect.${key}"`);
        break;
      case 'ends': {
        const v = r.oneOf(value, ENDINGS, '"expect.ends"');
        if (v) out[key] = v;
        break;
      }
    }
  }
  return out as Expect;
}

function toJson(node: YNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toJson);
  const o: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const e of node.entries) o[e.key] = toJson(e.value);
  return o;
}

/** Small typed readers that record a problem (with the node's position) instead of throwing. */
class Reader {
  constructor(readonly problem: (at: Position, message: string) => void) {}

  get(node: YNode & { kind: 'map' }, key: string): YNode | undefined {
    return node.entries.find((e) => e.key === key)?.value;
  }

  keys(node: YNode & { kind: 'map' }, allowed: readonly string[], where: string): void {
    for (const e of node.entries) {
      if (allowed.includes(e.key)) continue;
      const near = closest(e.key, allowed);
      this.problem(e.keyAt, `unknown key "${e.key}" in ${where}${near ? `: did you mean "${near}"?` : ''} (${where} takes ${allowed.join(', ')})`);
    }
  }

  string(node: YNode, what: string, hint?: string): string | undefined {
    if (node.kind === 'scalar' && typeof node.value === 'string' && node.value !== '') return node.value;
    this.problem(node.at, `${what} must be text, not ${describeKind(node)}${hint ? `: ${hint}` : ''}`);
    return undefined;
  }

  /** Text, or a number/boolean written without quotes (attribute values are strings in Connect). */
  scalarText(node: YNode, what: string): string | undefined {
    if (node.kind === 'scalar' && node.value !== null) return String(node.value);
    this.problem(node.at, `${what} must be a single value, not ${describeKind(node)}`);
    return undefined;
  }

  oneOf(node: YNode, values: readonly string[], what: string): string | undefined {
    if (node.kind === 'scalar' && typeof node.value === 'string' && values.includes(node.value)) return node.value;
    const text = node.kind === 'scalar' ? String(node.value) : '';
    const near = text ? closest(text, values) : undefined;
    this.problem(node.at, `${what} must be one of ${values.join(', ')}, not ${describeKind(node)}${near ? `: did you mean "${near}"?` : ''}`);
    return undefined;
  }

  stringMap(node: YNode, what: string): Record<string, string> {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    if (node.kind !== 'map') {
      this.problem(node.at, `${what} must be a mapping of names to values, not ${describeKind(node)}`);
      return out;
    }
    for (const e of node.entries) {
      const v = this.scalarText(e.value, `${what.slice(0, -1)}.${e.key}"`);
      if (v !== undefined) out[e.key] = v;
    }
    return out;
  }

  stringList(node: YNode, what: string, of: string): string[] {
    if (node.kind !== 'seq') {
      this.problem(node.at, `${what} must be a list of ${of}, not ${describeKind(node)}`);
      return [];
    }
    const out: string[] = [];
    for (const i of node.items) {
      const v = this.scalarText(i, `an entry of ${what}`);
      if (v !== undefined) out.push(v);
    }
    return out;
  }
}
