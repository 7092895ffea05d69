// Site-wide names used by the page shell, structured data and feeds; no organisation beyond the site itself.

export const site = {
  title: 'Tokayev in Zhetysu',
  description:
    "The President's address to the public of Zhetysu region in Taldykorgan on 20 October 2022: every figure, promise and instruction traced to the sentence he said.",
  lang: 'en',
} as const;

/** Main navigation, in reading order. */
export const nav: ReadonlyArray<{ href: string; label: string }> = [
  { href: '/', label: 'Story' },
  { href: '/tracker/', label: 'Instruction tracker' },
  { href: '/speech/', label: 'The speech' },
  { href: '/embeds/', label: 'Embed' },
];
