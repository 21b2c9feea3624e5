// Every GraphQL operation of the page. `npm run codegen` reads them and writes their types to
// src/gql/; the calls in the views are typed from these.
import { graphql } from './gql';

export const MatrixQuery = graphql(`
  query ExploreMatrix($asOf: Date) {
    policyConcepts {
      key
      nameZh
      nameEn
      unit
    }
    policyMatrix(asOf: $asOf) {
      concept
      region
      status
      inheritedFrom
      value
      unit
      validFrom
      validTo
      inForce
      reason
      ruleIds
      citation {
        document
        title
        clause
        quote
      }
    }
    regions(first: 50, orderBy: { field: CODE }) {
      edges {
        node {
          code
          nameZh
          nameEn
          parent {
            code
          }
        }
      }
    }
    plugins {
      region
      name
      version
      state
      rulesetHash
    }
  }
`);

export const DomainTermsQuery = graphql(`
  query ExploreDomainTerms($after: Cursor) {
    catalogItems(first: 100, after: $after, where: { kind: "domain" }, orderBy: { field: CODE }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          termZh
          termEn
          sharedCodes
          highRisk
          region {
            code
          }
        }
      }
    }
  }
`);

// The terms regions list for a station's or an organisation's list fields (facilities, systems,
// disclosures, registration conditions): the TEXT parameters of the concepts behind those rules,
// whose values enumerate the items joined with 、.
export const ListTermsQuery = graphql(`
  query ExploreListTerms($concepts: [String!]!, $after: Cursor) {
    policyParameters(first: 100, after: $after, where: { conceptIn: $concepts, kind: "TEXT" }, orderBy: { field: PARAM_ID }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          concept
          value
          region {
            code
          }
        }
      }
    }
  }
`);

export const CompareQuery = graphql(`
  query ExploreCompare($subject: SubjectInput!, $asOf: Date) {
    regions(first: 50, orderBy: { field: CODE }) {
      edges {
        node {
          code
          nameZh
          nameEn
        }
      }
    }
    compare(subject: $subject, asOf: $asOf) {
      region
      asOf
      status
      budget {
        minimumTotal
        minimumLabor
        maximumNonLabor
        supervisionFund
      }
      findings {
        ruleId
        region
        concept
        status
        actual
        required
        remedy
        messageZh
        messageEn
        citation {
          document
          title
          clause
          quote
        }
      }
      evaluatedBy {
        region
        plugin
        pluginVersion
        rulesetHash
      }
      error {
        code
        message
      }
    }
  }
`);

export const ConceptsQuery = graphql(`
  query ExploreConcepts {
    policyConcepts {
      key
      nameZh
      nameEn
      unit
    }
    plugins {
      region
      name
      version
      state
      rulesetHash
    }
  }
`);

export const TimelineQuery = graphql(`
  query ExploreTimeline($concept: String!) {
    policyParameters(first: 100, where: { concept: $concept }, orderBy: { field: PARAM_ID }) {
      totalCount
      edges {
        node {
          paramID
          ruleID
          value
          kind
          unit
          validFrom
          validTo
          citationDocument
          citationClause
          citationQuote
          region {
            code
            nameZh
            nameEn
          }
          document {
            key
            titleZh
            titleEn
            issuedOn
            validFrom
            validTo
          }
        }
      }
    }
  }
`);
