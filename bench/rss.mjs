// Preload (`node --import ./bench/rss.mjs …`): when the process exits, append its peak resident set size (KiB, from
// process.resourceUsage().maxRSS) to the file named by BENCH_RSS_FILE. The 'exit' event also fires on process.exit(),
// which the CLI for Microsoft 365 calls, so both tools are measured the same way.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const target = process.env.BENCH_RSS_FILE;
if (target) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
