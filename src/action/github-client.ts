import { getOctokit } from '@actions/github';

/** What the Action knows about a failed GitHub API call, for logs and fallbacks. */
export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 for a network failure or timeout. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  /** The longest single wait (a longer retry-after is cut to it). */
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
  /**
   * The time all calls of a run may spend on the API, requests and waits together; no wait goes past it, and
   * a retry-after longer than what is left is not waited at all.
   */
  readonly budgetMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 30_000, timeoutMs: 15_000, budgetMs: 60_000 };

type Octokit = ReturnType<typeof getOctokit>;

interface OctokitError {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: { message?: string } };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Octokit with a timeout on every request and retries where retrying can help: 5xx, 429, secondary rate
 * limits (honouring retry-after), resets and timeouts. 4xx answers that will not change (403 without a
 * rate limit, 404, 422) fail at once. All calls share one budget of time: once it is spent, a call that
 * fails is not retried, and no request or wait runs past it, so an API that asks for hours costs seconds and
 * the Action falls back as for any other failure.
 */
export class GitHubClient {
  readonly octokit: Octokit;
  /** Time spent inside finished calls, and when the running one started (calls run one after another). */
  private spentMs = 0;
  private callStarted: number | undefined;

  constructor(
    token: string,
    baseUrl: string,
    private readonly policy: RetryPolicy = DEFAULT_RETRY,
    private readonly log: (message: string) => void = () => {},
  ) {
    // No `request` option here: Octokit merges options shallowly, so any `request` would replace
    // @actions/github's proxy-aware fetch and bypass the runner's HTTP(S)_PROXY. The timeout is a signal
    // set on each request's options instead (in place: the hooks of one request share that object).
    this.octokit = getOctokit(token, { baseUrl });
    this.octokit.hook.before('request', (options) => {
      // Each request gets at least a second, even when the budget is spent: one try is always made.
      const timeout = Math.min(policy.timeoutMs, Math.max(1000, this.remainingMs()));
      options.request = { ...options.request, signal: AbortSignal.timeout(timeout) };
    });
  }

  /** What is left of the budget; only time inside calls counts, not the linting between them. */
  private remainingMs(): number {
    return this.policy.budgetMs - this.spentMs - (this.callStarted === undefined ? 0 : performance.now() - this.callStarted);
  }

  /** Runs one API call with the retry policy; throws ApiError with what went wrong. */
  async call<T>(what: string, fn: (octokit: Octokit) => Promise<T>): Promise<T> {
    const started = performance.now();
    this.callStarted = started;
    try {
      return await this.attempt(what, fn);
    } finally {
      this.spentMs += performance.now() - started;
      this.callStarted = undefined;
    }
  }

  private async attempt<T>(what: string, fn: (octokit: Octokit) => Promise<T>): Promise<T> {
    let last: ApiError | undefined;
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      try {
        return await fn(this.octokit);
      } catch (e) {
        const err = e as OctokitError & { name?: string };
        const status = typeof err.status === 'number' ? err.status : 0;
        const headers = err.response?.headers ?? {};
        const detail = err.response?.data?.message ?? err.message ?? String(e);
        // A GraphQL answer with errors is a reply, not a network failure: retrying will not change it.
        const graphqlErrors = err.name === 'GraphqlResponseError';
        // Octokit reports network failures and aborted requests as status 500 with no response.
        const network = !graphqlErrors && (status === 0 || (status === 500 && err.response === undefined));
        const secondary = status === 403 && (headers['retry-after'] !== undefined || /secondary rate limit/i.test(detail));
        const retryable = network || status >= 500 || status === 429 || secondary;
        last = new ApiError(`${what} failed: ${network ? `network error (${detail})` : `HTTP ${status}: ${detail}`}`, network ? 0 : status);
        if (!retryable || attempt === this.policy.attempts) break;
        const retryAfter = Number(headers['retry-after']);
        const asked = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : undefined;
        const delay = Math.min(this.policy.maxDelayMs, asked ?? this.policy.baseDelayMs * 2 ** (attempt - 1));
        // A retry-after past what is left of the budget is not waited at all: retrying sooner is refused again.
        const left = this.remainingMs();
        if ((asked ?? delay) >= left) {
          const wait = asked !== undefined ? `retry-after is ${retryAfter} s` : `the next wait is ${Math.round(delay)} ms`;
          last = new ApiError(`${last.message} (not retried: ${wait}, past the time allowed for waiting on the GitHub API (${this.policy.budgetMs} ms in all, ${Math.max(0, Math.round(left))} ms left))`, last.status);
          break;
        }
        this.log(`${last.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${this.policy.attempts})`);
        await sleep(delay);
      }
    }
    throw last ?? new ApiError(`${what} failed`, 0);
  }
}
