import type { GitHubClient } from './github-client.js';

/** Marks our comment so a later run updates it instead of adding another. */
export const COMMENT_MARKER = '<!-- connect-flow-lint:summary -->';
/** GitHub's limit for a comment body is 65,536 characters. */
export const MAX_COMMENT_CHARS = 65_000;

/** Creates the pull request's summary comment, or updates it in place when a previous run left one. */
export async function upsertComment(client: GitHubClient, repo: { owner: string; repo: string }, issueNumber: number, body: string): Promise<{ id: number; created: boolean }> {
  const text = `${COMMENT_MARKER}\n${body}`.slice(0, MAX_COMMENT_CHARS);
  const comments = await client.call('listing the pull request comments', (o) =>
    o.paginate(o.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 }),
  );
  const ours = (comments as Array<{ id: number; body?: string | null }>).find((c) => c.body?.includes(COMMENT_MARKER));
  if (ours) {
    await client.call('updating the summary comment', (o) => o.rest.issues.updateComment({ ...repo, comment_id: ours.id, body: text }));
    return { id: ours.id, created: false };
  }
  const created = await client.call('creating the summary comment', (o) => o.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: text }));
  return { id: created.data.id, created: true };
}
