import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { FileStorage } from '../../../modules/file/file-storage.js';
import { StoredFile } from '../../../modules/file/stored-file.entity.js';
import { AssignmentUpdate } from '../../../modules/responsibility/assignment.entity.js';
import { ProgressUpdate } from '../../../modules/task/progress-update.entity.js';

// Illustrative evidence names, in the form units attach them.
const EVIDENCE_NAMES = [
  '党委（党组）会议纪要.pdf',
  '专项治理工作台账.pdf',
  '实地督导检查记录.pdf',
  '问题整改情况报告.pdf',
  '扶贫项目资金公示照片.pdf',
  '约谈记录.pdf',
];

/** A small, valid one-page PDF, so the demo's evidence opens in the browser's viewer. */
function demoPdf(title: string): Buffer {
  const text = `Lvze demo evidence: ${title}`.replace(/[()\\]/g, '');
  const stream = `BT /F1 14 Tf 60 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const offset = body.length;
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** Evidence files on the latest completed assignment updates and a few task updates. */
export async function seedDemoEvidence(manager: EntityManager, storage: FileStorage): Promise<void> {
  const [assignmentUpdates, progressUpdates] = await Promise.all([
    manager.find(AssignmentUpdate, { where: {}, order: { createdAt: 'DESC' }, take: 400 }),
    manager.find(ProgressUpdate, { where: {}, order: { createdAt: 'DESC' }, take: 12 }),
  ]);
  const owners = [
    ...assignmentUpdates
      .filter((u) => u.percent >= 100)
      .slice(0, 30)
      .map((u) => ({ type: 'AssignmentUpdate', id: u.id, authorId: u.authorId, at: u.createdAt })),
    ...progressUpdates.map((u) => ({
      type: 'ProgressUpdate',
      id: u.id,
      authorId: u.authorId,
      at: u.createdAt,
    })),
  ];
  const files: StoredFile[] = [];
  for (const [i, owner] of owners.entries()) {
    const filename = EVIDENCE_NAMES[i % EVIDENCE_NAMES.length];
    const content = demoPdf(filename.replace(/\.pdf$/, `-${i + 1}`));
    const id = randomUUID();
    await storage.put(id, content);
    files.push(
      Object.assign(new StoredFile(), {
        id,
        ownerType: owner.type,
        ownerId: owner.id,
        filename,
        mimeType: 'application/pdf',
        size: content.length,
        storageKey: id,
        uploadedById: owner.authorId,
        createdAt: owner.at,
      }),
    );
  }
  if (files.length) await manager.insert(StoredFile, files);
}
