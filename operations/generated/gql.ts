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
    "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}": typeof types.CompanionAgendaDocument,
    "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}": typeof types.FamilyAccessLogDocument,
    "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}": typeof types.FamilyCompanionsDocument,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}": typeof types.GrantConsentDocument,
    "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": typeof types.MyAgendaDocument,
    "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}": typeof types.MyCompanionProfileDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}": typeof types.MyFamiliesDocument,
    "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}": typeof types.MyHostGroupsDocument,
    "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsEuros\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}": typeof types.MyHousingAlertsDocument,
    "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}": typeof types.MyTenanciesDocument,
    "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}": typeof types.RegisterFamilyDocument,
    "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsEuros\n    reportedAt\n    caseStatus\n  }\n}": typeof types.ReportHousingAlertDocument,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.RevokeConsentDocument,
};
const documents: Documents = {
    "mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}": types.AskForHelpDocument,
    "mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}": types.AssignCompanionDocument,
    "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}": types.CompanionAgendaDocument,
    "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}": types.FamilyAccessLogDocument,
    "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}": types.FamilyCompanionsDocument,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}": types.GrantConsentDocument,
    "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": types.MyAgendaDocument,
    "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}": types.MyCompanionProfileDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}": types.MyFamiliesDocument,
    "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}": types.MyHostGroupsDocument,
    "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsEuros\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}": types.MyHousingAlertsDocument,
    "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}": types.MyTenanciesDocument,
    "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}": types.RegisterFamilyDocument,
    "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsEuros\n    reportedAt\n    caseStatus\n  }\n}": types.ReportHousingAlertDocument,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}": types.RevokeConsentDocument,
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
export function graphql(source: "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}"): (typeof documents)["query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}"): (typeof documents)["query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}"];
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
export function graphql(source: "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsEuros\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}"): (typeof documents)["query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsEuros\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}"): (typeof documents)["query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsEuros\n    reportedAt\n    caseStatus\n  }\n}"): (typeof documents)["mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsEuros\n    reportedAt\n    caseStatus\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}"): (typeof documents)["mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;