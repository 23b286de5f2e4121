/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** On what basis a viewer used or received family data. */
export type AccessBasis =
  /** A guardian's live consent to a companion. */
  | 'CONSENT'
  /** The viewer is a guardian of the family. */
  | 'GUARDIANSHIP'
  /** The viewer's municipal role serves every family of the municipality, e.g. a family worker. */
  | 'MUNICIPAL_ROLE'
  /** The viewer reported the data, e.g. a landlord its own alert. */
  | 'OWN_REPORT'
  /** The family was referred to the viewer's group, e.g. a social host's. */
  | 'REFERRAL'
  /** The viewer is the family's landlord, reading its own tenancy (logged as a disclosure). */
  | 'TENANCY';

/** What a viewer did with family data: a use (käyttöloki) or a disclosure to another party (luovutusloki). */
export type AccessOperation =
  /** The data was disclosed to a partner organisation, e.g. a landlord (luovutus). */
  | 'DISCLOSE'
  /** The data was read by a municipal worker, a guardian, a companion or a host. */
  | 'READ'
  /** The data was created or changed. */
  | 'WRITE';

/** What kind of group activity it is. */
export type ActivityKind =
  /** A residents' room's monthly community event. */
  | 'COMMUNITY_EVENT'
  /** A group meeting such as a music or film night or a discussion evening. */
  | 'GROUP_MEETING'
  /** A theme week at a living room, e.g. a week of benefit guidance. */
  | 'THEME_WEEK'
  /** A trip, e.g. to a national park or a museum. */
  | 'TRIP'
  /** A walk together. */
  | 'WALK'
  /** A weekly activity at a meeting place, e.g. a parents' coffee morning. */
  | 'WEEKLY_ACTIVITY';

/** The service a timeline item was booked with. */
export type AgendaSource =
  /** Group activities the family signed up to at meeting places: weekly activities, theme weeks, community events, group meetings, walks and trips. */
  | 'ACTIVITIES'
  /** The child health clinic (neuvola) and other clinics. */
  | 'CLINIC'
  /** Early education (eVaka): attendance reservations and discussion times. */
  | 'DAYCARE'
  /** Appointments with a social or family worker. */
  | 'SOCIAL_OFFICE';

/** Booking status, aligned with HL7 FHIR Appointment.status. */
export type AgendaStatus =
  /** The family has arrived at the place. */
  | 'ARRIVED'
  /** Confirmed and upcoming: the kind a companion reminds the family of. */
  | 'BOOKED'
  /** Cancelled in advance, e.g. a daycare day with an absence. */
  | 'CANCELLED'
  /** The family has checked in and is waiting to be seen. */
  | 'CHECKED_IN'
  /** Recorded by mistake; ignore it. */
  | 'ENTERED_IN_ERROR'
  /** The service took place: the appointment was kept. */
  | 'FULFILLED'
  /** The family did not come: the missed appointment companions exist to prevent. */
  | 'NOSHOW'
  /** Requested; waiting for the provider or the family to confirm. */
  | 'PENDING'
  /** Suggested by the provider; not yet accepted by the family. */
  | 'PROPOSED'
  /** On a waiting list for a free time. */
  | 'WAITLIST';

/** An "ask for help" request: who to contact, how, and what the family is going through. */
export type AskForHelpInput = {
  /** Each child's age in whole years, 0 to 17; empty when there are no children or they are not told. */
  childrenAges: Array<number>;
  /** Email address. Give a phone number, an email address or both. */
  email?: string | null | undefined;
  /** Required; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey: string;
  /** The name the person wants to be addressed by; 1 to 120 characters. */
  name: string;
  /** Phone number in E.164 form, e.g. +358401234567. Give a phone number, an email address or both. */
  phone?: string | null | undefined;
  /** How the person wants to be contacted: a phone call or a text message needs a phone number, an email needs an email address. */
  preferredChannel: ContactChannel;
  /** The family's situation in the person's own words; several lines allowed, 1 to 4000 characters. */
  situation: string;
};

