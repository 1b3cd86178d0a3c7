package story_test

import (
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// The fixture corpus is invented: the town of Torvik, its mayor Ilsa
// Brandt, the Nordvik Bridge, the Glassford fire and every outlet are
// made up for these tests.

func day(d int, hour int) time.Time {
	return time.Date(2025, 3, 1, hour, 0, 0, 0, time.UTC).AddDate(0, 0, d-1)
}

// bridgeWire is the original wire story of the bridge opening (event B1).
const bridgeWire = `TORVIK — The Nordvik Bridge opened to traffic on Saturday, ending six years of construction and a decade of argument over the crossing that now links Torvik with the island district of Halsey.

Mayor Ilsa Brandt cut the ribbon at 10 a.m. in front of about 2,400 residents, many of whom had walked across the 1,150-metre span before the first cars were allowed on. "This bridge belongs to everyone who waited for it," Brandt said. "It's the biggest thing this town has built in a century."

The bridge cost 412 million crowns, well above the 280 million the council approved in 2019. Brandt said the overrun was "painful but explained" by the price of steel and by a redesign after engineers found soft clay under the northern pier.

Ferry operator Skerry Lines will cut its Torvik–Halsey service from 40 crossings a day to 12 from Monday. The company said 35 of its 90 staff would be offered jobs at the new toll plaza.

Opposition councillor Per Vinter said the town would be paying for the bridge "for thirty years" and demanded an independent audit of the contracts.`

// bridgeReprint is bridgeWire as a regional paper ran it: a new headline,
// curly quotes, and the last paragraph cut.
var bridgeReprint = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(
	bridgeWire[:strings.LastIndex(bridgeWire, "\n\n")], `"This`, "“This"), `it,"`, "it,”"), "It's", "It’s")

// bridgeOwn is another outlet's own report of the same opening.
const bridgeOwn = `Thousands of people streamed onto the new Nordvik Bridge on Saturday morning as Torvik celebrated the opening of a crossing it has debated since the 1990s.

Mayor Ilsa Brandt, who has staked much of her second term on the project, told the crowd that the island district of Halsey would "never again be cut off by a storm or a strike on the ferries". Police estimated the crowd at roughly 2,400.

Not everyone was celebrating. Councillor Per Vinter of the Civic List pointed to the final bill of 412 million crowns, far above the original estimate, and said he would ask for an audit. Skerry Lines, which runs the ferry, confirmed it will reduce sailings from Monday.

Drivers will pay a toll of 30 crowns for the first five years. Cyclists and pedestrians cross for free.`

// bridgeRadio is a short radio bulletin about the opening.
const bridgeRadio = `The Nordvik Bridge between Torvik and Halsey is open. Mayor Ilsa Brandt cut the ribbon this morning before a crowd of more than two thousand, after six years of building work. The bridge came in at 412 million crowns, over budget, and opposition councillor Per Vinter wants an audit. Skerry Lines ferries will run only 12 crossings a day from Monday. A toll of 30 crowns applies to cars.`

// resignation is a different event with the same actors six weeks later
// (event B2): the mayor resigns after the audit of the bridge costs.
const resignation = `TORVIK — Mayor Ilsa Brandt resigned on Friday, two days after an independent audit found that the council had been misled about the cost of the Nordvik Bridge.

The audit, ordered in March at the request of councillor Per Vinter, concluded that officials knew by 2021 that the crossing would cost more than 400 million crowns but told councillors the budget of 280 million would hold. It named no one but criticised "a culture of optimism" at the town hall.

Brandt, who opened the bridge to cheering crowds in March, said she had not known of the warnings but accepted responsibility. "I will not let this office be damaged by a report about my time in it," she said at a short press conference. Deputy mayor Jonas Ek will lead the council until an election in September.

Vinter said the resignation was "the right decision, and the start of an answer".`

// resignationOwn is another outlet's report of the resignation.
const resignationOwn = `Torvik's mayor Ilsa Brandt stepped down on Friday after an audit into the Nordvik Bridge concluded that councillors had been given a false picture of its spiralling cost.

The report said town hall officials had known for years that the bridge, finished at 412 million crowns, would far exceed the 280 million approved, yet kept the council in the dark. Per Vinter, the opposition councillor who demanded the inquiry, welcomed the resignation.

Brandt denied knowing about the warnings but said a mayor must take responsibility. Her deputy Jonas Ek takes over until the September election, when Brandt says she will not stand.`

// fire is an unrelated event on the same day as the bridge opening (F).
const fire = `GLASSFORD — Firefighters evacuated some 600 homes on the edge of Glassford on Saturday as a grass fire driven by strong easterly winds jumped the Rell river and moved towards the town's western suburbs.

Fire chief Marta Oyelaran said 14 crews and two water-bombing aircraft were working the fire front, which stretched for about 6 kilometres by early afternoon. No injuries had been reported, but three farm buildings and a barn were destroyed.

Residents of the Upper Moss and Kettle Lane areas were told to leave immediately and go to the sports hall on Brook Road, where the Red Cross set up beds. The regional weather service expects the wind to ease overnight.`

// fireOwn is another outlet's report of the fire.
const fireOwn = `Hundreds of families spent Saturday night in the Brook Road sports hall after a wind-driven grass fire forced the evacuation of about 600 homes in western Glassford.

The blaze crossed the Rell river around midday, said fire chief Marta Oyelaran, whose 14 crews were backed by two water-bombing planes. Three farm buildings burned near Kettle Lane. Nobody was hurt.

Forecasters said the easterly wind that fanned the flames should die down by Sunday morning, giving crews a chance to contain the 6-kilometre fire front.`

// fixture builds the fixture corpus: key → article.
func fixture() map[string]*parallax.Article {
	mk := func(id, outlet, title, text string, pub time.Time) *parallax.Article {
		return &parallax.Article{ID: id, Outlet: outlet, Title: title, Text: text, Published: pub, Language: "en"}
	}
	return map[string]*parallax.Article{
		"wire":    mk("wire", "Northline Wire", "Torvik opens Nordvik Bridge after six years of building", bridgeWire, day(1, 11)),
		"reprint": mk("reprint", "Halsey Courier", "Island finally joined to the mainland as bridge opens", bridgeReprint, day(1, 15)),
		"own":     mk("own", "Torvik Tidende", "Crowds stream across Nordvik Bridge on opening day", bridgeOwn, day(1, 13)),
		"radio":   mk("radio", "Radio Torvik", "Nordvik Bridge open", bridgeRadio, day(1, 12)),
		"resign":  mk("resign", "Northline Wire", "Torvik mayor Brandt resigns after bridge audit", resignation, day(42, 16)),
		"resign2": mk("resign2", "Torvik Tidende", "Brandt quits as audit finds council misled on bridge cost", resignationOwn, day(42, 19)),
		"fire":    mk("fire", "Northline Wire", "Glassford homes evacuated as grass fire jumps river", fire, day(1, 14)),
		"fire2":   mk("fire2", "Glassford Gazette", "Families shelter in sports hall as fire threatens western suburbs", fireOwn, day(1, 20)),
	}
}

// fixtureEvents are the expected stories of the fixture corpus.
var fixtureEvents = [][]string{
	{"wire", "reprint", "own", "radio"},
	{"resign", "resign2"},
	{"fire", "fire2"},
}
