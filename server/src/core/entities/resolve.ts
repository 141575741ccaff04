/** Cross-document entity resolution: one id per entity from acronyms, long forms, surnames and user aliases. */
import type { EntityKind, EntityMention, NameCandidate } from '../types';
import { placeName } from './gazetteer';
import { initials, nameKey } from './normalise';

/** The per-document input to resolution, in corpus order (oldest first). */
export interface EntitySource { path: string; mentions: readonly EntityMention[]; candidates: readonly NameCandidate[] }

/** One entity of the corpus. */
export interface ResolvedEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  definition: { path: string; start: number; end: number };
  mentions: Array<{ path: string; start: number; end: number; text: string }>;
  sources: number;
}

/** The entity ids of every listed mention of a document, in document order. */
export interface ResolvedMention { start: number; end: number; text: string; kind: EntityKind; id: string }

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Resolves every document's mentions into corpus entities; aliasGroups are the user's extra alias lists. */
export function resolveEntities(sources: readonly EntitySource[], aliasGroups: readonly string[][]): {
  entities: ResolvedEntity[];
  byDocument: Map<string, ResolvedMention[]>;
} {
  const sets = new UnionFind();
  const longForms = new Map<string, Set<string>>();
  const personKeys = new Set<string>();
  for (const source of sources) {
    for (const mention of source.mentions) {
      sets.find(mention.key);
      if (mention.acronym) sets.union(mention.key, `acronym:${mention.acronym}`);
      if ((mention.kind === 'organization' || mention.kind === 'initiative') && !mention.acronym && !mention.key.startsWith('acronym:')) {
        const letters = initials(mention.text);
        if (letters.length >= 2) (longForms.get(letters) ?? longForms.set(letters, new Set()).get(letters)!).add(mention.key);
      }
      if (mention.kind === 'person') personKeys.add(mention.key);
    }
  }
  for (const source of sources) {
    for (const mention of source.mentions) {
      if (!mention.key.startsWith('acronym:') || mention.acronym) continue;
      const matches = longForms.get(mention.key.slice('acronym:'.length));
      if (matches && matches.size === 1) sets.union([...matches][0]!, mention.key);
    }
  }
  for (const group of aliasGroups) {
    const keys = group.flatMap((name) => [`acronym:${name}`, `org:${nameKey(name, false)}`, `initiative:${nameKey(name, true)}`, `person:${name.toLowerCase()}`]);
    const present = keys.filter((key) => seen(sources, key));
    for (const key of present.slice(1)) sets.union(present[0]!, key);
  }

  const surnames = new Map<string, string[]>();
  for (const key of personKeys) {
    const words = key.slice('person:'.length).split(' ');
    const surname = words[words.length - 1]!;
    surnames.set(surname, [...(surnames.get(surname) ?? []), key]);
  }
  const candidateKey = (candidate: NameCandidate): string | null => {
    const name = candidate.key.replace(/^(titled|name):/, '');
    if (personKeys.has(`person:${name}`)) return `person:${name}`;
    const matches = surnames.get(name);
    return matches && matches.length === 1 ? matches[0]! : null;
  };

  interface Group { mentions: Array<{ path: string; mention: Pick<EntityMention, 'start' | 'end' | 'text' | 'kind' | 'defining' | 'longForm' | 'acronym'> }> }
  const groups = new Map<string, Group>();
  const byDocument = new Map<string, ResolvedMention[]>();
  const pending: Array<{ path: string; root: string; mention: Pick<EntityMention, 'start' | 'end' | 'text' | 'kind'> }> = [];
  for (const source of sources) {
    const listed: Array<{ root: string; mention: Pick<EntityMention, 'start' | 'end' | 'text' | 'kind' | 'defining' | 'longForm' | 'acronym'> }> = [];
    for (const mention of source.mentions) if (!mention.nested) listed.push({ root: sets.find(mention.key), mention });
    for (const candidate of source.candidates) {
      const key = candidateKey(candidate);
      if (key) listed.push({ root: sets.find(key), mention: { start: candidate.start, end: candidate.end, text: candidate.text, kind: 'person', defining: false, longForm: null, acronym: null } });
    }
    listed.sort((a, b) => a.mention.start - b.mention.start);
    for (const item of listed) {
      const group = groups.get(item.root) ?? groups.set(item.root, { mentions: [] }).get(item.root)!;
      group.mentions.push({ path: source.path, mention: item.mention });
      pending.push({ path: source.path, root: item.root, mention: item.mention });
    }
  }

  const entities: ResolvedEntity[] = [];
  const idOfRoot = new Map<string, string>();
  const usedIds = new Set<string>();
  for (const [root, group] of groups) {
    const kindCounts = new Map<EntityKind, number>();
    for (const { mention } of group.mentions) {
      const weight = /^[A-Z]+s?$/.test(mention.text) ? 0.5 : 1;
      kindCounts.set(mention.kind, (kindCounts.get(mention.kind) ?? 0) + weight);
    }
    const kind = [...kindCounts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const definition = group.mentions.find(({ mention }) => mention.defining && !(mention.acronym && mention.text === mention.acronym)) ?? group.mentions[0]!;
    const name = kind === 'place' ? placeName(root) : longestName(group.mentions.map(({ mention }) => mention.longForm ?? mention.text));
    let id = `${kind}:${slug(name) || slug(root)}`;
    for (let n = 2; usedIds.has(id); n++) id = `${kind}:${slug(name)}-${n}`;
    usedIds.add(id);
    idOfRoot.set(root, id);
    entities.push({
      id, kind, name,
      aliases: [...new Set(group.mentions.map(({ mention }) => mention.text.replace(/\s+/g, ' ')))].sort(),
      definition: { path: definition.path, start: definition.mention.start, end: definition.mention.end },
      mentions: group.mentions.map(({ path, mention }) => ({ path, start: mention.start, end: mention.end, text: mention.text })),
      sources: new Set(group.mentions.map(({ path }) => path)).size,
    });
  }
  for (const { path, root, mention } of pending) {
    const list = byDocument.get(path) ?? byDocument.set(path, []).get(path)!;
    list.push({ start: mention.start, end: mention.end, text: mention.text, kind: mention.kind, id: idOfRoot.get(root)! });
  }
  entities.sort((a, b) => a.id.localeCompare(b.id));
  return { entities, byDocument };
}

function seen(sources: readonly EntitySource[], key: string): boolean {
  return sources.some((source) => source.mentions.some((mention) => mention.key === key || (mention.acronym !== null && `acronym:${mention.acronym}` === key)));
}

function longestName(names: readonly string[]): string {
  return names.reduce((best, name) => (name.length > best.length ? name : best), '').replace(/\s+/g, ' ');
}
