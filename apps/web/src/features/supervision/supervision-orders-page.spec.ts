import type { Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fromValue } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import SupervisionOrdersPage from './supervision-orders-page.vue';

type Operation = { variables: Record<string, unknown> };

async function render(url: string) {
  setActivePinia(createPinia());
  const executeQuery = vi.fn((operation: Operation) =>
    fromValue({ operation, data: { supervisionOrders: [] }, stale: false, hasNext: false }),
  );
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/supervision', name: 'supervision-orders', component: SupervisionOrdersPage }],
  });
  await router.push(url);
  mount(SupervisionOrdersPage, {
    global: {
      plugins: [router, createAppI18n('zh-CN')],
      provide: { $urql: shallowRef({ executeQuery } as unknown as Client) },
      stubs: { ElTable: true, ElTableColumn: true, ElSelect: true, ElOption: true },
    },
  });
  await flushPromises();
  return executeQuery.mock.calls.map(([operation]) => operation.variables);
}

describe('SupervisionOrdersPage', () => {
  it('filters by a status the link names', async () => {
    expect(await render('/supervision?status=AT_RISK')).toEqual([{ status: 'AT_RISK' }]);
  });

  it('shows every order when the link names no known status', async () => {
    expect(await render('/supervision?status=bogus')).toEqual([{ status: null }]);
  });
});
