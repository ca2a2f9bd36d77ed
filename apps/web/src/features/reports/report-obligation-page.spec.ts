import type { Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, shallowRef } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { fromValue } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import { signedInAs } from '@/app/stores/signed-in.testing';
import ReportObligationPage from './report-obligation-page.vue';

type Operation = {
  kind: string;
  query: { definitions: { name?: { value: string } }[] };
  variables: Record<string, unknown>;
};

function obligation(id: string) {
  return {
    id,
    period: '2026-11',
    dueAt: '2026-11-30T17:00:00+08:00',
    status: 'PENDING',
    late: false,
    overdue: false,
    daysLeft: 3,
    submittedAt: null,
    draftSavedAt: null,
    version: 1,
    template: { id: 't1', code: 'T1', name: '月报', cadence: 'MONTHLY', filedBy: 'UNIT' },
    unit: { id: 'unit-1', code: 'chengguan', name: '城关镇', kind: 'COUNTY' },
    lastReview: null,
    draft: null,
    draftAttachments: [],
    content: null,
    templateVersion: { id: 'tv1', number: 1, form: { fields: [] } },
    submissions: [],
    reviews: [],
  };
}

function client() {
  const saved: Record<string, unknown>[] = [];
  // The page fetches the report by hand (client.query), not through a live query.
  const query = vi.fn((_document: unknown, variables: { id: string }) => ({
    toPromise: async () => ({ data: { reportObligation: obligation(variables.id) } }),
  }));
  const executeMutation = vi.fn((operation: Operation) => {
    const input = operation.variables.input as Record<string, unknown>;
    saved.push(input);
    const data = {
      saveReportDraft: { id: input.obligationId, version: 2, draftSavedAt: '2026-11-27T10:00:00+08:00' },
    };
    return fromValue({ operation, data, stale: false, hasNext: false });
  });
  return { client: { query, executeMutation } as unknown as Client, saved };
}

// The form itself is not under test: a stub that types whatever the test asks for.
const FormStub = defineComponent({
  name: 'ReportFormView',
  emits: ['update:modelValue'],
  setup: () => () => h('div'),
});

async function render() {
  const pinia = signedInAs({
    id: 'u1',
    username: 'reporter',
    displayName: '李华',
    roles: ['REPORTER'],
    unit: { id: 'unit-1', code: 'chengguan', name: '城关镇', kind: 'COUNTY' },
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/reports/obligations/:id', component: ReportObligationPage },
      { path: '/elsewhere', component: { render: () => h('div') } },
    ],
  });
  await router.push('/reports/obligations/o1');
  const urql = client();
  const wrapper = mount(RouterView, {
    global: {
      plugins: [pinia, router, createAppI18n('zh-CN')],
      provide: { $urql: shallowRef(urql.client) },
      stubs: { ReportFormView: FormStub, ReportHistory: true, ReportStatusTag: true },
    },
  });
  await flushPromises();
  return { wrapper, router, saved: urql.saved };
}

describe('ReportObligationPage drafts', () => {
  afterEach(() => vi.useRealTimers());

  it('saves the last typing to the report that was open when the page is left', async () => {
    const { wrapper, router, saved } = await render();
    wrapper.findComponent(FormStub).vm.$emit('update:modelValue', { a: '1' });
    await router.push('/elsewhere');
    await flushPromises();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ obligationId: 'o1', content: { a: '1' } });
  });

  it('saves the last typing to its own report when another report is opened', async () => {
    const { wrapper, router, saved } = await render();
    wrapper.findComponent(FormStub).vm.$emit('update:modelValue', { a: '1' });
    await router.push('/reports/obligations/o2');
    await flushPromises();
    expect(saved).toEqual([expect.objectContaining({ obligationId: 'o1', content: { a: '1' } })]);
    expect(wrapper.find('[data-testid="report-obligation"]').exists()).toBe(true);
    // Nothing typed on the second report yet: nothing more is saved.
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect(saved).toHaveLength(1);
  });
});
