/**
 * File URIs as corpus keys. Clients spell one file's URI in different ways (percent-encoding, drive-letter case),
 * and two spellings of one file would make it two sources that agree with each other, so every URI entering the
 * server is respelled here, the way VS Code spells it.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';

const DRIVE_SEGMENT = /^[A-Za-z]%3A$/;

/** Percent-encodes one path segment as VS Code does: everything but letters, digits and - . _ ~. */
function encodeSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The URI of an absolute file path, in the one spelling the server uses. */
export function fileUri(path: string): string {
  const url = pathToFileURL(path);
  const segments = url.pathname.split('/').map((segment) => encodeSegment(decodeURIComponent(segment)));
  // VS Code writes Windows drive letters in lower case ("file:///c%3A/...").
  if (DRIVE_SEGMENT.test(segments[1] ?? '')) segments[1] = segments[1]!.charAt(0).toLowerCase() + segments[1]!.slice(1);
  return `file://${url.host}${segments.join('/')}`;
}

/** The file path of a file URI, or null for other schemes and malformed URIs. */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    // Node rejects an encoded drive colon ("c%3A"), which VS Code sends.
    return fileURLToPath(uri.replace(/^file:\/\/\/([A-Za-z])%3A/i, 'file:///$1:'));
  } catch {
    return null;
  }
}

/** The server's spelling of any URI a client sends: file URIs respelled, others kept as they are. */
export function canonicalUri(uri: string): string {
  const path = uriToPath(uri);
  return path === null ? uri : fileUri(path);
}

/** The last path segment of a URI, decoded, for showing to people. */
export function uriBasename(uri: string): string {
  const segment = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
