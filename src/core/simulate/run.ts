/**
 * The scenario simulator: runs one contact through the flow model, deterministically and without I/O.
 * What each action type does is in docs/../simulation.md §2.3; where that table says "inference" or "not
 * found", the simulator stops the scenario and says what to supply rather than guess. Every block the
 * contact passes, every branch it takes and every prompt it hears is recorded for the expectations and for
 * coverage.
 */
import { responseFields } from '../analysis/profile.js';
import { blockLabel, blockMetadata, type Action, type Flow, type Transition } from '../model/flow.js';
import { isObject } from '../source/shape.js';
import type { Ending, Given, InputEntry, LambdaMock, QueueFacts } from './scenario.js';
import { compare, isWholeRef, refSegments, render, sameResource, scalarText, shortId, truthy } from './values.js';

export interface SimFlow {
  readonly file: string;
  readonly name?: string;
  readonly flow: Flow;
  /** Ids and ARNs the repository knows the flow by. */
  readonly ids: readonly string[];
}

/** The flows a scenario may reach, and how the repository links them. */
export interface World {
  readonly flows: readonly SimFlow[];
  /** Where the repository's call graph says a TransferToFlow / InvokeFlowModule block leads (index in flows). */
  callee(flow: number, blockId: string): number | undefined;
}

export interface Step {
  readonly flow: number;
  readonly blockId: string;
  readonly type: string;
  /** `next`, the condition taken (`Equals 1`), the error type, or how the contact left (`queued`, `transfer`...). */
  readonly branch: string;
}

export interface SimResult {
  readonly steps: readonly Step[];
  readonly prompts: readonly string[];
  readonly attributes: Readonly<Record<string, string>>;
  /** The flow attributes of the flow the contact was in when it ended. */
  readonly flowAttributes: Readonly<Record<string, string>>;
  /** The queue the contact was transferred to, as the flow named it. */
  readonly queue?: string;
  readonly ends?: Ending;
  /** What the ending was: the queue, the flow transferred to... */
  readonly endDetail?: string;
  /** Why the simulator stopped before the contact left the flow (strict on unknowns). */
  readonly stopped?: string;
  /** Facts a failure message should carry: values read as empty, and why. */
  readonly notes: readonly string[];
  /** Every transition taken, for coverage. */
  readonly taken: readonly Transition[];
}

const DEFAULT_MAX_STEPS = 1000;
const NME = 'NoMatchingError';
/** "You can have up to 32,768 UTF-8 bytes across all attributes for a contact"; over it, the Error branch. */
const MAX_ATTRIBUTE_BYTES = 32_768;
/** Prompt text one scenario may record: flows come from pull requests, and a loop could otherwise fill memory. */
const MAX_PROMPT_CHARS = 2_000_000;

const dict = (): Record<string, string> => Object.create(null) as Record<string, string>;
const utf8Bytes = (o: Readonly<Record<string, string>>): number => {
  let n = 0;
  for (const k in o) n += Buffer.byteLength(k) + Buffer.byteLength(o[k]!);
  return n;
};

class Stop extends Error {}

interface ProfileScope {
  /** The block that loaded the profile, and the fields it asked for. */
  readonly lookup: Action;
  readonly requested: readonly string[];
  readonly fields: Readonly<Record<string, string>>;
}

/** Flow-local data: modules get a fresh one (simulation.md §2.2); TransferToFlow keeps only the profile. */
interface Scope {
  flowAttributes: Record<string, string>;
  external: { readonly from: string; readonly data: Record<string, unknown> } | { readonly failed: string } | undefined;
  lex: { intent: string; slots: Record<string, string>; sessionAttributes: Record<string, string> } | undefined;
  stored: string | undefined;
  profile: ProfileScope | undefined;
}

interface Frame {
  flow: number;
  scope: Scope;
  /** For a module: the frame and block to return to. */
  readonly returnTo?: { readonly frame: Frame; readonly action: Action };
}

type Outcome =
  | { readonly take: 'next' }
  | { readonly take: 'error'; readonly type: string }
  | { readonly take: 'conditions'; readonly value: string; readonly noMatch: string }
  | { readonly end: Ending; readonly detail?: string }
  | { readonly enter: number; readonly module: boolean }
  | { readonly leaveModule: true };

const freshScope = (): Scope => ({ flowAttributes: dict(), external: undefined, lex: undefined, stored: undefined, profile: undefined });

/** Short name of a block in messages: its type and the start of its Identifier. */
export function blockName(a: Action): string {
  return `${a.type || 'block'} ${a.id.length > 12 ? a.id.slice(0, 8) : a.id}`;
}

/** Whether a scenario's name for a block (Identifier, its first characters, label or designer name) names it. */
export function blockMatches(a: Action, ref: string): boolean {
  if (ref === a.id || (ref.length >= 6 && a.id.startsWith(ref))) return true;
  const md = blockMetadata(a);
  const name = md && typeof md['name'] === 'string' ? md['name'] : undefined;
  return name === ref || blockLabel(a) === ref;
}

