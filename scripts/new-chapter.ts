// npm run new:chapter -- "Title" [--topic <topic-id>]: scaffolds content/chapters/<slug>.mdx, never overwriting.
import { newChapter } from './lib/new-chapter.ts';

const args = process.argv.slice(2);
const topicAt = args.indexOf('--topic');
const topic = topicAt >= 0 ? args[topicAt + 1] : undefined;
const title = args.filter((_, i) => topicAt < 0 || (i !== topicAt && i !== topicAt + 1)).join(' ').trim();

if (!title) {
  console.error('Give the chapter title: npm run new:chapter -- "Sugar and food" [--topic sugar]');
  process.exit(1);
}
try {
  const file = newChapter({ root: process.cwd(), title, topic, today: new Date().toISOString().slice(0, 10) });
  console.log(`Created ${file}. Edit the dek and the text, then run \`npm run dev\` to see it at /chapters/<slug>/.`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
