/** Finding and reading article files on disk: include/exclude globs, binary and encoding checks, symlink loops. */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import picomatch from 'picomatch';

/** A file that could be read as text. */
export interface ReadFile { path: string; text: string }

/** Why a file was skipped, as a one-line message for the user. */
export interface SkippedFile { path: string; reason: string }

/** The largest file analysed, in bytes; bigger files are skipped with a message. */
export const DEFAULT_MAX_FILE_BYTES = 2 * 1024 * 1024;
const BINARY_PROBE = 8192;
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes file bytes as UTF-8 text, or says why it cannot be an article. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { reason: string } {
  const probe = bytes.subarray(0, BINARY_PROBE);
  if (probe.includes(0)) return { reason: 'binary file (contains NUL bytes), skipped' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { reason: 'not valid UTF-8 text, skipped' };
  }
}

/** Reads one file as an article, or says why not. */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_FILE_BYTES): ReadFile | SkippedFile {
  try {
    const size = statSync(path).size;
    if (size > maxBytes) return { path, reason: `larger than ${Math.round(maxBytes / 1024)} KB (${Math.round(size / 1024)} KB), skipped` };
    const decoded = decodeArticle(readFileSync(path));
    return 'text' in decoded ? { path, text: decoded.text } : { path, reason: decoded.reason };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code ?? String(error)})`;
    return { path, reason };
  }
}

/** A matcher for workspace-relative paths from include and exclude globs. */
export function globFilter(include: readonly string[], exclude: readonly string[]): (relativePath: string) => boolean {
  const included = picomatch(include as string[], { dot: false });
  const excluded = picomatch(exclude as string[], { dot: true });
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}

/** Lists the files under a folder that the globs select, following symlinks once and never looping. */
export function listFolder(root: string, accept: (relativePath: string) => boolean, onSkip: (skipped: SkippedFile) => void): string[] {
  const files: string[] = [];
  const visited = new Set<string>();
  const walk = (folder: string) => {
    let real: string;
    try {
      real = realpathSync(folder);
    } catch {
      onSkip({ path: folder, reason: 'cannot resolve folder, skipped' });
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: string[];
    try {
      entries = readdirSync(folder).sort();
    } catch (error) {
      onSkip({ path: folder, reason: `cannot list folder (${(error as NodeJS.ErrnoException).code ?? 'error'}), skipped` });
      return;
    }
    for (const name of entries) {
      if (name === '.git' || name === 'node_modules') continue;
      const path = join(folder, name);
      let isFolder = false;
      try {
        isFolder = statSync(path).isDirectory();
      } catch {
        continue;
      }
      if (isFolder) walk(path);
      else if (accept(relative(root, path).split(sep).join('/'))) files.push(path);
    }
  };
  walk(root);
  return files;
}
