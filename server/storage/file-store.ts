import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Where document files live. The local directory is the default; an S3-compatible store can
 * implement the same two calls. Keys are content addresses chosen by the caller.
 */
export type FileStore = {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
};

const safeKey = /^[a-z0-9-]+(\/[a-f0-9]{64})$/;

/** Files under one directory, written to a temporary name first so a crash never leaves half a file. */
export function localFileStore(root: string): FileStore {
  const resolve = (key: string) => {
    if (!safeKey.test(key)) throw new Error(`Unsafe file key: ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const target = resolve(key);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
      await writeFile(temporary, data);
      await rename(temporary, target);
    },
    get: (key) => readFile(resolve(key)),
  };
}
