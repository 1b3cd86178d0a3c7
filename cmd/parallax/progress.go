package main

import (
	"github.com/schollz/progressbar/v3"
)

// progress shows a spinner with a count of documents on stderr while a run
// goes on — only when stderr is a terminal, never in a pipe or a log.
type progress struct {
	bar *progressbar.ProgressBar
}

func newProgress(env *Env, quiet bool) *progress {
	if quiet || !isTerminal(env.Stderr) {
		return &progress{}
	}
	bar := progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(env.Stderr),
		progressbar.OptionSetDescription("reading"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionThrottle(100e6),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func (p *progress) add(source string) {
	if p.bar == nil {
		return
	}
	p.bar.Describe(shorten(source, 40))
	_ = p.bar.Add(1)
}

// clear wipes the bar's line so a message can be printed in its place.
func (p *progress) clear() {
	if p.bar != nil {
		_ = p.bar.Clear()
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// shorten keeps the end of s, which names the file or record, within n runes.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n+1:])
}
