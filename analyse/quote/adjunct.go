package quote

// Adjuncts between a cue and the subject written after it. French,
// Spanish and German put the subject after the verb in a quotation's
// frame and may put a time or an addressee first: "dijo ayer el
// ministro", "a déclaré à la presse la ministre", "dijo a los
// periodistas el ministro", "sagte am Montag die Ministerin". The
// subject is the noun phrase after them; the addressee stays in the
// cue ("dijo a los periodistas"), the time does not.

import "github.com/parallax-news/parallax/internal/firstname"

// maxAdjunct bounds the tokens of one adjunct phrase.
const maxAdjunct = 6

// afterAdjuncts returns the first token at or after i, not reaching hi,
// past the times and addressees written after a cue.
func (d *doc) afterAdjuncts(i, hi int) int {
	for i < hi {
		j := d.adjunctEnd(i, hi)
		if j == i {
			break
		}
		i = j
	}
	return i
}

// adjunctEnd returns the end of the time or addressee phrase at i: a
// time word ("ayer", "hier", "gestern"), an article or a preposition and
// a time word ("el martes", "am Montag"), or a phrase that an addressee
// or adjunct preposition opens ("a los periodistas", "en rueda de
// prensa"); i when none starts there.
func (d *doc) adjunctEnd(i, hi int) int {
	t := d.toks[i]
	switch {
	case !t.word:
		return i
	case d.lx.timeWords[t.low]:
		return i + 1
	case i+1 < hi && (d.lx.determiners[t.low] || d.lx.adjunctPreps[t.low]) && d.lx.timeWords[d.toks[i+1].low]:
		return i + 2
	case d.lx.addressees[t.low] || d.lx.adjunctPreps[t.low]:
		return d.phraseEnd(i, hi)
	}
	return i
}

// phraseEnd returns the end of the prepositional phrase opened at i: its
// words up to an article that follows no preposition (the subject's:
// "à la presse | la ministre"), a title or a first name that follows no
// article ("ante el Parlamento | Juan Ybarra"), a clause word or a
// punctuation mark. i when the phrase has no word.
func (d *doc) phraseEnd(i, hi int) int {
	end := i
	for k := i + 1; k < hi && k <= i+maxAdjunct; k++ {
		t, prev := d.toks[k], d.toks[k-1].low
		if !t.word || d.lx.that[t.low] || d.lx.cues[t.low] != 0 || d.lx.conj[t.low] || d.lx.boundaries[t.low] && !d.lx.determiners[t.low] && k > i+1 {
			break
		}
		afterPrep := k == i+1 || d.lx.preps[prev] || d.lx.addressees[prev] || d.lx.adjunctPreps[prev]
		if d.lx.determiners[t.low] && !afterPrep {
			break
		}
		if (d.lx.isTitle(t.low) || firstname.Known(t.low)) && !afterPrep && !d.lx.determiners[prev] {
			break
		}
		end = k + 1
	}
	for end > i && (d.lx.determiners[d.toks[end-1].low] || d.lx.preps[d.toks[end-1].low]) {
		end--
	}
	if end == i+1 {
		return i // a preposition alone
	}
	return end
}

// addresseeEnd returns the end of the addressee written right after the
// cue at k ("à la presse", "a los periodistas", "dem Sender"), k+1 when
// none.
func (d *doc) addresseeEnd(k, hi int) int {
	if k+1 >= hi || !d.lx.addressees[d.toks[k+1].low] {
		return k + 1
	}
	if e := d.phraseEnd(k+1, hi); e > k+1 {
		return e
	}
	return k + 1
}
