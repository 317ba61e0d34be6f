// Path arithmetic on '/'-separated paths, so the core needs no node:path (the Node side turns Windows '\' into '/').

/** The last segment of a path: a file's name without its folders. */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` is `folder` itself or lies below it. */
export function isInside(folder: string, path: string): boolean {
  if (path === folder) return true;
  return path.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
}

/**
 * `to` relative to the folder `from`, with '..' where `to` is outside it (as path.posix.relative);
 * a path on another drive ("D:/…" from "C:/…") has no relative form and is returned whole.
 */
export function relativeTo(from: string, to: string): string {
  const a = segments(from);
  const b = segments(to);
  if (a[0] !== b[0] && (isDrive(a[0]) || isDrive(b[0]))) return to;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/** The non-empty, non-'.' segments of a path. */
function segments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && s !== '.');
}

/** True for a Windows drive segment such as "C:". */
function isDrive(segment: string | undefined): boolean {
  return segment !== undefined && /^[A-Za-z]:$/.test(segment);
}