/** A volunteer coordinator matches a companion with a family. */
export type AssignCompanionInput = {
  /** The companion to assign (a `Companion` id). */
  companionId: string | number;
  /** The family to match (a `Family` id). */
  familyId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The first day of the companionship. */
  startsOn: string;
};

/** The form of compensation agreed with a social host. */
export type CompensationForm =
  /** A month's bus card. */
  | 'BUS_CARD'
  /** A year's gym card, counted as a twelfth of its price each month. */
  | 'GYM_CARD'
  /** The default: a share of the host's rent (half unless the municipality sets otherwise). */
  | 'HALF_RENT'
  /** The host's whole rent. */
  | 'WHOLE_RENT';

/** What a line of a host compensation pays for. */
export type CompensationLineKind =
  /** The agreed form (rent share, gym card or bus card), paid when the approved hours reach the minimum. */
  | 'BASE'
  /** The bonus for meeting the goals set jointly. */
  | 'GOAL_BONUS';

/** How the person asking for help wants to be contacted. */
export type ContactChannel =
  /** An email. */
  | 'EMAIL'
  /** A phone call. */
  | 'PHONE'
  /** A text message (SMS). */
  | 'TEXT_MESSAGE';

/** A group activity at a meeting place or elsewhere. Led by a social host, its time follows the host's scheduling rule. */
export type CreateActivityInput = {
  /** How many people can take part, 1 to 500. */
  capacity: number;
  /** When it ends; after the start, at most 14 days later (a theme week). */
  endsAt: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** What kind of activity it is. */
  kind: ActivityKind;
  /** The meeting place (a `MeetingPlace` id); give this or `meetingPoint`. */
  meetingPlaceId?: string | number | null | undefined;
  /** Where to meet when not at a meeting place, 3 to 200 characters; give this or `meetingPlaceId`. */
  meetingPoint?: string | null | undefined;
  /** When it starts; in the future. */
  startsAt: string;
  /** What the activity is, 3 to 120 characters. */
  title: string;
};

/** A category of family data. Every family field carries one; grants, consents and access-log entries name them. */
export type DataCategory =
  /** Who used or received the family's data, and why. */
  | 'ACCESS_LOG'
  /** Benefit applications and their status, without amounts. */
  | 'BENEFITS'
  /** Amounts in benefit decisions. Never granted to a companion. */
  | 'BENEFIT_AMOUNTS'
  /** Appointments, reservations and the agenda: that a service is booked, not why. */
  | 'BOOKINGS'
  /** Companion assignments and consents. */
  | 'COMPANIONSHIP'
  /** Names, phone numbers, e-mail and address: how to reach the family. */
  | 'CONTACT'
  /** Why a child is absent, what a clinic visit is for, any diagnosis (special-category data). Never granted to a companion. */
  | 'HEALTH'
  /** A social host's everyday help: hours logged with the family and goals set jointly. */
  | 'HOSTING'
  /** Housing cases and landlord alerts. */
  | 'HOUSING'
  /** Personal identity codes (HETU) and dates of birth. Never granted to a companion. */
  | 'IDENTITY'
  /** Case workers' notes and discussion topics. Never granted to a companion. */
  | 'NOTES';

/** A family worker's decision on hours logged past the agreed monthly quota. */
export type DecideHoursEntryInput = {
  /** True to approve: the hours count. False to reject: they do not. */
  approve: boolean;
  /** The entry waiting for approval (an `HoursEntry` id). */
  entryId: string | number;
};

/** A guardian's consent for a companion to see named data categories of the family. */
export type GrantConsentInput = {
  /** The companion assigned to the family (a `Companion` id). */
  companionId: string | number;
  /** The guardian's own family (a `Family` id). */
  familyId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The data categories the companion may see; any of CONTACT, BOOKINGS, BENEFITS. Other categories are refused with BAD_USER_INPUT. */
  scopes: Array<DataCategory>;
  /** The last day the consent is valid; at most a year ahead. */
  validUntil: string;
};

/** The kind of everyday help a social host gave. */
export type HelpKind =
  /** Minding the children while the parent runs errands. */
  | 'CHILDCARE'
  /** Cooking together. */
  | 'COOKING_TOGETHER'
  /** A group meeting of the host's families, e.g. a music or film night, a walk or a trip. */
  | 'GROUP_ACTIVITY'
  /** Taking the children to the playground. */
  | 'PLAYGROUND'
  /** Shopping together or for the family. */
  | 'SHOPPING';

