package host

import (
	"context"
	"fmt"
	"log/slog"
	"os/exec"
	"slices"

	"github.com/shegong/shegong/plugins/sdk"
)

// NewInProcess returns a ready Host whose regions are Policy values called in this process
// through the same normalisation as plugins (sdk.InProcess) and the same routing, chaining
// and merging code. Reload builds a fresh Policy from the constructor. There is no
// isolation: a region that hangs hangs its caller, which is why the server uses processes.
func NewInProcess(policies map[string]func() sdk.Policy, logger *slog.Logger) (*Host, error) {
	h, err := New(Config{Logger: logger, Command: noCommand})
	if err != nil {
		return nil, err
	}
	h.started = true
	codes := make([]string, 0, len(policies))
	for code := range policies {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	for _, code := range codes {
		s := newSlot(h, source{builtin: true, region: code, name: "inprocess:" + code})
		s.newPolicy = policies[code]
		in, err := s.newInProcessInstance(context.Background())
		if err != nil {
			return nil, err
		}
		s.install(in)
		h.slots[code] = s
	}
	return h, nil
}

func noCommand(string) *exec.Cmd { return nil }

func (s *slot) newInProcessInstance(ctx context.Context) (*instance, error) {
	p := sdk.InProcess(s.newPolicy())
	d, err := p.Describe(ctx)
	if err != nil {
		return nil, fmt.Errorf("in-process region %s: describe: %w", s.region(), err)
	}
	if err := checkDescription(d, s.region()); err != nil {
		return nil, fmt.Errorf("in-process region %s: %w", s.region(), err)
	}
	return newInstance(p, d, true), nil
}

func (s *slot) reloadInProcess(ctx context.Context) error {
	in, err := s.newInProcessInstance(ctx)
	if err != nil {
		return err
	}
	s.install(in)
	return nil
}
