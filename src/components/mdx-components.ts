// The components an MDX chapter can use, by name; /components/ fails the build if these and registry.ts disagree.
import Fig from './Fig.astro';
import When from './When.astro';
import Quote from './Quote.astro';
import Graphic from './Graphic.astro';
import MapFigure from '../maps/MapFigure.astro';
import ScrollyMap from '../maps/ScrollyMap.astro';
import MapStep from '../maps/MapStep.astro';

export const mdxComponents = { Fig, When, Quote, Graphic, MapFigure, ScrollyMap, MapStep };
