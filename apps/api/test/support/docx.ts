import { inflateRawSync } from 'node:zlib';

// Reads one entry of a .docx (a zip) without a zip library: the central directory at the end of
// the file lists each entry's offset, and entries are stored or deflated.

function entry(zip: Buffer, name: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a zip file');
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    }
    at += 46 + nameLength + extra;
  }
  throw new Error(`${name} is not in the zip file`);
}

/** word/document.xml of a .docx, as XML text. */
export const documentXml = (docx: Buffer) => entry(docx, 'word/document.xml').toString('utf8');

/** The visible text of a .docx body: the w:t runs joined, so phrases split across runs still match. */
export const documentText = (docx: Buffer) =>
  [...documentXml(docx).matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
