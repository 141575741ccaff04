// Types of scripts/vscode-web.mjs for the TypeScript tests. Playwright's own types live in the cache, which tsc must
// not depend on, so the few parts of its API the tests use are declared here.

/** The subset of Playwright's Page the tests use. */
export interface Page {
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { state?: 'attached' | 'detached' | 'visible' | 'hidden'; timeout?: number }): Promise<unknown>;
  evaluate<R, A>(pageFunction: (argument: A) => R | Promise<R>, argument: A): Promise<R>;
  locator(selector: string): { fill(value: string): Promise<void>; click(): Promise<void>; first(): { click(): Promise<void>; isVisible(): Promise<boolean> } };
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; click(x: number, y: number): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  screenshot(options: { path: string }): Promise<unknown>;
}

/** The subset of Playwright's Browser the tests use. */
export interface Browser {
  newPage(options?: { viewport?: { width: number; height: number } }): Promise<Page>;
  close(): Promise<void>;
}

/** A running code-server. */
export interface CodeServer {
  url: string;
  port: number;
  /** Its output, for diagnosing a failed run. */
  logFile: string;
  /** Stops its whole process group, and removes its state folder when startCodeServer made a temporary one. */
  stop(): Promise<void>;
}

/** The project root. */
export const PROJECT_ROOT: string;
/** Where scripts/setup-vscode-web.sh installs Node 24, code-server and playwright-core. */
export const VSCODE_WEB_CACHE: string;
/** How to install what `missingPrerequisites` reports. */
export const INSTALL_HINT: string;
/** What is missing to run real VS Code here, one line each; empty when everything is installed. */
export function missingPrerequisites(options?: { browser?: boolean }): string[];
/** Starts code-server on a free loopback port in its own process group; resolves once it answers. */
export function startCodeServer(options?: {
  folder?: string; stateDir?: string; userDataDir?: string; extensionsDir?: string; smokeTestDriver?: boolean;
}): Promise<CodeServer>;
/** The workbench URL for `folder`, with the extension development and test paths the smoke-test driver honours. */
export function workbenchUrl(server: CodeServer, folder: string, payload?: { extensionDevelopmentPath?: string; extensionTestsPath?: string }): string;
/** Headless Debian Chromium through the cached playwright-core. */
export function launchChromium(): Promise<Browser>;
