/** The top of every page: where it sits (breadcrumb), its title as the page's one h1, and its actions. */
import { Breadcrumb, Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';

export interface Crumb {
  title: string;
  to?: string;
}

export function PageHeader({ title, crumbs, extra, children }: { title: string; crumbs: Crumb[]; extra?: ReactNode; children?: ReactNode }) {
  const { t } = useI18n();
  useEffect(() => {
    document.title = `${title} · ${t('app.short')}`;
  }, [title, t]);
  return (
    <div style={{ background: '#fff', padding: '12px 24px 16px', marginBottom: 16, borderBottom: '1px solid #f0f0f0' }}>
      <Breadcrumb items={crumbs.map((crumb) => ({ title: crumb.to ? <Link to={crumb.to}>{crumb.title}</Link> : crumb.title }))} />
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginTop: 8 }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children}
    </div>
  );
}
