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
  readonly maxDelayMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 1000, maxDelayMs: 30_000, timeoutMs: 15_000 };

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
 * rate limit, 404, 422) fail at once.
 */
export class GitHubClient {
  readonly octokit: Octokit;

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
      options.request = { ...options.request, signal: AbortSignal.timeout(policy.timeoutMs) };
    });
  }

  /** Runs one API call with the retry policy; throws ApiError with what went wrong. */
  async call<T>(what: string, fn: (octokit: Octokit) => Promise<T>): Promise<T> {
    let last: ApiError | undefined;
    for (let attempt = 1; attempt <= this.policy.attempts; attempt++) {
      try {
        return await fn(this.octokit);
      } catch (e) {
        const err = e as OctokitError;
        const status = typeof err.status === 'number' ? err.status : 0;
        const headers = err.response?.headers ?? {};
        const detail = err.response?.data?.message ?? err.message ?? String(e);
        // Octokit reports network failures and aborted requests as status 500 with no response.
        const network = status === 0 || (status === 500 && err.response === undefined);
        const secondary = status === 403 && (headers['retry-after'] !== undefined || /secondary rate limit/i.test(detail));
        const retryable = network || status >= 500 || status === 429 || secondary;
        last = new ApiError(`${what} failed: ${network ? `network error (${detail})` : `HTTP ${status}: ${detail}`}`, network ? 0 : status);
        if (!retryable || attempt === this.policy.attempts) break;
        const retryAfter = Number(headers['retry-after']);
        const delay = Math.min(this.policy.maxDelayMs, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : this.policy.baseDelayMs * 2 ** (attempt - 1));
        this.log(`${last.message}; retrying in ${Math.round(delay)} ms (attempt ${attempt + 1} of ${this.policy.attempts})`);
        await sleep(delay);
      }
    }
    throw last ?? new ApiError(`${what} failed`, 0);
  }
}
