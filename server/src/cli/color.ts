// Decides whether output gets ANSI colours: --color/--no-color, then FORCE_COLOR, then NO_COLOR, then the terminal.

/** True when colours should be used for a stream (`isTTY`) under this environment. */
export function useColor(option: boolean | undefined, isTTY: boolean, env: NodeJS.ProcessEnv): boolean {
  if (option !== undefined) return option;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY && env.TERM !== 'dumb';
}
