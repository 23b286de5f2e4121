import { helsinkiToday } from '../../kit/date-time';
import { demoHelpRequests } from './demo-help-requests';

describe('demo help requests', () => {
  it.each(['2026-11-23T10:00:00Z', '2026-12-28T10:00:00Z', '2027-04-01T10:00:00Z', '2027-06-28T10:00:00Z'])('hold new and overdue requests on %s', (at) => {
    const now = new Date(at);
    const today = helsinkiToday(now);
    const rows = demoHelpRequests(now);
    expect(rows.some((r) => r.respondBy > today)).toBe(true);
    expect(rows.some((r) => r.respondBy < today)).toBe(true);
    for (const r of rows) expect(r.phone ?? r.email).toBeTruthy();
  });
});
