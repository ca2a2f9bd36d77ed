import { describe, expect, it, vi } from 'vitest';
import {
  base64ToBlob,
  blobToBase64,
  fileExtension,
  formatFileSize,
  saveBase64File,
  storedFileLink,
} from './file-transfer';

describe('file transfer helpers', () => {
  it('round-trips bytes through base64, including a large file', async () => {
    const bytes = new Uint8Array(40_000).map((_, i) => (i * 7) % 256);
    const encoded = await blobToBase64(new Blob([bytes]));
    const decoded = new Uint8Array(await base64ToBlob(encoded, 'application/octet-stream').arrayBuffer());
    expect(decoded).toEqual(bytes);
  });

  it('keeps the mime type on the blob', () => {
    expect(base64ToBlob('UEsD', 'application/zip').type).toBe('application/zip');
  });

  it('saves under the server file name', () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:ledger');
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ download: this.download, href: this.href });
    });
    saveBase64File({ filename: '挂图作战台账.xlsx', mimeType: 'application/zip', contentBase64: 'UEsD' });
    expect(clicked).toEqual([{ download: '挂图作战台账.xlsx', href: 'blob:ledger' }]);
    expect(document.querySelector('a[download]')).toBeNull();
    created.mockRestore();
    click.mockRestore();
  });

  it.each([
    ['报告.PDF', 'pdf'],
    ['a.b.docx', 'docx'],
    ['noext', ''],
    ['.hidden/dir', ''],
  ])('extension of %s is %j', (name, ext) => {
    expect(fileExtension(name)).toBe(ext);
  });

  it('formats sizes for people', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(1536)).toBe('1.5 KB');
    expect(formatFileSize(20 * 1024 * 1024)).toBe('20 MB');
  });

  it('opens previewable evidence in a new tab and downloads the rest', () => {
    expect(storedFileLink({ url: '/api/files/f1?token=abc', previewable: true })).toEqual({
      href: '/api/files/f1?token=abc',
      target: '_blank',
      download: false,
    });
    expect(storedFileLink({ url: '/api/files/f2?token=abc', previewable: false })).toEqual({
      href: '/api/files/f2?token=abc&download',
      target: undefined,
      download: true,
    });
  });
});
