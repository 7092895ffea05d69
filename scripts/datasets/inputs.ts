// Emits inputs.json (file, licence, attribution of every third-party input) after verifying the copies.
import type { Builder } from '../lib/builder.ts';
import { generated, toJson } from '../lib/output.ts';
import { fetchInputs, type VerifiedInput } from '../lib/fetch-inputs.ts';

export const inputs: Builder<VerifiedInput[]> = {
  name: 'inputs',
  build(ctx) {
    const result = fetchInputs(ctx);
    const list = result.table.rows.map((row) => row.value);
    return {
      value: [...result.verified.values()],
      table: result.table,
      problems: result.problems,
      outputs: new Map([[generated('inputs'), toJson(list)]]),
      summary: `${list.length} inputs verified (${result.copied} copied)`,
    };
  },
};
