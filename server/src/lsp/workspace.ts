/** The server's workspace: one corpus of every article in the workspace folders, open documents overriding disk. */
import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Corpus } from '../core/corpus';
import { defaultConfig, parseConfig, untrustedConfig, type ConfigProblem, type CrosscheckConfig } from '../core/config';
import { LineIndex } from '../core/text';
import { DEFAULT_MAX_FILE_BYTES, globFilter, listFolder, readArticle } from '../workspace/files';
import { SkippedFileLog } from './skippedFiles';
import { canonicalUri, fileUri, uriBasename, uriToPath } from './uris';

/** The configuration file's name, looked up at the root of the first workspace folder. */
export const CONFIG_FILE_NAME = '.crosscheck.json';

/** The configuration file as the user sees it: the open editor's text if open, else the disk's; null text when missing. */
export interface ConfigFile { uri: string; text: string | null; version: number | null }

/** What the feature providers read: the corpus, positions in its documents, open documents' versions, the config file. */
export interface WorkspaceView {
  readonly corpus: Corpus;
  /** The line index of a corpus document's current text. */
  lineIndex(uri: string): LineIndex | undefined;
  /** The version of an open document, or null when its text comes from disk. */
  version(uri: string): number | null;
  /** The configuration file, or null when there is no workspace folder or it cannot be read. */
  configFile(): ConfigFile | null;
}

interface Folder { uri: string; path: string }

/** The path of a file relative to a folder, with forward slashes; null when the file is not inside the folder. */
function pathInside(folder: string, path: string): string | null {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside.split(sep).join('/') : null;
}

