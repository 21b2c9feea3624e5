package graph

import (
	"github.com/shegong/shegong/graph/generated"
	"github.com/shegong/shegong/graph/limits"
)

// setComplexity charges connections page size × selection, so that the
// complexity limit bounds the rows a query can touch.
func setComplexity(c *generated.ComplexityRoot) {
	limits.ConnectionComplexity(c, MaxPageSize)
}
