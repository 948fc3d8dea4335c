/**
 * The circuit breaker's arithmetic: quick retries, the circuit opening after the policy's
 * failures, probes at doubling intervals up to the cap, the last probe falling on the end of
 * the window and disabling after it; a success ends the streak.
 */
import { describe, expect, it } from 'vitest';
import { defaultCircuitPolicy as policy } from '../../schemas/webhook';
import { Circuit } from '../../workflows/webhook-circuit';

const hour = 3_600_000;

describe('an endpoint’s circuit', () => {
  it('retries quickly, opens after five failures, probes at growing intervals and disables after 24 h', () => {
    const circuit = new Circuit();
    let now = 0;
    const waits: number[] = [];
    for (;;) {
      const next = circuit.failed(now, policy);
      if (next.kind === 'disable') break;
      if (next.opened) expect(waits).toHaveLength(4);
      waits.push(next.waitMs);
      now += next.waitMs;
    }
    expect(waits.slice(0, 4)).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(waits.slice(4, 8)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(Math.max(...waits)).toBe(hour);
    expect(now).toBe(24 * hour);
    expect(circuit.isOpen(policy)).toBe(true);
  });

  it('closes on a success, and a new streak starts from the beginning', () => {
    const circuit = new Circuit();
    for (let i = 0; i < 6; i++) circuit.failed(i * 1000, policy);
    expect(circuit.succeeded(policy)).toBe(true);
    expect(circuit.state).toEqual({ failures: 0, failingSince: undefined });
    expect(circuit.failed(100 * hour, policy)).toEqual({ kind: 'retry', waitMs: 1_000, opened: false });
  });

  it('carries its streak into the next run of the queue', () => {
    const carried = new Circuit({ failures: 7, failingSince: 0 });
    expect(carried.isOpen(policy)).toBe(true);
    expect(carried.failed(23 * hour, policy)).toEqual({ kind: 'retry', waitMs: 480_000, opened: false });
    expect(carried.failed(24 * hour, policy)).toEqual({ kind: 'disable' });
  });
});
