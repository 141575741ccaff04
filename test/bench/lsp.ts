/**
 * The language server over stdio on a generated workspace, driven by a real protocol client:
 * - index: from sending `initialize` to the arrival of the last diagnostic of the initial index, i.e. until every
 *   article in the workspace (not only open ones) has had a publishDiagnostics notification;
 * - memory: the server process's peak RSS (VmHWM from /proc), after the index and at the end of the session;
 * - hover: round-trip latency of sequential hover requests on random figures of random articles;
 * - edit: from sending a didChange that rewrites a figure whose claim other articles share (the document is already
 *   open) to the arrival of the last diagnostics that publish sends for other files. The publish is over when the
 *   server has used no CPU for IDLE_MS and has answered a barrier request sent after that (responses leave through
 *   the same ordered stream as the notifications queued before them);
 * - typing: a sentence typed letter by letter into an article, from each keystroke to the answer of a hover sent
 *   right after it (the answer waits for the results to follow the text).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification, HoverRequest, InitializedNotification,
  InitializeRequest, PublishDiagnosticsNotification, RegistrationRequest, ShutdownRequest, StreamMessageReader, StreamMessageWriter,
  WorkDoneProgressCreateRequest, createMessageConnection, type MessageConnection, type Position,
} from 'vscode-languageserver-protocol/node';
import { analyzeDocument } from '../../server/src/core/analyze';
import { LineIndex } from '../../server/src/core/text';
import { fileUri } from '../../server/src/lsp/uris';
import type { Manifest } from './generate';
import { Random, seedOf } from './prng';
import { percentile, median, procCpuMs } from './stats';

/** The server counts as idle after this long without using CPU (at least the publish debounce must pass too). */
const IDLE_MS = 500;
const DEBOUNCE_MS = 50;

export interface SessionOptions {
  serverJs: string;
  dir: string;
  /** Extra node arguments for the server process (e.g. --cpu-prof). */
  nodeArgs?: string[];
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Reads a process's current and peak resident set size in MB from /proc, or null off Linux. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) / 1024;
    return { rssMb: field('VmRSS'), peakMb: field('VmHWM') };
  } catch {
    return null;
  }
}

interface Arrival { uri: string; at: number }

/** A server process on one workspace folder and what it has published. */
export class BenchSession {
  readonly server: ChildProcess;
  readonly connection: MessageConnection;
  readonly published = new Map<string, number>();
  /** The latest number of diagnostics per document, and the bytes the server has written to stdout. */
  readonly counts = new Map<string, number>();
  bytesFromServer = 0;
  private arrivals: Arrival[] = [];
  /** The version of each document this session has opened. */
  private readonly versions = new Map<string, number>();
  private stderr = '';
  private readonly log: (line: string) => void;
  private readonly timeoutMs: number;

  constructor(private readonly options: SessionOptions) {
    this.log = options.log ?? (() => {});
    this.timeoutMs = options.timeoutMs ?? 15 * 60_000;
    this.server = spawn(process.execPath, [...(options.nodeArgs ?? []), options.serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.server.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    this.server.stdout!.on('data', (chunk: Buffer) => {
      this.bytesFromServer += chunk.length;
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, diagnostics }) => {
      const at = performance.now();
      this.counts.set(uri, diagnostics.length);
      this.published.set(uri, at);
      this.arrivals.push({ uri, at });
    });
    this.connection.onNotification('$/progress', () => {});
    this.connection.onNotification('window/logMessage', () => {});
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => {});
    this.connection.onRequest(RegistrationRequest.type, () => {});
    this.connection.listen();
  }

  get pid(): number {
    return this.server.pid!;
  }

