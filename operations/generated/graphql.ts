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
  /** Family activities of partner organisations: family cafés, children's clubs and music groups. */
  | 'COMMUNITY_ACTIVITIES'
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

/** Where a benefit application is in its handling: DRAFT → SUBMITTED → IN_REVIEW → DECIDED, in that order only. */
export type BenefitApplicationStatus =
  /** A decision has been made; its amounts need the `benefit-amounts` grant. */
  | 'DECIDED'
  /** Being prepared; not sent yet. */
  | 'DRAFT'
  /** Being handled; the office may ask the family for more documents. */
  | 'IN_REVIEW'
  /** Received; no one has started on it yet. */
  | 'SUBMITTED';

/** One step of an application: which one, at what version. */
export type BenefitApplicationStepInput = {
  /** The application. */
  applicationId: string | number;
  /** The `version` you last read; a newer one stored meanwhile is a CONFLICT (reload and retry). */
  expectedVersion: number;
};

/** What was decided on an application. */
export type BenefitDecisionOutcome =
  /** Denied. */
  | 'DENIED'
  /** Granted as applied. */
  | 'GRANTED'
  /** Granted in part. */
  | 'PARTIALLY_GRANTED';

/** The kind of social assistance (toimeentulotuki) a family applies for. */
export type BenefitKind =
  /** Basic social assistance (perustoimeentulotuki): the last-resort income support for daily living and housing costs. */
  | 'BASIC_SOCIAL_ASSISTANCE'
  /** Preventive social assistance (ehkäisevä toimeentulotuki), e.g. to clear rent arrears; may be linked to a housing case. */
  | 'PREVENTIVE_SOCIAL_ASSISTANCE'
  /** Supplementary social assistance (täydentävä toimeentulotuki) for special costs the basic one does not cover. */
  | 'SUPPLEMENTARY_SOCIAL_ASSISTANCE';

/** How a case ends. */
export type CloseHousingCaseInput = {
  /** The housing case; it must be open. */
  caseId: string | number;
  /** The day the case closes; not before it opened, not in the future. */
  closedOn: string;
  /** The eviction, when the outcome is LOST by eviction. */
  eviction?: EvictionInput | null | undefined;
  /** The `version` you last read; a newer one stored meanwhile is a CONFLICT (reload and retry). */
  expectedVersion: number;
  /** KEPT, LOST or UNRESOLVED. */
  outcome: HousingOutcome;
};

/** How the person asking for help wants to be contacted. */
export type ContactChannel =
  /** An email. */
  | 'EMAIL'
  /** A phone call. */
  | 'PHONE'
  /** A text message (SMS). */
  | 'TEXT_MESSAGE';

/** A new application, started as a draft. */
export type CreateBenefitApplicationInput = {
  /** The family applying. */
  familyId: string | number;
  /** For PREVENTIVE_SOCIAL_ASSISTANCE only: the housing case it helps, e.g. to clear rent arrears. */
  housingCaseId?: string | number | null | undefined;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Which social assistance is applied for. */
  kind: BenefitKind;
};

/** A category of family data. Every family field carries one; grants, consents and access-log entries name them. */
export type DataCategory =
  /** Who used or received the family's data, and why. */
  | 'ACCESS_LOG'
  /** Taking part in a religious community's activities, which can reveal religious belief (special-category data). Never granted to a companion. */
  | 'BELIEF'
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

/** The decision on an application in review. */
export type DecideBenefitApplicationInput = {
  /** The amount granted for the period in euro cents; 0 when DENIED. */
  amountCents: number;
  /** The application; it must be IN_REVIEW. */
  applicationId: string | number;
  /** The `version` you last read; a newer one stored meanwhile is a CONFLICT (reload and retry). */
  expectedVersion: number;
  /** GRANTED, PARTIALLY_GRANTED or DENIED. */
  outcome: BenefitDecisionOutcome;
  /** First day of the period the decision covers. */
  periodFrom: string;
  /** Last day of the period; at most a year after periodFrom. */
  periodTo: string;
  /** Why it was decided so; plain text. */
  reasoning: string;
};

/** What a disturbance warning was given for. */
export type DisturbanceKind =
  /** Neglect of the home (hygiene, hoarding). */
  | 'NEGLECT_OF_HOME'
  /** Noise, e.g. at night. */
  | 'NOISE'
  /** Anything else. */
  | 'OTHER'
  /** Damage to the home or the building. */
  | 'PROPERTY_DAMAGE'
  /** Threats or violence towards neighbours or staff. */
  | 'THREATS_OR_VIOLENCE';

