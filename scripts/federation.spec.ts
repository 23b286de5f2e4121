import { lastMessages } from './federation';

describe("the supervisor's account of a crash", () => {
  it('shows the last structured messages by level and kind, leaving out its own lines', () => {
    const log = [
      JSON.stringify({ level: 30, name: 'supervisor', msg: 'starting clinic' }),
      JSON.stringify({ level: 30, name: 'clinic', msg: 'subgraph ready' }),
      JSON.stringify({ level: 60, name: 'clinic', kind: 'RuntimeError', msg: 'uncaught exception' }),
    ].join('\n');
    expect(lastMessages(log)).toEqual(['info: subgraph ready', 'fatal: uncaught exception (RuntimeError)']);
  });

  it('never quotes unstructured output, which may carry data: it counts it and names the error class', () => {
    const log = [
      JSON.stringify({ level: 30, name: 'families', msg: 'subgraph ready' }),
      'QueryFailedError: duplicate key value violates unique constraint, Key (hetu)=(010199-9012)',
      '    at PostgresQueryRunner.query',
    ].join('\n');
    const lines = lastMessages(log);
    expect(lines).toEqual(['info: subgraph ready', '2 unstructured line(s) on stdout/stderr: QueryFailedError; see the log file']);
    expect(lines.join('\n')).not.toContain('010199');
  });
});
