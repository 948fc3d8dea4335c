/**
 * The read path's yardstick: fastify answering `{"hello":"world"}` with no logger, in a process of
 * its own on PORT — the most a fastify process can serve on this machine, measured in the same run.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/', async () => ({ hello: 'world' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.once('SIGTERM', () => void app.close());
