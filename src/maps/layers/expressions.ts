// Small expression builders shared by the layer factories.
import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';

/** True when the feature's `property` is one of `values`. */
export function isIn(property: string, values: readonly string[]): ExpressionSpecification {
  return ['in', ['get', property], ['literal', [...values]]];
}

/** A number per feature id from a table, with a fallback. */
export function byId(table: Readonly<Record<string, number>>, fallback: number, property = 'id'): ExpressionSpecification | number {
  const entries = Object.entries(table);
  if (entries.length === 0) return fallback;
  return ['match', ['get', property], ...entries.flatMap(([k, v]) => [k, v]), fallback] as unknown as ExpressionSpecification;
}

/** True while the feature is hovered or selected (feature-state set by the live map). */
export const active: ExpressionSpecification = ['any', ['boolean', ['feature-state', 'hover'], false], ['boolean', ['feature-state', 'selected'], false]];
