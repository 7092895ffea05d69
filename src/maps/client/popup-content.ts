// What a map popup shows: the feature's item from "the map as a list", made valid on its own.

/**
 * Copies a list item's content into a `<div class="map-item">` for the popup: an `<li>` outside
 * its list and a heading out of the page's outline both fail axe, so the heading becomes a bold
 * paragraph and ids are dropped (the original item keeps them).
 */
export function popupContent(item: Element): HTMLElement {
  const doc = item.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'map-item';
  for (const child of item.childNodes) box.append(child.cloneNode(true));
  for (const heading of box.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const name = doc.createElement('p');
    name.className = heading.className;
    name.append(...heading.childNodes);
    heading.replaceWith(name);
  }
  for (const el of box.querySelectorAll('[id]')) el.removeAttribute('id');
  return box;
}
