import type PgBoss from 'pg-boss';

/** A recurring background job. */
export type Job = { name: string; everyMinutes: number; run: () => Promise<void> };

/**
 * Runs background jobs. On PostgreSQL, pg-boss keeps the schedule in the database so that only
 * one of several server instances runs each turn; on the embedded database there is one process,
 * and an in-process timer does the same behind this interface.
 */
export type JobRunner = { start(jobs: Job[]): Promise<void>; stop(): Promise<void> };

export function inProcessRunner(
  onError: (job: string, error: unknown) => void,
  { firstRunAfterMs = 0 }: { firstRunAfterMs?: number } = {},
): JobRunner {
  const timers: NodeJS.Timeout[] = [];
  return {
    async start(jobs) {
      for (const job of jobs) {
        let running = false;
        const tick = async () => {
          if (running) return;
          running = true;
          try {
            await job.run();
          } catch (error) {
            onError(job.name, error);
          } finally {
            running = false;
          }
        };
        const first = setTimeout(() => void tick(), firstRunAfterMs);
        first.unref();
        const timer = setInterval(() => void tick(), job.everyMinutes * 60_000);
        timer.unref();
        timers.push(first, timer);
      }
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
    },
  };
}

/** A cron expression for "every N minutes", at most hourly. */
export function cronEvery(minutes: number): string {
  return minutes >= 60 ? '0 * * * *' : `*/${minutes} * * * *`;
}

export function pgBossRunner(
  connectionString: string,
  onError: (job: string, error: unknown) => void,
): JobRunner {
  let boss: PgBoss | undefined;
  return {
    async start(jobs) {
      // Loaded only on PostgreSQL, where it runs.
      const { default: Boss } = await import('pg-boss');
      boss = new Boss({ connectionString, max: 2 });
      boss.on('error', (error) => onError('pg-boss', error));
      await boss.start();
      for (const job of jobs) {
        await boss.createQueue(job.name);
        await boss.schedule(job.name, cronEvery(job.everyMinutes));
        await boss.work(job.name, async () => {
          try {
            await job.run();
          } catch (error) {
            onError(job.name, error);
            throw error;
          }
        });
        // The first run does not wait for the schedule's next tick.
        await boss.send(job.name, {}, { singletonKey: `${job.name}:start` });
      }
    },
    async stop() {
      await boss?.stop({ graceful: true, wait: true });
    },
  };
}
