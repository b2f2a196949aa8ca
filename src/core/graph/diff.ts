import type { Action, Flow, Transition } from '../model/flow.js';

/** A route of a block, named the way a reviewer names it: which branch of which block. */
export interface Route {
  readonly from: string;
  /** "next", the condition ("Equals gold") or the error type. */
  readonly branch: string;
  readonly kind: Transition['kind'];
  readonly to: string;
}

export interface RoutingDiff {
  readonly addedBlocks: readonly Action[];
  readonly removedBlocks: readonly Action[];
  /** Blocks present in both versions whose type or parameters changed. */
  readonly changedBlocks: ReadonlyArray<{ readonly base: Action; readonly head: Action; readonly typeChanged: boolean; readonly parametersChanged: readonly string[] }>;
  readonly addedRoutes: readonly Route[];
  readonly removedRoutes: readonly Route[];
  readonly retargetedRoutes: ReadonlyArray<Route & { readonly was: string }>;
  /**
   * Routes of the new version that lead to a block it no longer has: the block was removed by the change
   * (`removed`), or the route was added or re-targeted to an Identifier neither version has (`missing`). A
   * route that was already dangling before the change is not listed: the change did not break it.
   */
  readonly brokenRoutes: ReadonlyArray<Route & { readonly target: 'removed' | 'missing' }>;
  /** Set when StartAction moved. */
  readonly entry?: { readonly was: string | undefined; readonly now: string | undefined };
}

/** Canonical JSON: object keys sorted, so a re-export that only reorders keys is not a change. */
export function canonical(value: unknown): string {
  const stack: unknown[] = [];
  const walk = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(walk).join(',')}]`;
    if (typeof v === 'object' && v !== null) {
      if (stack.includes(v)) return '"[cycle]"';
      stack.push(v);
      const body = Object.keys(v)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${walk((v as Record<string, unknown>)[k])}`)
        .join(',');
      stack.pop();
      return `{${body}}`;
    }
    return JSON.stringify(v) ?? 'null';
  };
  return walk(value);
}

/** The branch key of a transition: blocks are matched by Identifier, branches by what they test. */
function routesOf(action: Action): Map<string, Route> {
  const routes = new Map<string, Route>();
  for (const t of action.transitions) {
    const branch = t.label;
    let key = `${t.kind}\u0000${branch}`;
    // Two conditions with the same test (rare, but legal) stay apart by order.
    for (let n = 2; routes.has(key); n++) key = `${t.kind}\u0000${branch}\u0000${n}`;
    routes.set(key, { from: action.id, branch, kind: t.kind, to: t.target });
  }
  return routes;
}

/**
 * What a change does to routing: blocks matched across versions by Identifier; for each block present in
 * both, its routes matched by branch. Linear in the size of the two flows.
 */
export function diffFlows(base: Flow, head: Flow): RoutingDiff {
  const addedBlocks = head.actions.filter((a) => !base.byId.has(a.id) && head.byId.get(a.id) === a);
  const removedBlocks = base.actions.filter((a) => !head.byId.has(a.id) && base.byId.get(a.id) === a);
  const changedBlocks: Array<RoutingDiff['changedBlocks'][number]> = [];
  const addedRoutes: Route[] = [];
  const removedRoutes: Route[] = [];
  const retargetedRoutes: Array<Route & { was: string }> = [];

  for (const a of addedBlocks) addedRoutes.push(...routesOf(a).values());
  for (const a of removedBlocks) removedRoutes.push(...routesOf(a).values());

  for (const h of head.actions) {
    const b = base.byId.get(h.id);
    if (!b || head.byId.get(h.id) !== h) continue;
    const typeChanged = b.type !== h.type;
    const keys = new Set([...Object.keys(b.parameters), ...Object.keys(h.parameters)]);
    const parametersChanged = [...keys].filter((k) => canonical(b.parameters[k]) !== canonical(h.parameters[k])).sort();
    if (typeChanged || parametersChanged.length > 0) changedBlocks.push({ base: b, head: h, typeChanged, parametersChanged });
    const before = routesOf(b);
    const after = routesOf(h);
    for (const [key, r] of after) {
      const old = before.get(key);
      if (!old) addedRoutes.push(r);
      else if (old.to !== r.to) retargetedRoutes.push({ ...r, was: old.to });
    }
    for (const [key, r] of before) if (!after.has(key)) removedRoutes.push(r);
  }
  const routeKey = (r: Route): string => `${r.from}\u0000${r.kind}\u0000${r.branch}\u0000${r.to}`;
  const changedRoute = new Set([...addedRoutes, ...retargetedRoutes].map(routeKey));
  const brokenRoutes: Array<Route & { target: 'removed' | 'missing' }> = [];
  for (const h of head.actions) {
    if (head.byId.get(h.id) !== h) continue;
    for (const r of routesOf(h).values()) {
      if (head.byId.has(r.to)) continue;
      if (base.byId.has(r.to)) brokenRoutes.push({ ...r, target: 'removed' });
      else if (changedRoute.has(routeKey(r))) brokenRoutes.push({ ...r, target: 'missing' });
    }
  }
  const entry = base.startAction !== head.startAction ? { was: base.startAction, now: head.startAction } : undefined;
  return { addedBlocks, removedBlocks, changedBlocks, addedRoutes, removedRoutes, retargetedRoutes, brokenRoutes, ...(entry ? { entry } : {}) };
}

export function isEmptyDiff(d: RoutingDiff): boolean {
  return (
    d.addedBlocks.length + d.removedBlocks.length + d.changedBlocks.length + d.addedRoutes.length + d.removedRoutes.length + d.retargetedRoutes.length === 0 &&
    d.entry === undefined
  );
}
