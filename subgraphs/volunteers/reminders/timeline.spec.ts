import 'reflect-metadata';
import { AgendaSource, AgendaStatus, type AgendaItem } from '../../kit/agenda';
import { agendaItemFromRepresentation, appointmentRecord, keptShare, remindersFrom, sumRecords } from './timeline';

const now = new Date('2026-11-23T12:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
const item = (id: string, at: Date, status: AgendaStatus): AgendaItem => ({ id, source: AgendaSource.CLINIC, title: 'Visit', startsAt: at, status });

describe('reminders from the timeline', () => {
  const items = [
    item('past-booked', hours(-1), AgendaStatus.BOOKED),
    item('soon', hours(2), AgendaStatus.BOOKED),
    item('proposed', hours(30), AgendaStatus.PROPOSED),
    item('cancelled', hours(5), AgendaStatus.CANCELLED),
    item('edge', hours(48), AgendaStatus.BOOKED),
    item('later', hours(49), AgendaStatus.BOOKED),
    item('noshow-recent', hours(-24 * 3), AgendaStatus.NOSHOW),
    item('noshow-old', hours(-24 * 15), AgendaStatus.NOSHOW),
    item('kept', hours(-24), AgendaStatus.FULFILLED),
  ];

  it('lists standing bookings of the next 48 hours and no-shows of the last 14 days, by time', () => {
    const { upcoming, missed } = remindersFrom(items, now);
    expect(upcoming.map((i) => i.id)).toEqual(['soon', 'proposed', 'edge']);
    expect(missed.map((i) => i.id)).toEqual(['noshow-recent']);
  });

  it('reads items as the gateway sends them: enum names and ISO strings', () => {
    const sent = { ...item('x', hours(1), AgendaStatus.NOSHOW), status: 'NOSHOW', startsAt: hours(1).toISOString() } as unknown as AgendaItem;
    expect(agendaItemFromRepresentation(sent)).toMatchObject({ status: AgendaStatus.NOSHOW, startsAt: hours(1) });
  });
});

describe('kept against missed, before and during companionship', () => {
  const companionship = { startsAt: hours(-24 * 10), endsAt: null };
  const items = [
    item('b1', hours(-24 * 20), AgendaStatus.FULFILLED),
    item('b2', hours(-24 * 15), AgendaStatus.NOSHOW),
    item('b3', hours(-24 * 12), AgendaStatus.NOSHOW),
    item('b4', hours(-24 * 11), AgendaStatus.CANCELLED),
    item('d1', hours(-24 * 5), AgendaStatus.FULFILLED),
    item('d2', hours(-24 * 4), AgendaStatus.ARRIVED),
    item('d3', hours(-24 * 2), AgendaStatus.NOSHOW),
    item('d4', hours(-2), AgendaStatus.BOOKED),
    item('future', hours(24), AgendaStatus.FULFILLED),
  ];

  it('counts only kept and missed statuses, split at the first day', () => {
    expect(appointmentRecord(items, companionship, now)).toEqual({ before: { kept: 1, missed: 2 }, during: { kept: 2, missed: 1 } });
  });

  it('stops counting "during" when the companionship ended', () => {
    expect(appointmentRecord(items, { startsAt: companionship.startsAt, endsAt: hours(-24 * 3) }, now).during).toEqual({ kept: 2, missed: 0 });
  });

  it('gives the share kept, or null when there is nothing to share', () => {
    expect(keptShare({ kept: 3, missed: 1 })).toBe(0.75);
    expect(keptShare({ kept: 0, missed: 0 })).toBeNull();
  });

  it('adds families up for the aggregate', () => {
    const one = { before: { kept: 1, missed: 2 }, during: { kept: 2, missed: 1 } };
    expect(sumRecords([one, one])).toEqual({ before: { kept: 2, missed: 4 }, during: { kept: 4, missed: 2 } });
  });
});
