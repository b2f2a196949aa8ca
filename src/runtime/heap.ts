import { setFlagsFromString } from 'node:v8';

/**
 * Garbage-collector settings for a lint run, set when the process starts.
 *
 * A run reads one file after another, and each file's text, parsed value and model live only while that file
 * is linted. V8's defaults are tuned for long-lived servers: the young generation doubles whenever enough
 * survives a scavenge (up to 3 x 16-32 MiB of resident memory), and after a full collection the old generation
 * may grow to about four times what survived before the next one. For a batch of files that makes peak memory
 * track the allocation rate, not what is live: 2,000 flows peaked at ~200 MiB with ~12 MiB live. Keeping the
 * young generation at its initial size and letting the old one grow by 60% between full collections brings
 * that to ~110 MiB at the same speed (see bench/bench.mjs, "memory").
 *
 * Both flags are read by V8 each time it sizes a space, so setting them after start-up takes effect. They are
 * V8 internals, not Node options: they are set only on the V8 majors listed below, where they exist,
 * because V8 prints "unrecognized flag" to stderr for a flag it does not know. Node warns that V8 flags changed
 * after start-up may behave unpredictably: these two are only sizing heuristics, test/heap.test.ts reads V8's
 * GC trace to show they take effect, and CONNECT_FLOW_LINT_HEAP=default leaves V8's own settings alone.
 */
const BATCH_FLAGS = ['--semi-space-growth-factor=1', '--heap-growing-percent=60'];

/**
 * A file this large holds one big flow whose model lives for the whole of its lint: with a young generation
 * kept small, the collector copies that model scavenge after scavenge (the 20,000-block bench flow spent
 * ~110 ms in GC, against ~70 ms with V8's growth). So from such a file on, the young generation may grow as
 * V8 would grow it (factor 2, V8's default). V8 does not shrink it again during a run, so lintFiles lints such
 * files after all the others. Real flows are far below this size (Amazon Connect caps a flow at 256,000
 * characters); a CloudFormation template of many flows can reach it.
 */
const LARGE_FILE_BYTES = 4 * 1024 * 1024;

/** Whether a file of `bytes` lets the young generation grow; lintFiles lints such files after the others. */
export function isLargeFile(bytes: number): boolean {
  return bytes >= LARGE_FILE_BYTES;
}

let batch = false;
let growing = false;

/**
 * V8 majors of Node 22 (12.4), 23 (12.9) and 24 (13.6). Measured on 22 (2,000 flows: 151 -> 87 MiB) and 24,
 * where the Action runs. Later
 * V8 sources clamp semi_space_growth_factor to at least 2 (a minimum-value implication), which would make the
 * setting a silent no-op: such versions keep V8's defaults until measured (test/heap.test.ts shows the effect).
 */
const MEASURED_V8_MAJORS = new Set([12, 13]);

/** Whether the batch settings apply here; `env` and `v8Version` as in process.env and process.versions.v8. */
export function batchHeapApplies(env: NodeJS.ProcessEnv, v8Version: string): boolean {
  if (env['CONNECT_FLOW_LINT_HEAP'] === 'default') return false;
  return MEASURED_V8_MAJORS.has(Number.parseInt(v8Version, 10));
}

/** Applies the batch settings when they apply; returns whether it did. */
export function tuneHeapForBatch(env: NodeJS.ProcessEnv = process.env, v8Version: string = process.versions.v8): boolean {
  if (!batchHeapApplies(env, v8Version)) return false;
  for (const flag of BATCH_FLAGS) setFlagsFromString(flag);
  batch = true;
  return true;
}

/** Called before each file is linted: lets the young generation grow from a large file on (see LARGE_FILE_BYTES). */
export function heapForFile(bytes: number): void {
  if (!batch) return;
  const grow = isLargeFile(bytes);
  if (grow === growing) return;
  setFlagsFromString(grow ? '--semi-space-growth-factor=2' : '--semi-space-growth-factor=1');
  growing = grow;
}
