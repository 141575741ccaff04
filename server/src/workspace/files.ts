/** Finding and reading article files on disk: include/exclude globs, binary and encoding checks, symlink loops. */
import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
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

/** Decodes file bytes as UTF-8 text (or UTF-16 with a byte-order mark), or says why it cannot be an article. */
export function decodeArticle(bytes: Uint8Array): { text: string } | { reason: string } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes) };
    } catch {
      return { reason: `not valid ${utf16.toUpperCase()} text, skipped` };
    }
  }
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
  let descriptor: number | null = null;
  try {
    // Opened without blocking and checked on the open descriptor, so a pipe or device never stalls the read.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { path, reason: 'not a regular file (a pipe, device or socket), skipped' };
    if (stats.size > maxBytes) return { path, reason: `larger than the ${Math.round(maxBytes / 1024)} KB limit (${describeSize(stats.size)}), skipped` };
    const bytes = Buffer.alloc(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(descriptor, bytes, filled, bytes.length - filled, filled);
      if (read === 0) break;
      filled += read;
    }
    const decoded = decodeArticle(bytes.subarray(0, filled));
    return 'text' in decoded ? { path, text: decoded.text } : { path, reason: decoded.reason };
  } catch (error) {
    return { path, reason: describeError(error) };
  } finally {
    if (descriptor !== null) closeSync(descriptor);
  }
}

/** A file size for messages: bytes, KB or MB with one decimal. */
function describeSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A one-line reason for a failed file-system call. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'symbolic link loop, skipped';
    default: return `cannot read (${code ?? String(error)})`;
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
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        onSkip({ path, reason: code === 'ENOENT' ? 'broken symbolic link, skipped' : describeError(error) });
        continue;
      }
      if (isFolder) walk(path);
      else if (accept(relative(root, path).split(sep).join('/'))) files.push(path);
    }
  };
  walk(root);
  return files;
}
