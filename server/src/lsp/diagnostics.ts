/** Findings as pushed diagnostics: one list per corpus document, re-sent only when it changed. */
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation, type Range } from 'vscode-languageserver';
import type { Finding } from '../core/findings';
import { locationOf, rangeOf } from './lookup';
import type { ServerWorkspace, WorkspaceView } from './workspace';

/** The diagnostics' source, shown in the Problems panel and used to recognise our own diagnostics. */
export const DIAGNOSTIC_SOURCE = 'crosscheck';

/**
 * A fix carried in a diagnostic, with its range already converted so a code action needs no analysis; `replaces` is
 * the text the range held, so a fix is only offered while the document still holds it there.
 */
export interface DiagnosticFix { title: string; range: Range; newText: string; preferred: boolean; replaces: string }

/** What every Crosscheck diagnostic carries for its code actions; version is the document's when open, else null. */
export interface DiagnosticData { fixes: DiagnosticFix[]; review: Finding['review']; version: number | null }

const SEVERITY: Record<Finding['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

function findingDiagnostic(view: WorkspaceView, finding: Finding): Diagnostic | null {
  const range = rangeOf(view, finding.path, finding);
  if (!range) return null;
  const relatedInformation: DiagnosticRelatedInformation[] = [];
  for (const related of finding.related) {
    const location = locationOf(view, related.path, related);
    if (location) relatedInformation.push({ location, message: related.message });
  }
  const text = view.corpus.text(finding.path)!;
  const data: DiagnosticData = {
    fixes: finding.fixes.map((fix) => ({
      title: fix.title, range: rangeOf(view, finding.path, fix)!, newText: fix.newText, preferred: fix.preferred, replaces: text.slice(fix.start, fix.end),
    })),
    review: finding.review,
    version: view.version(finding.path),
  };
  return {
    range, severity: SEVERITY[finding.severity], source: DIAGNOSTIC_SOURCE, message: finding.message,
    code: finding.code, codeDescription: { href: `https://github.com/crosscheck/crosscheck#${finding.code}` },
    relatedInformation, data,
  };
}

/** The diagnostics of one document's findings. */
function findingDiagnostics(view: WorkspaceView, findings: readonly Finding[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const finding of findings) {
    const diagnostic = findingDiagnostic(view, finding);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** The findings of a document without any, one list for all so that it compares equal to itself. */
const NO_FINDINGS: readonly Finding[] = [];

/** Sends diagnostics for one document; version is the open document's, if any. */
export type SendDiagnostics = (uri: string, diagnostics: Diagnostic[], version: number | null) => void;

/**
 * Two independent 32-bit FNV-1a hashes and the length of a text: what the publisher keeps of each document's last
 * list instead of the list itself, which at 10,000 articles held hundreds of megabytes of JSON.
 */
function fingerprint(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 0x01000193);
    second = Math.imul(second ^ code, 0x5bd1e995);
  }
  return `${(first >>> 0).toString(36)}:${(second >>> 0).toString(36)}:${text.length}`;
}

/**
 * Publishes the diagnostics of the whole workspace a short while after the last change, so a burst of edits or
 * file events costs one analysis. A change in one file can change findings in others: every document whose
 * findings are not the very ones last published is converted again, and only the lists that differ from what was
 * last sent go out.
 */
export class DiagnosticsPublisher {
  /** Per document, the findings and version last published and the fingerprint of the list sent for them. */
  private readonly sent = new Map<string, { findings: readonly Finding[]; version: number | null; fingerprint: string | null }>();
  /** The generation of the results last published (see CorpusResults.generation). */
  private publishedGeneration: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** When schedule() was last called. */
  private lastChange = Number.NEGATIVE_INFINITY;
  private suspended = 0;
  private readonly publishedListeners: Array<() => void> = [];

  constructor(
    private readonly workspace: ServerWorkspace,
    private readonly send: SendDiagnostics,
    private readonly onError: (error: unknown) => void,
    // Long enough to fold a burst of keystrokes into one publish; an edit is patched in, not recomputed, so it can be short.
    private readonly delayMs = 50,
  ) {}

  /**
   * Publishes the change at once (on the next turn of the event loop) after a quiet spell; changes that follow it
   * within the delay are folded into one publish, the delay after the last of them.
   */
  schedule(): void {
    const now = performance.now();
    const afterQuietSpell = this.timer === null && now - this.lastChange >= this.delayMs;
    this.lastChange = now;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.suspended > 0) return;
      // A throw here would be uncaught and end the server; one failed publish must not.
      try {
        this.publish();
        for (const listener of this.publishedListeners) listener();
      } catch (error) {
        this.onError(error);
      }
    }, afterQuietSpell ? 0 : this.delayMs);
  }

  /** Calls `listener` after every publish, whether or not any list changed: views derived from the same results follow. */
  onDidPublish(listener: () => void): void {
    this.publishedListeners.push(listener);
  }

  /** Holds publishing back, e.g. while the workspace is indexed and results would be partial. */
  suspend(): void {
    this.suspended++;
  }

  /** Ends one suspend() and publishes when none is left. */
  resume(): void {
    this.suspended = Math.max(0, this.suspended - 1);
    if (this.suspended === 0) this.schedule();
  }

  /** Cancels a pending publish. */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private publish(): void {
    const corpus = this.workspace.corpus;
    const { findingsByPath, generation } = corpus.results();
    // Patched results replace only the findings an edit changed: those are sent without comparing them with the last.
    const patched = generation === this.publishedGeneration;
    this.publishedGeneration = generation;
    for (const uri of corpus.paths()) {
      const findings = findingsByPath.get(uri) ?? NO_FINDINGS;
      const version = this.workspace.version(uri);
      const last = this.sent.get(uri);
      // The very findings published before, at the same version: after an edit, every document outside its claims.
      if (last?.findings === findings && last.version === version) continue;
      const list = findingDiagnostics(this.workspace, findings);
      if (patched && last?.findings !== findings) {
        this.sent.set(uri, { findings, version, fingerprint: null });
        this.send(uri, list, version);
      } else {
        this.offer(uri, version, findings, list);
      }
    }
    const config = this.workspace.configProblems();
    if (config && config.problems.length > 0) {
      this.offer(config.uri, this.workspace.version(config.uri), NO_FINDINGS, config.problems.map((problem) => ({
        range: { start: config.index.positionAt(problem.start), end: config.index.positionAt(problem.end) },
        severity: DiagnosticSeverity.Error, source: DIAGNOSTIC_SOURCE, message: problem.message, code: 'invalid-configuration',
      })));
    }
    for (const uri of this.sent.keys()) {
      if (corpus.text(uri) !== undefined || (uri === config?.uri && config.problems.length > 0)) continue;
      this.sent.delete(uri);
      this.send(uri, [], null);
    }
  }

  /** Sends a document's diagnostics unless the client has this very list for this version already. */
  private offer(uri: string, version: number | null, findings: readonly Finding[], list: Diagnostic[]): void {
    // The version is part of what was sent: every new version of an open document gets its own list, even an unchanged one.
    const key = fingerprint(JSON.stringify([version, list]));
    const last = this.sent.get(uri);
    this.sent.set(uri, { findings, version, fingerprint: key });
    if (last?.fingerprint === key) return;
    this.send(uri, list, version);
  }
}
