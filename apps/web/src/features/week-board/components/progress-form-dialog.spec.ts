import { CombinedError, type Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTick, shallowRef } from 'vue';
import { fromValue } from 'wonka';
import { createAppI18n } from '@/app/i18n';
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
  const wrapper = mount(ProgressFormDialog, {
    attachTo: document.body,
    props: { modelValue: false, task, currentWeek: '2026-W48' },
    global: {
      plugins: [createAppI18n('zh-CN')],
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

describe('progress form dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
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
});
