/** The order results are listed in. */

/** Compares two strings as String#localeCompare does, through one collator instead of one per call (many times faster). */
export const compareText = new Intl.Collator().compare;