/** A file's size in bytes, or -1 when it cannot be read. */
function sizeOnDisk(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

type ConfigRead = { text: string | null } | { error: string };

/** Keeps the corpus in line with the workspace folders on disk, the open documents and the configuration. */
export class ServerWorkspace implements WorkspaceView {
  private readonly documents = new Corpus();
  /**
   * The open documents alone, which requests read until the first scan is complete: a hover answered while
   * thousands of articles are still being read must not group the half-read folder, again after every file.
   */
  private openDocumentsOnly: Corpus | null = new Corpus();
  private folders: Folder[] = [];
  private readonly openDocuments = new Map<string, TextDocument>();
  // Open documents whose latest text is not analysed yet: a burst of keystrokes costs one analysis, when the corpus is next read.
  private readonly unanalysedEdits = new Set<string>();
  private readonly skippedFiles: SkippedFileLog;
  private accept = globFilter(defaultConfig().include, defaultConfig().exclude);
  private readonly lineIndexes = new Map<string, { text: string; index: LineIndex }>();
  private configState: { text: string; problems: ConfigProblem[] } | null = null;
  private trusted = true;
  private maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  // Each file over the size limit is announced to the user once, however often it is read or edited.
  private readonly announcedOversized = new Set<string>();
  private pendingOversized: string[] = [];

  constructor(private readonly log: (message: string) => void) {
    this.skippedFiles = new SkippedFileLog(log);
  }

  /** The corpus, with every edit received so far analysed; until the first scan is complete, the open documents alone. */
  get corpus(): Corpus {
    this.analyseEdits();
    return this.openDocumentsOnly ?? this.documents;
  }

  private analyseEdits(): void {
    for (const uri of this.unanalysedEdits) {
      const document = this.openDocuments.get(uri);
      if (document && this.inScope(uri)) this.useEditorText(uri, document);
    }
    this.unanalysedEdits.clear();
  }

  /** Replaces the workspace folders; folders that are not on the file system are skipped with a message. */
  setFolders(folders: ReadonlyArray<{ uri: string }>): void {
    this.folders = [];
    for (const folder of folders) {
      const path = uriToPath(folder.uri);
      if (path === null) this.log(`${folder.uri}: not a local folder, not indexed`);
      else this.folders.push({ uri: fileUri(path), path });
    }
  }

  /** A document's path for people to read: relative to its workspace folder (prefixed by the folder's name when there are several), else the URI. */
  displayPath(uri: string): string {
    const path = uriToPath(uri);
    if (path === null) return uri;
    for (const folder of this.folders) {
      const inside = pathInside(folder.path, path);
      if (inside !== null) return this.folders.length > 1 ? `${basename(folder.path)}/${inside}` : inside;
    }
    return uri;
  }

  /** The URI of the configuration file: at the root of the first workspace folder. */
  configUri(): string | null {
    const root = this.folders[0];
    return root ? fileUri(join(root.path, CONFIG_FILE_NAME)) : null;
  }

  /** Whether a (canonical) URI is the configuration file. */
  isConfig(uri: string): boolean {
    return uri === this.configUri();
  }

  /** The configuration file's current text and version. */
  configFile(): ConfigFile | null {
    const uri = this.configUri();
    if (uri === null) return null;
    const read = this.readConfigText(uri);
    return 'error' in read ? null : { uri, text: read.text, version: this.version(uri) };
  }

  private readConfigText(uri: string): ConfigRead {
    const open = this.openDocuments.get(uri);
    if (open) return { text: open.getText() };
    try {
      return { text: readFileSync(uriToPath(uri)!, 'utf8') };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return code === 'ENOENT' ? { text: null } : { error: `cannot read (${code ?? String(error)})` };
    }
  }

  /** Whether the client trusts the workspace; untrusted workspaces get no rate overrides or alias groups. */
  setTrusted(trusted: boolean): void {
    this.trusted = trusted;
  }

  /** Whether the client said the workspace is trusted. */
  isTrusted(): boolean {
    return this.trusted;
  }

  /** Re-reads the configuration; returns true when the include/exclude globs changed, so the folders need a rescan. */
  reloadConfig(): boolean {
    const uri = this.configUri();
    const read: ConfigRead = uri === null ? { text: null } : this.readConfigText(uri);
    let config: CrosscheckConfig = defaultConfig();
    if ('error' in read) {
      this.configState = { text: '', problems: [{ message: `${CONFIG_FILE_NAME}: ${read.error}; using defaults.`, start: 0, end: 0 }] };
    } else if (read.text === null) {
      this.configState = null;
    } else {
      const parsed = parseConfig(read.text);
      config = parsed.config;
      this.configState = { text: read.text, problems: parsed.problems };
    }
    if (!this.trusted) config = untrustedConfig(config);
    const previous = this.documents.getConfig();
    const scopeChanged = JSON.stringify([previous.include, previous.exclude]) !== JSON.stringify([config.include, config.exclude]);
    this.documents.setConfig(config);
    this.openDocumentsOnly?.setConfig(config);
    if (scopeChanged) this.accept = globFilter(config.include, config.exclude);
    return scopeChanged;
  }

  /** The problems of the configuration file and the text they point into; none when the file is missing. */
  configProblems(): { uri: string; index: LineIndex; problems: ConfigProblem[] } | null {
    const uri = this.configUri();
    if (uri === null || this.configState === null) return null;
    return { uri, index: new LineIndex(this.configState.text), problems: this.configState.problems };
  }

  /** Whether a document belongs in the corpus: inside a folder and selected by the globs; with no folder, any open document. */
  inScope(uri: string): boolean {
    if (uriBasename(uri) === CONFIG_FILE_NAME) return false;
    if (this.folders.length === 0) return this.openDocuments.has(uri);
    const path = uriToPath(uri);
    if (path === null) return false;
    return this.folders.some((folder) => {
      const inside = pathInside(folder.path, path);
      return inside !== null && this.accept(inside);
    });
  }

  /**
   * Brings the corpus in line with the folders: every article in scope is read (open ones keep their editor text)
   * and documents no longer in scope are removed. `onProgress` is awaited after each file, so other messages get a turn.
   * A file deleted or renamed after the listing is skipped with a message, and leaves the corpus.
   */
  async scan(onProgress: (done: number, total: number) => Promise<void>): Promise<void> {
    const listed = new Set<string>();
    for (const folder of this.folders) {
      const files = listFolder(folder.path, this.accept, (skipped) => this.skippedFiles.skipped(skipped.path, skipped.reason));
      for (const path of files) listed.add(fileUri(path));
    }
    const keep = new Set(listed);
    // Every open document in scope is analysed here, so none is left waiting.
    this.unanalysedEdits.clear();
    for (const [uri, document] of this.openDocuments) {
      if (!this.inScope(uri)) continue;
      keep.add(uri);
      this.useEditorText(uri, document);
    }
    for (const path of this.documents.paths()) if (!keep.has(path)) this.forget(path);
    let done = 0;
    try {
      for (const uri of listed) {
        // The document may have been opened, or the scan superseded, while an earlier file was being read.
        if (!this.openDocuments.has(uri) && this.inScope(uri)) this.readFromDisk(uri);
        await onProgress(++done, listed.size);
      }
    } finally {
      this.openDocumentsOnly = null;
    }
  }

  /** Sets the largest file analysed; returns true when it changed, so the folders need a rescan. */
  setMaxFileBytes(bytes: number): boolean {
    if (bytes === this.maxFileBytes) return false;
    this.maxFileBytes = bytes;
    return true;
  }

  /** Logs, in one line, the skipped files not yet named in the log (see SkippedFileLog). */
  summariseSkippedFiles(): void {
    this.skippedFiles.flush();
  }

  /** The files found over the size limit since the last call, each returned once for the session. */
  takeOversizedNotices(): string[] {
    const notices = this.pendingOversized;
    this.pendingOversized = [];
    return notices;
  }

  private oversized(uri: string): void {
    this.forget(uri);
    if (this.announcedOversized.has(uri)) return;
    this.announcedOversized.add(uri);
    this.pendingOversized.push(uri);
  }

  /** Reads an article from disk into the corpus; one that can no longer be read, or is over the size limit, leaves the corpus. */
  readFromDisk(uri: string): void {
    const path = uriToPath(uri);
    const read = path === null ? null : readArticle(path, this.maxFileBytes);
    if (read && 'text' in read) {
      this.documents.upsert(uri, read.text);
      return;
    }
    if (read) this.skippedFiles.skipped(read.path, read.reason);
    if (path !== null && sizeOnDisk(path) > this.maxFileBytes) this.oversized(uri);
    else this.forget(uri);
  }

  /** Puts an open document's text into the corpus, unless it is over the size limit. */
  private useEditorText(uri: string, document: TextDocument): void {
    const text = document.getText();
    // The limit is in bytes on disk; UTF-8 is what the disk reader accepts. The length check skips the count for short texts.
    if (text.length * 3 > this.maxFileBytes && Buffer.byteLength(text, 'utf8') > this.maxFileBytes) {
      this.oversized(uri);
    } else {
      this.documents.upsert(uri, text);
      this.openDocumentsOnly?.upsert(uri, text);
    }
  }

  /**
   * An open document's text changed (or it was opened): it now overrides the disk, and is analysed when the corpus is
   * next read. Returns its canonical URI.
   */
  documentChanged(document: TextDocument): string {
    const uri = canonicalUri(document.uri);
    this.openDocuments.set(uri, document);
    this.unanalysedEdits.add(uri);
    return uri;
  }

  /** An open document was closed: the disk's text takes over again. Returns its canonical URI. */
  documentClosed(documentUri: string): string {
    const uri = canonicalUri(documentUri);
    this.openDocuments.delete(uri);
    this.unanalysedEdits.delete(uri);
    this.openDocumentsOnly?.remove(uri);
    if (this.isConfig(uri)) return uri;
    if (this.inScope(uri)) this.readFromDisk(uri);
    else this.forget(uri);
    return uri;
  }

  /** A file was created or changed on disk; open documents keep their editor text. */
  fileChanged(uri: string): void {
    if (!this.openDocuments.has(uri) && this.inScope(uri)) this.readFromDisk(uri);
  }

  /** A file or folder was deleted on disk: it and every document under it leave the corpus. */
  fileDeleted(uri: string): void {
    for (const path of this.documents.paths()) if (path === uri || path.startsWith(`${uri}/`)) this.forget(path);
  }

  private forget(uri: string): void {
    this.documents.remove(uri);
    this.openDocumentsOnly?.remove(uri);
    this.lineIndexes.delete(uri);
  }

  /** The line index of a corpus document, rebuilt only when its text changed. */
  lineIndex(uri: string): LineIndex | undefined {
    const text = this.corpus.text(uri);
    if (text === undefined) return undefined;
    const cached = this.lineIndexes.get(uri);
    if (cached && cached.text === text) return cached.index;
    const index = new LineIndex(text);
    this.lineIndexes.set(uri, { text, index });
    return index;
  }

  /** The version of an open document, or null when its text comes from disk. */
  version(uri: string): number | null {
    return this.openDocuments.get(uri)?.version ?? null;
  }
}
