import { CombinedError, type Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, shallowRef } from 'vue';
import { fromValue } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import { useAuthStore } from '@/app/stores/auth-store';
import type { ProgressTask } from '../composables/progress-form';
import ProgressFormDialog from './progress-form-dialog.vue';

const percentTask: ProgressTask = {
  id: 't1',
  code: 'T01',
  title: '开展专项巡察',
  target: null,
  measure: null,
  percent: 40,
  currentValue: null,
};
const valueTask: ProgressTask = {
  ...percentTask,
  id: 't2',
  code: 'T02',
  target: 12,
  measure: '次',
  currentValue: 5,
};

type Result = { data?: unknown; error?: CombinedError };

async function render(task: ProgressTask, result: Result) {
  const executeMutation = vi.fn((operation: unknown) =>
    fromValue({ operation, stale: false, hasNext: false, ...result }),
  );
  const client = { executeMutation } as unknown as Client;
  const pinia = createPinia();
  setActivePinia(pinia);
  useAuthStore().setSession('tok-1', {
    id: 'u1',
    username: 'reporter',
    displayName: '填报员',
    roles: ['REPORTER'],
    unit: null,
  } as unknown as ReturnType<typeof useAuthStore>['user'] & object);
  const wrapper = mount(ProgressFormDialog, {
    attachTo: document.body,
    props: { modelValue: false, task, currentWeek: '2026-W48' },
    global: {
      plugins: [pinia, createAppI18n('zh-CN')],
      provide: { $urql: shallowRef(client) },
      // Element Plus shows form errors inside a transition group; render it for real.
      stubs: { transition: false, 'transition-group': false },
    },
  });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { wrapper, executeMutation };
}

const form = () => document.querySelector('[data-testid="progress-form"]') as HTMLElement;
const submit = async () => {
  (document.querySelector('[data-testid="progress-submit"]') as HTMLButtonElement).click();
  // Validation resolves over several turns, and Element Plus shows the message after a 100 ms debounce.
  await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, 150));
  await flushPromises();
};
async function type(selector: string, text: string) {
  const el = document.querySelector(selector) as HTMLTextAreaElement | HTMLInputElement;
  el.value = text;
  el.dispatchEvent(new Event('input'));
  await nextTick();
}

function pick(...files: File[]) {
  const input = document.querySelector(
    '[data-testid="progress-attachments"] input[type="file"]',
  ) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change'));
}

