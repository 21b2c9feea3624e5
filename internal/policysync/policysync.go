// Package policysync copies what every region plugin says about itself (its Describe: documents,
// parameters, coverage, catalog, pilot sites) into the policy tables, so that GraphQL can page and
// filter policy data and the policy matrix can be built without a plugin call per cell.
//
// A region's rows are replaced in one transaction, so a reader sees either the old ruleset or the
// new one, never a mix, and a sync that fails half way leaves the old rows in place. A region whose
// plugin version and ruleset hash (and this package's row layout, syncFormat) are unchanged since
// the last sync is skipped: starting a server against a synced database writes nothing. Several
// servers may sync one PostgreSQL database at once: a region is synced under a PostgreSQL
// advisory lock named after it, so one server writes each plugin version's rows and the others,
// waiting on the lock, then find them written and skip (on SQLite the write transaction, which
// takes the database's write lock when it begins, does the same).
package policysync

import (
	"context"
	"errors"
	"fmt"
	"github.com/shegong/shegong/internal/auth"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/catalogitem"
	"github.com/shegong/shegong/ent/pilotsite"
	"github.com/shegong/shegong/ent/policycoverage"
	"github.com/shegong/shegong/ent/policydocument"
	"github.com/shegong/shegong/ent/policyparameter"
	entregion "github.com/shegong/shegong/ent/region"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/plugins/host"
	"github.com/shegong/shegong/plugins/sdk"
)

// syncFormat versions how this package lays out a description in rows. Bump it when that
// changes (a new column filled, a different mapping), so that servers re-sync regions whose
// plugin did not change but whose rows were written the old way.
const syncFormat = 2

// lockSpace keeps the advisory locks of policy sync (one per region code) apart from other
// named locks (storage.DB.Lock); "ps" in ASCII.
const lockSpace int32 = 0x7073

// Sync syncs every region the host serves. A region whose plugin is down or whose data cannot
// be written is logged and reported in the returned error (all such regions joined); the other
// regions are still synced. Sync makes no plugin call: Describe answers from the host's cache.
func Sync(ctx context.Context, db *storage.DB, h *host.Host, logger *slog.Logger) error {
	if logger == nil {
		logger = slog.Default()
	}
	regions := h.Regions()
	// Parents first, so that a region created here can point at its parent's row.
	regions = parentsFirst(h, regions)
	var errs []error
	for _, r := range regions {
		if err := SyncRegion(ctx, db, h, r, logger); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// Result says what SyncRegion did, for logs and tests.
type Result struct {
	Region  string
	Skipped bool // unchanged since the last sync
	Rows    int  // rows written (0 when skipped)
}

// SyncRegion syncs one region, e.g. after its plugin was reloaded.
func SyncRegion(ctx context.Context, db *storage.DB, h *host.Host, region string, logger *slog.Logger) error {
	_, err := syncRegion(ctx, db, h, region, logger)
	return err
}

// SyncRegionResult is SyncRegion that also reports whether the region was skipped.
func SyncRegionResult(ctx context.Context, db *storage.DB, h *host.Host, region string, logger *slog.Logger) (Result, error) {
	return syncRegion(ctx, db, h, region, logger)
}

func syncRegion(ctx context.Context, db *storage.DB, h *host.Host, region string, logger *slog.Logger) (Result, error) {
	if logger == nil {
		logger = slog.Default()
	}
	res := Result{Region: region}
	// The plugin's description is the source of truth for these tables: a system write,
	// recorded in PolicySource rather than row by row in the audit log.
	ctx = auth.Bulk(ctx)
	d, ref, err := h.Describe(region)
	if err != nil {
		logger.WarnContext(ctx, "policy sync: region not described; its policy tables keep their last rows", "region", region, "error", err)
		return res, fmt.Errorf("policy sync %s: %w", region, err)
	}
	client := db.Client
	// Cheap check before taking the lock: the common case at start-up is "nothing changed".
	if fresh, err := upToDate(ctx, client, region, d); err != nil {
		return res, fmt.Errorf("policy sync %s: %w", region, err)
	} else if fresh {
		res.Skipped = true
		logger.DebugContext(ctx, "policy sync: region unchanged", "region", region, "version", d.PluginVersion, "ruleset", short(d.RulesetHash))
		return res, nil
	}
	// One server at a time per region: the others wait here and then find the rows written
	// (write re-checks inside its transaction). Without it, replicas syncing an empty database
	// together would each try to create the region's row.
	unlock, err := db.Lock(ctx, lockSpace, region, logger)
	if err != nil {
		return res, fmt.Errorf("policy sync %s: %w", region, err)
	}
	defer unlock()

	start := time.Now()
	rows, skipped, err := writeTx(ctx, client, d, ref.Builtin)
	if err != nil {
		logger.ErrorContext(ctx, "policy sync failed; the region keeps its previous rows", "region", region, "version", d.PluginVersion, "error", err)
		return res, fmt.Errorf("policy sync %s (plugin %s): %w", region, d.PluginVersion, err)
	}
	res.Skipped, res.Rows = skipped, rows
	if skipped {
		logger.DebugContext(ctx, "policy sync: region synced by another server meanwhile", "region", region)
		return res, nil
	}
	logger.InfoContext(ctx, "policy tables synced", "region", region, "version", d.PluginVersion,
		"ruleset", short(d.RulesetHash), "rows", rows, "duration", time.Since(start).Round(time.Millisecond))
	return res, nil
}

func short(hash string) string { return hash[:min(12, len(hash))] }

// writeTx runs write in its own transaction.
func writeTx(ctx context.Context, client *ent.Client, d *sdk.Description, builtin bool) (rows int, skipped bool, err error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("begin: %w", err)
	}
	rows, skipped, err = write(ctx, tx.Client(), d, builtin)
	if err != nil {
		_ = tx.Rollback()
		return 0, false, err
	}
	if err := tx.Commit(); err != nil {
		return 0, false, fmt.Errorf("commit: %w", err)
	}
	return rows, skipped, nil
}

// upToDate reports whether the region's rows come from exactly this plugin version and ruleset.
func upToDate(ctx context.Context, c *ent.Client, region string, d *sdk.Description) (bool, error) {
	src, err := c.Region.Query().Where(entregion.Code(region)).QueryPolicySource().Only(ctx)
	if ent.IsNotFound(err) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read policy source: %w", err)
	}
	return src.PluginVersion == d.PluginVersion && src.RulesetHash == d.RulesetHash && src.SyncFormat == syncFormat, nil
}