/** The eviction that ended a tenancy. */
export type EvictionInput = {
  /** The day of the eviction. */
  evictedOn: string;
  /** RENT_ARREARS or DISTURBANCE. */
  type: HousingAlertType;
};

/** How a resident who moved into an own tenancy is doing at a follow-up. */
export type FollowUpStatus =
  /** The tenancy is at risk (arrears, disturbance, relapse). */
  | 'AT_RISK'
  /** Managing, with some support. */
  | 'NEEDS_SUPPORT'
  /** Living independently without problems. */
  | 'SETTLED';

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

/** In what role a worker took part in a home visit. */
export type HomeVisitRole =
  /** The housing counsellor who recorded the visit. */
  | 'HOUSING_COUNSELLOR'
  /** The social worker who came along. */
  | 'SOCIAL_WORKER';

/** What the landlord's alert was about; also the type of an eviction. */
export type HousingAlertType =
  /** The landlord has given a disturbance warning; the alert gives its date and kind. */
  | 'DISTURBANCE'
  /** Unpaid rent has built up; the alert gives the amount in `arrearsCents` and the months in arrears. */
  | 'RENT_ARREARS';

/** Which of the two housing-support flows a case follows. */
export type HousingCaseKind =
  /** Opened by a landlord's alert, to keep the home. */
  | 'EVICTION_PREVENTION'
  /** A rehabilitated resident moves from supported housing into an own tenancy, with follow-up. */
  | 'MOVE_TO_OWN_TENANCY';

/** All a landlord learns of the case: open or closed. */
export type HousingCaseStatus =
  /** The case is closed; its outcome is not disclosed to the landlord. */
  | 'CLOSED'
  /** Housing counsellors are working on the case. */
  | 'OPEN';

/** Whether the tenant kept the home. */
export type HousingOutcome =
  /** The tenant kept the home. */
  | 'KEPT'
  /** The tenant lost the home (evicted or moved out). */
  | 'LOST'
  /** The case was closed without a known outcome. */
  | 'UNRESOLVED';

/** A problem behind the housing risk, as the counsellor assesses it (a case may have several). */
export type HousingProblem =
  /** Money: debts, income, budgeting. */
  | 'FINANCIAL'
  /** Mental health. */
  | 'MENTAL_HEALTH'
  /** Anything else. */
  | 'OTHER'
  /** Substance use. */
  | 'SUBSTANCE_USE';

/** Where a housing client was referred, once the home is safe. */
export type HousingReferralKind =
  /** Low-threshold activation (rehabilitative work, group activity). */
  | 'ACTIVATION'
  /** Mental-health treatment. */
  | 'MENTAL_HEALTH_TREATMENT'
  /** Substance-use treatment. */
  | 'SUBSTANCE_USE_TREATMENT';

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

/** A resident moving from supported housing into an own tenancy, to follow up. */
export type OpenMoveToOwnTenancyInput = {
  /** The family (household) of the resident. */
  familyId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The day the resident moves (or moved) in. */
  movedInOn: string;
  /** The family's service plan (a social-office `ServicePlan` id), when there is one. */
  servicePlanId?: string | number | null | undefined;
};

/** A member of a family is a guardian (huoltaja) or a child. */
export type PersonRole =
  /** A child of the family. */
  | 'CHILD'
  /** A guardian (huoltaja): sees the family's own data, consents to companions and reads the access log. */
  | 'GUARDIAN';

/** A home visit to record on a case. */
export type RecordHomeVisitInput = {
  /** The housing case. */
  caseId: string | number;
  /** What the visit found; sensitive (served only with the `notes` grant), plain text. */
  findings: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The social worker who came along: their user id; left out when the counsellor went alone. */
  socialWorkerId?: string | null | undefined;
  /** The day of the visit; not in the future. */
  visitedOn: string;
};

/** A follow-up visit or call after a move into an own tenancy. */
export type RecordHousingFollowUpInput = {
  /** The MOVE_TO_OWN_TENANCY case. */
  caseId: string | number;
  /** The day of the follow-up; not before the move-in, not in the future. */
  followedUpOn: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** How the resident is doing. */
  status: FollowUpStatus;
};

