// /embed/child.js: the script every embed page runs, at a stable address shared by all of them.
import type { APIRoute } from 'astro';
import { bundleScript, embedEntry } from '../../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleScript(embedEntry('child')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
