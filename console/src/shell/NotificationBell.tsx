/** The bell: unread notifications (SLA cards, tasks assigned, corrections asked), each linking to its matter. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { formatMoment } from '../shared/format';
import { useMarkRead, useUnreadNotifications } from './notifications';

export function NotificationBell() {
  const { t, locale } = useI18n();
  const notifications = useUnreadNotifications();
  const markRead = useMarkRead();
  // Until the API serves notifications there is nothing to ring for.
  if (!notifications.data) return null;
  const { items, unread } = notifications.data;
  const content = (
    <div style={{ width: 340 }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bell.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              actions={[
                <Button key="read" type="link" size="small" onClick={() => markRead.mutate(item.id)}>
                  {t('bell.markRead')}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={<Link to={`/matters/${encodeURIComponent(item.matterId)}`}>{item.title}</Link>}
                description={
                  <>
                    {item.body && <div>{item.body}</div>}
                    <Typography.Text type="secondary">{formatMoment(item.createdAt, locale)}</Typography.Text>
                  </>
                }
              />
            </List.Item>
          )}
        />
      )}
      {items.length > 0 && (
        <Button block type="link" onClick={() => markRead.mutate('all')}>
          {t('bell.readAll')}
        </Button>
      )}
    </div>
  );
  return (
    <Popover trigger="click" placement="bottomRight" title={t('bell.title')} content={content}>
      <Button type="text" aria-label={t('bell.label', { count: unread })} icon={<Badge count={unread} size="small"><BellOutlined style={{ fontSize: 18, color: '#fff' }} /></Badge>} />
    </Popover>
  );
}
