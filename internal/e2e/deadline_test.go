package e2e

import (
	"testing"
	"time"

	"github.com/shegong/shegong/internal/apptest"
	"github.com/shegong/shegong/plugins/host"
)

// TestCompareWithStoppedPlugin: with Shenzhen's plugin process frozen (SIGSTOP), an
// all-region compare over HTTP answers within Shenzhen's call deadline — Shenzhen
// PLUGIN_UNAVAILABLE, the other four in full — instead of waiting for health pings to find
// the hang (≥ 4s with the default pings); the next compare does not wait again, and the
// frozen process is replaced.
func TestCompareWithStoppedPlugin(t *testing.T) {
	t.Parallel()
	s := apptest.Start(t, apptest.Options{}) // the server's default deadlines and pings
	compareAll(t, s)                         // warm: every region answered once
	pid := s.StopPlugin(t, "shenzhen")

	check := func(what string) time.Duration {
		t.Helper()
		start := time.Now()
		evs := compareAll(t, s)
		took := time.Since(start)
		if len(evs) != 5 {
			t.Fatalf("%s: %d evaluations, want 5", what, len(evs))
		}
		for _, ev := range evs {
			if ev.Region == "shenzhen" {
				if ev.Error == nil || ev.Error.Code != "PLUGIN_UNAVAILABLE" || ev.Error.Region != "shenzhen" || len(ev.Findings) != 0 {
					t.Errorf("%s: shenzhen with its plugin stopped: %+v", what, ev)
				}
				continue
			}
			if ev.Error != nil || len(ev.EvaluatedBy) == 0 || ev.EvaluatedBy[0].Region != ev.Region {
				t.Errorf("%s: %s should answer: error %+v, evaluated by %+v", what, ev.Region, ev.Error, ev.EvaluatedBy)
			}
		}
		t.Logf("%s: compare answered in %s (call deadline %s)", what, took, host.DefaultCallTimeout)
		return took
	}
	if took := check("stopped"); took > 3*time.Second {
		t.Errorf("compare with shenzhen stopped took %s, want about its call deadline %s", took, host.DefaultCallTimeout)
	}
	if took := check("suspended"); took > host.DefaultCallTimeout {
		t.Errorf("compare with shenzhen suspended took %s: it waited for the call deadline again", took)
	}
	waitRestarted(t, s, "shenzhen", pid)
}
