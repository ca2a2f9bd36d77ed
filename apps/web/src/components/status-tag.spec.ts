import { STATUS_PALETTE, TASK_STATUSES } from '@lvze/domain';
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createAppI18n } from '@/app/i18n';
import StatusTag from './status-tag.vue';

function render(status: (typeof TASK_STATUSES)[number], locale: 'zh-CN' | 'en' = 'zh-CN') {
  return mount(StatusTag, { props: { status }, global: { plugins: [createAppI18n(locale)] } });
}

describe('StatusTag', () => {
  it.each([
    ['SLIPPED', '严重滞后', '#D93026'],
    ['AT_RISK', '进度预警', '#E6A23C'],
    ['ON_TRACK', '正常推进', '#3A9E4A'],
    ['DONE', '已完成', '#2F6FDE'],
    ['NOT_STARTED', '未开始', '#A8ABB2'],
  ] as const)('%s shows “%s” in %s', (status, label, color) => {
    const wrapper = render(status);
    expect(wrapper.text()).toBe(label);
    expect(wrapper.attributes('data-status')).toBe(status);
    expect(wrapper.attributes('style')?.toUpperCase()).toContain(color);
  });

  it('labels in English when the app is in English', () => {
    expect(render('SLIPPED', 'en').text()).toBe('Slipped');
  });

  it('uses the shared palette for every status', () => {
    for (const status of TASK_STATUSES) {
      const wrapper = render(status);
      expect(wrapper.text()).toBe(STATUS_PALETTE[status].zh);
      expect(wrapper.attributes('style')?.toUpperCase()).toContain(
        STATUS_PALETTE[status].color.toUpperCase(),
      );
    }
  });
});
