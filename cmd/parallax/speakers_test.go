package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

func TestEvalSpeakers(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "passages"), "01.txt", "Sen. Ada Korr said the bill would pass. \"Families are drowning,\" she said.\n\n"+
		"The ministry of nothing said little, a witness said.\n")
	writeFile(t, dir, "gold.tsv", "file\tsubstring\tspeaker\n01\tthe bill would pass\tAda Korr\n01\tFamilies are drowning\tAda Korr\n01\tnever written\tunknown\n")
	code, out, errOut := run(t, "", nil, "eval", "speakers", "--errors", dir)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"3 quotes, 2 found, speaker right 2 (66.7% of all, 100.0% of found)", `01 "never written": missed (gold unknown)`} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	writeFile(t, dir, "gold.tsv", "file\tsubstring\tspeaker\n02\tanything\tX\n")
	if code, _, errOut := run(t, "", nil, "eval", "speakers", dir); code == exitOK || !strings.Contains(errOut, "02.txt") {
		t.Errorf("a missing passage gave exit code %d, stderr %q", code, errOut)
	}
}

// The repository's speaker sets stay resolved at least as well as when
// last measured (tuned 97.7%, held-out 96.4%, unseen 93.0%, fresh 89.1%,
// fifth 96.2%, sixth 92.1%, seventh 89.0%, eighth 94.4%, ninth 82.5%,
// tenth 79.1% of all quotes), less a margin for rule changes that trade
// one quote for another.
func TestSpeakerSetsHold(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "speakers")
	code, out, errOut := run(t, "", nil, "eval", "speakers", filepath.Join(root, "tuned"), filepath.Join(root, "heldout"), filepath.Join(root, "unseen"), filepath.Join(root, "fresh"), filepath.Join(root, "fifth"), filepath.Join(root, "sixth"), filepath.Join(root, "seventh"), filepath.Join(root, "eighth"), filepath.Join(root, "ninth"), filepath.Join(root, "tenth"))
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	floors := map[string]float64{"tuned": 95, "heldout": 93, "unseen": 90, "fresh": 86, "fifth": 93, "sixth": 89, "seventh": 86, "eighth": 91, "ninth": 79, "tenth": 76}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var set string
		var gold, found, right int
		var pct float64
		name, rest, _ := strings.Cut(line, " (")
		set = filepath.Base(name)
		if _, err := fmt.Sscanf(rest[strings.Index(rest, ": ")+2:], "%d quotes, %d found, speaker right %d (%f%%", &gold, &found, &right, &pct); err != nil {
			t.Fatalf("cannot read %q: %v", line, err)
		}
		if floor, ok := floors[set]; !ok || pct < floor {
			t.Errorf("%s: %.1f%% of speakers right, want at least %.0f%%", set, pct, floor)
		}
		delete(floors, set)
	}
	if len(floors) > 0 {
		t.Errorf("sets not scored: %v\n%s", floors, out)
	}
}
