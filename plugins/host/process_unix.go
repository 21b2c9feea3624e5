//go:build unix && !linux

package host

import (
	"errors"
	"os/exec"
	"syscall"
)

var errProcessDone = syscall.ESRCH

// pluginSysProcAttr puts the plugin in its own process group. Without Pdeathsig outside
// Linux, a plugin outliving a killed server is stopped by the SDK's parent watchdog.
func pluginSysProcAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }

func startProcess(cmd *exec.Cmd) error { return cmd.Start() }

func killGroup(pid int) error {
	err := syscall.Kill(-pid, syscall.SIGKILL)
	if errors.Is(err, syscall.ESRCH) {
		return errProcessDone
	}
	return err
}
