package parallax

import (
	"strings"
	"time"
)

// Quote is one attribution in an article: a statement, direct or reported,
// and who it is attributed to.
type Quote struct {
	// Speaker is who the statement is attributed to, resolved: the full
	// name for a person ("Mark Esper" for "he" or "the Pentagon chief"
	// when the article names him earlier), the institution or document
	// otherwise ("the Iraqi military"). "unknown" when it cannot be
	// resolved, and for people the article describes but does not name
	// ("a dock worker", "officials"; see Unnamed); never a guess from
	// far away.
	Speaker string
	// SpeakerText is the speaker as written where the statement is made
	// ("he", "US Defense Secretary Mark Esper").
	SpeakerText string
	// Role is the title written with the speaker, split off the name
	// ("US Defense Secretary"); empty when none.
	Role string
	// Cue is the reporting phrase: "said", "told reporters", "according to".
	Cue string
	// Text is the content of the statement, as written (for a direct
	// quote, without the quote marks).
	Text string
	// Kind is "direct" (in quote marks) or "indirect" (reported speech).
	Kind string
	// Span is the offsets of Text in the article's text; SpeakerSpan and
	// CueSpan those of SpeakerText and Cue (zero when not written).
	Span        Span
	SpeakerSpan Span
	CueSpan     Span
	// Entity is the canonical entity id of the speaker when it is a
	// recognised entity; empty otherwise.
	Entity string
}

// Unnamed returns how the article describes the speaker of a statement
// it does not name ("a police spokesman", "officials", "our source"):
// SpeakerText, spaces collapsed, when Speaker is unknown and the text
// says more than a pronoun, which alone describes no one ("he"); ""
// otherwise. Reports show it where they would show a name; stories
// keep one description's statements apart from another's.
func (q Quote) Unnamed() string {
	if q.Speaker != "" && q.Speaker != UnknownSpeaker {
		return ""
	}
	said := strings.Join(strings.Fields(q.SpeakerText), " ")
	switch strings.ToLower(said) {
	case "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which":
		return ""
	}
	return said
}

// Quote kinds.
const (
	Direct   = "direct"
	Indirect = "indirect"
	// UnknownSpeaker is the speaker of a statement whose speaker cannot be
	// resolved.
	UnknownSpeaker = "unknown"
)

// StoryQuote is one statement as the articles of a story report it: the
// same words of one speaker, carried by several outlets, perhaps worded a
// little differently by each.
type StoryQuote struct {
	Speaker string // the resolved speaker, as in Speaker.Name
	Text    string // the most complete wording
	Kind    string // "direct" when any outlet quotes it directly
	// Articles are the ids of the articles that report it, earliest
	// published first.
	Articles []string
	// Wordings are each article's exact words, in the order of Articles:
	// one per article, or one per part when an article splits the
	// statement ("…," she said, "…").
	Wordings []Wording
	// Date is the earliest publication time of the articles that report
	// it; zero when none is dated.
	Date time.Time
}

// Wording is one article's exact words for a statement or a fact.
type Wording struct {
	Article string
	Text    string
	Span    Span // offsets of Text in the article's text
}

// Speaker is one person or body quoted in a story, under every name the
// outlets give it.
type Speaker struct {
	Name     string   // the fullest name: "Mark Esper"
	Aliases  []string // other names used: "Esper", "Mr Esper", "the Pentagon chief"
	Roles    []string // titles given: "US Defense Secretary"
	Articles []string // ids of the articles that quote it
	Entity   string   // canonical entity id, when it is a recognised entity
}

// StoryEntity is one person, organisation, place or other name as the
// articles of a story mention it.
type StoryEntity struct {
	ID       string   // canonical id, as in Entity.ID
	Name     string   // the fullest name used
	Type     string   // PERSON, ORGANIZATION, LOCATION or MISC
	Aliases  []string // other names and forms used ("Esper", "Iraqi")
	Roles    []string // titles given to it in the story
	Country  string   // the country it belongs to or lies in, when known
	Articles []string // ids of the articles that mention it
}

// Attribution is one attribution relation as span annotations mark it
// (PolNeAR): byte spans of who is reported (Source, "the senator"), by
// which words (Cue, "said") to have said or thought what (Content). A
// part may be split — a quotation broken by its cue has two content
// segments — or absent (a cue with no named source). The trained
// attribution tagger finds these and the evaluation scores them.
type Attribution struct {
	Source  []Span
	Cue     []Span
	Content []Span
}
