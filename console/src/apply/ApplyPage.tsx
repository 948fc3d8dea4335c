/** 办事: the clerk chooses the matter, then fills its one form. */
import { Card, Col, Row, Typography } from 'antd';
import { Link } from 'react-router';
import { matterKinds } from '@schemas/matter';
import { useI18n } from '../i18n/i18n';
import { PageHeader } from '../shell/PageHeader';

export default function ApplyPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader title={t('apply.title')} crumbs={[{ title: t('nav.home'), to: '/' }, { title: t('apply.title') }]} />
      <div style={{ padding: '0 24px 24px' }}>
        <Typography.Paragraph>{t('apply.intro')}</Typography.Paragraph>
        <Row gutter={[16, 16]}>
          {matterKinds.map((kind) => (
            <Col key={kind} xs={24} md={8}>
              <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>{t(`kind.${kind}`)}</h2>}>
                <Typography.Paragraph style={{ minHeight: 66 }}>{t(`apply.about.${kind}`)}</Typography.Paragraph>
                <Link to={`/apply/${kind}`} style={{ fontWeight: 600 }}>
                  {t('apply.start')} ›
                </Link>
              </Card>
            </Col>
          ))}
        </Row>
      </div>
    </>
  );
}
