package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tinyPolNeAR is the invented PolNeAR sample of the eval package's tests.
const tinyPolNeAR = "../../eval/testdata/polnear"

func TestEvalQuotes(t *testing.T) {
	code, out, errOut := run(t, "", nil, "eval", "quotes", tinyPolNeAR)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"PolNeAR: 1 articles, 3 gold attributions", "all attributions:", "speech attributions:",
		"parallax tagger", "analyse/quote rules", "BERT+CofeNet (PolNeAR test)", "83.2"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := run(t, "", nil, "eval", "quotes", tinyPolNeAR, "extra"); code != exitUsage {
		t.Errorf("two directories: exit code %d, want %d", code, exitUsage)
	}
}

func TestTrainQuotes(t *testing.T) {
	out := filepath.Join(t.TempDir(), "attr.bin.gz")
	code, stdout, errOut := run(t, "", nil, "train", "quotes", "--epochs", "3", "--out", out, "--dev", tinyPolNeAR, tinyPolNeAR)
	if code != exitOK {
		t.Fatalf("exit code %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{"trained on 1 articles (3 attributions), 3 epochs", "sha256", "trained model"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
		t.Errorf("model not written: %v", err)
	}
	if !strings.Contains(errOut, "second epoch 3") {
		t.Errorf("no progress on stderr:\n%s", errOut)
	}
}