// write replaces the region's policy rows inside the transaction of c. It reports skipped when
// another server wrote the same ruleset while this one waited for the region's lock.
func write(ctx context.Context, c *ent.Client, d *sdk.Description, builtin bool) (rows int, skipped bool, err error) {
	reg, err := regionRow(ctx, c, d)
	if err != nil {
		return 0, false, err
	}
	if fresh, err := upToDate(ctx, c, d.Region.Code, d); err != nil || fresh {
		return 0, fresh, err
	}

	// Parameters first: they point at documents.
	if _, err := c.PolicyParameter.Delete().Where(policyparameter.HasRegionWith(entregion.ID(reg.ID))).Exec(ctx); err != nil {
		return 0, false, fmt.Errorf("delete parameters: %w", err)
	}
	if _, err := c.PolicyDocument.Delete().Where(policydocument.HasRegionWith(entregion.ID(reg.ID))).Exec(ctx); err != nil {
		return 0, false, fmt.Errorf("delete documents: %w", err)
	}
	if _, err := c.PolicyCoverage.Delete().Where(policycoverage.HasRegionWith(entregion.ID(reg.ID))).Exec(ctx); err != nil {
		return 0, false, fmt.Errorf("delete coverage: %w", err)
	}
	if _, err := c.CatalogItem.Delete().Where(catalogitem.HasRegionWith(entregion.ID(reg.ID))).Exec(ctx); err != nil {
		return 0, false, fmt.Errorf("delete catalog items: %w", err)
	}
	if _, err := c.PilotSite.Delete().Where(pilotsite.HasRegionWith(entregion.ID(reg.ID))).Exec(ctx); err != nil {
		return 0, false, fmt.Errorf("delete pilot sites: %w", err)
	}

	docs := make([]*ent.PolicyDocumentCreate, len(d.Documents))
	for i, doc := range d.Documents {
		docs[i] = c.PolicyDocument.Create().SetRegionID(reg.ID).
			SetKey(doc.Key).SetTitleZh(doc.TitleZh).SetTitleEn(doc.TitleEn).SetIssuer(doc.Issuer).
			SetDocNumber(doc.DocNumber).SetNillableIssuedOn(timeOf(doc.IssuedOn)).SetSeedFile(doc.SeedFile).
			SetNillableValidFrom(timeOf(doc.Validity.From)).SetNillableValidTo(timeOf(doc.Validity.To))
		if doc.ValidFromLatest != nil {
			docs[i].SetValidFromLatest(doc.ValidFromLatest.Time())
		}
	}
	created, err := createBulk(ctx, "documents", docs, c.PolicyDocument.CreateBulk)
	if err != nil {
		return 0, false, err
	}
	docID := make(map[string]int, len(created))
	for _, doc := range created {
		docID[doc.Key] = doc.ID
	}

	params := make([]*ent.PolicyParameterCreate, len(d.Parameters))
	for i, p := range d.Parameters {
		b := c.PolicyParameter.Create().SetRegionID(reg.ID).
			SetParamID(p.ID).SetRuleID(p.RuleID).SetConcept(p.Concept).SetValue(p.Value).SetKind(string(p.Kind)).
			SetUnit(p.Unit).SetNote(p.Note).
			SetNillableValidFrom(timeOf(p.Validity.From)).SetNillableValidTo(timeOf(p.Validity.To)).
			SetCitationDocument(p.Citation.Document).SetCitationClause(p.Citation.Clause).SetCitationQuote(p.Citation.Quote)
		if id, ok := docID[p.Citation.Document]; ok {
			b.SetDocumentID(id)
		}
		params[i] = b
	}
	if _, err := createBulk(ctx, "parameters", params, c.PolicyParameter.CreateBulk); err != nil {
		return 0, false, err
	}

	cov := make([]*ent.PolicyCoverageCreate, len(d.Coverage))
	for i, cv := range d.Coverage {
		ids := cv.RuleIDs
		if ids == nil {
			ids = []string{}
		}
		cov[i] = c.PolicyCoverage.Create().SetRegionID(reg.ID).
			SetConcept(cv.Concept).SetStatus(policycoverage.Status(cv.Status)).SetReason(cv.Reason).SetRuleIds(ids)
	}
	if _, err := createBulk(ctx, "coverage", cov, c.PolicyCoverage.CreateBulk); err != nil {
		return 0, false, err
	}

	items := make([]*ent.CatalogItemCreate, len(d.Catalog))
	for i, it := range d.Catalog {
		codes := it.SharedCodes
		if codes == nil {
			codes = []string{}
		}
		items[i] = c.CatalogItem.Create().SetRegionID(reg.ID).
			SetCode(it.Code).SetTermZh(it.TermZh).SetTermEn(it.TermEn).SetKind(it.Kind).SetSharedCodes(codes).
			SetMatch(it.Match).SetLevel(it.Level).SetHighRisk(it.HighRisk).
			SetNillableValidFrom(timeOf(it.Validity.From)).SetNillableValidTo(timeOf(it.Validity.To)).
			SetCitationDocument(it.Citation.Document).SetCitationClause(it.Citation.Clause).SetCitationQuote(it.Citation.Quote)
	}
	if _, err := createBulk(ctx, "catalog items", items, c.CatalogItem.CreateBulk); err != nil {
		return 0, false, err
	}

	sites := make([]*ent.PilotSiteCreate, len(d.PilotSites))
	for i, s := range d.PilotSites {
		sites[i] = c.PilotSite.Create().SetRegionID(reg.ID).
			SetCode(s.Code).SetNameZh(s.NameZh).SetNameEn(s.NameEn).SetKind(s.Kind).SetAdminLevel(s.AdminLevel).SetNote(s.Note).
			SetNillableValidFrom(timeOf(s.Validity.From)).SetNillableValidTo(timeOf(s.Validity.To)).
			SetCitationDocument(s.Citation.Document).SetCitationClause(s.Citation.Clause).SetCitationQuote(s.Citation.Quote)
	}
	if _, err := createBulk(ctx, "pilot sites", sites, c.PilotSite.CreateBulk); err != nil {
		return 0, false, err
	}

	now := time.Now()
	src, err := c.Region.QueryPolicySource(reg).Only(ctx)
	switch {
	case ent.IsNotFound(err):
		err = c.PolicySource.Create().SetRegionID(reg.ID).SetPluginVersion(d.PluginVersion).
			SetRulesetHash(d.RulesetHash).SetSyncFormat(syncFormat).SetBuiltin(builtin).SetSyncedAt(now).Exec(ctx)
	case err == nil:
		err = src.Update().SetPluginVersion(d.PluginVersion).SetRulesetHash(d.RulesetHash).
			SetSyncFormat(syncFormat).SetBuiltin(builtin).SetSyncedAt(now).Exec(ctx)
	}
	if err != nil {
		return 0, false, fmt.Errorf("record policy source: %w", err)
	}
	rows = len(docs) + len(params) + len(cov) + len(items) + len(sites) + 1
	return rows, false, nil
}

