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

/** A service the plan agrees on. */
export type AgreedServiceInput = {
  /** What was agreed, e.g. "a home visit every other week"; up to 500 characters. */
  details?: string | null | undefined;
  /** The social office worker responsible for it (a `CaseWorker` id). */
  responsibleWorkerId: string | number;
  /** Which service. */
  service: SupportService;
};

/** A family's answers to the outcome follow-up form, sent with the form's one-time token. */
export type AnswerFeedbackInput = {
  /** Whether the family's goals were met. */
  goalsMet: GoalsMet;
  /** How much the services helped the family: 1 (not at all) to 5 (very much). */
  helpfulness: number;
  /** The one-time token the family was given when the plan closed. */
  token: string;
  /** Whether the family would recommend the services to a family in a similar situation. */
  wouldRecommend: boolean;
};

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

/** A social office appointment booked for one of a plan's agreed services. */
export type BookServicePlanAppointmentInput = {
  /** The agreed service of the plan the appointment is for; its responsible worker meets the family. */
  agreedServiceId: string | number;
  /** End: after the start, at most 8 hours later. */
  endsAt: string;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The social office where it takes place. */
  officeId: string | number;
  /** The active plan. */
  planId: string | number;
  /** Start, in the future. */
  startsAt: string;
};

/** A coordinator moves one of the own organisation's companions to another stage. */
export type ChangeCompanionStageInput = {
  /** The companion (a `Companion` id). */
  companionId: string | number;
  /** The new stage. APPLIED → TRAINED (after an attended training session) or ENDED; TRAINED → ACTIVE, PAUSED or ENDED; ACTIVE ↔ PAUSED; any → ENDED. PAUSED and ENDED need no open assignments. Others are a CONFLICT. */
  stage: CompanionStage;
};

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

