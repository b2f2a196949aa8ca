import { pathInBlock, subjectOf } from './identity.js';
import { JSONPath } from 'jsonpath-plus';
import { evaluateSimplePath, parseSimplePath } from './json/simple-path.js';
import type { ActiveRule } from './config/resolve.js';
import { RoutingGraph } from './graph/routing-graph.js';
import { blockLabel, buildFlow, type Flow } from './model/flow.js';
import type { EntryProfile } from './repo/link.js';
import type { RuleResult } from './rules/function.js';
import type { FlowDocument } from './source/document.js';
import { readFlowFile } from './source/read-file.js';
import { compareFindings, SEVERITY_RANK, type Finding, type JsonPath, type Range, type SeverityOrOff } from './types.js';

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

interface Target {
  readonly value: unknown;
  readonly path: JsonPath;
}

const SIMPLE_PATH = /^\$(?:\.[A-Za-z_][\w]*)*$/;

/** Evaluates a `given` path. Plain dotted paths, which most rules use, skip the JSONPath engine. */
function evaluateGiven(document: unknown, given: string): Target[] {
  if (SIMPLE_PATH.test(given)) {
    let value: unknown = document;
    const path: string[] = [];
    for (const key of given.split('.').slice(1)) {
      if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return [];
      value = (value as Record<string, unknown>)[key];
      path.push(key);
    }
    return [{ value, path }];
  }
  // Wildcards and recursive descent without filters, which most rules use, are walked directly.
  const steps = simpleSteps(given);
  if (steps) return evaluateSimplePath(document, steps);
  // The expression passed checkJsonPath when the config was read; 'safe' keeps jsonpath-plus's own
  // sandboxed evaluator as a second wall. Never 'native'.
  const results = JSONPath({ path: given, json: document as object, resultType: 'all', eval: 'safe', wrap: true }) as Array<{ value: unknown; pointer: string }>;
  return results.map((r) => ({ value: r.value, path: pointerToPath(document, r.pointer) }));
}

const parsedPaths = new Map<string, ReturnType<typeof parseSimplePath>>();
function simpleSteps(given: string): ReturnType<typeof parseSimplePath> {
  if (!parsedPaths.has(given)) parsedPaths.set(given, parseSimplePath(given));
  return parsedPaths.get(given);
}

function pointerToPath(document: unknown, pointer: string): JsonPath {
  const path: Array<string | number> = [];
  let node: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const step = Array.isArray(node) ? Number(key) : key;
    path.push(step);
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined;
  }
  return path;
}

function fieldOf(value: unknown, field: string | undefined, path: JsonPath): Target {
  if (field === undefined) return { value, path };
  let v = value;
  const p = [...path];
  for (const key of field.split('.')) {
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

function toFinding(doc: FlowDocument, flow: Flow, { rule, target, result }: Pending, range: Range): Finding {
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
    ...(result.evidence && result.evidence.length > 0 ? { evidence: result.evidence } : {}),
    subject: subjectOf(pathInBlock(path), result.values),
  };
}

/** Lints one flow with the given rules. A rule that throws becomes a finding; the other rules still run. */
export function lintFlow(doc: FlowDocument, rules: readonly ActiveRule[], entry?: EntryProfile): { findings: Finding[]; flow: Flow; graph: RoutingGraph } {
  const flow = buildFlow(doc);
  const graph = new RoutingGraph(flow);
  const pending: Pending[] = [];
  for (const rule of rules) {
    try {
      for (const given of rule.given) {
        for (const target of evaluateGiven(doc.value, given)) {
          for (const then of rule.then) {
            const t = fieldOf(target.value, then.field, target.path);
            const run = then.fn.run as (target: unknown, options: unknown, context: unknown) => readonly RuleResult[];
            for (const result of run(t.value, then.options, { flow, graph, path: t.path, document: doc.value, ...(entry ? { entry } : {}) })) pending.push({ rule, target: t, result });
          }
        }
      }
    } catch (e) {
      pending.push({
        rule: { ...rule, severity: 'error', message: undefined },
        target: { value: undefined, path: [] },
        result: { message: `rule "${rule.id}" failed on this flow (${(e as Error).message}); the other rules still ran. Please report this with the file.`, path: [] },
      });
    }
  }
  // Every finding's place is found in one pass over the text, and only when there are findings.
  const ranges = doc.ranges(pending.map((p) => ({ path: p.result.path ?? p.target.path, part: p.result.part ?? 'key' })));
  return { findings: pending.map((p, k) => toFinding(doc, flow, p, ranges[k]!)), flow, graph };
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
