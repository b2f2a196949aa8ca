#!/usr/bin/env node
import { run } from './main.js';

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
});
