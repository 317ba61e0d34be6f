// An esbuild plugin for the browser bundles: importing a Node built-in (`fs`, `node:path`, …) fails the build with
// the importing file named, instead of a bundle that breaks only when the browser runs it.
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules);

/** True for `node:x` and for the bare names of Node's built-in modules (`fs`, `path/posix`, …). */
export function isNodeBuiltin(specifier) {
  return specifier.startsWith('node:') || BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0]);
}

export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) =>
      isNodeBuiltin(args.path)
        ? { errors: [{ text: `"${args.path}" is a Node built-in; the browser bundles cannot use it (imported by ${args.importer})` }] }
        : undefined,
    );
  },
};
