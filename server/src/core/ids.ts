/** Stable, unique ids for claims and entities: a readable slug, numbered when it repeats. */

/** A readable id fragment: lower case, diacritics removed, every other run of characters a single dash. */
export function slug(text: string): string {
  const lower = text.toLowerCase();
  // Only text beyond ASCII has diacritics to remove: most names skip the costly normalisation.
  const plain = /^[\x00-\x7f]*$/.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
  return plain.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Hands out ids from readable bases: the first use of a base is the base itself, later ones base-2, base-3… */
export class IdAllocator {
  private readonly used = new Set<string>();
  private readonly nextNumber = new Map<string, number>();

  /** A unique id for this base; amortised constant time however often the base repeats. */
  allocate(base: string): string {
    let id = base;
    let n = this.nextNumber.get(base) ?? 2;
    while (this.used.has(id)) id = `${base}-${n++}`;
    this.nextNumber.set(base, n);
    this.used.add(id);
    return id;
  }
}
