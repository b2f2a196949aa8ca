import { pathInBlock, subjectOf } from './identity.js';
import { MAX_PATTERN_WORK, withPatternBudget } from './config/pattern.js';
import { evaluatePath, MAX_MATCHES, MAX_WORK, type Hit } from './json/simple-path.js';
import type { ActiveRule } from './config/resolve.js';
import { RoutingGraph } from './graph/routing-graph.js';
import { blockLabel, buildFlow, type Flow } from './model/flow.js';
import type { EntryProfile } from './repo/link.js';
import type { RuleResult } from './rules/function.js';
import type { FlowDocument } from './source/document.js';
import { readFlowFile } from './source/read-file.js';
import { compareFindings, SEVERITY_RANK, type BlockPlace, type Finding, type JsonPath, type Range, type SeverityOrOff } from './types.js';

export interface FileReport {
  readonly file: string;
  readonly findings: Finding[];
  /** How many flows the file held. */
  readonly flows: number;
  /** Each flow's model and routing graph, for reporters that draw them. */
  readonly models: ReadonlyArray<{ readonly flow: Flow; readonly graph: RoutingGraph }>;
  /** Why the file was not linted, when it holds no flow and that is not a defect. */
  readonly notAFlow?: string;
}

/** A value a rule is run on, and where it is in the document. */
type Target = Hit;

/** Findings about the config rather than the flow (a `given` over its caps), to be reported once per rule. */
const configProblems = new WeakSet<Finding>();

/**
 * Keeps one finding per rule for problems of the config found while linting (the first file's), with the
 * config's file named as `nameOf` names files. Other findings pass through.
 */
export function configProblemsOnce(findings: readonly Finding[], nameOf: (file: string) => string = (f) => f): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    if (!configProblems.has(f)) {
      out.push(f);
      continue;
    }
    const key = `${f.ruleId}\0${f.file}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const named = { ...f, file: nameOf(f.file) };
    configProblems.add(named);
    out.push(named);
  }
  return out;
}

/** True for a finding about the config (a cap reached while linting): reported even when the config is not among the changed files. */
export function isConfigProblem(f: Finding): boolean {
  return configProblems.has(f);
}

/** `k` is the index of the `given` over its cap, or -1 when the rule's patterns went over their budget. */
function overCap(doc: FlowDocument, rule: ActiveRule, k: number, exceeded: 'matches' | 'work' | 'patterns'): Finding {
  const origin = k >= 0 ? rule.given[k]!.at : rule.setIn;
  const why = exceeded === 'matches' ? `matched more than ${MAX_MATCHES.toLocaleString('en-US')} values` : `took more than ${MAX_WORK.toLocaleString('en-US')} steps to evaluate`;
  const message =
    k >= 0
      ? `the "given" path ${JSON.stringify(rule.given[k]!.text)} of rule "${rule.id}" ${why} in ${doc.file}, so the rule was not checked there (reported once, for the first file): narrow the path, e.g. $.Actions[*] instead of $..*, and avoid chains of ".." descents`
      : `the regular expressions of rule "${rule.id}" had more text to match in ${doc.file} than a rule may match in one flow (characters times pattern size over ${MAX_PATTERN_WORK.toLocaleString('en-US')}), so the rule was not checked there (reported once, for the first file): narrow its "given" or simplify the pattern`;
  const finding: Finding = {
    ruleId: rule.id,
    severity: 'error',
    message,
    file: origin.file,
    range: { start: origin.at, end: origin.at },
  };
  configProblems.add(finding);
  return finding;
}

/** The `field` of a `then` below a target: own members by name, one target even when it is missing (for `defined`, `truthy`). */
function fieldOf(value: unknown, keys: readonly string[] | undefined, path: JsonPath): Target {
  if (keys === undefined) return { value, path };
  let v = value;
  const p = [...path];
  for (const key of keys) {
    v = typeof v === 'object' && v !== null && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined;
    p.push(key);
  }
  return { value: v, path: p };
}

/** The block a path is inside, for findings from JSONPath rules. */
function blockAt(flow: Flow, path: JsonPath): string | undefined {
  if (path[0] !== 'Actions' || typeof path[1] !== 'number') return undefined;
  return flow.actions.find((a) => a.path[1] === path[1])?.id;
}

/** A short preview of a value for messages, without serialising a whole document to keep 80 characters. */
function preview(v: unknown): string {
  if (typeof v === 'string') return v.length > 80 ? `${v.slice(0, 77)}...` : v;
  if (Array.isArray(v)) return `[array of ${v.length}]`;
  if (typeof v === 'object' && v !== null) return `{object with ${Object.keys(v).length} keys}`;
  return String(v);
}

function jsonPathString(path: JsonPath): string {
  return '$' + path.map((k) => (typeof k === 'number' ? `[${k}]` : /^[A-Za-z_]\w*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`)).join('');
}

