package sdk

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strings"
)

// rulesetHashDomain versions the canonical encoding: changing what is hashed or how must
// change this string, so that old and new hashes never collide by accident.
const rulesetHashDomain = "shegong-ruleset-v1\n"

// RulesetHash returns the lowercase hex SHA-256 of the canonical form of d's data: region
// identity, documents, rules (with their declared checks), parameters, coverage, catalog and
// pilot sites. The plugin and protocol versions and any hash already set are excluded, so that
// rebuilding a plugin with the same data keeps its hash, and the order in which a region lists
// its entries does not matter (every list is sorted by its key first).
func RulesetHash(d *Description) string {
	canon := struct {
		Region     RegionInfo
		Documents  []Document
		Rules      []Rule
		Parameters []Parameter
		Coverage   []Coverage
		Catalog    []CatalogItem
		PilotSites []PilotSite
	}{
		Region:     d.Region,
		Documents:  sortedBy(d.Documents, func(x Document) string { return x.Key }),
		Rules:      sortedBy(d.Rules, func(x Rule) string { return x.ID }),
		Parameters: sortedBy(d.Parameters, func(x Parameter) string { return x.ID }),
		Coverage:   sortedBy(d.Coverage, func(x Coverage) string { return x.Concept }),
		Catalog:    sortedBy(d.Catalog, func(x CatalogItem) string { return x.Code }),
		PilotSites: sortedBy(d.PilotSites, func(x PilotSite) string { return x.Code }),
	}
	// encoding/json is canonical enough here: struct fields are emitted in declaration
	// order, and the one map (a declared check's texts) is emitted with its keys sorted.
	b, err := json.Marshal(canon)
	if err != nil {
		panic("sdk: ruleset hash: " + err.Error()) // plain data types: cannot fail
	}
	h := sha256.New()
	h.Write([]byte(rulesetHashDomain))
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// sortedBy returns a sorted copy; ties keep their order, so duplicate keys (which the
// conformance kit reports) still hash deterministically.
func sortedBy[T any](xs []T, key func(T) string) []T {
	out := slices.Clone(xs)
	slices.SortStableFunc(out, func(a, b T) int { return strings.Compare(key(a), key(b)) })
	return out
}