// bulkChunk bounds the rows of one INSERT: SQLite allows at most 32,766 bound variables per
// statement, and a catalog row binds about 16.
const bulkChunk = 500

// createBulk inserts the builders in chunks of bulkChunk rows.
func createBulk[B any, T any, C interface {
	Save(context.Context) ([]T, error)
}](
	ctx context.Context, what string, builders []B, bulk func(...B) C,
) ([]T, error) {
	var out []T
	for lo := 0; lo < len(builders); lo += bulkChunk {
		got, err := bulk(builders[lo:min(lo+bulkChunk, len(builders))]...).Save(ctx)
		if err != nil {
			return nil, fmt.Errorf("insert %s: %w", what, err)
		}
		out = append(out, got...)
	}
	return out, nil
}

// regionRow returns the region's row, creating it from the description when the database does
// not have it yet (an external plugin's region, or a database started without demo data).
func regionRow(ctx context.Context, c *ent.Client, d *sdk.Description) (*ent.Region, error) {
	reg, err := c.Region.Query().Where(entregion.Code(d.Region.Code)).Only(ctx)
	if ent.IsNotFound(err) {
		return createRegion(ctx, c, d.Region)
	}
	if err != nil {
		return nil, fmt.Errorf("read region: %w", err)
	}
	return reg, nil
}

