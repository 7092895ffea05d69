// npm run new:chapter -- "Title" [--topic <topic-id> [--topic-title "Topic title"]]: scaffolds content/chapters/<topic>.mdx, never overwriting.
import { newChapter } from './lib/new-chapter.ts';

const args = process.argv.slice(2);
const flags = new Map<string, string | undefined>();
const rest: string[] = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  if (arg === '--topic' || arg === '--topic-title') flags.set(arg, args[++i]);
  else rest.push(arg);
}
const title = rest.join(' ').trim();

if (!title) {
  console.error('Give the chapter title: npm run new:chapter -- "Medical posts" [--topic medical-posts --topic-title "Medical posts"]');
  process.exit(1);
}
try {
  const made = newChapter({ root: process.cwd(), title, topic: flags.get('--topic'), topicTitle: flags.get('--topic-title'), today: new Date().toISOString().slice(0, 10) });
  if (made.topicRow) console.log(`Added the topic to data/topics.csv: ${made.topicRow}\n  Write its summary there (the build refuses the TODO).`);
  console.log(`Created ${made.file}. Write its dek (the build refuses the TODO) and the text.`);
  console.log(`With npm run dev running it is at http://localhost:4321${made.path}`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
