import { lstatSync, mkdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// statfs magic numbers of kernel file systems that look like directories but hold no files.
const PSEUDO_FS: Record<number, string> = { 40864: 'proc', 1650812274: 'sysfs' };

/**
 * Makes sure `dir` is a directory Charter can write in, creating it and its missing parents.
 * Returns what is wrong, in words an operator can act on, or null when all is well.
 */
export function prepareDataDir(dir: string): string | null {
  const missing: string[] = [];
  let existing = dir;
  for (;;) {
    const state = entryState(existing);
    if (state === 'present') break;
    if (typeof state === 'object') return `${existing} cannot be read (${reason(state)})`;
    const parent = path.dirname(existing);
    if (parent === existing) return `${dir} has no existing parent directory`;
    missing.unshift(existing);
    existing = parent;
  }
  let isDirectory: boolean;
  try {
    isDirectory = statSync(existing).isDirectory();
  } catch (err) {
    const dangling = (err as NodeJS.ErrnoException).code === 'ENOENT';
    return dangling ? `${existing} is a symbolic link to nothing` : `${existing} cannot be read (${reason(err)})`;
  }
  if (!isDirectory) {
    return existing === dir
      ? `${dir} is a file, not a directory`
      : `${existing} is a file, so ${dir} cannot be created`;
  }
  const pseudo = pseudoFileSystem(existing);
  if (pseudo) return `${dir} is on the kernel's ${pseudo} file system, which cannot hold data`;
  // One level at a time: Node's recursive mkdir never returns under /proc, where mkdir fails with
  // ENOENT and is taken for a missing parent again and again.
  for (const d of missing) {
    try {
      mkdirSync(d);
    } catch (err) {
      return `cannot create ${d} (${reason(err)})`;
    }
  }
  const probe = path.join(dir, `.write-test-${process.pid}`);
  try {
    writeFileSync(probe, '');
    rmSync(probe, { force: true });
  } catch (err) {
    return `cannot write in ${dir} (${reason(err)})`;
  }
  return null;
}

function entryState(p: string): 'present' | 'missing' | Error {
  try {
    lstatSync(p);
    return 'present';
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // ENOTDIR: a parent is a file; going up finds it and says so.
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : (err as Error);
  }
}

function pseudoFileSystem(dir: string): string | null {
  try {
    return PSEUDO_FS[statfsSync(dir).type] ?? null;
  } catch {
    return null;
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  ENOENT: 'this file system does not allow it',
  ENOTDIR: 'a part of the path is a file',
  EEXIST: 'a file of that name is in the way',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (code || (err as Error).message);
}
