/**
 * 机构与账号: organisations and accounts searched and listed; an account created or edited with
 * its memberships, deactivated or activated again; a service account's new secret shown once.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { organisationKind } from '@schemas/principal';
import type { Account, Organisation } from '../api/contract';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { PageHeader } from '../shell/PageHeader';
import { tagColours } from '../shared/sla';
import { FilterSelect } from '../shared/FilterSelect';
import { listPagination, useListParams } from '../shared/url-filters';
import { AccountForm } from './AccountForm';
import { useAccounts, useIssueSecret, useOrganisations, useSaveAccount, useSaveOrganisation } from './queries';

function StateTag({ active }: { active: boolean }) {
  const { t } = useI18n();
  return <Tag color={active ? tagColours.green : tagColours.grey}>{t(active ? 'directory.active' : 'directory.inactive')}</Tag>;
}

function SearchBox({ value, onSearch }: { value?: string; onSearch(q?: string): void }) {
  const { t } = useI18n();
  return <Input.Search aria-label={t('directory.search')} placeholder={t('directory.search')} allowClear defaultValue={value} onSearch={(q) => onSearch(q.trim() || undefined)} style={{ width: 280 }} enterButton={t('common.search')} />;
}

function AccountsTab() {
  const { t, bi } = useI18n();
  const { message } = App.useApp();
  const list = useListParams(['q', 'kind'] as const);
  const accounts = useAccounts({ ...list.filters, page: list.page, pageSize: list.pageSize });
  const save = useSaveAccount();
  const issue = useIssueSecret();
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [secret, setSecret] = useState<{ clientId: string; clientSecret: string } | null>(null);

  const failed = (error: unknown) => void message.error(error instanceof ApiError ? bi(error.message) : t('common.loadFailed'));
  const toggle = (account: Account) => save.mutateAsync({ ...account, active: !account.active }).then(() => message.success(t('common.saved')), failed);
  const newSecret = (account: Account) => issue.mutateAsync(account.login).then(setSecret, failed);

  const columns: ColumnsType<Account> = [
    { title: t('directory.login'), dataIndex: 'login' },
    { title: t('directory.name'), dataIndex: 'name' },
    { title: t('directory.accountKind'), dataIndex: 'kind', render: (kind: Account['kind']) => t(`directory.${kind}`) },
    {
      title: t('directory.memberships'),
      key: 'memberships',
      render: (_, account) => (
        <ul style={{ margin: 0, paddingInlineStart: 16 }}>
          {account.memberships.map((m) => (
            <li key={m.organisation}>
              {m.organisation}：{m.roles.map((r) => t(`role.${r}`)).join('、')}
            </li>
          ))}
        </ul>
      ),
    },
    { title: t('directory.state'), dataIndex: 'active', render: (active: boolean) => <StateTag active={active} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, account) => (
        <Space wrap size={4}>
          <Button size="small" onClick={() => setEditing(account)} aria-label={`${t('directory.editAccount')} ${account.login}`}>
            {t('directory.editAccount')}
          </Button>
          <Button size="small" danger={account.active} onClick={() => void toggle(account)} aria-label={`${t(account.active ? 'directory.deactivate' : 'directory.activate')} ${account.login}`}>
            {t(account.active ? 'directory.deactivate' : 'directory.activate')}
          </Button>
          {account.kind === 'service' && account.active && (
            <Button size="small" onClick={() => void newSecret(account)} aria-label={`${t('directory.issueSecret')} ${account.login}`}>
              {t('directory.issueSecret')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('common.filters')}>
        <SearchBox value={list.filters.q} onSearch={(q) => list.update({ filters: { q } })} />
        <FilterSelect
          id="account-kind"
          label={t('directory.accountKind')}
          width={140}
          value={list.filters.kind}
          onChange={(kind) => list.update({ filters: { kind } })}
          options={(['person', 'service'] as const).map((kind) => ({ value: kind, label: t(`directory.${kind}`) }))}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('directory.newAccount')}
        </Button>
      </Space>
      <Table<Account>
        rowKey="login"
        columns={columns}
        dataSource={accounts.data?.items}
        loading={accounts.isPending}
        pagination={listPagination(list, accounts.data?.total)}
      />
      {editing && <AccountForm account={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {/* Rendered only while there is a secret to show: closed, it leaves neither the page nor memory. */}
      {secret && (
        <Modal
          open
          title={t('directory.secretTitle', { login: secret.clientId })}
          closable={false}
          maskClosable={false}
          keyboard={false}
          footer={
            <Button type="primary" onClick={() => setSecret(null)}>
              {t('directory.close')}
            </Button>
          }
        >
          <Alert type="warning" showIcon message={t('directory.secretOnce')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph copyable={{ tooltips: [t('directory.copy'), t('directory.copied')] }} code data-testid="client-secret">
            {secret.clientSecret}
          </Typography.Paragraph>
        </Modal>
      )}
    </>
  );
}

