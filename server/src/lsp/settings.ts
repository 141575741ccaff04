/** The editor settings of the `crosscheck` section: inlay hints on or off, and the largest file analysed. */

/** The configuration section the server reads from the client. */
export const SETTINGS_SECTION = 'crosscheck';

/** The settings the server uses, with every value checked. */
export interface ClientSettings {
  readonly inlayHintsEnabled: boolean;
  readonly maxFileSizeKB: number;
}

/** The settings in force until the client says otherwise; the same defaults the extension contributes. */
export const DEFAULT_SETTINGS: ClientSettings = { inlayHintsEnabled: true, maxFileSizeKB: 2048 };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the `crosscheck` section as a client sends it: nested (`{inlayHints: {enabled}}`, as VS Code does) or with
 * dotted keys (`{"inlayHints.enabled": …}`, as hand-written client configurations often are). Anything missing or
 * of the wrong type keeps its default.
 */
export function parseSettings(section: unknown): ClientSettings {
  if (!isRecord(section)) return DEFAULT_SETTINGS;
  const inlayHints = isRecord(section.inlayHints) ? section.inlayHints.enabled : section['inlayHints.enabled'];
  const maxFileSizeKB = section.maxFileSizeKB;
  return {
    inlayHintsEnabled: typeof inlayHints === 'boolean' ? inlayHints : DEFAULT_SETTINGS.inlayHintsEnabled,
    maxFileSizeKB: typeof maxFileSizeKB === 'number' && Number.isFinite(maxFileSizeKB) && maxFileSizeKB > 0 ? maxFileSizeKB : DEFAULT_SETTINGS.maxFileSizeKB,
  };
}
