import { homedir } from 'node:os';
import { join } from 'node:path';

/** The user's cache directory for what the project fetches or builds once: Temporal binaries, the cluster's server, tools. */
export function cacheRoot(): string {
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'yijianshi');
}
