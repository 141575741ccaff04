/** Quick fixes: the replacements a diagnostic carries, and "mark as reviewed" recorded in .crosscheck.json. */
import {
  CodeActionKind, CreateFile, TextDocumentEdit, TextEdit,
  type CancellationToken, type CodeAction, type CodeActionParams, type Diagnostic, type WorkspaceEdit,
} from 'vscode-languageserver';
import type { ReviewedConflict } from '../core/config';
import { LineIndex } from '../core/text';
import { DIAGNOSTIC_SOURCE, type DiagnosticData, type DiagnosticFix } from './diagnostics';
import { claimById } from './lookup';
import { canonicalUri } from './uris';
import type { ConfigFile, WorkspaceView } from './workspace';

/** What the client can do with a workspace edit. */
export interface CodeActionOptions { canCreateFiles: boolean }

function dataOf(diagnostic: Diagnostic): DiagnosticData | null {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return null;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  return data && Array.isArray(data.fixes) && data.version !== undefined ? (data as DiagnosticData) : null;
}

/**
 * Whether a carried fix still applies to the document as the server has it, which is the document the client asked
 * about: its range must hold the text it was computed on. A diagnostic from before an edit fails this and gets no fix.
 */
function stillApplies(view: WorkspaceView, uri: string, fix: DiagnosticFix): boolean {
  const text = view.corpus.text(uri);
  const lineIndex = view.lineIndex(uri);
  if (text === undefined || !lineIndex || typeof fix.replaces !== 'string') return false;
  return text.slice(lineIndex.offsetAt(fix.range.start), lineIndex.offsetAt(fix.range.end)) === fix.replaces;
}

/** Whether the client's `only` filter lets quick fixes through ("quickfix" is covered by "" and "quickfix"). */
function quickFixesWanted(only: readonly string[] | undefined): boolean {
  return !only || only.some((kind) => kind === '' || kind === CodeActionKind.QuickFix);
}

function indentationOf(text: string): string {
  return /^[ \t]+(?=")/m.exec(text)?.[0] ?? '  ';
}

/**
 * The edit that adds a reviewed conflict to the configuration file, creating the file if missing; null when the
 * file is not a JSON object, already lists the conflict, or would have to be created by a client that cannot.
 */
function reviewEdit(file: ConfigFile, review: ReviewedConflict, options: CodeActionOptions): WorkspaceEdit | null {
  const entry = { claim: review.claim, values: review.values };
  if (file.text === null) {
    if (!options.canCreateFiles) return null;
    const content = `${JSON.stringify({ reviewed: [entry] }, null, 2)}\n`;
    // No ignoreIfExists: if the file appeared meanwhile, the create fails rather than inserting into it.
    return { documentChanges: [CreateFile.create(file.uri), TextDocumentEdit.create({ uri: file.uri, version: null }, [TextEdit.insert({ line: 0, character: 0 }, content)])] };
  }
  let config: unknown;
  try {
    config = JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) return null;
  const object = config as Record<string, unknown>;
  const reviewed = object.reviewed ?? [];
  if (!Array.isArray(reviewed)) return null;
  const key = JSON.stringify([entry.claim, [...entry.values].sort()]);
  if (reviewed.some((item: Partial<ReviewedConflict>) => Array.isArray(item?.values) && JSON.stringify([item.claim, [...item.values].sort()]) === key)) return null;
  object.reviewed = [...reviewed, entry];
  const newText = `${JSON.stringify(object, null, indentationOf(file.text))}\n`;
  const lineIndex = new LineIndex(file.text);
  const whole = { start: lineIndex.positionAt(0), end: lineIndex.positionAt(file.text.length) };
  return { documentChanges: [TextDocumentEdit.create({ uri: file.uri, version: file.version }, [TextEdit.replace(whole, newText)])] };
}

/** The quick fixes for the Crosscheck diagnostics in the request: one per carried fix, one "mark as reviewed" per conflict. */
export function codeActions(view: WorkspaceView, params: CodeActionParams, options: CodeActionOptions, token: CancellationToken): CodeAction[] | null {
  if (token.isCancellationRequested) return null;
  if (!quickFixesWanted(params.context.only)) return [];
  const actions: CodeAction[] = [];
  const reviews = new Map<string, { review: ReviewedConflict; diagnostics: Diagnostic[] }>();
  const uri = canonicalUri(params.textDocument.uri);
  // The version the document has as this request is answered: a client that honours it refuses the edit after any later change.
  const version = view.version(uri);
  for (const diagnostic of params.context.diagnostics) {
    const data = dataOf(diagnostic);
    if (!data) continue;
    for (const fix of data.fixes) {
      if (!stillApplies(view, uri, fix)) continue;
      actions.push({
        title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred,
        edit: { documentChanges: [TextDocumentEdit.create({ uri: params.textDocument.uri, version }, [TextEdit.replace(fix.range, fix.newText)])] },
      });
    }
    if (data.review) {
      const key = JSON.stringify(data.review);
      const entry = reviews.get(key) ?? reviews.set(key, { review: data.review, diagnostics: [] }).get(key)!;
      entry.diagnostics.push(diagnostic);
    }
  }
  const file = reviews.size > 0 ? view.configFile() : null;
  if (file) {
    for (const { review, diagnostics } of reviews.values()) {
      const edit = reviewEdit(file, review, options);
      if (!edit) continue;
      const label = claimById(view.corpus.results(), review.claim)?.label ?? review.claim;
      actions.push({ title: `Mark as reviewed: ${label} (${review.values.join(' vs ')})`, kind: CodeActionKind.QuickFix, diagnostics, edit });
    }
  }
  return actions;
}
