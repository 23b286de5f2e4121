import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir } from './database';

const tmpDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'rinnalla-lock-'));

describe('the PGlite data directory lock', () => {
  // Opening PGlite itself twice is tested through real processes in test/supervision.test.ts (jest cannot load PGlite).
  it('refuses a second lock from this process until the first is released', () => {
    const dataDir = path.join(tmpDir(), 'clinic');
    const release = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(`The database in ${dataDir} is already open in this process`);
    release();
    lockDataDir(dataDir)();
  });

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
