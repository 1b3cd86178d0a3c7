package textclean

import "strings"

// Reader comments are full sentences, so paragraph features alone keep
// them. They are found as a section instead: a cluster of comment-widget
// lines, timestamps and user names after the article has begun starts it,
// and it runs to the end of the text unless article-like prose clearly
// resumes after one of its signs.

const (
	// commentWindow is how many paragraphs from a candidate start are
	// searched for further signs of a comment section.
	commentWindow = 10
	// minCommentSigns is how many signs the window must hold.
	minCommentSigns = 3
	// minArticleBefore is how many characters of prose (good or near-good)
	// must come before a comment section: signs above the article (a byline
	// with a date and a comment count) belong to its header.
	minArticleBefore = 60
	// resumeParas and resumeRunes are how much good prose, free of
	// comment signs, must follow a sign for the article to be taken to
	// resume there; a long comment rarely runs to four paragraphs without a
	// reply link or a name below it. When no sign follows at all, less
	// prose will do (resumeLastParas, resumeLastRunes, near-good counting):
	// comments come with names and links, an article's end does not.
	resumeParas     = 4
	resumeRunes     = 1000
	resumeLastParas = 3
	resumeLastRunes = 400
)

// sign is a kind of evidence that a paragraph belongs to a comment section.
type sign uint8

const (
	noSign     sign = iota
	signCue         // a comment-widget line: "Reply", "Newest Most Voted", "12 comments"
	signTime        // a date and time: "October 21, 2019 at 3:15 pm"
	signAgo         // a relative time: "3 years ago"
	signAuthor      // a user name: a short line just before a timestamp
)

// commentSign returns the sign paragraph i gives.
func commentSign(ps []*para, i int) sign {
	p := ps[i]
	switch {
	case p.kind == kindTimestamp:
		return signAgo
	case p.isStamp():
		return signTime
	case p.commentCue > 0 && p.short() && p.kind != kindNone, p.isCommentHeader():
		return signCue
	case i+1 < len(ps) && p.kind == kindNone && p.isUserName() && ps[i+1].isStamp():
		return signAuthor
	}
	return noSign
}

// isStamp: a relative time, or a date line precise to the day or minute
// ("October 21, 2019 at 3:15 pm"); a bare "October 2019" is not one.
func (p *para) isStamp() bool {
	return p.kind == kindTimestamp || p.kind == kindDate && (p.hasDate() || strings.Contains(p.text, ":"))
}

// saidWords end the header line of a comment: "Anna on October 21, 2019
// at 3:15 pm said:", "Bill Tanaka says:".
var saidWords = setOf(`said says wrote writes dit écrit schreibt schrieb dice dijo
	escribió scrive scritto disse diz escreveu schreef zegt пишет написал`)

// isCommentHeader: a short line ending in "said:" or the like.
func (p *para) isCommentHeader() bool {
	n := len(p.toks)
	return n >= 2 && n <= 15 && p.toks[n-1].colon && saidWords[p.toks[n-1].low]
}

// isUserName: one to four words, no sentence punctuation, at most 40
// characters ("kestrel_watcher", "Anna M.").
func (p *para) isUserName() bool {
	return len(p.toks) >= 1 && len(p.toks) <= 4 && p.runes <= 40 && !endsWith(p.text, '.')
}

// markComments finds the comment sections of ps and sets kindComment on
// their paragraphs. It reads the context-free classes. A section runs from
// its first sign to the end of the text, unless a stretch of article-like
// prose without signs follows one of its signs: the article resumes there
// (the "section" was a byline with a comment link) and the search goes on
// below.
func markComments(ps []*para) {
	signs := make([]sign, len(ps))
	for i := range ps {
		signs[i] = commentSign(ps, i)
	}
	before := 0 // characters of prose seen so far
	for i := 0; i < len(ps); i++ {
		if signs[i] == noSign || before < minArticleBefore || !clustered(signs[i:]) {
			if ps[i].cf == good || ps[i].cf == nearGood {
				before += ps[i].runes
			}
			continue
		}
		end := len(ps)
		for j := i + 1; j < len(ps); j++ {
			if signs[j] == noSign && signs[j-1] != noSign && resumes(ps[j:], signs[j:]) {
				end = j
				break
			}
		}
		for _, p := range ps[i:end] {
			p.kind = kindComment
			p.cf = bad
		}
		i = end - 1
	}
}

// clustered reports whether a comment section starts at signs[0]: enough
// signs in the window, and either a comment-widget line among signs of
// another kind, widget lines alone, or user names over relative times
// ("kestrel_fan / 3 years ago") at least twice. Names over clock times
// alone are not enough: a live blog's entries look the same.
func clustered(signs []sign) bool {
	var count [5]int
	for _, s := range signs[:min(len(signs), commentWindow)] {
		count[s]++
	}
	cue, times, author := count[signCue], count[signTime]+count[signAgo], count[signAuthor]
	if cue+times+author < minCommentSigns {
		return false
	}
	return cue > 0 && (times > 0 || author > 0) || cue >= minCommentSigns ||
		count[signAgo] >= 2 && author >= 2
}

// resumes reports whether ps, which follow a comment sign, hold enough
// good prose before the next sign to be the article again rather than a
// comment.
func resumes(ps []*para, signs []sign) bool {
	n, runes := 0, 0    // good paragraphs
	nn, nnRunes := 0, 0 // good and near-good ones
	last := true        // no sign follows
	for i, p := range ps {
		if signs[i] != noSign {
			last = false
			break
		}
		switch p.cf {
		case good:
			n++
			runes += p.runes
			fallthrough
		case nearGood:
			nn++
			nnRunes += p.runes
		}
	}
	return n >= resumeParas && runes >= resumeRunes ||
		last && nn >= resumeLastParas && nnRunes >= resumeLastRunes
}
