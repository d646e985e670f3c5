// `npm start`: the desktop app where Electron can run, else the web host.
import { join } from 'node:path';
import { chooseHost } from './lib/choose-host.mjs';
import { buildElectronSqlite, electronBinary, electronVersion, fetchElectron } from './lib/electron-setup.mjs';
import { build, ROOT, runForeground } from './lib/run.mjs';

const argv = process.argv.slice(2);
const wantsWeb = argv.includes('--web') || process.env.CMDAY_HOST === 'web';

build();

let binary = null;
let sqlite = null;
if (!wantsWeb) {
  binary = electronBinary(ROOT);
  if (!binary) {
    console.log('Recherche d’Electron (application de bureau)…');
    binary = fetchElectron(ROOT);
  }
  if (binary) sqlite = buildElectronSqlite(ROOT, electronVersion(ROOT));
}

const choice = chooseHost({
  argv,
  env: process.env,
  platform: process.platform,
  electronBinary: Boolean(binary),
  electronSqlite: Boolean(sqlite),
});

if (choice.kind === 'electron' && binary && sqlite) {
  runForeground(binary, [ROOT], { ...process.env, CMDAY_SQLITE_BINDING: sqlite });
} else {
  const reason = choice.kind === 'web' ? choice.reason : 'Electron n’est pas prêt';
  console.log(`Ouverture dans le navigateur : ${reason}. Ouvrez l’adresse ci-dessous.`);
  console.log('(No desktop window here: open the address below in a browser.)');
  runForeground(process.execPath, [join(ROOT, 'out/main/web.js'), ...argv.filter((arg) => arg !== '--web')]);
}
