import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { build } from 'esbuild';
import { lessonManifestEsbuildPlugin } from '../build/lesson-manifest';
import { send, steadyLoad, type LoadResult } from './classroom-load';
import { peakMemory, type Memory } from './pdf-memory';
import { ms, percentile } from './stats';

const ROOT = join(import.meta.dirname, '..');
const ATTENDEES = 300;
const EXERCISE = 'funnel-fanajeen';

/** The host as one ES module beside node_modules (better-sqlite3 and playwright-core stay outside). */
async function bundleHost(): Promise<string> {
  const outfile = join(ROOT, 'node_modules', '.cache', 'cmday-bench', `classroom-host-${process.pid}.mjs`);
  await build({
    entryPoints: [join(import.meta.dirname, 'classroom-host.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'playwright-core'],
    plugins: [lessonManifestEsbuildPlugin()],
    outfile,
    logLevel: 'silent',
    banner: {
      js: "import { createRequire as cmdayRequire } from 'node:module'; const require = cmdayRequire(import.meta.url);",
    },
  });
  return outfile;
}

async function startHost(dataDir: string) {
  const child = spawn(
    process.execPath,
    [
      // CMDAY_BENCH_PROF=DIR: a CPU profile of the host (where its time goes under the room's load).
      ...(process.env.CMDAY_BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.CMDAY_BENCH_PROF] : []),
      await bundleHost(),
      dataDir,
      join(ROOT, 'out', 'renderer'),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('ready ')) resolve(line.slice(6));
    });
    child.on('exit', (code) => reject(new Error(`bench host exited (${code})`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { pid: child.pid!, url: new URL(url), stop };
}

const figures = (label: string, seconds: number, load: LoadResult, memory: Memory) => {
  const per = (load.latencies.length / seconds).toFixed(0);
  return (
    `${label}: ${load.latencies.length} in ${seconds} s (${per}/s)  p50 ${ms(percentile(load.latencies, 50))}  ` +
    `p99 ${ms(percentile(load.latencies, 99))}  errors ${load.errors}  late ${load.late}  host RSS peak ${memory.rssMiB.toFixed(0)} MiB`
  );
};

/**
 * 300 attendees join the room (each their own token), then each saves an
 * answer once a second for `seconds`; then every attendee's stored answer is
 * compared with the last value the host acknowledged to them (lost saves).
 * The same clients then fetch a static file at the same rate, as the floor.
 * A trainer's dashboard stream stays open throughout, as in a real room.
 */
export async function benchClassroom(seconds: number): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cmday-bench-room-'));
  const host = await startHost(dataDir);
  const trainer = new Agent({ keepAlive: true });
  const trainerUrl = host.url;
  try {
    const opened = await send(trainer, trainerUrl, '/api/classroom.open', {
      method: 'POST',
      body: { address: '127.0.0.2' },
    });
    const { url, code } = (JSON.parse(opened.text) as { value: { url: string; code: string } }).value;
    const room = new URL(url);
    const agents = Array.from({ length: ATTENDEES }, () => new Agent({ keepAlive: true, maxSockets: 1 }));
    const people: { cookie: string; id: string; revision: number; acked: number | null }[] = [];
    for (const [i, agent] of agents.entries()) {
      const joined = await send(agent, room, '/api/classroom.join', {
        method: 'POST',
        body: { name: `Participant ${i + 1}`, code },
      });
      if (joined.status !== 200 || !joined.setCookie) throw new Error(`join ${i}: ${joined.status} ${joined.text}`);
      const id = (JSON.parse(joined.text) as { value: { profile: { id: string } } }).value.profile.id;
      people.push({ cookie: joined.setCookie.split(';')[0]!, id, revision: 0, acked: null });
    }

    // The trainer's screen, live, while the room saves.
    const dashboard = { events: 0 };
    const stream = await fetch(new URL('/dashboard/events', trainerUrl));
    const reader = stream.body!.getReader();
    void (async () => {
      for (;;) {
        const { done, value } = await reader.read().catch(() => ({ done: true, value: undefined }));
        if (done) return;
        dashboard.events += (
          Buffer.from(value!)
            .toString('utf8')
            .match(/event: dashboard/g) ?? []
        ).length;
      }
    })();

    const [saveMemory, saves] = await peakMemory(host.pid, () =>
      steadyLoad(ATTENDEES, seconds, async (i, tick) => {
        const person = people[i]!;
        const counts = [1000 + tick, 100 + (tick % 50), 10, i % 7];
        const reply = await send(agents[i]!, room, '/api/answer.save', {
          method: 'POST',
          cookie: person.cookie,
          body: {
            profileId: person.id,
            exerciseId: EXERCISE,
            value: { kind: 'funnel', counts },
            revision: person.revision,
          },
        });
        if (reply.status !== 200) return false;
        person.revision = (JSON.parse(reply.text) as { value: { revision: number } }).value.revision;
        person.acked = counts[0]!;
        return true;
      }),
    );
    await reader.cancel();

    let lost = 0;
    for (const person of people) {
      const listed = await send(trainer, trainerUrl, '/api/answer.list', {
        method: 'POST',
        body: { profileId: person.id },
      });
      const answers = (JSON.parse(listed.text) as { value: { exerciseId: string; value: { counts: number[] } }[] })
        .value;
      const stored = answers.find((a) => a.exerciseId === EXERCISE)?.value.counts[0] ?? null;
      if (stored !== person.acked) lost += 1;
    }

    const [staticMemory, statics] = await peakMemory(host.pid, () =>
      steadyLoad(ATTENDEES, seconds, async (i) => (await send(agents[i]!, room, '/index.html')).status === 200),
    );
    for (const agent of [...agents, trainer]) agent.destroy();

    console.log(
      `classroom: ${ATTENDEES} attendees joined through the room, 1 request/s each for ${seconds} s (loopback)`,
    );
    console.log(figures('answer.save (attendee)', seconds, saves, saveMemory));
    console.log(figures('static file /index.html', seconds, statics, staticMemory));
    console.log(
      `lost saves (stored ≠ last acknowledged): ${lost} of ${ATTENDEES}; dashboard updates streamed: ${dashboard.events}`,
    );
    if (lost > 0) process.exitCode = 1;
  } finally {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
