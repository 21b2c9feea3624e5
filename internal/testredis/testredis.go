// Package testredis gives tests a Redis from SHEGONG_TEST_REDIS_URL (scripts/with-redis.sh
// sets it) and a key prefix of their own, so test packages can share one Redis in parallel;
// the prefix's keys are deleted at cleanup.
//
// Without SHEGONG_TEST_REDIS_URL Redis tests are skipped, except under CI=true, where a missing
// Redis fails the test.
package testredis

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"
)

// EnvURL names the variable holding the URL of a Redis server the tests may write to.
const EnvURL = "SHEGONG_TEST_REDIS_URL"

// URL returns the Redis URL and a fresh key prefix for this test ("shegong-test-<hex>:").
// Every key under the prefix, redis_rate's ("rate:<prefix>…") included, is deleted at cleanup.
func URL(t testing.TB) (url, prefix string) {
	t.Helper()
	url = os.Getenv(EnvURL)
	if url == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("testredis: %s is not set; Redis is required under CI=true (run tests via scripts/with-redis.sh)", EnvURL)
		}
		t.Skipf("testredis: %s not set; skipping Redis (use `make test` or scripts/with-redis.sh)", EnvURL)
	}
	var b [6]byte
	_, _ = rand.Read(b[:])
	prefix = "shegong-test-" + hex.EncodeToString(b[:]) + ":"
	t.Cleanup(func() { deleteKeys(t, url, prefix) })
	return url, prefix
}

// Client returns a client of the Redis at url, closed at cleanup.
func Client(t testing.TB, url string) *redis.Client {
	t.Helper()
	opts, err := redis.ParseURL(url)
	if err != nil {
		t.Fatalf("testredis: %s: %v", EnvURL, err)
	}
	c := redis.NewClient(opts)
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// Keys lists the keys of the Redis at url that contain prefix.
func Keys(t testing.TB, url, prefix string) []string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var keys []string
	iter := Client(t, url).Scan(ctx, 0, "*"+prefix+"*", 1000).Iterator()
	for iter.Next(ctx) {
		keys = append(keys, iter.Val())
	}
	if err := iter.Err(); err != nil {
		t.Fatalf("testredis: scan: %v", err)
	}
	return keys
}

func deleteKeys(t testing.TB, url, prefix string) {
	keys := Keys(t, url, prefix)
	if len(keys) == 0 {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := Client(t, url).Del(ctx, keys...).Err(); err != nil {
		t.Errorf("testredis: delete the test's keys: %v", err)
	}
}
