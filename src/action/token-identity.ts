import type { GitHubClient } from './github-client.js';

export type TokenIdentity = { readonly login: string } | { readonly login: undefined; readonly problem: string };

/**
 * The account the token acts as, to tell the Action's own comments from others'. GraphQL's `viewer` answers
 * for every kind of token (an installation token such as GITHUB_TOKEN is `github-actions[bot]`, another app's
 * `<slug>[bot]`); REST `GET /user` is the fallback for a personal token when GraphQL is unavailable.
 * Never throws: an identity that cannot be learnt is `login: undefined` with the reasons.
 */
export async function tokenIdentity(client: GitHubClient): Promise<TokenIdentity> {
  const problems: string[] = [];
  try {
    const data = await client.call('asking GitHub who the token is (GraphQL viewer)', (o) => o.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }'));
    const login = data?.viewer?.login;
    if (typeof login === 'string' && login !== '') return { login };
    problems.push('GraphQL gave no viewer login');
  } catch (e) {
    problems.push((e as Error).message);
  }
  try {
    const { data } = await client.call('reading the authenticated user (GET /user)', (o) => o.rest.users.getAuthenticated());
    if (typeof data.login === 'string' && data.login !== '') return { login: data.login };
    problems.push('GET /user gave no login');
  } catch (e) {
    problems.push((e as Error).message);
  }
  return { login: undefined, problem: problems.join('; ') };
}