/** Conditions of a block in export order, each with its transition (undefined when its NextAction is empty). */
function conditionsOf(a: Action): Array<{ operator: string; operands: string[]; t: Transition | undefined }> {
  const raw = isObject(a.raw['Transitions']) ? (a.raw['Transitions'] as Record<string, unknown>)['Conditions'] : undefined;
  if (!Array.isArray(raw)) return [];
  const byIndex = new Map<number, Transition>();
  for (const t of a.transitions) if (t.kind === 'condition') byIndex.set(t.path[t.path.length - 2] as number, t);
  return raw.map((entry: unknown, j) => {
    const c = isObject(entry) && isObject(entry['Condition']) ? (entry['Condition'] as Record<string, unknown>) : {};
    const ops = c['Operands'];
    return { operator: scalarText(c['Operator']), operands: Array.isArray(ops) ? ops.map(scalarText) : [scalarText(ops)], t: byIndex.get(j) };
  });
}

const METRIC_FACT: Readonly<Record<string, keyof QueueFacts>> = {
  NumberOfAgentsAvailable: 'agentsAvailable',
  NumberOfAgentsStaffed: 'agentsStaffed',
  NumberOfAgentsOnline: 'agentsOnline',
  NumberOfContactsInQueue: 'contactsInQueue',
  OldestContactInQueueAgeSeconds: 'oldestContactAgeSeconds',
};
/** `$.Metrics.<path>` → the queue fact GetMetricData fills it from. */
const METRIC_PATHS: Readonly<Record<string, keyof QueueFacts>> = {
  'Queue.Size': 'contactsInQueue',
  'Queue.OldestContactAge': 'oldestContactAgeSeconds',
  'Agents.Available.Count': 'agentsAvailable',
  'Agents.Staffed.Count': 'agentsStaffed',
  'Agents.Online.Count': 'agentsOnline',
};

/** Settings blocks: they change how the contact is handled, not where it goes. */
const PASS_THROUGH = new Set([
  'UpdateFlowLoggingBehavior',
  'UpdateContactRecordingBehavior',
  'UpdateContactRecordingAndAnalyticsBehavior',
  'UpdateContactEventHooks',
  'UpdateContactRoutingBehavior',
  'UpdateContactMediaStreamingBehavior',
  'TagContact',
  'UnTagContact',
]);

/** The action types the simulator models (the others stop a scenario, naming the block). */
export const MODELLED_TYPES: readonly string[] = [
  ...PASS_THROUGH,
  'UpdateContactTextToSpeechVoice',
  'UpdateContactData',
  'UpdateContactAttributes',
  'UpdateFlowAttributes',
  'Compare',
  'MessageParticipant',
  'GetParticipantInput',
  'ConnectParticipantWithLexBot',
  'InvokeLambdaFunction',
  'CheckHoursOfOperation',
  'CheckMetricData',
  'GetMetricData',
  'DistributeByPercentage',
  'Loop',
  'Wait',
  'UpdateContactTargetQueue',
  'TransferContactToQueue',
  'DequeueContactAndTransferToQueue',
  'TransferToFlow',
  'InvokeFlowModule',
  'EndFlowModuleExecution',
  'GetCustomerProfile',
  'CreateCustomerProfile',
  'UpdateCustomerProfile',
  'AssociateContactToCustomerProfile',
  'DisconnectParticipant',
  'EndFlowExecution',
  'TransferContactToAgent',
];

/**
 * Runs one scenario's contact from the start of `world.flows[entry]`. Never throws. `budget` caps the steps
 * whatever the scenario's maxSteps says (a whole run shares one budget: see suite.ts).
 */
export function simulate(world: World, entry: number, given: Given, budget = Number.POSITIVE_INFINITY): SimResult {
  return new Run(world, given, budget).run(entry);
}

class Run {
  private readonly steps: Step[] = [];
  private readonly prompts: string[] = [];
  private promptChars = 0;
  private readonly notes: string[] = [];
  private readonly taken: Transition[] = [];
  private readonly attributes: Record<string, string>;
  private queue: string | undefined;
  private voice = 'Joanna';
  private language = 'en-US';
  private inputAt = 0;
  private randomAt = 0;
  private readonly lambdaCalls = new Map<string, number>();
  private readonly loops = new Map<string, number>();
  private metricsQueue: string | undefined;
  private frame!: Frame;
  private action: Action | undefined;

  constructor(
    private readonly world: World,
    private readonly given: Given,
    private readonly budget: number,
  ) {
    // Null-prototype maps: an attribute named __proto__ in a flow is just a key.
    this.attributes = Object.assign(dict(), given.contact?.attributes ?? {});
  }

