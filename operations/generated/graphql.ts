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

/** The service a timeline item was booked with. */
export type AgendaSource =
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

/** A volunteer coordinator proposes one of the own organisation's companions to a family; a guardian's consent makes it active. */
export type AssignCompanionInput = {
  /** The companion to assign (a `Companion` id). */
  companionId: string | number;
  /** The family to match (a `Family` id). */
  familyId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The referral this proposal answers (a `CompanionReferral` id), if any; it must be of the same family. */
  referralId?: string | number | null | undefined;
  /** The first day of the companionship; it starts no earlier than the day a guardian consents. */
  startsOn: string;
};

/** Which side ended a companionship. */
export type AssignmentEndedBy =
  /** The companion. */
  | 'COMPANION'
  /** The companion's volunteer coordinator. */
  | 'COORDINATOR'
  /** A guardian of the family. */
  | 'GUARDIAN';

/** Where a companionship is: proposed to the guardian, active, declined or ended. */
export type AssignmentStatus =
  /** A guardian consented: the companion walks alongside the family. */
  | 'ACTIVE'
  /** Ended before it began: the guardian, companion or coordinator said no to the proposal. */
  | 'DECLINED'
  /** The companionship ended; `endReason` says why. */
  | 'ENDED'
  /** A coordinator proposed the companion; waiting for a guardian to consent (`grantConsent`). */
  | 'PROPOSED';

/** A part of the week. */
export type Availability =
  /** Monday to Friday, noon to 17. */
  | 'WEEKDAY_AFTERNOON'
  /** Monday to Friday, after 17. */
  | 'WEEKDAY_EVENING'
  /** Monday to Friday, before noon. */
  | 'WEEKDAY_MORNING'
  /** Saturday and Sunday. */
  | 'WEEKEND';

/** A coordinator moves one of the own organisation's companions to another stage. */
export type ChangeCompanionStageInput = {
  /** The companion (a `Companion` id). */
  companionId: string | number;
  /** The new stage. APPLIED → TRAINED (after an attended training session) or ENDED; TRAINED → ACTIVE, PAUSED or ENDED; ACTIVE ↔ PAUSED; any → ENDED. PAUSED and ENDED need no open assignments. Others are a CONFLICT. */
  stage: CompanionStage;
};

/** Whether a referred family still waits for a companion. */
export type CompanionReferralStatus =
  /** A guardian consented to a proposed companion. */
  | 'MATCHED'
  /** Waiting for a companion: a coordinator looks for candidates. */
  | 'OPEN';

/** A volunteer companion's stage: applied, trained, active, paused or ended. */
export type CompanionStage =
  /** Walks alongside families, or is ready to. */
  | 'ACTIVE'
  /** Has applied to the organisation; not yet trained. */
  | 'APPLIED'
  /** No longer volunteers as a companion. Final. */
  | 'ENDED'
  /** On a break: not matched with new families; has no active families. */
  | 'PAUSED'
  /** Has attended training; may be matched with a family. */
  | 'TRAINED';

/** How the companionship feels to carry. */
export type CompanionWorkload =
  /** Too much. */
  | 'HEAVY'
  /** Could do more. */
  | 'LIGHT'
  /** About right. */
  | 'RIGHT';

/** What a family needs a companion's support with; never a diagnosis. */
export type CompanionshipNeed =
  /** A child is bullied. */
  | 'BULLYING'
  /** A parent is exhausted. */
  | 'EXHAUSTION'
  /** Illness in the family makes everyday life hard. */
  | 'ILLNESS'
  /** The family is new to Finland and its services. */
  | 'NEW_IN_FINLAND'
  /** The family needs help finding and keeping services. */
  | 'SERVICE_GUIDANCE'
  /** One parent carries the everyday alone. */
  | 'SINGLE_PARENT';

/** Whether a consent is in force. */
export type ConsentStatus =
  /** In force until the end of `validUntil`, Finnish time. */
  | 'ACTIVE'
  /** Its last day has passed, or the companionship ended; `renewConsent` extends it. */
  | 'ENDED'
  /** A guardian revoked it; final. */
  | 'REVOKED';