/** A referral to record on a case. */
export type ReferHousingClientInput = {
  /** The housing case. */
  caseId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** Where the client is referred. */
  kind: HousingReferralKind;
  /** The day of the referral; not in the future. */
  referredOn: string;
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
  /** Rent arrears in euro cents (125000 is 1 250,00 €); required for RENT_ARREARS, left out for DISTURBANCE. */
  arrearsCents?: number | null | undefined;
  /** What happened, in the landlord's words; plain text, stored and returned as written. */
  description: string;
  /** What the disturbance was; required for DISTURBANCE, left out for RENT_ARREARS. */
  disturbanceKind?: DisturbanceKind | null | undefined;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** How many months of rent are unpaid; required for RENT_ARREARS, left out for DISTURBANCE. */
  monthsInArrears?: number | null | undefined;
  /** One of the signed-in landlord's own tenancies (`myTenancies`); another id is refused. */
  tenancyId: string | number;
  /** RENT_ARREARS or DISTURBANCE. */
  type: HousingAlertType;
  /** The day the disturbance warning was given; required for DISTURBANCE, left out for RENT_ARREARS. */
  warningGivenOn?: string | null | undefined;
};

/** What a counsellor knows of a case so far: first contact, problems, the service plan. */
export type UpdateHousingCaseInput = {
  /** The housing case. */
  caseId: string | number;
  /** The `version` you last read; a newer one stored meanwhile is a CONFLICT (reload and retry). */
  expectedVersion: number;
  /** When the counsellor first reached the family; left out keeps what is stored. */
  firstContactOn?: string | null | undefined;
  /** The problems behind the housing risk; replaces the stored list; left out keeps it. */
  problemCategories?: Array<HousingProblem> | null | undefined;
  /** The family's service plan (a social-office `ServicePlan` id); left out keeps what is stored. */
  servicePlanId?: string | number | null | undefined;
};

export type AskForHelpMutationVariables = Exact<{
  input: AskForHelpInput;
}>;


export type AskForHelpMutation = { askForHelp: { requestId: string, respondBy: string, message: string } };

export type AssignCompanionMutationVariables = Exact<{
  input: AssignCompanionInput;
}>;


export type AssignCompanionMutation = { assignCompanion: { id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string } } };

export type CloseHousingCaseMutationVariables = Exact<{
  input: CloseHousingCaseInput;
}>;


export type CloseHousingCaseMutation = { closeHousingCase: { id: string, outcome: HousingOutcome | null, closedOn: string | null, version: number, eviction: { type: HousingAlertType, evictedOn: string } | null } };

export type CompanionAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionAgendaQuery = { myFamilies: Array<{ id: string, displayName: string | null, agenda: Array<{ source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus, location: { name: string, address: string | null } | null }> }> };

export type CreateBenefitApplicationMutationVariables = Exact<{
  input: CreateBenefitApplicationInput;
}>;


export type CreateBenefitApplicationMutation = { createBenefitApplication: { id: string, kind: BenefitKind, status: BenefitApplicationStatus, version: number, housingCase: { id: string } | null } };

export type DecideBenefitApplicationMutationVariables = Exact<{
  input: DecideBenefitApplicationInput;
}>;


export type DecideBenefitApplicationMutation = { decideBenefitApplication: { id: string, status: BenefitApplicationStatus, version: number, decision: { outcome: BenefitDecisionOutcome, amountCents: number, periodFrom: string, periodTo: string, reasoning: string, decidedOn: string } | null } };

export type FamilyAccessLogQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyAccessLogQuery = { family: { accessLog: Array<{ at: string, viewerId: string, viewerRole: string, category: DataCategory, operation: AccessOperation, basis: AccessBasis, service: string }> } };

export type FamilyBenefitStatusesQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyBenefitStatusesQuery = { family: { id: string, benefitStatuses: Array<{ kind: BenefitKind, status: BenefitApplicationStatus | null, open: boolean, missing: boolean }>, benefitApplications: Array<{ id: string, kind: BenefitKind, status: BenefitApplicationStatus, submittedOn: string | null }> } };

export type FamilyCompanionsQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyCompanionsQuery = { family: { id: string, companionAssignments: Array<{ id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string, organisation: string } }> } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, companionId: string, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null } };

export type HousingOutcomesQueryVariables = Exact<{
  municipality: string;
  from: string;
  to: string;
}>;


export type HousingOutcomesQuery = { housingOutcomes: { clients: number, kept: number, lost: number, unresolved: number, openAtEnd: number, keptPercent: number, lostPercent: number, unresolvedPercent: number, problems: Array<{ problem: HousingProblem, clients: number }>, evictionsByYear: Array<{ year: number, rentArrears: number, disturbance: number }> } };

