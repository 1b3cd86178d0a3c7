package main

import (
	"strings"
	"testing"
)

func TestEvalReconcile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "northgate-wire.txt", "KELL – Ruvania will pull 1,200 troops out of Ostmark within three weeks, Defence Minister Lea Brandt said on Saturday, ending a mission that began nine years ago.\n\n"+
		"Brandt told a news conference in Kell that the withdrawal from Ostmark would be orderly and that convoys would travel at night.\n")
	writeFile(t, dir, "harbour-times.txt", "Defence Minister Lea Brandt said on Saturday that Ruvania would pull 900 troops out of Ostmark, where its army has served for nine years.\n\n"+
		"The Ostmark government thanked Ruvania for its help and said its own army was ready to take over the bases the troops leave behind.\n")
	writeFile(t, dir, "gold.json", `{"corpus": "two invented articles", "facts": [
  {"id": "t", "kind": "quantity", "status": "differ", "about": "troops leaving Ostmark", "evidence": [
    {"article": "northgate-wire.txt", "text": "1,200 troops", "value": "1200"},
    {"article": "harbour-times.txt", "text": "900 troops", "value": "900"}]}]}`)
	code, out, errOut := run(t, "", nil, "eval", "reconcile", dir)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"2 articles in 1 stories, 1 gold facts", "differ   precision 1.000 (1/1)   recall 1.000 (1/1)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
