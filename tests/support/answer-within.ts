/**
 * A JSON request that must be answered within `ms`: while a dependency is down the API answers
 * at once (a 503), so a timeout here is a hang, and fails the test.
 */
export interface TimelyAnswer {
  status: number;
  headers: Headers;
  body: any;
}

export async function answerWithin(ms: number, url: string, method: string, body?: unknown, token?: string): Promise<TimelyAnswer> {
  const response = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(ms),
  });
  return { status: response.status, headers: response.headers, body: await response.json() };
}
