// npm run docs:components: rewrites the component reference in EDITING.md from src/content/components.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { withComponentsDoc } from './lib/components-doc.ts';

const file = 'EDITING.md';
const before = readFileSync(file, 'utf8');
const after = withComponentsDoc(before);
if (after !== before) writeFileSync(file, after);
console.log(after === before ? `${file} is up to date.` : `${file}: component reference rewritten.`);
