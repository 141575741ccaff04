/** Writing values back as text: in a figure's own style, and compactly for hints. */
import type { Figure } from './types';

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', CNY: 'CN¥', KRW: '₩' };

/** Groups the integer digits in threes, or Indian style (12,34,567). */
export function groupDigits(integer: string, indian: boolean): string {
  if (!indian || integer.length <= 3) return integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const last = integer.slice(-3);
  const rest = integer.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${rest},${last}`;
}

/** A number with at most `significant` significant digits, trailing zeros trimmed, digits grouped. */
export function formatNumber(value: number, indian = false, significant = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, significant - 1 - magnitude);
  const rounded = Number(value.toFixed(Math.min(decimals, 6)));
  const [integer, fraction] = rounded.toFixed(Math.min(decimals, 6)).split('.') as [string, string | undefined];
  const trimmed = fraction?.replace(/0+$/, '');
  const sign = integer.startsWith('-') ? '-' : '';
  return `${sign}${groupDigits(integer.replace('-', ''), indian)}${trimmed ? `.${trimmed}` : ''}`;
}

/** Rewrites a figure's text with another value in the figure's own unit, keeping its currency and scale words. */
export function rewriteFigure(figure: Figure, value: number): string {
  const scale = figure.style?.scale ?? 1;
  const number = formatNumber(value / scale, figure.style?.indianGrouping ?? false, 4);
  const numberOffset = figure.numberStart - figure.start;
  const numberLength = figure.numberEnd - figure.numberStart;
  return figure.text.slice(0, numberOffset) + number + figure.text.slice(numberOffset + numberLength);
}

/** A compact money amount for hints and tables: "$68.0B", "¥10.0T", "€2.30M". */
export function compactMoney(value: number, currency: string): string {
  const symbol = SYMBOLS[currency];
  const absolute = Math.abs(value);
  const [divisor, suffix] = absolute >= 1e12 ? [1e12, 'T'] : absolute >= 1e9 ? [1e9, 'B'] : absolute >= 1e6 ? [1e6, 'M'] : absolute >= 1e3 ? [1e3, 'K'] : [1, ''];
  const scaled = value / divisor;
  const digits = Math.abs(scaled) >= 100 ? 0 : Math.abs(scaled) >= 10 ? 1 : 2;
  const amount = `${scaled.toFixed(digits)}${suffix}`;
  return symbol ? `${symbol}${amount}` : `${amount} ${currency}`;
}

/** A value with its unit for messages: money compactly, others as grouped numbers with the unit word. */
export function describeValue(value: number, unit: string): string {
  if (/^[A-Z]{3}$/.test(unit)) return compactMoney(value, unit);
  if (unit === 'percent') return `${formatNumber(value)}%`;
  return `${formatNumber(value, false, 4)} ${unit}`;
}

/** Scientific notation with superscript exponent: 1.0 × 10¹³. */
export function scientific(value: number): string {
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = value / 10 ** exponent;
  const superscript = String(exponent).replace(/[-0-9]/g, (d) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(d)]!);
  return `${mantissa.toFixed(1)} × 10${superscript}`;
}

/**
 * A template literal written as one flat string. Built with `${}`, a message is a tree of its pieces (one node per
 * piece), and the corpus keeps every finding's messages as long as its results.
 */
export function flat(strings: TemplateStringsArray, ...values: ReadonlyArray<string | number>): string {
  const parts: Array<string | number> = [strings[0]!];
  values.forEach((value, index) => parts.push(value, strings[index + 1]!));
  return parts.join('');
}