func createRegion(ctx context.Context, c *ent.Client, info sdk.RegionInfo) (*ent.Region, error) {
	var level entregion.Level
	switch strings.ToLower(info.Level) {
	case "province":
		level = entregion.LevelPROVINCE
	case "city":
		level = entregion.LevelCITY
	default:
		return nil, fmt.Errorf("create region %s: level %q is not one the model knows (province, city)", info.Code, info.Level)
	}
	b := c.Region.Create().SetCode(info.Code).SetNameZh(info.NameZh).SetNameEn(info.NameEn).
		SetLevel(level).SetAdminCode(info.AdminCode)
	if info.Parent != "" {
		parent, err := c.Region.Query().Where(entregion.Code(info.Parent)).Only(ctx)
		switch {
		case err == nil:
			b.SetParentID(parent.ID)
		case !ent.IsNotFound(err):
			return nil, fmt.Errorf("create region %s: find parent %s: %w", info.Code, info.Parent, err)
		}
	}
	reg, err := b.Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("create region %s from its plugin's description: %w", info.Code, err)
	}
	return reg, nil
}

// parentsFirst orders regions so that each comes after its parent (株洲 after 湖南): by the
// length of its chain, which is 1 for a region without a parent.
func parentsFirst(h *host.Host, regions []string) []string {
	depth := map[string]int{}
	for _, r := range regions {
		chain, _ := h.Chain(r) // an unknown region has no chain: depth 0, harmless
		depth[r] = len(chain)
	}
	out := slices.Clone(regions)
	slices.SortStableFunc(out, func(a, b string) int { return depth[a] - depth[b] })
	return out
}

// timeOf maps a Date to the nullable time column (midnight UTC); the zero Date (open end) is NULL.
func timeOf(d sdk.Date) *time.Time {
	if d.IsZero() {
		return nil
	}
	t := d.Time()
	return &t
}
