/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}": typeof types.AskForHelpDocument,
    "mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}": typeof types.AssignCompanionDocument,
    "mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}": typeof types.CloseHousingCaseDocument,
    "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}": typeof types.CompanionAgendaDocument,
    "mutation CreateBenefitApplication($input: CreateBenefitApplicationInput!) {\n  createBenefitApplication(input: $input) {\n    id\n    kind\n    status\n    version\n    housingCase {\n      id\n    }\n  }\n}": typeof types.CreateBenefitApplicationDocument,
    "mutation DecideBenefitApplication($input: DecideBenefitApplicationInput!) {\n  decideBenefitApplication(input: $input) {\n    id\n    status\n    version\n    decision {\n      outcome\n      amountCents\n      periodFrom\n      periodTo\n      reasoning\n      decidedOn\n    }\n  }\n}": typeof types.DecideBenefitApplicationDocument,
    "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}": typeof types.FamilyAccessLogDocument,
    "query FamilyBenefitStatuses($id: ID!) {\n  family(id: $id) {\n    id\n    benefitStatuses {\n      kind\n      status\n      open\n      missing\n    }\n    benefitApplications {\n      id\n      kind\n      status\n      submittedOn\n    }\n  }\n}": typeof types.FamilyBenefitStatusesDocument,
    "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}": typeof types.FamilyCompanionsDocument,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}": typeof types.GrantConsentDocument,
    "query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}": typeof types.HousingOutcomesDocument,
    "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": typeof types.MyAgendaDocument,
    "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}": typeof types.MyCompanionProfileDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}": typeof types.MyFamiliesDocument,
    "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}": typeof types.MyHostGroupsDocument,
    "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}": typeof types.MyHousingAlertsDocument,
    "query MyHousingCases {\n  myHousingCases {\n    id\n    kind\n    alertType\n    openedOn\n    firstContactDueOn\n    firstContactOn\n    problemCategories\n    version\n    servicePlan {\n      id\n    }\n    homeVisits {\n      id\n      visitedOn\n      participants {\n        userId\n        role\n      }\n      findings\n    }\n    referrals {\n      kind\n      referredOn\n    }\n    followUps {\n      followedUpOn\n      status\n    }\n  }\n}": typeof types.MyHousingCasesDocument,
    "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}": typeof types.MyTenanciesDocument,
    "mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}": typeof types.OpenMoveToOwnTenancyDocument,
    "mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n  recordHomeVisit(input: $input) {\n    id\n    visitedOn\n    participants {\n      userId\n      role\n    }\n    findings\n  }\n}": typeof types.RecordHomeVisitDocument,
    "mutation RecordHousingFollowUp($input: RecordHousingFollowUpInput!) {\n  recordHousingFollowUp(input: $input) {\n    id\n    followedUpOn\n    status\n  }\n}": typeof types.RecordHousingFollowUpDocument,
    "mutation ReferHousingClient($input: ReferHousingClientInput!) {\n  referHousingClient(input: $input) {\n    id\n    kind\n    referredOn\n  }\n}": typeof types.ReferHousingClientDocument,
    "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}": typeof types.RegisterFamilyDocument,
    "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}": typeof types.ReportHousingAlertDocument,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.RevokeConsentDocument,
    "mutation StartBenefitReview($input: BenefitApplicationStepInput!) {\n  startBenefitReview(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.StartBenefitReviewDocument,
    "mutation SubmitBenefitApplication($input: BenefitApplicationStepInput!) {\n  submitBenefitApplication(input: $input) {\n    id\n    status\n    submittedOn\n    version\n  }\n}": typeof types.SubmitBenefitApplicationDocument,
    "mutation UpdateHousingCase($input: UpdateHousingCaseInput!) {\n  updateHousingCase(input: $input) {\n    id\n    firstContactOn\n    problemCategories\n    servicePlan {\n      id\n    }\n    version\n  }\n}": typeof types.UpdateHousingCaseDocument,
};
const documents: Documents = {
    "mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}": types.AskForHelpDocument,
    "mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}": types.AssignCompanionDocument,
    "mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}": types.CloseHousingCaseDocument,
    "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}": types.CompanionAgendaDocument,
    "mutation CreateBenefitApplication($input: CreateBenefitApplicationInput!) {\n  createBenefitApplication(input: $input) {\n    id\n    kind\n    status\n    version\n    housingCase {\n      id\n    }\n  }\n}": types.CreateBenefitApplicationDocument,
    "mutation DecideBenefitApplication($input: DecideBenefitApplicationInput!) {\n  decideBenefitApplication(input: $input) {\n    id\n    status\n    version\n    decision {\n      outcome\n      amountCents\n      periodFrom\n      periodTo\n      reasoning\n      decidedOn\n    }\n  }\n}": types.DecideBenefitApplicationDocument,
    "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}": types.FamilyAccessLogDocument,
    "query FamilyBenefitStatuses($id: ID!) {\n  family(id: $id) {\n    id\n    benefitStatuses {\n      kind\n      status\n      open\n      missing\n    }\n    benefitApplications {\n      id\n      kind\n      status\n      submittedOn\n    }\n  }\n}": types.FamilyBenefitStatusesDocument,
    "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}": types.FamilyCompanionsDocument,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}": types.GrantConsentDocument,
    "query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}": types.HousingOutcomesDocument,
    "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": types.MyAgendaDocument,
    "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}": types.MyCompanionProfileDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}": types.MyFamiliesDocument,
    "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}": types.MyHostGroupsDocument,
    "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}": types.MyHousingAlertsDocument,
    "query MyHousingCases {\n  myHousingCases {\n    id\n    kind\n    alertType\n    openedOn\n    firstContactDueOn\n    firstContactOn\n    problemCategories\n    version\n    servicePlan {\n      id\n    }\n    homeVisits {\n      id\n      visitedOn\n      participants {\n        userId\n        role\n      }\n      findings\n    }\n    referrals {\n      kind\n      referredOn\n    }\n    followUps {\n      followedUpOn\n      status\n    }\n  }\n}": types.MyHousingCasesDocument,
    "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}": types.MyTenanciesDocument,
    "mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}": types.OpenMoveToOwnTenancyDocument,
    "mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n  recordHomeVisit(input: $input) {\n    id\n    visitedOn\n    participants {\n      userId\n      role\n    }\n    findings\n  }\n}": types.RecordHomeVisitDocument,
    "mutation RecordHousingFollowUp($input: RecordHousingFollowUpInput!) {\n  recordHousingFollowUp(input: $input) {\n    id\n    followedUpOn\n    status\n  }\n}": types.RecordHousingFollowUpDocument,
    "mutation ReferHousingClient($input: ReferHousingClientInput!) {\n  referHousingClient(input: $input) {\n    id\n    kind\n    referredOn\n  }\n}": types.ReferHousingClientDocument,
    "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}": types.RegisterFamilyDocument,
    "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}": types.ReportHousingAlertDocument,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}": types.RevokeConsentDocument,
    "mutation StartBenefitReview($input: BenefitApplicationStepInput!) {\n  startBenefitReview(input: $input) {\n    id\n    status\n    version\n  }\n}": types.StartBenefitReviewDocument,
    "mutation SubmitBenefitApplication($input: BenefitApplicationStepInput!) {\n  submitBenefitApplication(input: $input) {\n    id\n    status\n    submittedOn\n    version\n  }\n}": types.SubmitBenefitApplicationDocument,
    "mutation UpdateHousingCase($input: UpdateHousingCaseInput!) {\n  updateHousingCase(input: $input) {\n    id\n    firstContactOn\n    problemCategories\n    servicePlan {\n      id\n    }\n    version\n  }\n}": types.UpdateHousingCaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}"): (typeof documents)["mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}"): (typeof documents)["mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}"): (typeof documents)["query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateBenefitApplication($input: CreateBenefitApplicationInput!) {\n  createBenefitApplication(input: $input) {\n    id\n    kind\n    status\n    version\n    housingCase {\n      id\n    }\n  }\n}"): (typeof documents)["mutation CreateBenefitApplication($input: CreateBenefitApplicationInput!) {\n  createBenefitApplication(input: $input) {\n    id\n    kind\n    status\n    version\n    housingCase {\n      id\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DecideBenefitApplication($input: DecideBenefitApplicationInput!) {\n  decideBenefitApplication(input: $input) {\n    id\n    status\n    version\n    decision {\n      outcome\n      amountCents\n      periodFrom\n      periodTo\n      reasoning\n      decidedOn\n    }\n  }\n}"): (typeof documents)["mutation DecideBenefitApplication($input: DecideBenefitApplicationInput!) {\n  decideBenefitApplication(input: $input) {\n    id\n    status\n    version\n    decision {\n      outcome\n      amountCents\n      periodFrom\n      periodTo\n      reasoning\n      decidedOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}"): (typeof documents)["query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyBenefitStatuses($id: ID!) {\n  family(id: $id) {\n    id\n    benefitStatuses {\n      kind\n      status\n      open\n      missing\n    }\n    benefitApplications {\n      id\n      kind\n      status\n      submittedOn\n    }\n  }\n}"): (typeof documents)["query FamilyBenefitStatuses($id: ID!) {\n  family(id: $id) {\n    id\n    benefitStatuses {\n      kind\n      status\n      open\n      missing\n    }\n    benefitApplications {\n      id\n      kind\n      status\n      submittedOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}"): (typeof documents)["query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}"): (typeof documents)["mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}"): (typeof documents)["query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}"): (typeof documents)["query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}"): (typeof documents)["query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}"): (typeof documents)["query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}"): (typeof documents)["query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}"): (typeof documents)["query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyHousingCases {\n  myHousingCases {\n    id\n    kind\n    alertType\n    openedOn\n    firstContactDueOn\n    firstContactOn\n    problemCategories\n    version\n    servicePlan {\n      id\n    }\n    homeVisits {\n      id\n      visitedOn\n      participants {\n        userId\n        role\n      }\n      findings\n    }\n    referrals {\n      kind\n      referredOn\n    }\n    followUps {\n      followedUpOn\n      status\n    }\n  }\n}"): (typeof documents)["query MyHousingCases {\n  myHousingCases {\n    id\n    kind\n    alertType\n    openedOn\n    firstContactDueOn\n    firstContactOn\n    problemCategories\n    version\n    servicePlan {\n      id\n    }\n    homeVisits {\n      id\n      visitedOn\n      participants {\n        userId\n        role\n      }\n      findings\n    }\n    referrals {\n      kind\n      referredOn\n    }\n    followUps {\n      followedUpOn\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}"): (typeof documents)["query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}"): (typeof documents)["mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n  recordHomeVisit(input: $input) {\n    id\n    visitedOn\n    participants {\n      userId\n      role\n    }\n    findings\n  }\n}"): (typeof documents)["mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n  recordHomeVisit(input: $input) {\n    id\n    visitedOn\n    participants {\n      userId\n      role\n    }\n    findings\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHousingFollowUp($input: RecordHousingFollowUpInput!) {\n  recordHousingFollowUp(input: $input) {\n    id\n    followedUpOn\n    status\n  }\n}"): (typeof documents)["mutation RecordHousingFollowUp($input: RecordHousingFollowUpInput!) {\n  recordHousingFollowUp(input: $input) {\n    id\n    followedUpOn\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferHousingClient($input: ReferHousingClientInput!) {\n  referHousingClient(input: $input) {\n    id\n    kind\n    referredOn\n  }\n}"): (typeof documents)["mutation ReferHousingClient($input: ReferHousingClientInput!) {\n  referHousingClient(input: $input) {\n    id\n    kind\n    referredOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}"): (typeof documents)["mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}"): (typeof documents)["mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartBenefitReview($input: BenefitApplicationStepInput!) {\n  startBenefitReview(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation StartBenefitReview($input: BenefitApplicationStepInput!) {\n  startBenefitReview(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitBenefitApplication($input: BenefitApplicationStepInput!) {\n  submitBenefitApplication(input: $input) {\n    id\n    status\n    submittedOn\n    version\n  }\n}"): (typeof documents)["mutation SubmitBenefitApplication($input: BenefitApplicationStepInput!) {\n  submitBenefitApplication(input: $input) {\n    id\n    status\n    submittedOn\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateHousingCase($input: UpdateHousingCaseInput!) {\n  updateHousingCase(input: $input) {\n    id\n    firstContactOn\n    problemCategories\n    servicePlan {\n      id\n    }\n    version\n  }\n}"): (typeof documents)["mutation UpdateHousingCase($input: UpdateHousingCaseInput!) {\n  updateHousingCase(input: $input) {\n    id\n    firstContactOn\n    problemCategories\n    servicePlan {\n      id\n    }\n    version\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;