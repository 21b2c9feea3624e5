// Command shegong is the one binary of the project: the GraphQL server and
// its maintenance commands. Run "shegong help" for the list.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"syscall"
)

// command is one subcommand. Adding a command is one line in commands plus
// a file cmd/shegong/<name>.go with its run function.
type command struct {
	name   string
	help   string // one line, shown by "shegong help"
	hidden bool   // internal modes (e.g. the plugin-serving mode) are not listed
	run    func(ctx context.Context, args []string) error
}

// commands is the dispatch table, in the order "help" lists them.
var commands = []command{
	{name: "serve", help: "run the GraphQL server (GraphiQL at /, API at /graphql)", run: runServe},
	{name: "migrate", help: "create or update the database schema, then exit", run: runMigrate},
	{name: "seed", help: "load synthetic demo data; --scale N for N times as much", run: runSeed},
	{name: "policy", help: "policy test regions/<code>: run a region's policy test cases", run: runPolicy},
	{name: "compare", help: "compare --scenario FILE: evaluate scenarios under every region side by side (table, csv, json)", run: runCompare},
	{name: "token", help: "API tokens: create --role R [--region code] [--expires 720h|2026-12-31] --label L, list, revoke <id|label>", run: runToken},
	{name: "plugin", help: "region plugins: list (start and show status), lock, verify (checksums)", run: runPlugin},
	{name: "version", help: "print the version, commit, plugin protocol and region plugin versions (also --version)", run: runVersion},
	{name: "__plugin", hidden: true, run: runPluginMode},
}

// errUsage marks errors caused by a bad command line (exit status 2).
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := dispatch(ctx, os.Args[1:], os.Stdout)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
	case errors.Is(err, errUsage):
		fmt.Fprintln(os.Stderr, "shegong:", err)
		if len(os.Args) > 1 && slices.ContainsFunc(commands, func(c command) bool { return c.name == os.Args[1] && !c.hidden }) {
			fmt.Fprintf(os.Stderr, "(shegong %s -h shows how to use it)\n", os.Args[1])
		}
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "shegong:", err)
		os.Exit(1)
	}
}

func dispatch(ctx context.Context, args []string, out io.Writer) error {
	if len(args) == 0 {
		usage(os.Stderr)
		return fmt.Errorf("%w: no command given", errUsage)
	}
	switch args[0] {
	case "help", "-h", "-help", "--help":
		usage(out)
		return nil
	case "--version", "-version":
		return runVersion(ctx, args[1:])
	}
	for _, c := range commands {
		if c.name == args[0] {
			return c.run(ctx, args[1:])
		}
	}
	usage(os.Stderr)
	return fmt.Errorf("%w: unknown command %q", errUsage, args[0])
}

func usage(out io.Writer) {
	fmt.Fprintln(out, "shegong (社工) — GraphQL API over regional social-work policy")
	fmt.Fprintln(out)
	fmt.Fprintln(out, "Usage: shegong <command> [flags]   (shegong <command> -h for its flags)")
	fmt.Fprintln(out)
	fmt.Fprintln(out, "Commands:")
	for _, c := range commands {
		if !c.hidden {
			fmt.Fprintf(out, "  %-10s %s\n", c.name, c.help)
		}
	}
	fmt.Fprintf(out, "  %-10s %s\n", "help", "show this list")
	fmt.Fprintln(out)
	fmt.Fprintln(out, "Example: shegong serve, then open http://127.0.0.1:8080/")
}
