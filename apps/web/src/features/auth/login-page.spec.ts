import { CombinedError, type Client } from '@urql/vue';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { shallowRef } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fromValue } from 'wonka';
import { createAppI18n } from '@/app/i18n';
import { useAuthStore } from '@/app/stores/auth-store';
import LoginPage from './login-page.vue';

type MutationResult = { data?: unknown; error?: CombinedError };

function mockClient(result: MutationResult) {
  const executeMutation = vi.fn((operation: unknown) =>
    fromValue({ operation, stale: false, hasNext: false, ...result }),
  );
  return { client: { executeMutation } as unknown as Client, executeMutation };
}

async function renderLogin(result: MutationResult, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: LoginPage },
      { path: '/home', name: 'home', component: { template: '<div />' } },
      { path: '/audit', name: 'audit', component: { template: '<div />' } },
    ],
  });
  await router.push('/login?redirect=/audit');
  const { client, executeMutation } = mockClient(result);
  const i18n = createAppI18n(locale);
  const wrapper = mount(LoginPage, {
    attachTo: document.body,
    global: {
      plugins: [pinia, i18n, router],
      provide: { $urql: shallowRef(client) },
      // Element Plus shows form errors inside a transition group; render it for real.
      stubs: { transition: false, 'transition-group': false },
    },
  });
  return { wrapper, router, i18n, executeMutation, auth: useAuthStore() };
}

async function submit(
  wrapper: Awaited<ReturnType<typeof renderLogin>>['wrapper'],
  username: string,
  password: string,
) {
  await wrapper.find('input[name="username"]').setValue(username);
  await wrapper.find('input[name="password"]').setValue(password);
  await wrapper.find('form').trigger('submit');
  await flushPromises();
  await flushPromises();
}

function unauthenticated(messageZh?: string, code = 'UNAUTHENTICATED') {
  return new CombinedError({
    graphQLErrors: [
      { message: 'Sign-in refused', extensions: { code, ...(messageZh ? { messageZh } : {}) } },
    ],
  });
}

describe('login page', () => {
  beforeEach(() => {
    localStorage.clear();
    document.body.innerHTML = '';
  });

  it('shows 用户名或密码错误 inline for a wrong password', async () => {
    const { wrapper, executeMutation, auth } = await renderLogin({ error: unauthenticated() });
    await submit(wrapper, 'staff', 'wrong-password');
    expect(executeMutation).toHaveBeenCalledOnce();
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('用户名或密码错误');
    expect(auth.token).toBeNull();
  });

  it("shows the server's own message for a locked account", async () => {
    const locked = unauthenticated('账号已锁定，请于 10:30 后重试', 'FORBIDDEN');
    const { wrapper } = await renderLogin({ error: locked });
    await submit(wrapper, 'staff', 'Whatever1!');
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('账号已锁定，请于 10:30 后重试');
  });

  it('shows the English server message in English', async () => {
    const { wrapper } = await renderLogin({ error: unauthenticated('账号已锁定', 'FORBIDDEN') }, 'en');
    await submit(wrapper, 'staff', 'Whatever1!');
    expect(wrapper.find('[data-test="login-error"]').text()).toContain('Sign-in refused');
  });

  it('does not call the server while a field is empty', async () => {
    const { wrapper, executeMutation } = await renderLogin({ error: unauthenticated() });
    await submit(wrapper, '', '');
    expect(executeMutation).not.toHaveBeenCalled();
    expect(wrapper.find('[data-test="login-error"]').exists()).toBe(false);
  });

  it('does not flag untouched fields as missing when the language changes', async () => {
    const { wrapper, i18n } = await renderLogin({ error: unauthenticated() });
    i18n.global.locale.value = 'en';
    await flushPromises();
    // Element Plus shows a validation message after a 100 ms debounce.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await flushPromises();
    expect(wrapper.find('.el-form-item__error').exists()).toBe(false);
    expect(wrapper.find('[data-testid="login-submit"]').text()).toBe('Sign in');
  });

  it('signs in with the submit button', async () => {
    const user = { id: 'u1', username: 'staff', displayName: '张三', roles: ['STAFF'], unit: null };
    const { wrapper, executeMutation } = await renderLogin({ data: { login: { token: 't', user } } });
    await wrapper.find('input[name="username"]').setValue('staff');
    await wrapper.find('input[name="password"]').setValue('Lvze@2026');
    await wrapper.find('[data-testid="login-submit"]').trigger('click');
    await flushPromises();
    expect(executeMutation).toHaveBeenCalledOnce();
  });

  it('stores the session and goes to the remembered page on success', async () => {
    const user = { id: 'u1', username: 'auditor', displayName: '审计员', roles: ['AUDITOR'], unit: null };
    const { wrapper, router, auth, executeMutation } = await renderLogin({
      data: { login: { token: 'tok-123', user } },
    });
    await submit(wrapper, ' auditor ', 'Lvze@2026');
    const [operation, context] = executeMutation.mock.calls[0] as unknown as [
      { variables: unknown },
      unknown,
    ];
    expect(operation.variables).toEqual({ username: 'auditor', password: 'Lvze@2026' });
    expect(context).toMatchObject({ skipAuthRedirect: true });
    expect(auth.token).toBe('tok-123');
    expect(localStorage.getItem('lvze.token')).toBe('tok-123');
    expect(router.currentRoute.value.fullPath).toBe('/audit');
  });
});
