// "What we searched", split by language, so each query carries its lang (WCAG 3.1.2) and its script's font.

export interface SearchedPart {
  /** BCP 47 code of the queries, or null for a part that names none. */
  lang: string | null;
  text: string;
}

const LANGUAGES: Record<string, string> = { en: 'English', ru: 'Russian', kk: 'Kazakh', zh: 'Chinese' };
const PART = /^(?:Searches:\s*)?(en|ru|kk|zh)\b:?\s*(.+)$/su;

/** "ru: 'a', 'b'; en 'c'" → [{ lang: 'ru', text: "'a', 'b'" }, { lang: 'en', text: "'c'" }]; unlabelled parts stay as written. */
export function searchedParts(searched: string): SearchedPart[] {
  return searched.split(/;\s*/u).map((p) => p.trim()).filter(Boolean).map((part) => {
    const m = PART.exec(part);
    return m?.[1] && m[2] ? { lang: m[1], text: m[2] } : { lang: null, text: part };
  });
}

/** "Russian" for ru; the code itself for one this file does not name. */
export const searchLanguage = (code: string): string => LANGUAGES[code] ?? code;
