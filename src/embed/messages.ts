// The messages an embed exchanges with its host page, in every dialect hosts already listen for,
// and the strict parsers for what it accepts: anything that is not exactly well formed is null.

/** pym.js joins `pym`, the child id, the type and the value with this (pym.v1.js MESSAGE_DELIMITER). */
export const PYM_DELIMITER = 'xPYMx';
/** Key of our own namespaced dialect; its value is the protocol version. */
export const OWN_KEY = 'zhetysu-embed';
export const OWN_VERSION = 1;
/** Largest height or width, in CSS pixels, a message may carry; anything bigger is an error. */
export const MAX_PIXELS = 20000;

export type Theme = 'light' | 'dark';

/** Our height message, child to host. */
export interface OwnHeight {
  [OWN_KEY]: typeof OWN_VERSION;
  type: 'height';
  id: string;
  height: number;
}

/** Our greeting, host loader to child: asks for the height and tells what the host looks like. */
export interface OwnHello {
  [OWN_KEY]: typeof OWN_VERSION;
  type: 'hello';
  /** Theme matching the host page's background behind the iframe. */
  theme?: Theme;
  /** Used colour scheme of the iframe element: a transparent embed must match it to stay see-through. */
  scheme?: Theme;
}

/** What the child acts on, after validation. */
export type ParentMessage =
  | { kind: 'width'; width: number }
  | { kind: 'hello'; theme: Theme | null; scheme: Theme | null };

// Element ids pym Parents generate or editors type; pym puts the id into a RegExp unescaped, so stay narrow.
const CHILD_ID = /^[A-Za-z0-9_:.-]{1,128}$/;
const GRAPHIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A pym `childId` query parameter when it is one we can answer safely, else null. */
export function pymChildId(value: string | null): string | null {
  return value !== null && CHILD_ID.test(value) ? value : null;
}

/** `pymxPYMx<childId>xPYMx<type>xPYMx<value>`, as pym.Parent's message regex expects. */
export function pymMessage(childId: string, type: string, value: string): string {
  return ['pym', childId, type, value].join(PYM_DELIMITER);
}

/** `{"datawrapper-height": {"/embed/<id>/": height}}`. Datawrapper's listener matches the frame by
 *  contentWindow, or (older copies) by `iframe[src*='<key>']`: the whole path keeps "gas" off "gas-coverage". */
export function datawrapperHeightMessage(id: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [`/embed/${id}/`]: height } };
}

/** AMP's `amp-iframe` resize request. */
export function ampEmbedSizeMessage(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

export function ownHeightMessage(id: string, height: number): OwnHeight {
  return { [OWN_KEY]: OWN_VERSION, type: 'height', id, height };
}

export function ownHelloMessage(theme: Theme | null, scheme: Theme | null): OwnHello {
  const hello: OwnHello = { [OWN_KEY]: OWN_VERSION, type: 'hello' };
  if (theme) hello.theme = theme;
  if (scheme) hello.scheme = scheme;
  return hello;
}

/** Every message the child posts for one height: pym only when a pym Parent gave us a child id. */
export function heightMessages(id: string, height: number, childId: string | null): unknown[] {
  const messages: unknown[] = [ownHeightMessage(id, height), datawrapperHeightMessage(id, height), ampEmbedSizeMessage(height)];
  if (childId) messages.push(pymMessage(childId, 'height', String(height)));
  return messages;
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function isPixels(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= MAX_PIXELS;
}

function optionalTheme(value: unknown): Theme | null | undefined {
  if (value === undefined) return null;
  return value === 'light' || value === 'dark' ? value : undefined;
}

/** A message from the host that the child acts on, or null for anything malformed or not for us. */
export function parseParentMessage(data: unknown, childId: string | null): ParentMessage | null {
  if (typeof data === 'string') {
    if (!childId) return null;
    const parts = data.split(PYM_DELIMITER);
    if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== childId || parts[2] !== 'width') return null;
    const value = parts[3] ?? '';
    if (!/^\d{1,5}$/.test(value)) return null;
    const width = Number(value);
    return isPixels(width) ? { kind: 'width', width } : null;
  }
  if (!isRecord(data) || data[OWN_KEY] !== OWN_VERSION || data['type'] !== 'hello') return null;
  const theme = optionalTheme(data['theme']);
  const scheme = optionalTheme(data['scheme']);
  if (theme === undefined || scheme === undefined) return null;
  return { kind: 'hello', theme, scheme };
}

/** Our height message from a child, or null for anything malformed. */
export function parseOwnHeight(data: unknown): { id: string; height: number } | null {
  if (!isRecord(data) || data[OWN_KEY] !== OWN_VERSION || data['type'] !== 'height') return null;
  const { id, height } = data;
  if (typeof id !== 'string' || !GRAPHIC_ID.test(id) || !isPixels(height)) return null;
  return { id, height };
}
