/** Only a path inside the console: a `next` pointing elsewhere is ignored. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
