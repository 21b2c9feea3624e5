package host

import (
	"errors"
	"fmt"
	"slices"

	"github.com/shegong/shegong/plugins/sdk"
)

// ErrReformUnsupported matches (errors.Is) every *ReformUnsupportedError. The GraphQL layer maps
// it to REFORM_UNSUPPORTED.
var ErrReformUnsupported = errors.New("reform unsupported")

// ReformUnsupportedError says that a reform overrides a parameter of a region whose plugin
// cannot evaluate under overrides (it does not announce the reform feature): that region does
// not answer rather than answer the baseline as if it were the reform.
type ReformUnsupportedError struct{ Region string }

func (e *ReformUnsupportedError) Error() string {
	return fmt.Sprintf("region %s: 该地区插件不支持改革情景 / the region's plugin does not evaluate reforms", e.Region)
}

// Is makes errors.Is(err, ErrReformUnsupported) true.
func (e *ReformUnsupportedError) Is(target error) bool { return target == ErrReformUnsupported }

// Reform is a reform checked against the regions' parameters: its overrides, normalised
// (sdk.NormalizeOverrides), and the regions each applies to — every region whose plugin lists
// the parameter.
type Reform struct {
	Given     []sdk.Override // as given
	Overrides []sdk.Override // normalised, in the order given
	Hash      string         // sdk.ReformHash of Overrides
	byRegion  map[string][]sdk.Override
	at        map[string][]int // the index in Overrides of each of byRegion's
}

// For returns the overrides that apply to region (none for a nil Reform).
func (r *Reform) For(region string) []sdk.Override {
	if r == nil {
		return nil
	}
	return r.byRegion[region]
}

// given maps an *sdk.OverrideError about region's overrides to one about the reform as given.
func (r *Reform) given(region string, err error) error {
	var oe *sdk.OverrideError
	if r == nil || !errors.As(err, &oe) || oe.Index < 0 || oe.Index >= len(r.at[region]) {
		return err
	}
	out := *oe
	out.Index = r.at[region][oe.Index]
	return &out
}

// Reform checks overrides against the parameters of the loaded regions, as their plugins
// describe them, without calling a plugin: an unknown parameter, a value not of the
// parameter's kind or out of its range, a reversed window or one outside the parameter's
// validity is an *sdk.OverrideError naming the first such override. No overrides: a nil Reform.
func (h *Host) Reform(overrides []sdk.Override) (*Reform, error) {
	if len(overrides) == 0 {
		return nil, nil
	}
	r := &Reform{Given: slices.Clone(overrides), Overrides: make([]sdk.Override, len(overrides)), byRegion: map[string][]sdk.Override{}, at: map[string][]int{}}
	found := make([]bool, len(overrides))
	var first *sdk.OverrideError
	for _, region := range h.Regions() {
		s := h.slot(region)
		if s == nil || s.description() == nil {
			continue
		}
		params := s.description().Parameters
		var mine []sdk.Override
		var at []int
		for i, o := range overrides {
			if slices.ContainsFunc(params, func(p sdk.Parameter) bool { return p.ID == o.Parameter }) {
				mine, at, found[i] = append(mine, o), append(at, i), true
			}
		}
		if len(mine) == 0 {
			continue
		}
		norm, err := sdk.NormalizeOverrides(params, mine)
		if err != nil {
			var oe *sdk.OverrideError
			if !errors.As(err, &oe) {
				return nil, err
			}
			if e := *oe; first == nil || at[e.Index] < first.Index {
				e.Index = at[e.Index]
				first = &e
			}
			continue
		}
		for k, i := range at {
			r.Overrides[i] = norm[k]
		}
		r.byRegion[region], r.at[region] = norm, at
	}
	for i, ok := range found {
		if !ok && (first == nil || i < first.Index) {
			first = &sdk.OverrideError{Index: i, Field: "parameter",
				Message: "未知参数（见 policyParameters）/ unknown parameter (see policyParameters)"}
		}
	}
	if first != nil {
		return nil, first
	}
	r.Hash = sdk.ReformHash(r.Overrides)
	return r, nil
}

// reforms reports whether the region's serving instance evaluates reforms; true while none
// serves, so that the call fails as unavailable.
func (s *slot) reforms() bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur == nil || sdk.CanReform(s.cur.policy)
}
