/** 撤回: the filing unit withdraws its matter, giving the reason the schema requires. */
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Input, Modal } from 'antd';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { withdrawalRequest } from '@schemas/matter';
import { useI18n } from '../i18n/i18n';
import { FieldError } from '../apply/FormFields';
import { useWithdraw } from './queries';

export function WithdrawButton({ matterId }: { matterId: string }) {
  const { t, bi } = useI18n();
  const [open, setOpen] = useState(false);
  const withdraw = useWithdraw(matterId);
  const form = useForm<{ reason: string }>({ resolver: zodResolver(withdrawalRequest), defaultValues: { reason: '' } });
  const submit = form.handleSubmit(async ({ reason }) => {
    await withdraw.mutateAsync(reason);
    setOpen(false);
  });
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('matter.withdraw')}
      </Button>
      <Modal
        open={open}
        title={t('matter.withdrawTitle')}
        okText={t('matter.withdrawConfirm')}
        okButtonProps={{ danger: true, loading: withdraw.isPending }}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        {withdraw.isError && <Alert type="error" showIcon message={bi(withdraw.error.message)} style={{ marginBottom: 12 }} />}
        <label htmlFor="withdraw-reason" style={{ fontWeight: 600, display: 'block', marginBottom: 4 }}>
          {t('matter.withdrawReason')}
        </label>
        <FieldError path="withdraw.reason" message={form.formState.errors.reason?.message} />
        <Controller
          name="reason"
          control={form.control}
          render={({ field }) => <Input.TextArea id="withdraw-reason" rows={3} {...field} aria-invalid={form.formState.errors.reason ? true : undefined} />}
        />
      </Modal>
    </>
  );
}
