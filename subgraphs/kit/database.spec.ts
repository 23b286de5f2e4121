import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir, openDatabase } from './database';
import { createLogger } from './logger';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'rinnalla-lock-'));

describe('the PGlite data directory lock', () => {
  it('refuses a second opener of the same directory, and the first keeps working', async () => {
    const dataDir = path.join(tmpDir(), 'clinic');
    const open = () => openDatabase({ service: 'clinic', dataDir, entities: [], migrations: [], log: createLogger('clinic') });
    const first = await open();
    try {
      await expect(open()).rejects.toThrow(`The database in ${dataDir} is already open in this process`);
      await expect(first.query('SELECT 1 AS one')).resolves.toEqual([{ one: 1 }]);
    } finally {
      await first.destroy();
    }
    // Closing releases it: the next opener gets in.
    const again = await open();
    await again.destroy();
  }, 240_000);

  it('names the other live process that holds it', async () => {
    const dataDir = path.join(tmpDir(), 'daycare');
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      fs.writeFileSync(`${dataDir}.lock`, String(other.pid));
      expect(() => lockDataDir(dataDir)).toThrow(`already open in process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it('takes over a lock whose owner is gone (a crash or SIGKILL)', async () => {
    const dataDir = path.join(tmpDir(), 'housing');
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => gone.once('exit', r));
    fs.writeFileSync(`${dataDir}.lock`, String(gone.pid));
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
