package eval

import "testing"

func TestDetokenize(t *testing.T) {
	tests := []struct {
		toks []string
		want string
	}{
		{[]string{"McDermott", "scored", "2", ",", "116", "points", "."}, "McDermott scored 2,116 points."},
		{[]string{"in", "2010", ",", "16", "of", "them", "left"}, "in 2010, 16 of them left"},
		{[]string{"He", "said", "``", "no", "''", "."}, `He said "no".`},
	}
	for _, tt := range tests {
		if got := detokenize(tt.toks); got != tt.want {
			t.Errorf("detokenize(%q) = %q, want %q", tt.toks, got, tt.want)
		}
	}
}

// TestJoinSentencesQuoteAcross: a plain quote mark opened in one sentence
// closes in the next, bound to the word before it.
func TestJoinSentencesQuoteAcross(t *testing.T) {
	text, _ := joinSentences([]ecbSentence{
		{tokens: []string{`"`, "We", "stay", "."}},
		{tokens: []string{"We", "fight", ".", `"`, "he", "said", "."}},
	})
	if want := "\"We stay.\nWe fight.\" he said."; text != want {
		t.Errorf("text = %q, want %q", text, want)
	}
}
