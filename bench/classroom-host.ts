// Bundled and run by bench/classroom.ts: the real web host, whose room listens on a loopback
// address (127.0.0.2 plays the classroom's Wi-Fi card), in a process of its own so its RSS is its own.
import { startWebHost } from '../src/main/hosts/web/start';

const [dataDir, rendererDir] = process.argv.slice(2) as [string, string];
const host = await startWebHost({ port: 0, host: '127.0.0.1', data: dataDir }, rendererDir, {
  interfaces: () => [{ name: 'banc', address: '127.0.0.2' }],
  // 300 joins from one address in a few seconds: the bench's attendees are not guessing the code.
  joinLimit: 100_000,
});
console.log(`ready ${host.url}`);
process.on('SIGTERM', () => void host.stop().then(() => process.exit(0)));
