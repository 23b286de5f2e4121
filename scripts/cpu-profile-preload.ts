/**
 * Preloaded by `profile-headline` (PROFILE=1): SIGUSR2 starts a CPU profile, the next SIGUSR2 writes it to
 * `$CPU_PROF_DIR/<service>-<pid>.cpuprofile`, so start-up stays out of the profile.
 */
import fs from 'node:fs';
import inspector from 'node:inspector';
import path from 'node:path';

const session = new inspector.Session();
session.connect();
let profiling = false;
process.on('SIGUSR2', () => {
  if (!profiling) {
    session.post('Profiler.enable', () => session.post('Profiler.setSamplingInterval', { interval: 500 }, () => session.post('Profiler.start')));
  } else {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const service = path.basename(path.dirname(process.argv[1]));
      fs.writeFileSync(path.join(process.env.CPU_PROF_DIR || '.', `${service}-${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  }
  profiling = !profiling;
});
