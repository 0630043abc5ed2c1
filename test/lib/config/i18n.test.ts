import { describe, expect, it } from 'vitest';
import { stringsFor } from '@/lib/config/i18n';

describe('the series strings', () => {
  it('are French with non-breaking spaces inside « », so that no line breaks inside them', () => {
    const fr = stringsFor('fr');
    expect(fr.seriesNav.position('Web, Ops & Data', 3, 12)).toBe(
      'Série «\u00a0Web, Ops & Data\u00a0» — billet 3 sur 12',
    );
    expect(fr.seriesTitle('Bilans')).toBe('Série «\u00a0Bilans\u00a0»');
  });

  it('are English on a post in English', () => {
    expect(stringsFor('en-GB').seriesNav.position('Web, Ops & Data', 3, 12)).toBe(
      'Series “Web, Ops & Data” — part 3 of 12',
    );
  });
});
