/**
 * `npm run --silent rotate-passport-key`: adds a new passport signing key. The running gateway
 * publishes it at once, signs with it after a short lead, and retires the old key once its
 * passports have expired; subgraphs fetch the new key themselves. No restart anywhere.
 */
import { PASSPORT_KEY_LEAD_MS, rotatePassportKey } from '../gateway/keys';
import { dataRoot } from '../subgraphs/kit/config';

rotatePassportKey(dataRoot()).then(
  (kid) => console.log(`New passport key ${kid} is published now and signs in ${PASSPORT_KEY_LEAD_MS / 1000} s.`),
  (error: Error) => {
    console.error(`Could not rotate the passport key: ${error.message}`);
    process.exit(1);
  },
);
