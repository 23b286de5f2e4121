import { MoreThan, type DataSource } from 'typeorm';
import { AccessLogEntry } from './access-log-entry';
import { ChainVerifier, type ChainBreak } from './chain';

/** Rows read per statement when verifying: memory stays at one page whatever the log's length. */
export const VERIFY_PAGE_SIZE = 5_000;

export interface StoredChainReport {
  /** Entries checked: the whole log when intact, otherwise up to and including the first break. */
  entries: number;
  firstBreak?: ChainBreak;
}

/** Verifies a subgraph's stored chain in `seq` order, a page at a time (keyset on the primary key). */
export async function verifyStoredChain(db: DataSource, pageSize = VERIFY_PAGE_SIZE): Promise<StoredChainReport> {
  const verifier = new ChainVerifier();
  const log = db.getRepository(AccessLogEntry);
  let after = '0';
  for (;;) {
    const page = await log.find({ where: { seq: MoreThan(after) }, order: { seq: 'ASC' }, take: pageSize });
    if (!verifier.feed(page) || page.length < pageSize) break;
    after = page[page.length - 1].seq;
  }
  return { entries: verifier.checked, ...(verifier.firstBreak && { firstBreak: verifier.firstBreak }) };
}