interface Pending {
  readonly rule: ActiveRule;
  readonly target: Target;
  readonly result: RuleResult;
}

/** Where a finding's other blocks are: the evidence path's (when it is a path) and the related ones. */
interface Places {
  readonly trace?: readonly BlockPlace[];
  readonly related?: ReadonlyArray<BlockPlace & { readonly message: string }>;
}

/** The blocks (by Identifier) whose places a result needs; Identifiers not in the flow ('…' of a long path) are left out. */
function placesWanted(flow: Flow, result: RuleResult): { trace: string[]; related: Array<{ blockId: string; message: string }> } {
  const known = (id: string): boolean => flow.byId.has(id);
  return {
    trace: result.evidence && result.evidenceKind !== 'blocks' ? result.evidence.filter(known) : [],
    related: (result.related ?? []).filter((r) => known(r.blockId)),
  };
}

function toFinding(doc: FlowDocument, flow: Flow, { rule, target, result }: Pending, range: Range, places: Places = {}): Finding {
  const path = result.path ?? target.path;
  const blockId = result.blockId ?? blockAt(flow, path);
  let message = result.message;
  if (rule.message) {
    const block = blockId === undefined ? undefined : flow.byId.get(blockId);
    const vars: Record<string, () => string> = {
      error: () => result.message,
      property: () => String(path[path.length - 1] ?? ''),
      value: () => preview(target.value),
      path: () => jsonPathString(path),
      blockId: () => blockId ?? '',
      blockName: () => (block ? blockLabel(block) : ''),
      description: () => rule.description ?? '',
    };
    for (const [k, v] of Object.entries(result.values ?? {})) vars[k] = () => v;
    message = rule.message.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? vars[k]!() : m));
  }
  return {
    ruleId: rule.id,
    // A result may ask for less than the rule's severity, never more.
    severity: result.severity !== undefined && SEVERITY_RANK[result.severity] < SEVERITY_RANK[rule.severity] ? result.severity : rule.severity,
    message,
    file: doc.file,
    range,
    ...(blockId !== undefined ? { blockId } : {}),
    ...(doc.name !== undefined ? { flowName: doc.name } : {}),
    ...(rule.documentationUrl !== undefined ? { documentationUrl: rule.documentationUrl } : {}),
    ...(result.evidence && result.evidence.length > 0 ? { evidence: result.evidence, ...(result.evidenceKind === 'blocks' ? { evidenceKind: 'blocks' as const } : {}) } : {}),
    ...(places.trace && places.trace.length > 0 ? { trace: places.trace } : {}),
    ...(places.related && places.related.length > 0 ? { related: places.related } : {}),
    subject: subjectOf(pathInBlock(path), result.values),
  };
}

