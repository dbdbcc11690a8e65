// Module resolution hook for the main-process test: `electron` (the package, not the project's
// electron/ folder, which is only reached by relative paths) resolves to the stand-in.
const STAND_IN = new URL('./electron.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return { url: STAND_IN, shortCircuit: true };
  return nextResolve(specifier, context);
}
