import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FileService } from '../src/modules/file/file.service.js';
import { StoredFile } from '../src/modules/file/stored-file.entity.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);

interface Uploaded {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
}

describe('evidence files', () => {
  let app: TestApp;
  let staff: string;

  beforeAll(async () => {
    app = await startTestApp({ env: { UPLOAD_MAX_MB: '1' } });
    staff = await app.login('staff');
  });
  afterAll(() => app.close());

  const upload = (name: string, body: Buffer, token?: string) =>
    fetch(`${app.server.url}/api/files`, {
      method: 'POST',
      headers: {
        'content-type': 'application/octet-stream',
        'x-file-name': encodeURIComponent(name),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body,
    });

  it('ships demo evidence that opens as PDF', async () => {
    const files = await app.server.dataSource
      .getRepository(StoredFile)
      .findBy({ ownerType: 'AssignmentUpdate' });
    expect(files.length).toBeGreaterThan(10);
    const { content } = await app.server.app.get(FileService).read(files[0].id);
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('stores an accepted file for a signed-in reporter or staff member', async () => {
    const response = await upload('督导记录.pdf', PDF, staff);
    expect(response.status).toBe(201);
    await expect(response.json()).resolves.toMatchObject({
      filename: '督导记录.pdf',
      mimeType: 'application/pdf',
      size: PDF.length,
    });
  });

  it('refuses uploads without sign-in, from roles that file nothing, over the limit, or of the wrong type', async () => {
    expect((await upload('a.pdf', PDF)).status).toBe(401);
    expect((await upload('a.pdf', PDF, await app.login('leader'))).status).toBe(403);

    const tooBig = await upload('大文件.pdf', Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]), staff);
    expect(tooBig.status).toBe(400);
    const tooBigBody = (await tooBig.json()) as {
      code: string;
      field: string;
      message: string;
      messageZh: string;
    };
    expect(tooBigBody).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    expect(tooBigBody.message).toMatch(/limit is 1 MB/);
    expect(tooBigBody.messageZh).toContain('超过 1 MB 的上限');

    const script = await upload('evil.exe', Buffer.from('MZ executable'), staff);
    expect(script.status).toBe(400);
    // A name that lies about the content is refused too.
    const disguised = await upload('photo.png', Buffer.from('<html><script>alert(1)</script>'), staff);
    expect(disguised.status).toBe(400);
    await expect(disguised.json()).resolves.toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
  });

  it('attaches files to a progress update and serves them only through a signed link', async () => {
    const ziyuan = await app.login('ziyuan');
    const { tasks } = await app.ok<{ tasks: { id: string; target: number | null }[] }>(
      '{ tasks { id target } }',
      {},
      ziyuan,
    );
    const task = tasks.find((t) => t.target === null)!;
    const uploaded = (await (await upload('现场照片.pdf', PDF, ziyuan)).json()) as Uploaded;

    const submit = `mutation ($input: SubmitProgressInput!) {
      submitProgress(input: $input) { id attachments { id filename url previewable } }
    }`;
    const { submitProgress } = await app.ok<{
      submitProgress: { attachments: { id: string; url: string; previewable: boolean }[] };
    }>(
      submit,
      { input: { taskId: task.id, percent: 90, summary: '附现场照片', attachmentIds: [uploaded.id] } },
      ziyuan,
    );
    const [attachment] = submitProgress.attachments;
    expect(attachment).toMatchObject({ id: uploaded.id, previewable: true });

    const download = await fetch(`${app.server.url}${attachment.url}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);

    expect((await fetch(`${app.server.url}/api/files/${uploaded.id}`)).status).toBe(403);
    expect((await fetch(`${app.server.url}/api/files/${uploaded.id}?token=forged`)).status).toBe(403);

    // The same upload cannot be attached twice, nor by someone else.
    const again = await app.errorOf(
      submit,
      { input: { taskId: task.id, percent: 91, summary: '重复附件', attachmentIds: [uploaded.id] } },
      staff,
    );
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachmentIds' });
  });

  it('does not hand a link to a reporter of another unit', async () => {
    const lingui = await app.login('lingui');
    const ziyuan = await app.login('ziyuan');
    const { tasks } = await app.ok<{ tasks: { id: string }[] }>('{ tasks { id } }', {}, ziyuan);
    const { tasks: theirs } = await app.ok<{ tasks: { id: string }[] }>('{ tasks { id } }', {}, lingui);
    const foreign = tasks.find((t) => !theirs.some((o) => o.id === t.id))!;
    const error = await app.errorOf(
      'query ($id: ID!) { task(id: $id) { updates { attachments { url } } } }',
      { id: foreign.id },
      lingui,
    );
    expect(error.extensions.code).toBe('FORBIDDEN');
  });
});
