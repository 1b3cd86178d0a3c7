package quote

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// naiveGroups groups the wordings by comparing each with every wording of
// every earlier group, as the grouper must.
func naiveGroups(ms []member) [][]member {
	var groups [][]member
	for _, m := range ms {
		best, bestScore := -1, 0.0
		for gi, g := range groups {
			gs := groupSpeaker(g)
			if gs >= 0 && m.speaker >= 0 && gs != m.speaker {
				continue
			}
			known := gs >= 0 && m.speaker >= 0
			for _, o := range g {
				c, shared := m.bag.containment(o.bag)
				ok := known && c >= sameSpeakerContainment && shared >= sameSpeakerShared ||
					!known && c >= unknownContainment && shared >= unknownShared
				if ok && c > bestScore {
					best, bestScore = gi, c
				}
			}
		}
		if best >= 0 {
			groups[best] = append(groups[best], m)
		} else {
			groups = append(groups, []member{m})
		}
	}
	return groups
}

// randomWordings returns n wordings over a small vocabulary of common
// words, names and numbers, so that many pairs match and many tie.
func randomWordings(rng *rand.Rand, n int) []member {
	vocab := []string{"harbour", "strike", "wages", "vote", "council", "budget", "late", "closed",
		"Dost", "Varela", "Orsenburg", "12", "40", "not", "never", "ships", "port", "talks", "deal", "union"}
	stems := map[string]string{}
	var ms []member
	for len(ms) < n {
		f := make([]string, 1+rng.IntN(9))
		for i := range f {
			f[i] = vocab[rng.IntN(len(vocab))]
		}
		q := &parallax.Quote{Text: "So " + strings.Join(f, " ")}
		m := member{ai: len(ms), q: q, bag: newBag(q.Text, stems), speaker: rng.IntN(4) - 1}
		if m.bag.total > 0 {
			ms = append(ms, m)
		}
	}
	return ms
}

func TestGrouperMatchesEveryPair(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 30; round++ {
		ms := randomWordings(rng, 150)
		got, want := newGrouper(ms).run(), naiveGroups(ms)
		if a, b := describe(got), describe(want); a != b {
			t.Fatalf("round %d: grouper gives\n%s\nevery pair gives\n%s", round, a, b)
		}
		if len(want) == len(ms) || len(want) < 5 {
			t.Fatalf("round %d: %d groups of %d wordings: the test data should match some pairs, not all", round, len(want), len(ms))
		}
	}
}

// describe lists each group's wordings by their position.
func describe(groups [][]member) string {
	var sb strings.Builder
	for _, g := range groups {
		for _, m := range g {
			fmt.Fprintf(&sb, "%d ", m.ai)
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func TestNumberedContainment(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	ms := randomWordings(rng, 200)
	gr := newGrouper(ms)
	for i := range ms {
		for j := range ms {
			c1, n1 := ms[i].bag.containment(ms[j].bag)
			c2, n2 := gr.bags[i].containment(&gr.bags[j])
			if c1 != c2 || n1 != n2 {
				t.Fatalf("%q / %q: containment %v, %d on maps, %v, %d numbered", ms[i].q.Text, ms[j].q.Text, c1, n1, c2, n2)
			}
		}
	}
}
