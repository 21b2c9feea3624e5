package host

// State is where a plugin is in its life.
type State string

const (
	StateStarting   State = "STARTING"   // first launch under way
	StateReady      State = "READY"      // serving calls
	StateRestarting State = "RESTARTING" // down; a restart is scheduled with backoff
	StateFailed     State = "FAILED"     // refused or unusable; waits for Reload
	StateStopped    State = "STOPPED"    // host closed
)

// PluginStatus describes one plugin for operators (GraphQL `plugins`, `shegong plugin list`).
type PluginStatus struct {
	Region      string // "" for a refused binary whose region is unknown
	Name        string // "builtin:<region>" or the file name in the plugin directory
	Version     string
	State       State
	PID         int
	Restarts    int
	LastError   string
	Builtin     bool
	Path        string // binary path for external plugins
	RulesetHash string
	// Fallback says why the region's built-in version serves instead of the external
	// plugin (Path) that replaced it: that plugin was refused at a restart. "" otherwise.
	Fallback string
}

// PluginRef names the plugin that produced a result, so that results can be reproduced.
type PluginRef struct {
	Region      string
	Version     string
	RulesetHash string
	Builtin     bool
}
