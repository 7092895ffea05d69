// A d3-geo path context that writes short SVG path data: relative moves rounded to 0.1 px, with
// points that round onto the previous one dropped. Inline static maps are a third of the size.
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

const fmt = (n: number) => {
  const v = Math.round(n * 10) / 10 + 0;
  return String(v).replace(/^(-?)0\./u, '$1.');
};

class CompactContext {
  private out = '';
  // Positions in tenths of a pixel, so rounding errors never accumulate along a ring.
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;
  moveTo(x: number, y: number): void {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
    this.out += `${this.out === '' ? 'M' : 'm'}${this.delta(tx, ty)}`;
    this.startX = tx;
    this.startY = ty;
  }
  lineTo(x: number, y: number): void {
    const [tx, ty] = [Math.round(x * 10), Math.round(y * 10)];
    if (tx === this.x && ty === this.y) return;
    this.out += `l${this.delta(tx, ty)}`;
  }
  closePath(): void {
    this.out += 'z';
    this.x = this.startX;
    this.y = this.startY;
  }
  arc(): void {
    throw new Error('compactPath: point geometries are drawn as <circle>, not as path arcs.');
  }
  result(): string {
    const s = this.out;
    this.out = '';
    return s;
  }
  private delta(tx: number, ty: number): string {
    const first = this.out === '';
    const [dx, dy] = first ? [tx, ty] : [tx - this.x, ty - this.y];
    this.x = tx;
    this.y = ty;
    const b = fmt(dy / 10);
    return `${fmt(dx / 10)}${b.startsWith('-') ? '' : ','}${b}`;
  }
}

/** Path data of a geometry under a projection, in the compact form. */
export function compactPath(projection: GeoProjection): (object: GeoPermissibleObjects) => string {
  const context = new CompactContext();
  const path = geoPath(projection, context as unknown as CanvasRenderingContext2D);
  return (object) => {
    path(object);
    return context.result();
  };
}
