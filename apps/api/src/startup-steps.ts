/**
 * How long each step of start-up took, printed with the banner, so that an operator whose start
 * was slow can see where the time went (an empty data folder's first start migrates and seeds).
 */
export class StartupSteps {
  private readonly steps: string[] = [];
  /** When the first step began: the time before it went to loading the code. */
  private firstStep: number | null = null;

  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    // performance.now() counts from the process's start.
    const from = performance.now();
    this.firstStep ??= from;
    try {
      return await work();
    } finally {
      this.steps.push(`${step} ${seconds(performance.now() - from)}`);
    }
  }

  /** E.g. "Started in 9.1 s (loading 1.0 s, database 1.2 s, migrations 1.4 s, …)". */
  summary(): string {
    const loading = this.firstStep === null ? [] : [`loading ${seconds(this.firstStep)}`];
    return `Started in ${seconds(performance.now())} (${[...loading, ...this.steps].join(', ')})`;
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
