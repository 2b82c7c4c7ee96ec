import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listDemoAccounts } from './demo.service.ts';

const demoAccountsDto = z.object({
  password: z.string(),
  municipalities: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      accounts: z.array(z.object({ email: z.string(), name: z.string(), roles: z.array(z.string()) })),
    }),
  ),
});

export async function demoRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/demo-accounts',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['demo'],
        summary: 'Demo sign-ins, listed while the demo municipalities exist',
        response: { 200: demoAccountsDto },
      },
    },
    async () => listDemoAccounts(app.db),
  );
}
