/** The workspace: documents added, updated and removed; analyses cached by content; cross-document results. */
import { analyzeDocument, type DocumentAnalysis } from './analyze';
import { defaultConfig, type CrosscheckConfig } from './config';
import { buildClaims, type ClaimRecord } from './claims/index';
import { resolveEntities, type ResolvedEntity } from './entities/resolve';
import type { EntityMentions } from './entities/listing';
import { conflictFindings, conversionFindings, type Finding, type FindingSource } from './findings';
import { patchResults, patchStateOf, type CorpusNames, type DocumentEdit, type PatchState } from './incremental';
import { relocatedNames } from './relocate';
import { compareText } from './order';
import { NEWEST_MONTH } from './fx/index';
import { documentTopics, relatedByTopics, TopicCounts } from './topics';

/** Everything computed across documents. */
export interface CorpusResults {
  claims: ClaimRecord[];
  findings: Finding[];
  /** The same findings by document; a document without findings has no entry. */
  findingsByPath: Map<string, Finding[]>;
  /**
   * Which computation these results come from (unique in the process): results patched after edits that keep every name keep it,
   * as such a patch changes neither the entities nor most findings, so views that depend on those can skip work while it stays the same.
   */
  generation: number;
  entities: ResolvedEntity[];
  /** Per document: its listed entity mentions with corpus ids; per entity: its mentions. */
  entityMentions: EntityMentions;
  /** Per document: the claim id of each figure (by figure index), or null. */
  figureClaims: Map<string, Array<string | null>>;
  /** Per document: the month its conversions use. */
  months: Map<string, string>;
}

interface StoredDocument { text: string; analysis: DocumentAnalysis }

/** A document as claims and entities are resolved: its analysis and the month its conversions use. */
interface OrderedDocument { path: string; analysis: DocumentAnalysis; month: string }


/** Computations of entities or claims so far in this process: each one's results get a generation no other results share. */
let computations = 0;

/** A set of documents and the cross-document analysis over them, recomputed lazily after changes. */
export class Corpus {
  private readonly documents = new Map<string, StoredDocument>();
  /** Analyses by exact text, shared by documents with the same content, counted so unused ones are dropped. */
  private readonly analysisCache = new Map<string, { analysis: DocumentAnalysis; users: number }>();
  private cached: CorpusResults | null = null;
  private patchState: PatchState | null = null;
  /** Documents edited since the cached results, each with the analysis those results were computed from. */
  private readonly edits = new Map<string, DocumentAnalysis>();
  private sortedPaths: string[] | null = null;
  /** The newest month any document is dated, found once after each change (undefined: not yet looked for). */
  private newestMonth: string | null | undefined = undefined;
  private config: CrosscheckConfig;

  constructor(config: CrosscheckConfig = defaultConfig()) {
    this.config = config;
  }

  /** Replaces the configuration; results are recomputed on next read. */
  setConfig(config: CrosscheckConfig): void {
    this.config = config;
    this.invalidate();
  }

  /** Drops the results: the next read computes them afresh. */
  private invalidate(): void {
    this.cached = null;
    this.edits.clear();
  }

  /** The configuration in force. */
  getConfig(): CrosscheckConfig {
    return this.config;
  }

  /** Adds or replaces a document; returns false when its text did not change. */
  upsert(path: string, text: string): boolean {
    const existing = this.documents.get(path);
    if (existing && existing.text === text) return false;
    const cached = this.analysisCache.get(text) ?? this.analysisCache.set(text, { analysis: analyzeDocument(text), users: 0 }).get(text)!;
    cached.users++;
    if (existing) {
      this.forget(existing.text);
      // An edit whose document keeps its date can often be patched into the results rather than recomputed.
      if (this.cached && !this.edits.has(path)) this.edits.set(path, existing.analysis);
      if (existing.analysis.date?.iso !== cached.analysis.date?.iso) this.newestMonth = undefined;
    } else {
      this.invalidate();
      this.sortedPaths = null;
      this.newestMonth = undefined;
    }
    this.documents.set(path, { text, analysis: cached.analysis });
    return true;
  }

  /** Removes a document; returns false when it was not there. */
  remove(path: string): boolean {
    const existing = this.documents.get(path);
    if (!existing) return false;
    this.forget(existing.text);
    this.documents.delete(path);
    this.invalidate();
    this.sortedPaths = null;
    this.newestMonth = undefined;
    return true;
  }

  private forget(text: string): void {
    const cached = this.analysisCache.get(text);
    if (cached && --cached.users === 0) this.analysisCache.delete(text);
  }

  /** How many distinct analyses the corpus holds: one per distinct text, whatever the edits before. */
  analysisCount(): number {
    return this.analysisCache.size;
  }

  /** The paths of every document, sorted. */
  paths(): string[] {
    this.sortedPaths ??= [...this.documents.keys()].sort();
    return [...this.sortedPaths];
  }

