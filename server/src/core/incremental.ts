/**
 * Patching the corpus results after edits instead of computing them afresh. An edit that keeps the document's
 * entity names (a figure retyped, a sentence reworded, a capitalised word typed that names nothing: see relocate.ts)
 * leaves the entities as they were: its entity mentions only move, and only the claims it takes part in are revalued,
 * or regrouped when it changed which of its amounts restate each other, how its claims are worded or what the document
 * is about (then the buckets its mentions leave or enter are linked again, and a document with more or fewer mentions
 * has every later mention renumbered). An edit that changes entity names has its entities resolved afresh, but while
 * every other document keeps its topics the claims are still patched: the edited documents' buckets are linked again
 * with their new topics.
 */
import type { DocumentAnalysis } from './analyze';
import type { CrosscheckConfig } from './config';
import type { CorpusResults } from './corpus';
import { placeDocument, regroupClaims, revalueClaim, type ClaimLayout, type ClaimRecord, type ClaimSource } from './claims/index';
import { restatements, type RelatedDocuments } from './claims/group';
import type { CandidateResolution } from './entities/resolve';
import { conflictFindings, conversionFindings, type Finding, type FindingSource } from './findings';
import { compareText } from './order';
import { sameMembers, type TopicCounts } from './topics';

/** One document edited since the results were computed: its analysis then and now. */
export interface DocumentEdit { path: string; before: DocumentAnalysis; after: DocumentAnalysis }

/** What a patch reads besides the results: the configuration, each document as the claim rules see it, and how documents relate. */
export interface PatchContext { config: CrosscheckConfig; sourceOf: (path: string) => ClaimSource & FindingSource; related: RelatedDocuments }

/** What each document is about, as claim linking sees it, with how many documents have each topic and how names resolved. */
export interface NameState {
  topics: Map<string, Set<string>>;
  topicCounts: TopicCounts;
  candidates: CandidateResolution;
}

/** The entities after edits, what each document is about, and the generation (see CorpusResults) they belong to. */
export interface CorpusNames extends Pick<CorpusResults, 'entities' | 'entityMentions' | 'generation'>, NameState {}

/**
 * What a patch needs besides the results: where each claim sits in the results' sorted list (a patch keeps the list in
 * the same order), and how the claims' mentions were grouped.
 */
export interface PatchState extends NameState {
  claims: Map<string, number>;
  layout: ClaimLayout;
  /** Every document's path, in the order the findings list documents. */
  findingOrder: string[];
}

/** The state for patching results computed afresh, whose claims were grouped as `layout` says. */
export function patchStateOf(results: CorpusResults, { topics, topicCounts, candidates }: NameState, layout: ClaimLayout, findingOrder: string[]): PatchState {
  return {
    topics, topicCounts, candidates,
    claims: new Map(results.claims.map((claim, index) => [claim.id, index])),
    layout, findingOrder,
  };
}

const claimStructures = new WeakMap<DocumentAnalysis, string>();

/**
 * Everything of an analysis that claim linking reads, without values or offsets: its figure count, and each claim
 * mention's figures, signature and whether it shares its sentence with the mention before.
 */
function claimStructureOf(analysis: DocumentAnalysis): string {
  const known = claimStructures.get(analysis);
  if (known !== undefined) return known;
  const structure = JSON.stringify([
    analysis.figures.length,
    analysis.mentions.map((mention, index) => {
      const primary = analysis.figures[mention.figures[0]!]!;
      // Grouping only asks whether two mentions share a sentence, so a sentence typed before them changes nothing.
      const sharesSentence = index > 0 && analysis.mentions[index - 1]!.sentence === mention.sentence;
      return [mention.figures, sharesSentence, primary.kind, primary.unit, mention.signature];
    }),
  ]);
  claimStructures.set(analysis, structure);
  return structure;
}

/** Which of a document's mentions restate one another, given as mention index pairs. */
function restatedPairs(source: ClaimSource, config: CrosscheckConfig): string {
  return JSON.stringify(restatements(placeDocument(source, config).map((placement) => placement.placed)));
}

/** Whether an edit changed which of its document's amounts restate each other, and so how its claims are grouped. */
function changesRestatements(edit: DocumentEdit, context: PatchContext): boolean {
  const now = context.sourceOf(edit.path);
  return restatedPairs({ ...now, analysis: edit.before }, context.config) !== restatedPairs(now, context.config);
}

/** Whether two lists of findings say exactly the same things at the same offsets. */
function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((finding, index) => sameFinding(finding, b[index]!));
}

