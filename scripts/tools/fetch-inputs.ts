// `npm run inputs`: verifies and copies the third-party inputs into .inputs/ (scripts/lib/fetch-inputs.ts), reporting every problem.
import { resolve } from 'node:path';
import { fetchInputs } from '../lib/fetch-inputs.ts';
import { displayPath, resolvePaths } from '../lib/paths.ts';
import { formatReport } from '../lib/report.ts';

const paths = resolvePaths(resolve(import.meta.dirname, '../..'), process.argv.slice(2), process.env);
const result = fetchInputs(paths);
if (result.problems.length > 0) {
  console.error(formatReport(result.problems, 'the inputs named above are not in .inputs/'));
  process.exit(1);
}
console.log(`inputs: ${result.verified.size} verified in ${displayPath(paths.root, paths.inputsDir)} (${result.copied} copied from ${paths.mirrorDir})`);
