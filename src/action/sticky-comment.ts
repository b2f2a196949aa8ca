import type { GitHubClient } from './github-client.js';
import type { TokenIdentity } from './token-identity.js';

/** Marks our comment so a later run updates it instead of adding another. */
export const COMMENT_MARKER = '<!-- connect-flow-lint:summary -->';
/** GitHub's limit for a comment body is 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_000;

export interface UpsertResult {
  readonly id: number;
  readonly created: boolean;
  /** Comments that carry the marker but were not written by the token's account: never edited. */
  readonly leftAlone: readonly number[];
  /** Who the token is, when a marked comment made the Action ask. */
  readonly identity?: TokenIdentity;
}

interface ListedComment {
  id: number;
  body?: string | null;
  user?: { login?: string } | null;
}

/**
 * Creates the pull request's summary comment, or updates it in place when a previous run left one. Anyone
 * can write the marker, so a marked comment is ours only when its author is the token's own account; when
 * that account cannot be learnt, no comment is edited and a new one is posted.
 */
export async function upsertComment(
  client: GitHubClient,
  repo: { owner: string; repo: string },
  issueNumber: number,
  body: string,
  whoAmI: () => Promise<TokenIdentity>,
): Promise<UpsertResult> {
  const text = `${COMMENT_MARKER}\n${body}`.slice(0, MAX_COMMENT_CHARS);
  const comments = (await client.call('listing the pull request comments', (o) =>
    o.paginate(o.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
  )) as ListedComment[];
  const marked = comments.filter((c) => c.body?.includes(COMMENT_MARKER));
  const identity = marked.length > 0 ? await whoAmI() : undefined;
  const ours = identity?.login !== undefined ? marked.find((c) => c.user?.login === identity.login) : undefined;
  const leftAlone = marked.filter((c) => c !== ours).map((c) => c.id);
  if (ours) {
    await client.call('updating the summary comment', (o) => o.rest.issues.updateComment({ ...repo, comment_id: ours.id, body: text }));
    return { id: ours.id, created: false, leftAlone, ...(identity ? { identity } : {}) };
  }
  const created = await client.call('creating the summary comment', (o) => o.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text }));
  return { id: created.data.id, created: true, leftAlone, ...(identity ? { identity } : {}) };
}
