import { computed, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorMessage } from '@/app/errors/use-error-message';
import { fileExtension } from '@/app/files/file-transfer';
import { useAuthStore } from '@/app/stores/auth-store';

// What POST /api/files accepts (the API checks again, by extension and by content).
export const EVIDENCE_MAX_MB = 20;
export const EVIDENCE_MAX_BYTES = EVIDENCE_MAX_MB * 1024 * 1024;
export const EVIDENCE_EXTENSIONS = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'docx',
  'xlsx',
  'pptx',
  'doc',
  'xls',
  'ppt',
] as const;
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((ext) => `.${ext}`).join(',');
export const UPLOAD_URL = '/api/files';

export type EvidenceProblem = 'badType' | 'tooLarge';

export function checkEvidenceFile(file: Pick<File, 'name' | 'size'>): EvidenceProblem | null {
  if (!(EVIDENCE_EXTENSIONS as readonly string[]).includes(fileExtension(file.name))) return 'badType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooLarge';
  return null;
}

export interface UploadedFile {
  id: string;
  filename: string;
  mimeType: string;
  size: number;
}

// A failed upload in the shape describeError reads (a GraphQL error, or a network failure), so the
// same zh-CN / en choice of the server's sentence applies as everywhere else.
export type UploadFailure =
  | { message: string; extensions: { code: unknown; messageZh?: unknown; field?: unknown } }
  | { networkError: Error };

function isUploadedFile(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && typeof (value as UploadedFile).id === 'string';
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

// Sends one file as raw bytes; resolves to the stored file or rejects with an UploadFailure.
export async function uploadEvidence(
  file: File,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<UploadedFile> {
  const headers: Record<string, string> = {
    'content-type': 'application/octet-stream',
    'x-file-name': encodeURIComponent(file.name),
  };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetchImpl(UPLOAD_URL, { method: 'POST', headers, body: file });
  } catch (error) {
    throw { networkError: error instanceof Error ? error : new Error(String(error)) } satisfies UploadFailure;
  }
  const body = await readJson(response);
  if (response.ok && isUploadedFile(body)) return body;
  const detail = (body ?? {}) as Record<string, unknown>;
  throw {
    message: typeof detail.message === 'string' ? detail.message : '',
    extensions: { code: detail.code, messageZh: detail.messageZh, field: detail.field },
  } satisfies UploadFailure;
}

export interface EvidenceEntry {
  key: number;
  name: string;
  size: number;
  state: 'uploading' | 'done' | 'failed';
  file: UploadedFile | null;
  error: string;
}

// The evidence list of one form (progress report, responsibility update): each picked file is checked, then uploaded at once;
// the form sends the ids of those that arrived.
export function useEvidenceUpload(fetchImpl?: typeof fetch) {
  const { t } = useI18n();
  const { message } = useErrorMessage();
  const auth = useAuthStore();
  const entries = ref<EvidenceEntry[]>([]);
  const problems = ref<string[]>([]);
  let nextKey = 1;
  // Files picked together arrive one call each, in the same tick: the problems shown are those of
  // the latest pick, all of them.
  let batchOpen = false;
  function startBatch() {
    if (batchOpen) return;
    batchOpen = true;
    problems.value = [];
    queueMicrotask(() => {
      batchOpen = false;
    });
  }

  const ids = computed(() =>
    entries.value.flatMap((entry) => (entry.state === 'done' && entry.file ? [entry.file.id] : [])),
  );
  const uploading = computed(() => entries.value.some((entry) => entry.state === 'uploading'));

  function find(key: number) {
    return entries.value.find((entry) => entry.key === key);
  }

  async function add(file: File): Promise<void> {
    startBatch();
    const problem = checkEvidenceFile(file);
    if (problem) {
      problems.value.push(t(`common.files.${problem}`, { name: file.name, size: EVIDENCE_MAX_MB }));
      return;
    }
    const key = nextKey++;
    entries.value.push({ key, name: file.name, size: file.size, state: 'uploading', file: null, error: '' });
    try {
      const stored = await uploadEvidence(file, auth.token, fetchImpl);
      const entry = find(key);
      if (!entry) return;
      entry.state = 'done';
      entry.file = stored;
      entry.name = stored.filename;
    } catch (failure) {
      const entry = find(key);
      if (!entry) return;
      entry.state = 'failed';
      entry.error = t('common.files.uploadFailed', { name: file.name, reason: message(failure) });
    }
  }

  function remove(key: number) {
    entries.value = entries.value.filter((entry) => entry.key !== key);
  }

  function reset() {
    entries.value = [];
    problems.value = [];
  }

  return { entries, problems, ids, uploading, add, remove, reset };
}
