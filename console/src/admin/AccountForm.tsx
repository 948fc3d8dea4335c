/** 新建或编辑账号: login, name, kind, and the organisations with the roles held in each; the API's field problems land on their fields. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { role } from '@schemas/matter';
import type { Account } from '../api/contract';
import { ApiError } from '../api/http';
import { useI18n } from '../i18n/i18n';
import { useSaveAccount } from './queries';

type Values = Pick<Account, 'login' | 'name' | 'kind' | 'memberships'>;

export function AccountForm({ account, onClose }: { account?: Account; onClose(): void }) {
  const { t, bi } = useI18n();
  const [form] = Form.useForm<Values>();
  const save = useSaveAccount();

  const submit = async (values: Values) => {
    try {
      await save.mutateAsync({ ...values, active: account?.active ?? true });
      onClose();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const problems = error.body?.problems ?? [];
      if (problems.length === 0) return form.setFields([{ name: 'login', errors: [bi(error.message)] }]);
      // The API names fields as `body.memberships.0.organisation`: the same path the form's fields have.
      const fields = problems.map((p) => {
        const path = (p.field ?? '').replace(/^(body|params)\./, '').split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
        return { name: path[0] ? path : ['login'], errors: [bi(p.message)] };
      });
      form.setFields(fields as Parameters<typeof form.setFields>[0]);
    }
  };

  return (
    <Modal open title={t(account ? 'directory.editAccount' : 'directory.newAccount')} onCancel={onClose} onOk={() => form.submit()} okButtonProps={{ loading: save.isPending }} cancelText={t('common.cancel')} width={640} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={account ?? { kind: 'person', memberships: [{ organisation: '', roles: [] }] }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="login" label={t('directory.login')} rules={[{ required: true, pattern: /^[\w.@-]{2,64}$/, message: '登录名：字母、数字或 . _ @ -' }]}>
          <Input disabled={Boolean(account)} />
        </Form.Item>
        <Form.Item name="name" label={t('directory.name')} rules={[{ required: true, whitespace: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="kind" label={t('directory.accountKind')}>
          <Radio.Group options={[{ value: 'person', label: t('directory.person') }, { value: 'service', label: t('directory.service') }]} />
        </Form.Item>
        <Form.List name="memberships">
          {(fields, { add, remove }) => (
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14 }}>{t('directory.memberships')}</legend>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'organisation']} label={`${t('directory.organisation')} ${index + 1}`} rules={[{ required: true }]}>
                    <Input style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'roles']} label={`${t('directory.roles')} ${index + 1}`} rules={[{ required: true, type: 'array', min: 1 }]}>
                    <Select mode="multiple" style={{ width: 280 }} options={role.options.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} aria-label={`${t('directory.removeMembership')} ${index + 1}`} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />}
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ organisation: '', roles: [] })}>
                {t('directory.addMembership')}
              </Button>
            </fieldset>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
