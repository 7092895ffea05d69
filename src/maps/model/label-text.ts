// The characters a map's labels draw: every string of the given properties in a TopoJSON's objects.
/** All text of `properties` in `topology` (any shape; non-strings are ignored), concatenated. */
export function labelText(topology: unknown, properties: readonly string[]): string {
  const objects = (topology as { objects?: Record<string, { geometries?: Array<{ properties?: Record<string, unknown> }> }> })?.objects ?? {};
  let text = '';
  for (const object of Object.values(objects)) {
    for (const geometry of object.geometries ?? []) {
      for (const key of properties) {
        const value = geometry.properties?.[key];
        if (typeof value === 'string') text += value;
      }
    }
  }
  return text;
}