/** How the person asking for help wants to be contacted. */
export type ContactChannel =
  /** An email. */
  | 'EMAIL'
  /** A phone call. */
  | 'PHONE'
  /** A text message (SMS). */
  | 'TEXT_MESSAGE';

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
  /** Housing cases and landlord alerts. */
  | 'HOUSING'
  /** Personal identity codes (HETU) and dates of birth. Never granted to a companion. */
  | 'IDENTITY'
  /** Case workers' notes and discussion topics. Never granted to a companion. */
  | 'NOTES';

/** Ends a companionship, or declines a proposed one, with a reason. */
export type EndCompanionAssignmentInput = {
  /** The assignment (`CompanionAssignment.id`); NOT_FOUND unless it is one the viewer is a side of. */
  assignmentId: string | number;
  /** Why it ends, 3 to 300 characters, e.g. "We have moved away"; the other sides see it. */
  reason: string;
};

/** A companion's short, structured feedback after a supervision meeting they attended. */
export type GiveSupervisionFeedbackInput = {
  /** Whether the companion means to go on volunteering. */
  continuing: boolean;
  /** How supported the companion feels in the work, 1 to 5. */
  feelsSupported: number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The supervision meeting (a `VolunteerMeeting` id) the companion attended. */
  meetingId: string | number;
  /** How useful the meeting was, 1 (not at all) to 5 (very). */
  usefulness: number;
  /** How the companionship feels to carry. */
  workload: CompanionWorkload;
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

/** One companion's attendance at a meeting. */
export type MeetingAttendanceInput = {
  /** Whether the companion attended. */
  attended: boolean;
  /** The companion (a `Companion` id) of the own organisation. */
  companionId: string | number;
};

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

/** A training session or supervision meeting held, with who attended. */
export type RecordVolunteerMeetingInput = {
  /** Each invited companion once, 1 to 100 of them. */
  attendance: Array<MeetingAttendanceInput>;
  /** The day it was held: today or earlier, at most a year back. */
  heldOn: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Training or supervision. */
  kind: VolunteerMeetingKind;
  /** What it was about, 1 to 200 characters; never a family’s affairs. */
  topic: string;
};

/** A family worker refers a family to companionship. */
export type ReferFamilyToCompanionshipInput = {
  /** The part of the municipality the family lives in, 1 to 60 characters, e.g. Itäinen. */
  area: string;
  /** When the family would like to meet; may be empty. */
  availability: Array<Availability>;
  /** The family (a `Family` id). */
  familyId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Languages the family speaks, 1 to 5 ISO 639-1 codes such as fi, sv, ar. */
  languages: Array<string>;
  /** What the family needs support with, at least one. */
  needs: Array<CompanionshipNeed>;
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

/** Why an item is on a companion’s reminder list. */
export type ReminderKind =
  /** A no-show of the last 14 days: help the family book again. */
  | 'MISSED'
  /** A standing booking in the next 48 hours: remind the family. */
  | 'UPCOMING';

/** A guardian extends a consent that is active or has ended (not a revoked one). */
export type RenewConsentInput = {
  /** The consent (`Consent.id`, e.g. from `Family.consents`). */
  consentId: string | number;
  /** The new last valid day: today or later, at most a year ahead. */
  validUntil: string;
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

/** A training session or a supervision meeting of companions. */
export type VolunteerMeetingKind =
  /** A supervision (työnohjaus) meeting: companions give feedback after it. */
  | 'SUPERVISION'
  /** A training session: attending one lets a coordinator move an applicant to TRAINED. */
  | 'TRAINING';

export type AskForHelpMutationVariables = Exact<{
  input: AskForHelpInput;
}>;


export type AskForHelpMutation = { askForHelp: { requestId: string, respondBy: string, message: string } };

export type AssignCompanionMutationVariables = Exact<{
  input: AssignCompanionInput;
}>;


export type AssignCompanionMutation = { assignCompanion: { id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string } } };

export type ChangeCompanionStageMutationVariables = Exact<{
  input: ChangeCompanionStageInput;
}>;


export type ChangeCompanionStageMutation = { changeCompanionStage: { id: string, stage: CompanionStage } };

export type CompanionAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionAgendaQuery = { myFamilies: Array<{ id: string, displayName: string | null, agenda: Array<{ source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus, location: { name: string, address: string | null } | null }> }> };

export type CompanionCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionCandidatesQuery = { companionReferrals: Array<{ id: string, referredOn: string, languages: Array<string>, area: string, availability: Array<Availability>, needs: Array<CompanionshipNeed>, family: { id: string }, candidates: Array<{ score: number, reasons: Array<string>, companion: { id: string, firstName: string, lastName: string, stage: CompanionStage } }> }> };

export type CompanionConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionConsentsQuery = { myCompanionProfile: { id: string, stage: CompanionStage, consents: Array<{ id: string, status: ConsentStatus, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null, family: { id: string } }>, meetings: Array<{ attended: boolean }> } | null };

export type CompanionRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionRemindersQuery = { myCompanionProfile: { id: string, reminders: Array<{ kind: ReminderKind, family: { id: string, displayName: string | null }, item: { id: string, source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus, location: { name: string, address: string | null } | null } }> } | null };

export type EndCompanionAssignmentMutationVariables = Exact<{
  input: EndCompanionAssignmentInput;
}>;


export type EndCompanionAssignmentMutation = { endCompanionAssignment: { id: string, status: AssignmentStatus, endsOn: string | null, endedBy: AssignmentEndedBy | null, endReason: string | null } };

export type FamilyAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyAccessLogQuery = { family: { accessLog: Array<{ at: string, viewerId: string, viewerRole: string, category: DataCategory, operation: AccessOperation, basis: AccessBasis, service: string }> } };

export type FamilyCompanionsQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyCompanionsQuery = { family: { id: string, companionAssignments: Array<{ id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string, organisation: string } }> } };

export type FamilyConsentsQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyConsentsQuery = { family: { id: string, consents: Array<{ id: string, status: ConsentStatus, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null, companion: { id: string, firstName: string, lastName: string, organisation: string } }>, companionAssignments: Array<{ id: string, status: AssignmentStatus, startsOn: string, endsOn: string | null, endedBy: AssignmentEndedBy | null, endReason: string | null, companion: { id: string, firstName: string, lastName: string } }> } };

export type GiveSupervisionFeedbackMutationVariables = Exact<{
  input: GiveSupervisionFeedbackInput;
}>;


export type GiveSupervisionFeedbackMutation = { giveSupervisionFeedback: { id: string } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, companionId: string, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null } };

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

