package host

import (
	"errors"
	"fmt"
)

// ErrPluginUnavailable matches (errors.Is) every *UnavailableError: the region's plugin is
// down, restarting, hung or refused. The GraphQL layer maps it to PLUGIN_UNAVAILABLE.
var ErrPluginUnavailable = errors.New("plugin unavailable")

// ErrUnknownRegion is returned for a region code no plugin serves.
var ErrUnknownRegion = errors.New("unknown region")

// UnavailableError says that one region's plugin could not answer. Other regions are not
// affected.
type UnavailableError struct {
	Region string
	Cause  error
}

func (e *UnavailableError) Error() string {
	return fmt.Sprintf("region %s: plugin unavailable: %v", e.Region, e.Cause)
}

func (e *UnavailableError) Unwrap() error { return e.Cause }

// Is makes errors.Is(err, ErrPluginUnavailable) true.
func (e *UnavailableError) Is(target error) bool { return target == ErrPluginUnavailable }

// RefusedError is why a plugin binary was not loaded: a checksum mismatch, a file missing
// from the lock file, a failed handshake or protocol negotiation, or a Describe that does
// not hold up. It names the file so an operator can act on it.
type RefusedError struct {
	Path   string
	Reason string
	Err    error
}

func (e *RefusedError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("plugin %s refused: %s: %v", e.Path, e.Reason, e.Err)
	}
	return fmt.Sprintf("plugin %s refused: %s", e.Path, e.Reason)
}

func (e *RefusedError) Unwrap() error { return e.Err }