/** Lints one flow with the given rules. A rule that throws becomes a finding; the other rules still run. */
export function lintFlow(doc: FlowDocument, rules: readonly ActiveRule[], entry?: EntryProfile): { findings: Finding[]; flow: Flow; graph: RoutingGraph } {
  const flow = buildFlow(doc);
  const graph = new RoutingGraph(flow);
  const pending: Pending[] = [];
  const problems: Finding[] = [];
  for (const rule of rules) {
    const before = pending.length;
    try {
      const done = withPatternBudget(MAX_PATTERN_WORK, () => {
        for (let k = 0; k < rule.given.length; k++) {
          // The steps were parsed when the config was read; evaluated within the caps of json/simple-path.ts.
          const evaluated = evaluatePath(doc.value, rule.given[k]!.steps);
          if (!('hits' in evaluated)) {
            problems.push(overCap(doc, rule, k, evaluated.exceeded));
            continue;
          }
          for (const target of evaluated.hits) {
            for (const then of rule.then) {
              const t = fieldOf(target.value, then.field, target.path);
              const run = then.fn.run as (target: unknown, options: unknown, context: unknown) => readonly RuleResult[];
              for (const result of run(t.value, then.options, { flow, graph, path: t.path, document: doc.value, ...(entry ? { entry } : {}) })) pending.push({ rule, target: t, result });
            }
          }
        }
      });
      if (!done) {
        pending.length = before;
        problems.push(overCap(doc, rule, -1, 'patterns'));
      }
    } catch (e) {
      pending.push({
        rule: { ...rule, severity: 'error', message: undefined },
        target: { value: undefined, path: [] },
        result: { message: `rule "${rule.id}" failed on this flow (${(e as Error).message}); the other rules still ran. Please report this with the file.`, path: [] },
      });
    }
  }
  // Every finding's place is found in one pass over the text, and only when there are findings; so are the
  // places of the blocks of its evidence paths and its related blocks (each block's Identifier), each block
  // once per flow: in a flow with many findings the same blocks recur on path after path, and the findings
  // share one place object per block.
  const wanted = pending.map((p) => placesWanted(flow, p.result));
  const blocks = new Map<string, number>();
  for (const w of wanted) {
    for (const id of w.trace) if (!blocks.has(id)) blocks.set(id, blocks.size);
    for (const r of w.related) if (!blocks.has(r.blockId)) blocks.set(r.blockId, blocks.size);
  }
  const requests = [
    ...pending.map((p) => ({ path: p.result.path ?? p.target.path, part: p.result.part ?? 'key' })),
    ...[...blocks.keys()].map((id) => ({ path: [...flow.byId.get(id)!.path, 'Identifier'], part: 'key' as const })),
  ];
  const ranges = doc.ranges(requests);
  const blockRange = (id: string): Range => ranges[pending.length + blocks.get(id)!]!;
  const steps = new Map<string, BlockPlace>();
  const step = (blockId: string): BlockPlace => {
    let s = steps.get(blockId);
    if (!s) {
      const label = blockLabel(flow.byId.get(blockId)!);
      steps.set(blockId, (s = { blockId, ...(label !== blockId ? { label } : {}), range: blockRange(blockId) }));
    }
    return s;
  };
  const findings = pending.map((p, k) => {
    const w = wanted[k]!;
    const trace = w.trace.map(step);
    const related = w.related.map((r) => ({ ...r, range: blockRange(r.blockId) }));
    return toFinding(doc, flow, p, ranges[k]!, { trace, related });
  });
  return { findings: [...findings, ...problems], flow, graph };
}

/** Lints one file's text: finds its flows, lints each, and reports file-level problems. Never throws. */
export function lintText(file: string, text: string, rules: readonly ActiveRule[], entries?: ReadonlyMap<number, EntryProfile>, fileRules?: ReadonlyMap<string, SeverityOrOff>): FileReport {
  const contents = readFlowFile(file, text);
  // The reader's own rules (legacy-format, unsupported-content) take the config's severity, or are off.
  const severityOf = (id: string): SeverityOrOff => fileRules?.get(id) ?? (id === 'legacy-format' || id === 'unsupported-content' ? 'warn' : 'error');
  const findings: Finding[] = contents.problems.flatMap((p): Finding[] => {
    const severity = p.ruleId === 'parse-error' ? 'error' : severityOf(p.ruleId);
    return severity === 'off' ? [] : [{ ruleId: p.ruleId, severity, message: p.message, file, range: p.range }];
  });
  const models = contents.flows.map((doc, index) => {
    const { findings: found, flow, graph } = lintFlow(doc, rules, entries?.get(index));
    findings.push(...found);
    return { flow, graph };
  });
  findings.sort(compareFindings);
  return { file, findings, flows: contents.flows.length, models, ...(contents.notAFlow !== undefined ? { notAFlow: contents.notAFlow } : {}) };
}