/** A social host's employment, which limits when the host may help. */
export type HostEmployment =
  /** Works a job: helps only outside working hours (working days 08:00–16:00). */
  | 'EMPLOYED'
  /** Looks for work: help within working hours lasts at most 2 hours a session and 2 hours a working day, so it never prevents taking a full-time job. */
  | 'UNEMPLOYED';

/** Where a goal set jointly by the family, the host and the family worker stands. */
export type HostGoalStatus =
  /** Set aside by agreement; it no longer counts for the bonus. */
  | 'DROPPED'
  /** Set and being worked on. */
  | 'IN_PROGRESS'
  /** The family worker recorded the goal as met. */
  | 'MET'
  /** The family worker recorded the goal as not met by its due date. */
  | 'NOT_MET';

/** Whether logged hours count towards the month. */
export type HoursEntryStatus =
  /** Counts: within the agreed hours, or approved by a family worker. */
  | 'APPROVED'
  /** Goes past the agreed monthly hours: waits for a family worker to approve or reject it. */
  | 'PENDING_APPROVAL'
  /** A family worker did not approve the hours past the quota: they do not count. */
  | 'REJECTED';

/** What the landlord's alert was about. */
export type HousingAlertType =
  /** The landlord has given a disturbance warning. */
  | 'DISTURBANCE'
  /** Unpaid rent has built up; the alert gives the amount in `arrearsEuros`. */
  | 'RENT_ARREARS';

/** All a landlord learns of the case: open or closed. */
export type HousingCaseStatus =
  /** The case is closed; its outcome is not disclosed to the landlord. */
  | 'CLOSED'
  /** Housing counsellors are working on the case. */
  | 'OPEN';

/** Everyday help a social host gave to families of the own groups. */
export type LogHoursInput = {
  /** The families helped: 1 to 20, each in one of the host's own groups (`Family` ids). */
  familyIds: Array<string | number>;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** What kind of help it was. */
  kind: HelpKind;
  /** How long the help lasted, in minutes: 5 to 720. */
  minutes: number;
  /** When the help started; it must respect the host's employment (see `HostEmployment`). */
  startsAt: string;
};

/** What kind of low-threshold meeting place it is. */
export type MeetingPlaceKind =
  /** A "living room": a meeting place and service point open to every resident, with theme weeks and weekly activities. */
  | 'LIVING_ROOM'
  /** A neighbourhood's residents' room (asukastupa), with group activities and monthly community events. */
  | 'RESIDENTS_ROOM';

/** A family member to register. */
export type MemberInput = {
  /** E-mail address, optional. */
  email?: string | null | undefined;
  /** First name, plain text. */
  firstName: string;
  /** Personal identity code, validated with its check character. */
  hetu: string;
  /** Last name, plain text. */
  lastName: string;
  /** E.164, e.g. +358401234567. */
  phone?: string | null | undefined;
  /** GUARDIAN or CHILD. */
  role: PersonRole;
};

/** A member of a family is a guardian (huoltaja) or a child. */
export type PersonRole =
  /** A child of the family. */
  | 'CHILD'
  /** A guardian (huoltaja): sees the family's own data, consents to companions and reads the access log. */
  | 'GUARDIAN';

/** Where a month's logged hours stand against the hours agreed with the municipality. */
export type QuotaState =
  /** At 80 % or more: the host and the family worker are warned before the quota is passed. */
  | 'NEAR'
  /** The agreed hours are used: further entries wait for approval. */
  | 'REACHED'
  /** Below 80 % of the agreed hours. */
  | 'WITHIN';

/** Records whether a signed-up family came. */
export type RecordAttendanceInput = {
  /** True when the family came. */
  attended: boolean;
  /** The sign-up (an `ActivitySignUp` id). */
  signUpId: string | number;
};

/** An anonymous head count of an activity: no names, so no family data. */
export type RecordHeadCountInput = {
  /** The activity (an `Activity` id). */
  activityId: string | number;
  /** How many people came, 0 to 10000. */
  headCount: number;
};

