import type { Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fromValue, never } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import { signedInAs } from '@/app/stores/signed-in.testing';
import HomePage from './home-page.vue';

type Operation = { query: { definitions: { name?: { value: string } }[] } };

function client(serverNow: string | null) {
  const answers: Record<string, unknown> = {
    ServerNow: serverNow ? { serverNow } : null,
    CurrentCampaign: {
      currentCampaign: {
        id: 'c1',
        name: '2026年专项治理',
        year: 2026,
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
      },
    },
  };
  const executeQuery = vi.fn((operation: Operation) => {
    const name = operation.query.definitions[0]?.name?.value ?? '';
    const data = answers[name];
    // No answer yet: the query stays in flight.
    if (!data) return never;
    return fromValue({ operation, data, stale: false, hasNext: false });
  });
  return { executeQuery } as unknown as Client;
}

async function render(serverNow: string | null) {
  const pinia = signedInAs({
    id: 'u1',
    username: 'staff',
    displayName: '王明',
    roles: ['STAFF'],
    unit: null,
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: HomePage }],
  });
  const wrapper = mount(HomePage, {
    global: {
      plugins: [pinia, router, createAppI18n('zh-CN')],
      provide: { $urql: shallowRef(client(serverNow)) },
    },
  });
  await flushPromises();
  return wrapper;
}

describe('home page', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("greets and counts down by the server's clock, not the browser's", async () => {
    // The browser thinks it is a summer evening; the server says 25 November, 10:00 Beijing time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-07-01T20:30:00+08:00'));
    const wrapper = await render('2026-11-25T10:00:00.000+08:00');
    expect(wrapper.find('[data-testid="home-greeting"]').text()).toBe('上午好，王明');
    expect(wrapper.find('[data-testid="home-today"]').text()).toBe('今天是 2026年11月25日');
    expect(wrapper.find('[data-testid="home-phase"]').text()).toBe('进行中 · 距结束还有 36 天');
  });

  it('shows a plain greeting and no date until the server has answered', async () => {
    const wrapper = await render(null);
    expect(wrapper.find('[data-testid="home-greeting"]').text()).toBe('您好，王明');
    expect(wrapper.find('[data-testid="home-today"]').text()).toBe('');
    expect(wrapper.find('[data-testid="home-phase"]').text()).toBe('');
  });
});
