/** Semantic tokens: figures as numbers (a modifier per kind), entities by kind, so themes colour what the server recognised. */
import { SemanticTokensBuilder, type CancellationToken, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from 'vscode-languageserver';
import type { EntityKind, FigureKind } from '../core/types';
import { compareSpans } from '../core/text';
import { entityById } from './lookup';
import { canonicalUri } from './uris';
import type { WorkspaceView } from './workspace';

// Standard token types, so every theme colours them without configuration.
const TOKEN_TYPES = ['number', 'class', 'namespace', 'function', 'parameter'] as const;
// "definition" is standard; the figure kinds are Crosscheck's own, for themes and users who want to tell them apart.
const TOKEN_MODIFIERS = ['definition', 'money', 'quantity', 'percent', 'duration', 'date'] as const;

type TokenType = (typeof TOKEN_TYPES)[number];
type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** The legend announced in the server's capabilities; token data indexes into it. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const ENTITY_TOKEN_TYPE: Record<EntityKind, TokenType> = {
  person: 'parameter',
  organization: 'class',
  place: 'namespace',
  initiative: 'function',
};

// Ordinals ("first", "eighth") are figures for the grammar but ordinary words to a reader: not highlighted.
const FIGURE_MODIFIER: Partial<Record<FigureKind, TokenModifier>> = {
  money: 'money',
  quantity: 'quantity',
  percent: 'percent',
  duration: 'duration',
  date: 'date',
};

interface Token { start: number; end: number; type: TokenType; modifiers: TokenModifier[] }

function encodeModifiers(modifiers: readonly TokenModifier[]): number {
  return modifiers.reduce((bits, modifier) => bits | (1 << TOKEN_MODIFIERS.indexOf(modifier)), 0);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The figures and entity mentions of a document as tokens in document order, none overlapping: figures win, as in hovers. */
function documentTokens(view: WorkspaceView, uri: string): Token[] | null {
  const analysis = view.corpus.analysis(uri);
  if (!analysis) return null;
  const results = view.corpus.results();
  const figures: Token[] = [];
  for (const figure of analysis.figures) {
    const modifier = FIGURE_MODIFIER[figure.kind];
    if (modifier) figures.push({ start: figure.start, end: figure.end, type: 'number', modifiers: [modifier] });
  }
  figures.sort(compareSpans);
  const entities: Token[] = [];
  let next = 0;
  for (const mention of [...results.entityMentions.get(uri) ?? []].sort(compareSpans)) {
    const { definition } = entityById(results, mention.id) ?? {};
    const defining = definition?.path === uri && definition.start === mention.start && definition.end === mention.end;
    const token: Token = { start: mention.start, end: mention.end, type: ENTITY_TOKEN_TYPE[mention.kind], modifiers: defining ? ['definition'] : [] };
    while (next < figures.length && figures[next]!.end <= token.start) next++;
    if (next >= figures.length || !overlaps(figures[next]!, token)) entities.push(token);
  }
  const sorted = [...figures, ...entities].sort(compareSpans);
  const kept: Token[] = [];
  for (const token of sorted) {
    const previous = kept.at(-1);
    if (token.end > token.start && (!previous || token.start >= previous.end)) kept.push(token);
  }
  return kept;
}

/** The semantic tokens of a whole corpus document, or null when the document is not in the corpus. */
export function semanticTokens(view: WorkspaceView, params: SemanticTokensParams, token: CancellationToken): SemanticTokens | null {
  if (token.isCancellationRequested) return null;
  const uri = canonicalUri(params.textDocument.uri);
  const tokens = documentTokens(view, uri);
  const lineIndex = view.lineIndex(uri);
  const text = view.corpus.text(uri);
  if (!tokens || !lineIndex || text === undefined) return null;
  const builder = new SemanticTokensBuilder();
  for (const { start, end, type, modifiers } of tokens) {
    const typeIndex = TOKEN_TYPES.indexOf(type);
    const modifierBits = encodeModifiers(modifiers);
    const first = lineIndex.positionAt(start);
    const last = lineIndex.positionAt(end);
    // Tokens may not span lines; recognisers never produce such a span, but one would otherwise corrupt every later token.
    for (let line = first.line; line <= last.line; line++) {
      const from = line === first.line ? start : lineIndex.offsetAt({ line, character: 0 });
      let to = line === last.line ? end : lineIndex.offsetAt({ line: line + 1, character: 0 });
      while (to > from && (text[to - 1] === '\n' || text[to - 1] === '\r')) to--;
      if (to > from) builder.push(line, lineIndex.positionAt(from).character, to - from, typeIndex, modifierBits);
    }
  }
  return builder.build();
}
