/* eslint-disable */
import * as types from './graphql';



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
    "\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n": typeof types.ExploreMatrixDocument,
    "\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: \"domain\" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExploreDomainTermsDocument,
    "\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ExploreCompareDocument,
    "\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n": typeof types.ExploreConceptsDocument,
    "\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n": typeof types.ExploreTimelineDocument,
};
const documents: Documents = {
    "\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n": types.ExploreMatrixDocument,
    "\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: \"domain\" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.ExploreDomainTermsDocument,
    "\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n": types.ExploreCompareDocument,
    "\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n": types.ExploreConceptsDocument,
    "\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n": types.ExploreTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreMatrix($asOf: Date) {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    policyMatrix(asOf: $asOf) {\n      concept\n      region\n      status\n      inheritedFrom\n      value\n      unit\n      validFrom\n      validTo\n      inForce\n      reason\n      ruleIds\n      citation {\n        document\n        title\n        clause\n        quote\n      }\n    }\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n          parent {\n            code\n          }\n        }\n      }\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n"): typeof import('./graphql').ExploreMatrixDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreDomainTerms {\n    catalogItems(first: 500, where: { kind: \"domain\" }, orderBy: { field: CODE }) {\n      edges {\n        node {\n          termZh\n          termEn\n          sharedCodes\n          highRisk\n          region {\n            code\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreDomainTermsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {\n    regions(first: 50, orderBy: { field: CODE }) {\n      edges {\n        node {\n          code\n          nameZh\n          nameEn\n        }\n      }\n    }\n    compare(subject: $subject, asOf: $asOf) {\n      region\n      asOf\n      status\n      budget {\n        minimumTotal\n        minimumLabor\n        maximumNonLabor\n        supervisionFund\n      }\n      findings {\n        ruleId\n        region\n        concept\n        status\n        actual\n        required\n        remedy\n        messageZh\n        messageEn\n        citation {\n          document\n          title\n          clause\n          quote\n        }\n      }\n      evaluatedBy {\n        region\n        plugin\n        pluginVersion\n        rulesetHash\n      }\n      error {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreCompareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreConcepts {\n    policyConcepts {\n      key\n      nameZh\n      nameEn\n      unit\n    }\n    plugins {\n      region\n      name\n      version\n      state\n      rulesetHash\n    }\n  }\n"): typeof import('./graphql').ExploreConceptsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExploreTimeline($concept: String!) {\n    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {\n      totalCount\n      edges {\n        node {\n          paramID\n          ruleID\n          value\n          kind\n          unit\n          validFrom\n          validTo\n          citationDocument\n          citationClause\n          citationQuote\n          region {\n            code\n            nameZh\n            nameEn\n          }\n          document {\n            key\n            titleZh\n            titleEn\n            issuedOn\n            validFrom\n            validTo\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ExploreTimelineDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