  run(entry: number): SimResult {
    let ends: Ending | undefined;
    let endDetail: string | undefined;
    let stopped: string | undefined;
    this.frame = { flow: entry, scope: freshScope() };
    try {
      let action = this.start(entry);
      const max = this.given.maxSteps ?? DEFAULT_MAX_STEPS;
      for (;;) {
        if (this.steps.length >= max) throw new Stop(this.loopMessage(max));
        if (this.steps.length >= this.budget) throw new Stop('this run has used up its budget of simulated steps (shared by all its scenarios, so that no set of files can hang it); run fewer scenario files at once');
        this.action = action;
        const forced = this.forcedError(action);
        const outcome: Outcome = forced ? { take: 'error', type: forced } : this.exec(action);
        if ('end' in outcome) {
          this.record(action, outcome.end === 'queued' ? 'queued' : outcome.end);
          ends = outcome.end;
          endDetail = outcome.detail;
          break;
        }
        if ('enter' in outcome) {
          this.record(action, outcome.module ? 'module' : 'transfer');
          const scope = outcome.module ? freshScope() : { ...freshScope(), profile: this.frame.scope.profile };
          this.frame = outcome.module ? { flow: outcome.enter, scope, returnTo: { frame: this.frame, action } } : { flow: outcome.enter, scope };
          action = this.start(outcome.enter);
          continue;
        }
        if ('leaveModule' in outcome) {
          const back = this.frame.returnTo;
          this.record(action, 'return');
          if (!back) {
            ends = 'ended';
            break;
          }
          this.frame = back.frame;
          this.action = back.action;
          action = this.follow(back.action, { take: 'next' }, false);
          continue;
        }
        action = this.follow(action, outcome, true);
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      stopped = e.message;
    }
    return {
      steps: this.steps,
      prompts: this.prompts,
      attributes: this.attributes,
      flowAttributes: this.frame.scope.flowAttributes,
      ...(this.queue !== undefined && ends === 'queued' ? { queue: this.queue } : {}),
      ...(ends !== undefined ? { ends } : {}),
      ...(endDetail !== undefined ? { endDetail } : {}),
      ...(stopped !== undefined ? { stopped } : {}),
      notes: this.notes,
      taken: this.taken,
    };
  }

  private get flow(): Flow {
    return this.world.flows[this.frame.flow]!.flow;
  }

  private get file(): string {
    return this.world.flows[this.frame.flow]!.file;
  }

  private start(flowIndex: number): Action {
    const f = this.world.flows[flowIndex]!;
    const a = f.flow.startAction !== undefined ? f.flow.byId.get(f.flow.startAction) : undefined;
    if (!a) throw new Stop(`${f.file}: StartAction ${JSON.stringify(f.flow.startAction ?? '')} names no block, so no contact can enter the flow`);
    return a;
  }

  private record(a: Action, branch: string): void {
    this.steps.push({ flow: this.frame.flow, blockId: a.id, type: a.type, branch });
  }

  private note(text: string): void {
    if (!this.notes.includes(text)) this.notes.push(text);
  }

  /** Takes the branch an outcome chose and returns the next block. */
  private follow(a: Action, outcome: Outcome, recordStep: boolean): Action {
    let t: Transition | undefined;
    let branch: string;
    if ('take' in outcome && outcome.take === 'next') {
      t = a.transitions.find((x) => x.kind === 'next');
      branch = 'next';
      if (!t) throw new Stop(`${blockName(a)} succeeded but has no NextAction: the flow does not say where the contact goes`);
    } else if ('take' in outcome && outcome.take === 'conditions') {
      const conds = conditionsOf(a);
      let matched: { t: Transition | undefined; label: string } | undefined;
      for (const c of conds) {
        const r = compare(c.operator, outcome.value, c.operands[0] ?? '');
        if (typeof r === 'string') throw new Stop(`${blockName(a)}: ${r}`);
        if (r) {
          matched = { t: c.t, label: `${c.operator} ${c.operands.join(', ')}`.trim() };
          break;
        }
      }
      if (!matched) {
        // Exact comparison, as Connect's; but "Hokkaidō" typed as o + combining macron (NFD) looks the same
        // as the precomposed ō (NFC) and never matches it: say so when that is the only difference.
        const value = outcome.value;
        const near = conds.find((c) => {
          const operand = c.operands[0] ?? '';
          const differs = value.normalize('NFC') !== value || operand.normalize('NFC') !== operand;
          return differs && compare(c.operator, value.normalize('NFC'), operand.normalize('NFC')) === true;
        });
        if (near) this.note(`${blockName(a)}: ${JSON.stringify(outcome.value)} does not match the condition ${near.operator} ${JSON.stringify(near.operands[0] ?? '')}, though they differ only in Unicode normalisation (NFC/NFD); Amazon Connect compares exactly`);
      }
      if (matched) {
        if (!matched.t) throw new Stop(`${blockName(a)}: the condition ${matched.label} matched ${JSON.stringify(outcome.value)} but leads nowhere (empty NextAction)`);
        t = matched.t;
        branch = matched.t.label;
      } else return this.follow(a, { take: 'error', type: outcome.noMatch }, recordStep);
    } else {
      const type = (outcome as { type: string }).type;
      t = a.transitions.find((x) => x.kind === 'error' && x.errorType === type);
      branch = type;
      if (!t && type !== NME) {
        // NoMatchingError is the catch-all for errors a block does not wire one by one.
        t = a.transitions.find((x) => x.kind === 'error' && x.errorType === NME);
        if (t) branch = `${type} (via ${NME})`;
      }
      if (!t) throw new Stop(`${blockName(a)} took the error ${type}, which has no branch (and no ${NME} to catch it): the contact would be lost here`);
    }
    if (recordStep) this.record(a, branch);
    this.taken.push(t);
    const next = this.flow.byId.get(t.target);
    if (!next) throw new Stop(`${blockName(a)} leads to ${JSON.stringify(t.target)}, which is not a block of ${this.file}`);
    return next;
  }

  private forcedError(a: Action): string | undefined {
    const errors = this.given.errors;
    if (!errors) return undefined;
    for (const [ref, type] of Object.entries(errors)) if (blockMatches(a, ref)) return type;
    return undefined;
  }

  private loopMessage(max: number): string {
    const last = this.steps[this.steps.length - 1];
    let cycle: Step[] = [];
    if (last) {
      for (let i = this.steps.length - 2; i >= 0; i--) {
        const s = this.steps[i]!;
        if (s.flow === last.flow && s.blockId === last.blockId) {
          cycle = this.steps.slice(i + 1);
          break;
        }
      }
    }
    const names = cycle.map((s) => {
      const a = this.world.flows[s.flow]!.flow.byId.get(s.blockId);
      return a ? `${blockName(a)} (${s.branch})` : s.blockId;
    });
    return `stopped after ${max} steps (given.maxSteps): ${names.length > 0 ? `the contact goes round ${names.join(' → ')} and never leaves` : 'the contact never left the flow'}; give the loop an input or a Loop block that ends it, or raise maxSteps`;
  }

  // ─────────────────────────── reading flow data ───────────────────────────

  private param(a: Action, name: string): unknown {
    return Object.hasOwn(a.parameters, name) ? a.parameters[name] : undefined;
  }

  /** A parameter's value with placeholders and references filled in. */
  private value(v: unknown): string {
    const text = scalarText(v);
    return render(text, (name) => this.fill(name), (segments, ref) => this.read(segments, ref));
  }

  private fill(name: string): string {
    const v = this.given.vars?.[name];
    if (v === undefined) throw new Stop(`${this.where()} uses the template placeholder \${${name}}: set vars.${name} in the scenario file (what the deployment fills in)`);
    return v;
  }

  private where(): string {
    return this.action ? blockName(this.action) : this.file;
  }

  /** Reads one reference. Values the scenario must supply and did not stop the run, naming the `given` key. */
  private read(seg: readonly string[], ref: string): string {
    const scope = this.frame.scope;
    const [ns, ...rest] = seg;
    const key = rest.join('.');
    const missing = (hint: string): never => {
      throw new Stop(`${this.where()} reads ${ref}, which is not set: ${hint}`);
    };
    switch (ns) {
      case 'Attributes': {
        const v = this.attributes[key];
        if (v === undefined) missing(`the flow has not set it by here; if it comes from before this flow, give it in given.contact.attributes.${key}`);
        return v!;
      }
      case 'FlowAttributes': {
        const v = scope.flowAttributes[key];
        if (v === undefined) missing('no UpdateFlowAttributes block set it in this flow by here (flow attributes do not cross flows)');
        return v!;
      }
      case 'External': {
        const ext = scope.external;
        if (!ext) missing(`no Lambda function has run in this ${this.frame.returnTo ? 'module' : 'flow'} by here`);
        if ('failed' in ext!) return missing(`the last Lambda call (${ext.failed}) failed, so $.External holds nothing`);
        let v: unknown = ext!.data;
        for (const k of rest) v = isObject(v) && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
        if (v === undefined) missing(`the mock for ${ext!.from} does not return ${key}: add it to its returns in given.lambda`);
        return scalarText(v);
      }
      case 'Customer':
        return this.readProfile(key, ref);
      case 'StoredCustomerInput':
        if (scope.stored === undefined) missing('no "Store customer input" block (GetParticipantInput with StoreInput True) ran before in this flow');
        return scope.stored!;
      case 'Lex': {
        const lex = scope.lex;
        if (!lex) missing('no Lex bot block ran before in this flow');
        if (key === 'IntentName') return lex!.intent;
        if (rest[0] === 'Slots') return lex!.slots[rest.slice(1).join('.')] ?? '';
        if (rest[0] === 'SessionAttributes') return lex!.sessionAttributes[rest.slice(1).join('.')] ?? '';
        return missing(`the simulator models $.Lex.IntentName, $.Lex.Slots.* and $.Lex.SessionAttributes.* only`);
      }
      case 'Queue': {
        if (this.queue === undefined) missing('no UpdateContactTargetQueue block set the working queue by here');
        if (key === 'ARN') return this.queue!;
        if (key === 'Name' || key === 'Id') return shortId(this.queue!);
        return missing('the simulator models $.Queue.ARN and $.Queue.Name only');
      }
      case 'Metrics': {
        const fact = Object.hasOwn(METRIC_PATHS, key) ? METRIC_PATHS[key] : undefined;
        if (this.metricsQueue === undefined) missing('no GetMetricData block ran before');
        if (!fact) return missing(`the simulator models $.Metrics.${Object.keys(METRIC_PATHS).join(', $.Metrics.')}`);
        return String(this.queueFact(this.metricsQueue!, fact));
      }
      case 'Channel':
        if (rest.length === 0) return this.given.contact?.channel ?? 'VOICE';
        break;
      case 'CustomerEndpoint':
      case 'SystemEndpoint': {
        const which = ns === 'CustomerEndpoint' ? 'customer' : 'system';
        if (key === 'Address') {
          const v = this.given.contact?.[which];
          if (v === undefined) missing(`give the ${which === 'customer' ? "caller's" : 'dialled'} number in given.contact.${which}`);
          return v!;
        }
        if (key === 'Type') return 'TELEPHONE_NUMBER';
        break;
      }
      case 'TextToSpeechVoiceId':
        if (rest.length === 0) return this.voice;
        break;
      case 'LanguageCode':
        if (rest.length === 0) return this.language;
        break;
    }
    const path = `$.${seg.join('.')}`;
    const v = this.given.values?.[path];
    if (v === undefined) return missing(`give it in given.values["${path}"]`);
    return v;
  }

  /** `$.Customer.X`: only what the lookup requested is loaded; anything else reads "" (the seed defect). */
  private readProfile(field: string, ref: string): string {
    const p = this.frame.scope.profile;
    const held = this.given.profile?.fields[field];
    if (!p) {
      this.note(`${this.where()} read ${ref} as "": no customer profile lookup succeeded before it${this.frame.returnTo ? ' in this module (modules do not see the caller\'s profile)' : ''}`);
      return '';
    }
    if (field === 'ProfileId') return 'sim-profile-id';
    if (field === 'ProfileARN') return 'arn:aws:profile:sim:domain/sim/profile/sim-profile-id';
    if (p.requested.includes(field)) return p.fields[field] ?? '';
    const requested = p.requested.length > 0 ? p.requested.join(', ') : 'none';
    this.note(`${this.where()} read ${ref} as "": ${blockName(p.lookup)} did not request ${field} (ProfileResponseData: ${requested})${held !== undefined ? `, though the scenario's profile holds ${field}: ${held}` : ''}`);
    return '';
  }

  private queueFacts(queue: string): QueueFacts | undefined {
    const queues = this.given.queues;
    if (!queues) return undefined;
    for (const [k, v] of Object.entries(queues)) if (sameResource(k, queue)) return v;
    return queues['*'];
  }

  private queueFact(queue: string, fact: keyof QueueFacts): number | boolean {
    const v = this.queueFacts(queue)?.[fact];
    if (v === undefined) throw new Stop(`${this.where()} needs ${fact} of the queue ${shortId(queue)}: give it in given.queues.${shortId(queue)}.${fact}`);
    return v;
  }

  private nextInput(a: Action, wants: string): InputEntry {
    const input = this.given.input ?? [];
    const entry = input[this.inputAt];
    if (!entry) throw new Stop(`${blockName(a)} waits for the caller, but given.input ${input.length === 0 ? 'is empty' : `has only ${input.length} entr${input.length === 1 ? 'y' : 'ies'}`}: add ${wants}`);
    this.inputAt++;
    return entry;
  }

  private prompt(a: Action): void {
    const text = this.param(a, 'Text');
    const ssml = this.param(a, 'SSML');
    const id = this.param(a, 'PromptId');
    let heard: string | undefined;
    if (typeof text === 'string' && text !== '') heard = this.value(text);
    else if (typeof ssml === 'string' && ssml !== '') heard = this.value(ssml);
    else if (typeof id === 'string' && id !== '') heard = `[prompt ${shortId(this.value(id))}]`;
    if (heard === undefined) return;
    this.promptChars += heard.length;
    if (this.promptChars > MAX_PROMPT_CHARS) throw new Stop(`${blockName(a)}: the contact has heard over ${MAX_PROMPT_CHARS.toLocaleString('en-US')} characters of prompts; the scenario stops there`);
    this.prompts.push(heard);
  }

  private mapParam(a: Action, name: string): Record<string, unknown> {
    const v = this.param(a, name);
    return isObject(v) ? (v as Record<string, unknown>) : {};
  }

  // ─────────────────────────── what each block does ───────────────────────────

  private exec(a: Action): Outcome {
    if (PASS_THROUGH.has(a.type)) return { take: 'next' };
    switch (a.type) {
      case 'UpdateContactTextToSpeechVoice':
        this.voice = this.value(this.param(a, 'TextToSpeechVoice') ?? this.voice);
        return { take: 'next' };
      case 'UpdateContactData': {
        const lang = this.param(a, 'LanguageCode');
        if (lang !== undefined) this.language = this.value(lang);
        return { take: 'next' };
      }
      case 'UpdateContactAttributes': {
        // "Either all attributes are set or none are set": resolve every value before setting any.
        const set: Array<[string, string]> = [];
        for (const [k, v] of Object.entries(this.mapParam(a, 'Attributes'))) set.push([isWholeRef(k) ? this.value(k) : k, this.value(v)]);
        const after = Object.assign(dict(), this.attributes);
        for (const [k, v] of set) after[k] = v;
        if (utf8Bytes(after) > MAX_ATTRIBUTE_BYTES) {
          this.note(`${blockName(a)} took ${NME}: the contact's attributes would be over ${MAX_ATTRIBUTE_BYTES} UTF-8 bytes, so none was set`);
          return { take: 'error', type: NME };
        }
        for (const [k, v] of set) this.attributes[k] = v;
        return { take: 'next' };
      }
      case 'UpdateFlowAttributes': {
        const set: Array<[string, string]> = [];
        for (const [k, v] of Object.entries(this.mapParam(a, 'FlowAttributes'))) set.push([k, this.value(isObject(v) ? (v as Record<string, unknown>)['Value'] : v)]);
        const after = Object.assign(dict(), this.frame.scope.flowAttributes);
        for (const [k, v] of set) after[k] = v;
        // The 32 KB cap of contact attributes, applied to flow attributes too (an assumption: it bounds a loop that grows one).
        if (utf8Bytes(after) > MAX_ATTRIBUTE_BYTES) {
          this.note(`${blockName(a)} took ${NME}: the flow attributes would be over ${MAX_ATTRIBUTE_BYTES} UTF-8 bytes`);
          return { take: 'error', type: NME };
        }
        this.frame.scope.flowAttributes = after;
        return { take: 'next' };
      }
      case 'Compare':
        return { take: 'conditions', value: this.value(this.param(a, 'ComparisonValue')), noMatch: 'NoMatchingCondition' };
      case 'MessageParticipant':
        this.prompt(a);
        return { take: 'next' };
      case 'GetParticipantInput':
        return this.getInput(a);
      case 'ConnectParticipantWithLexBot': {
        this.prompt(a);
        const e = this.nextInput(a, '{ lex: { intent: IntentName } } or timeout');
        if (e.kind === 'timeout') return { take: 'error', type: 'InputTimeLimitExceeded' };
        if (e.kind !== 'lex') throw new Stop(`${blockName(a)} is a Lex bot, but the next input (line ${e.at.line}) is ${e.kind}: give { lex: { intent: ... } } or timeout`);
        this.frame.scope.lex = { intent: e.intent, slots: Object.assign(dict(), e.slots), sessionAttributes: Object.assign(dict(), e.sessionAttributes) };
        return { take: 'conditions', value: e.intent, noMatch: 'NoMatchingCondition' };
      }
      case 'Wait': {
        const e = this.nextInput(a, '{ event: CustomerReturned } or timeout');
        if (e.kind === 'timeout') return { take: 'conditions', value: 'WaitCompleted', noMatch: NME };
        if (e.kind !== 'event') throw new Stop(`${blockName(a)} waits for an event, but the next input (line ${e.at.line}) is ${e.kind}: give { event: ... } or timeout`);
        return { take: 'conditions', value: e.value, noMatch: NME };
      }
      case 'InvokeLambdaFunction':
        return this.lambda(a);
      case 'CheckHoursOfOperation':
        return this.hours(a);
      case 'CheckMetricData': {
        const q = this.queueParam(a);
        if (q === undefined) {
          this.note(`${blockName(a)} took ${NME}: no queue was set (QueueId, or a working queue)`);
          return { take: 'error', type: NME };
        }
        const metric = scalarText(this.param(a, 'MetricType'));
        const fact = Object.hasOwn(METRIC_FACT, metric) ? METRIC_FACT[metric] : undefined;
        if (!fact) throw new Stop(`${blockName(a)} checks ${JSON.stringify(metric)}, which the simulator does not model (${Object.keys(METRIC_FACT).join(', ')})`);
        return { take: 'conditions', value: String(this.queueFact(q, fact)), noMatch: 'NoMatchingCondition' };
      }
      case 'GetMetricData': {
        const q = this.queueParam(a);
        if (q === undefined) return { take: 'error', type: NME };
        this.metricsQueue = q;
        return { take: 'next' };
      }
      case 'DistributeByPercentage': {
        const draws = this.given.random ?? [];
        const d = draws[this.randomAt++];
        if (d === undefined) throw new Stop(`${blockName(a)} draws a random number from 1 to 100, but given.random ${draws.length === 0 ? 'is not set' : `has only ${draws.length} draw(s)`}: add one (random: [37])`);
        return { take: 'conditions', value: String(d), noMatch: 'NoMatchingCondition' };
      }
      case 'Loop': {
        const n = Number(scalarText(this.param(a, 'LoopCount')));
        if (!Number.isInteger(n) || n < 0) throw new Stop(`${blockName(a)}: LoopCount ${JSON.stringify(this.param(a, 'LoopCount'))} is not a whole number`);
        const key = `${this.frame.flow}:${a.id}`;
        const count = this.loops.get(key) ?? 0;
        if (count < n) {
          this.loops.set(key, count + 1);
          return { take: 'conditions', value: 'ContinueLooping', noMatch: NME };
        }
        this.loops.delete(key);
        return { take: 'conditions', value: 'DoneLooping', noMatch: NME };
      }
      case 'UpdateContactTargetQueue': {
        const v = this.value(this.param(a, 'QueueId') ?? this.param(a, 'AgentId') ?? '');
        if (v === '') return { take: 'error', type: NME };
        this.queue = v;
        return { take: 'next' };
      }
      case 'TransferContactToQueue': {
        if (this.queue === undefined) {
          this.note(`${blockName(a)} took ${NME}: no working queue was set before it`);
          return { take: 'error', type: NME };
        }
        if (this.queueFacts(this.queue)?.atCapacity === true) return { take: 'error', type: 'QueueAtCapacity' };
        return { end: 'queued', detail: this.queue };
      }
      case 'DequeueContactAndTransferToQueue': {
        const q = this.param(a, 'QueueId');
        if (q !== undefined) this.queue = this.value(q);
        if (this.queue === undefined) return { take: 'error', type: NME };
        if (this.queueFacts(this.queue)?.atCapacity === true) return { take: 'error', type: 'QueueAtCapacity' };
        return { end: 'queued', detail: this.queue };
      }
      case 'TransferToFlow':
      case 'InvokeFlowModule':
        return this.transfer(a);
      case 'EndFlowModuleExecution':
        return { leaveModule: true };
      case 'GetCustomerProfile':
      case 'CreateCustomerProfile':
      case 'UpdateCustomerProfile':
      case 'AssociateContactToCustomerProfile':
        return this.profile(a);
      case 'DisconnectParticipant':
        return { end: 'disconnected' };
      case 'EndFlowExecution':
        return { end: 'ended' };
      case 'TransferContactToAgent':
        return { end: 'transferred', detail: 'agent' };
    }
    throw new Stop(`${blockName(a)}: the simulator does not model ${a.type ? `the action type ${a.type}` : 'a block without a Type'}, so it cannot say where the contact goes; force a branch with given.errors["${a.id}"]: <ErrorType>`);
  }

  private getInput(a: Action): Outcome {
    this.prompt(a);
    const store = truthy(this.param(a, 'StoreInput'));
    const e = this.nextInput(a, store ? '{ dtmf: "0312345678#" } or timeout' : '{ dtmf: "1" } or timeout');
    if (e.kind !== 'dtmf' && e.kind !== 'timeout') throw new Stop(`${blockName(a)} reads keypad input, but the next input (line ${e.at.line}) is ${e.kind}: give { dtmf: "..." } or timeout`);
    if (store) {
      // "Store customer input": the Success branch even on a time-out, with "Timeout" stored.
      this.frame.scope.stored = e.kind === 'timeout' ? 'Timeout' : e.value;
      return { take: 'next' };
    }
    if (e.kind === 'timeout') return { take: 'error', type: 'InputTimeLimitExceeded' };
    if (e.value.length !== 1) throw new Stop(`${blockName(a)} is a menu that takes one key, but the input (line ${e.at.line}) presses ${JSON.stringify(e.value)}`);
    return { take: 'conditions', value: e.value, noMatch: 'NoMatchingCondition' };
  }

  private lambda(a: Action): Outcome {
    const arn = this.value(this.param(a, 'LambdaFunctionARN') ?? '');
    const mocks = this.given.lambda ?? {};
    const keys = Object.keys(mocks);
    const fnName = arn.includes(':function:') ? arn.split(':function:')[1]!.split(':')[0]! : arn;
    const key = keys.find((k) => k === arn) ?? keys.find((k) => k === fnName) ?? keys.find((k) => arn.includes(k));
    if (key === undefined) throw new Stop(`${blockName(a)} calls the Lambda function ${fnName || '(no ARN)'}, which has no mock: add given.lambda.${fnName || 'name'}: [ { returns: {...} } ]`);
    const n = this.lambdaCalls.get(key) ?? 0;
    const mock: LambdaMock | undefined = mocks[key]![n];
    if (!mock) throw new Stop(`${blockName(a)} calls ${fnName} for the ${ordinal(n + 1)} time, but given.lambda.${key} has only ${n} entr${n === 1 ? 'y' : 'ies'}: add one per call`);
    this.lambdaCalls.set(key, n + 1);
    if ('error' in mock) {
      this.frame.scope.external = { failed: fnName };
      return { take: 'error', type: NME };
    }
    const validation = this.mapParam(a, 'ResponseValidation');
    const json = scalarText(validation['ResponseType']).toUpperCase() === 'JSON';
    if (!json) {
      // STRING_MAP (the default): "a flat object of key/value pairs of the string type".
      const nested = Object.entries(mock.returns).find(([, v]) => typeof v === 'object' && v !== null);
      if (nested) throw new Stop(`${blockName(a)} expects a flat STRING_MAP response, but the mock for ${key} returns ${nested[0]} as ${Array.isArray(nested[1]) ? 'a list' : 'a mapping'}: Connect would take the error branch; flatten the mock, or set ResponseValidation.ResponseType JSON in the flow`);
    }
    // $.External is replaced whole by each call.
    this.frame.scope.external = { from: key, data: { ...mock.returns } };
    return { take: 'next' };
  }

  private hours(a: Action): Outcome {
    const idParam = this.param(a, 'HoursOfOperationId');
    const id = idParam !== undefined ? this.value(idParam) : this.queue;
    if (id === undefined) {
      this.note(`${blockName(a)} took ${NME}: it names no hours and no working queue was set`);
      return { take: 'error', type: NME };
    }
    const hours = this.given.hours;
    let state: string | undefined;
    if (typeof hours === 'string') state = hours;
    else if (hours) state = Object.entries(hours).find(([k]) => sameResource(k, id))?.[1] ?? hours['*'];
    if (state === undefined) throw new Stop(`${blockName(a)} checks the hours ${idParam !== undefined ? shortId(id) : `of the working queue ${shortId(id)}`}: say whether they are open with given.hours: open | closed (or given.hours.${shortId(id)})`);
    return { take: 'conditions', value: state === 'open' ? 'True' : 'False', noMatch: NME };
  }

  private queueParam(a: Action): string | undefined {
    const q = this.param(a, 'QueueId');
    return q !== undefined ? this.value(q) : this.queue;
  }

  private transfer(a: Action): Outcome {
    const module = a.type === 'InvokeFlowModule';
    const raw = this.param(a, module ? 'FlowModuleId' : 'ContactFlowId');
    const value = raw === undefined ? '' : this.value(raw);
    let target = this.world.callee(this.frame.flow, a.id);
    if (target === undefined && value !== '') {
      const found = this.world.flows.findIndex((f) => f.ids.some((id) => sameResource(id, value)) || f.name === value);
      if (found >= 0) target = found;
    }
    if (target !== undefined) {
      if (module && this.frame.returnTo) throw new Stop(`${blockName(a)} invokes a module from inside a module, which Amazon Connect does not allow`);
      return { enter: target, module };
    }
    const md = blockMetadata(a);
    const hint = md ? [md['ContactFlow'], md['contactFlow'], md['contactFlowModuleName']].map((v) => (isObject(v) ? (v as Record<string, unknown>)['text'] : v)).find((v): v is string => typeof v === 'string') : undefined;
    const flows = this.given.flows ?? {};
    const external = Object.keys(flows).find((k) => sameResource(k, value) || k === hint);
    if (external !== undefined && !module) return { end: 'transferred', detail: external };
    const name = hint ?? shortId(value);
    throw new Stop(`${blockName(a)} ${module ? 'invokes the module' : 'transfers to the flow'} ${name || '(no id)'}, which is not in the repository${module ? ': add the module\'s file so the simulator can run it' : `: add the flow, or mark it external with given.flows["${name}"]: external`}`);
  }

  private profile(a: Action): Outcome {
    const scope = this.frame.scope;
    const found = this.given.profile?.found;
    if (a.type === 'GetCustomerProfile' && found === undefined) throw new Stop(`${blockName(a)} looks up a customer profile: say what it finds with given.profile: { found: one | none | multiple | error, fields: {...} }`);
    if (found === 'error') return { take: 'error', type: NME };
    const request = this.mapParam(a, 'ProfileRequestData');
    const resolved: Record<string, string> = {};
    for (const [k, v] of Object.entries(request)) if (typeof v === 'string') resolved[k] = this.value(v);
    const requested = responseFields(a);
    switch (a.type) {
      case 'GetCustomerProfile': {
        const keyValue = resolved['IdentifierValue'] ?? resolved['PhoneNumber'] ?? resolved['EmailAddress'] ?? Object.values(resolved)[0] ?? '';
        if (keyValue === '') {
          this.note(`${blockName(a)} took ${NME}: its search key is empty`);
          return { take: 'error', type: NME };
        }
        if (found === 'none') return { take: 'error', type: 'NoneFoundError' };
        if (found === 'multiple') return { take: 'error', type: 'MultipleFoundError' };
        scope.profile = { lookup: a, requested, fields: this.given.profile?.fields ?? {} };
        return { take: 'next' };
      }
      case 'CreateCustomerProfile':
        scope.profile = { lookup: a, requested, fields: { ...resolved } };
        return { take: 'next' };
      case 'UpdateCustomerProfile':
        if (!scope.profile) {
          this.note(`${blockName(a)} took ${NME}: no profile was loaded to update`);
          return { take: 'error', type: NME };
        }
        scope.profile = { lookup: a, requested: [...new Set([...scope.profile.requested, ...requested])], fields: { ...scope.profile.fields, ...resolved } };
        return { take: 'next' };
      default:
        return { take: 'next' };
    }
  }
}

function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}
