import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import type { Role } from '@/gql/graphql';
import { createAppRouter } from './index';
import { appRoutes } from './routes';
import { buildMenu, type MenuEntry } from './menu';
import { safeRedirect, type SessionPort } from './access-guard';

// The guard is under test, not the pages: stub every lazily loaded view so navigation stays fast.
const { stub } = vi.hoisted(() => ({ stub: () => ({ default: { render: () => null } }) }));
vi.mock('@/features/auth/login-page.vue', stub);
vi.mock('@/features/home/home-page.vue', stub);
vi.mock('@/features/dashboard/dashboard-page.vue', stub);
vi.mock('@/features/audit/audit-page.vue', stub);
vi.mock('@/features/battle-map/battle-map-page.vue', stub);
vi.mock('@/features/week-board/week-board-page.vue', stub);
vi.mock('@/features/admin/units-page.vue', stub);
vi.mock('@/features/admin/users-page.vue', stub);
vi.mock('@/features/admin/calendar-page.vue', stub);
vi.mock('@/features/battle-map/battle-map-print-page.vue', stub);
vi.mock('../layouts/app-layout.vue', stub);
vi.mock('../pages/forbidden-page.vue', stub);
vi.mock('../pages/not-found-page.vue', stub);

function session(roles: Role[] | null, opts: { token?: string | null; loadFails?: boolean } = {}) {
  let token = opts.token === undefined ? (roles ? 'token-1' : null) : opts.token;
  let user: { roles: Role[] } | null = null;
  const port: SessionPort = {
    token: () => token,
    user: () => user,
    loadUser: vi.fn(async () => {
      // Like the real session: a token the server rejects is dropped.
      if (opts.loadFails || !roles) {
        token = null;
        return null;
      }
      user = { roles };
      return user;
    }),
  };
  return port;
}

async function landOn(path: string, port: SessionPort) {
  const router = createAppRouter(port, createMemoryHistory());
  await router.push(path);
  return router.currentRoute.value;
}

