import type { DataSource } from 'typeorm';
import type { AccessRecorder } from './access-log/recorder';
import type { Loaders } from './loaders';
import type { Viewer } from './viewer';

/** What every resolver and service receives for one request. */
export interface SubgraphContext {
  viewer: Viewer;
  db: DataSource;
  loaders: Loaders;
  access: AccessRecorder;
  requestId: string;
}
