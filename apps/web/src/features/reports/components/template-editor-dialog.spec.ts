import type { Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { fromValue } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import type { ReportTemplateRowFragment } from '@/gql/graphql';
import TemplateEditorDialog from './template-editor-dialog.vue';

const template: ReportTemplateRowFragment = {
  id: 't1',
  code: 'monthly-work',
  name: '工作月报',
  cadence: 'MONTHLY',
  filedBy: 'UNIT',
  activeFrom: '2026-01-01',
  activeUntil: null,
  version: 4,
  dueRule: { kind: 'WORKING_DAYS_AFTER_PERIOD', days: 5, date: null },
  audience: { unitKinds: ['COUNTY'], tags: [], functionalDepartments: false, unitIds: [] },
  currentVersion: {
    id: 'v1',
    number: 1,
    createdAt: '2026-01-01T09:00:00+08:00',
    form: { fields: [{ key: 'work', label: '本月工作开展情况', type: 'LONG_TEXT', required: true }] },
  },
};

type Operation = { variables: Record<string, unknown> };

async function render(current: ReportTemplateRowFragment | null) {
  const executeMutation = vi.fn((operation: Operation) =>
    fromValue({
      operation,
      stale: false,
      hasNext: false,
      data: {
        updateReportTemplate: { ...template, version: 5 },
        createReportTemplate: { ...template, id: 't2' },
      },
    }),
  );
  const client = { executeMutation } as unknown as Client;
  const wrapper = mount(TemplateEditorDialog, {
    attachTo: document.body,
    props: { modelValue: false, template: current, units: [] },
    global: {
      plugins: [createPinia(), createAppI18n('zh-CN')],
      provide: { $urql: shallowRef(client) },
    },
  });
  await wrapper.setProps({ modelValue: true });
  await flushPromises();
  return { wrapper, executeMutation };
}

const editor = () => document.querySelector('[data-testid="template-editor"]')!;
const save = () => (document.querySelector('[data-testid="template-save"]') as HTMLButtonElement).click();

// A dialog of some forty Element Plus controls mounts slowly under happy-dom on a shared core.
describe('TemplateEditorDialog', { timeout: 60_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('says a changed form becomes a new version and sends only the form', async () => {
    const { wrapper, executeMutation } = await render(template);
    expect(editor().textContent).toContain('已报送的材料保留原版本');
    const label = editor().querySelectorAll<HTMLInputElement>('.template-editor__field input')[1]!;
    label.value = '本月工作开展情况及成效';
    label.dispatchEvent(new Event('input'));
    await flushPromises();
    expect(editor().textContent).toContain('保存后生成新版本');
    save();
    await flushPromises();
    const input = executeMutation.mock.calls[0]![0].variables.input as Record<string, unknown>;
    expect(input).toEqual({
      id: 't1',
      version: 4,
      form: { fields: [{ key: 'work', label: '本月工作开展情况及成效', type: 'LONG_TEXT', required: true }] },
    });
    expect(wrapper.emitted('saved')).toEqual([['t1']]);
  });

  it('names problems in a new template before sending anything', async () => {
    const { executeMutation } = await render(null);
    save();
    await flushPromises();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(editor().querySelector('.template-editor__problems')?.textContent).toContain('编码');
  });
});
