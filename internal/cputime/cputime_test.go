package cputime_test

import (
	"runtime"
	"testing"

	"github.com/parallax-news/parallax/internal/cputime"
)

// TestProcessGrows: work shows as CPU time where it is measured.
func TestProcessGrows(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("CPU time is not read on", runtime.GOOS)
	}
	before := cputime.Process()
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if cputime.Process() <= before || x == 0 {
		t.Errorf("CPU time did not grow: %v", before)
	}
}
