import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import AttachmentList from './attachment-list.vue';
import type { ListedFile } from './file-transfer';

const files: ListedFile[] = [
  { id: 'f1', filename: '会议纪要.pdf', size: 2048, url: '/api/files/f1?token=a', previewable: true },
  {
    id: 'f2',
    filename: '台账.xlsx',
    size: 3 * 1024 * 1024,
    url: '/api/files/f2?token=b',
    previewable: false,
  },
  { id: 'f3', filename: '附件 3' },
];

function render(props: Record<string, unknown>) {
  return mount(AttachmentList, {
    props: { files, testid: 'file', ...props },
    global: { plugins: [createAppI18n('zh-CN')] },
  });
}

describe('AttachmentList', () => {
  it('opens what the browser shows, downloads the rest, with name and size', () => {
    const items = render({}).findAll('[data-testid="file"]');
    expect(items.map((li) => li.text())).toEqual(['会议纪要.pdf2 KB', '台账.xlsx3 MB', '附件 3']);
    const pdf = items[0]!.get('a');
    expect(pdf.attributes()).toMatchObject({ href: '/api/files/f1?token=a', target: '_blank' });
    expect(pdf.attributes('download')).toBeUndefined();
    expect(pdf.attributes('title')).toBe('在新窗口中查看 会议纪要.pdf');
    const sheet = items[1]!.get('a');
    expect(sheet.attributes()).toMatchObject({
      href: '/api/files/f2?token=b&download',
      download: '台账.xlsx',
    });
    expect(sheet.attributes('target')).toBeUndefined();
    // Without a link the file is named but cannot be opened.
    expect(items[2]!.find('a').exists()).toBe(false);
    expect(items[0]!.find('button').exists()).toBe(false);
  });

  it('asks to remove a file when removable', async () => {
    const wrapper = render({ removable: true });
    const remove = wrapper.findAll('[data-testid="file"]')[1]!.get('button');
    expect(remove.attributes('aria-label')).toBe('移除 台账.xlsx');
    await remove.trigger('click');
    expect(wrapper.emitted('remove')).toEqual([['f2']]);
  });
});
