// Issue 2: a user signs in and lands in the Chinese app shell; a wrong password is told apart;
// the language can be switched before signing in.
import { useBrowser, login, shot } from '../support/browser.js';
import { useProduct } from '../support/server.js';

describe('signing in (desktop)', () => {
  const product = useProduct();
  const session = useBrowser(() => product().baseUrl);

  it('shows the leader the app shell in Chinese', async () => {
    const { page } = session();
    await login(page, 'leader');

    // el-header is a <header> inside el-container's <section>, so it has no banner role: go by
    // the brand link and the account button instead.
    await page.getByRole('link', { name: /^履责/ }).waitFor();
    await page.getByRole('button', { name: '账号' }).filter({ hasText: '市纪委 李书记' }).waitFor();
    await page.getByRole('menuitem', { name: '工作台' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toMatch(/^zh/);
    await expect(page.getByRole('button', { name: /^(登录|Sign in)$/ }).count()).resolves.toBe(0);

    await shot(page, 'login-leader-home');
  });

  it('says 用户名或密码错误 on a wrong password and stays on the login page', async () => {
    const { page } = session();
    await page.goto('/login');
    await page.locator('input[name="username"]').fill('leader');
    await page.locator('input[name="password"]').fill('not-the-password');
    await page.getByRole('button', { name: '登录' }).click();

    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await shot(page, 'login-wrong-password');
  });

  it('switches the login page to English', async () => {
    const { page } = session();
    await page.goto('/login');
    await page.getByRole('button', { name: '登录' }).waitFor();

    await page.getByRole('button', { name: '语言' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(page.getByRole('button', { name: '登录' }).count()).resolves.toBe(0);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await shot(page, 'login-english');
  });
});
