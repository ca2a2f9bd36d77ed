import type { Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { defineComponent, shallowRef } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fromValue, makeSubject } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import AlertBadge from './alert-badge.vue';

type Operation = { kind: string; query: { definitions: { name?: { value: string } }[] } };

// A client whose unread count is whatever `unread.value` holds at the time of each fetch, and whose
// alertFired subscription is a subject the test pushes events into.
function mockClient() {
  const unread = { value: 2 };
  const fired = makeSubject<unknown>();
  const executeQuery = vi.fn((operation: Operation) =>
    fromValue({ operation, data: { unreadAlertCount: unread.value }, stale: false, hasNext: false }),
  );
  const executeSubscription = vi.fn(() => fired.source);
  const client = { executeQuery, executeSubscription } as unknown as Client;
  return { client, unread, fired, executeQuery, executeSubscription };
}

const Empty = defineComponent({ template: '<div />' });

async function render() {
  const mock = mockClient();
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: Empty },
      { path: '/alerts', name: 'alerts', component: Empty },
      { path: '/week', name: 'week', component: Empty },
    ],
  });
  await router.push('/');
  const wrapper = mount(AlertBadge, {
    global: {
      plugins: [router, createAppI18n('zh-CN')],
      provide: { $urql: shallowRef(mock.client) },
    },
  });
  await flushPromises();
  return { wrapper, router, ...mock };
}

const badge = (wrapper: Awaited<ReturnType<typeof render>>['wrapper']) =>
  wrapper.get('[data-testid="alert-badge"]');

describe('AlertBadge', () => {
  it('shows the unread count and links to the alert centre', async () => {
    const { wrapper } = await render();
    expect(badge(wrapper).text()).toBe('2');
    expect(badge(wrapper).attributes('data-count')).toBe('2');
    expect(badge(wrapper).attributes('href')).toBe('/alerts');
  });

  it('refetches the count when alertFired pushes an event', async () => {
    const { wrapper, unread, fired, executeSubscription } = await render();
    expect(executeSubscription).toHaveBeenCalled();
    unread.value = 5;
    fired.next({ data: { alertFired: { id: 'a1', level: 'WARNING', status: 'OPEN', unitId: 'u1' } } });
    await flushPromises();
    expect(badge(wrapper).text()).toBe('5');
  });

  it('refetches on a page change', async () => {
    const { wrapper, router, unread } = await render();
    unread.value = 0;
    await router.push('/week');
    await flushPromises();
    expect(badge(wrapper).text()).toBe('0');
    expect(badge(wrapper).attributes('data-count')).toBe('0');
    expect(wrapper.find('.el-badge__content').exists() && wrapper.get('.el-badge__content').isVisible()).toBe(
      false,
    );
  });
});
