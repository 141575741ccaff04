/**
 * When this bundle started to load. The extension imports this module first, so it is evaluated before the language
 * client and everything else: activation time measured from here includes loading the extension's code.
 */
export const loadStart = performance.now();