/** A service plan to close. */
export type CloseServicePlanInput = {
  /** The active plan. */
  planId: string | number;
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

/** Whether a consent is in force. */
export type ConsentStatus =
  /** In force until the end of `validUntil`, Finnish time. */
  | 'ACTIVE'
  /** Its last day has passed, or the companionship ended; `renewConsent` extends it. */
  | 'ENDED'
  /** A guardian revoked it; final. */
  | 'REVOKED';

/** How the person asking for help wants to be contacted, or was answered. */
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
  /** A social host's everyday help: hours logged with the family and goals set jointly. */
  | 'HOSTING'
  /** Housing cases and landlord alerts. */
  | 'HOUSING'
  /** Personal identity codes (HETU) and dates of birth. Never granted to a companion. */
  | 'IDENTITY'
  /** Case workers' notes and discussion topics. Never granted to a companion. */
  | 'NOTES';

/** Where an assessment stands against its next legal deadline (Finnish working days). */
export type DeadlineState =
  /** The next deadline is within the watch window (today included). */
  | 'NEAR'
  /** No date to keep: completed, or no special support need (the act says only "without delay"). */
  | 'NONE'
  /** The next deadline is further away than the watch window. */
  | 'ON_TRACK'
  /** The next deadline has passed. */
  | 'OVERDUE';

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

/** A family worker's decision on hours logged past the agreed monthly quota. */
export type DecideHoursEntryInput = {
  /** True to approve: the hours count. False to reject: they do not. */
  approve: boolean;
  /** The entry waiting for approval (an `HoursEntry` id). */
  entryId: string | number;
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

/** Ends a companionship, or declines a proposed one, with a reason. */
export type EndCompanionAssignmentInput = {
  /** The assignment (`CompanionAssignment.id`); NOT_FOUND unless it is one the viewer is a side of. */
  assignmentId: string | number;
  /** Why it ends, 3 to 300 characters, e.g. "We have moved away"; the other sides see it. */
  reason: string;
};

/** The eviction that ended a tenancy. */
export type EvictionInput = {
  /** The day of the eviction. */
  evictedOn: string;
  /** RENT_ARREARS or DISTURBANCE. */
  type: HousingAlertType;
};

/** What the first answer to a help request came to. */
export type FirstResponseOutcome =
  /** Advice or guidance given in the answer was enough for now. */
  | 'ADVICE_GIVEN'
  /** The family needs support: a service need assessment starts. */
  | 'ASSESSMENT_STARTS'
  /** On talking it over, there was no need for family services. */
  | 'NO_NEED'
  /** Referred to another service (e.g. an organisation or health care). */
  | 'REFERRED_ELSEWHERE';

/** How a resident who moved into an own tenancy is doing at a follow-up. */
export type FollowUpStatus =
  /** The tenancy is at risk (arrears, disturbance, relapse). */
  | 'AT_RISK'
  /** Managing, with some support. */
  | 'NEEDS_SUPPORT'
  /** Living independently without problems. */
  | 'SETTLED';

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

/** A goal written with the family. */
export type GoalInput = {
  /** The goal in the family's words; 1 to 500 characters, several lines allowed. */
  description: string;
  /** How far the goal has come; NOT_STARTED by default. */
  status?: GoalStatus;
};

/** How far a service plan goal has come. */
export type GoalStatus =
  /** Reached. */
  | 'ACHIEVED'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not reached, and no longer pursued. */
  | 'NOT_ACHIEVED'
  /** Agreed, not yet worked on. */
  | 'NOT_STARTED';

/** Whether the family's goals were met, in the family's own view. */
export type GoalsMet =
  /** No. */
  | 'NO'
  /** Partly. */
  | 'PARTLY'
  /** Yes. */
  | 'YES';

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

/** Where a help request stands in triage. */
export type HelpRequestStatus =
  /** Linked to the family's case, where the work continues. */
  | 'IN_CASE'
  /** Nobody has answered yet: it must be answered by `respondBy`. */
  | 'NEW'
  /** A family worker has answered (see `firstResponse`); not linked to a family case. */
  | 'RESPONDED';

/** In what role a worker took part in a home visit. */
export type HomeVisitRole =
  /** The housing counsellor who recorded the visit. */
  | 'HOUSING_COUNSELLOR'
  /** The social worker who came along. */
  | 'SOCIAL_WORKER';

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

/** Links a help request to a family's case: its open case, or a new one when it has none. */
export type LinkHelpRequestToCaseInput = {
  /** The family the request is about, e.g. found with `searchFamilies`. */
  familyId: string | number;
  /** The request to link. */
  helpRequestId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
};

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

/** One companion's attendance at a meeting. */
export type MeetingAttendanceInput = {
  /** Whether the companion attended. */
  attended: boolean;
  /** The companion (a `Companion` id) of the own organisation. */
  companionId: string | number;
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

/** A service need assessment to open, from a help request or a family case. */
export type OpenNeedsAssessmentInput = {
  /** The family case it starts from. Give this or `helpRequestId`, not both. */
  caseId?: string | number | null | undefined;
  /** The day the family made contact (e.g. the day the help request arrived); not in the future, at most a year ago. */
  contactedOn: string;
  /** The family assessed. */
  familyId: string | number;
  /** The help request it starts from. Give this or `caseId`, not both. */
  helpRequestId?: string | number | null | undefined;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** True for a child or another person needing special support: then the 7-working-day start and three-month completion apply. */
  specialSupport: boolean;
  /** The day the assessment started, if it has; not before contact, not in the future. */
  startedOn?: string | null | undefined;
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

/** A family worker refers a family to a social host's group for everyday help. */
export type ReferFamilyToHostGroupInput = {
  /** The family to refer (a `Family` id). */
  familyId: string | number;
  /** The host group (a `HostGroup` id). */
  groupId: string | number;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
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

/** The first answer a family worker gave to a help request. */
export type RespondToHelpRequestInput = {
  /** How the family was answered; a phone call or text message needs the phone number the request gave, an email its address. */
  channel: ContactChannel;
  /** The request answered. */
  helpRequestId: string | number;
  /** What the answer came to. */
  outcome: FirstResponseOutcome;
  /** When the answer was given: not before the request arrived, and not in the future. */
  respondedAt: string;
};

/** Whether a service plan is being followed. */
export type ServicePlanStatus =
  /** Being followed: services are booked from it and it is reviewed on its review dates. */
  | 'ACTIVE'
  /** Closed: the family was sent a feedback form. */
  | 'CLOSED';

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

/** A family service a service plan can agree on. */
export type SupportService =
  /** A volunteer companion (rinnallakulkija). */
  | 'COMPANION'
  /** Child and family counselling (kasvatus- ja perheneuvonta). */
  | 'FAMILY_COUNSELLING'
  /** Family work (perhetyö). */
  | 'FAMILY_WORK'
  /** Home help for families with children (lapsiperheiden kotipalvelu). */
  | 'HOME_HELP'
  /** Housing support and counselling (asumisneuvonta). */
  | 'HOUSING_SUPPORT'
  /** Peer support group. */
  | 'PEER_GROUP'
  /** A social host's group (sosiaalinen isännöinti). */
  | 'SOCIAL_HOST'
  /** Social rehabilitation (sosiaalinen kuntoutus). */
  | 'SOCIAL_REHABILITATION';

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

/** A training session or a supervision meeting of companions. */
export type VolunteerMeetingKind =
  /** A supervision (työnohjaus) meeting: companions give feedback after it. */
  | 'SUPERVISION'
  /** A training session: attending one lets a coordinator move an applicant to TRAINED. */
  | 'TRAINING';

/** A service plan written with the family. */
export type WriteServicePlanInput = {
  /** The family's service need assessment it follows from, if any. */
  assessmentId?: string | number | null | undefined;
  /** The family case it belongs to, if any. */
  caseId?: string | number | null | undefined;
  /** The family whose plan it is. */
  familyId: string | number;
  /** The goals, 1 to 20. */
  goals: Array<GoalInput>;
  /** Optional; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT. */
  idempotencyKey?: string | null | undefined;
  /** The family members who took part in writing it (Person ids), 1 to 10. */
  participantIds: Array<string | number>;
  /** Review dates, 1 to 12, from today on, each later than the one before. */
  reviewDates: Array<string>;
  /** The agreed services, up to 20. */
  services: Array<AgreedServiceInput>;
};

export type ActivitiesQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ActivitiesQuery = { meetingPlaces: Array<{ id: string, name: string, kind: MeetingPlaceKind, address: string, partnerOrganisations: Array<string>, openingHours: Array<{ weekday: number, opens: string, closes: string }> }>, activities: Array<{ id: string, title: string, kind: ActivityKind, startsAt: string, endsAt: string, meetingPoint: string | null, capacity: number, placesLeft: number, headCount: number | null, place: { id: string, name: string } | null, signUps: Array<{ id: string, participants: number, attended: boolean | null, family: { id: string } }> }> };

export type AnswerFeedbackMutationVariables = Exact<{
  input: AnswerFeedbackInput;
}>;


export type AnswerFeedbackMutation = { answerFeedback: { message: string } };

export type AskForHelpMutationVariables = Exact<{
  input: AskForHelpInput;
}>;


export type AskForHelpMutation = { askForHelp: { requestId: string, respondBy: string, message: string } };

export type AssignCompanionMutationVariables = Exact<{
  input: AssignCompanionInput;
}>;


export type AssignCompanionMutation = { assignCompanion: { id: string, startsOn: string, endsOn: string | null, companion: { id: string, firstName: string, lastName: string } } };

export type BookServicePlanAppointmentMutationVariables = Exact<{
  input: BookServicePlanAppointmentInput;
}>;


export type BookServicePlanAppointmentMutation = { bookServicePlanAppointment: { id: string, startsAt: string, endsAt: string, status: AgendaStatus, purpose: string | null, office: { name: string, address: string }, caseWorker: { firstName: string, lastName: string } } };

export type ChangeCompanionStageMutationVariables = Exact<{
  input: ChangeCompanionStageInput;
}>;


export type ChangeCompanionStageMutation = { changeCompanionStage: { id: string, stage: CompanionStage } };

export type CloseHousingCaseMutationVariables = Exact<{
  input: CloseHousingCaseInput;
}>;


export type CloseHousingCaseMutation = { closeHousingCase: { id: string, outcome: HousingOutcome | null, closedOn: string | null, version: number, eviction: { type: HousingAlertType, evictedOn: string } | null } };

export type CloseServicePlanMutationVariables = Exact<{
  input: CloseServicePlanInput;
}>;


export type CloseServicePlanMutation = { closeServicePlan: { feedbackToken: string, plan: { id: string, status: ServicePlanStatus, closedOn: string | null } } };

export type CompanionAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionAgendaQuery = { myFamilies: Array<{ id: string, displayName: string | null, agenda: Array<{ source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus, location: { name: string, address: string | null } | null }> }> };

export type CompanionCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionCandidatesQuery = { companionReferrals: Array<{ id: string, referredOn: string, languages: Array<string>, area: string, availability: Array<Availability>, needs: Array<CompanionshipNeed>, family: { id: string }, candidates: Array<{ score: number, reasons: Array<string>, companion: { id: string, firstName: string, lastName: string, stage: CompanionStage } }> }> };

export type CompanionConsentsQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionConsentsQuery = { myCompanionProfile: { id: string, stage: CompanionStage, consents: Array<{ id: string, status: ConsentStatus, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null, family: { id: string } }>, meetings: Array<{ attended: boolean }> } | null };

export type CompanionRemindersQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanionRemindersQuery = { myCompanionProfile: { id: string, reminders: Array<{ kind: ReminderKind, family: { id: string, displayName: string | null }, item: { id: string, source: AgendaSource, title: string, startsAt: string, endsAt: string | null, status: AgendaStatus, location: { name: string, address: string | null } | null } }> } | null };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string, title: string, kind: ActivityKind, startsAt: string, endsAt: string, capacity: number } };

export type CreateBenefitApplicationMutationVariables = Exact<{
  input: CreateBenefitApplicationInput;
}>;


export type CreateBenefitApplicationMutation = { createBenefitApplication: { id: string, kind: BenefitKind, status: BenefitApplicationStatus, version: number, housingCase: { id: string } | null } };

export type DecideBenefitApplicationMutationVariables = Exact<{
  input: DecideBenefitApplicationInput;
}>;


export type DecideBenefitApplicationMutation = { decideBenefitApplication: { id: string, status: BenefitApplicationStatus, version: number, decision: { outcome: BenefitDecisionOutcome, amountCents: number, periodFrom: string, periodTo: string, reasoning: string, decidedOn: string } | null } };

export type DecideHoursEntryMutationVariables = Exact<{
  input: DecideHoursEntryInput;
}>;


export type DecideHoursEntryMutation = { decideHoursEntry: { id: string, status: HoursEntryStatus, decidedAt: string | null } };

export type EndCompanionAssignmentMutationVariables = Exact<{
  input: EndCompanionAssignmentInput;
}>;


export type EndCompanionAssignmentMutation = { endCompanionAssignment: { id: string, status: AssignmentStatus, endsOn: string | null, endedBy: AssignmentEndedBy | null, endReason: string | null } };

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

export type FamilyConsentsQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyConsentsQuery = { family: { id: string, consents: Array<{ id: string, status: ConsentStatus, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null, companion: { id: string, firstName: string, lastName: string, organisation: string } }>, companionAssignments: Array<{ id: string, status: AssignmentStatus, startsOn: string, endsOn: string | null, endedBy: AssignmentEndedBy | null, endReason: string | null, companion: { id: string, firstName: string, lastName: string } }> } };

export type FamilyHelpQueryVariables = Exact<{
  id: string | number;
}>;


export type FamilyHelpQuery = { family: { id: string, displayName: string | null, helpRequests: Array<{ id: string, receivedAt: string, status: HelpRequestStatus }>, needsAssessments: Array<{ id: string, contactedOn: string, startDueBy: string | null, completionDueBy: string | null, deadlineState: DeadlineState }>, servicePlans: Array<{ id: string, status: ServicePlanStatus, nextReviewOn: string | null, goals: Array<{ description: string, status: GoalStatus }>, services: Array<{ service: SupportService }>, appointments: Array<{ id: string, startsAt: string, status: AgendaStatus }> }>, agenda: Array<{ id: string, source: AgendaSource, title: string, startsAt: string, status: AgendaStatus }> } };

export type FeedbackReportQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type FeedbackReportQuery = { feedbackReport: { from: string, to: string, formsSent: number, answered: number, byService: Array<{ service: SupportService, formsSent: number, answered: number, averageHelpfulness: number | null, goalsMet: number, goalsPartlyMet: number, goalsNotMet: number, wouldRecommend: number }> } };

export type GiveSupervisionFeedbackMutationVariables = Exact<{
  input: GiveSupervisionFeedbackInput;
}>;


export type GiveSupervisionFeedbackMutation = { giveSupervisionFeedback: { id: string } };

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;


export type GrantConsentMutation = { grantConsent: { id: string, companionId: string, scopes: Array<DataCategory>, validUntil: string, revokedAt: string | null } };

export type HelpRequestQueueQueryVariables = Exact<{
  statuses?: Array<HelpRequestStatus> | HelpRequestStatus | null | undefined;
  first?: number | null | undefined;
}>;


export type HelpRequestQueueQuery = { helpRequestQueue: Array<{ id: string, contactName: string, phone: string | null, email: string | null, preferredChannel: ContactChannel, situation: string, childrenAges: Array<number>, receivedAt: string, respondBy: string, overdue: boolean, status: HelpRequestStatus, firstResponse: { at: string, channel: ContactChannel, outcome: FirstResponseOutcome } | null }> };

export type HostMonthQueryVariables = Exact<{
  hostId: string | number;
  month: string;
}>;


export type HostMonthQuery = { hostMonth: { hostId: string, month: string, quotaMinutes: number, approvedMinutes: number, pendingMinutes: number, quotaState: QuotaState, goalStatuses: Array<HostGoalStatus>, entries: Array<{ id: string, date: string, minutes: number, kind: HelpKind, status: HoursEntryStatus }>, compensation: { form: CompensationForm, totalCents: number, goalBonusEarned: boolean, lines: Array<{ kind: CompensationLineKind, description: string, amountCents: number }> } | null } };

export type HostMonthsQueryVariables = Exact<{
  month: string;
}>;


export type HostMonthsQuery = { hostMonths: Array<{ hostId: string, approvedMinutes: number, pendingMinutes: number, quotaMinutes: number, quotaState: QuotaState, host: { firstName: string, lastName: string, employment: HostEmployment }, compensation: { totalCents: number, goalBonusEarned: boolean } | null }> };

export type HousingOutcomesQueryVariables = Exact<{
  municipality: string;
  from: string;
  to: string;
}>;


export type HousingOutcomesQuery = { housingOutcomes: { clients: number, kept: number, lost: number, unresolved: number, openAtEnd: number, keptPercent: number, lostPercent: number, unresolvedPercent: number, problems: Array<{ problem: HousingProblem, clients: number }>, evictionsByYear: Array<{ year: number, rentArrears: number, disturbance: number }> } };

export type LinkHelpRequestToCaseMutationVariables = Exact<{
  input: LinkHelpRequestToCaseInput;
}>;


export type LinkHelpRequestToCaseMutation = { linkHelpRequestToCase: { id: string, status: HelpRequestStatus, family: { id: string, displayName: string | null } | null, case: { id: string, openedAt: string } | null } };

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


export type MyHousingAlertsQuery = { myHousingAlerts: Array<{ id: string, type: HousingAlertType, arrearsCents: number | null, monthsInArrears: number | null, warningGivenOn: string | null, disturbanceKind: DisturbanceKind | null, description: string, reportedAt: string, caseStatus: HousingCaseStatus, tenancy: { id: string, address: string } }> };

export type MyHousingCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHousingCasesQuery = { myHousingCases: Array<{ id: string, kind: HousingCaseKind, alertType: HousingAlertType | null, openedOn: string, firstContactDueOn: string, firstContactOn: string | null, problemCategories: Array<HousingProblem>, version: number, servicePlan: { id: string } | null, homeVisits: Array<{ id: string, visitedOn: string, findings: string | null, participants: Array<{ userId: string, role: HomeVisitRole }> }>, referrals: Array<{ kind: HousingReferralKind, referredOn: string }>, followUps: Array<{ followedUpOn: string, status: FollowUpStatus }> }> };

export type MyTenanciesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTenanciesQuery = { myTenancies: Array<{ id: string, address: string }> };

export type MyVolunteerOrganisationQueryVariables = Exact<{
  stage?: CompanionStage | null | undefined;
}>;


export type MyVolunteerOrganisationQuery = { myVolunteerOrganisation: { name: string, companions: Array<{ id: string, firstName: string, lastName: string, stage: CompanionStage, languages: Array<string>, area: string, maxFamilies: number }>, meetings: Array<{ id: string, kind: VolunteerMeetingKind, heldOn: string, topic: string, attendance: Array<{ attended: boolean, companion: { id: string } }> }>, feedbackSummary: { meetings: number, responses: number, averageUsefulness: number | null, averageFeelsSupported: number | null, continuing: number, workload: { LIGHT: number, RIGHT: number, HEAVY: number } }, appointmentOutcomes: { before: { kept: number, missed: number, keptShare: number | null }, during: { kept: number, missed: number, keptShare: number | null }, families: Array<{ companionshipStartsOn: string, companionshipEndsOn: string | null, family: { id: string }, before: { kept: number, missed: number, keptShare: number | null }, during: { kept: number, missed: number, keptShare: number | null } }> } } | null };

export type NeedsAssessmentsNearDeadlineQueryVariables = Exact<{ [key: string]: never; }>;


export type NeedsAssessmentsNearDeadlineQuery = { needsAssessmentsNearDeadline: Array<{ id: string, contactedOn: string, startDueBy: string | null, completionDueBy: string | null, startedOn: string | null, nextDeadline: string | null, deadlineState: DeadlineState, family: { id: string, displayName: string | null }, responsibleWorker: { firstName: string, lastName: string } | null }> };

export type OpenMoveToOwnTenancyMutationVariables = Exact<{
  input: OpenMoveToOwnTenancyInput;
}>;


export type OpenMoveToOwnTenancyMutation = { openMoveToOwnTenancy: { id: string, kind: HousingCaseKind, movedInOn: string | null, firstContactDueOn: string, version: number } };

export type OpenNeedsAssessmentMutationVariables = Exact<{
  input: OpenNeedsAssessmentInput;
}>;


export type OpenNeedsAssessmentMutation = { openNeedsAssessment: { id: string, contactedOn: string, specialSupport: boolean, startDueBy: string | null, completionDueBy: string | null, startedOn: string | null, nextDeadline: string | null, deadlineState: DeadlineState } };

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

export type RecordHomeVisitMutationVariables = Exact<{
  input: RecordHomeVisitInput;
}>;


export type RecordHomeVisitMutation = { recordHomeVisit: { id: string, visitedOn: string, findings: string | null, participants: Array<{ userId: string, role: HomeVisitRole }> } };

export type RecordHousingFollowUpMutationVariables = Exact<{
  input: RecordHousingFollowUpInput;
}>;


export type RecordHousingFollowUpMutation = { recordHousingFollowUp: { id: string, followedUpOn: string, status: FollowUpStatus } };

export type RecordVolunteerMeetingMutationVariables = Exact<{
  input: RecordVolunteerMeetingInput;
}>;


export type RecordVolunteerMeetingMutation = { recordVolunteerMeeting: { id: string, kind: VolunteerMeetingKind, heldOn: string, attendance: Array<{ attended: boolean, companion: { id: string } }> } };

export type ReferFamilyToCompanionshipMutationVariables = Exact<{
  input: ReferFamilyToCompanionshipInput;
}>;


export type ReferFamilyToCompanionshipMutation = { referFamilyToCompanionship: { id: string, referredOn: string, status: CompanionReferralStatus } };

export type ReferFamilyToHostGroupMutationVariables = Exact<{
  input: ReferFamilyToHostGroupInput;
}>;


export type ReferFamilyToHostGroupMutation = { referFamilyToHostGroup: { id: string, name: string, families: Array<{ id: string }> } };

export type ReferHousingClientMutationVariables = Exact<{
  input: ReferHousingClientInput;
}>;


export type ReferHousingClientMutation = { referHousingClient: { id: string, kind: HousingReferralKind, referredOn: string } };

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


export type ReportHousingAlertMutation = { reportHousingAlert: { id: string, type: HousingAlertType, arrearsCents: number | null, monthsInArrears: number | null, warningGivenOn: string | null, disturbanceKind: DisturbanceKind | null, reportedAt: string, caseStatus: HousingCaseStatus } };

export type RespondToHelpRequestMutationVariables = Exact<{
  input: RespondToHelpRequestInput;
}>;


export type RespondToHelpRequestMutation = { respondToHelpRequest: { id: string, status: HelpRequestStatus, overdue: boolean, firstResponse: { at: string, channel: ContactChannel, outcome: FirstResponseOutcome, respondedBy: string } | null } };

export type RevokeConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeConsentMutation = { revokeConsent: { id: string, revokedAt: string | null } };

export type SearchFamiliesQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchFamiliesQuery = { searchFamilies: { edges: Array<{ cursor: string, node: { id: string, displayName: string | null, address: string | null, members: Array<{ id: string, role: PersonRole, firstName: string, lastName: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

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

export type WriteServicePlanMutationVariables = Exact<{
  input: WriteServicePlanInput;
}>;


export type WriteServicePlanMutation = { writeServicePlan: { id: string, status: ServicePlanStatus, writtenOn: string, reviewDates: Array<string>, nextReviewOn: string | null, participants: Array<{ id: string, firstName: string }>, goals: Array<{ id: string, description: string, status: GoalStatus }>, services: Array<{ id: string, service: SupportService, details: string | null, responsibleWorker: { firstName: string, lastName: string, title: string } | null }> } };


export const ActivitiesDocument = {"__meta__":{"hash":"sha256:a91206d0218fd83c4e9f47acb4293aac85f3744f2572ac623357bec8033f158c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weekday"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerOrganisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"}},{"kind":"Field","name":{"kind":"Name","value":"place"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}},{"kind":"Field","name":{"kind":"Name","value":"signUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const AnswerFeedbackDocument = {"__meta__":{"hash":"sha256:79a4fec852340209f53b35343ce30591d8829f9819349cd9a7cb55becd55e7d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AnswerFeedbackMutation, AnswerFeedbackMutationVariables>;
export const AskForHelpDocument = {"__meta__":{"hash":"sha256:29d6c6c1709e9effb052317622de90deab77e5ac7c5f6d69915ca4c6be552ef1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskForHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskForHelpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askForHelp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]} as unknown as DocumentNode<AskForHelpMutation, AskForHelpMutationVariables>;
export const AssignCompanionDocument = {"__meta__":{"hash":"sha256:9e8699decaa102261d78457994b14bd189c03a7e53a492dfdeac7269955b74ed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCompanion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCompanionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCompanion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignCompanionMutation, AssignCompanionMutationVariables>;
export const BookServicePlanAppointmentDocument = {"__meta__":{"hash":"sha256:eb7f6482d8069b699af9a2585c93e4f8d987d5c85717f536643babe9ac5c1dea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookServicePlanAppointment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookServicePlanAppointmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookServicePlanAppointment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"office"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"caseWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<BookServicePlanAppointmentMutation, BookServicePlanAppointmentMutationVariables>;
export const ChangeCompanionStageDocument = {"__meta__":{"hash":"sha256:03d21ec15069f753696a7307a050c7e1b2390fffb76e3a2538aad8cd7b85b8cb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeCompanionStage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeCompanionStageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeCompanionStage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<ChangeCompanionStageMutation, ChangeCompanionStageMutationVariables>;
export const CloseHousingCaseDocument = {"__meta__":{"hash":"sha256:cc786e4b5b9ed53ce59aff59973dca60b14517187577d5b8948ae4c1dcce3cea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseHousingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseHousingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeHousingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"eviction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"evictedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CloseHousingCaseMutation, CloseHousingCaseMutationVariables>;
export const CloseServicePlanDocument = {"__meta__":{"hash":"sha256:f302790bdb083bea8b7ce163537b6e935ad9011b654ed5c8086cc79e3111a11a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseServicePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseServicePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeServicePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackToken"}}]}}]}}]} as unknown as DocumentNode<CloseServicePlanMutation, CloseServicePlanMutationVariables>;
export const CompanionAgendaDocument = {"__meta__":{"hash":"sha256:dda56ae08e7a300c2327b6236135b33f25c5f9d671bfae5c0d4808229a0860f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionAgendaQuery, CompanionAgendaQueryVariables>;
export const CompanionCandidatesDocument = {"__meta__":{"hash":"sha256:541814cd9aa1f87333e4b48c7dff16ac46c81d95b5f6c752dfd4b8c578e0610a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"companionReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"OPEN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionCandidatesQuery, CompanionCandidatesQueryVariables>;
export const CompanionConsentsDocument = {"__meta__":{"hash":"sha256:327ca6e57c32e0f6eb7d4aaa0b40f5706de81d41d6a1beb7a8cde06397f96318"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionConsents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]}}]} as unknown as DocumentNode<CompanionConsentsQuery, CompanionConsentsQueryVariables>;
export const CompanionRemindersDocument = {"__meta__":{"hash":"sha256:63903edac790fca37bbab394983d940df50346fef846e959fd3cf69917b43bb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompanionReminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reminders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompanionRemindersQuery, CompanionRemindersQueryVariables>;
export const CreateActivityDocument = {"__meta__":{"hash":"sha256:afd1893a61c96a0c36fef3fd5af3d31c4c7717850ebdd3d26338cba4caa3ac2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const CreateBenefitApplicationDocument = {"__meta__":{"hash":"sha256:9ad79b97e7c278fffe8c0cf67b0f27f07128de314ef4a8f59e4672938623112e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenefitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBenefitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenefitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"housingCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateBenefitApplicationMutation, CreateBenefitApplicationMutationVariables>;
export const DecideBenefitApplicationDocument = {"__meta__":{"hash":"sha256:3777f8e11128455dcee37354cf8907443a70e6bc4fcd7ae6d0cdfb81daeb1c4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideBenefitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideBenefitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideBenefitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"reasoning"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}}]}}]}}]} as unknown as DocumentNode<DecideBenefitApplicationMutation, DecideBenefitApplicationMutationVariables>;
export const DecideHoursEntryDocument = {"__meta__":{"hash":"sha256:c82dbc32b3fb5a3f5a2b7abeaabe398f6a258702e179e4f299750756c85265d6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideHoursEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideHoursEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideHoursEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]} as unknown as DocumentNode<DecideHoursEntryMutation, DecideHoursEntryMutationVariables>;
export const EndCompanionAssignmentDocument = {"__meta__":{"hash":"sha256:5ba3f1f5711357751b0a1fae5b310147e970a96b9897bf72e9ce90078bdc6d40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndCompanionAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EndCompanionAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCompanionAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}}]}}]}}]} as unknown as DocumentNode<EndCompanionAssignmentMutation, EndCompanionAssignmentMutationVariables>;
export const FamilyAccessLogDocument = {"__meta__":{"hash":"sha256:00375e194014901bfcfd689c04fcb1aac87591aae0631fbb5a54f164c4cf63a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessLog"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"viewerId"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRole"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"service"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyAccessLogQuery, FamilyAccessLogQueryVariables>;
export const FamilyBenefitStatusesDocument = {"__meta__":{"hash":"sha256:0d4e2f743cf6065f95774c726ad8c69bff085a296b0f1ba87f91407ef6e71e83"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyBenefitStatuses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"benefitStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyBenefitStatusesQuery, FamilyBenefitStatusesQueryVariables>;
export const FamilyCompanionsDocument = {"__meta__":{"hash":"sha256:751334d2844bee8c166c09803a691427e18afff395c4bf57947f5898ed53994b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyCompanions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyCompanionsQuery, FamilyCompanionsQueryVariables>;
export const FamilyConsentsDocument = {"__meta__":{"hash":"sha256:20ec5781e08c7f3c65b6e88a00afb5c6472f569b33d4131f156c0c95bb7b6f33"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyConsents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedBy"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FamilyConsentsQuery, FamilyConsentsQueryVariables>;
export const FamilyHelpDocument = {"__meta__":{"hash":"sha256:01181974ce14e0c8b83d925c61f58e4f41fbd9e84760e741bfa3c495dcbce36a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FamilyHelp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"helpRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"needsAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"servicePlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}},{"kind":"Field","name":{"kind":"Name","value":"appointments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FamilyHelpQuery, FamilyHelpQueryVariables>;
export const FeedbackReportDocument = {"__meta__":{"hash":"sha256:8c81438da377fd9cda11aa39e0d5616b7814510542dee6b7a06b3819e8dfcbce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FeedbackReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"formsSent"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"byService"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"formsSent"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"averageHelpfulness"}},{"kind":"Field","name":{"kind":"Name","value":"goalsMet"}},{"kind":"Field","name":{"kind":"Name","value":"goalsPartlyMet"}},{"kind":"Field","name":{"kind":"Name","value":"goalsNotMet"}},{"kind":"Field","name":{"kind":"Name","value":"wouldRecommend"}}]}}]}}]}}]} as unknown as DocumentNode<FeedbackReportQuery, FeedbackReportQueryVariables>;
export const GiveSupervisionFeedbackDocument = {"__meta__":{"hash":"sha256:2b5bff2b0015a09e265430db6878ec1cfd96c3734838628037082461a57fc7a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveSupervisionFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveSupervisionFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveSupervisionFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GiveSupervisionFeedbackMutation, GiveSupervisionFeedbackMutationVariables>;
export const GrantConsentDocument = {"__meta__":{"hash":"sha256:f3312ed683d187d8572c013ed02fc688973cfdd7e207588cec068fc5b9fd9992"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"companionId"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const HelpRequestQueueDocument = {"__meta__":{"hash":"sha256:3b804a65a898d7b6801d10e32b97f51205f3ac1d5eff68a93819b831e5cb48f5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HelpRequestQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HelpRequestStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"helpRequestQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}},{"kind":"Field","name":{"kind":"Name","value":"situation"}},{"kind":"Field","name":{"kind":"Name","value":"childrenAges"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondBy"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<HelpRequestQueueQuery, HelpRequestQueueQueryVariables>;
export const HostMonthDocument = {"__meta__":{"hash":"sha256:3f691e7c02dccbfcf6f8211891ba3f015536fb934503cad8a19e1d6d75ff4f1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostMonth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hostId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostMonth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"hostId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hostId"}}},{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaState"}},{"kind":"Field","name":{"kind":"Name","value":"goalStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"goalBonusEarned"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostMonthQuery, HostMonthQueryVariables>;
export const HostMonthsDocument = {"__meta__":{"hash":"sha256:89ed5e3ae6579ee59d88e96ef606f9917d389d971e94f5c6be2e8c489f425da1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostMonths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostMonths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"employment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"pendingMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaState"}},{"kind":"Field","name":{"kind":"Name","value":"compensation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"goalBonusEarned"}}]}}]}}]}}]} as unknown as DocumentNode<HostMonthsQuery, HostMonthsQueryVariables>;
export const HousingOutcomesDocument = {"__meta__":{"hash":"sha256:ba6fa80fbd42bc1a711a5019edf2cddfbf1a0bc05b4f57a5c0c1c13f92fdd183"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HousingOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"housingOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"municipality"},"value":{"kind":"Variable","name":{"kind":"Name","value":"municipality"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clients"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"lost"}},{"kind":"Field","name":{"kind":"Name","value":"unresolved"}},{"kind":"Field","name":{"kind":"Name","value":"openAtEnd"}},{"kind":"Field","name":{"kind":"Name","value":"keptPercent"}},{"kind":"Field","name":{"kind":"Name","value":"lostPercent"}},{"kind":"Field","name":{"kind":"Name","value":"unresolvedPercent"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"clients"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evictionsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rentArrears"}},{"kind":"Field","name":{"kind":"Name","value":"disturbance"}}]}}]}}]}}]} as unknown as DocumentNode<HousingOutcomesQuery, HousingOutcomesQueryVariables>;
export const LinkHelpRequestToCaseDocument = {"__meta__":{"hash":"sha256:cea01c9f8b1f55dca1ed2943ba45d289505478c6028ec81e06bf6513f1b20af3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkHelpRequestToCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkHelpRequestToCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkHelpRequestToCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LinkHelpRequestToCaseMutation, LinkHelpRequestToCaseMutationVariables>;
export const LogHoursDocument = {"__meta__":{"hash":"sha256:0cbeedc4b41f7fc028e0f64d6e4aad1853b09f0faa6eecd117b4ebffeb406fd4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogHours"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogHoursInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogHoursMutation, LogHoursMutationVariables>;
export const MyAgendaDocument = {"__meta__":{"hash":"sha256:36a020894986ce4a2cb0de9417ced56d3340411e73e0c9ce698d41befb6049b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyAgendaQuery, MyAgendaQueryVariables>;
export const MyCompanionProfileDocument = {"__meta__":{"hash":"sha256:01b2fdf28d3014404049e50a8a8d3849ae6c76960dc1bc2163fd5d5253bb89a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCompanionProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]} as unknown as DocumentNode<MyCompanionProfileQuery, MyCompanionProfileQueryVariables>;
export const MyFamiliesDocument = {"__meta__":{"hash":"sha256:4830baaf10a5a582e760577a5b754ef4246bb46140e85bc261123fd426b6c220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myFamilies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unavailableAgendaSources"}}]}}]}}]} as unknown as DocumentNode<MyFamiliesQuery, MyFamiliesQueryVariables>;
export const MyHostGroupsDocument = {"__meta__":{"hash":"sha256:98c9886724963bdd5ae9517f1b1329af57ff9e27a7b2c5c61ee5dadf9bba614c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHostGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<MyHostGroupsQuery, MyHostGroupsQueryVariables>;
export const MyHousingAlertsDocument = {"__meta__":{"hash":"sha256:30f2a0f5204bae4ce133033b5669e1907e2811977678761e6f378465dc1790da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousingAlerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"warningGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"disturbanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}},{"kind":"Field","name":{"kind":"Name","value":"tenancy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]}}]} as unknown as DocumentNode<MyHousingAlertsQuery, MyHousingAlertsQueryVariables>;
export const MyHousingCasesDocument = {"__meta__":{"hash":"sha256:9eaf36d274d2ca339aadf81b34f485aebca4acbece33057a7eb490186bad403e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHousingCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myHousingCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"alertType"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"problemCategories"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeVisits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"referrals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MyHousingCasesQuery, MyHousingCasesQueryVariables>;
export const MyTenanciesDocument = {"__meta__":{"hash":"sha256:13fdb3ca10c76f31f5946cb8cddbf96bba58a76b7d12fed399d98cb217216fc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTenancies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}}]}}]} as unknown as DocumentNode<MyTenanciesQuery, MyTenanciesQueryVariables>;
export const MyVolunteerOrganisationDocument = {"__meta__":{"hash":"sha256:a3238059b80d46cc7301e4b238c0a1d2d707b12cefd4863058bd07a9acb88bcd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVolunteerOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CompanionStage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVolunteerOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"maxFamilies"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"averageUsefulness"}},{"kind":"Field","name":{"kind":"Name","value":"averageFeelsSupported"}},{"kind":"Field","name":{"kind":"Name","value":"workload"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"LIGHT"}},{"kind":"Field","name":{"kind":"Name","value":"RIGHT"}},{"kind":"Field","name":{"kind":"Name","value":"HEAVY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"continuing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"appointmentOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"during"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"companionshipStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"companionshipEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"during"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVolunteerOrganisationQuery, MyVolunteerOrganisationQueryVariables>;
export const NeedsAssessmentsNearDeadlineDocument = {"__meta__":{"hash":"sha256:c61c6fbac1c932f66a25b77ed5313da32e9ccb8cbaa3f8891ca16709d9fdc0e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsAssessmentsNearDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"needsAssessmentsNearDeadline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"family"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"startDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<NeedsAssessmentsNearDeadlineQuery, NeedsAssessmentsNearDeadlineQueryVariables>;
export const OpenMoveToOwnTenancyDocument = {"__meta__":{"hash":"sha256:c0f3b8ab0afeabcd45458c2d9a06a8b3512d781e8d9f26f32a9c28ea682f39e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenMoveToOwnTenancy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenMoveToOwnTenancyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openMoveToOwnTenancy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"movedInOn"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<OpenMoveToOwnTenancyMutation, OpenMoveToOwnTenancyMutationVariables>;
export const OpenNeedsAssessmentDocument = {"__meta__":{"hash":"sha256:318c436ab7669e5928962fbe141075c3ec4cb96bf85e3b994d8c5942b3608b98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenNeedsAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenNeedsAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openNeedsAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"specialSupport"}},{"kind":"Field","name":{"kind":"Name","value":"startDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"deadlineState"}}]}}]}}]} as unknown as DocumentNode<OpenNeedsAssessmentMutation, OpenNeedsAssessmentMutationVariables>;
export const PendingHoursEntriesDocument = {"__meta__":{"hash":"sha256:b1fd568275eef075b498c2a848dab8c81bc53e97bfee869b308ce0cc5554e1ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PendingHoursEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingHoursEntries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PendingHoursEntriesQuery, PendingHoursEntriesQueryVariables>;
export const RecordAttendanceDocument = {"__meta__":{"hash":"sha256:800126755f4f32e4719899117206b28bc189777c6d0f5a8b3f3dfc7d9fc9d124"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<RecordAttendanceMutation, RecordAttendanceMutationVariables>;
export const RecordHeadCountDocument = {"__meta__":{"hash":"sha256:5fe0b1915dad6a3e6860f24f015500508269b601d5206087c2ee70076ccdf16a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHeadCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHeadCountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHeadCount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"headCount"}}]}}]}}]} as unknown as DocumentNode<RecordHeadCountMutation, RecordHeadCountMutationVariables>;
export const RecordHomeVisitDocument = {"__meta__":{"hash":"sha256:a518d191c47736ba4779f90f46774c7232d2bc904110fbf1430fbe62bdbd9e0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHomeVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHomeVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHomeVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"}}]}}]}}]} as unknown as DocumentNode<RecordHomeVisitMutation, RecordHomeVisitMutationVariables>;
export const RecordHousingFollowUpDocument = {"__meta__":{"hash":"sha256:055712e7380538d5c09a4d69a13407ea3f87b356c8883e9eb8ce9a199bf992b3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordHousingFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordHousingFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHousingFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedUpOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RecordHousingFollowUpMutation, RecordHousingFollowUpMutationVariables>;
export const RecordVolunteerMeetingDocument = {"__meta__":{"hash":"sha256:32ceb52d10f4929d3705709b2a0323e3acb12afceedd05b56cd00fa1b3a3dd1d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordVolunteerMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordVolunteerMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordVolunteerMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"companion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordVolunteerMeetingMutation, RecordVolunteerMeetingMutationVariables>;
export const ReferFamilyToCompanionshipDocument = {"__meta__":{"hash":"sha256:5fa648d050c54f6769c8710baa8895cb4c4869098da3a256d544d6541a649bc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFamilyToCompanionship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferFamilyToCompanionshipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFamilyToCompanionship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReferFamilyToCompanionshipMutation, ReferFamilyToCompanionshipMutationVariables>;
export const ReferFamilyToHostGroupDocument = {"__meta__":{"hash":"sha256:9a9434b8769285b7b5eaff785625def88ecc05ae00df59703193abfa935ff930"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferFamilyToHostGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferFamilyToHostGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referFamilyToHostGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"families"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ReferFamilyToHostGroupMutation, ReferFamilyToHostGroupMutationVariables>;
export const ReferHousingClientDocument = {"__meta__":{"hash":"sha256:ac553c26b2648769dc3f5fc8ab39e45baf5f0cc1d2730cedc337f3a1d722e28e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferHousingClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferHousingClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referHousingClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"referredOn"}}]}}]}}]} as unknown as DocumentNode<ReferHousingClientMutation, ReferHousingClientMutationVariables>;
export const RegisterFamilyDocument = {"__meta__":{"hash":"sha256:5b07bd4dcb05e288e35fba365bca25684e2e9e44d15c7f6ea8c5f5f3a030bab7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterFamilyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerFamily"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterFamilyMutation, RegisterFamilyMutationVariables>;
export const RenewConsentDocument = {"__meta__":{"hash":"sha256:70a2477b4cbcdd58a84b831270440850d775d6cc573fdcd75562caade0e859e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]} as unknown as DocumentNode<RenewConsentMutation, RenewConsentMutationVariables>;
export const ReportHousingAlertDocument = {"__meta__":{"hash":"sha256:8f8664f82b4ffa54f52b0ce93c52ea8a4b93f7b17b1d5d79de0d414433d95d76"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportHousingAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportHousingAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportHousingAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"warningGivenOn"}},{"kind":"Field","name":{"kind":"Name","value":"disturbanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseStatus"}}]}}]}}]} as unknown as DocumentNode<ReportHousingAlertMutation, ReportHousingAlertMutationVariables>;
export const RespondToHelpRequestDocument = {"__meta__":{"hash":"sha256:a2f7e85a314efda214d7208b23a6eb399f140d3957f6949eacbc7b9650b7b07b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToHelpRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToHelpRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToHelpRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"firstResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}}]}}]}}]}}]} as unknown as DocumentNode<RespondToHelpRequestMutation, RespondToHelpRequestMutationVariables>;
export const RevokeConsentDocument = {"__meta__":{"hash":"sha256:cbf3b14853761e212ee994762933e54ec70fc45b2a40f881b528adeb28c0fdcb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
export const SearchFamiliesDocument = {"__meta__":{"hash":"sha256:4583d129393f8fe28520af1c075ad4e4868236249b0653adb6214a59c9249376"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFamilies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchFamilies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<SearchFamiliesQuery, SearchFamiliesQueryVariables>;
export const SetHostGoalStatusDocument = {"__meta__":{"hash":"sha256:7c0c77d182a7f52cd51ada9e9e048329107c784c0e6206e1c7e6e3ade3402de3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHostGoalStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHostGoalStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHostGoalStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetHostGoalStatusMutation, SetHostGoalStatusMutationVariables>;
export const SetHostGoalDocument = {"__meta__":{"hash":"sha256:2c74c55d151288aecb1aff3bee45f00935fe8ad4f576f29980fac8de9c78caa3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetHostGoal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetHostGoalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setHostGoal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetHostGoalMutation, SetHostGoalMutationVariables>;
export const SignUpForActivityDocument = {"__meta__":{"hash":"sha256:9509a0f08f7f4872ebc774e29c9f7822add22b1790f298664419290787d9a1e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpForActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}}]}}]}}]} as unknown as DocumentNode<SignUpForActivityMutation, SignUpForActivityMutationVariables>;
export const StartBenefitReviewDocument = {"__meta__":{"hash":"sha256:dcb396bf21051b8295800dcdd2d36dc5ca0df6d980d5d135c5a86f16a19de50e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartBenefitReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitApplicationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startBenefitReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartBenefitReviewMutation, StartBenefitReviewMutationVariables>;
export const SubmitBenefitApplicationDocument = {"__meta__":{"hash":"sha256:c7876b5d1d7688e6b4807d3771bf434a7e828320d13345b3c46f9a19a1c996b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBenefitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitApplicationStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBenefitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitBenefitApplicationMutation, SubmitBenefitApplicationMutationVariables>;
export const UpdateHousingCaseDocument = {"__meta__":{"hash":"sha256:ac0a6d431657abed91f9b6027fd0b2c02db9d2d5b1c7c6e1161febf64a0b19f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousingCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHousingCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousingCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstContactOn"}},{"kind":"Field","name":{"kind":"Name","value":"problemCategories"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateHousingCaseMutation, UpdateHousingCaseMutationVariables>;
export const WriteServicePlanDocument = {"__meta__":{"hash":"sha256:b7afbc33538e2291ea6c7a584e44d1fd987c8f26dd4ddf5ac1a621cb15d6c760"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WriteServicePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WriteServicePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"writeServicePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"writtenOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"details"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewDates"}},{"kind":"Field","name":{"kind":"Name","value":"nextReviewOn"}}]}}]}}]} as unknown as DocumentNode<WriteServicePlanMutation, WriteServicePlanMutationVariables>;