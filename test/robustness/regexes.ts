/** Finds every regular-expression literal (and `new RegExp(...)` call) in source files, for the backtracking review. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One regular expression written in a source file. */
export interface RegexLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/** Lists the .ts files under a folder. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Scans TypeScript source for regular-expression literals. A small lexer: it skips strings, template literals and
 * comments, and decides between division and a regex by the previous significant token, which is enough for this
 * code base's style. `new RegExp(` calls are reported with source "<dynamic>" so a reviewer sees them.
 */
export function regexLiterals(code: string, file: string): RegexLiteral[] {
  const found: RegexLiteral[] = [];
  let i = 0;
  let line = 1;
  let previous = '';
  const length = code.length;
  const lineAt = (index: number) => {
    let count = line;
    for (let k = i; k < index; k++) if (code[k] === '\n') count++;
    return count;
  };
  const advanceTo = (index: number) => {
    line = lineAt(index);
    i = index;
  };
  while (i < length) {
    const ch = code[i]!;
    if (ch === '\n') {
      line++;
      i++;
      continue;
    }
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      advanceTo(end < 0 ? length : end);
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      advanceTo(end < 0 ? length : end + 2);
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      let k = i + 1;
      while (k < length && code[k] !== ch) {
        if (code[k] === '\\') k++;
        else if (ch === '`' && code[k] === '$' && code[k + 1] === '{') {
          // Template expressions in this code base hold no regex literals; skip to the matching brace.
          let depth = 0;
          for (; k < length; k++) {
            if (code[k] === '{') depth++;
            else if (code[k] === '}' && --depth === 0) break;
          }
        }
        k++;
      }
      advanceTo(k + 1);
      previous = 'string';
      continue;
    }
    if (ch === '/') {
      const regexAllowed = previous === '' || /^[(,=:[!&|?{};+\-*%<>~^]$/.test(previous) || previous === '=>' || REGEX_AFTER_WORDS.has(previous);
      if (regexAllowed) {
        let k = i + 1;
        let inClass = false;
        while (k < length && code[k] !== '\n') {
          const c = code[k]!;
          if (c === '\\') k++;
          else if (c === '[') inClass = true;
          else if (c === ']') inClass = false;
          else if (c === '/' && !inClass) break;
          k++;
        }
        const source = code.slice(i + 1, k);
        let f = k + 1;
        while (f < length && /[a-z]/.test(code[f]!)) f++;
        found.push({ file, line, source, flags: code.slice(k + 1, f) });
        advanceTo(f);
        previous = 'regex';
        continue;
      }
      i++;
      previous = '/';
      continue;
    }
    const word = /^[A-Za-z_$][\w$]*/.exec(code.slice(i, i + 64));
    if (word) {
      if (word[0] === 'RegExp' && previous === 'new') found.push({ file, line, source: '<dynamic>', flags: '' });
      previous = word[0];
      i += word[0].length;
      continue;
    }
    if (code.startsWith('=>', i)) {
      previous = '=>';
      i += 2;
      continue;
    }
    previous = ch;
    i++;
  }
  return found;
}

/** Every regex literal in the .ts files under the given folders, with paths relative to `root`. */
export function regexInventory(root: string, folders: readonly string[]): RegexLiteral[] {
  return folders.flatMap((folder) => sourceFiles(join(root, folder)).flatMap((path) => regexLiterals(readFileSync(path, 'utf8'), relative(root, path).split('\\').join('/'))));
}
