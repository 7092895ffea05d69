// Charts format with src/core/format.ts, the formatter the prose uses; this file only keeps the charts' call shape.
// B: remove after registry merge (import src/core/format.ts in the chart folders and call formatValue({ value, unit, qualifier })).
import { formatValue as formatFigureValue, type Qualifier } from '../core/format.ts';

export { formatDate, formatNumber } from '../core/format.ts';

/** formatValue(value, unit, qualifier) of src/core/format.ts. */
export const formatValue = (value: number, unit: string, qualifier: string = 'exact'): string => formatFigureValue({ value, unit, qualifier: qualifier as Qualifier });