describe('access guard', () => {
  it('sends a visitor without a token to the login page, remembering the target', async () => {
    const route = await landOn('/admin/users', session(null));
    expect(route.name).toBe('login');
    expect(route.query.redirect).toBe('/admin/users');
  });

  it('sends a user whose token no longer resolves to the login page', async () => {
    const port = session(['ADMIN'], { loadFails: true });
    const route = await landOn('/home', port);
    expect(port.loadUser).toHaveBeenCalledOnce();
    expect(route.name).toBe('login');
  });

  it.each<[string, Role[], string]>([
    ['/admin/users', ['ADMIN'], 'admin-users'],
    ['/admin/units', ['ADMIN'], 'admin-units'],
    ['/admin/calendar', ['ADMIN'], 'admin-calendar'],
    ['/admin/calendar', ['STAFF'], 'forbidden'],
    ['/battle-map/print', ['LEADER'], 'battle-map-print'],
    ['/battle-map/print', ['REPORTER'], 'battle-map-print'],
    ['/battle-map/print', ['ADMIN'], 'forbidden'],
    ['/audit', ['ADMIN'], 'audit'],
    ['/audit', ['AUDITOR'], 'audit'],
    ['/home', ['REPORTER'], 'home'],
    // A leader arrives on the dashboard; with another role too, on the work home page.
    ['/', ['LEADER'], 'dashboard'],
    ['/home', ['LEADER'], 'dashboard'],
    ['/', ['LEADER', 'STAFF'], 'home'],
    ['/admin/users', ['STAFF'], 'forbidden'],
    ['/admin/units', ['AUDITOR'], 'forbidden'],
    ['/admin/units', ['LEADER', 'STAFF'], 'forbidden'],
    ['/audit', ['REPORTER'], 'forbidden'],
    ['/audit', ['STAFF', 'LEADER'], 'forbidden'],
    ['/audit', ['STAFF', 'AUDITOR'], 'audit'],
    ['/battle-map', ['LEADER'], 'battle-map'],
    ['/battle-map', ['REPORTER'], 'battle-map'],
    ['/battle-map', ['AUDITOR'], 'forbidden'],
    ['/week', ['REPORTER'], 'week'],
    ['/week', ['STAFF'], 'week'],
    ['/week', ['LEADER'], 'forbidden'],
  ])('%s with roles %j lands on %s', async (path, roles, expected) => {
    const route = await landOn(path, session(roles));
    expect(route.name).toBe(expected);
  });

  it('shows the 404 page for an unknown address, signed in or not', async () => {
    expect((await landOn('/no/such/page', session(null))).name).toBe('not-found');
    expect((await landOn('/no/such/page', session(['STAFF']))).name).toBe('not-found');
  });

  it('sends a signed-in user who opens /login to the home page', async () => {
    expect((await landOn('/login', session(['STAFF']))).name).toBe('home');
  });

  it('lets a visitor see the login page', async () => {
    expect((await landOn('/login', session(null))).name).toBe('login');
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/admin/users?x=1', '/admin/users?x=1'],
    ['//evil.example/phish', null],
    ['https://evil.example', null],
    ['/login?redirect=/login', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(safeRedirect(input)).toBe(expected);
  });
});

describe('menu from route meta', () => {
  const records = (() => {
    const router = createAppRouter(session(null), createMemoryHistory());
    return router.getRoutes();
  })();

  const flatten = (entries: MenuEntry[]): string[] =>
    entries.flatMap((entry) =>
      entry.kind === 'group' ? [entry.key, ...entry.children.map((c) => c.key)] : [entry.key],
    );

  it.each<[Role[], string[]]>([
    [
      ['ADMIN'],
      [
        'home',
        'dashboard',
        'unit-scores',
        'alerts',
        'alert-settings',
        'audit',
        'admin',
        'admin-units',
        'admin-users',
        'admin-calendar',
      ],
    ],
    [['AUDITOR'], ['home', 'audit']],
    [
      ['REPORTER'],
      [
        'week',
        'home',
        'dashboard',
        'unit-scores',
        'battle-map',
        'responsibility',
        'responsibility-mine',
        'responsibility-lists',
        'reports',
        'reports-mine',
        'alerts',
        'extensions',
        'accountability',
        'supervision-orders',
      ],
    ],
    [
      ['STAFF'],
      [
        'home',
        'dashboard',
        'unit-scores',
        'bulletin',
        'battle-map',
        'responsibility',
        'responsibility-lists',
        'responsibility-matrix',
        'responsibility-mine',
        'week',
        'reports',
        'reports-mine',
        'reports-review',
        'reports-templates',
        'alerts',
        'extensions',
        'accountability',
        'supervision-orders',
        'alert-settings',
      ],
    ],
    [
      ['LEADER'],
      [
        'dashboard',
        'home',
        'unit-scores',
        'bulletin',
        'battle-map',
        'responsibility',
        'responsibility-lists',
        'responsibility-matrix',
        'reports',
        'reports-mine',
        'alerts',
        'extensions',
        'accountability',
        'supervision-orders',
      ],
    ],
    [
      ['STAFF', 'REPORTER'],
      [
        'week',
        'home',
        'dashboard',
        'unit-scores',
        'bulletin',
        'battle-map',
        'responsibility',
        'responsibility-mine',
        'responsibility-lists',
        'responsibility-matrix',
        'reports',
        'reports-mine',
        'reports-review',
        'reports-templates',
        'alerts',
        'extensions',
        'accountability',
        'supervision-orders',
        'alert-settings',
      ],
    ],
  ])('roles %j see %j', (roles, expected) => {
    expect(flatten(buildMenu(records, roles))).toEqual(expected);
  });

  it('lists only routes that exist and have a label', () => {
    const names = new Set(records.map((r) => r.name));
    const menu = buildMenu(records, ['ADMIN', 'STAFF', 'LEADER', 'REPORTER', 'AUDITOR']);
    // Group headings (系统管理, 责任清单, 报备) are not routes; every leaf is.
    const leaves = menu.flatMap((entry) => (entry.kind === 'group' ? entry.children : [entry]));
    for (const leaf of leaves) expect(names.has(leaf.key)).toBe(true);
    expect(appRoutes.length).toBeGreaterThan(0);
  });
});
