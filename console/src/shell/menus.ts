/** Menus by role, as Ant Design Pro has them: a clerk files and follows matters, staff work from their inbox. */
import type { Role } from '@schemas/matter';
import type { MessageKey } from '../i18n/i18n';

export interface MenuEntry {
  path: string;
  label: MessageKey;
  roles: readonly Role[];
}

const staff: readonly Role[] = ['competent-reviewer', 'hall-officer', 'countersigner', 'department-officer'];

export const menuEntries: readonly MenuEntry[] = [
  { path: '/apply', label: 'nav.apply', roles: ['unit-clerk'] },
  { path: '/matters', label: 'nav.myMatters', roles: ['unit-clerk'] },
  { path: '/inbox', label: 'nav.inbox', roles: ['unit-clerk', ...staff] },
  { path: '/matters', label: 'nav.matters', roles: [...staff, 'supervisor', 'admin'] },
  { path: '/supervision', label: 'nav.supervision', roles: ['supervisor', 'admin'] },
  { path: '/audit', label: 'nav.audit', roles: ['supervisor', 'admin'] },
  { path: '/admin/calendar', label: 'nav.calendar', roles: ['admin'] },
  { path: '/admin/directory', label: 'nav.directory', roles: ['admin'] },
  { path: '/admin/webhooks', label: 'nav.webhooks', roles: ['admin'] },
];

/** Each path once, under the first label that applies (a clerk who is also staff sees 我的事项). */
export function menusFor(roles: ReadonlySet<Role>): MenuEntry[] {
  const seen = new Set<string>();
  return menuEntries.filter((entry) => {
    if (seen.has(entry.path) || !entry.roles.some((role) => roles.has(role))) return false;
    seen.add(entry.path);
    return true;
  });
}

/** Where a person lands after sign-in: a clerk on their matters, staff in their inbox, supervisors and administrators on the dashboard. */
export function homeFor(roles: ReadonlySet<Role>): string {
  if (roles.has('unit-clerk')) return '/matters';
  if (staff.some((role) => roles.has(role))) return '/inbox';
  if (roles.has('supervisor') || roles.has('admin')) return '/supervision';
  return '/matters';
}