/** A family worker refers a family to a social host's group for everyday help. */
export type ReferFamilyToHostGroupInput = {
  /** The family to refer (a `Family` id). */
  familyId: string | number;
  /** The host group (a `HostGroup` id). */
  groupId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A new family, registered by a family worker. */
export type RegisterFamilyInput = {
  /** The home's street address, optional. */
  address?: string | null | undefined;
  /** How the family is addressed, e.g. "Virtanen family"; plain text. */
  displayName: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Guardians and children, 1 to 20. A HETU already registered, or given twice, is refused with CONFLICT. */
  members: Array<MemberInput>;
};

/** What a landlord reports about one of its tenancies. */
export type ReportHousingAlertInput = {
  /** Rent arrears in whole euros; required for RENT_ARREARS, must be left out for DISTURBANCE. */
  arrearsEuros?: number | null | undefined;
  /** What happened, in the landlord's words; plain text, stored and returned as written. */
  description: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** One of the signed-in landlord's own tenancies (`myTenancies`); another id is refused. */
  tenancyId: string | number;
  /** RENT_ARREARS or DISTURBANCE. */
  type: HousingAlertType;
};

/** A goal set jointly by a family, its social host and the family worker. */
export type SetHostGoalInput = {
  /** The goal in the words agreed, 3 to 300 characters. */
  description: string;
  /** The day by which the goal is to be met: today or later, at most a year ahead. */
  dueOn: string;
  /** The family the goal was agreed with (a `Family` id); it must be in the group. */
  familyId: string | number;
  /** The host group the family belongs to (a `HostGroup` id). */
  groupId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

/** A family worker records where a jointly set goal stands. */
export type SetHostGoalStatusInput = {
  /** The goal (a `HostGoal` id). */
  goalId: string | number;
  /** The new status. */
  status: HostGoalStatus;
  /** The `HostGoal.version` read; a goal changed since then is a CONFLICT. */
  version: number;
};

/** Signs a family up to an activity. */
export type SignUpForActivityInput = {
  /** The activity (an `Activity` id). */
  activityId: string | number;
  /** The family (a `Family` id): a guardian signs up the own family. */
  familyId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** How many of the family take part, 1 to 10. */
  participants: number;
};

export type ActivitiesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ActivitiesQuery = { meetingPlaces: Array<{ id: string, name: string, kind: MeetingPlaceKind, address: string, partnerOrganisations: Array<string>, openingHours: Array<{ weekday: number, opens: string, closes: string }> }>, activities: Array<{ id: string, title: string, kind: ActivityKind, startsAt: string, endsAt: string, meetingPoint: string | null, capacity: number, placesLeft: number, headCount: number | null, place: { id: string, name: string } | null, signUps: Array<{ id: string, participants: number, attended: boolean | null, family: { id: string } }> }> };

export type AskForHelpMutationVariables = Exact<{
  input: AskForHelpInput;
}>;


export type AskForHelpMutation = { askForHelp: { requestId: string, respondBy: string, message: string } };

export type AssignCompanionMutationVariables = Exact<{
  input: AssignCompanionInput;
}>;


export type AssignCompanionMutation = { assignCompanion: { id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string } } };

export type CompanionAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionAgendaQuery = { myFamilies: Array<{ id: string, displayName: string | null, agenda: Array<{ source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus, location: { name: string, address: string | null } | null }> }> };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string, title: string, kind: ActivityKind, startsAt: string, endsAt: string, capacity: number } };

export type DecideHoursEntryMutationVariables = Exact<{
  input: DecideHoursEntryInput;
}>;


export type DecideHoursEntryMutation = { decideHoursEntry: { id: string, status: HoursEntryStatus, decidedAt: string | null } };

export type FamilyAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyAccessLogQuery = { family: { accessLog: Array<{ at: string, viewerId: string, viewerRole: string, category: DataCategory, operation: AccessOperation, basis: AccessBasis, service: string }> } };

export type FamilyCompanionsQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyCompanionsQuery = { family: { id: string, companionAssignments: Array<{ id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string, organisation: string } }> } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, companionId: string, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null } };

