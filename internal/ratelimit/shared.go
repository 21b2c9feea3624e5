package ratelimit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-redis/redis_rate/v10"
	"github.com/redis/go-redis/v9"
)

// Defaults of Shared.
const (
	// DefaultPrefix starts the Redis key of every bucket (after redis_rate's own "rate:"), so
	// that several deployments can share one Redis.
	DefaultPrefix = "shegong:"
	// Timeout bounds one Redis round trip (dial, read, write). A request never waits longer
	// than that for its rate decision: past it the bucket is counted in this process.
	Timeout = 300 * time.Millisecond
	// RetryEvery is how long Shared counts in this process after Redis failed before one
	// request tries Redis again.
	RetryEvery = 5 * time.Second
)

// Shared counts requests in Redis, so that every replica connected to the same Redis (and
// using the same prefix) draws from one bucket per key: N replicas allow the configured rate
// in total, not N times it. The buckets are redis_rate's GCRA, one Lua script per decision.
//
// While Redis does not answer (within Timeout) the decision is taken by a Local limiter in
// this process, which logs once when that starts and once when Redis answers again; one
// request every RetryEvery tries Redis. Keys in Redis are hashes of the caller's key: no IP
// address or token id is stored in Redis in the clear.
type Shared struct {
	rdb     *redis.Client
	limiter *redis_rate.Limiter
	prefix  string
	local   *Local
	logger  *slog.Logger
	server  string // host:port of Redis, for logs (never the URL, which may hold a password)
	// onState is told whether decisions are shared (true) or per process (false), at start
	// and at every change: the shegong_rate_limits_shared gauge.
	onState func(shared bool)

	mu      sync.Mutex
	down    bool
	retryAt time.Time
	probing atomic.Bool
	now     func() time.Time
}

// NewShared connects to the Redis at rawURL (redis:// or, with TLS, rediss://) and checks
// that it answers. A malformed URL is an error; an unreachable Redis is not: Shared then
// starts counting in this process and tries Redis again later.
func NewShared(ctx context.Context, rawURL, prefix string, logger *slog.Logger, onState func(shared bool)) (*Shared, error) {
	opts, err := redis.ParseURL(rawURL)
	if err != nil {
		return nil, fmt.Errorf("redis URL: %w", redactURLError(err, rawURL))
	}
	opts.DialTimeout = Timeout
	opts.ReadTimeout = Timeout
	opts.WriteTimeout = Timeout
	opts.PoolTimeout = Timeout
	// A failed round trip is not retried: the request goes on with a local decision instead.
	opts.MaxRetries = -1
	if prefix == "" {
		prefix = DefaultPrefix
	}
	if onState == nil {
		onState = func(bool) {}
	}
	if logger == nil {
		logger = slog.Default()
	}
	rdb := redis.NewClient(opts)
	s := &Shared{rdb: rdb, limiter: redis_rate.NewLimiter(rdb), prefix: prefix, local: NewLocal(),
		logger: logger, server: opts.Addr, onState: onState, now: time.Now}
	pctx, cancel := context.WithTimeout(ctx, Timeout)
	defer cancel()
	if err := rdb.Ping(pctx).Err(); err != nil {
		s.fail(err)
	} else {
		logger.InfoContext(ctx, "rate limits shared through Redis", "redis", s.server, "prefix", prefix)
		onState(true)
	}
	return s, nil
}

// redactURLError keeps a password in the URL out of the error: go-redis's parse errors may
// quote the URL.
func redactURLError(err error, rawURL string) error {
	u, perr := url.Parse(rawURL)
	if perr != nil || u.User == nil {
		return err
	}
	if p, ok := u.User.Password(); ok && p != "" {
		return errors.New(strings.ReplaceAll(err.Error(), p, "xxxxx"))
	}
	return err
}

// Allow decides in Redis, or in this process while Redis does not answer.
func (s *Shared) Allow(ctx context.Context, key string, r Rate) (time.Duration, bool) {
	if r.Off() {
		return 0, true
	}
	if s.tryRedis() {
		rctx, cancel := context.WithTimeout(ctx, Timeout)
		res, err := s.limiter.Allow(rctx, s.redisKey(key), limitOf(r))
		cancel()
		probe := s.probing.Swap(false)
		switch {
		case err == nil:
			if probe {
				s.recover()
			}
			if res.Allowed > 0 {
				return 0, true
			}
			return res.RetryAfter, false
		case ctx.Err() != nil:
			// The client went away: that says nothing about Redis.
		default:
			s.fail(err)
		}
	}
	return s.local.Allow(ctx, key, r)
}

// tryRedis reports whether this decision goes to Redis: always while Redis answers; once
// RetryEvery after it failed, for one request at a time (the probe).
func (s *Shared) tryRedis() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.down {
		return true
	}
	if s.now().Before(s.retryAt) {
		return false
	}
	return s.probing.CompareAndSwap(false, true)
}

// fail records that Redis did not answer: logged when sharing stops, not at every retry.
func (s *Shared) fail(err error) {
	s.mu.Lock()
	was := s.down
	s.down = true
	s.retryAt = s.now().Add(RetryEvery)
	s.mu.Unlock()
	if !was {
		s.logger.Error("Redis unreachable: rate limits counted per process until it answers again",
			"redis", s.server, "retry_every", RetryEvery, "error", err)
		s.onState(false)
	}
}

// recover records that Redis answered again.
func (s *Shared) recover() {
	s.mu.Lock()
	was := s.down
	s.down = false
	s.mu.Unlock()
	if was {
		s.logger.Info("Redis answers again: rate limits shared", "redis", s.server)
		s.onState(true)
	}
}

// Shared reports whether decisions are taken in Redis now.
func (s *Shared) Shared() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return !s.down
}

// redisKey is the bucket's Redis key: the prefix and a hash of key, so that no IP address or
// token id is stored in the clear.
func (s *Shared) redisKey(key string) string {
	sum := sha256.Sum256([]byte(key))
	return s.prefix + hex.EncodeToString(sum[:16])
}

// limitOf is r as a redis_rate limit. redis_rate counts whole events per period: a whole rate
// is events per second, a fractional one (0.5/s) events per 1000 s, which has the same emission
// interval.
func limitOf(r Rate) redis_rate.Limit {
	if r.PerSecond == math.Trunc(r.PerSecond) {
		return redis_rate.Limit{Rate: int(r.PerSecond), Burst: r.burst(), Period: time.Second}
	}
	return redis_rate.Limit{Rate: max(1, int(math.Round(r.PerSecond*1000))), Burst: r.burst(), Period: 1000 * time.Second}
}

// Close closes the connections to Redis.
func (s *Shared) Close() error { return s.rdb.Close() }
