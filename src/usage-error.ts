/**
 * A problem with how staat was called or configured (not with the content, not a bug): the CLI
 * prints its Dutch message and exits with 2. Any layer may raise it.
 */
export class UsageError extends Error {}