export type HostMonthQueryVariables = Exact<{
  hostId: string | number;
  month: string;
}>;


export type HostMonthQuery = { hostMonth: { hostId: string, month: string, quotaMinutes: number, approvedMinutes: number, pendingMinutes: number, quotaState: QuotaState, goalStatuses: Array<HostGoalStatus>, entries: Array<{ id: string, date: string, minutes: number, kind: HelpKind, status: HoursEntryStatus }>, compensation: { form: CompensationForm, totalCents: number, goalBonusEarned: boolean, lines: Array<{ kind: CompensationLineKind, description: string, amountCents: number }> } | null } };

export type HostMonthsQueryVariables = Exact<{
  month: string;
}>;


export type HostMonthsQuery = { hostMonths: Array<{ hostId: string, approvedMinutes: number, pendingMinutes: number, quotaMinutes: number, quotaState: QuotaState, host: { firstName: string, lastName: string, employment: HostEmployment }, compensation: { totalCents: number, goalBonusEarned: boolean } | null }> };

export type LogHoursMutationVariables = Exact<{
  input: LogHoursInput;
}>;


export type LogHoursMutation = { logHours: { id: string, date: string, startsAt: string, minutes: number, kind: HelpKind, status: HoursEntryStatus, families: Array<{ id: string }> } };

export type MyAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgendaQuery = { myFamilies: Array<{ displayName: string | null, agenda: Array<{ source: AgendaSource, title: string, startsAt: string, status: AgendaStatus }> }> };

export type MyCompanionProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanionProfileQuery = { myCompanionProfile: { id: string, firstName: string, lastName: string, phone: string, organisation: string } | null };

export type MyFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFamiliesQuery = { myFamilies: Array<{ id: string, displayName: string | null, address: string | null, unavailableAgendaSources: Array<AgendaSource>, members: Array<{ id: string, role: PersonRole, firstName: string, lastName: string, phone: string | null, email: string | null }>, agenda: Array<{ id: string, source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus }> }> };

export type MyHostGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHostGroupsQuery = { myHostGroups: Array<{ id: string, name: string, host: { id: string, firstName: string, lastName: string }, families: Array<{ id: string, displayName: string | null }> }> };

export type MyHousingAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHousingAlertsQuery = { myHousingAlerts: Array<{ id: string, type: HousingAlertType, arrearsEuros: number | null, description: string, reportedAt: string, caseStatus: HousingCaseStatus, tenancy: { id: string, address: string } }> };

export type MyTenanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenanciesQuery = { myTenancies: Array<{ id: string, address: string }> };

export type PendingHoursEntriesQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingHoursEntriesQuery = { pendingHoursEntries: Array<{ id: string, hostId: string, date: string, minutes: number, kind: HelpKind, status: HoursEntryStatus }> };

export type RecordAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordAttendanceMutation = { recordAttendance: { id: string, attended: boolean | null } };

export type RecordHeadCountMutationVariables = Exact<{
  input: RecordHeadCountInput;
}>;


export type RecordHeadCountMutation = { recordHeadCount: { id: string, headCount: number | null } };

export type ReferFamilyToHostGroupMutationVariables = Exact<{
  input: ReferFamilyToHostGroupInput;
}>;


export type ReferFamilyToHostGroupMutation = { referFamilyToHostGroup: { id: string, name: string, families: Array<{ id: string }> } };

export type RegisterFamilyMutationVariables = Exact<{
  input: RegisterFamilyInput;
}>;


export type RegisterFamilyMutation = { registerFamily: { id: string, displayName: string | null, members: Array<{ id: string, role: PersonRole, firstName: string, lastName: string }> } };

export type ReportHousingAlertMutationVariables = Exact<{
  input: ReportHousingAlertInput;
}>;


export type ReportHousingAlertMutation = { reportHousingAlert: { id: string, type: HousingAlertType, arrearsEuros: number | null, reportedAt: string, caseStatus: HousingCaseStatus } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, revokedAt: string | null } };

