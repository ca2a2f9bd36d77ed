import { Setting, Tickets, Upload } from '@element-plus/icons-vue';
import type { Component } from 'vue';
import type { RouteRecordNormalized } from 'vue-router';
import type { Role } from '@/gql/graphql';
import { rolesAllow } from './access-guard';
import type { MenuGroupKey, MenuMeta } from './route-meta';

export interface MenuItem {
  kind: 'item';
  key: string;
  path: string;
  labelKey: string;
  icon: Component;
  order: number;
}

export interface MenuGroup {
  kind: 'group';
  key: MenuGroupKey;
  labelKey: string;
  icon: Component;
  order: number;
  children: MenuItem[];
}

export type MenuEntry = MenuItem | MenuGroup;

export const MENU_GROUPS: Record<MenuGroupKey, { labelKey: string; icon: Component; order: number }> = {
  // 责任清单: after 挂图作战 (20), before 本周任务 (30).
  responsibility: { labelKey: 'responsibility.menu.group', icon: Tickets, order: 25 },
  // 报备管理: after 本周任务 (30), before 预警中心 (40).
  reports: { labelKey: 'reports.menu.group', icon: Upload, order: 35 },
  admin: { labelKey: 'layout.menu.admin', icon: Setting, order: 900 },
};

type MenuSource = Pick<RouteRecordNormalized, 'path' | 'name' | 'meta'>;

const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

function orderFor(menu: MenuMeta, roles: readonly Role[]): number {
  const overrides = roles.map((role) => menu.orderFor?.[role]).filter((n): n is number => n !== undefined);
  return overrides.length ? Math.min(...overrides) : menu.order;
}

// The side menu is data: every route with meta.menu the user's roles allow, grouped and ordered.
export function buildMenu(records: readonly MenuSource[], roles: readonly Role[]): MenuEntry[] {
  const top: MenuEntry[] = [];
  const groups = new Map<MenuGroupKey, MenuGroup>();

  for (const record of records) {
    const menu = record.meta.menu;
    if (!menu || !rolesAllow(record.meta.roles, roles)) continue;
    const item: MenuItem = {
      kind: 'item',
      key: String(record.name ?? record.path),
      path: record.path,
      labelKey: menu.labelKey,
      icon: menu.icon,
      order: orderFor(menu, roles),
    };
    if (!menu.group) {
      top.push(item);
      continue;
    }
    let group = groups.get(menu.group);
    if (!group) {
      group = { kind: 'group', key: menu.group, ...MENU_GROUPS[menu.group], children: [] };
      groups.set(menu.group, group);
      top.push(group);
    }
    group.children.push(item);
  }

  for (const group of groups.values()) group.children.sort(byOrder);
  return top.sort(byOrder);
}