function sameFinding(a: Finding, b: Finding): boolean {
  return a.code === b.code && a.severity === b.severity && a.message === b.message && a.path === b.path && a.start === b.start && a.end === b.end
    && a.related.length === b.related.length
    && a.related.every((item, index) => {
      const other = b.related[index]!;
      return item.path === other.path && item.start === other.start && item.end === other.end && item.message === other.message;
    })
    && a.fixes.length === b.fixes.length
    && a.fixes.every((fix, index) => {
      const other = b.fixes[index]!;
      return fix.title === other.title && fix.start === other.start && fix.end === other.end && fix.newText === other.newText && fix.preferred === other.preferred;
    })
    && (a.review === null ? b.review === null : b.review !== null && a.review.claim === b.review.claim && a.review.values.join('\n') === b.review.values.join('\n'));
}

/** The order the results list one document's findings in: by offset, conflicts before conversions at one offset. */
function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || Number(a.code === 'inconsistent-conversion') - Number(b.code === 'inconsistent-conversion');
}

/** Whether a document's topics gained or lost one that another document has: only that relates documents differently. */
function sharesChangedTopic(after: ReadonlySet<string>, before: ReadonlySet<string>, counts: TopicCounts): boolean {
  for (const topic of after) if (!before.has(topic) && counts.of(topic) > 1) return true;
  for (const topic of before) if (!after.has(topic) && counts.of(topic) > 0) return true;
  return false;
}

/**
 * Whether the names change how an edited document relates to others (a topic it gained or lost is another document's
 * too); null when they change another document's topics, or an edit changed its date (which orders the documents and
 * dates their conversions), and the claims cannot be patched.
 */
function editedTopicsChange(state: PatchState, names: CorpusNames, edits: readonly DocumentEdit[]): boolean | null {
  if (edits.some((edit) => edit.before.date?.iso !== edit.after.date?.iso)) return null;
  const edited = new Set(edits.map((edit) => edit.path));
  let changed = false;
  for (const [path, topics] of names.topics) {
    const before = state.topics.get(path)!;
    if (sameMembers(topics, before)) continue;
    if (!edited.has(path)) return null;
    if (sharesChangedTopic(topics, before, names.topicCounts)) changed = true;
  }
  return changed;
}

/** The claims an edit rebuilt, the ids they replace, and what else changed with them. */
interface ClaimPatch {
  rebuilt: ClaimRecord[];
  replaced: Set<string>;
  layout: ClaimLayout;
  figureClaims: CorpusResults['figureClaims'];
  /** The documents whose claims were regrouped (besides those of the rebuilt claims). */
  regrouped: Set<string>;
}

/**
 * Revalues the claims the edited documents take part in; when an edit changed how its claims are worded, or which
 * of its amounts restate each other, regroups them (renumbering claims that share their labels). Null when they
 * cannot be regrouped as a full computation would.
 */
function patchClaims(results: CorpusResults, state: PatchState, edits: readonly DocumentEdit[], context: PatchContext, topicsChanged: boolean): ClaimPatch | null {
  const edited = edits.map((edit) => edit.path);
  const claimAt = (id: string) => results.claims[state.claims.get(id)!]!;
  const rebuilt: ClaimRecord[] = [];
  const replaced = new Set<string>();
  // A document with new topics relates to others differently, as one whose claims are worded differently does.
  const reworded = topicsChanged || edits.some((edit) => claimStructureOf(edit.before) !== claimStructureOf(edit.after));
  if (!reworded && !edits.some((edit) => changesRestatements(edit, context))) {
    const ids = new Set<string>();
    for (const path of edited) for (const id of results.figureClaims.get(path) ?? []) if (id !== null) ids.add(id);
    for (const id of ids) {
      rebuilt.push(revalueClaim(claimAt(id), context.sourceOf, context.config));
      replaced.add(id);
    }
    return { rebuilt, replaced, layout: state.layout, figureClaims: results.figureClaims, regrouped: new Set() };
  }
  const regrouping = regroupClaims(state.layout, edited, context.sourceOf, context.config, reworded ? context.related : null);
  if (!regrouping) return null;
  rebuilt.push(...regrouping.claims);
  for (const id of regrouping.replaced) replaced.add(id);
  for (const [id, renamedTo] of regrouping.renamed) {
    if (replaced.has(id)) continue;
    rebuilt.push({ ...claimAt(id), id: renamedTo });
    replaced.add(id);
  }
  const figureClaims = new Map(results.figureClaims);
  const paths = new Set([...regrouping.paths, ...rebuilt.flatMap((claim) => claim.mentions.map((mention) => mention.path))]);
  for (const path of paths) figureClaims.set(path, figureClaims.get(path)!.map((id) => (id !== null && replaced.has(id) ? null : id)));
  // An edited document may have gained or lost figures outside its claims.
  for (const path of edited) figureClaims.set(path, context.sourceOf(path).analysis.figures.map(() => null));
  for (const claim of rebuilt) for (const mention of claim.mentions) for (const figure of mention.figures) figureClaims.get(mention.path)![figure] = claim.id;
  return { rebuilt, replaced, layout: regrouping.layout, figureClaims, regrouped: regrouping.paths };
}

