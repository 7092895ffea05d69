// /embed/loader.js: the optional script host pages paste after our iframes; its address never changes.
import type { APIRoute } from 'astro';
import { bundleScript, embedEntry } from '../../embed/bundle.ts';

export const GET: APIRoute = async () =>
  new Response(await bundleScript(embedEntry('loader')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