export type MyVolunteerOrganisationQueryVariables = Exact<{
  stage?: CompanionStage | null | undefined;
}>;


export type MyVolunteerOrganisationQuery = { myVolunteerOrganisation: { name: string, companions: Array<{ id: string, firstName: string, lastName: string, stage: CompanionStage, languages: Array<string>, area: string, maxFamilies: number }>, meetings: Array<{ id: string, kind: VolunteerMeetingKind, heldOn: string, topic: string, attendance: Array<{ attended: boolean, companion: { id: string } }> }>, feedbackSummary: { meetings: number, responses: number, averageUsefulness: number | null, averageFeelsSupported: number | null, continuing: number, workload: { LIGHT: number, RIGHT: number, HEAVY: number } }, appointmentOutcomes: { before: { kept: number, missed: number, keptShare: number | null }, during: { kept: number, missed: number, keptShare: number | null }, families: Array<{ companionshipStartsOn: string, companionshipEndsOn: string | null, family: { id: string }, before: { kept: number, missed: number, keptShare: number | null }, during: { kept: number, missed: number, keptShare: number | null } }> } } | null };

export type RecordVolunteerMeetingMutationVariables = Exact<{
  input: RecordVolunteerMeetingInput;
}>;


export type RecordVolunteerMeetingMutation = { recordVolunteerMeeting: { id: string, kind: VolunteerMeetingKind, heldOn: string, attendance: Array<{ attended: boolean, companion: { id: string } }> } };

export type ReferFamilyToCompanionshipMutationVariables = Exact<{
  input: ReferFamilyToCompanionshipInput;
}>;


export type ReferFamilyToCompanionshipMutation = { referFamilyToCompanionship: { id: string, referredOn: string, status: CompanionReferralStatus } };

export type RegisterFamilyMutationVariables = Exact<{
  input: RegisterFamilyInput;
}>;


