// The Node boundary for paths: the core works on '/'-separated paths, so native Windows paths are turned around here.
import { sep } from 'node:path';

/** A native path with '/' separators, as the core expects (unchanged on POSIX, where '\' may be part of a name). */
export function toCorePath(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