  /** Initializes on the folder; resolves when every one of `uris` has had diagnostics, with the elapsed ms. */
  async index(uris: readonly string[]): Promise<{ indexMs: number; initializeMs: number }> {
    const rootUri = fileUri(this.options.dir);
    const start = performance.now();
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, workspaceEdit: { documentChanges: true } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          synchronization: { dynamicRegistration: false, didSave: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        },
      },
    });
    const initializeMs = performance.now() - start;
    await this.connection.sendNotification(InitializedNotification.type, {});
    await this.until(`diagnostics for all ${uris.length} articles`, () => {
      for (const uri of uris) if (!this.published.has(uri)) return false;
      return true;
    });
    let last = 0;
    for (const uri of uris) last = Math.max(last, this.published.get(uri)!);
    return { indexMs: last - start, initializeMs };
  }

  /** Polls until a condition holds, failing after the session's time limit. */
  private until(what: string, condition: () => boolean, timeoutMs = this.timeoutMs, pollMs = 5): Promise<void> {
    return new Promise((resolve, reject) => {
      const deadline = Date.now() + timeoutMs;
      const check = () => {
        if (condition()) return resolve();
        if (this.server.exitCode !== null) return reject(new Error(`server exited while waiting for ${what}\n${this.stderr}`));
        if (Date.now() > deadline) return reject(new Error(`timed out waiting for ${what}\n${this.stderr}`));
        setTimeout(check, pollMs);
      };
      check();
    });
  }

  /**
   * Waits until the server has done everything it had to: (almost) no CPU used for IDLE_MS (sampled from /proc every
   * 20 ms, with 10 ms resolution), then a request answered, so every notification sent before is in.
   */
  async settle(): Promise<void> {
    const start = performance.now();
    const samples: Array<{ at: number; cpu: number }> = [];
    await this.until('the server to go idle', () => {
      const now = performance.now();
      samples.push({ at: now, cpu: procCpuMs(this.pid) });
      while (samples.length > 1 && now - samples[1]!.at >= IDLE_MS) samples.shift();
      const window = samples[0]!;
      // A profiler's sampling thread (--cpu-prof) keeps using a little CPU: idle is under 5% of one core.
      return now - start >= DEBOUNCE_MS && now - window.at >= IDLE_MS && samples.at(-1)!.cpu - window.cpu <= IDLE_MS * 0.05;
    }, this.timeoutMs, 20);
    // An unknown method: the server answers at once with an error, after whatever it had queued.
    await this.connection.sendRequest('crosscheck/benchBarrier').catch(() => undefined);
  }

  /** Starts collecting the arrivals of one burst. */
  private startBurst(): number {
    this.arrivals = [];
    return performance.now();
  }

  /** Sequential hovers on random figures; returns each round trip in ms. */
  async hovers(manifest: Manifest, count: number): Promise<{ latencies: number[]; empty: number }> {
    const random = new Random(seedOf('hovers', manifest.docs));
    const targets: Array<{ uri: string; position: Position }> = [];
    while (targets.length < count) {
      const article = random.pick(manifest.articles);
      const text = readFileSync(join(this.options.dir, article.path), 'utf8');
      const { figures } = analyzeDocument(text);
      if (figures.length === 0) continue;
      const figure = random.pick(figures);
      targets.push({ uri: fileUri(join(this.options.dir, article.path)), position: new LineIndex(text).positionAt((figure.start + figure.end) >> 1) });
    }
    const latencies: number[] = [];
    let empty = 0;
    for (const target of targets) {
      const start = performance.now();
      const hover = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: target.uri }, position: target.position });
      latencies.push(performance.now() - start);
      if (!hover) empty++;
    }
    return { latencies, empty };
  }

  /**
   * Edits figures shared with other articles: opens the documents first (not timed), then for each edit sends a
   * didChange and waits for the burst of diagnostics it causes. Latency is to the last other file's diagnostics.
   */
  async edits(manifest: Manifest, count: number, budgetMs = Infinity): Promise<EditResult> {
    const targets: EditTarget[] = [];
    // Only figures the server itself puts in a claim with at least two other files (asked by hover, not timed).
    for (const candidate of chooseEdits(manifest)) {
      if (targets.length >= count) break;
      const others = await this.claimPeers(candidate);
      if (others >= 2) targets.push({ ...candidate, peers: others });
    }
    for (const target of targets) await this.open(target.path);
    // Opening changes the version carried by these documents' diagnostics; that publish is not timed.
    await this.settle();
    const latencies: number[] = [];
    const ownLatencies: number[] = [];
    const refreshedOthers: number[] = [];
    const expectedOthers: number[] = [];
    let withoutOthers = 0;
    let unchanged = 0;
    const editMb: number[] = [];
    const editsStart = performance.now();
    for (const [n, target] of targets.entries()) {
      if (n > 0 && performance.now() - editsStart > budgetMs) {
        this.log(`edit budget of ${budgetMs / 1000} s spent after ${n} edits`);
        break;
      }
      const uri = fileUri(join(this.options.dir, target.path));
      const text = readFileSync(join(this.options.dir, target.path), 'utf8');
      const lines = new LineIndex(text);
      const version = this.versions.get(uri)! + 1;
      this.versions.set(uri, version);
      const bytesBefore = this.bytesFromServer;
      const start = this.startBurst();
      await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: lines.positionAt(target.start), end: lines.positionAt(target.end) }, text: rewrittenFigure(target.text, n) }],
      });
      await this.settle();
      if (this.arrivals.length === 0) {
        unchanged++;
        this.log(`edit ${n + 1}/${targets.length}: no diagnostics changed`);
        continue;
      }
      editMb.push((this.bytesFromServer - bytesBefore) / 1e6);
      const others = this.arrivals.filter((arrival) => arrival.uri !== uri);
      const own = this.arrivals.filter((arrival) => arrival.uri === uri);
      if (own.length > 0) ownLatencies.push(own.at(-1)!.at - start);
      refreshedOthers.push(new Set(others.map((arrival) => arrival.uri)).size);
      expectedOthers.push(target.peers);
      if (others.length === 0) {
        withoutOthers++;
        latencies.push((own.at(-1)?.at ?? performance.now()) - start);
      } else {
        latencies.push(others.at(-1)!.at - start);
      }
      this.log(`edit ${n + 1}/${targets.length}: ${latencies.at(-1)!.toFixed(0)} ms, ${refreshedOthers.at(-1)} other files refreshed (${target.peers} in its claim) — ${target.path} "${target.text}"`);
    }
    return { latencies, ownLatencies, refreshedOthers, expectedOthers, withoutOthers, unchanged, mbSent: editMb };
  }

  /** Opens an article of the workspace in the server (version 1) and returns its URI. */
  private async open(path: string): Promise<string> {
    const uri = fileUri(join(this.options.dir, path));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'plaintext', version: 1, text: readFileSync(join(this.options.dir, path), 'utf8') },
    });
    this.versions.set(uri, 1);
    return uri;
  }

  /**
   * Types `sentence` letter by letter at the end of an article not opened before, asking for a hover on one of its
   * figures after each keystroke as an editor asks for its views: each latency runs from sending the keystroke to the
   * answer, which waits for the results to follow the text.
   */
  async typing(manifest: Manifest, sentence: string): Promise<number[]> {
    const target = chooseEdits(manifest).find((candidate) => !this.versions.has(fileUri(join(this.options.dir, candidate.path))));
    if (!target) return [];
    const uri = await this.open(target.path);
    await this.settle();
    let text = readFileSync(join(this.options.dir, target.path), 'utf8');
    const figure = new LineIndex(text).positionAt(target.start);
    const latencies: number[] = [];
    for (const letter of sentence) {
      const end = new LineIndex(text).positionAt(text.length);
      const version = this.versions.get(uri)! + 1;
      this.versions.set(uri, version);
      const start = performance.now();
      await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range: { start: end, end }, text: letter }] });
      await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: figure });
      latencies.push(performance.now() - start);
      text += letter;
    }
    await this.settle();
    return latencies;
  }

  /** How many other files the hover over a figure lists in its claim's table (at most 20), or 0 without a claim. */
  private async claimPeers(target: EditTarget): Promise<number> {
    const path = join(this.options.dir, target.path);
    const text = readFileSync(path, 'utf8');
    const uri = fileUri(path);
    const hover = await this.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri }, position: new LineIndex(text).positionAt((target.start + target.end) >> 1),
    });
    const markdown = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    if (!markdown.includes('**Claim:**')) return 0;
    const linked = new Set([...markdown.matchAll(/\]\((file:[^)#]+)#L\d+\)/g)].map((match) => match[1]));
    linked.delete(uri);
    return linked.size;
  }

  /** Asks the server to shut down and exit (so a --cpu-prof profile is written), then makes sure it is gone. */
  async close(): Promise<void> {
    try {
      await Promise.race([
        (async () => {
          await this.connection.sendRequest(ShutdownRequest.type);
          await this.connection.sendNotification(ExitNotification.type);
        })(),
        new Promise((resolve) => setTimeout(resolve, 30_000).unref()),
      ]);
      if (this.server.exitCode === null && this.server.signalCode === null) {
        await Promise.race([once(this.server, 'exit'), new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
      }
    } finally {
      this.connection.dispose();
      if (this.server.exitCode === null && this.server.signalCode === null) {
        const exited = once(this.server, 'exit');
        this.server.kill();
        await exited;
      }
    }
  }
}

export interface EditResult {
  latencies: number[];
  ownLatencies: number[];
  refreshedOthers: number[];
  expectedOthers: number[];
  withoutOthers: number;
  /** Edits after which no diagnostics changed at all (not in the latencies). */
  unchanged: number;
  /** MB the server wrote after each edit. */
  mbSent: number[];
}

interface EditTarget { path: string; start: number; end: number; text: string; peers: number }

/**
 * Money figures of template stories whose fact other articles of the same story also state (excluding running
 * tallies and paired conversions), one per article, chosen deterministically.
 */
export function chooseEdits(manifest: Manifest): EditTarget[] {
  const holders = new Map<string, Set<string>>();
  for (const article of manifest.articles) {
    for (const fact of article.facts) {
      const key = `${article.story}|${fact.fact}`;
      (holders.get(key) ?? holders.set(key, new Set()).get(key)!).add(article.path);
    }
  }
  const candidates: EditTarget[] = [];
  for (const article of manifest.articles) {
    if (article.kind === 'disaster' || article.kind === 'seed') continue;
    const fact = article.facts.find((mention) => !mention.conflicting && !mention.text.includes('(') && /^\D*\d/.test(mention.text)
      && /[$€£¥₹₩]|[A-Z]{3}|dollars|euros|pounds|yen|rupees|yuan|won|francs|reais|rand|pesos|kronor|baht|ringgit/.test(mention.text));
    if (!fact) continue;
    const peers = holders.get(`${article.story}|${fact.fact}`)!.size - 1;
    if (peers >= 2) candidates.push({ path: article.path, start: fact.start, end: fact.end, text: fact.text, peers });
  }
  return new Random(seedOf('edits', manifest.docs)).shuffle(candidates);
}

/** The figure with its first number multiplied, so the new value disagrees with every other source. */
export function rewrittenFigure(text: string, n: number): string {
  return text.replace(/\d[\d,]*(?:\.\d+)?/, (number) => {
    const value = Number(number.replace(/,/g, '')) * (3 + (n % 5) * 0.5);
    return number.includes(',') || value >= 1000 ? Math.round(value).toLocaleString('en-US') : String(Math.round(value * 10) / 10);
  });
}

export interface ServerRun {
  indexMs: number;
  initializeMs: number;
  /** CPU time the server process had used when the index was complete. */
  indexCpuMs: number;
  /** Diagnostics published for the index, and the MB the server wrote to stdout until then. */
  indexDiagnostics: number;
  indexMbSent: number;
  rssAfterIndexMb: number;
  peakAfterIndexMb: number;
  peakMb?: number;
  hover?: { count: number; empty: number; p50: number; p99: number; max: number };
  edit?: {
    count: number; p50: number; p95: number; max: number; ownP50: number; withoutOthers: number; unchanged: number;
    refreshedMedian: number; expectedMedian: number; mbSentMedian: number;
  };
  typing?: { count: number; p50: number; p95: number; max: number };
}

/** The sentence typed letter by letter: a sentence start, a new organisation's name, and words inside a sentence. */
export const TYPED_SENTENCE = ' Officials said talks with Quorvex Holdings stalled again.';

/** One server session: index, then optionally hovers, edits and typing. */
export async function runServer(options: SessionOptions, manifest: Manifest, work: { hovers: number; edits: number; editBudgetMs?: number; typing?: boolean }): Promise<ServerRun> {
  const session = new BenchSession(options);
  try {
    const uris = manifest.articles.map((article) => fileUri(join(options.dir, article.path)));
    const { indexMs, initializeMs } = await session.index(uris);
    const afterIndex = memoryOf(session.pid);
    let indexDiagnostics = 0;
    for (const count of session.counts.values()) indexDiagnostics += count;
    const run: ServerRun = {
      indexMs, initializeMs, indexCpuMs: procCpuMs(session.pid), indexDiagnostics, indexMbSent: session.bytesFromServer / 1e6,
      rssAfterIndexMb: afterIndex?.rssMb ?? Number.NaN, peakAfterIndexMb: afterIndex?.peakMb ?? Number.NaN,
    };
    options.log?.(`index: ${(indexMs / 1000).toFixed(2)} s (server CPU ${(run.indexCpuMs / 1000).toFixed(2)} s, ${indexDiagnostics} diagnostics, ${run.indexMbSent.toFixed(1)} MB sent), RSS ${run.rssAfterIndexMb.toFixed(0)} MB (peak ${run.peakAfterIndexMb.toFixed(0)} MB)`);
    if (work.hovers > 0) {
      const { latencies, empty } = await session.hovers(manifest, work.hovers);
      run.hover = { count: latencies.length, empty, p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: Math.max(...latencies) };
      options.log?.(`hover: p50 ${run.hover.p50.toFixed(2)} ms, p99 ${run.hover.p99.toFixed(2)} ms, ${empty} empty`);
    }
    if (work.edits > 0) {
      const edits = await session.edits(manifest, work.edits, work.editBudgetMs);
      run.edit = {
        count: edits.latencies.length, p50: percentile(edits.latencies, 50), p95: percentile(edits.latencies, 95), max: Math.max(...edits.latencies),
        ownP50: percentile(edits.ownLatencies, 50), withoutOthers: edits.withoutOthers, unchanged: edits.unchanged,
        refreshedMedian: median(edits.refreshedOthers), expectedMedian: median(edits.expectedOthers), mbSentMedian: median(edits.mbSent),
      };
    }
    if (work.typing) {
      const latencies = await session.typing(manifest, TYPED_SENTENCE);
      run.typing = { count: latencies.length, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies) };
      options.log?.(`typing: p50 ${run.typing.p50.toFixed(1)} ms, p95 ${run.typing.p95.toFixed(1)} ms, max ${run.typing.max.toFixed(0)} ms over ${latencies.length} keystrokes`);
    }
    run.peakMb = memoryOf(session.pid)?.peakMb ?? Number.NaN;
    return run;
  } finally {
    await session.close();
  }
}
