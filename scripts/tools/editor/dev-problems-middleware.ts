// Dev only: while the data or a chapter has a problem, every page shows it in the error overlay instead of a stale page.
import type { MiddlewareHandler } from 'astro';
import { currentProblems, overlayPage } from './problems.ts';

export const onRequest: MiddlewareHandler = (_context, next) => {
  const problems = currentProblems();
  if (problems.length === 0) return next();
  // Not thrown: Astro would log the error again on every request; the terminal already has it once.
  return new Response(overlayPage(problems, process.cwd()), { status: 500, headers: { 'content-type': 'text/html; charset=utf-8' } });
};
