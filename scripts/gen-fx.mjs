// Generates server/src/core/fx/rates.json, the compact dated rate table, from shared/data/fx-monthly-fred.csv.
// Source: US Federal Reserve H.10 via FRED, packaged by datasets/exchange-rates (ODC PDDL 1.0).
// Every value in the source is units of the currency per 1 US dollar.
import { readFileSync, writeFileSync } from 'node:fs';

const CURRENCY_OF = {
  Australia: 'AUD', Brazil: 'BRL', Canada: 'CAD', China: 'CNY', Denmark: 'DKK', Euro: 'EUR', 'Hong Kong': 'HKD',
  India: 'INR', Japan: 'JPY', Malaysia: 'MYR', Mexico: 'MXN', 'New Zealand': 'NZD', Norway: 'NOK', Singapore: 'SGD',
  'South Africa': 'ZAR', 'South Korea': 'KRW', 'Sri Lanka': 'LKR', Sweden: 'SEK', Switzerland: 'CHF', Taiwan: 'TWD',
  Thailand: 'THB', 'United Kingdom': 'GBP',
};
const FIRST_MONTH = '1999-01';

const source = process.argv[2] ?? '../shared/data/fx-monthly-fred.csv';
const rows = readFileSync(source, 'utf8').trim().split(/\r?\n/).slice(1);
const byCurrency = {};
let lastMonth = FIRST_MONTH;
for (const row of rows) {
  const [date, country, value] = row.split(',');
  const code = CURRENCY_OF[country];
  const month = date.slice(0, 7);
  if (!code || month < FIRST_MONTH || value === '' || Number.isNaN(Number(value))) continue;
  (byCurrency[code] ??= {})[month] = Number(value);
  if (month > lastMonth) lastMonth = month;
}

const months = [];
for (let [y, m] = FIRST_MONTH.split('-').map(Number); `${y}-${String(m).padStart(2, '0')}` <= lastMonth; m === 12 ? (y++, m = 1) : m++) {
  months.push(`${y}-${String(m).padStart(2, '0')}`);
}
const rates = {};
for (const code of Object.keys(byCurrency).sort()) {
  rates[code] = months.map((month) => byCurrency[code][month] ?? null);
}
const table = {
  source: 'US Federal Reserve H.10 monthly averages via FRED, packaged by datasets/exchange-rates (ODC PDDL 1.0); units of currency per USD',
  firstMonth: FIRST_MONTH,
  lastMonth,
  rates,
};
writeFileSync('server/src/core/fx/rates.json', JSON.stringify(table) + '\n');
console.log(`rates.json: ${Object.keys(rates).length} currencies, ${months.length} months (${FIRST_MONTH}..${lastMonth})`);