export type SetHostGoalStatusMutationVariables = Exact<{
  input: SetHostGoalStatusInput;
}>;


export type SetHostGoalStatusMutation = { setHostGoalStatus: { id: string, status: HostGoalStatus, version: number } };

export type SetHostGoalMutationVariables = Exact<{
  input: SetHostGoalInput;
}>;


export type SetHostGoalMutation = { setHostGoal: { id: string, description: string, dueOn: string, status: HostGoalStatus, version: number } };

export type SignUpForActivityMutationVariables = Exact<{
  input: SignUpForActivityInput;
}>;


export type SignUpForActivityMutation = { signUpForActivity: { id: string, activityId: string, participants: number, attended: boolean | null } };


export const ActivitiesDocument = {"__meta__":{"hash":"sha256:a91206d0218fd83c4e9f47acb4293aac85f3744f2572ac623357bec8033f158c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"signUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const AskForHelpDocument = {"__meta__":{"hash":"sha256:29d6c6c1709e9effb052317622de90deab77e5ac7c5f6d69915ca4c6be552ef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskForHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskForHelpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askForHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AskForHelpMutation, AskForHelpMutationVariables>;
export const AssignCompanionDocument = {"__meta__":{"hash":"sha256:9e8699decaa102261d78457994b14bd189c03a7e53a492dfdeac7269955b74ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCompanion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCompanionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCompanion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCompanionMutation, AssignCompanionMutationVariables>;
export const CompanionAgendaDocument = {"__meta__":{"hash":"sha256:dda56ae08e7a300c2327b6236135b33f25c5f9d671bfae5c0d4808229a0860f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionAgendaQuery, CompanionAgendaQueryVariables>;
export const CreateActivityDocument = {"__meta__":{"hash":"sha256:afd1893a61c96a0c36fef3fd5af3d31c4c7717850ebdd3d26338cba4caa3ac2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const DecideHoursEntryDocument = {"__meta__":{"hash":"sha256:c82dbc32b3fb5a3f5a2b7abeaabe398f6a258702e179e4f299750756c85265d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideHoursEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideHoursEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideHoursEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideHoursEntryMutation, DecideHoursEntryMutationVariables>;
export const FamilyAccessLogDocument = {"__meta__":{"hash":"sha256:00375e194014901bfcfd689c04fcb1aac87591aae0631fbb5a54f164c4cf63a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyAccessLogQuery, FamilyAccessLogQueryVariables>;
export const FamilyCompanionsDocument = {"__meta__":{"hash":"sha256:751334d2844bee8c166c09803a691427e18afff395c4bf57947f5898ed53994b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyCompanions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyCompanionsQuery, FamilyCompanionsQueryVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"sha256:f3312ed683d187d8572c013ed02fc688973cfdd7e207588cec068fc5b9fd9992"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const HostMonthDocument = {"__meta__":{"hash":"sha256:3f691e7c02dccbfcf6f8211891ba3f015536fb934503cad8a19e1d6d75ff4f1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hostId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hostId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hostId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaState"}},{"kind":"Field","name":{"kind":"Name","value":"goalStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"goalBonusEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostMonthQuery, HostMonthQueryVariables>;
export const HostMonthsDocument = {"__meta__":{"hash":"sha256:89ed5e3ae6579ee59d88e96ef606f9917d389d971e94f5c6be2e8c489f425da1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostMonths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostMonths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaState"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"goalBonusEarned"}}]}}]}}]}}]} as unknown as DocumentNode<HostMonthsQuery, HostMonthsQueryVariables>;
export const LogHoursDocument = {"__meta__":{"hash":"sha256:0cbeedc4b41f7fc028e0f64d6e4aad1853b09f0faa6eecd117b4ebffeb406fd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogHoursMutation, LogHoursMutationVariables>;
export const MyAgendaDocument = {"__meta__":{"hash":"sha256:36a020894986ce4a2cb0de9417ced56d3340411e73e0c9ce698d41befb6049b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyAgendaQuery, MyAgendaQueryVariables>;
export const MyCompanionProfileDocument = {"__meta__":{"hash":"sha256:01b2fdf28d3014404049e50a8a8d3849ae6c76960dc1bc2163fd5d5253bb89a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]} as unknown as DocumentNode<MyCompanionProfileQuery, MyCompanionProfileQueryVariables>;
export const MyFamiliesDocument = {"__meta__":{"hash":"sha256:4830baaf10a5a582e760577a5b754ef4246bb46140e85bc261123fd426b6c220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableAgendaSources"}}]}}]}}]} as unknown as DocumentNode<MyFamiliesQuery, MyFamiliesQueryVariables>;
export const MyHostGroupsDocument = {"__meta__":{"hash":"sha256:98c9886724963bdd5ae9517f1b1329af57ff9e27a7b2c5c61ee5dadf9bba614c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MyHostGroupsQuery, MyHostGroupsQueryVariables>;
export const MyHousingAlertsDocument = {"__meta__":{"hash":"sha256:cdf1e9b82bfe5d11c77c5d8896f10ac7b43d13e08e6d8f6c20f3164b9ee26196"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsEuros"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<MyHousingAlertsQuery, MyHousingAlertsQueryVariables>;
export const MyTenanciesDocument = {"__meta__":{"hash":"sha256:13fdb3ca10c76f31f5946cb8cddbf96bba58a76b7d12fed399d98cb217216fc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<MyTenanciesQuery, MyTenanciesQueryVariables>;
export const PendingHoursEntriesDocument = {"__meta__":{"hash":"sha256:b1fd568275eef075b498c2a848dab8c81bc53e97bfee869b308ce0cc5554e1ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingHoursEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingHoursEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PendingHoursEntriesQuery, PendingHoursEntriesQueryVariables>;
export const RecordAttendanceDocument = {"__meta__":{"hash":"sha256:800126755f4f32e4719899117206b28bc189777c6d0f5a8b3f3dfc7d9fc9d124"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordHeadCountDocument = {"__meta__":{"hash":"sha256:5fe0b1915dad6a3e6860f24f015500508269b601d5206087c2ee70076ccdf16a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHeadCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHeadCountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHeadCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<RecordHeadCountMutation, RecordHeadCountMutationVariables>;
export const ReferFamilyToHostGroupDocument = {"__meta__":{"hash":"sha256:9a9434b8769285b7b5eaff785625def88ecc05ae00df59703193abfa935ff930"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFamilyToHostGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferFamilyToHostGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFamilyToHostGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReferFamilyToHostGroupMutation, ReferFamilyToHostGroupMutationVariables>;
export const RegisterFamilyDocument = {"__meta__":{"hash":"sha256:5b07bd4dcb05e288e35fba365bca25684e2e9e44d15c7f6ea8c5f5f3a030bab7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterFamilyMutation, RegisterFamilyMutationVariables>;
export const ReportHousingAlertDocument = {"__meta__":{"hash":"sha256:6ef19441895878f0cf9918ca020b92d3f53d43a0a27df6fd9749709d547e5f53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportHousingAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHousingAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHousingAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsEuros"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]} as unknown as DocumentNode<ReportHousingAlertMutation, ReportHousingAlertMutationVariables>;
export const RevokeConsentDocument = {"__meta__":{"hash":"sha256:cbf3b14853761e212ee994762933e54ec70fc45b2a40f881b528adeb28c0fdcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const SetHostGoalStatusDocument = {"__meta__":{"hash":"sha256:7c0c77d182a7f52cd51ada9e9e048329107c784c0e6206e1c7e6e3ade3402de3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHostGoalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHostGoalStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHostGoalStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetHostGoalStatusMutation, SetHostGoalStatusMutationVariables>;
export const SetHostGoalDocument = {"__meta__":{"hash":"sha256:2c74c55d151288aecb1aff3bee45f00935fe8ad4f576f29980fac8de9c78caa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHostGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHostGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHostGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetHostGoalMutation, SetHostGoalMutationVariables>;
export const SignUpForActivityDocument = {"__meta__":{"hash":"sha256:9509a0f08f7f4872ebc774e29c9f7822add22b1790f298664419290787d9a1e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpForActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<SignUpForActivityMutation, SignUpForActivityMutationVariables>;