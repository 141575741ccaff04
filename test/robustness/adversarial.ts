/** The fixed hostile corpus (test/fixtures/robustness/adversarial.json) and the regression fixtures, built into texts. */
import { readdirSync, readFileSync } from 'node:fs';
import { projectPath } from '../support/paths';

type Part =
  | { text: string }
  | { repeat: string; times: number }
  | { fill: string; length: number }
  | { article: string; transform?: string }
  | { articles: 'seeds'; transform?: string; length: number };

interface AdversarialEntry { name: string; parts: Part[] }

/** Fills `length` code units with repetitions of `unit`. */
export function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const SCRIPTS = ['日本', 'भारत', 'Россия', 'Ελλάδα', '한국', 'ישראל', 'مصر', 'ไทย', '中国'];
const EMOJI = ['😀', '👨‍👩‍👧', '🇯🇵', '👍🏽', '💰', '🏳️‍🌈'];

/** Rewrites an article into a hostile variant; every transform keeps the figures recognisable to a human. */
export function transform(text: string, name: string | undefined): string {
  switch (name) {
    case undefined: return text;
    case 'one-line': return text.replace(/\s*\n\s*/g, ' ');
    case 'nul-spaces': return text.replace(/ /g, '\0');
    case 'lone-surrogates': return text.replace(/ /g, (_, offset: number) => (offset % 3 === 0 ? ' \ud800' : offset % 3 === 1 ? '\udc00 ' : ' '));
    case 'bom': return `\ufeff${text}`;
    case 'bom-everywhere': return text.replace(/\n/g, '\n\ufeff').replace(/ /g, ' \ufeff');
    case 'crlf': return text.replace(/\r?\n/g, '\r\n');
    case 'cr': return text.replace(/\r?\n/g, '\r');
    case 'unicode-lines': return text.replace(/\r?\n\r?\n/g, '\u2029').replace(/\r?\n/g, '\u2028');
    case 'rtl': return text.split('\n').map((line, index) => (index % 2 ? `\u202b${line}\u202c` : `\u200f${line.replace(/(\d+)/g, '\u202e$1\u202c')}`)).join('\n');
    case 'zero-width': return [...text].join('\u200b').replace(/\n\u200b/g, '\n');
    case 'emoji': return text.split(' ').map((word, index) => (index % 4 === 0 ? `${word} ${EMOJI[index % EMOJI.length]}` : word)).join(' ');
    case 'combining': return text.replace(/\p{L}/gu, (letter) => `${letter}\u0301`);
    case 'full-width': return text.replace(/[0-9$%,.]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x21 + 0xff01));
    case 'mixed-scripts': return text.split(' ').map((word, index) => (index % 5 === 2 ? SCRIPTS[index % SCRIPTS.length]! : word)).join(' ');
    default: throw new Error(`unknown transform ${name}`);
  }
}

function seedTexts(): string[] {
  const folder = projectPath('seeds');
  return readdirSync(folder).sort().map((name) => readFileSync(`${folder}/${name}`, 'utf8'));
}

function build(parts: readonly Part[]): string {
  return parts.map((part) => {
    if ('text' in part) return part.text;
    if ('repeat' in part) return part.repeat.repeat(part.times);
    if ('fill' in part) return fill(part.fill, part.length);
    if ('article' in part) return transform(readFileSync(projectPath(part.article), 'utf8'), part.transform);
    return fill(transform(seedTexts().join('\n\n'), part.transform), part.length);
  }).join('');
}

/** The names of the fixed hostile inputs. */
export function adversarialNames(): string[] {
  return (JSON.parse(readFileSync(projectPath('test/fixtures/robustness/adversarial.json'), 'utf8')) as { inputs: AdversarialEntry[] }).inputs.map((entry) => entry.name);
}

/** One fixed hostile input's text. */
export function adversarialText(name: string): string {
  const entries = (JSON.parse(readFileSync(projectPath('test/fixtures/robustness/adversarial.json'), 'utf8')) as { inputs: AdversarialEntry[] }).inputs;
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no adversarial input named ${name}`);
  return build(entry.parts);
}

/** A regression fixture: a core bug found by these tests, named after what broke. */
export interface Regression {
  name: string;
  bug: string;
  where: string;
  fix: string;
  /** Present while the core fix is pending: the test is reported as todo. */
  todo?: string;
  check: 'no-throw' | 'linear' | 'corpus-consistent';
  /** How a crash caused by this bug looks, so fuzzing can tell it from a new one. */
  signature?: { frame: string; message: string };
  /** A regular expression matching the broken-invariant message this bug causes, for the same purpose. */
  problem?: string;
  inputs?: string[];
  target?: 'analyze' | 'corpus';
  unit?: string;
  template?: { prefix: string; unit: string; suffix: string };
  regex?: string;
  documents?: Record<string, string>;
}

let loaded: Regression[] | null = null;

/** Every regression fixture, by file name. */
export function regressions(): Regression[] {
  const folder = projectPath('test/fixtures/robustness/regressions');
  return loaded ??= readdirSync(folder).filter((name) => name.endsWith('.json')).sort()
    .map((name) => ({ ...(JSON.parse(readFileSync(`${folder}/${name}`, 'utf8')) as Omit<Regression, 'name'>), name: name.replace(/\.json$/, '') }));
}

/** The name of the pending regression a thrown error belongs to, if any. */
export function knownCrash(error: unknown): string | null {
  const stack = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
  const frames = stack.split('\n').filter((line) => line.trim().startsWith('at '));
  for (const regression of regressions()) {
    if (!regression.todo || !regression.signature) continue;
    const { frame, message } = regression.signature;
    if (stack.includes(message) && frames[0]?.includes(`at ${frame} `)) return regression.name;
  }
  return null;
}

/** The name of the pending regression a broken-invariant message belongs to, if any. */
export function knownProblem(problem: string): string | null {
  for (const regression of regressions()) {
    if (regression.todo && regression.problem && new RegExp(regression.problem).test(problem)) return regression.name;
  }
  return null;
}
