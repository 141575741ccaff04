/** Dated exchange rates (monthly averages, currency per USD) and conversion between any two currencies. */
import table from './rates.json';

/** A rate used for a conversion: how many units of `to` one unit of `from` buys, in which month. */
export interface AppliedRate { from: string; to: string; rate: number; month: string }

/** User overrides: currency -> units per USD, applied to every month. */
export type RateOverrides = Readonly<Record<string, number>>;

const RATES = table.rates as Record<string, Array<number | null>>;

/** The newest month the table covers, as YYYY-MM. */
export const NEWEST_MONTH: string = table.lastMonth;

const [FIRST_YEAR, FIRST_MONTH] = table.firstMonth.split('-').map(Number) as [number, number];

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return (y - FIRST_YEAR) * 12 + (m - FIRST_MONTH);
}

function monthAt(index: number): string {
  const total = FIRST_YEAR * 12 + (FIRST_MONTH - 1) + index;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** A currency's table value nearest a month, and the month it is from. */
type TableRate = Readonly<{ value: number; month: string }>;

/** Table lookups by currency and month: every money figure of a corpus asks again for one of a few months. */
const tableRates = new Map<string, Map<string, TableRate | null>>();

function nearestInSeries(series: ReadonlyArray<number | null>, month: string): TableRate | null {
  const wanted = Math.max(0, Math.min(series.length - 1, monthIndex(month)));
  for (let distance = 0; distance < series.length; distance++) {
    for (const index of [wanted - distance, wanted + distance]) {
      const value = series[index];
      if (value !== undefined && value !== null) return { value, month: monthAt(index) };
    }
  }
  return null;
}

/** Units of `currency` per USD in `month` (YYYY-MM), falling back to the nearest month that has a value. */
export function perUsd(currency: string, month: string, overrides: RateOverrides = {}): TableRate | null {
  const override = overrides[currency];
  if (override !== undefined && override > 0) return { value: override, month };
  if (currency === 'USD') return { value: 1, month };
  const series = RATES[currency];
  if (!series) return null;
  const byMonth = tableRates.get(currency) ?? tableRates.set(currency, new Map()).get(currency)!;
  let found = byMonth.get(month);
  if (found === undefined) {
    found = nearestInSeries(series, month);
    byMonth.set(month, found);
  }
  return found;
}

/** The rate converting `from` into `to` at `month`, through USD; null when either currency is unknown. */
export function rateBetween(from: string, to: string, month: string, overrides: RateOverrides = {}): AppliedRate | null {
  const fromPerUsd = perUsd(from, month, overrides);
  const toPerUsd = perUsd(to, month, overrides);
  if (!fromPerUsd || !toPerUsd) return null;
  const usedMonth = from === 'USD' ? toPerUsd.month : fromPerUsd.month;
  return { from, to, rate: toPerUsd.value / fromPerUsd.value, month: usedMonth };
}

/** Converts an amount between currencies at a month; null when a currency is unknown. */
export function convert(amount: number, from: string, to: string, month: string, overrides: RateOverrides = {}): number | null {
  if (from === to) return amount;
  const fromPerUsd = perUsd(from, month, overrides);
  const toPerUsd = perUsd(to, month, overrides);
  return fromPerUsd && toPerUsd ? amount * (toPerUsd.value / fromPerUsd.value) : null;
}
