package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// writeECBFile writes an invented ECB+ style file, one sentence per
// string, tokens separated by spaces.
func writeECBFile(t *testing.T, dir, topic, name string, sentences ...string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("<Document>\n")
	for s, sent := range sentences {
		for n, tok := range strings.Fields(sent) {
			fmt.Fprintf(&b, "<token t_id=\"1\" sentence=\"%d\" number=\"%d\">%s</token>\n", s, n, tok)
		}
	}
	b.WriteString("</Document>\n")
	writeFile(t, dir, filepath.Join("ECB+", topic, name), b.String())
}

func TestEvalClusterECBPlus(t *testing.T) {
	dir := t.TempDir()
	writeECBFile(t, dir, "1", "1_1ecb.xml", "Ferry Lindqvist sinks off Varnholm", "All forty passengers were rescued .")
	writeECBFile(t, dir, "1", "1_2ecb.xml", "Ferry Lindqvist lost near Varnholm", "Rescuers saved forty passengers .")
	writeECBFile(t, dir, "1", "1_1ecbplus.xml", "http : / / tidewater . example / osk", "Cargo ship Marta sinks off Osk", "Two crew are missing .")
	writeECBFile(t, dir, "2", "2_1ecb.xml", "Brenna mayor resigns after budget vote", "Her deputy takes over .")

	code, out, errOut := run(t, "", nil, "eval", "cluster", dir)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"ECB+: 4 documents in 3 sub-topics of 2 topics", "pair F1", "B3 F1"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	// One row per method and level. The singleton baseline's scores are
	// known: pairwise precision 1 (no pairs claimed), recall 0, B-cubed
	// precision 1.
	rows := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 2 {
			rows[f[0]+" "+f[1]] = line
		}
	}
	for _, key := range []string{"sub-topic parallax", "sub-topic singletons", "sub-topic gold", "topic parallax", "topic singletons"} {
		if rows[key] == "" {
			t.Errorf("no %q row:\n%s", key, out)
		}
	}
	if got, want := strings.Fields(rows["sub-topic singletons"]), []string{"4", "3", "4", "1.000", "0.000", "0.000", "1.000"}; len(got) < 9 || strings.Join(got[2:9], " ") != strings.Join(want, " ") {
		t.Errorf("singletons row = %q, want docs, gold, pred, pair P/R/F1, B3 P = %v", rows["sub-topic singletons"], want)
	}
	if strings.Contains(out, "ecbplus.xml") {
		t.Errorf("output names files:\n%s", out)
	}
}

func TestEvalClusterAllSides(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "headline_11_2021-10-19_crawled_all.jsonl",
		`{"id": 1, "date": "2021-05-04T10:30:00-07:00", "news": {"left": {"newsSource": "Tidewater Post", "newsTitle": "Dockers strike in Calloway", "newBody": ["Dock workers walked out."]}, "right": {"newsSource": "Calloway Ledger", "newsTitle": "Port strike strands ships", "newBody": ["Forty ships wait."]}}}
{"id": 2, "date": "2021-05-06T08:00:00-07:00", "news": {"center": {"newsSource": "Brenna Herald", "newsTitle": "Mayor resigns", "newBody": ["The mayor resigned."]}}}
`)
	code, out, errOut := run(t, "", nil, "eval", "cluster", "allsides", "--dir", dir, "--baselines=false", "--threshold", "0.5")
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	if !strings.Contains(out, "AllSides: 3 documents in 2 stories") || !strings.Contains(out, "threshold 0.5") {
		t.Errorf("header wrong:\n%s", out)
	}
	if !strings.Contains(out, "story  parallax") || strings.Contains(out, "singletons") || strings.Contains(out, "topic") {
		t.Errorf("want one story-level parallax row and no baselines:\n%s", out)
	}
}

func TestEvalClusterErrors(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no-such-dir")
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"eval"}, exitUsage, "cluster"},
		{[]string{"eval", "cluster"}, exitUsage, "data set"},
		{[]string{"eval", "cluster", "conll"}, exitUsage, "unknown data set"},
		{[]string{"eval", "cluster", "ecbplus", "--dir", missing}, exitPartial, missing},
		{[]string{"eval", "cluster", t.TempDir()}, exitPartial, "neither ECB+"},
	}
	for _, tt := range tests {
		code, _, errOut := run(t, "", nil, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.want) {
			t.Errorf("parallax %q: exit %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.want)
		}
	}
}