function fileOf(name: string, size = 1024) {
  const file = new File([new Uint8Array(8)], name);
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

const listed = () =>
  [...document.querySelectorAll('[data-testid="progress-attachment"]')].map((el) => ({
    state: (el as HTMLElement).dataset.state,
    text: el.textContent ?? '',
  }));

describe('progress form dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
    localStorage.clear();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks for a percent when the task has no target', async () => {
    await render(percentTask, {});
    expect(form().dataset.mode).toBe('percent');
    expect(form().querySelector('[data-testid="progress-percent"]')).not.toBeNull();
    expect(form().querySelector('[data-testid="progress-value"]')).toBeNull();
  });

  it('asks for the cumulative value, with target and measure, when the task has a target', async () => {
    await render(valueTask, {});
    expect(form().dataset.mode).toBe('value');
    expect(form().querySelector('[data-testid="progress-percent"]')).toBeNull();
    expect(form().querySelector('[data-testid="progress-value"]')).not.toBeNull();
    expect(form().textContent).toContain('量化目标 12次');
  });

  it('does not submit without a summary', async () => {
    const { executeMutation } = await render(percentTask, {});
    await submit();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(form().textContent).toContain('请填写本周工作进展');
  });

  it('sends the value, not a percent, for a task with a target', async () => {
    const { executeMutation, wrapper } = await render(valueTask, {
      data: {
        submitProgress: { id: 'p1', week: '2026-W48', percent: 50, value: 6, late: false, createdAt: '' },
      },
    });
    await type('textarea[data-testid="progress-summary"]', '完成第 6 次巡察');
    await submit();
    expect(executeMutation).toHaveBeenCalledOnce();
    const [operation] = executeMutation.mock.calls[0] as unknown as [
      { variables: { input: Record<string, unknown> } },
    ];
    expect(operation.variables.input).toMatchObject({
      taskId: 't2',
      week: '2026-W48',
      value: 5,
      summary: '完成第 6 次巡察',
    });
    expect(operation.variables.input).not.toHaveProperty('percent');
    expect(wrapper.emitted('submitted')).toEqual([['t2']]);
  });

  it('shows a server field error under its field', async () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'future week',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.week', messageZh: '不能填报未来周次' },
        },
      ],
    });
    const { wrapper } = await render(percentTask, { error });
    await type('textarea[data-testid="progress-summary"]', '推进中');
    await submit();
    const weekItem = document.querySelector('[data-testid="progress-week"]')?.closest('.el-form-item');
    expect(weekItem?.textContent).toContain('不能填报未来周次');
    expect(wrapper.emitted('submitted')).toBeUndefined();
  });

  it('checks type and size before uploading anything', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await render(percentTask, {});
    pick(fileOf('setup.exe'), fileOf('扫描件.pdf', 21 * 1024 * 1024), fileOf('noextension'));
    await flushPromises();
    expect(fetchMock).not.toHaveBeenCalled();
    const text = document.querySelector('[data-testid="progress-attachments"]')?.textContent ?? '';
    expect(text).toContain('“setup.exe”的格式不支持');
    expect(text).toContain('“扫描件.pdf”超过 20 MB');
    expect(text).toContain('“noextension”的格式不支持');
    expect(listed()).toEqual([]);
  });

  it('uploads each file as raw bytes and sends the ids with the report', async () => {
    let n = 0;
    const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
      n += 1;
      const name = decodeURIComponent((init.headers as Record<string, string>)['x-file-name']);
      return jsonResponse(200, { id: `f${n}`, filename: name, mimeType: 'application/pdf', size: 2048 });
    });
    vi.stubGlobal('fetch', fetchMock);
    const { executeMutation } = await render(percentTask, {
      data: {
        submitProgress: { id: 'p1', week: '2026-W48', percent: 40, value: null, late: false, createdAt: '' },
      },
    });
    pick(fileOf('会议纪要.PDF'), fileOf('照片.jpg'), fileOf('台账.xlsx'));
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(3);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/files');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('会议纪要.PDF'),
      authorization: 'Bearer tok-1',
    });
    expect(init.body).toBeInstanceOf(File);
    expect(listed().map((entry) => entry.state)).toEqual(['done', 'done', 'done']);

    // Remove the photo again: only the other two go with the report.
    const removes = document.querySelectorAll('[data-testid="progress-attachment-remove"]');
    (removes[1] as HTMLButtonElement).click();
    await nextTick();
    expect(listed().map((entry) => entry.text)).toEqual([
      expect.stringContaining('会议纪要.PDF'),
      expect.stringContaining('台账.xlsx'),
    ]);

    await type('textarea[data-testid="progress-summary"]', '附会议纪要');
    await submit();
    const [operation] = executeMutation.mock.calls[0] as unknown as [
      { variables: { input: Record<string, unknown> } },
    ];
    expect(operation.variables.input.attachmentIds).toEqual(['f1', 'f3']);
  });

  it("shows the server's Chinese reason when an upload is refused", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(400, {
          code: 'BAD_USER_INPUT',
          message: 'The content is not a PDF.',
          messageZh: '文件内容与扩展名不符',
          field: 'file',
        }),
      ),
    );
    const { executeMutation } = await render(percentTask, {
      data: {
        submitProgress: { id: 'p1', week: '2026-W48', percent: 40, value: null, late: false, createdAt: '' },
      },
    });
    pick(fileOf('伪装.pdf'));
    await flushPromises();
    expect(listed()).toEqual([{ state: 'failed', text: expect.stringContaining('伪装.pdf') }]);
    expect(listed()[0].text).toContain('上传失败：文件内容与扩展名不符');
    await type('textarea[data-testid="progress-summary"]', '推进中');
    await submit();
    const [operation] = executeMutation.mock.calls[0] as unknown as [
      { variables: { input: Record<string, unknown> } },
    ];
    expect(operation.variables.input.attachmentIds).toEqual([]);
  });
});
