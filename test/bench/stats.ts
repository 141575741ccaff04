/** Small statistics and file helpers shared by the benchmark's parts. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The p-th percentile (0–100) by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/** Megabytes (10^6 bytes) per second. */
export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

/** Every .txt file under a folder, as absolute paths in sorted order. */
export function listArticles(dir: string): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.txt')) found.push(path);
    }
  };
  walk(dir);
  return found;
}

/** Rounds for display and JSON. */
export function round(value: number, digits = 2): number {
  const factor = Math.pow(10, digits);
  return Math.round(value * factor) / factor;
}

/** CPU time (user + system, all threads) this process has used, in ms. */
export function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/**
 * CPU time in ms from /proc/PID/stat: the process's own (utime + stime), or with `children` its waited-for
 * children's (cutime + cstime). Assumes the usual 100 clock ticks per second; NaN off Linux.
 */
export function procCpuMs(pid: number | 'self', children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    // After the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17 (1-based in proc(5)).
    const ticks = children ? fields[13]! + fields[14]! : fields[11]! + fields[12]!;
    return ticks * 10;
  } catch {
    return Number.NaN;
  }
}
