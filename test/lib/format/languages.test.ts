import { describe, expect, it } from 'vitest';
import {
  canonicalLanguage,
  languageDirection,
  languageName,
  sameLanguage,
} from '@/lib/format/languages';

describe('languages', () => {
  it('writes a language code in its canonical form, and refuses what is none', () => {
    expect(canonicalLanguage('pt-br')).toBe('pt-BR');
    expect(canonicalLanguage('zh_hans')).toBe('zh-Hans');
    expect(canonicalLanguage(' EN ')).toBe('en');
    expect(canonicalLanguage('english')).toBeUndefined();
    expect(canonicalLanguage('en-')).toBeUndefined();
  });

  it('names a language in itself, as a link to its translation says it', () => {
    expect(languageName('en')).toBe('English');
    expect(languageName('fr')).toBe('Français');
    expect(languageName('de')).toBe('Deutsch');
  });

  it('tells which languages are written from right to left', () => {
    expect(['ar', 'he', 'fa-IR', 'ur'].map(languageDirection)).toEqual([
      'rtl',
      'rtl',
      'rtl',
      'rtl',
    ]);
    expect(['en', 'fr', 'zh-Hant'].map(languageDirection)).toEqual(['ltr', 'ltr', 'ltr']);
  });

  it('compares tags without case', () => {
    expect(sameLanguage('pt-BR', 'pt-br')).toBe(true);
    expect(sameLanguage('en', 'en-GB')).toBe(false);
  });
});
