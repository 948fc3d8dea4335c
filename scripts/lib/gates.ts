/** Activities held in flight until a test or a recording opens their gate: it knows a part is at work, and decides when it ends. */
export interface Gate {
  /** Resolves once the held activity has started. */
  readonly entered: Promise<void>;
  open(): void;
}

export class Gates {
  private readonly gates = new Map<string, Gate & { opened: Promise<void>; enter(): void }>();

  for(key: string): Gate {
    return this.gate(key);
  }

  /** Called by the wrapped activity: says it is in, then waits for the test. */
  async pass(key: string): Promise<void> {
    const gate = this.gate(key);
    gate.enter();
    await gate.opened;
  }

  private gate(key: string) {
    let gate = this.gates.get(key);
    if (!gate) {
      let open!: () => void;
      let enter!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      const entered = new Promise<void>((resolve) => (enter = resolve));
      gate = { opened, open, entered, enter };
      this.gates.set(key, gate);
    }
    return gate;
  }
}
