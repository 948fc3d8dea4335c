/**
 * An endpoint's circuit breaker, as plain arithmetic on the workflow's clock: quick retries
 * while it is closed, growing probe intervals once it opened, and the moment to give up. The
 * last probe falls exactly on the end of the window, so "disabled after 24 h failing" means it.
 */
import type { CircuitPolicy, CircuitState } from '../schemas/webhook';

export type AfterFailure =
  | { kind: 'retry'; waitMs: number; opened: boolean }
  | { kind: 'disable' };

export class Circuit {
  private failures: number;
  private failingSince: number | undefined;

  constructor(carried: CircuitState = { failures: 0 }) {
    this.failures = carried.failures;
    this.failingSince = carried.failingSince;
  }

  get state(): CircuitState {
    return { failures: this.failures, failingSince: this.failingSince };
  }

  isOpen(policy: CircuitPolicy): boolean {
    return this.failures >= policy.failuresToOpen;
  }

  get since(): number | undefined {
    return this.failingSince;
  }

  /** A delivery went through: the streak is over. Answers whether the circuit was open. */
  succeeded(policy: CircuitPolicy): boolean {
    const wasOpen = this.isOpen(policy);
    this.failures = 0;
    this.failingSince = undefined;
    return wasOpen;
  }

  failed(now: number, policy: CircuitPolicy): AfterFailure {
    this.failingSince ??= now;
    this.failures += 1;
    const left = this.failingSince + policy.disableAfterMs - now;
    if (left <= 0) return { kind: 'disable' };
    const opened = this.failures === policy.failuresToOpen;
    const wait = this.isOpen(policy)
      ? Math.min(policy.firstProbeMs * 2 ** (this.failures - policy.failuresToOpen), policy.maxProbeMs)
      : policy.retryDelayMs * 2 ** (this.failures - 1);
    return { kind: 'retry', waitMs: Math.min(wait, left), opened };
  }
}
