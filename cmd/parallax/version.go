package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"runtime/debug"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3".
var version = ""

func init() {
	register(&command{
		name:    "version",
		summary: "print the version",
		usage: `
Usage: parallax version

Prints the version of Parallax, the Go version it was built with, and the
commit when known.

Examples:
  parallax version
  go build -ldflags "-X main.version=v0.1.0" ./cmd/parallax`,
		setup: func(fs *flag.FlagSet, env *Env) func(context.Context, []string) error {
			return func(ctx context.Context, args []string) error {
				fmt.Fprintf(env.Stdout, "parallax %s (%s, %s/%s)\n", versionString(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
				return nil
			}
		},
	})
}

// versionString is the -ldflags version, else the module version and VCS
// revision recorded in the binary, else "devel".
func versionString() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// userAgent is what Parallax sends when it fetches pages.
func userAgent() string {
	return "Mozilla/5.0 (compatible; Parallax/" + versionString() + "; +https://github.com/parallax-news/parallax)"
}
