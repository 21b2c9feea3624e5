package evaluate

import "github.com/shegong/shegong/internal/auth"

// Evaluation budgets: how many subject × region evaluations one request may ask for, across
// every field of a GraphQL operation (evaluate, compare, compareBatch, the assess mutations)
// and every scenario of a CSV export. An evaluation holds its findings in memory until the
// response is written, so the budget bounds a request's memory and time before any plugin
// is called. Anonymous callers get a small one; a token (which its own rate limit and the
// audit of who holds it stand behind) gets enough for the largest compareBatch under the
// five built-in regions.
const (
	AnonymousBudget = 1000
	TokenBudget     = 50000
)

// Budget is the evaluation budget of one request by a caller of this role.
func Budget(role auth.Role) int {
	if role == auth.Anonymous || role == "" {
		return AnonymousBudget
	}
	return TokenBudget
}
