import { resolve } from "node:path";

/**
 * Where a path argument points. A relative path is taken from the folder the user ran the command in:
 * `npm run` runs scripts from the project's root and keeps the caller's folder in INIT_CWD.
 */
export function resolveUserPath(path: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(env.INIT_CWD || cwd, path);
}
