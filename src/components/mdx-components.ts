// The components an MDX chapter can use, by name; the names must be those of registry.ts (tested).
import Fig from './Fig.astro';
import Quote from './Quote.astro';
import Graphic from './Graphic.astro';
import MapFigure from '../maps/MapFigure.astro';

export const mdxComponents = { Fig, Quote, Graphic, MapFigure };
