// Files that travel inside GraphQL (ledgers, templates, imports) are base64 strings; these helpers
// turn them into something the browser can save, and a picked file into such a string.

export interface Base64File {
  filename: string;
  mimeType: string;
  contentBase64: string;
}

export function base64ToBlob(base64: string, mimeType: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mimeType });
}

// Saves with the server's file name (it carries the campaign and the time of export).
export function saveBase64File(file: Base64File, doc: Document = document): void {
  const url = URL.createObjectURL(base64ToBlob(file.contentBase64, file.mimeType));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const CHUNK = 0x8000;

export async function blobToBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the call stack on a few hundred kilobytes.
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

export function fileExtension(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name.trim());
  return match ? match[1].toLowerCase() : '';
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round((bytes / 1024) * 10) / 10} KB`;
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

// A stored file as a list shows it (attachment-list.vue).
export interface ListedFile {
  id: string;
  filename: string;
  size?: number;
  // Absent when the server did not hand out the file (only its id is known): shown, not openable.
  url?: string;
  previewable?: boolean;
}

export interface StoredFileLink {
  href: string;
  // A new tab for what the browser shows itself (PDF, images); office documents just download.
  target: '_blank' | undefined;
  download: boolean;
}

// StoredFile.url is a signed link valid for 30 minutes; `&download` makes the server send it as an
// attachment instead of inline.
export function storedFileLink(file: { url: string; previewable: boolean }): StoredFileLink {
  if (file.previewable) return { href: file.url, target: '_blank', download: false };
  const separator = file.url.includes('?') ? '&' : '?';
  return { href: `${file.url}${separator}download`, target: undefined, download: true };
}
