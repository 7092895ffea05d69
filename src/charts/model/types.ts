// Shapes shared by the graphics renderer, the Graphic component, the embeds and the graphics builder.
import type { Claim } from '../../schemas/claim.ts';
import type { Tracked } from '../../schemas/followup.ts';
import type { Instruction } from '../../schemas/instruction.ts';
import type { Topic } from '../../schemas/topic.ts';

/** What a graphic is drawn from: the datasets `npm run data` emits (src/generated). */
export interface GraphicDatasets {
  claims: readonly Claim[];
  instructions: readonly Tracked<Instruction>[];
  /** Needed by bar charts of instructions by topic. */
  topics: readonly Topic[];
}

export interface TableColumn {
  /** Key in each row; also the CSV/JSON column name. */
  key: string;
  /** Header as readers see it. */
  label: string;
  /** Right-aligned, tabular figures. */
  numeric?: boolean;
  /** Only in the CSV/JSON files, not in the page's table. */
  fileOnly?: boolean;
  /** Key of the row value holding a link for this cell (e.g. the quote → its sentence). */
  href?: string;
}

export type Cell = string | number | null;

/** Exactly what a graphic shows, as rows: the page's data table and the "Get the data" files. */
export interface DataTable {
  columns: TableColumn[];
  rows: Record<string, Cell>[];
}

export interface SentenceRef {
  /** Sentence id in the speech dataset, e.g. "p4s2". */
  id: string;
  /** Site-relative link to the sentence on the speech page. */
  href: string;
  /** "paragraph 4, sentence 2". */
  label: string;
}
