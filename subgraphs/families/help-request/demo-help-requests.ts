import { helsinkiToday } from '../../kit/date-time';
import { addWorkingDays } from '../../kit/working-days';
import { ContactChannel, type HelpRequest } from './help-request.entity';
import { RESPONSE_WORKING_DAYS } from './help-request.service';

const DAY_MS = 86_400_000;

/** Fictitious requests received 0 to 9 days ago, so the triage queue has new, due and overdue ones. */
export function demoHelpRequests(now = new Date()): Array<Omit<HelpRequest, 'id'>> {
  const asks: Array<[string, ContactChannel, string, number[], number]> = [
    ['Aino', ContactChannel.PHONE, 'The baby cries all night and I cannot cope alone.', [0], 0],
    ['Mikko', ContactChannel.EMAIL, 'We are separating and the children are worried.\nWe need someone to talk to.', [6, 9], 1],
    ['Leena', ContactChannel.TEXT_MESSAGE, 'Our rent is late and I am afraid of losing the flat.', [3, 12, 15], 3],
    ['Satu', ContactChannel.PHONE, 'My teenager has stopped going to school.', [14], 6],
    ['Juha', ContactChannel.EMAIL, 'We just moved here and know nobody.', [2, 4], 9],
  ];
  return asks.map(([name, channel, situation, childrenAges, daysAgo], i) => {
    const receivedAt = new Date(now.getTime() - daysAgo * DAY_MS - i * 3_600_000);
    return {
      contactName: name,
      phone: channel === ContactChannel.EMAIL ? null : `+35850${String(7000000 + i * 1111)}`,
      email: channel === ContactChannel.EMAIL ? `${name.toLowerCase()}.demo@example.fi` : null,
      preferredChannel: channel,
      situation,
      childrenAges,
      receivedAt,
      respondBy: addWorkingDays(helsinkiToday(receivedAt), RESPONSE_WORKING_DAYS),
    };
  });
}
