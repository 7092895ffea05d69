// Typed access to what earlier builders of the same run produced: tables, output lists, inputs, the speech.
import type { BuildContext, TableInfo } from './builder.ts';
import type { Segmented } from './segment.ts';
import type { Row } from './table.ts';
import type { VerifiedInput } from './fetch-inputs.ts';

type TypedTable<T> = Omit<TableInfo, 'rows'> & { rows: Row<T>[] };

/** The table an earlier builder read; an unreadable stand-in (ids null) when that builder failed. */
export function earlierTable<T>(ctx: Pick<BuildContext, 'tables'>, name: string): TypedTable<T> {
  return (ctx.tables.get(name) as TypedTable<T> | undefined) ?? { file: name, rows: [], ids: null };
}

/** The output list of an earlier builder (empty when it failed). */
export const earlierList = <T>(ctx: Pick<BuildContext, 'earlier'>, name: string): T[] => (ctx.earlier.get(name) as T[] | undefined) ?? [];

/** The verified copies of the inputs, by id (only those whose checksum matched). */
export const verifiedInputs = (ctx: Pick<BuildContext, 'earlier'>): Map<string, VerifiedInput> =>
  new Map(earlierList<VerifiedInput>(ctx, 'inputs').map((input) => [input.id, input]));

/** The segmented speech, or null when it could not be loaded (already reported). */
export const earlierSpeech = (ctx: Pick<BuildContext, 'earlier'>): Segmented | null => (ctx.earlier.get('speech-text') as Segmented | null | undefined) ?? null;
