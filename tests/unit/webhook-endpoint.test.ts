/**
 * Where webhooks may go, decided before anything is sent: addresses that reach our own machine,
 * the networks behind it or a cloud's metadata service are refused in every spelling; host
 * names must be sane public names; production takes https only; a name is checked against
 * every address it resolves to at each delivery, so a name changed to point inward later is
 * refused then — and the transport (guarded to loopback) is never reached.
 */
import { describe, expect, it } from 'vitest';
import { refusedAddress } from '../../webhooks/address';
import { checkEndpoint, endpointUrlProblem } from '../../webhooks/endpoint';
import { sendSigned } from '../../webhooks/send';
import type { Transport } from '../../webhooks/transport';
import { fakeResolver, testWebhookSettings } from '../support/webhooks';

const production = testWebhookSettings({ requireHttps: true, allowedHosts: [] });

describe('addresses webhooks never reach', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fd00:ec2::254', 'metadata'],
    ['fc00::1', 'private'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'metadata'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['2002:7f00:1::', 'reserved'],
    ['2001:db8::1', 'documentation'],
  ])('refuses %s (%s)', (address, why) => {
    expect(refusedAddress(address)).toContain(why);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8'])('lets %s through', (address) => {
    expect(refusedAddress(address)).toBeUndefined();
  });
});

describe('endpoint URLs', () => {
  it.each([
    ['https://127.0.0.1/hook', 'loopback'],
    ['https://10.0.0.1/hook', 'private'],
    ['https://169.254.169.254/latest/meta-data', 'metadata'],
    ['https://[::1]/hook', 'loopback'],
    ['https://[::ffff:127.0.0.1]/hook', 'loopback'],
    ['https://2130706433/hook', 'loopback'],
    ['https://0x7f.1/hook', 'loopback'],
    ['http://hooks.example.org/hook', 'https'],
    ['https://user:secret@hooks.example.org/hook', 'user name or password'],
    [`https://${'a'.repeat(2000)}.org/hook`, 'longer than 253'],
    [`https://${'a'.repeat(64)}.example.org/hook`, 'label'],
    [`https://${'abcdefgh.'.repeat(30)}org/hook`, 'longer than 253'],
    ['https://intranet/hook', 'fully qualified'],
    ['https://metadata.google.internal/computeMetadata/v1', 'not a public host name'],
    ['https://localhost/hook', 'fully qualified'],
    ['https://app.localhost/hook', 'not a public host name'],
    ['https://printer.local/hook', 'not a public host name'],
    ['https://bad_name.example.org/hook', 'label'],
  ])('refuses %s in production', (url, why) => {
    expect(endpointUrlProblem(url, production)).toContain(why);
  });

  it('takes a public https name in production, and http where https is not required', () => {
    expect(endpointUrlProblem('https://hooks.example.org/yijianshi?team=7', production)).toBeUndefined();
    expect(endpointUrlProblem('http://hooks.example.org/hook', testWebhookSettings())).toBeUndefined();
  });

  it('lets allowlisted hosts through (the local default and the tests)', () => {
    const local = testWebhookSettings();
    expect(endpointUrlProblem('http://127.0.0.1:8080/hook', local)).toBeUndefined();
    expect(endpointUrlProblem('http://localhost:8080/hook', local)).toBeUndefined();
    expect(endpointUrlProblem('http://10.0.0.1/hook', local)).toContain('private');
  });
});

describe('resolution at every delivery', () => {
  const refusingTransport: Transport = async ({ endpoint }) => {
    throw new Error(`the transport was reached for ${endpoint.address}`);
  };

  it('refuses a name that resolves to a loopback, private or metadata address, and any name with one such address among others', async () => {
    const settings = testWebhookSettings({
      requireHttps: true,
      allowedHosts: [],
      resolve: fakeResolver({
        'loop.example.org': ['127.0.0.1'],
        'inside.example.org': ['10.0.0.1'],
        'meta.example.org': ['169.254.169.254'],
        'mixed.example.org': ['93.184.215.14', '192.168.0.10'],
        'six.example.org': ['::ffff:10.1.2.3'],
      }),
    });
    for (const [host, why] of [
      ['loop.example.org', 'loopback'],
      ['inside.example.org', 'private'],
      ['meta.example.org', 'metadata'],
      ['mixed.example.org', 'private'],
      ['six.example.org', 'private'],
    ]) {
      const checked = await checkEndpoint(`https://${host}/hook`, settings);
      expect(checked.ok).toBe(false);
      expect(!checked.ok && checked.reason).toContain(why);
    }
    expect(await checkEndpoint('https://nowhere.example.org/hook', settings)).toMatchObject({ ok: false, reason: expect.stringContaining('does not resolve') });
  });

  it('never sends to a name that was public when subscribed and points inward now', async () => {
    const table: Record<string, string[]> = { 'moving.example.org': ['93.184.215.14'] };
    const settings = testWebhookSettings({ requireHttps: true, allowedHosts: [], resolve: (host) => fakeResolver(table)(host), transport: refusingTransport });
    expect(await checkEndpoint('https://moving.example.org/hook', settings)).toMatchObject({ ok: true, address: '93.184.215.14' });

    table['moving.example.org'] = ['10.0.0.1'];
    const sent = await sendSigned(settings, { url: 'https://moving.example.org/hook', secret: 's' }, { id: 'd-1', type: 'matter.status', body: '{}' });
    expect(sent).toEqual({ ok: false, refused: true, error: expect.stringContaining('10.0.0.1, a private address') });
  });

  it('connects to the address that was checked, naming the host', async () => {
    const seen: { address: string; host: string }[] = [];
    const recording: Transport = async ({ endpoint }) => {
      seen.push({ address: endpoint.address, host: endpoint.url.hostname });
      return { status: 204, body: '' };
    };
    const settings = testWebhookSettings({ allowedHosts: ['receiver.example.org'], resolve: fakeResolver({ 'receiver.example.org': ['127.0.0.5'] }), transport: recording });
    expect(await sendSigned(settings, { url: 'http://receiver.example.org:9/hook', secret: 's' }, { id: 'd-2', type: 'matter.status', body: '{}' })).toMatchObject({ ok: true, status: 204 });
    expect(seen).toEqual([{ address: '127.0.0.5', host: 'receiver.example.org' }]);
  });
});
