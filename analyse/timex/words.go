package timex

import "time"

// months maps month names and their abbreviations to month numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// abbrevMonth reports whether w is an abbreviation, which alone (without a
// day or year) is too ambiguous to be a month: "Mar", "Jan".
func abbrevMonth(w string) bool { return len(w) <= 4 && w != "may" && w != "june" && w != "july" }

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// partsOfDay are the TIMEX3 codes of the parts of a day.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}

// numberWords are the spelled-out numbers a duration may use; -1 stands
// for an unspecified count ("several days" → PXD).
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "dozen": 12, "several": -1, "few": -1, "many": -1, "couple": 2,
}

// unit is a calendar unit of durations: its TIMEX3 code and whether it is
// a time (PT…) rather than a date (P…) unit.
type unit struct {
	code   string
	clock  bool
	plural bool
}

var units = map[string]unit{
	"second": {"S", true, false}, "seconds": {"S", true, true},
	"minute": {"M", true, false}, "minutes": {"M", true, true},
	"hour": {"H", true, false}, "hours": {"H", true, true},
	"day": {"D", false, false}, "days": {"D", false, true},
	"week": {"W", false, false}, "weeks": {"W", false, true},
	"month": {"M", false, false}, "months": {"M", false, true},
	"year": {"Y", false, false}, "years": {"Y", false, true},
	"decade": {"DE", false, false}, "decades": {"DE", false, true},
	"century": {"CE", false, false}, "centuries": {"CE", false, true},
	"quarter": {"Q", false, false}, "quarters": {"Q", false, true},
}

// ordinals of quarters and halves.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}

var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// durationMods hedge or bound a duration and belong to its span.
var durationMods = map[string]bool{
	"about": true, "nearly": true, "almost": true, "roughly": true, "approximately": true,
	"around": true, "some": true,
}

// counting words before a four-digit number make it a count, not a year.
var countingWords = map[string]bool{
	"about": true, "some": true, "nearly": true, "than": true, "over": true, "around": true,
	"approximately": true, "almost": true, "$": true, "£": true, "€": true, "#": true,
	"no": true, "number": true, "additional": true, "another": true,
}

// futureMarkers before an expression in its clause put it in the future;
// pastMarkers end the look-back ("said Friday it will" is past).
var futureMarkers = map[string]bool{
	"will": true, "shall": true, "ll": true, "scheduled": true, "expected": true,
	"slated": true, "due": true, "plan": true, "plans": true, "planned": true, "planning": true,
	"upcoming": true, "going": true, "won": true, "might": true,
	"until": true, "soon": true, "would": true, "supposed": true, "faces": true, "facing": true,
}

// warnVerbs before "of" look forward: one warns of what is to come.
var warnVerbs = map[string]bool{"warned": true, "warns": true, "warn": true, "warning": true, "warnings": true}

// intentVerbs look forward when a "to" follows them: "invited both sides
// to meet", "called union leaders to talks", "agreed to resume".
var intentVerbs = map[string]bool{
	"invited": true, "invite": true, "invites": true, "called": true, "calls": true,
	"summoned": true, "summons": true, "asked": true, "asks": true, "urged": true, "urges": true,
	"agreed": true, "agree": true, "agrees": true, "decided": true, "decides": true,
	"promised": true, "promises": true, "pledged": true, "vowed": true, "threatened": true,
	"hopes": true, "hope": true, "hoped": true, "wants": true, "want": true, "aims": true,
	"intends": true, "intend": true, "intended": true, "prepared": true, "ready": true,
	"convened": true, "likely": true,
}

var pastMarkers = map[string]bool{
	"said": true, "says": true, "told": true, "was": true, "were": true, "had": true,
	"did": true, "ago": true, "announced": true, "reported": true,
}

// starters are the words an expression can begin with; other words are
// skipped at once, which keeps the scanner fast.
var starters = map[string]bool{}

func init() {
	for _, m := range []map[string]int{months, numberWords, ordinals} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range weekdays {
		starters[w] = true
	}
	for w, u := range units {
		if u.plural {
			starters[w] = true
		}
	}
	for w := range seasons {
		starters[w] = true
	}
	for w := range durationMods {
		starters[w] = true
	}
	for w := range relWords {
		starters[w] = true
	}
	for _, w := range []string{"the", "last", "this", "next", "early", "late", "mid", "earlier",
		"later", "past", "coming", "recent", "every", "each", "daily", "weekly", "monthly",
		"annually", "yearly", "hourly", "nightly", "fiscal", "christmas", "thanksgiving", "new",
		"noon", "midnight", "midday", "year", "'", "more", "less", "at", "up",
		"latest", "current", "previous", "same", "tonight", "yesterday", "tomorrow", "today",
		"right", "sometime", "formerly", "lately", "nowadays", "present", "future"} {
		starters[w] = true
	}
}