function OrganisationsTab() {
  const { t, bi } = useI18n();
  const { message } = App.useApp();
  // Names of their own in the address, so the accounts' search does not carry over.
  const list = useListParams(['orgQ', 'orgKind'] as const);
  const organisations = useOrganisations({ q: list.filters.orgQ, kind: list.filters.orgKind, page: list.page, pageSize: list.pageSize });
  const save = useSaveOrganisation();
  const toggle = (organisation: Organisation) =>
    save.mutateAsync({ ...organisation, active: !organisation.active }).then(
      () => message.success(t('common.saved')),
      (error: unknown) => message.error(error instanceof ApiError ? bi(error.message) : t('common.loadFailed')),
    );

  const columns: ColumnsType<Organisation> = [
    { title: t('directory.code'), dataIndex: 'code' },
    { title: t('directory.name'), dataIndex: 'name' },
    { title: t('directory.kind'), dataIndex: 'kind', render: (kind: Organisation['kind']) => t(`orgKind.${kind}`) },
    { title: t('directory.region'), dataIndex: 'region' },
    { title: t('directory.state'), dataIndex: 'active', render: (active: boolean) => <StateTag active={active} /> },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, organisation) => (
        <Button size="small" danger={organisation.active} onClick={() => void toggle(organisation)} aria-label={`${t(organisation.active ? 'directory.deactivate' : 'directory.activate')} ${organisation.code}`}>
          {t(organisation.active ? 'directory.deactivate' : 'directory.activate')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <Space wrap style={{ marginBottom: 16 }} role="search" aria-label={t('common.filters')}>
        <SearchBox value={list.filters.orgQ} onSearch={(orgQ) => list.update({ filters: { orgQ } })} />
        <FilterSelect
          id="organisation-kind"
          label={t('directory.kind')}
          value={list.filters.orgKind}
          onChange={(orgKind) => list.update({ filters: { orgKind } })}
          options={organisationKind.options.map((kind) => ({ value: kind, label: t(`orgKind.${kind}`) }))}
        />
      </Space>
      <Table<Organisation>
        rowKey="code"
        columns={columns}
        dataSource={organisations.data?.items}
        loading={organisations.isPending}
        pagination={listPagination(list, organisations.data?.total)}
      />
    </>
  );
}

export default function DirectoryPage() {
  const { t } = useI18n();
  const title = t('nav.directory');
  const [tab, setTab] = useState('accounts');
  return (
    <>
      <PageHeader title={title} crumbs={[{ title: t('nav.home'), to: '/' }, { title }]} />
      <div style={{ padding: '0 24px 24px', background: '#fff', margin: '0 24px 24px' }}>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          destroyOnHidden
          items={[
            { key: 'accounts', label: t('directory.accounts'), children: <AccountsTab /> },
            { key: 'organisations', label: t('directory.organisations'), children: <OrganisationsTab /> },
          ]}
        />
      </div>
    </>
  );
}