export type MyAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAgendaQuery = { myFamilies: Array<{ displayName: string | null, agenda: Array<{ source: AgendaSource, title: string, startsAt: string, status: AgendaStatus }> }> };

export type MyCompanionProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompanionProfileQuery = { myCompanionProfile: { id: string, firstName: string, lastName: string, phone: string, organisation: string } | null };

export type MyFamiliesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFamiliesQuery = { myFamilies: Array<{ id: string, displayName: string | null, address: string | null, unavailableAgendaSources: Array<AgendaSource>, members: Array<{ id: string, role: PersonRole, firstName: string, lastName: string, phone: string | null, email: string | null }>, agenda: Array<{ id: string, source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus }> }> };

export type MyHostGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHostGroupsQuery = { myHostGroups: Array<{ id: string, name: string, host: { id: string, firstName: string, lastName: string }, families: Array<{ id: string, displayName: string | null }> }> };

export type MyHousingAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHousingAlertsQuery = { myHousingAlerts: Array<{ id: string, type: HousingAlertType, arrearsCents: number | null, monthsInArrears: number | null, warningGivenOn: string | null, disturbanceKind: DisturbanceKind | null, description: string, reportedAt: string, caseStatus: HousingCaseStatus, tenancy: { id: string, address: string } }> };

export type MyHousingCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHousingCasesQuery = { myHousingCases: Array<{ id: string, kind: HousingCaseKind, alertType: HousingAlertType | null, openedOn: string, firstContactDueOn: string, firstContactOn: string | null, problemCategories: Array<HousingProblem>, version: number, servicePlan: { id: string } | null, homeVisits: Array<{ id: string, visitedOn: string, findings: string | null, participants: Array<{ userId: string, role: HomeVisitRole }> }>, referrals: Array<{ kind: HousingReferralKind, referredOn: string }>, followUps: Array<{ followedUpOn: string, status: FollowUpStatus }> }> };

export type MyTenanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenanciesQuery = { myTenancies: Array<{ id: string, address: string }> };

export type OpenMoveToOwnTenancyMutationVariables = Exact<{
  input: OpenMoveToOwnTenancyInput;
}>;


export type OpenMoveToOwnTenancyMutation = { openMoveToOwnTenancy: { id: string, kind: HousingCaseKind, movedInOn: string | null, firstContactDueOn: string, version: number } };

export type RecordHomeVisitMutationVariables = Exact<{
  input: RecordHomeVisitInput;
}>;


export type RecordHomeVisitMutation = { recordHomeVisit: { id: string, visitedOn: string, findings: string | null, participants: Array<{ userId: string, role: HomeVisitRole }> } };

export type RecordHousingFollowUpMutationVariables = Exact<{
  input: RecordHousingFollowUpInput;
}>;


export type RecordHousingFollowUpMutation = { recordHousingFollowUp: { id: string, followedUpOn: string, status: FollowUpStatus } };

export type ReferHousingClientMutationVariables = Exact<{
  input: ReferHousingClientInput;
}>;


export type ReferHousingClientMutation = { referHousingClient: { id: string, kind: HousingReferralKind, referredOn: string } };

export type RegisterFamilyMutationVariables = Exact<{
  input: RegisterFamilyInput;
}>;


export type RegisterFamilyMutation = { registerFamily: { id: string, displayName: string | null, members: Array<{ id: string, role: PersonRole, firstName: string, lastName: string }> } };

export type ReportHousingAlertMutationVariables = Exact<{
  input: ReportHousingAlertInput;
}>;


export type ReportHousingAlertMutation = { reportHousingAlert: { id: string, type: HousingAlertType, arrearsCents: number | null, monthsInArrears: number | null, warningGivenOn: string | null, disturbanceKind: DisturbanceKind | null, reportedAt: string, caseStatus: HousingCaseStatus } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, revokedAt: string | null } };

export type StartBenefitReviewMutationVariables = Exact<{
  input: BenefitApplicationStepInput;
}>;


export type StartBenefitReviewMutation = { startBenefitReview: { id: string, status: BenefitApplicationStatus, version: number } };

export type SubmitBenefitApplicationMutationVariables = Exact<{
  input: BenefitApplicationStepInput;
}>;


