package entity

import "strings"

// Word lists the resolver reads names and titles with. They are general
// English (and a little French, for translated copy), never tied to one
// story.

// wordSet builds a set of lower-case words from a space-separated list.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// honorifics are the courtesy titles that go with a name ("Ms Varela").
// They become an alias of the person rather than a role.
var honorifics = wordSet("mr mr. mrs mrs. ms ms. miss mx mx. m. mme mme. mlle herr frau")

// titleHeads are the nouns a title or rank ends with: the word right
// before a name ("Defence Minister Ana Varela") or the head of an
// apposition ("Henrik Alsop, chief executive of …").
var titleHeads = wordSet(`minister secretary president premier chancellor speaker leader chief head
	spokesman spokeswoman spokesperson executive officer director chairman chairwoman chairperson chair
	mayor governor senator ambassador envoy judge justice master economist researcher analyst scientist
	historian expert lecturer professor prof prof. dr dr. general gen gen. colonel col. lieutenant lt.
	major maj. captain capt. commander admiral adm. sergeant sgt. corporal brigadier marshal king queen
	prince princess pope cardinal bishop archbishop rabbi imam sheikh ayatollah reverend rev. father sir
	dame lord lady coach manager deputy lawmaker mp congressman congresswoman representative rep. sen.
	gov. attorney prosecutor inspector superintendent commissioner correspondent editor reporter founder
	owner candidate diplomat negotiator adviser advisor aide official president-elect secretary-general
	vice-president ceo cfo coo chairman-elect governor-general premier-elect ministre président`)

// titleModifiers are lower-case words that may stand inside a title before
// its head ("former labour court judge", "chief executive").
var titleModifiers = wordSet(`former acting deputy vice interim outgoing incoming new then late general
	chief senior junior assistant associate executive managing prime foreign defence defense interior
	finance economy economic transport labour labor health education justice trade energy environment
	agriculture culture home state court harbour harbor union party opposition army police military navy
	air force staff national regional local security press nationalist communications district political
	public federal provincial municipal city county commercial financial legal medical first second
	third top`)

// verbCues are verbs, relatives and conjunctions that end a title: what
// follows them is a clause, not a title's complement.
var verbCues = wordSet(`who whom whose which that said says say told tells is was were are be been has
	have had will would can could may might should did does do added according when while where after
	before because if as`)

// determiners open an apposition ("the mayor of Tessin, …").
var determiners = wordSet("the a an its his her their our your this that le la les l' un une")

// leadingStops are function words the tagger sometimes takes into the
// start of a name ("À Orsenburg", "In Tessin" at a sentence start).
var leadingStops = wordSet(`à au aux en dans mais et par pour sur avec in at on for but and of with from by
	to after before when while as if de du des la le les`)

// orgHeads are words that make a name an organisation when they are its
// head ("Harrowgate Terminals", "Ministry of Labour").
var orgHeads = wordSet(`union bank institute university association terminals ministry assembly alliance
	front party brigade council committee commission court army navy police agency company corporation
	corp corp. inc inc. ltd ltd. plc group bloc federation league foundation society organisation
	organization authority office department parliament senate congress government club fund trust
	service services forces guard movement airlines airways holdings industries partners chamber board
	school college academy hospital church network broadcasting broadcaster wire news press times post
	herald gazette journal tribune chronicle telegraph courier radio television tv daily weekly
	institution cabinet directorate secretariat regiment battalion division corps fleet`)

// placeHeads make a name a place when they are its head ("Ostrel Air
// Base", "Liberty Square"); placeFirst when they open it ("Camp Halvard",
// "Port of Brennick").
var placeHeads = wordSet(`base square street st st. road avenue ave boulevard lane highway bay river lake
	mountain mountains valley province region district county island islands airport airfield port
	harbour harbor bridge park hill hills gulf sea ocean strait peninsula desert coast canal station
	barracks plaza forest heights plain plains basin delta pass`)
var placeFirst = wordSet("camp fort mount mt. lake port cape gulf bay river isle gare place rue")

// miscHeads make a name something other than an actor or a place
// ("Lumira Accord").
var miscHeads = wordSet(`accord accords treaty agreement convention protocol act war cup games olympics
	award prize plan doctrine charter declaration pact summit`)

// nameBreaks split a name into its head part and the rest ("Ministry of
// Labour", "Institute for Security Studies").
var nameBreaks = wordSet("of for de du des on")

// isOrgWord reports whether w (any case) is a generic organisation word
// that a short form may keep ("the Assembly" for "National Assembly").
func isOrgWord(w string) bool { return orgHeads[strings.ToLower(w)] }
