import cliProgress from 'cli-progress';

export type Progress = { update: (done: number, total: number) => void; stop: () => void };

/**
 * A progress bar on standard error that appears only when the work takes more than a second,
 * and only on a terminal.
 */
export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let latest = { done: 0, total: 1 };
  const timer = setTimeout(() => {
    if (!stream.isTTY) return;
    bar = new cliProgress.SingleBar(
      { format: `${label} [{bar}] {value}/{total}`, stream, clearOnComplete: false, hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(latest.total, latest.done);
  }, 1000);
  return {
    update(done, total) {
      latest = { done, total };
      bar?.setTotal(total);
      bar?.update(done);
    },
    stop() {
      clearTimeout(timer);
      bar?.stop();
    },
  };
}
