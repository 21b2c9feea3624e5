package sdk

// Description is everything a region says about itself, for every date. The host caches it
// per plugin version and syncs it into the policy tables that GraphQL pages and filters.
type Description struct {
	Region          RegionInfo
	PluginVersion   string // the region plugin's own version, e.g. "1.0.0"
	ProtocolVersion int    // ProtocolVersion of the SDK it was built with
	// RulesetHash is a SHA-256 over the canonical form of the region's data (documents,
	// rules, parameters, coverage, catalog, pilot sites). Two plugins with the same hash apply
	// the same data; an evaluation records it so results can be reproduced.
	RulesetHash string
	Documents   []Document
	Rules       []Rule
	Parameters  []Parameter
	Coverage    []Coverage
	Catalog     []CatalogItem
	PilotSites  []PilotSite
}

// RegionInfo identifies a region. Code is a contract (shenzhen, hunan, sichuan, yunnan,
// zhuzhou, or an external region's own code).
type RegionInfo struct {
	Code      string
	NameZh    string
	NameEn    string
	Level     string // province | city | county
	AdminCode string // GB/T 2260 行政区划代码, e.g. 440300
	Parent    string // parent region code whose rules also apply (株洲 → 湖南); "" for none
}

// Document is a source policy document.
type Document struct {
	Key       string // e.g. SZ-2020
	TitleZh   string
	TitleEn   string
	Issuer    string
	DocNumber string // 文号, "" when not in the seed
	IssuedOn  Date
	Validity  Validity
	SeedFile  string // file name of the document's text in sources/ (the rule registry's text)
	Notes     string
	// ValidFromLatest is set when the document states no date of effect and Validity.From is
	// inferred (推定): From is then the earliest day the document supports and ValidFromLatest
	// the latest day it can have taken effect (the notes say what the inference rests on).
	// Between the two the document may not yet have existed, so no subject is failed on such a
	// day (Ruleset.UnsureStart). nil when the date of effect is stated.
	ValidFromLatest *Date `json:",omitempty"`
}

// StartInferred reports whether the document's date of effect is inferred, not stated.
func (d Document) StartInferred() bool { return d.ValidFromLatest != nil }

// RuleStatus says whether and how far a rule is encoded.
type RuleStatus string

const (
	RuleModelled    RuleStatus = "MODELLED"     // encoded and checked
	RulePartial     RuleStatus = "PARTIAL"      // encoded as far as the data allows; Reason says what is missing
	RuleNotModelled RuleStatus = "NOT_MODELLED" // regulated but not encoded; Reason says why
)

// Rule is one provision of a document, with the id it has in the rule registry (sources/registry.yaml).
type Rule struct {
	ID        string // e.g. SZ-BUDGET-PACKAGE-MIN
	Concept   string // shared concept key, "" when it maps to none
	Category  string // budget | staffing | catalog | pilot | contract | reporting | governance | funding-fact | target
	TitleZh   string
	TitleEn   string
	AppliesTo []SubjectKind
	Status    RuleStatus
	Reason    string // for PARTIAL and NOT_MODELLED
	Validity  Validity
	Citation  Citation
	// Check is the rule's declared check (ruleset.yaml `check:`), evaluated by the SDK; nil for
	// a rule written in Go or not modelled. It is part of the ruleset hash.
	Check *Check `json:",omitempty"`
}

// ValueKind says how a Parameter's Value is written.
type ValueKind string

const (
	KindMoney   ValueKind = "MONEY"   // yuan with two decimals: "163000.00"
	KindRatio   ValueKind = "RATIO"   // exact fraction: "17/20"
	KindInteger ValueKind = "INTEGER" // "40"
	KindDate    ValueKind = "DATE"    // "2023-12-31"
	KindBool    ValueKind = "BOOL"    // "true"
	KindText    ValueKind = "TEXT"    // free text or an enumeration joined with "、"
)

// Parameter is one dated value of a rule parameter, e.g. the Shenzhen package floor
// 163000.00 CNY/person/year from 2020-11-12 to 2025-11-11.
type Parameter struct {
	ID       string // unique within the region, stable across versions, e.g. SZ.budget.package_min
	RuleID   string
	Concept  string
	Kind     ValueKind
	Value    string
	Unit     string
	Validity Validity
	Citation Citation
	Note     string
}

// CoverageStatus says what a region does with a shared concept.
type CoverageStatus string

const (
	CoverageDefined      CoverageStatus = "DEFINED"       // a parameter with value and citation exists
	CoverageNotRegulated CoverageStatus = "NOT_REGULATED" // the region's documents are silent
	CoverageNotModelled  CoverageStatus = "NOT_MODELLED"  // regulated, not encoded (Reason says why)
)

// Coverage is a region's answer for one shared concept.
type Coverage struct {
	Concept string
	Status  CoverageStatus
	Reason  string
	RuleIDs []string
}

// CatalogItem is something that may be purchased or a named group/domain of a region's
// catalog, mapped to the shared taxonomy (DOM-*, GRP-*, MTH-*).
type CatalogItem struct {
	Code        string   // region-scoped id, e.g. SZ-DOM-06
	Kind        string   // domain | service-area | catalogue-item | priority-group | service-type | purchase-item
	TermZh      string   // the region's own term, label of record: 精神卫生
	TermEn      string   // English
	SharedCodes []string // shared taxonomy codes it maps to
	Match       string   // = < > ~ (same, narrower, broader, partial) against SharedCodes
	Level       string   // 乡镇(街道) | 村(社区) | ""
	HighRisk    bool     // Shenzhen's 高风险 domains
	Validity    Validity
	Citation    Citation
}

// PilotSite is a place named as a pilot (试点).
type PilotSite struct {
	Code       string
	NameZh     string
	NameEn     string
	Kind       string // pilot-county | pilot-township | pilot-city | station-cluster ...
	AdminLevel string // province | prefecture | county | township
	Note       string
	Validity   Validity
	Citation   Citation
}
