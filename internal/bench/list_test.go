package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/shegong/shegong/internal/app"
	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/internal/auth"
	"github.com/shegong/shegong/internal/seed"
	"github.com/shegong/shegong/internal/storage"
	"github.com/shegong/shegong/internal/testdb"
)

// EnvListDatabase names a PostgreSQL database for BenchmarkListProjects to reuse (seeded on
// first use), so that repeated runs, and scripts/bench-list.sh's other servers, read the same
// data; without it the benchmark seeds a fresh database under SHEGONG_TEST_POSTGRES_URL.
const EnvListDatabase = "SHEGONG_BENCH_LIST_DATABASE"

// EnvListURL and EnvListQuery point BenchmarkListProjects at another GraphQL server (and the
// query that asks it for the same page), to compare it with shegong on the same data with the
// same client: scripts/bench-list.sh runs PostGraphile so.
const (
	EnvListURL   = "SHEGONG_BENCH_LIST_URL"
	EnvListQuery = "SHEGONG_BENCH_LIST_QUERY"
)

// listUnits of synthetic data: 10,000 projects with 6 budget lines each (60,000).
const listUnits = 10000 / (seed.ProjectsPerRegion * 5)

// listClients is the concurrency of the list benchmark, as in issue 15's measurement.
const listClients = 8

// ListQuery is the list page of issue 15: 50 projects with contractor, region and ten budget
// lines each (graph/server TestListPageStatements counts its SQL statements).
const ListQuery = `{ projects(first: 50) {
	pageInfo { hasNextPage endCursor }
	edges { node {
		name headcount startsOn
		region { code nameZh }
		contractor { name unifiedSocialCreditCode }
		budgetLines(first: 10) { edges { node { category amount } } }
	} }
} }`

// listDatabase returns the URL of a PostgreSQL database holding at least listUnits of seeded data.
func listDatabase(b *testing.B) string {
	url := os.Getenv(EnvListDatabase)
	if url == "" {
		url = testdb.URL(b, testdb.Postgres)
	}
	ctx := context.Background()
	db, err := storage.Open(ctx, url)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	err = storage.Migrate(ctx, db, testdb.Logger(), func(ctx context.Context) error {
		n, err := db.Client.Project.Query().Count(auth.Bulk(ctx))
		if err != nil || n >= listUnits*seed.ProjectsPerRegion*len(seed.Regions) {
			return err
		}
		return seed.Generate(ctx, db.Client, listUnits, testdb.Logger())
	})
	if err != nil {
		b.Fatal(err)
	}
	return url
}

// BenchmarkListProjects is the list page of issue 15 over loopback HTTP against a real server
// on PostgreSQL with 10,000 projects and 60,000 budget lines, from 8 concurrent clients. It
// reports requests per second and the median latency besides ns/op (wall time per request
// over all clients).
func BenchmarkListProjects(b *testing.B) {
	url, query, token := os.Getenv(EnvListURL), os.Getenv(EnvListQuery), ""
	if url == "" {
		srv := apptest.Start(b, apptest.Options{DatabaseURL: listDatabase(b), Plugins: app.PluginsInProcess})
		url, query = srv.URL+"/graphql", ListQuery
		// Labels are unique; the database is reused across runs.
		token = srv.Token(b, auth.Admin, "", fmt.Sprintf("bench-list %d", time.Now().UnixNano()))
	}
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		b.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: listClients}}
	post := func() error {
		req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		data, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK || bytes.Contains(data, []byte(`"errors"`)) {
			return fmt.Errorf("list page: %d %v: %.300s", resp.StatusCode, err, data)
		}
		return nil
	}
	for range listClients { // warm the connections and the parsed-query cache
		if err := post(); err != nil {
			b.Fatal(err)
		}
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
	)
	b.SetParallelism((listClients + 1) / 2) // × GOMAXPROCS goroutines; 8 on two cores
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		var mine []time.Duration
		for pb.Next() {
			t0 := time.Now()
			if err := post(); err != nil {
				b.Error(err)
				return
			}
			mine = append(mine, time.Since(t0))
		}
		mu.Lock()
		latencies = append(latencies, mine...)
		mu.Unlock()
	})
	elapsed := time.Since(start)
	b.StopTimer()
	if len(latencies) > 0 {
		slices.Sort(latencies)
		b.ReportMetric(float64(len(latencies))/elapsed.Seconds(), "req/s")
		b.ReportMetric(float64(latencies[len(latencies)/2].Microseconds())/1000, "p50-ms")
	}
}