/**
 * The findings of the affected documents recomputed: conflicts of the rebuilt claims, conversions of the edited
 * documents, and the other findings they had kept. A list that says what the last one said keeps its identity.
 */
function patchFindings(results: CorpusResults, affected: ReadonlySet<string>, edited: ReadonlySet<string>, claims: ClaimPatch, context: PatchContext): Map<string, Finding[]> {
  const touched = new Set([...claims.replaced, ...claims.rebuilt.map((claim) => claim.id)]);
  const fresh = new Map<string, Finding[]>([...affected].map((path) => [path, []]));
  const sources = new Map([...affected].map((path) => [path, context.sourceOf(path)]));
  for (const finding of conflictFindings(claims.rebuilt, sources, context.config)) fresh.get(finding.path)!.push(finding);
  for (const path of edited) fresh.get(path)!.push(...conversionFindings(sources.get(path)!, context.config));
  const findingsByPath = new Map(results.findingsByPath);
  for (const [path, added] of fresh) {
    const previous = results.findingsByPath.get(path) ?? [];
    const kept = previous.filter((finding) => !edited.has(path) && !(finding.review && touched.has(finding.review.claim)));
    const list = [...kept, ...added].sort(compareFindings);
    // In documents whose text did not change, and pointing at none that did, the same findings keep their list:
    // the diagnostics publisher compares lists by identity.
    const unchanged = !edited.has(path) && sameFindings(previous, list) && list.every((finding) => finding.related.every((item) => !edited.has(item.path)));
    if (list.length > 0) findingsByPath.set(path, unchanged ? previous : list);
    else findingsByPath.delete(path);
  }
  return findingsByPath;
}

/**
 * The results after `edits`, patched from `results` with the entities and topics `names` gives, and the state for the
 * next patch; null when an edit changed the date or the topics of a document it did not edit, or its claims cannot be
 * numbered as a full computation would.
 */
export function patchResults(results: CorpusResults, state: PatchState, edits: readonly DocumentEdit[], names: CorpusNames, context: PatchContext): { results: CorpusResults; state: PatchState } | null {
  const topicsChanged = names.topics === state.topics ? false : editedTopicsChange(state, names, edits);
  if (topicsChanged === null) return null;
  const patch = patchClaims(results, state, edits, context, topicsChanged);
  if (!patch) return null;

  let claims: ClaimRecord[];
  let positions = state.claims;
  if (patch.rebuilt.length === patch.replaced.size && patch.rebuilt.every((claim) => patch.replaced.has(claim.id))) {
    claims = [...results.claims];
    for (const claim of patch.rebuilt) claims[positions.get(claim.id)!] = claim;
  } else {
    claims = [...results.claims.filter((claim) => !patch.replaced.has(claim.id)), ...patch.rebuilt].sort((a, b) => compareText(a.id, b.id));
    positions = new Map(claims.map((claim, index) => [claim.id, index]));
  }
  patch.rebuilt.sort((a, b) => positions.get(a.id)! - positions.get(b.id)!);

  const edited = new Set(edits.map((edit) => edit.path));
  const affected = new Set([...edited, ...patch.regrouped, ...patch.rebuilt.flatMap((claim) => claim.mentions.map((mention) => mention.path))]);
  const findingsByPath = patchFindings(results, affected, edited, patch, context);
  const findings = state.findingOrder.flatMap((path) => findingsByPath.get(path) ?? []);
  const { topics, topicCounts, candidates, ...entities } = names;
  return {
    results: { ...results, ...entities, claims, findings, findingsByPath, figureClaims: patch.figureClaims },
    state: { ...state, topics, topicCounts, candidates, layout: patch.layout, claims: positions },
  };
}
