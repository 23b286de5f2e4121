/**
 * `npm run --silent verify-access-log`: asks every running subgraph to check its access-log
 * hash chain and reports the first altered or missing entry. Exits 1 if any chain is broken.
 * Each subgraph reads its chain in pages of 5,000, so its memory stays flat however long the log.
 */
import { PassportKeyRing } from '../gateway/keys';
import { besideGraphql, dataRoot, subgraphUrl } from '../subgraphs/kit/config';
import { PASSPORT_HEADER, signPassport } from '../subgraphs/kit/passport';
import { registry } from '../subgraphs/kit/registry';

export interface ChainReport {
  service: string;
  /** Entries checked: the whole chain when intact, otherwise up to and including the first break. */
  entries: number;
  intact: boolean;
  firstBreak?: { seq: string; reason: string };
}

export async function verifyAccessLogs(env = process.env): Promise<ChainReport[]> {
  const signing = await PassportKeyRing.open(dataRoot(env)).signing();
  return Promise.all(
    registry(env).subgraphs.map(async ({ name }) => {
      const passport = await signPassport({ sub: 'access-log-verifier', roles: ['system'], grants: [] }, signing, name);
      const res = await fetch(besideGraphql(subgraphUrl(name, env), '/access-log/verify'), { headers: { [PASSPORT_HEADER]: passport } });
      if (!res.ok) throw new Error(`${name} answered ${res.status}`);
      return (await res.json()) as ChainReport;
    }),
  );
}

if (require.main === module) {
  verifyAccessLogs().then(
    (reports) => {
      for (const r of reports) {
        console.log(
          `${r.service.padEnd(14)} ${String(r.entries).padStart(7)} entries  ${r.intact ? 'intact' : `BROKEN at entry ${r.firstBreak!.seq} (${r.firstBreak!.reason})`}`,
        );
      }
      process.exit(reports.every((r) => r.intact) ? 0 : 1);
    },
    (error: Error) => {
      console.error(`Could not verify: ${error.message}. Is Rinnalla running (npm start)?`);
      process.exit(2);
    },
  );
}
