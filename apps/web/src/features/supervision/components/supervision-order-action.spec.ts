import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '@/app/i18n';
import { signedInAs } from '@/app/stores/signed-in.testing';
import SupervisionOrderAction from './supervision-order-action.vue';

const alert = {
  id: 'a1',
  level: 'ACCOUNTABILITY',
  message: '任务逾期',
  unit: { id: 'unit-1', name: '城关镇' },
};

// No urql client is provided: the action must not ask the server anything per row.
function render(supervisionOrder: { id: string; number: string } | null) {
  const pinia = signedInAs({
    id: 'u1',
    username: 'staff',
    displayName: '王明',
    roles: ['STAFF'],
    unit: null,
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: { render: () => null } },
      { path: '/supervision', name: 'supervision-orders', component: { render: () => null } },
    ],
  });
  return mount(SupervisionOrderAction, {
    props: { alert: { ...alert, supervisionOrder } },
    global: { plugins: [pinia, router, createAppI18n('zh-CN')] },
  });
}

describe('SupervisionOrderAction', () => {
  it('links the order issued from the alert, read from the alert row', () => {
    const wrapper = render({ id: 'o1', number: '桂纪专督〔2026〕1号' });
    const link = wrapper.find('[data-testid="alert-order-a1"]');
    expect(link.exists()).toBe(true);
    expect(link.text()).toContain('桂纪专督〔2026〕1号');
    expect(wrapper.find('[data-testid="alert-supervise-a1"]').exists()).toBe(false);
  });

  it('offers to issue one when none was issued', () => {
    const wrapper = render(null);
    expect(wrapper.find('[data-testid="alert-supervise-a1"]').exists()).toBe(true);
    expect(wrapper.find('[data-testid="alert-order-a1"]').exists()).toBe(false);
  });
});
