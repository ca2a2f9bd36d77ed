import {
  Bell,
  DataAnalysis,
  Histogram,
  Calendar,
  Clock,
  DataBoard,
  Document,
  DocumentChecked,
  Finished,
  Grid,
  House,
  List,
  Memo,
  Notebook,
  Flag,
  OfficeBuilding,
  Setting,
  Stamp,
  Timer,
  Upload,
  User,
} from '@element-plus/icons-vue';
import type { RouteRecordRaw } from 'vue-router';
import './route-meta';

// Adding a feature = adding a child route here with meta.menu (and meta.roles when it is gated);
// the side menu is built from this list.
export const appRoutes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/login-page.vue'),
    meta: { public: true, titleKey: 'auth.login.title' },
  },
  {
    // Outside the app layout: a sheet for the printer, without header or menu.
    path: '/battle-map/print',
    name: 'battle-map-print',
    component: () => import('@/features/battle-map/battle-map-print-page.vue'),
    meta: { roles: ['STAFF', 'LEADER', 'REPORTER'], titleKey: 'battleMap.print.title' },
  },
  {
    path: '/bulletin/print',
    name: 'bulletin-print',
    component: () => import('@/features/bulletin/bulletin-print-page.vue'),
    meta: { roles: ['STAFF', 'LEADER', 'ADMIN'], titleKey: 'bulletin.printTitle' },
  },
  {
    path: '/supervision/:id/print',
    name: 'supervision-order-print',
    component: () => import('@/features/supervision/supervision-order-print-page.vue'),
    meta: { roles: ['STAFF', 'LEADER', 'REPORTER'], titleKey: 'supervision.print.title' },
  },
  {
    path: '/',
    component: () => import('../layouts/app-layout.vue'),
    children: [
      { path: '', redirect: { name: 'home' } },
      {
        path: 'home',
        name: 'home',
        component: () => import('@/features/home/home-page.vue'),
        meta: {
          titleKey: 'layout.menu.home',
          menu: { labelKey: 'layout.menu.home', icon: House, order: 10 },
        },
      },
      {
        path: 'dashboard',
        name: 'dashboard',
        component: () => import('@/features/dashboard/dashboard-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'ADMIN', 'REPORTER'],
          titleKey: 'dashboard.title',
          menu: { labelKey: 'dashboard.menu', icon: DataAnalysis, order: 15, orderFor: { LEADER: 5 } },
        },
      },
      {
        path: 'dashboard/scores',
        name: 'unit-scores',
        component: () => import('@/features/dashboard/scores-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'ADMIN', 'REPORTER'],
          titleKey: 'dashboard.scores.title',
          menu: { labelKey: 'dashboard.scores.menu', icon: Histogram, order: 16 },
        },
      },
      {
        path: 'week',
        name: 'week',
        component: () => import('@/features/week-board/week-board-page.vue'),
        meta: {
          roles: ['STAFF', 'REPORTER'],
          titleKey: 'layout.menu.week',
          // A unit reporter's weekly job is this page, so it leads their menu.
          menu: { labelKey: 'layout.menu.week', icon: Calendar, order: 30, orderFor: { REPORTER: 5 } },
        },
      },
      {
        path: 'battle-map',
        name: 'battle-map',
        component: () => import('@/features/battle-map/battle-map-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'REPORTER'],
          titleKey: 'layout.menu.battleMap',
          menu: { labelKey: 'layout.menu.battleMap', icon: DataBoard, order: 20 },
        },
      },
      {
        path: 'responsibility/lists',
        name: 'responsibility-lists',
        component: () => import('@/features/responsibility/lists-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'REPORTER'],
          titleKey: 'responsibility.menu.lists',
          menu: { labelKey: 'responsibility.menu.lists', icon: List, order: 10, group: 'responsibility' },
        },
      },
      {
        path: 'responsibility/matrix',
        name: 'responsibility-matrix',
        component: () => import('@/features/responsibility/matrix-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER'],
          titleKey: 'responsibility.menu.matrix',
          menu: { labelKey: 'responsibility.menu.matrix', icon: Grid, order: 20, group: 'responsibility' },
        },
      },
      {
        path: 'responsibility/mine',
        name: 'responsibility-mine',
        component: () => import('@/features/responsibility/mine-page.vue'),
        meta: {
          roles: ['STAFF', 'REPORTER'],
          titleKey: 'responsibility.menu.mine',
          // A reporter's home for this feature, so it leads the group for them.
          menu: {
            labelKey: 'responsibility.menu.mine',
            icon: Finished,
            order: 30,
            orderFor: { REPORTER: 5 },
            group: 'responsibility',
          },
        },
      },
      {
        path: 'reports/mine',
        name: 'reports-mine',
        component: () => import('@/features/reports/report-mine-page.vue'),
        meta: {
          // LEADER: the contact-point records a deputy secretary files for their counties.
          roles: ['STAFF', 'REPORTER', 'LEADER'],
          titleKey: 'reports.menu.mine',
          menu: { labelKey: 'reports.menu.mine', icon: Upload, order: 10, group: 'reports' },
        },
      },
      {
        path: 'reports/review',
        name: 'reports-review',
        component: () => import('@/features/reports/report-review-page.vue'),
        meta: {
          roles: ['STAFF'],
          titleKey: 'reports.menu.review',
          menu: { labelKey: 'reports.menu.review', icon: DocumentChecked, order: 20, group: 'reports' },
        },
      },
      {
        path: 'reports/templates',
        name: 'reports-templates',
        component: () => import('@/features/reports/report-templates-page.vue'),
        meta: {
          roles: ['STAFF'],
          titleKey: 'reports.menu.templates',
          menu: { labelKey: 'reports.menu.templates', icon: Memo, order: 30, group: 'reports' },
        },
      },
      {
        // One report: the reporter fills it in, staff read and review it.
        path: 'reports/obligations/:id',
        name: 'report-obligation',
        component: () => import('@/features/reports/report-obligation-page.vue'),
        meta: { roles: ['STAFF', 'LEADER', 'REPORTER'], titleKey: 'reports.fill.title' },
      },
      {
        path: 'alerts',
        name: 'alerts',
        component: () => import('@/features/alerts/alerts-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'REPORTER', 'ADMIN'],
          titleKey: 'alerts.title',
          menu: { labelKey: 'alerts.menu', icon: Bell, order: 40 },
        },
      },
      {
        path: 'accountability',
        name: 'accountability',
        component: () => import('@/features/accountability/accountability-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'REPORTER'],
          titleKey: 'accountability.title',
          menu: { labelKey: 'accountability.menu', icon: Stamp, order: 45 },
        },
      },
      {
        path: 'supervision',
        name: 'supervision-orders',
        component: () => import('@/features/supervision/supervision-orders-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'REPORTER'],
          titleKey: 'supervision.title',
          menu: { labelKey: 'supervision.menu', icon: Flag, order: 46 },
        },
      },
      {
        path: 'bulletin',
        name: 'bulletin',
        component: () => import('@/features/bulletin/bulletin-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER'],
          titleKey: 'bulletin.menu',
          menu: { labelKey: 'bulletin.menu', icon: Notebook, order: 17 },
        },
      },
      {
        path: 'extensions',
        name: 'extensions',
        component: () => import('@/features/extensions/extensions-page.vue'),
        meta: {
          roles: ['STAFF', 'LEADER', 'REPORTER'],
          titleKey: 'extensions.title',
          menu: { labelKey: 'extensions.menu', icon: Clock, order: 42 },
        },
      },
      {
        path: 'alert-settings',
        name: 'alert-settings',
        component: () => import('@/features/alert-settings/alert-settings-page.vue'),
        meta: {
          roles: ['STAFF', 'ADMIN'],
          titleKey: 'alertSettings.title',
          menu: { labelKey: 'alertSettings.menu', icon: Setting, order: 46 },
        },
      },
      {
        path: 'audit',
        name: 'audit',
        component: () => import('@/features/audit/audit-page.vue'),
        meta: {
          roles: ['AUDITOR', 'ADMIN'],
          titleKey: 'layout.menu.audit',
          menu: { labelKey: 'layout.menu.audit', icon: Document, order: 80 },
        },
      },
      {
        path: 'admin/units',
        name: 'admin-units',
        component: () => import('@/features/admin/units-page.vue'),
        meta: {
          roles: ['ADMIN'],
          titleKey: 'layout.menu.units',
          menu: { labelKey: 'layout.menu.units', icon: OfficeBuilding, order: 10, group: 'admin' },
        },
      },
      {
        path: 'admin/users',
        name: 'admin-users',
        component: () => import('@/features/admin/users-page.vue'),
        meta: {
          roles: ['ADMIN'],
          titleKey: 'layout.menu.users',
          menu: { labelKey: 'layout.menu.users', icon: User, order: 20, group: 'admin' },
        },
      },
      {
        path: 'admin/calendar',
        name: 'admin-calendar',
        component: () => import('@/features/admin/calendar-page.vue'),
        meta: {
          roles: ['ADMIN'],
          titleKey: 'layout.menu.calendar',
          menu: { labelKey: 'layout.menu.calendar', icon: Timer, order: 30, group: 'admin' },
        },
      },
      {
        path: 'forbidden',
        name: 'forbidden',
        component: () => import('../pages/forbidden-page.vue'),
        meta: { titleKey: 'errors.forbiddenPage.title' },
      },
    ],
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../pages/not-found-page.vue'),
    meta: { public: true, titleKey: 'errors.notFoundPage.title' },
  },
];
