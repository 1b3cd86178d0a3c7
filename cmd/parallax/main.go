// Command parallax reads news coverage from many outlets and turns it into
// one reconciled account per story. main only handles signals and exit
// codes; each subcommand lives in a file of its own.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

// Exit codes.
const (
	exitOK      = 0 // everything went in
	exitPartial = 1 // some inputs failed, or the command failed
	exitUsage   = 2 // the command line was wrong
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	env := &Env{
		Stdin:  os.Stdin,
		Stdout: os.Stdout,
		Stderr: os.Stderr,
		Getenv: os.Getenv,
	}
	os.Exit(Main(ctx, env, os.Args[1:]))
}

// Env is what a command sees of the world, so tests can run commands in
// the same process with their own streams and environment.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	Getenv         func(string) string
}

// Main runs the command named by args[0] and returns the exit code.
func Main(ctx context.Context, env *Env, args []string) int {
	slog.SetDefault(slog.New(slog.NewTextHandler(env.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if len(args) == 0 {
		writeUsage(env.Stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		if len(rest) > 0 {
			if c := lookup(rest[0]); c != nil {
				c.flags(env).Usage()
				return exitOK
			}
		}
		writeUsage(env.Stdout)
		return exitOK
	case "-v", "--version":
		name = "version"
	}
	c := lookup(name)
	if c == nil {
		fmt.Fprintf(env.Stderr, "parallax: unknown command %q\nRun 'parallax help' for the list of commands.\n", name)
		return exitUsage
	}
	err := c.Run(ctx, env, rest)
	return exitCode(env, name, err)
}

// exitCode reports err once, at the top, and maps it to an exit code.
func exitCode(env *Env, name string, err error) int {
	var usage *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(env.Stderr, "parallax %s: %s\nRun 'parallax %s --help' for usage.\n", name, usage.msg, name)
		return exitUsage
	case errors.Is(err, errPartial):
		return exitPartial // the failed inputs were already reported one by one
	default:
		fmt.Fprintf(env.Stderr, "parallax %s: %v\n", name, err)
		return exitPartial
	}
}

// errPartial says some inputs failed; each failure was reported already.
var errPartial = errors.New("some inputs failed")

// errHelp says --help was asked for and printed.
var errHelp = errors.New("help requested")

// usageError is a mistake on the command line.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}
