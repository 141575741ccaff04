/** The general lexicon of what figures measure: concept families and the words that signal them. */

/** Concept family per word form (lower case). A figure's claim is built around the nearest of these. */
export const CONCEPT_WORDS: ReadonlyMap<string, string> = buildConcepts({
  investment: 'invest invests invested investing investment investments infusion inflow inflows fdi push boost pledge pledges pledged pledging commitment commitments commit commits committed committing target targets targeted bet stake',
  trade: 'trade traded trading exports export exported imports import imported shipments',
  loan: 'loan loans lending lent credit borrowing borrowed debt',
  budget: 'budget budgets spending spend spent allocation allocated allocates outlay expenditure appropriation earmarked',
  aid: 'aid grant grants assistance donation donations donated relief',
  deaths: 'dead deaths death died killed kills fatalities toll lives',
  injured: 'injured injuries wounded hurt',
  displaced: 'displaced evacuated evacuees homeless shelters relocated fled',
  missing: 'missing',
  affected: 'affected',
  turnout: 'turnout voted votes ballots cast',
  fee: 'fee fees transfer signing',
  valuation: 'valuation valued valuing values',
  funding: 'raised raises raising round funding financing fundraise fundraising series',
  revenue: 'revenue revenues sales turnover income earnings',
  profit: 'profit profits loss losses margin',
  cost: 'cost costs costing price priced prices expense',
  population: 'population inhabitants residents',
  jobs: 'jobs employment hiring hires workforce layoffs',
  exchange: 'exchange exchanges movement mobility participated',
  growth: 'growth grew grow growing increase increased rise rose fell decline declined inflation rate',
  deal: 'deal deals contract contracts acquisition acquire acquired acquires merger buy bought purchase takeover bid offer',
  damage: 'damage damages losses destroyed reconstruction rebuild',
  share: 'share stake majority',
});

function buildConcepts(families: Record<string, string>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [family, words] of Object.entries(families)) {
    for (const word of words.split(' ')) if (!map.has(word)) map.set(word, family);
  }
  return map;
}

/** Words that place a statement in the past rather than the new figure. */
export const PAST_MARKERS: ReadonlySet<string> = new Set([
  'earlier', 'former', 'previous', 'previously', 'then', 'ago', 'once', 'prior', 'original', 'originally', 'last',
  'historic', 'historically',
]);

/** Words that describe a stock built up over time rather than one new figure ("existing investment of $43 billion"). */
export const STOCK_MARKERS: ReadonlySet<string> = new Set(['existing', 'already', 'cumulative', 'cumulatively', 'since', 'altogether']);

/** Words that mark a figure as a partial or interim count ("by mid-afternoon turnout had reached 38%"). */
export const PARTIAL_MARKERS: ReadonlySet<string> = new Set([
  'mid', 'midday', 'noon', 'interim', 'partial', 'provisional', 'preliminary',
]);

/** Words that mark a figure as someone's forecast rather than the outcome ("polls had forecast 55-58%"). */
export const FORECAST_MARKERS: ReadonlySet<string> = new Set([
  'forecast', 'forecasts', 'forecasted', 'poll', 'polls', 'projected', 'projection', 'projections', 'predicted', 'prediction',
]);

/** Words too general to show that two sentences talk about the same thing. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'next', 'last', 'this', 'that', 'said', 'says',
  'according', 'about', 'around', 'more', 'than', 'some', 'nearly', 'over', 'total', 'new', 'also', 'would', 'could',
  'will', 'which', 'with', 'from', 'into', 'their', 'there', 'have', 'been', 'were', 'while', 'after', 'before',
  'officials', 'official', 'government', 'figures', 'figure', 'report', 'reported', 'reports', 'percent', 'cent',
  'billion', 'million', 'trillion', 'thousand', 'crore', 'lakh', 'worth', 'amount', 'today', 'money',
]);

/** Words that split a sentence into clauses about different things. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though', ';', 'compared', 'compares', 'versus', 'vs']);

/** Words that, before "from", start a comparison with an earlier value ("down from 71% in 2022"). */
export const COMPARISON_LEADS: ReadonlySet<string> = new Set([
  'down', 'up', 'rising', 'falling', 'rose', 'fell', 'increase', 'decrease', 'higher', 'lower', 'climbed', 'jumped',
  'dropped', 'increased', 'decreased', 'grew', 'surged', 'slipped', 'declined',
]);
