#!/usr/bin/env node
import { tuneHeapForBatch } from '../runtime/heap.js';
import { run } from './main.js';

tuneHeapForBatch();

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
});
