package graph

import (
	"context"
	"time"

	"github.com/shegong/shegong/ent/schema/schematype"
	"github.com/shegong/shegong/graph/model"
	"github.com/shegong/shegong/internal/matrix"
)

// policyMatrix answers from the synced policy tables (internal/matrix), not from the plugins:
// a matrix of 16 concepts × 5 regions is three queries, not 80 plugin calls.
func (r *Resolver) policyMatrix(ctx context.Context, concepts, regions []string, asOf *time.Time) ([]*model.PolicyCell, error) {
	day, err := asOfDate(asOf)
	if err != nil {
		return nil, err
	}
	cells, err := matrix.Build(ctx, r.client, concepts, regions, day)
	if err != nil {
		return nil, err
	}
	out := make([]*model.PolicyCell, len(cells))
	for i, c := range cells {
		out[i] = cellOf(c)
	}
	return out, nil
}

func cellOf(c matrix.Cell) *model.PolicyCell {
	out := &model.PolicyCell{
		Region: c.Region, Concept: c.Concept, Status: model.PolicyCellStatus(c.Status),
		InheritedFrom: optString(c.InheritedFrom), Value: optString(c.Value), Unit: optString(c.Unit), Reason: optString(c.Reason),
		RuleIds: c.RuleIDs, InForce: c.InForce,
	}
	if out.RuleIds == nil {
		out.RuleIds = []string{}
	}
	if c.ValidFrom != nil {
		t := c.ValidFrom.Time()
		out.ValidFrom = &t
	}
	if c.ValidTo != nil {
		t := c.ValidTo.Time()
		out.ValidTo = &t
	}
	if c.ValidFromLatest != nil {
		t := c.ValidFromLatest.Time()
		out.ValidFromLatest, out.ValidFromInferred = &t, true
	}
	if ct := c.Citation; ct != nil {
		out.Citation = &schematype.Citation{Document: ct.Document, Title: ct.Title, Clause: ct.Clause, Quote: ct.Quote}
	}
	return out
}
