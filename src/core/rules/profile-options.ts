/**
 * The options both profile rules take (profile-lookup-before-use, profile-response-fields), as JSON Schema
 * properties: what the flow starts with and where profile data lives. Shared, so the two rules agree.
 */
export interface ProfileOptions {
  profileLoadedAtEntry?: boolean;
  namespace?: string;
}

export const PROFILE_OPTIONS = {
  profileLoadedAtEntry: {
    type: 'boolean',
    description: 'the flow is entered with a customer profile already loaded (a sub-flow or module reached after a lookup)',
    default: false,
  },
  namespace: { type: 'string', description: 'attribute namespace that holds profile data (default "Customer")' },
} as const;
