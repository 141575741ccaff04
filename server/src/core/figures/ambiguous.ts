/** Currency markers that several countries share ("Rs", "rupees", "¥"), settled by the countries an article names. */
import type { Figure } from '../types';

interface Ambiguity { applies: (figure: Figure) => boolean; byCountry: Record<string, string> }

const AMBIGUITIES: Ambiguity[] = [
  {
    applies: (figure) => figure.unit === 'INR' && !/₹|INR|Indian/i.test(figure.text),
    byCountry: { 'place:in': 'INR', 'place:pk': 'PKR', 'place:lk': 'LKR', 'place:np': 'NPR', 'place:mu': 'MUR' },
  },
  {
    applies: (figure) => figure.unit === 'JPY' && figure.text.includes('¥'),
    byCountry: { 'place:jp': 'JPY', 'place:cn': 'CNY' },
  },
];

/** Re-labels figures written with a shared currency marker by the country the article names most among its users. */
export function settleAmbiguousCurrencies(figures: Figure[], countryMentions: ReadonlyMap<string, number>): void {
  for (const ambiguity of AMBIGUITIES) {
    let best: string | null = null;
    let bestCount = 0;
    for (const [country, code] of Object.entries(ambiguity.byCountry)) {
      const count = countryMentions.get(country) ?? 0;
      if (count > bestCount) {
        best = code;
        bestCount = count;
      }
    }
    if (!best) continue;
    for (const figure of figures) if (figure.kind === 'money' && ambiguity.applies(figure)) figure.unit = best;
  }
}
