package host

import (
	"errors"
	"os/exec"
	"runtime"
	"syscall"
)

var errProcessDone = syscall.ESRCH

// pluginSysProcAttr puts the plugin in its own process group and asks the kernel to SIGKILL
// it when its parent dies, so that a server killed with SIGKILL leaves nothing behind.
func pluginSysProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

// Pdeathsig fires when the *thread* that forked the child exits, not the process. Go may
// retire an OS thread (when a goroutine locked to it exits), so every plugin is forked from
// one goroutine locked to its thread for the life of the server.
var forkRequests = make(chan func())

func init() {
	go func() {
		runtime.LockOSThread() // never unlocked: the thread lives as long as the process
		for f := range forkRequests {
			f()
		}
	}()
}

func startProcess(cmd *exec.Cmd) error {
	done := make(chan error, 1)
	forkRequests <- func() { done <- cmd.Start() }
	return <-done
}

func killGroup(pid int) error {
	err := syscall.Kill(-pid, syscall.SIGKILL)
	if errors.Is(err, syscall.ESRCH) {
		// The group may be gone while the leader is a zombie awaiting Wait; that is done.
		return errProcessDone
	}
	return err
}
