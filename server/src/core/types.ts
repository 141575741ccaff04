/** The plain data the core produces: figures, entities, claims and findings. */

export type { Span } from './text';

/** What a figure measures. */
export type FigureKind = 'money' | 'quantity' | 'percent' | 'duration' | 'date' | 'ordinal';

/** How a qualifier bends a value into an interval. */
export type QualifierClass = 'approximate' | 'nearly' | 'at-least' | 'at-most' | 'below';

/** How a money figure was written, so a replacement value can be written the same way. */
export interface FigureStyle {
  prefix: string;
  suffix: string;
  scale: number;
  indianGrouping: boolean;
}

/** One recognised figure in a document. Offsets are UTF-16 code units into the original text. */
export interface Figure {
  start: number;
  end: number;
  text: string;
  kind: FigureKind;
  value: number;
  unit: string;
  low: number;
  high: number;
  qualifier: string | null;
  qualifierClass: QualifierClass | null;
  noun: string | null;
  /** For durations introduced by "the next"/"the last"...: whether the period looks forward or back. */
  direction: 'future' | 'past' | null;
  /** For dates: ISO form (YYYY, YYYY-MM or YYYY-MM-DD, or FYyyyy). */
  iso: string | null;
  /** Where the number itself sits inside the figure, for rewriting. */
  numberStart: number;
  numberEnd: number;
  style: FigureStyle | null;
}

/** The kinds of entity the core recognises. */
export type EntityKind = 'person' | 'organization' | 'place' | 'initiative';

/** One mention of an entity in a document. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  kind: EntityKind;
  /** The key that mentions of the same entity share within the corpus (before cross-document resolution). */
  key: string;
  /** For an acronym definition: the acronym and the long form it stands for. */
  acronym: string | null;
  longForm: string | null;
  /** True when this mention introduces the entity (full name with acronym, or a titled person's full name). */
  defining: boolean;
  /** True for a place inside a longer name ("India" in "India-Japan Partnership"): context for claims, not listed. */
  nested: boolean;
}

/** A capitalised name the document alone cannot classify; the corpus links it to a person seen elsewhere. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  key: string;
  /** True when the name opens a line or sentence, where any word is capitalised. */
  initial: boolean;
  /** True when "the" comes straight before the name ("the Green Left"): a body, not a person. */
  afterThe: boolean;
}
