/** The smallest workflow that proves a worker polls the cluster and a client gets its result. */
export async function echo(text: string): Promise<string> {
  return `echo: ${text}`;
}
