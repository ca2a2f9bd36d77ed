/** Evidence may be PDF, images or office documents; checked by extension and by content. */
interface AllowedType {
  extensions: string[];
  mimeType: string;
  /** Leading bytes the content must start with. */
  magic: number[][];
  previewable: boolean;
}

const ZIP = [[0x50, 0x4b, 0x03, 0x04]];
const OLE = [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]];

const ALLOWED: AllowedType[] = [
  { extensions: ['pdf'], mimeType: 'application/pdf', magic: [[0x25, 0x50, 0x44, 0x46]], previewable: true },
  { extensions: ['png'], mimeType: 'image/png', magic: [[0x89, 0x50, 0x4e, 0x47]], previewable: true },
  { extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg', magic: [[0xff, 0xd8, 0xff]], previewable: true },
  { extensions: ['gif'], mimeType: 'image/gif', magic: [[0x47, 0x49, 0x46, 0x38]], previewable: true },
  { extensions: ['webp'], mimeType: 'image/webp', magic: [[0x52, 0x49, 0x46, 0x46]], previewable: true },
  {
    extensions: ['docx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: ZIP,
    previewable: false,
  },
  {
    extensions: ['xlsx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: ZIP,
    previewable: false,
  },
  {
    extensions: ['pptx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    magic: ZIP,
    previewable: false,
  },
  { extensions: ['doc'], mimeType: 'application/msword', magic: OLE, previewable: false },
  { extensions: ['xls'], mimeType: 'application/vnd.ms-excel', magic: OLE, previewable: false },
  { extensions: ['ppt'], mimeType: 'application/vnd.ms-powerpoint', magic: OLE, previewable: false },
];

export const ALLOWED_EXTENSIONS = ALLOWED.flatMap((t) => t.extensions);

/** The file's type when its name and content agree on an allowed type, else null. */
export function detectFileType(
  filename: string,
  content: Buffer,
): { mimeType: string; previewable: boolean } | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  const type = ALLOWED.find((t) => extension && t.extensions.includes(extension));
  if (!type) return null;
  const matches = type.magic.some((magic) => magic.every((byte, i) => content[i] === byte));
  return matches ? { mimeType: type.mimeType, previewable: type.previewable } : null;
}

export function isPreviewable(mimeType: string): boolean {
  return ALLOWED.some((t) => t.mimeType === mimeType && t.previewable);
}
