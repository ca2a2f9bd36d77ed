import { Field, ObjectType } from '@nestjs/graphql';
import { badInput } from '../errors/domain-error.js';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A generated file a service hands over; resolvers turn it into a FileDownload. */
export interface GeneratedFile {
  filename: string;
  content: Buffer;
}

// Files travel inside the GraphQL response as base64: they are small (ledgers, templates, reports)
// and this keeps one authenticated endpoint instead of a second download route.
@ObjectType('FileDownload', { description: 'A generated file, delivered inline as base64.' })
export class FileDownloadModel {
  @Field({ description: 'Suggested file name, e.g. 2026年…挂图作战台账-20261125-1000.xlsx.' })
  filename: string;

  @Field({ description: 'MIME type of the content.' })
  mimeType: string;

  @Field({ description: 'The file’s bytes, base64-encoded.' })
  contentBase64: string;
}

export function toFileDownload(file: GeneratedFile, mimeType: string): FileDownloadModel {
  return { filename: file.filename, mimeType, contentBase64: file.content.toString('base64') };
}

/**
 * Decodes an upload sent as base64 (a data: URL prefix is allowed). Strict, because Buffer.from
 * silently skips invalid characters; sizes are checked before decoding.
 */
export function decodeBase64Upload(base64: string, maxBytes: number, field = 'file'): Buffer {
  const body = base64.replace(/^data:[^,]*;base64,/, '').replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 === 1) {
    throw badInput(
      field,
      'The file is not valid base64.',
      '文件内容不是有效的 base64 编码，请重新选择文件上传。',
    );
  }
  if (Math.floor((body.length * 3) / 4) - (body.match(/=+$/)?.[0].length ?? 0) > maxBytes) {
    const mb = Math.round(maxBytes / 1024 / 1024);
    throw badInput(field, `The file is larger than ${mb} MB.`, `文件超过 ${mb} MB。`);
  }
  return Buffer.from(body, 'base64');
}
