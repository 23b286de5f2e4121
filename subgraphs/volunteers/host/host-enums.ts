import { registerEnumType } from 'type-graphql';
import { QuotaState } from './quota';
import { HostEmployment } from './schedule-rule';

/** The everyday help a social host gives (DOMAIN.md §2). */
export enum HelpKind {
  SHOPPING = 'SHOPPING',
  PLAYGROUND = 'PLAYGROUND',
  CHILDCARE = 'CHILDCARE',
  COOKING_TOGETHER = 'COOKING_TOGETHER',
  GROUP_ACTIVITY = 'GROUP_ACTIVITY',
}

export enum HoursEntryStatus {
  APPROVED = 'APPROVED',
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  REJECTED = 'REJECTED',
}

/** Statuses of a jointly set goal; benefits pays the goal bonus from them. */
export enum HostGoalStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  DROPPED = 'DROPPED',
}

registerEnumType(HostEmployment, {
  name: 'HostEmployment',
  description: "A social host's employment, which limits when the host may help.",
  valuesConfig: {
    EMPLOYED: { description: 'Works a job: helps only outside working hours (working days 08:00–16:00).' },
    UNEMPLOYED: {
      description:
        'Looks for work: help within working hours lasts at most 2 hours a session and 2 hours a working day, so it never prevents taking a full-time job.',
    },
  },
});
registerEnumType(HelpKind, {
  name: 'HelpKind',
  description: 'The kind of everyday help a social host gave.',
  valuesConfig: {
    SHOPPING: { description: 'Shopping together or for the family.' },
    PLAYGROUND: { description: 'Taking the children to the playground.' },
    CHILDCARE: { description: 'Minding the children while the parent runs errands.' },
    COOKING_TOGETHER: { description: 'Cooking together.' },
    GROUP_ACTIVITY: { description: "A group meeting of the host's families, e.g. a music or film night, a walk or a trip." },
  },
});
registerEnumType(HoursEntryStatus, {
  name: 'HoursEntryStatus',
  description: 'Whether logged hours count towards the month.',
  valuesConfig: {
    APPROVED: { description: 'Counts: within the agreed hours, or approved by a family worker.' },
    PENDING_APPROVAL: { description: 'Goes past the agreed monthly hours: waits for a family worker to approve or reject it.' },
    REJECTED: { description: 'A family worker did not approve the hours past the quota: they do not count.' },
  },
});
registerEnumType(HostGoalStatus, {
  name: 'HostGoalStatus',
  description: 'Where a goal set jointly by the family, the host and the family worker stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Set and being worked on.' },
    MET: { description: 'The family worker recorded the goal as met.' },
    NOT_MET: { description: 'The family worker recorded the goal as not met by its due date.' },
    DROPPED: { description: 'Set aside by agreement; it no longer counts for the bonus.' },
  },
});
registerEnumType(QuotaState, {
  name: 'QuotaState',
  description: "Where a month's logged hours stand against the hours agreed with the municipality.",
  valuesConfig: {
    WITHIN: { description: 'Below 80 % of the agreed hours.' },
    NEAR: { description: 'At 80 % or more: the host and the family worker are warned before the quota is passed.' },
    REACHED: { description: 'The agreed hours are used: further entries wait for approval.' },
  },
});