export type RegisterFamilyMutation = { registerFamily: { id: string, displayName: string | null, members: Array<{ id: string, role: PersonRole, firstName: string, lastName: string }> } };

export type RenewConsentMutationVariables = Exact<{
  input: RenewConsentInput;
}>;


export type RenewConsentMutation = { renewConsent: { id: string, status: ConsentStatus, validUntil: string } };

export type ReportHousingAlertMutationVariables = Exact<{
  input: ReportHousingAlertInput;
}>;


export type ReportHousingAlertMutation = { reportHousingAlert: { id: string, type: HousingAlertType, arrearsEuros: number | null, reportedAt: string, caseStatus: HousingCaseStatus } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, revokedAt: string | null } };


export const AskForHelpDocument = {"__meta__":{"hash":"sha256:29d6c6c1709e9effb052317622de90deab77e5ac7c5f6d69915ca4c6be552ef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskForHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskForHelpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askForHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AskForHelpMutation, AskForHelpMutationVariables>;
export const AssignCompanionDocument = {"__meta__":{"hash":"sha256:9e8699decaa102261d78457994b14bd189c03a7e53a492dfdeac7269955b74ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCompanion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCompanionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCompanion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCompanionMutation, AssignCompanionMutationVariables>;
export const ChangeCompanionStageDocument = {"__meta__":{"hash":"sha256:03d21ec15069f753696a7307a050c7e1b2390fffb76e3a2538aad8cd7b85b8cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCompanionStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCompanionStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCompanionStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ChangeCompanionStageMutation, ChangeCompanionStageMutationVariables>;
export const CompanionAgendaDocument = {"__meta__":{"hash":"sha256:dda56ae08e7a300c2327b6236135b33f25c5f9d671bfae5c0d4808229a0860f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionAgendaQuery, CompanionAgendaQueryVariables>;
export const CompanionCandidatesDocument = {"__meta__":{"hash":"sha256:541814cd9aa1f87333e4b48c7dff16ac46c81d95b5f6c752dfd4b8c578e0610a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companionReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionCandidatesQuery, CompanionCandidatesQueryVariables>;
export const CompanionConsentsDocument = {"__meta__":{"hash":"sha256:327ca6e57c32e0f6eb7d4aaa0b40f5706de81d41d6a1beb7a8cde06397f96318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]}}]} as unknown as DocumentNode<CompanionConsentsQuery, CompanionConsentsQueryVariables>;
export const CompanionRemindersDocument = {"__meta__":{"hash":"sha256:63903edac790fca37bbab394983d940df50346fef846e959fd3cf69917b43bb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionRemindersQuery, CompanionRemindersQueryVariables>;
export const EndCompanionAssignmentDocument = {"__meta__":{"hash":"sha256:5ba3f1f5711357751b0a1fae5b310147e970a96b9897bf72e9ce90078bdc6d40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCompanionAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCompanionAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCompanionAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<EndCompanionAssignmentMutation, EndCompanionAssignmentMutationVariables>;
export const FamilyAccessLogDocument = {"__meta__":{"hash":"sha256:00375e194014901bfcfd689c04fcb1aac87591aae0631fbb5a54f164c4cf63a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyAccessLogQuery, FamilyAccessLogQueryVariables>;
export const FamilyCompanionsDocument = {"__meta__":{"hash":"sha256:751334d2844bee8c166c09803a691427e18afff395c4bf57947f5898ed53994b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyCompanions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyCompanionsQuery, FamilyCompanionsQueryVariables>;
export const FamilyConsentsDocument = {"__meta__":{"hash":"sha256:20ec5781e08c7f3c65b6e88a00afb5c6472f569b33d4131f156c0c95bb7b6f33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyConsentsQuery, FamilyConsentsQueryVariables>;
export const GiveSupervisionFeedbackDocument = {"__meta__":{"hash":"sha256:2b5bff2b0015a09e265430db6878ec1cfd96c3734838628037082461a57fc7a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveSupervisionFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveSupervisionFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveSupervisionFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GiveSupervisionFeedbackMutation, GiveSupervisionFeedbackMutationVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"sha256:f3312ed683d187d8572c013ed02fc688973cfdd7e207588cec068fc5b9fd9992"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const MyAgendaDocument = {"__meta__":{"hash":"sha256:36a020894986ce4a2cb0de9417ced56d3340411e73e0c9ce698d41befb6049b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyAgendaQuery, MyAgendaQueryVariables>;
export const MyCompanionProfileDocument = {"__meta__":{"hash":"sha256:01b2fdf28d3014404049e50a8a8d3849ae6c76960dc1bc2163fd5d5253bb89a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]} as unknown as DocumentNode<MyCompanionProfileQuery, MyCompanionProfileQueryVariables>;
export const MyFamiliesDocument = {"__meta__":{"hash":"sha256:4830baaf10a5a582e760577a5b754ef4246bb46140e85bc261123fd426b6c220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableAgendaSources"}}]}}]}}]} as unknown as DocumentNode<MyFamiliesQuery, MyFamiliesQueryVariables>;
export const MyHostGroupsDocument = {"__meta__":{"hash":"sha256:98c9886724963bdd5ae9517f1b1329af57ff9e27a7b2c5c61ee5dadf9bba614c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MyHostGroupsQuery, MyHostGroupsQueryVariables>;
export const MyHousingAlertsDocument = {"__meta__":{"hash":"sha256:cdf1e9b82bfe5d11c77c5d8896f10ac7b43d13e08e6d8f6c20f3164b9ee26196"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsEuros"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<MyHousingAlertsQuery, MyHousingAlertsQueryVariables>;
export const MyTenanciesDocument = {"__meta__":{"hash":"sha256:13fdb3ca10c76f31f5946cb8cddbf96bba58a76b7d12fed399d98cb217216fc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<MyTenanciesQuery, MyTenanciesQueryVariables>;
export const MyVolunteerOrganisationDocument = {"__meta__":{"hash":"sha256:a3238059b80d46cc7301e4b238c0a1d2d707b12cefd4863058bd07a9acb88bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVolunteerOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanionStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVolunteerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"maxFamilies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"averageUsefulness"}},{"kind":"Field","name":{"kind":"Name","value":"averageFeelsSupported"}},{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"LIGHT"}},{"kind":"Field","name":{"kind":"Name","value":"RIGHT"}},{"kind":"Field","name":{"kind":"Name","value":"HEAVY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"during"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionshipStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companionshipEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"during"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVolunteerOrganisationQuery, MyVolunteerOrganisationQueryVariables>;
export const RecordVolunteerMeetingDocument = {"__meta__":{"hash":"sha256:32ceb52d10f4929d3705709b2a0323e3acb12afceedd05b56cd00fa1b3a3dd1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVolunteerMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVolunteerMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVolunteerMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordVolunteerMeetingMutation, RecordVolunteerMeetingMutationVariables>;
export const ReferFamilyToCompanionshipDocument = {"__meta__":{"hash":"sha256:5fa648d050c54f6769c8710baa8895cb4c4869098da3a256d544d6541a649bc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFamilyToCompanionship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferFamilyToCompanionshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFamilyToCompanionship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReferFamilyToCompanionshipMutation, ReferFamilyToCompanionshipMutationVariables>;
export const RegisterFamilyDocument = {"__meta__":{"hash":"sha256:5b07bd4dcb05e288e35fba365bca25684e2e9e44d15c7f6ea8c5f5f3a030bab7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterFamilyMutation, RegisterFamilyMutationVariables>;
export const RenewConsentDocument = {"__meta__":{"hash":"sha256:70a2477b4cbcdd58a84b831270440850d775d6cc573fdcd75562caade0e859e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RenewConsentMutation, RenewConsentMutationVariables>;
export const ReportHousingAlertDocument = {"__meta__":{"hash":"sha256:6ef19441895878f0cf9918ca020b92d3f53d43a0a27df6fd9749709d547e5f53"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportHousingAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHousingAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHousingAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsEuros"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]} as unknown as DocumentNode<ReportHousingAlertMutation, ReportHousingAlertMutationVariables>;
export const RevokeConsentDocument = {"__meta__":{"hash":"sha256:cbf3b14853761e212ee994762933e54ec70fc45b2a40f881b528adeb28c0fdcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;