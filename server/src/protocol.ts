/** Crosscheck's own requests and notifications between the language server and the VS Code client. */

/** The workspace at a glance, for the status bar. */
export interface WorkspaceSummary { sources: number; conflicts: number; claims: number; findings: number; indexing: boolean }

/** One source's statement of a claim, for the Claims view. */
export interface ClaimViewMention { uri: string; line: number; character: number; text: string; value: string; agreesWithConsensus: boolean | null }

/** One claim, for the Claims view. */
export interface ClaimViewItem { id: string; label: string; status: 'agree' | 'conflict' | 'single'; reviewed: boolean; mentions: ClaimViewMention[] }

/** Request `crosscheck/summary`: no params; answers WorkspaceSummary. */
export const SUMMARY_REQUEST = 'crosscheck/summary';

/** Notification `crosscheck/summaryChanged` from the server whenever the summary changes; params WorkspaceSummary. */
export const SUMMARY_CHANGED_NOTIFICATION = 'crosscheck/summaryChanged';

/** Request `crosscheck/claims`: params { includeSingle: boolean }; answers ClaimViewItem[] (conflicts first). */
export const CLAIMS_REQUEST = 'crosscheck/claims';

/** Request `crosscheck/report`: params { format: 'markdown' | 'csv' }; answers the report text. */
export const REPORT_REQUEST = 'crosscheck/report';

/** Request `crosscheck/reindex`: no params; rescans the workspace and answers when done. */
export const REINDEX_REQUEST = 'crosscheck/reindex';

/** The server process at a glance, for tests and troubleshooting. */
export interface ServerInfo {
  /** The server's process id. */
  pid: number;
  /** Bytes of JavaScript heap in use, measured after a full collection when the server runs with --expose-gc. */
  heapUsed: number;
  /** The documents in the corpus. */
  documents: number;
  /** The document analyses held: one per distinct text, however many edits came before. */
  analyses: number;
  /** Whether the client said the workspace is trusted. */
  trusted: boolean;
}

/** Request `crosscheck/serverInfo`: no params; answers ServerInfo. */
export const SERVER_INFO_REQUEST = 'crosscheck/serverInfo';
