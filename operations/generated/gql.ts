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
    "query Activities($from: LocalDate, $to: LocalDate) {\n  meetingPlaces {\n    id\n    name\n    kind\n    address\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    partnerOrganisations\n  }\n  activities(from: $from, to: $to) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    meetingPoint\n    place {\n      id\n      name\n    }\n    capacity\n    placesLeft\n    headCount\n    signUps {\n      id\n      participants\n      attended\n      family {\n        id\n      }\n    }\n  }\n}": typeof types.ActivitiesDocument,
    "mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n  answerFeedback(input: $input) {\n    message\n  }\n}": typeof types.AnswerFeedbackDocument,
    "mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}": typeof types.AskForHelpDocument,
    "mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}": typeof types.AssignCompanionDocument,
    "mutation BookServicePlanAppointment($input: BookServicePlanAppointmentInput!) {\n  bookServicePlanAppointment(input: $input) {\n    id\n    startsAt\n    endsAt\n    status\n    purpose\n    office {\n      name\n      address\n    }\n    caseWorker {\n      firstName\n      lastName\n    }\n  }\n}": typeof types.BookServicePlanAppointmentDocument,
    "mutation ChangeCompanionStage($input: ChangeCompanionStageInput!) {\n  changeCompanionStage(input: $input) {\n    id\n    stage\n  }\n}": typeof types.ChangeCompanionStageDocument,
    "mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}": typeof types.CloseHousingCaseDocument,
    "mutation CloseServicePlan($input: CloseServicePlanInput!) {\n  closeServicePlan(input: $input) {\n    plan {\n      id\n      status\n      closedOn\n    }\n    feedbackToken\n  }\n}": typeof types.CloseServicePlanDocument,
    "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}": typeof types.CompanionAgendaDocument,
    "query CompanionCandidates {\n  companionReferrals(status: OPEN) {\n    id\n    referredOn\n    languages\n    area\n    availability\n    needs\n    family {\n      id\n    }\n    candidates {\n      score\n      reasons\n      companion {\n        id\n        firstName\n        lastName\n        stage\n      }\n    }\n  }\n}": typeof types.CompanionCandidatesDocument,
    "query CompanionConsents {\n  myCompanionProfile {\n    id\n    stage\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      family {\n        id\n      }\n    }\n    meetings {\n      attended\n    }\n  }\n}": typeof types.CompanionConsentsDocument,
    "query CompanionReminders {\n  myCompanionProfile {\n    id\n    reminders {\n      kind\n      family {\n        id\n        displayName\n      }\n      item {\n        id\n        source\n        title\n        startsAt\n        endsAt\n        status\n        location {\n          name\n          address\n        }\n      }\n    }\n  }\n}": typeof types.CompanionRemindersDocument,
    "mutation CreateActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    capacity\n  }\n}": typeof types.CreateActivityDocument,
    "mutation CreateBenefitApplication($input: CreateBenefitApplicationInput!) {\n  createBenefitApplication(input: $input) {\n    id\n    kind\n    status\n    version\n    housingCase {\n      id\n    }\n  }\n}": typeof types.CreateBenefitApplicationDocument,
    "mutation DecideBenefitApplication($input: DecideBenefitApplicationInput!) {\n  decideBenefitApplication(input: $input) {\n    id\n    status\n    version\n    decision {\n      outcome\n      amountCents\n      periodFrom\n      periodTo\n      reasoning\n      decidedOn\n    }\n  }\n}": typeof types.DecideBenefitApplicationDocument,
    "mutation DecideHoursEntry($input: DecideHoursEntryInput!) {\n  decideHoursEntry(input: $input) {\n    id\n    status\n    decidedAt\n  }\n}": typeof types.DecideHoursEntryDocument,
    "mutation EndCompanionAssignment($input: EndCompanionAssignmentInput!) {\n  endCompanionAssignment(input: $input) {\n    id\n    status\n    endsOn\n    endedBy\n    endReason\n  }\n}": typeof types.EndCompanionAssignmentDocument,
    "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}": typeof types.FamilyAccessLogDocument,
    "query FamilyBenefitStatuses($id: ID!) {\n  family(id: $id) {\n    id\n    benefitStatuses {\n      kind\n      status\n      open\n      missing\n    }\n    benefitApplications {\n      id\n      kind\n      status\n      submittedOn\n    }\n  }\n}": typeof types.FamilyBenefitStatusesDocument,
    "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}": typeof types.FamilyCompanionsDocument,
    "query FamilyConsents($id: ID!) {\n  family(id: $id) {\n    id\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n    companionAssignments {\n      id\n      status\n      startsOn\n      endsOn\n      endedBy\n      endReason\n      companion {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n}": typeof types.FamilyConsentsDocument,
    "query FamilyHelp($id: ID!) {\n  family(id: $id) {\n    id\n    displayName\n    helpRequests {\n      id\n      receivedAt\n      status\n    }\n    needsAssessments {\n      id\n      contactedOn\n      startDueBy\n      completionDueBy\n      deadlineState\n    }\n    servicePlans {\n      id\n      status\n      goals {\n        description\n        status\n      }\n      services {\n        service\n      }\n      nextReviewOn\n      appointments {\n        id\n        startsAt\n        status\n      }\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": typeof types.FamilyHelpDocument,
    "query FeedbackReport($from: LocalDate!, $to: LocalDate!) {\n  feedbackReport(from: $from, to: $to) {\n    from\n    to\n    formsSent\n    answered\n    byService {\n      service\n      formsSent\n      answered\n      averageHelpfulness\n      goalsMet\n      goalsPartlyMet\n      goalsNotMet\n      wouldRecommend\n    }\n  }\n}": typeof types.FeedbackReportDocument,
    "mutation GiveSupervisionFeedback($input: GiveSupervisionFeedbackInput!) {\n  giveSupervisionFeedback(input: $input) {\n    id\n  }\n}": typeof types.GiveSupervisionFeedbackDocument,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}": typeof types.GrantConsentDocument,
    "query HelpRequestQueue($statuses: [HelpRequestStatus!], $first: Int) {\n  helpRequestQueue(statuses: $statuses, first: $first) {\n    id\n    contactName\n    phone\n    email\n    preferredChannel\n    situation\n    childrenAges\n    receivedAt\n    respondBy\n    overdue\n    status\n    firstResponse {\n      at\n      channel\n      outcome\n    }\n  }\n}": typeof types.HelpRequestQueueDocument,
    "query HostMonth($hostId: ID!, $month: String!) {\n  hostMonth(hostId: $hostId, month: $month) {\n    hostId\n    month\n    quotaMinutes\n    approvedMinutes\n    pendingMinutes\n    quotaState\n    goalStatuses\n    entries {\n      id\n      date\n      minutes\n      kind\n      status\n    }\n    compensation {\n      form\n      totalCents\n      goalBonusEarned\n      lines {\n        kind\n        description\n        amountCents\n      }\n    }\n  }\n}": typeof types.HostMonthDocument,
    "query HostMonths($month: String!) {\n  hostMonths(month: $month) {\n    hostId\n    host {\n      firstName\n      lastName\n      employment\n    }\n    approvedMinutes\n    pendingMinutes\n    quotaMinutes\n    quotaState\n    compensation {\n      totalCents\n      goalBonusEarned\n    }\n  }\n}": typeof types.HostMonthsDocument,
    "query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}": typeof types.HousingOutcomesDocument,
    "mutation LinkHelpRequestToCase($input: LinkHelpRequestToCaseInput!) {\n  linkHelpRequestToCase(input: $input) {\n    id\n    status\n    family {\n      id\n      displayName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n}": typeof types.LinkHelpRequestToCaseDocument,
    "mutation LogHours($input: LogHoursInput!) {\n  logHours(input: $input) {\n    id\n    date\n    startsAt\n    minutes\n    kind\n    status\n    families {\n      id\n    }\n  }\n}": typeof types.LogHoursDocument,
    "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": typeof types.MyAgendaDocument,
    "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}": typeof types.MyCompanionProfileDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}": typeof types.MyFamiliesDocument,
    "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}": typeof types.MyHostGroupsDocument,
    "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}": typeof types.MyHousingAlertsDocument,
    "query MyHousingCases {\n  myHousingCases {\n    id\n    kind\n    alertType\n    openedOn\n    firstContactDueOn\n    firstContactOn\n    problemCategories\n    version\n    servicePlan {\n      id\n    }\n    homeVisits {\n      id\n      visitedOn\n      participants {\n        userId\n        role\n      }\n      findings\n    }\n    referrals {\n      kind\n      referredOn\n    }\n    followUps {\n      followedUpOn\n      status\n    }\n  }\n}": typeof types.MyHousingCasesDocument,
    "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}": typeof types.MyTenanciesDocument,
    "query MyVolunteerOrganisation($stage: CompanionStage) {\n  myVolunteerOrganisation {\n    name\n    companions(stage: $stage) {\n      id\n      firstName\n      lastName\n      stage\n      languages\n      area\n      maxFamilies\n    }\n    meetings {\n      id\n      kind\n      heldOn\n      topic\n      attendance {\n        attended\n        companion {\n          id\n        }\n      }\n    }\n    feedbackSummary {\n      meetings\n      responses\n      averageUsefulness\n      averageFeelsSupported\n      workload {\n        LIGHT\n        RIGHT\n        HEAVY\n      }\n      continuing\n    }\n    appointmentOutcomes {\n      before {\n        kept\n        missed\n        keptShare\n      }\n      during {\n        kept\n        missed\n        keptShare\n      }\n      families {\n        family {\n          id\n        }\n        companionshipStartsOn\n        companionshipEndsOn\n        before {\n          kept\n          missed\n          keptShare\n        }\n        during {\n          kept\n          missed\n          keptShare\n        }\n      }\n    }\n  }\n}": typeof types.MyVolunteerOrganisationDocument,
    "query NeedsAssessmentsNearDeadline {\n  needsAssessmentsNearDeadline {\n    id\n    family {\n      id\n      displayName\n    }\n    contactedOn\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n    responsibleWorker {\n      firstName\n      lastName\n    }\n  }\n}": typeof types.NeedsAssessmentsNearDeadlineDocument,
    "mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}": typeof types.OpenMoveToOwnTenancyDocument,
    "mutation OpenNeedsAssessment($input: OpenNeedsAssessmentInput!) {\n  openNeedsAssessment(input: $input) {\n    id\n    contactedOn\n    specialSupport\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n  }\n}": typeof types.OpenNeedsAssessmentDocument,
    "query PendingHoursEntries {\n  pendingHoursEntries {\n    id\n    hostId\n    date\n    minutes\n    kind\n    status\n  }\n}": typeof types.PendingHoursEntriesDocument,
    "mutation RecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n    attended\n  }\n}": typeof types.RecordAttendanceDocument,
    "mutation RecordHeadCount($input: RecordHeadCountInput!) {\n  recordHeadCount(input: $input) {\n    id\n    headCount\n  }\n}": typeof types.RecordHeadCountDocument,
    "mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n  recordHomeVisit(input: $input) {\n    id\n    visitedOn\n    participants {\n      userId\n      role\n    }\n    findings\n  }\n}": typeof types.RecordHomeVisitDocument,
    "mutation RecordHousingFollowUp($input: RecordHousingFollowUpInput!) {\n  recordHousingFollowUp(input: $input) {\n    id\n    followedUpOn\n    status\n  }\n}": typeof types.RecordHousingFollowUpDocument,
    "mutation RecordVolunteerMeeting($input: RecordVolunteerMeetingInput!) {\n  recordVolunteerMeeting(input: $input) {\n    id\n    kind\n    heldOn\n    attendance {\n      attended\n      companion {\n        id\n      }\n    }\n  }\n}": typeof types.RecordVolunteerMeetingDocument,
    "mutation ReferFamilyToCompanionship($input: ReferFamilyToCompanionshipInput!) {\n  referFamilyToCompanionship(input: $input) {\n    id\n    referredOn\n    status\n  }\n}": typeof types.ReferFamilyToCompanionshipDocument,
    "mutation ReferFamilyToHostGroup($input: ReferFamilyToHostGroupInput!) {\n  referFamilyToHostGroup(input: $input) {\n    id\n    name\n    families {\n      id\n    }\n  }\n}": typeof types.ReferFamilyToHostGroupDocument,
    "mutation ReferHousingClient($input: ReferHousingClientInput!) {\n  referHousingClient(input: $input) {\n    id\n    kind\n    referredOn\n  }\n}": typeof types.ReferHousingClientDocument,
    "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}": typeof types.RegisterFamilyDocument,
    "mutation RenewConsent($input: RenewConsentInput!) {\n  renewConsent(input: $input) {\n    id\n    status\n    validUntil\n  }\n}": typeof types.RenewConsentDocument,
    "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}": typeof types.ReportHousingAlertDocument,
    "mutation RespondToHelpRequest($input: RespondToHelpRequestInput!) {\n  respondToHelpRequest(input: $input) {\n    id\n    status\n    overdue\n    firstResponse {\n      at\n      channel\n      outcome\n      respondedBy\n    }\n  }\n}": typeof types.RespondToHelpRequestDocument,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.RevokeConsentDocument,
    "query SearchFamilies($text: String!, $first: Int, $after: String) {\n  searchFamilies(text: $text, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        address\n        members {\n          id\n          role\n          firstName\n          lastName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.SearchFamiliesDocument,
    "mutation SetHostGoalStatus($input: SetHostGoalStatusInput!) {\n  setHostGoalStatus(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.SetHostGoalStatusDocument,
    "mutation SetHostGoal($input: SetHostGoalInput!) {\n  setHostGoal(input: $input) {\n    id\n    description\n    dueOn\n    status\n    version\n  }\n}": typeof types.SetHostGoalDocument,
    "mutation SignUpForActivity($input: SignUpForActivityInput!) {\n  signUpForActivity(input: $input) {\n    id\n    activityId\n    participants\n    attended\n  }\n}": typeof types.SignUpForActivityDocument,
    "mutation StartBenefitReview($input: BenefitApplicationStepInput!) {\n  startBenefitReview(input: $input) {\n    id\n    status\n    version\n  }\n}": typeof types.StartBenefitReviewDocument,
    "mutation SubmitBenefitApplication($input: BenefitApplicationStepInput!) {\n  submitBenefitApplication(input: $input) {\n    id\n    status\n    submittedOn\n    version\n  }\n}": typeof types.SubmitBenefitApplicationDocument,
    "mutation UpdateHousingCase($input: UpdateHousingCaseInput!) {\n  updateHousingCase(input: $input) {\n    id\n    firstContactOn\n    problemCategories\n    servicePlan {\n      id\n    }\n    version\n  }\n}": typeof types.UpdateHousingCaseDocument,
    "mutation WriteServicePlan($input: WriteServicePlanInput!) {\n  writeServicePlan(input: $input) {\n    id\n    status\n    writtenOn\n    participants {\n      id\n      firstName\n    }\n    goals {\n      id\n      description\n      status\n    }\n    services {\n      id\n      service\n      details\n      responsibleWorker {\n        firstName\n        lastName\n        title\n      }\n    }\n    reviewDates\n    nextReviewOn\n  }\n}": typeof types.WriteServicePlanDocument,
};
const documents: Documents = {
    "query Activities($from: LocalDate, $to: LocalDate) {\n  meetingPlaces {\n    id\n    name\n    kind\n    address\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    partnerOrganisations\n  }\n  activities(from: $from, to: $to) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    meetingPoint\n    place {\n      id\n      name\n    }\n    capacity\n    placesLeft\n    headCount\n    signUps {\n      id\n      participants\n      attended\n      family {\n        id\n      }\n    }\n  }\n}": types.ActivitiesDocument,
    "mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n  answerFeedback(input: $input) {\n    message\n  }\n}": types.AnswerFeedbackDocument,
    "mutation AskForHelp($input: AskForHelpInput!) {\n  askForHelp(input: $input) {\n    requestId\n    respondBy\n    message\n  }\n}": types.AskForHelpDocument,
    "mutation AssignCompanion($input: AssignCompanionInput!) {\n  assignCompanion(input: $input) {\n    id\n    startsOn\n    endsOn\n    companion {\n      id\n      firstName\n      lastName\n    }\n  }\n}": types.AssignCompanionDocument,
    "mutation BookServicePlanAppointment($input: BookServicePlanAppointmentInput!) {\n  bookServicePlanAppointment(input: $input) {\n    id\n    startsAt\n    endsAt\n    status\n    purpose\n    office {\n      name\n      address\n    }\n    caseWorker {\n      firstName\n      lastName\n    }\n  }\n}": types.BookServicePlanAppointmentDocument,
    "mutation ChangeCompanionStage($input: ChangeCompanionStageInput!) {\n  changeCompanionStage(input: $input) {\n    id\n    stage\n  }\n}": types.ChangeCompanionStageDocument,
    "mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}": types.CloseHousingCaseDocument,
    "mutation CloseServicePlan($input: CloseServicePlanInput!) {\n  closeServicePlan(input: $input) {\n    plan {\n      id\n      status\n      closedOn\n    }\n    feedbackToken\n  }\n}": types.CloseServicePlanDocument,
    "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}": types.CompanionAgendaDocument,
    "query CompanionCandidates {\n  companionReferrals(status: OPEN) {\n    id\n    referredOn\n    languages\n    area\n    availability\n    needs\n    family {\n      id\n    }\n    candidates {\n      score\n      reasons\n      companion {\n        id\n        firstName\n        lastName\n        stage\n      }\n    }\n  }\n}": types.CompanionCandidatesDocument,
    "query CompanionConsents {\n  myCompanionProfile {\n    id\n    stage\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      family {\n        id\n      }\n    }\n    meetings {\n      attended\n    }\n  }\n}": types.CompanionConsentsDocument,
    "query CompanionReminders {\n  myCompanionProfile {\n    id\n    reminders {\n      kind\n      family {\n        id\n        displayName\n      }\n      item {\n        id\n        source\n        title\n        startsAt\n        endsAt\n        status\n        location {\n          name\n          address\n        }\n      }\n    }\n  }\n}": types.CompanionRemindersDocument,
    "mutation CreateActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    capacity\n  }\n}": types.CreateActivityDocument,
    "mutation CreateBenefitApplication($input: CreateBenefitApplicationInput!) {\n  createBenefitApplication(input: $input) {\n    id\n    kind\n    status\n    version\n    housingCase {\n      id\n    }\n  }\n}": types.CreateBenefitApplicationDocument,
    "mutation DecideBenefitApplication($input: DecideBenefitApplicationInput!) {\n  decideBenefitApplication(input: $input) {\n    id\n    status\n    version\n    decision {\n      outcome\n      amountCents\n      periodFrom\n      periodTo\n      reasoning\n      decidedOn\n    }\n  }\n}": types.DecideBenefitApplicationDocument,
    "mutation DecideHoursEntry($input: DecideHoursEntryInput!) {\n  decideHoursEntry(input: $input) {\n    id\n    status\n    decidedAt\n  }\n}": types.DecideHoursEntryDocument,
    "mutation EndCompanionAssignment($input: EndCompanionAssignmentInput!) {\n  endCompanionAssignment(input: $input) {\n    id\n    status\n    endsOn\n    endedBy\n    endReason\n  }\n}": types.EndCompanionAssignmentDocument,
    "query FamilyAccessLog($id: ID!) {\n  family(id: $id) {\n    accessLog {\n      at\n      viewerId\n      viewerRole\n      category\n      operation\n      basis\n      service\n    }\n  }\n}": types.FamilyAccessLogDocument,
    "query FamilyBenefitStatuses($id: ID!) {\n  family(id: $id) {\n    id\n    benefitStatuses {\n      kind\n      status\n      open\n      missing\n    }\n    benefitApplications {\n      id\n      kind\n      status\n      submittedOn\n    }\n  }\n}": types.FamilyBenefitStatusesDocument,
    "query FamilyCompanions($id: ID!) {\n  family(id: $id) {\n    id\n    companionAssignments {\n      id\n      startsOn\n      endsOn\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n  }\n}": types.FamilyCompanionsDocument,
    "query FamilyConsents($id: ID!) {\n  family(id: $id) {\n    id\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n    companionAssignments {\n      id\n      status\n      startsOn\n      endsOn\n      endedBy\n      endReason\n      companion {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n}": types.FamilyConsentsDocument,
    "query FamilyHelp($id: ID!) {\n  family(id: $id) {\n    id\n    displayName\n    helpRequests {\n      id\n      receivedAt\n      status\n    }\n    needsAssessments {\n      id\n      contactedOn\n      startDueBy\n      completionDueBy\n      deadlineState\n    }\n    servicePlans {\n      id\n      status\n      goals {\n        description\n        status\n      }\n      services {\n        service\n      }\n      nextReviewOn\n      appointments {\n        id\n        startsAt\n        status\n      }\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": types.FamilyHelpDocument,
    "query FeedbackReport($from: LocalDate!, $to: LocalDate!) {\n  feedbackReport(from: $from, to: $to) {\n    from\n    to\n    formsSent\n    answered\n    byService {\n      service\n      formsSent\n      answered\n      averageHelpfulness\n      goalsMet\n      goalsPartlyMet\n      goalsNotMet\n      wouldRecommend\n    }\n  }\n}": types.FeedbackReportDocument,
    "mutation GiveSupervisionFeedback($input: GiveSupervisionFeedbackInput!) {\n  giveSupervisionFeedback(input: $input) {\n    id\n  }\n}": types.GiveSupervisionFeedbackDocument,
    "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}": types.GrantConsentDocument,
    "query HelpRequestQueue($statuses: [HelpRequestStatus!], $first: Int) {\n  helpRequestQueue(statuses: $statuses, first: $first) {\n    id\n    contactName\n    phone\n    email\n    preferredChannel\n    situation\n    childrenAges\n    receivedAt\n    respondBy\n    overdue\n    status\n    firstResponse {\n      at\n      channel\n      outcome\n    }\n  }\n}": types.HelpRequestQueueDocument,
    "query HostMonth($hostId: ID!, $month: String!) {\n  hostMonth(hostId: $hostId, month: $month) {\n    hostId\n    month\n    quotaMinutes\n    approvedMinutes\n    pendingMinutes\n    quotaState\n    goalStatuses\n    entries {\n      id\n      date\n      minutes\n      kind\n      status\n    }\n    compensation {\n      form\n      totalCents\n      goalBonusEarned\n      lines {\n        kind\n        description\n        amountCents\n      }\n    }\n  }\n}": types.HostMonthDocument,
    "query HostMonths($month: String!) {\n  hostMonths(month: $month) {\n    hostId\n    host {\n      firstName\n      lastName\n      employment\n    }\n    approvedMinutes\n    pendingMinutes\n    quotaMinutes\n    quotaState\n    compensation {\n      totalCents\n      goalBonusEarned\n    }\n  }\n}": types.HostMonthsDocument,
    "query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}": types.HousingOutcomesDocument,
    "mutation LinkHelpRequestToCase($input: LinkHelpRequestToCaseInput!) {\n  linkHelpRequestToCase(input: $input) {\n    id\n    status\n    family {\n      id\n      displayName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n}": types.LinkHelpRequestToCaseDocument,
    "mutation LogHours($input: LogHoursInput!) {\n  logHours(input: $input) {\n    id\n    date\n    startsAt\n    minutes\n    kind\n    status\n    families {\n      id\n    }\n  }\n}": types.LogHoursDocument,
    "query MyAgenda {\n  myFamilies {\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}": types.MyAgendaDocument,
    "query MyCompanionProfile {\n  myCompanionProfile {\n    id\n    firstName\n    lastName\n    phone\n    organisation\n  }\n}": types.MyCompanionProfileDocument,
    "query MyFamilies {\n  myFamilies {\n    id\n    displayName\n    address\n    members {\n      id\n      role\n      firstName\n      lastName\n      phone\n      email\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      endsAt\n      status\n    }\n    unavailableAgendaSources\n  }\n}": types.MyFamiliesDocument,
    "query MyHostGroups {\n  myHostGroups {\n    id\n    name\n    host {\n      id\n      firstName\n      lastName\n    }\n    families {\n      id\n      displayName\n    }\n  }\n}": types.MyHostGroupsDocument,
    "query MyHousingAlerts {\n  myHousingAlerts {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    description\n    reportedAt\n    caseStatus\n    tenancy {\n      id\n      address\n    }\n  }\n}": types.MyHousingAlertsDocument,
    "query MyHousingCases {\n  myHousingCases {\n    id\n    kind\n    alertType\n    openedOn\n    firstContactDueOn\n    firstContactOn\n    problemCategories\n    version\n    servicePlan {\n      id\n    }\n    homeVisits {\n      id\n      visitedOn\n      participants {\n        userId\n        role\n      }\n      findings\n    }\n    referrals {\n      kind\n      referredOn\n    }\n    followUps {\n      followedUpOn\n      status\n    }\n  }\n}": types.MyHousingCasesDocument,
    "query MyTenancies {\n  myTenancies {\n    id\n    address\n  }\n}": types.MyTenanciesDocument,
    "query MyVolunteerOrganisation($stage: CompanionStage) {\n  myVolunteerOrganisation {\n    name\n    companions(stage: $stage) {\n      id\n      firstName\n      lastName\n      stage\n      languages\n      area\n      maxFamilies\n    }\n    meetings {\n      id\n      kind\n      heldOn\n      topic\n      attendance {\n        attended\n        companion {\n          id\n        }\n      }\n    }\n    feedbackSummary {\n      meetings\n      responses\n      averageUsefulness\n      averageFeelsSupported\n      workload {\n        LIGHT\n        RIGHT\n        HEAVY\n      }\n      continuing\n    }\n    appointmentOutcomes {\n      before {\n        kept\n        missed\n        keptShare\n      }\n      during {\n        kept\n        missed\n        keptShare\n      }\n      families {\n        family {\n          id\n        }\n        companionshipStartsOn\n        companionshipEndsOn\n        before {\n          kept\n          missed\n          keptShare\n        }\n        during {\n          kept\n          missed\n          keptShare\n        }\n      }\n    }\n  }\n}": types.MyVolunteerOrganisationDocument,
    "query NeedsAssessmentsNearDeadline {\n  needsAssessmentsNearDeadline {\n    id\n    family {\n      id\n      displayName\n    }\n    contactedOn\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n    responsibleWorker {\n      firstName\n      lastName\n    }\n  }\n}": types.NeedsAssessmentsNearDeadlineDocument,
    "mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}": types.OpenMoveToOwnTenancyDocument,
    "mutation OpenNeedsAssessment($input: OpenNeedsAssessmentInput!) {\n  openNeedsAssessment(input: $input) {\n    id\n    contactedOn\n    specialSupport\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n  }\n}": types.OpenNeedsAssessmentDocument,
    "query PendingHoursEntries {\n  pendingHoursEntries {\n    id\n    hostId\n    date\n    minutes\n    kind\n    status\n  }\n}": types.PendingHoursEntriesDocument,
    "mutation RecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n    attended\n  }\n}": types.RecordAttendanceDocument,
    "mutation RecordHeadCount($input: RecordHeadCountInput!) {\n  recordHeadCount(input: $input) {\n    id\n    headCount\n  }\n}": types.RecordHeadCountDocument,
    "mutation RecordHomeVisit($input: RecordHomeVisitInput!) {\n  recordHomeVisit(input: $input) {\n    id\n    visitedOn\n    participants {\n      userId\n      role\n    }\n    findings\n  }\n}": types.RecordHomeVisitDocument,
    "mutation RecordHousingFollowUp($input: RecordHousingFollowUpInput!) {\n  recordHousingFollowUp(input: $input) {\n    id\n    followedUpOn\n    status\n  }\n}": types.RecordHousingFollowUpDocument,
    "mutation RecordVolunteerMeeting($input: RecordVolunteerMeetingInput!) {\n  recordVolunteerMeeting(input: $input) {\n    id\n    kind\n    heldOn\n    attendance {\n      attended\n      companion {\n        id\n      }\n    }\n  }\n}": types.RecordVolunteerMeetingDocument,
    "mutation ReferFamilyToCompanionship($input: ReferFamilyToCompanionshipInput!) {\n  referFamilyToCompanionship(input: $input) {\n    id\n    referredOn\n    status\n  }\n}": types.ReferFamilyToCompanionshipDocument,
    "mutation ReferFamilyToHostGroup($input: ReferFamilyToHostGroupInput!) {\n  referFamilyToHostGroup(input: $input) {\n    id\n    name\n    families {\n      id\n    }\n  }\n}": types.ReferFamilyToHostGroupDocument,
    "mutation ReferHousingClient($input: ReferHousingClientInput!) {\n  referHousingClient(input: $input) {\n    id\n    kind\n    referredOn\n  }\n}": types.ReferHousingClientDocument,
    "mutation RegisterFamily($input: RegisterFamilyInput!) {\n  registerFamily(input: $input) {\n    id\n    displayName\n    members {\n      id\n      role\n      firstName\n      lastName\n    }\n  }\n}": types.RegisterFamilyDocument,
    "mutation RenewConsent($input: RenewConsentInput!) {\n  renewConsent(input: $input) {\n    id\n    status\n    validUntil\n  }\n}": types.RenewConsentDocument,
    "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}": types.ReportHousingAlertDocument,
    "mutation RespondToHelpRequest($input: RespondToHelpRequestInput!) {\n  respondToHelpRequest(input: $input) {\n    id\n    status\n    overdue\n    firstResponse {\n      at\n      channel\n      outcome\n      respondedBy\n    }\n  }\n}": types.RespondToHelpRequestDocument,
    "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}": types.RevokeConsentDocument,
    "query SearchFamilies($text: String!, $first: Int, $after: String) {\n  searchFamilies(text: $text, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        address\n        members {\n          id\n          role\n          firstName\n          lastName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.SearchFamiliesDocument,
    "mutation SetHostGoalStatus($input: SetHostGoalStatusInput!) {\n  setHostGoalStatus(input: $input) {\n    id\n    status\n    version\n  }\n}": types.SetHostGoalStatusDocument,
    "mutation SetHostGoal($input: SetHostGoalInput!) {\n  setHostGoal(input: $input) {\n    id\n    description\n    dueOn\n    status\n    version\n  }\n}": types.SetHostGoalDocument,
    "mutation SignUpForActivity($input: SignUpForActivityInput!) {\n  signUpForActivity(input: $input) {\n    id\n    activityId\n    participants\n    attended\n  }\n}": types.SignUpForActivityDocument,
    "mutation StartBenefitReview($input: BenefitApplicationStepInput!) {\n  startBenefitReview(input: $input) {\n    id\n    status\n    version\n  }\n}": types.StartBenefitReviewDocument,
    "mutation SubmitBenefitApplication($input: BenefitApplicationStepInput!) {\n  submitBenefitApplication(input: $input) {\n    id\n    status\n    submittedOn\n    version\n  }\n}": types.SubmitBenefitApplicationDocument,
    "mutation UpdateHousingCase($input: UpdateHousingCaseInput!) {\n  updateHousingCase(input: $input) {\n    id\n    firstContactOn\n    problemCategories\n    servicePlan {\n      id\n    }\n    version\n  }\n}": types.UpdateHousingCaseDocument,
    "mutation WriteServicePlan($input: WriteServicePlanInput!) {\n  writeServicePlan(input: $input) {\n    id\n    status\n    writtenOn\n    participants {\n      id\n      firstName\n    }\n    goals {\n      id\n      description\n      status\n    }\n    services {\n      id\n      service\n      details\n      responsibleWorker {\n        firstName\n        lastName\n        title\n      }\n    }\n    reviewDates\n    nextReviewOn\n  }\n}": types.WriteServicePlanDocument,
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
export function graphql(source: "query Activities($from: LocalDate, $to: LocalDate) {\n  meetingPlaces {\n    id\n    name\n    kind\n    address\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    partnerOrganisations\n  }\n  activities(from: $from, to: $to) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    meetingPoint\n    place {\n      id\n      name\n    }\n    capacity\n    placesLeft\n    headCount\n    signUps {\n      id\n      participants\n      attended\n      family {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["query Activities($from: LocalDate, $to: LocalDate) {\n  meetingPlaces {\n    id\n    name\n    kind\n    address\n    openingHours {\n      weekday\n      opens\n      closes\n    }\n    partnerOrganisations\n  }\n  activities(from: $from, to: $to) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    meetingPoint\n    place {\n      id\n      name\n    }\n    capacity\n    placesLeft\n    headCount\n    signUps {\n      id\n      participants\n      attended\n      family {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n  answerFeedback(input: $input) {\n    message\n  }\n}"): (typeof documents)["mutation AnswerFeedback($input: AnswerFeedbackInput!) {\n  answerFeedback(input: $input) {\n    message\n  }\n}"];
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
export function graphql(source: "mutation BookServicePlanAppointment($input: BookServicePlanAppointmentInput!) {\n  bookServicePlanAppointment(input: $input) {\n    id\n    startsAt\n    endsAt\n    status\n    purpose\n    office {\n      name\n      address\n    }\n    caseWorker {\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["mutation BookServicePlanAppointment($input: BookServicePlanAppointmentInput!) {\n  bookServicePlanAppointment(input: $input) {\n    id\n    startsAt\n    endsAt\n    status\n    purpose\n    office {\n      name\n      address\n    }\n    caseWorker {\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeCompanionStage($input: ChangeCompanionStageInput!) {\n  changeCompanionStage(input: $input) {\n    id\n    stage\n  }\n}"): (typeof documents)["mutation ChangeCompanionStage($input: ChangeCompanionStageInput!) {\n  changeCompanionStage(input: $input) {\n    id\n    stage\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}"): (typeof documents)["mutation CloseHousingCase($input: CloseHousingCaseInput!) {\n  closeHousingCase(input: $input) {\n    id\n    outcome\n    closedOn\n    eviction {\n      type\n      evictedOn\n    }\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CloseServicePlan($input: CloseServicePlanInput!) {\n  closeServicePlan(input: $input) {\n    plan {\n      id\n      status\n      closedOn\n    }\n    feedbackToken\n  }\n}"): (typeof documents)["mutation CloseServicePlan($input: CloseServicePlanInput!) {\n  closeServicePlan(input: $input) {\n    plan {\n      id\n      status\n      closedOn\n    }\n    feedbackToken\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}"): (typeof documents)["query CompanionAgenda {\n  myFamilies {\n    id\n    displayName\n    agenda {\n      source\n      title\n      startsAt\n      endsAt\n      status\n      location {\n        name\n        address\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanionCandidates {\n  companionReferrals(status: OPEN) {\n    id\n    referredOn\n    languages\n    area\n    availability\n    needs\n    family {\n      id\n    }\n    candidates {\n      score\n      reasons\n      companion {\n        id\n        firstName\n        lastName\n        stage\n      }\n    }\n  }\n}"): (typeof documents)["query CompanionCandidates {\n  companionReferrals(status: OPEN) {\n    id\n    referredOn\n    languages\n    area\n    availability\n    needs\n    family {\n      id\n    }\n    candidates {\n      score\n      reasons\n      companion {\n        id\n        firstName\n        lastName\n        stage\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanionConsents {\n  myCompanionProfile {\n    id\n    stage\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      family {\n        id\n      }\n    }\n    meetings {\n      attended\n    }\n  }\n}"): (typeof documents)["query CompanionConsents {\n  myCompanionProfile {\n    id\n    stage\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      family {\n        id\n      }\n    }\n    meetings {\n      attended\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CompanionReminders {\n  myCompanionProfile {\n    id\n    reminders {\n      kind\n      family {\n        id\n        displayName\n      }\n      item {\n        id\n        source\n        title\n        startsAt\n        endsAt\n        status\n        location {\n          name\n          address\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CompanionReminders {\n  myCompanionProfile {\n    id\n    reminders {\n      kind\n      family {\n        id\n        displayName\n      }\n      item {\n        id\n        source\n        title\n        startsAt\n        endsAt\n        status\n        location {\n          name\n          address\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    capacity\n  }\n}"): (typeof documents)["mutation CreateActivity($input: CreateActivityInput!) {\n  createActivity(input: $input) {\n    id\n    title\n    kind\n    startsAt\n    endsAt\n    capacity\n  }\n}"];
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
export function graphql(source: "mutation DecideHoursEntry($input: DecideHoursEntryInput!) {\n  decideHoursEntry(input: $input) {\n    id\n    status\n    decidedAt\n  }\n}"): (typeof documents)["mutation DecideHoursEntry($input: DecideHoursEntryInput!) {\n  decideHoursEntry(input: $input) {\n    id\n    status\n    decidedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndCompanionAssignment($input: EndCompanionAssignmentInput!) {\n  endCompanionAssignment(input: $input) {\n    id\n    status\n    endsOn\n    endedBy\n    endReason\n  }\n}"): (typeof documents)["mutation EndCompanionAssignment($input: EndCompanionAssignmentInput!) {\n  endCompanionAssignment(input: $input) {\n    id\n    status\n    endsOn\n    endedBy\n    endReason\n  }\n}"];
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
export function graphql(source: "query FamilyConsents($id: ID!) {\n  family(id: $id) {\n    id\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n    companionAssignments {\n      id\n      status\n      startsOn\n      endsOn\n      endedBy\n      endReason\n      companion {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n}"): (typeof documents)["query FamilyConsents($id: ID!) {\n  family(id: $id) {\n    id\n    consents {\n      id\n      status\n      scopes\n      validUntil\n      revokedAt\n      companion {\n        id\n        firstName\n        lastName\n        organisation\n      }\n    }\n    companionAssignments {\n      id\n      status\n      startsOn\n      endsOn\n      endedBy\n      endReason\n      companion {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FamilyHelp($id: ID!) {\n  family(id: $id) {\n    id\n    displayName\n    helpRequests {\n      id\n      receivedAt\n      status\n    }\n    needsAssessments {\n      id\n      contactedOn\n      startDueBy\n      completionDueBy\n      deadlineState\n    }\n    servicePlans {\n      id\n      status\n      goals {\n        description\n        status\n      }\n      services {\n        service\n      }\n      nextReviewOn\n      appointments {\n        id\n        startsAt\n        status\n      }\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}"): (typeof documents)["query FamilyHelp($id: ID!) {\n  family(id: $id) {\n    id\n    displayName\n    helpRequests {\n      id\n      receivedAt\n      status\n    }\n    needsAssessments {\n      id\n      contactedOn\n      startDueBy\n      completionDueBy\n      deadlineState\n    }\n    servicePlans {\n      id\n      status\n      goals {\n        description\n        status\n      }\n      services {\n        service\n      }\n      nextReviewOn\n      appointments {\n        id\n        startsAt\n        status\n      }\n    }\n    agenda {\n      id\n      source\n      title\n      startsAt\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedbackReport($from: LocalDate!, $to: LocalDate!) {\n  feedbackReport(from: $from, to: $to) {\n    from\n    to\n    formsSent\n    answered\n    byService {\n      service\n      formsSent\n      answered\n      averageHelpfulness\n      goalsMet\n      goalsPartlyMet\n      goalsNotMet\n      wouldRecommend\n    }\n  }\n}"): (typeof documents)["query FeedbackReport($from: LocalDate!, $to: LocalDate!) {\n  feedbackReport(from: $from, to: $to) {\n    from\n    to\n    formsSent\n    answered\n    byService {\n      service\n      formsSent\n      answered\n      averageHelpfulness\n      goalsMet\n      goalsPartlyMet\n      goalsNotMet\n      wouldRecommend\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GiveSupervisionFeedback($input: GiveSupervisionFeedbackInput!) {\n  giveSupervisionFeedback(input: $input) {\n    id\n  }\n}"): (typeof documents)["mutation GiveSupervisionFeedback($input: GiveSupervisionFeedbackInput!) {\n  giveSupervisionFeedback(input: $input) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}"): (typeof documents)["mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    companionId\n    scopes\n    validUntil\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelpRequestQueue($statuses: [HelpRequestStatus!], $first: Int) {\n  helpRequestQueue(statuses: $statuses, first: $first) {\n    id\n    contactName\n    phone\n    email\n    preferredChannel\n    situation\n    childrenAges\n    receivedAt\n    respondBy\n    overdue\n    status\n    firstResponse {\n      at\n      channel\n      outcome\n    }\n  }\n}"): (typeof documents)["query HelpRequestQueue($statuses: [HelpRequestStatus!], $first: Int) {\n  helpRequestQueue(statuses: $statuses, first: $first) {\n    id\n    contactName\n    phone\n    email\n    preferredChannel\n    situation\n    childrenAges\n    receivedAt\n    respondBy\n    overdue\n    status\n    firstResponse {\n      at\n      channel\n      outcome\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostMonth($hostId: ID!, $month: String!) {\n  hostMonth(hostId: $hostId, month: $month) {\n    hostId\n    month\n    quotaMinutes\n    approvedMinutes\n    pendingMinutes\n    quotaState\n    goalStatuses\n    entries {\n      id\n      date\n      minutes\n      kind\n      status\n    }\n    compensation {\n      form\n      totalCents\n      goalBonusEarned\n      lines {\n        kind\n        description\n        amountCents\n      }\n    }\n  }\n}"): (typeof documents)["query HostMonth($hostId: ID!, $month: String!) {\n  hostMonth(hostId: $hostId, month: $month) {\n    hostId\n    month\n    quotaMinutes\n    approvedMinutes\n    pendingMinutes\n    quotaState\n    goalStatuses\n    entries {\n      id\n      date\n      minutes\n      kind\n      status\n    }\n    compensation {\n      form\n      totalCents\n      goalBonusEarned\n      lines {\n        kind\n        description\n        amountCents\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HostMonths($month: String!) {\n  hostMonths(month: $month) {\n    hostId\n    host {\n      firstName\n      lastName\n      employment\n    }\n    approvedMinutes\n    pendingMinutes\n    quotaMinutes\n    quotaState\n    compensation {\n      totalCents\n      goalBonusEarned\n    }\n  }\n}"): (typeof documents)["query HostMonths($month: String!) {\n  hostMonths(month: $month) {\n    hostId\n    host {\n      firstName\n      lastName\n      employment\n    }\n    approvedMinutes\n    pendingMinutes\n    quotaMinutes\n    quotaState\n    compensation {\n      totalCents\n      goalBonusEarned\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}"): (typeof documents)["query HousingOutcomes($municipality: String!, $from: LocalDate!, $to: LocalDate!) {\n  housingOutcomes(municipality: $municipality, from: $from, to: $to) {\n    clients\n    kept\n    lost\n    unresolved\n    openAtEnd\n    keptPercent\n    lostPercent\n    unresolvedPercent\n    problems {\n      problem\n      clients\n    }\n    evictionsByYear {\n      year\n      rentArrears\n      disturbance\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LinkHelpRequestToCase($input: LinkHelpRequestToCaseInput!) {\n  linkHelpRequestToCase(input: $input) {\n    id\n    status\n    family {\n      id\n      displayName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n}"): (typeof documents)["mutation LinkHelpRequestToCase($input: LinkHelpRequestToCaseInput!) {\n  linkHelpRequestToCase(input: $input) {\n    id\n    status\n    family {\n      id\n      displayName\n    }\n    case {\n      id\n      openedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogHours($input: LogHoursInput!) {\n  logHours(input: $input) {\n    id\n    date\n    startsAt\n    minutes\n    kind\n    status\n    families {\n      id\n    }\n  }\n}"): (typeof documents)["mutation LogHours($input: LogHoursInput!) {\n  logHours(input: $input) {\n    id\n    date\n    startsAt\n    minutes\n    kind\n    status\n    families {\n      id\n    }\n  }\n}"];
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
export function graphql(source: "query MyVolunteerOrganisation($stage: CompanionStage) {\n  myVolunteerOrganisation {\n    name\n    companions(stage: $stage) {\n      id\n      firstName\n      lastName\n      stage\n      languages\n      area\n      maxFamilies\n    }\n    meetings {\n      id\n      kind\n      heldOn\n      topic\n      attendance {\n        attended\n        companion {\n          id\n        }\n      }\n    }\n    feedbackSummary {\n      meetings\n      responses\n      averageUsefulness\n      averageFeelsSupported\n      workload {\n        LIGHT\n        RIGHT\n        HEAVY\n      }\n      continuing\n    }\n    appointmentOutcomes {\n      before {\n        kept\n        missed\n        keptShare\n      }\n      during {\n        kept\n        missed\n        keptShare\n      }\n      families {\n        family {\n          id\n        }\n        companionshipStartsOn\n        companionshipEndsOn\n        before {\n          kept\n          missed\n          keptShare\n        }\n        during {\n          kept\n          missed\n          keptShare\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MyVolunteerOrganisation($stage: CompanionStage) {\n  myVolunteerOrganisation {\n    name\n    companions(stage: $stage) {\n      id\n      firstName\n      lastName\n      stage\n      languages\n      area\n      maxFamilies\n    }\n    meetings {\n      id\n      kind\n      heldOn\n      topic\n      attendance {\n        attended\n        companion {\n          id\n        }\n      }\n    }\n    feedbackSummary {\n      meetings\n      responses\n      averageUsefulness\n      averageFeelsSupported\n      workload {\n        LIGHT\n        RIGHT\n        HEAVY\n      }\n      continuing\n    }\n    appointmentOutcomes {\n      before {\n        kept\n        missed\n        keptShare\n      }\n      during {\n        kept\n        missed\n        keptShare\n      }\n      families {\n        family {\n          id\n        }\n        companionshipStartsOn\n        companionshipEndsOn\n        before {\n          kept\n          missed\n          keptShare\n        }\n        during {\n          kept\n          missed\n          keptShare\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NeedsAssessmentsNearDeadline {\n  needsAssessmentsNearDeadline {\n    id\n    family {\n      id\n      displayName\n    }\n    contactedOn\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n    responsibleWorker {\n      firstName\n      lastName\n    }\n  }\n}"): (typeof documents)["query NeedsAssessmentsNearDeadline {\n  needsAssessmentsNearDeadline {\n    id\n    family {\n      id\n      displayName\n    }\n    contactedOn\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n    responsibleWorker {\n      firstName\n      lastName\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}"): (typeof documents)["mutation OpenMoveToOwnTenancy($input: OpenMoveToOwnTenancyInput!) {\n  openMoveToOwnTenancy(input: $input) {\n    id\n    kind\n    movedInOn\n    firstContactDueOn\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenNeedsAssessment($input: OpenNeedsAssessmentInput!) {\n  openNeedsAssessment(input: $input) {\n    id\n    contactedOn\n    specialSupport\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n  }\n}"): (typeof documents)["mutation OpenNeedsAssessment($input: OpenNeedsAssessmentInput!) {\n  openNeedsAssessment(input: $input) {\n    id\n    contactedOn\n    specialSupport\n    startDueBy\n    completionDueBy\n    startedOn\n    nextDeadline\n    deadlineState\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PendingHoursEntries {\n  pendingHoursEntries {\n    id\n    hostId\n    date\n    minutes\n    kind\n    status\n  }\n}"): (typeof documents)["query PendingHoursEntries {\n  pendingHoursEntries {\n    id\n    hostId\n    date\n    minutes\n    kind\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n    attended\n  }\n}"): (typeof documents)["mutation RecordAttendance($input: RecordAttendanceInput!) {\n  recordAttendance(input: $input) {\n    id\n    attended\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordHeadCount($input: RecordHeadCountInput!) {\n  recordHeadCount(input: $input) {\n    id\n    headCount\n  }\n}"): (typeof documents)["mutation RecordHeadCount($input: RecordHeadCountInput!) {\n  recordHeadCount(input: $input) {\n    id\n    headCount\n  }\n}"];
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
export function graphql(source: "mutation RecordVolunteerMeeting($input: RecordVolunteerMeetingInput!) {\n  recordVolunteerMeeting(input: $input) {\n    id\n    kind\n    heldOn\n    attendance {\n      attended\n      companion {\n        id\n      }\n    }\n  }\n}"): (typeof documents)["mutation RecordVolunteerMeeting($input: RecordVolunteerMeetingInput!) {\n  recordVolunteerMeeting(input: $input) {\n    id\n    kind\n    heldOn\n    attendance {\n      attended\n      companion {\n        id\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferFamilyToCompanionship($input: ReferFamilyToCompanionshipInput!) {\n  referFamilyToCompanionship(input: $input) {\n    id\n    referredOn\n    status\n  }\n}"): (typeof documents)["mutation ReferFamilyToCompanionship($input: ReferFamilyToCompanionshipInput!) {\n  referFamilyToCompanionship(input: $input) {\n    id\n    referredOn\n    status\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferFamilyToHostGroup($input: ReferFamilyToHostGroupInput!) {\n  referFamilyToHostGroup(input: $input) {\n    id\n    name\n    families {\n      id\n    }\n  }\n}"): (typeof documents)["mutation ReferFamilyToHostGroup($input: ReferFamilyToHostGroupInput!) {\n  referFamilyToHostGroup(input: $input) {\n    id\n    name\n    families {\n      id\n    }\n  }\n}"];
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
export function graphql(source: "mutation RenewConsent($input: RenewConsentInput!) {\n  renewConsent(input: $input) {\n    id\n    status\n    validUntil\n  }\n}"): (typeof documents)["mutation RenewConsent($input: RenewConsentInput!) {\n  renewConsent(input: $input) {\n    id\n    status\n    validUntil\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}"): (typeof documents)["mutation ReportHousingAlert($input: ReportHousingAlertInput!) {\n  reportHousingAlert(input: $input) {\n    id\n    type\n    arrearsCents\n    monthsInArrears\n    warningGivenOn\n    disturbanceKind\n    reportedAt\n    caseStatus\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RespondToHelpRequest($input: RespondToHelpRequestInput!) {\n  respondToHelpRequest(input: $input) {\n    id\n    status\n    overdue\n    firstResponse {\n      at\n      channel\n      outcome\n      respondedBy\n    }\n  }\n}"): (typeof documents)["mutation RespondToHelpRequest($input: RespondToHelpRequestInput!) {\n  respondToHelpRequest(input: $input) {\n    id\n    status\n    overdue\n    firstResponse {\n      at\n      channel\n      outcome\n      respondedBy\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}"): (typeof documents)["mutation RevokeConsent($id: ID!) {\n  revokeConsent(id: $id) {\n    id\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchFamilies($text: String!, $first: Int, $after: String) {\n  searchFamilies(text: $text, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        address\n        members {\n          id\n          role\n          firstName\n          lastName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query SearchFamilies($text: String!, $first: Int, $after: String) {\n  searchFamilies(text: $text, first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        displayName\n        address\n        members {\n          id\n          role\n          firstName\n          lastName\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHostGoalStatus($input: SetHostGoalStatusInput!) {\n  setHostGoalStatus(input: $input) {\n    id\n    status\n    version\n  }\n}"): (typeof documents)["mutation SetHostGoalStatus($input: SetHostGoalStatusInput!) {\n  setHostGoalStatus(input: $input) {\n    id\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetHostGoal($input: SetHostGoalInput!) {\n  setHostGoal(input: $input) {\n    id\n    description\n    dueOn\n    status\n    version\n  }\n}"): (typeof documents)["mutation SetHostGoal($input: SetHostGoalInput!) {\n  setHostGoal(input: $input) {\n    id\n    description\n    dueOn\n    status\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignUpForActivity($input: SignUpForActivityInput!) {\n  signUpForActivity(input: $input) {\n    id\n    activityId\n    participants\n    attended\n  }\n}"): (typeof documents)["mutation SignUpForActivity($input: SignUpForActivityInput!) {\n  signUpForActivity(input: $input) {\n    id\n    activityId\n    participants\n    attended\n  }\n}"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WriteServicePlan($input: WriteServicePlanInput!) {\n  writeServicePlan(input: $input) {\n    id\n    status\n    writtenOn\n    participants {\n      id\n      firstName\n    }\n    goals {\n      id\n      description\n      status\n    }\n    services {\n      id\n      service\n      details\n      responsibleWorker {\n        firstName\n        lastName\n        title\n      }\n    }\n    reviewDates\n    nextReviewOn\n  }\n}"): (typeof documents)["mutation WriteServicePlan($input: WriteServicePlanInput!) {\n  writeServicePlan(input: $input) {\n    id\n    status\n    writtenOn\n    participants {\n      id\n      firstName\n    }\n    goals {\n      id\n      description\n      status\n    }\n    services {\n      id\n      service\n      details\n      responsibleWorker {\n        firstName\n        lastName\n        title\n      }\n    }\n    reviewDates\n    nextReviewOn\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;