export type SubmitBenefitApplicationMutation = { submitBenefitApplication: { id: string, status: BenefitApplicationStatus, submittedOn: string | null, version: number } };

export type UpdateHousingCaseMutationVariables = Exact<{
  input: UpdateHousingCaseInput;
}>;


export type UpdateHousingCaseMutation = { updateHousingCase: { id: string, firstContactOn: string | null, problemCategories: Array<HousingProblem>, version: number, servicePlan: { id: string } | null } };


export const AskForHelpDocument = {"__meta__":{"hash":"sha256:29d6c6c1709e9effb052317622de90deab77e5ac7c5f6d69915ca4c6be552ef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskForHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskForHelpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askForHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AskForHelpMutation, AskForHelpMutationVariables>;
export const AssignCompanionDocument = {"__meta__":{"hash":"sha256:9e8699decaa102261d78457994b14bd189c03a7e53a492dfdeac7269955b74ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCompanion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCompanionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCompanion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCompanionMutation, AssignCompanionMutationVariables>;
export const CloseHousingCaseDocument = {"__meta__":{"hash":"sha256:cc786e4b5b9ed53ce59aff59973dca60b14517187577d5b8948ae4c1dcce3cea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseHousingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseHousingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeHousingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"eviction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evictedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseHousingCaseMutation, CloseHousingCaseMutationVariables>;
export const CompanionAgendaDocument = {"__meta__":{"hash":"sha256:dda56ae08e7a300c2327b6236135b33f25c5f9d671bfae5c0d4808229a0860f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionAgendaQuery, CompanionAgendaQueryVariables>;
export const CreateBenefitApplicationDocument = {"__meta__":{"hash":"sha256:9ad79b97e7c278fffe8c0cf67b0f27f07128de314ef4a8f59e4672938623112e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenefitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenefitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenefitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"housingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBenefitApplicationMutation, CreateBenefitApplicationMutationVariables>;
export const DecideBenefitApplicationDocument = {"__meta__":{"hash":"sha256:3777f8e11128455dcee37354cf8907443a70e6bc4fcd7ae6d0cdfb81daeb1c4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBenefitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideBenefitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBenefitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]}}]} as unknown as DocumentNode<DecideBenefitApplicationMutation, DecideBenefitApplicationMutationVariables>;
export const FamilyAccessLogDocument = {"__meta__":{"hash":"sha256:00375e194014901bfcfd689c04fcb1aac87591aae0631fbb5a54f164c4cf63a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyAccessLogQuery, FamilyAccessLogQueryVariables>;
export const FamilyBenefitStatusesDocument = {"__meta__":{"hash":"sha256:0d4e2f743cf6065f95774c726ad8c69bff085a296b0f1ba87f91407ef6e71e83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyBenefitStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyBenefitStatusesQuery, FamilyBenefitStatusesQueryVariables>;
export const FamilyCompanionsDocument = {"__meta__":{"hash":"sha256:751334d2844bee8c166c09803a691427e18afff395c4bf57947f5898ed53994b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyCompanions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyCompanionsQuery, FamilyCompanionsQueryVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"sha256:f3312ed683d187d8572c013ed02fc688973cfdd7e207588cec068fc5b9fd9992"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const HousingOutcomesDocument = {"__meta__":{"hash":"sha256:ba6fa80fbd42bc1a711a5019edf2cddfbf1a0bc05b4f57a5c0c1c13f92fdd183"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HousingOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"housingOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"openAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"keptPercent"}},{"kind":"Field","name":{"kind":"Name","value":"lostPercent"}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evictionsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"}},{"kind":"Field","name":{"kind":"Name","value":"disturbance"}}]}}]}}]}}]} as unknown as DocumentNode<HousingOutcomesQuery, HousingOutcomesQueryVariables>;
export const MyAgendaDocument = {"__meta__":{"hash":"sha256:36a020894986ce4a2cb0de9417ced56d3340411e73e0c9ce698d41befb6049b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyAgendaQuery, MyAgendaQueryVariables>;
export const MyCompanionProfileDocument = {"__meta__":{"hash":"sha256:01b2fdf28d3014404049e50a8a8d3849ae6c76960dc1bc2163fd5d5253bb89a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]} as unknown as DocumentNode<MyCompanionProfileQuery, MyCompanionProfileQueryVariables>;
export const MyFamiliesDocument = {"__meta__":{"hash":"sha256:4830baaf10a5a582e760577a5b754ef4246bb46140e85bc261123fd426b6c220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableAgendaSources"}}]}}]}}]} as unknown as DocumentNode<MyFamiliesQuery, MyFamiliesQueryVariables>;
export const MyHostGroupsDocument = {"__meta__":{"hash":"sha256:98c9886724963bdd5ae9517f1b1329af57ff9e27a7b2c5c61ee5dadf9bba614c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MyHostGroupsQuery, MyHostGroupsQueryVariables>;
export const MyHousingAlertsDocument = {"__meta__":{"hash":"sha256:30f2a0f5204bae4ce133033b5669e1907e2811977678761e6f378465dc1790da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"warningGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"disturbanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<MyHousingAlertsQuery, MyHousingAlertsQueryVariables>;
export const MyHousingCasesDocument = {"__meta__":{"hash":"sha256:9eaf36d274d2ca339aadf81b34f485aebca4acbece33057a7eb490186bad403e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHousingCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousingCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"problemCategories"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyHousingCasesQuery, MyHousingCasesQueryVariables>;
export const MyTenanciesDocument = {"__meta__":{"hash":"sha256:13fdb3ca10c76f31f5946cb8cddbf96bba58a76b7d12fed399d98cb217216fc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<MyTenanciesQuery, MyTenanciesQueryVariables>;
export const OpenMoveToOwnTenancyDocument = {"__meta__":{"hash":"sha256:c0f3b8ab0afeabcd45458c2d9a06a8b3512d781e8d9f26f32a9c28ea682f39e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMoveToOwnTenancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMoveToOwnTenancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMoveToOwnTenancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"movedInOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OpenMoveToOwnTenancyMutation, OpenMoveToOwnTenancyMutationVariables>;
export const RecordHomeVisitDocument = {"__meta__":{"hash":"sha256:a518d191c47736ba4779f90f46774c7232d2bc904110fbf1430fbe62bdbd9e0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHomeVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHomeVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHomeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]} as unknown as DocumentNode<RecordHomeVisitMutation, RecordHomeVisitMutationVariables>;
export const RecordHousingFollowUpDocument = {"__meta__":{"hash":"sha256:055712e7380538d5c09a4d69a13407ea3f87b356c8883e9eb8ce9a199bf992b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHousingFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHousingFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHousingFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordHousingFollowUpMutation, RecordHousingFollowUpMutationVariables>;
export const ReferHousingClientDocument = {"__meta__":{"hash":"sha256:ac553c26b2648769dc3f5fc8ab39e45baf5f0cc1d2730cedc337f3a1d722e28e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferHousingClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferHousingClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referHousingClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}}]}}]} as unknown as DocumentNode<ReferHousingClientMutation, ReferHousingClientMutationVariables>;
export const RegisterFamilyDocument = {"__meta__":{"hash":"sha256:5b07bd4dcb05e288e35fba365bca25684e2e9e44d15c7f6ea8c5f5f3a030bab7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterFamilyMutation, RegisterFamilyMutationVariables>;
export const ReportHousingAlertDocument = {"__meta__":{"hash":"sha256:8f8664f82b4ffa54f52b0ce93c52ea8a4b93f7b17b1d5d79de0d414433d95d76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportHousingAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHousingAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHousingAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"warningGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"disturbanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]} as unknown as DocumentNode<ReportHousingAlertMutation, ReportHousingAlertMutationVariables>;
export const RevokeConsentDocument = {"__meta__":{"hash":"sha256:cbf3b14853761e212ee994762933e54ec70fc45b2a40f881b528adeb28c0fdcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const StartBenefitReviewDocument = {"__meta__":{"hash":"sha256:dcb396bf21051b8295800dcdd2d36dc5ca0df6d980d5d135c5a86f16a19de50e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBenefitReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitApplicationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBenefitReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartBenefitReviewMutation, StartBenefitReviewMutationVariables>;
export const SubmitBenefitApplicationDocument = {"__meta__":{"hash":"sha256:c7876b5d1d7688e6b4807d3771bf434a7e828320d13345b3c46f9a19a1c996b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBenefitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitApplicationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBenefitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitBenefitApplicationMutation, SubmitBenefitApplicationMutationVariables>;
export const UpdateHousingCaseDocument = {"__meta__":{"hash":"sha256:ac0a6d431657abed91f9b6027fd0b2c02db9d2d5b1c7c6e1161febf64a0b19f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHousingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"problemCategories"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateHousingCaseMutation, UpdateHousingCaseMutationVariables>;