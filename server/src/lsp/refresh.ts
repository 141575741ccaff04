/**
 * Asks the client to re-request code lenses, inlay hints and semantic tokens when something outside the edited
 * document changed them: clients re-request a document's own views when it is edited, but an edit in one article can
 * settle a conflict shown in another, and a setting or `.crosscheck.json` change touches every document.
 */
import type { CorpusResults } from '../core/corpus';
import type { ClaimRecord } from '../core/claims/index';
import type { WorkspaceView } from './workspace';

/** One view the client can be asked to refresh, with what its content depends on beyond its own document. */
export interface RefreshableView {
  /** Sends the refresh request; only views whose client supports refreshing are listed. */
  refresh: () => Promise<void>;
  /** A string that changes whenever the view's content in some document may have changed. */
  fingerprint: () => string;
}

// Claims are immutable and a patch replaces only the claims an edit touches: the others keep their fingerprints.
const conflictFingerprints = new WeakMap<ClaimRecord, string>();

function conflictFingerprint(view: WorkspaceView, claim: ClaimRecord): string {
  let fingerprint = conflictFingerprints.get(claim);
  if (fingerprint === undefined) {
    const { corpus } = view;
    const mentions = claim.mentions.map((mention) => {
      const figures = corpus.analysis(mention.path)?.figures;
      return `${mention.path}|${mention.group}|${mention.figures.map((index) => figures?.[index]?.text).join('|')}`;
    });
    fingerprint = `${claim.id}|${claim.groupSources.join(',')}|${mentions.join('\n')}`;
    conflictFingerprints.set(claim, fingerprint);
  }
  return fingerprint;
}

/** What code lenses show: each conflict's value groups and wording, not where in its document a mention sits. */
export function codeLensFingerprint(view: WorkspaceView, results: CorpusResults): string {
  const conflicts = results.claims.filter((claim) => claim.status === 'conflict').map((claim) => conflictFingerprint(view, claim));
  return [JSON.stringify(view.corpus.getConfig().reviewed), ...conflicts].join('\n');
}

// Patched results keep their months: the list of every document's month is written once per full computation.
const monthFingerprints = new WeakMap<CorpusResults['months'], string>();

/** What inlay hints depend on beyond the document's own figures: the switch, the base currency, the rates and each document's month. */
export function inlayHintFingerprint(view: WorkspaceView, results: CorpusResults, enabled: boolean): string {
  const { baseCurrency, rates } = view.corpus.getConfig();
  let months = monthFingerprints.get(results.months);
  if (months === undefined) {
    months = JSON.stringify([...results.months]);
    monthFingerprints.set(results.months, months);
  }
  return `${JSON.stringify([enabled, baseCurrency, rates])}${months}`;
}

let lastSemanticTokens: { generation: number; fingerprint: string } | null = null;

/**
 * What semantic tokens depend on beyond the document's own text: how mentions resolve into entities across
 * documents, which only a full computation changes (a patch keeps the generation).
 */
export function semanticTokensFingerprint(results: CorpusResults): string {
  if (lastSemanticTokens?.generation !== results.generation) {
    const fingerprint = JSON.stringify(results.entities.map((entity) => [entity.id, entity.kind, entity.definition.path, entity.mentionCount]));
    lastSemanticTokens = { generation: results.generation, fingerprint };
  }
  return lastSemanticTokens.fingerprint;
}

/** Refreshes each view whose fingerprint changed since the last check; the first check refreshes every view, as requests made before indexing finished got nothing. */
export class ViewRefresher {
  private readonly last = new Map<RefreshableView, string>();

  constructor(private readonly views: readonly RefreshableView[], private readonly onError: (error: unknown) => void) {}

  /** Compares every view's fingerprint with the last one seen and refreshes those that changed. */
  check(): void {
    for (const view of this.views) {
      const fingerprint = view.fingerprint();
      const previous = this.last.get(view);
      this.last.set(view, fingerprint);
      if (previous !== fingerprint) view.refresh().catch(this.onError);
    }
  }
}
