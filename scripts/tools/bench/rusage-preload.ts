// Loaded with `node --import` into a build the bench times: writes the process's CPU time (every
// thread, PNG workers included) and peak resident memory to $RUSAGE_OUT when the process exits.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env['RUSAGE_OUT'];
if (isMainThread && out) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ userUs: usage.userCPUTime, systemUs: usage.systemCPUTime, maxRssKiB: usage.maxRSS }));
  });
}
