/**
 * Summarises a V8 .cpuprofile (from node --cpu-prof): self and total time per function, mapped through the bundle's
 * source map back to the TypeScript file and line, and self time per source file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

export interface HotFunction { name: string; location: string; selfMs: number; selfPct: number; totalMs: number; totalPct: number }
export interface ProfileSummary { totalMs: number; functions: HotFunction[]; files: Array<{ file: string; selfMs: number; selfPct: number }> }

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (maps.has(url)) return maps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const path = url.startsWith('file:') ? fileURLToPath(url) : url;
    if (existsSync(`${path}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  } catch {
    map = null;
  }
  maps.set(url, map);
  return map;
}

/** Where a frame is in the sources: "server/src/core/claims/group.ts:72" when the bundle has a source map. */
function locate(frame: CallFrame, root: string): { location: string; file: string } {
  if (!frame.url) return { location: `(${frame.functionName || 'native'})`, file: '(native/vm)' };
  const map = sourceMapFor(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource) {
    let source = entry.originalSource;
    try {
      if (source.startsWith('file:')) source = fileURLToPath(source);
    } catch {
      // keep as is
    }
    // Sources in the map are relative to the bundle's folder; make them relative to the project.
    const absolute = source.startsWith('/') ? source : new URL(source, frame.url).pathname;
    const file = relative(root, absolute);
    return { location: `${file}:${(entry.originalLine ?? 0) + 1}`, file };
  }
  const path = frame.url.startsWith('file:') ? fileURLToPath(frame.url) : frame.url;
  const file = path.startsWith('node:') ? path : relative(root, path);
  return { location: `${file}:${frame.lineNumber + 1}`, file };
}

/** Self and total time per function (by name and source location), heaviest self time first. */
export function summariseProfile(profilePath: string, root: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfByNode = new Map<number, number>();
  profile.samples.forEach((id, index) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const totalMs = (profile.endTime - profile.startTime) / 1000;

  const keyOf = new Map<number, { key: string; name: string; location: string; file: string }>();
  for (const node of profile.nodes) {
    const { location, file } = locate(node.callFrame, root);
    const name = node.callFrame.functionName || '(anonymous)';
    keyOf.set(node.id, { key: `${name}@${location}`, name, location, file });
  }
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  for (const [id, ms] of selfByNode) {
    const { key, file } = keyOf.get(id)!;
    self.set(key, (self.get(key) ?? 0) + ms);
    files.set(file, (files.get(file) ?? 0) + ms);
    // Total time: once per function on the sample's stack, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frameKey = keyOf.get(at)!.key;
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      total.set(frameKey, (total.get(frameKey) ?? 0) + ms);
    }
  }
  const info = new Map([...keyOf.values()].map((entry) => [entry.key, entry]));
  const functions = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, ms]) => ({
    name: info.get(key)!.name, location: info.get(key)!.location, selfMs: ms, selfPct: (100 * ms) / totalMs,
    totalMs: total.get(key) ?? ms, totalPct: (100 * (total.get(key) ?? ms)) / totalMs,
  }));
  return {
    totalMs, functions,
    files: [...files.entries()].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([file, ms]) => ({ file, selfMs: ms, selfPct: (100 * ms) / totalMs })),
  };
}

/** The heaviest functions by total (inclusive) time among the project's own sources. */
export function topByTotal(profilePath: string, root: string, prefix: string, top = 15): HotFunction[] {
  const summary = summariseProfile(profilePath, root, 100000);
  return summary.functions.filter((fn) => fn.location.startsWith(prefix)).sort((a, b) => b.totalMs - a.totalMs).slice(0, top);
}

/** A plain-text table of a summary. */
export function formatSummary(title: string, summary: ProfileSummary, byTotal: HotFunction[]): string {
  const lines = [`## ${title} (profile ${(summary.totalMs / 1000).toFixed(1)} s)`, '', 'Top self time:', '  self ms   self%  total%  function  location'];
  for (const fn of summary.functions) {
    lines.push(`  ${fn.selfMs.toFixed(0).padStart(7)}  ${fn.selfPct.toFixed(1).padStart(5)}%  ${fn.totalPct.toFixed(1).padStart(5)}%  ${fn.name}  ${fn.location}`);
  }
  lines.push('', 'Top total (inclusive) time in server/src:', '  total ms  total%  function  location');
  for (const fn of byTotal) lines.push(`  ${fn.totalMs.toFixed(0).padStart(8)}  ${fn.totalPct.toFixed(1).padStart(5)}%  ${fn.name}  ${fn.location}`);
  lines.push('', 'Self time by file:');
  for (const file of summary.files) lines.push(`  ${file.selfMs.toFixed(0).padStart(7)} ms  ${file.selfPct.toFixed(1).padStart(5)}%  ${file.file}`);
  return lines.join('\n');
}