  /** A document's text, if present. */
  text(path: string): string | undefined {
    return this.documents.get(path)?.text;
  }

  /** A document's own analysis, if present. */
  analysis(path: string): DocumentAnalysis | undefined {
    return this.documents.get(path)?.analysis;
  }

  /**
   * The month a document's conversions use: its own date, else the configured date, else the newest date of
   * the other documents (articles in one folder are usually about one event), else the newest rates.
   */
  monthOf(path: string): string {
    const own = this.documents.get(path)?.analysis.date?.month ?? this.config.date;
    if (own) return own;
    if (this.newestMonth === undefined) {
      this.newestMonth = null;
      for (const document of this.documents.values()) {
        const month = document.analysis.date?.month;
        if (month && (this.newestMonth === null || month > this.newestMonth)) this.newestMonth = month;
      }
    }
    return this.newestMonth ?? NEWEST_MONTH;
  }

  /** The cross-document results, computed on first read after a change. */
  results(): CorpusResults {
    let names: CorpusNames | null = null;
    let ordered: OrderedDocument[] | null = null;
    if (this.cached && this.edits.size > 0) {
      const previous = this.cached;
      const edits = [...this.edits].map(([path, before]) => ({ path, before, after: this.documents.get(path)!.analysis }));
      this.edits.clear();
      // Names resolved here serve the full computation too, should the claims not be patchable.
      names = relocatedNames(previous, this.patchState!, edits) ?? this.resolveNames(ordered = this.ordered());
      this.cached = this.patched(previous, edits, names);
    }
    if (this.cached) return this.cached;
    ordered ??= this.ordered();
    const resolved = names ?? this.resolveNames(ordered);
    const { entities, entityMentions, topics } = resolved;
    const { claims, layout } = buildClaims(ordered, this.config, relatedByTopics(topics));
    const sources = new Map<string, FindingSource>(ordered.map((source) => [source.path, source]));
    const findingsByPath = new Map<string, Finding[]>();
    for (const finding of [...conflictFindings(claims, sources, this.config), ...ordered.flatMap((source) => conversionFindings(source, this.config))]) {
      (findingsByPath.get(finding.path) ?? findingsByPath.set(finding.path, []).get(finding.path)!).push(finding);
    }
    for (const list of findingsByPath.values()) list.sort((a, b) => a.start - b.start);
    const findingOrder = this.paths().sort(compareText);
    const findings = findingOrder.flatMap((path) => findingsByPath.get(path) ?? []);
    const figureClaims = new Map<string, Array<string | null>>();
    for (const { path, analysis } of ordered) figureClaims.set(path, analysis.figures.map(() => null));
    for (const claim of claims) {
      for (const mention of claim.mentions) for (const figure of mention.figures) figureClaims.get(mention.path)![figure] = claim.id;
    }
    const months = new Map(ordered.map(({ path, month }) => [path, month]));
    this.cached = { claims, findings, findingsByPath, generation: ++computations, entities, entityMentions, figureClaims, months };
    this.patchState = patchStateOf(this.cached, resolved, layout, findingOrder);
    return this.cached;
  }

  /** Every document with the month its conversions use, oldest first (undated last), as claims and entities are resolved. */
  private ordered(): OrderedDocument[] {
    const ordered = this.paths().map((path) => ({ path, analysis: this.documents.get(path)!.analysis, month: this.monthOf(path) }));
    return ordered.sort((a, b) => compareText(a.analysis.date?.iso ?? '9999', b.analysis.date?.iso ?? '9999') || compareText(a.path, b.path));
  }

  /** Every document's entities resolved across the corpus, and what each document is about. */
  private resolveNames(ordered: readonly OrderedDocument[]): CorpusNames {
    const { entities, mentions, candidates } = resolveEntities(
      ordered.map(({ path, analysis }) => ({ path, mentions: analysis.entities, candidates: analysis.candidates })),
      this.config.aliases,
    );
    const allTopics = ordered.map(({ path, analysis }) => documentTopics(analysis, mentions.entityIndexesIn(path), entities));
    const topicCounts = new TopicCounts(allTopics, ordered.length);
    const topics = new Map(ordered.map(({ path }, index) => [path, topicCounts.distinctive(allTopics[index]!)]));
    return { entities, entityMentions: mentions, topics, topicCounts, candidates, generation: ++computations };
  }

  /** The results with `edits` patched in, with the entities and topics `names` gives; null when the claims must be grouped afresh. */
  private patched(results: CorpusResults, edits: DocumentEdit[], names: CorpusNames): CorpusResults | null {
    const sourceOf = (path: string) => ({ path, month: results.months.get(path)!, analysis: this.documents.get(path)!.analysis });
    const patched = patchResults(results, this.patchState!, edits, names, { config: this.config, sourceOf, related: relatedByTopics(names.topics) });
    if (!patched) return null;
    this.patchState = patched.state;
    return patched.results;
  }
}
