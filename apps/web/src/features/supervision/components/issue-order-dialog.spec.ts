import type { Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { fromValue, makeSubject } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import IssueOrderDialog from './issue-order-dialog.vue';

type Operation = { query: { definitions: { name?: { value: string } }[] } };

const alert = {
  id: 'a1',
  level: 'ACCOUNTABILITY',
  message: '任务逾期',
  unit: { id: 'unit-1', name: '城关镇' },
};

// The server's date and the campaign answer late, after the dialog has opened.
function client() {
  const serverNow = makeSubject<unknown>();
  const campaign = makeSubject<unknown>();
  const late: Record<string, ReturnType<typeof makeSubject<unknown>>> = {
    ServerNow: serverNow,
    CurrentCampaign: campaign,
  };
  const executeQuery = vi.fn((operation: Operation) => {
    const name = operation.query.definitions[0]?.name?.value ?? '';
    const subject = late[name];
    if (subject) return subject.source;
    return fromValue({ operation, data: { supervisionLeaders: [] }, stale: false, hasNext: false });
  });
  const answer = (name: string, data: unknown) =>
    late[name]!.next({ operation: {}, data, stale: false, hasNext: false });
  return { client: { executeQuery } as unknown as Client, answer };
}

async function render() {
  setActivePinia(createPinia());
  const urql = client();
  const wrapper = mount(IssueOrderDialog, {
    props: { alert, modelValue: true },
    global: {
      plugins: [createAppI18n('zh-CN')],
      provide: { $urql: shallowRef(urql.client) },
      // Element's select loops on layout under happy-dom; the leader list is not under test.
      stubs: { teleport: true, ElSelect: true, ElOption: true },
    },
  });
  await flushPromises();
  const rectifyBy = () => wrapper.findComponent({ name: 'ElDatePicker' }).props('modelValue');
  return { wrapper, answer: urql.answer, rectifyBy };
}

const campaign = (endsOn: string) => ({
  currentCampaign: { id: 'c1', name: '2026年专项治理', year: 2026, startsOn: '2026-01-01', endsOn },
});

describe('IssueOrderDialog', () => {
  afterEach(() => vi.useRealTimers());

  it('fills the rectify-by date from the server date and campaign end once they arrive', async () => {
    vi.useFakeTimers({ now: new Date('2020-01-01T04:00:00Z'), toFake: ['Date'] });
    const { answer, rectifyBy } = await render();
    expect(rectifyBy()).toBe('2020-01-31');
    answer('ServerNow', { serverNow: '2026-11-10T02:00:00Z' });
    await flushPromises();
    expect(rectifyBy()).toBe('2026-12-10');
    answer('CurrentCampaign', campaign('2026-11-30'));
    await flushPromises();
    expect(rectifyBy()).toBe('2026-11-30');
  });

  it('keeps a date the user picked when the server date arrives', async () => {
    vi.useFakeTimers({ now: new Date('2020-01-01T04:00:00Z'), toFake: ['Date'] });
    const { wrapper, answer, rectifyBy } = await render();
    wrapper.findComponent({ name: 'ElDatePicker' }).vm.$emit('update:modelValue', '2026-11-20');
    await flushPromises();
    answer('ServerNow', { serverNow: '2026-11-10T02:00:00Z' });
    answer('CurrentCampaign', campaign('2026-12-31'));
    await flushPromises();
    expect(rectifyBy()).toBe('2026-11-20');
  });
});
