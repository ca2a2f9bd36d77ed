import type { Component } from 'vue';
import type { Role } from '@/gql/graphql';

export type MenuGroupKey = 'admin' | 'responsibility' | 'reports';

export interface MenuMeta {
  labelKey: string;
  icon: Component;
  // Lower comes first; leave gaps so later features can slot in (挂图作战, 责任清单, 预警中心 …).
  order: number;
  // A different place for some roles, e.g. 本周任务 first for unit reporters; the lowest applies.
  orderFor?: Partial<Record<Role, number>>;
  group?: MenuGroupKey;
}

declare module 'vue-router' {
  interface RouteMeta {
    // Reachable without signing in.
    public?: boolean;
    // Any one of these roles may open the route; absent = every signed-in user.
    roles?: readonly Role[];
    // i18n key for the page title (document.title and the header).
    titleKey?: string;
    // Present = the route is listed in the side menu.
    menu?: MenuMeta;
  }
}
