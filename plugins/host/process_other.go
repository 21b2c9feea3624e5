//go:build !unix

package host

import (
	"errors"
	"os"
	"os/exec"
	"syscall"
)

var errProcessDone = os.ErrProcessDone

// Outside Unix there are no process groups here; the SDK's parent watchdog stops a plugin
// whose server is gone.
func pluginSysProcAttr() *syscall.SysProcAttr { return nil }

func startProcess(cmd *exec.Cmd) error { return cmd.Start() }

func killGroup(pid int) error {
	p, err := os.FindProcess(pid)
	if err != nil {
		return err
	}
	if err := p.Kill(); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return err
	}
	return nil
}
