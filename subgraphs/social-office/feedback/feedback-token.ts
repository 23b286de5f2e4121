import { createHash, randomBytes } from 'node:crypto';

/** A one-time token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export const newFeedbackToken = (): string => randomBytes(32).toString('base64url');

export const feedbackTokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
