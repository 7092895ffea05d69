import { describe, expect, it } from 'vitest';
import { searchedParts, searchLanguage } from './searched.ts';

describe('searchedParts', () => {
  it('searchedParts splits by language, with or without a colon or a "Searches:" lead', () => {
    expect(searchedParts("ru: 'газ Жетысу', 'Талдыкорган'; en 'gas Zhetysu'; kk: 'Жетісу газ'")).toEqual([
      { lang: 'ru', text: "'газ Жетысу', 'Талдыкорган'" }, { lang: 'en', text: "'gas Zhetysu'" }, { lang: 'kk', text: "'Жетісу газ'" },
    ]);
    expect(searchedParts("Searches: en 'Tekeli water'")).toEqual([{ lang: 'en', text: "'Tekeli water'" }]);
  });
  it('searchedParts keeps a part that names no language as written, and does not read "in" or "also" as a code', () => {
    expect(searchedParts("in Russian 'газ'; also the akimat site")).toEqual([{ lang: null, text: "in Russian 'газ'" }, { lang: null, text: 'also the akimat site' }]);
  });
  it('searchLanguage names the four languages and passes other codes through', () => {
    expect([searchLanguage('zh'), searchLanguage('kk'), searchLanguage('de')]).toEqual(['Chinese', 'Kazakh', 'de']);
  });
});
