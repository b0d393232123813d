#!/usr/bin/env node
import { runCommandLine } from './host/cli-args.js';
import { cancelOnSignals } from './host/signals.js';
import { run } from './main.js';

const { exitCode, status } = await runCommandLine(process.argv.slice(2), { run, cancel: cancelOnSignals() });
process.exitCode = exitCode;
if (status === 'cancelled') process.exit();
