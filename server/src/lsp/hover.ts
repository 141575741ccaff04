/** Hover: a figure's normalised value, conversions, qualifier and claim with every other source; an entity's identity. */
import { MarkupKind, type CancellationToken, type Hover, type HoverParams } from 'vscode-languageserver';
import type { ClaimRecord } from '../core/claims/index';
import type { Corpus, CorpusResults } from '../core/corpus';
import { compactMoney, describeValue, formatNumber, scientific } from '../core/format';
import { rateBetween } from '../core/fx/index';
import type { Figure } from '../core/types';
import { rangeOf, targetAt, type EntityTarget, type FigureTarget } from './lookup';
import { canonicalUri, uriBasename } from './uris';
import type { WorkspaceView } from './workspace';

const MAX_TABLE_ROWS = 20;
const ISO_CURRENCY = /^[A-Z]{3}$/;

const currenciesOfResults = new WeakMap<CorpusResults, string[]>();

/** Every currency a money figure of the corpus is stated in, sorted. */
function corpusCurrencies(corpus: Corpus): string[] {
  const results = corpus.results();
  let currencies = currenciesOfResults.get(results);
  if (!currencies) {
    const seen = new Set<string>();
    for (const path of corpus.paths()) {
      for (const figure of corpus.analysis(path)!.figures) if (figure.kind === 'money') seen.add(figure.unit);
    }
    currencies = [...seen].sort();
    currenciesOfResults.set(results, currencies);
  }
  return currencies;
}

/** Escapes text quoted from an article so Markdown shows it as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|#]/g, (ch) => `\\${ch}`).replace(/\s+/g, ' ');
}

function plainNumber(value: number): string {
  return Math.abs(value) >= 1e4 ? scientific(value) : formatNumber(value, false, 4);
}

/** "$6 billion = 6.0 × 10⁹ USD"; dates by their ISO form. */
function normalisedLine(figure: Figure): string {
  const value = figure.kind === 'date' && figure.iso ? figure.iso : `${plainNumber(figure.value)} ${figure.unit}`;
  return `**${escapeMarkdown(figure.text)}** = ${value}`;
}

function conversionLines(view: WorkspaceView, figure: Figure, month: string): string[] {
  if (figure.kind !== 'money' || !ISO_CURRENCY.test(figure.unit)) return [];
  const config = view.corpus.getConfig();
  const targets = [...new Set([config.baseCurrency, 'USD', ...corpusCurrencies(view.corpus)])].filter((currency) => currency !== figure.unit);
  const lines: string[] = [];
  for (const currency of targets) {
    const applied = rateBetween(figure.unit, currency, month, config.rates);
    if (!applied) continue;
    lines.push(`- ≈ ${compactMoney(figure.value * applied.rate, currency)} at 1 ${figure.unit} = ${formatNumber(applied.rate, false, 4)} ${currency} (${applied.month})`);
  }
  return lines;
}

function qualifierLine(figure: Figure): string | null {
  if (!figure.qualifier) return null;
  const interval = figure.low === figure.high ? '' : `: between ${describeValue(figure.low, figure.unit)} and ${describeValue(figure.high, figure.unit)}`;
  return `Qualifier: *${escapeMarkdown(figure.qualifier)}*${interval}`;
}

/** A link to a span of a corpus document that editors open at its line. */
function sourceLink(view: WorkspaceView, uri: string, span: { start: number; end: number }): string {
  const line = (rangeOf(view, uri, span)?.start.line ?? 0) + 1;
  return `[${escapeMarkdown(uriBasename(uri))}:${line}](${uri}#L${line})`;
}

function claimSection(view: WorkspaceView, target: FigureTarget, claim: ClaimRecord): string[] {
  const own = claim.mentions.find((mention) => mention.path === target.uri && mention.figures.includes(target.index));
  const lines = [`**Claim:** ${escapeMarkdown(claim.label)} (${claim.status})`];
  if (claim.matchedOn.length > 0) lines.push('', `Matched on: ${claim.matchedOn.map(escapeMarkdown).join(', ')}`);
  const others = claim.mentions.filter((mention) => mention.path !== target.uri);
  if (others.length === 0) return lines;
  lines.push('', '| Source | Says | Value | |', '|---|---|---|---|');
  for (const mention of others.slice(0, MAX_TABLE_ROWS)) {
    const figures = view.corpus.analysis(mention.path)?.figures ?? [];
    const says = mention.figures.map((index) => escapeMarkdown(figures[index]!.text)).join(' / ');
    const verdict = own === undefined ? '' : mention.group === own.group ? 'agrees' : '**differs**';
    lines.push(`| ${sourceLink(view, mention.path, mention)} | ${says} | ${describeValue(mention.normalised, claim.unit)} | ${verdict} |`);
  }
  if (others.length > MAX_TABLE_ROWS) lines.push('', `…and ${others.length - MAX_TABLE_ROWS} more mentions.`);
  return lines;
}

function figureHover(view: WorkspaceView, target: FigureTarget): string {
  const { figure, claim } = target;
  const lines = [normalisedLine(figure)];
  const conversions = conversionLines(view, figure, view.corpus.monthOf(target.uri));
  if (conversions.length > 0) lines.push('', ...conversions);
  const qualifier = qualifierLine(figure);
  if (qualifier) lines.push('', qualifier);
  if (claim) lines.push('', '---', '', ...claimSection(view, target, claim));
  return lines.join('\n');
}

function entityHover(view: WorkspaceView, target: EntityTarget): string {
  const { entity } = target;
  const lines = [`**${escapeMarkdown(entity.name)}** — ${entity.kind}`];
  const aliases = entity.aliases.filter((alias) => alias !== entity.name);
  if (aliases.length > 0) lines.push('', `Also written: ${aliases.map(escapeMarkdown).join(', ')}`);
  const sources = `${entity.sources} source${entity.sources === 1 ? '' : 's'}`;
  const mentions = `${entity.mentionCount} mention${entity.mentionCount === 1 ? '' : 's'}`;
  lines.push('', `Mentioned in ${sources} (${mentions}); defined in ${sourceLink(view, entity.definition.path, entity.definition)}`);
  return lines.join('\n');
}

/** The hover for the figure or entity at a position, or null. */
export function hover(view: WorkspaceView, params: HoverParams, token: CancellationToken): Hover | null {
  if (token.isCancellationRequested) return null;
  const uri = canonicalUri(params.textDocument.uri);
  const target = targetAt(view, uri, params.position);
  if (!target) return null;
  const span = target.kind === 'figure' ? target.figure : target.mention;
  const value = target.kind === 'figure' ? figureHover(view, target) : entityHover(view, target);
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(view, uri, span) ?? undefined };
}
