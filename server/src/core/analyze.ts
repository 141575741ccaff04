/** One document in, its DocumentAnalysis out: figures, entities, claim mentions and the article's date. */
import type { EntityMention, Figure, NameCandidate, Span } from './types';
import { foldText, splitSentences } from './text';
import { recogniseFigures, tokenize } from './figures/index';
import { recogniseEntities } from './entities/recognise';
import { countryCounts, mainCountries, signatureOf, type Signature } from './claims/signature';
import { settleAmbiguousCurrencies } from './figures/ambiguous';

/** The article's own date and where it was read from. */
export interface DocumentDate { iso: string; month: string; start: number; end: number }

/** A claimable statement: one figure, or two expressions of one quantity ("2 trillion won (USD 1.5 billion)"). */
export interface ClaimMention {
  /** Indexes into DocumentAnalysis.figures; the first is the primary expression. */
  figures: number[];
  /** The index of its sentence in the document (mentions compare sentences by it), and where that sentence is. */
  sentence: number;
  sentenceSpan: Span;
  signature: Signature;
}

/** Everything the core knows about one document on its own. */
export interface DocumentAnalysis {
  date: DocumentDate | null;
  figures: Figure[];
  entities: EntityMention[];
  candidates: NameCandidate[];
  mentions: ClaimMention[];
}

const DATE_LABEL = /(^|\n)\s*(date|dated|updated|published|posted|last updated|first published)\s*:?[^\n]*$/i;
const TOP_OF_ARTICLE = 800;
const CLAIMABLE = new Set(['money', 'quantity', 'percent']);
/** The longest text between two expressions of one amount ("2 trillion won (approximately USD 1.5 billion)"). */
const MAX_EQUIVALENCE_GAP = 40;
/** The words allowed between them, once spaces are collapsed and trimmed; each space is a single optional one. */
const EQUIVALENCE_GAP = /^(?:\(|,? ?or)(?: ?(?:approximately|approx\.?|about|around|roughly|nearly|some|or|i\.e\.,?|equivalent to|worth))?$/i;

function documentDate(text: string, figures: readonly Figure[]): DocumentDate | null {
  const fullDates = figures.filter((figure) => figure.kind === 'date' && figure.iso !== null && /^\d{4}-\d{2}-\d{2}$/.test(figure.iso));
  const labelled = fullDates.find((figure) => DATE_LABEL.test(text.slice(Math.max(0, figure.start - 40), figure.start)));
  const chosen = labelled ?? fullDates.find((figure) => figure.start < TOP_OF_ARTICLE);
  if (!chosen || !chosen.iso) return null;
  return { iso: chosen.iso, month: chosen.iso.slice(0, 7), start: chosen.start, end: chosen.end };
}

/** Gives dates written without a year ("August 21") the article's own year. */
function completeYears(figures: Figure[], year: number): void {
  for (const figure of figures) {
    if (figure.kind !== 'date' || !figure.iso?.startsWith('--')) continue;
    figure.iso = `${year}${figure.iso.slice(1)}`;
    const [month, day] = figure.iso.slice(5).split('-').map(Number) as [number, number | undefined];
    figure.value = Date.UTC(year, month - 1, day ?? 1);
    figure.low = figure.value;
    figure.high = figure.value;
  }
}

/** A duration written as the term of something ("a five-year contract", "a 30-year loan") is a claim of its own. */
function isTermOfSomething(folded: string, figure: Figure): boolean {
  return figure.kind === 'duration' && figure.direction === null && /^[- ][a-z]{3,}/.test(folded.slice(figure.end, figure.end + 4))
    && /^-?\w+/.test(figure.text.slice(-6)) && /[- ](year|month|week|day)$/.test(figure.text);
}

function sentenceIndexOf(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sentences[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * A test of whether a name lies inside a money figure: a currency code is part of its amount ("SEK 7.61 billion"), not a
 * body. The amounts are sorted by start, with the furthest end reached so far, so that each name costs one binary search
 * rather than a pass over every figure.
 */
function insideAmountTest(figures: readonly Figure[]): (span: Span) => boolean {
  const amounts = figures.filter((figure) => figure.kind === 'money').sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const amount of amounts) furthestEnd.push(Math.max(amount.end, furthestEnd[furthestEnd.length - 1] ?? amount.end));
  return (span) => {
    let low = 0;
    let high = amounts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (amounts[mid]!.start <= span.start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && furthestEnd[low - 1]! >= span.end;
  };
}

/** Analyses one document's text; the result depends on the text alone, so it can be cached by content hash. */
export function analyzeDocument(text: string): DocumentAnalysis {
  const folded = foldText(text);
  const tokens = tokenize(folded);
  const sentences = splitSentences(folded, tokens);
  const figures = recogniseFigures(text, tokens);
  const recognised = recogniseEntities(text, tokens);
  const insideAmount = insideAmountTest(figures);
  const entities = recognised.mentions.filter((entity) => !insideAmount(entity));
  const candidates = recognised.candidates.filter((candidate) => !insideAmount(candidate));
  const date = documentDate(folded, figures);
  const documentYear = date ? Number(date.iso.slice(0, 4)) : null;
  if (documentYear !== null) completeYears(figures, documentYear);

  const countries = countryCounts(entities);
  settleAmbiguousCurrencies(figures, countries);
  const documentPlaces = mainCountries(entities, countries);
  const mentions: ClaimMention[] = [];
  let previous: { mention: ClaimMention; figure: Figure } | null = null;
  figures.forEach((figure, index) => {
    if (!(CLAIMABLE.has(figure.kind) || isTermOfSomething(folded, figure)) || sentences.length === 0) return;
    const sentence = sentenceIndexOf(sentences, figure.start);
    const pairsWithPrevious = previous !== null && previous.figure.kind === 'money' && figure.kind === 'money'
      && previous.mention.sentence === sentence && figure.start - previous.figure.end <= MAX_EQUIVALENCE_GAP
      && EQUIVALENCE_GAP.test(folded.slice(previous.figure.end, figure.start).replace(/\s+/g, ' ').trim());
    if (pairsWithPrevious && previous) {
      previous.mention.figures.push(index);
      previous = null;
      return;
    }
    const signature = signatureOf(figure, { tokens, sentence: sentences[sentence]!, figures, entities, documentYear, documentDate: date?.iso ?? null, documentPlaces });
    const mention = { figures: [index], sentence, sentenceSpan: sentences[sentence]!, signature };
    mentions.push(mention);
    previous = { mention, figure };
  });
  return { date, figures, entities, candidates, mentions };
}
