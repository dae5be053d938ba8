// Runs once when a server process starts, however it was started (npm start, next start, a
// container): lib/runtime/node-start.ts checks settings, installs the request gate and the cache
// listener. Only the Node.js runtime has any of that.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServerProcess } = await import('./lib/runtime/node-start');
  startServerProcess();
}
