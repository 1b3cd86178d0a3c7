package eval_test

import (
	"math"
	"testing"

	"github.com/parallax-news/parallax/eval"
)

func TestShingleScore(t *testing.T) {
	for _, tc := range []struct {
		name        string
		truth, pred string
		p, r        float64
	}{
		{"identical", "one two three four five", "one two three four five", 1, 1},
		{"both empty", "", "  ...  ", 1, 1},
		{"empty prediction", "one two three four", "", 0, 0},
		{"empty truth", "", "one two three four", 0, 0},
		{"half recalled", "one two three four five", "one two three four", 1, 0.5},
		// truth: 3 shingles; pred: 3 shingles, 2 true (b c d e, c d e f).
		{"partial overlap", "a b c d e f", "b c d e f g", 2.0 / 3, 2.0 / 3},
		// The repeated shingle counts twice in truth, once in pred.
		{"multiset", "a b c d a b c d", "a b c d", 1, 0.2},
		{"short texts, punctuation ignored", "hello world", "Hello, world!", 0, 0},
		{"short texts equal", "hello world", "hello   world!", 1, 1},
		{"case kept", "The cat sat down", "the cat sat down", 0, 0},
		{"unicode letters and underscore", "Ça va très_bien, merci beaucoup", "Ça va très_bien merci beaucoup.", 1, 1},
		// Python's \w has no combining marks: "cafe\u0301" is the word "cafe".
		{"combining mark splits", "cafe\u0301 au lait noir", "cafe au lait noir", 1, 1},
		{"digits are words", "won 3 to 1 at home", "won 3 to 1 at home", 1, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, r := eval.ShingleScore(tc.truth, tc.pred)
			if !near(p, tc.p) || !near(r, tc.r) {
				t.Errorf("ShingleScore = (%.4f, %.4f), want (%.4f, %.4f)", p, r, tc.p, tc.r)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }
