/// <reference types="custom-functions-runtime" />

const associatedIds = new Set<string>();

/**
 * Hands one function to Office's runtime under `id`, the first time only: a later call for the same id
 * (whatever else registers it) changes nothing, so each id is associated exactly once.
 */
export function associateOnce(id: string, implementation: (...args: never[]) => unknown): void {
  const key = id.toUpperCase();
  if (associatedIds.has(key)) return;
  associatedIds.add(key);
  CustomFunctions.associate(key, implementation);
}
