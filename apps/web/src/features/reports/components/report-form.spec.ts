import type { ReportContent, ReportForm } from '@lvze/domain';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import ReportFormView from './report-form.vue';

const form: ReportForm = {
  fields: [
    { key: 'summary', label: '本月工作情况', labelEn: 'Work this month', type: 'LONG_TEXT', required: true },
    { key: 'meetings', label: '召开会议次数', type: 'NUMBER' },
    { key: 'funds', label: '核查资金', type: 'MONEY' },
    { key: 'reportedOn', label: '报送日期', type: 'DATE' },
    { key: 'level', label: '整改情况', type: 'CHOICE', options: ['已整改', '整改中'] },
    { key: 'files', label: '佐证材料', type: 'ATTACHMENT' },
    {
      key: 'visits',
      label: '督导记录',
      type: 'TABLE',
      columns: [{ key: 'note', label: '内容', type: 'TEXT' }],
    },
  ],
};

function render(props: Record<string, unknown>, content: ReportContent = {}) {
  const emitted: ReportContent[] = [];
  const wrapper = mount(ReportFormView, {
    props: {
      form,
      modelValue: content,
      'onUpdate:modelValue': (value: ReportContent) => {
        emitted.push(value);
        void wrapper.setProps({ modelValue: value });
      },
      ...props,
    },
    global: { plugins: [createAppI18n('zh-CN'), createPinia()] },
  });
  return { wrapper, emitted };
}

const field = (wrapper: ReturnType<typeof render>['wrapper'], key: string) =>
  wrapper.get(`[data-testid="report-field-${key}"]`);

describe('ReportForm', () => {
  it('renders a control per field type', () => {
    const { wrapper } = render({});
    expect(field(wrapper, 'summary').find('textarea').exists()).toBe(true);
    expect(field(wrapper, 'meetings').find('.el-input-number').exists()).toBe(true);
    expect(field(wrapper, 'funds').text()).toContain('万元');
    expect(field(wrapper, 'reportedOn').find('.el-date-editor').exists()).toBe(true);
    expect(field(wrapper, 'level').find('.el-select').exists()).toBe(true);
    expect(field(wrapper, 'files').find('[data-testid="report-upload-files"]').exists()).toBe(true);
    expect(field(wrapper, 'visits').find('table').exists()).toBe(true);
    expect(field(wrapper, 'summary').classes()).toContain('is-required');
  });

  it('emits the whole content with the changed field', async () => {
    const { wrapper, emitted } = render({}, { meetings: 2 });
    await field(wrapper, 'summary').get('textarea').setValue('召开专题会议');
    expect(emitted.at(-1)).toEqual({ meetings: 2, summary: '召开专题会议' });
  });

  it('shows each problem under its field', async () => {
    const { wrapper } = render({
      problems: [
        { field: 'summary', text: '本月工作情况为必填项' },
        { field: 'visits[0].note', text: '督导记录 · 第1行 · 内容不得超过500字' },
      ],
    });
    await flushPromises();
    expect(field(wrapper, 'summary').classes()).toContain('is-error');
    const summaryItem = wrapper
      .findAllComponents({ name: 'ElFormItem' })
      .find((item) => item.attributes('data-testid') === 'report-field-summary');
    expect(summaryItem?.props('error')).toBe('本月工作情况为必填项');
    expect(field(wrapper, 'visits').text()).toContain('督导记录 · 第1行 · 内容不得超过500字');
  });

  it('lists attachments already filed and drops one on request', async () => {
    const { wrapper, emitted } = render(
      { files: [{ id: 'f1', filename: '会议纪要.pdf', url: '/api/files/f1', previewable: true }] },
      { files: ['f1', 'f2'] },
    );
    const existing = field(wrapper, 'files').findAll('[data-testid="report-existing-file"]');
    expect(existing.map((li) => li.text())).toEqual(['会议纪要.pdf', '附件 2']);
    await existing[1]!.get('button').trigger('click');
    expect(emitted.at(-1)).toEqual({ files: ['f1'] });
  });

  it('links each filed attachment to its file', () => {
    const { wrapper } = render(
      {
        readonly: true,
        files: [
          { id: 'f1', filename: '会议纪要.pdf', size: 1536, url: '/api/files/f1?t=x', previewable: true },
        ],
      },
      { files: ['f1'] },
    );
    const link = field(wrapper, 'files').get('[data-testid="report-file"] a');
    expect(link.text()).toBe('会议纪要.pdf1.5 KB');
    expect(link.attributes()).toMatchObject({ href: '/api/files/f1?t=x', target: '_blank' });
  });

  it('reads back a filed report without inputs', () => {
    const { wrapper } = render(
      { readonly: true },
      { summary: '已完成', funds: 1234.5, visits: [{ note: '走访' }] },
    );
    expect(wrapper.findAll('input, textarea')).toHaveLength(0);
    expect(field(wrapper, 'funds').text()).toContain('1,234.50');
    expect(field(wrapper, 'meetings').text()).toContain('未填写');
    expect(field(wrapper, 'visits').text()).toContain('走访');
  });
});
