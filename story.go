package parallax

import "time"

// Story is the coverage of one real-world event: the articles that report
// it, from however many outlets. Copies of one text (wire reprints) belong
// to the story of the text they copy.
type Story struct {
	// ID identifies the story in the store; it is derived from the first
	// article that started it, so re-running the same inputs in the same
	// order gives the same ids.
	ID string
	// Title is a readable name: the most central headline of the story.
	Title string
	// Articles are the ids of the story's articles, earliest published
	// first (unknown dates last), then by id.
	Articles []string
	// Outlets are the distinct outlets of the story's articles, sorted.
	Outlets []string
	// FirstSeen and LastSeen are the earliest and latest publication times
	// of its articles; zero when none of them has a known date.
	FirstSeen, LastSeen time.Time
	// Related lists stories about related but different events (the same
	// actors and places, another happening), most similar first.
	Related []string
	// Timeline is what happened in the story in date order, as its
	// articles report it; empty until it is built.
	Timeline []TimelineEntry

	// What the story's articles say, lined up across them; empty until
	// the story is reconciled.
	Quotes   []StoryQuote  // statements, each with every outlet's wording
	Speakers []Speaker     // who is quoted, under all their names
	Entities []StoryEntity // who and where the story is about
	Facts    []Fact        // what the sources agree and differ on
	Unique   []Unique      // details only one outlet reports
	Coverage []Coverage    // each outlet's share, unique details and omissions
}

// TimelineEntry is one dated happening of a story: a statement, a vote, a
// departure, with the articles that report it.
type TimelineEntry struct {
	// Date is a TIMEX3 date value at the entry's granularity:
	// "2019-10-19", "2019-10", "2019", "2019-W43".
	Date string
	// Granularity is "day", "week", "month" or "year".
	Granularity string
	// Summary is a short extractive summary: the reporting sentence of
	// the most central article, trimmed.
	Summary string
	// Actor is who acted, when the sentence names one; "" otherwise.
	Actor string
	// Articles are the ids of the articles that report the happening on
	// this date, earliest published first.
	Articles []string
	// Dates lists, when the entry's sources give it different dates, each
	// date with the articles that give it (most sources first); empty when
	// they agree.
	Dates []TimelineDate
}

// TimelineDate is one of the dates the sources of a timeline entry give it,
// when they disagree.
type TimelineDate struct {
	// Date is a TIMEX3 date value at the entry's granularity.
	Date string
	// Articles are the ids of the articles that give this date, earliest
	// published first; a copy is listed with the date of its original.
	Articles []string
}
