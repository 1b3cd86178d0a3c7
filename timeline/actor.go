package timeline

import "strings"

// actor returns who acts in a sentence: for the first reporting or action
// verb that has one, the name right before it ("Defence Minister Ana
// Varela told…" → "Ana Varela", "Ana Varela, the minister, said"), else
// the name right after it ("…," said Varela). Words inside quotation marks
// are the quoted speaker's and are passed over. It returns "" when no verb
// has a name next to it: a wrong actor is worse than none.
func actor(sentence string) string {
	ws := words(sentence)
	seen := false
	for v, w := range ws {
		if w.quoted || !isVerb(w) {
			continue
		}
		// Past the first verb only a reporting verb can still name the
		// actor ("…, the minister said"); a later action verb belongs to
		// a subordinate clause.
		if seen && !reporting[strings.ToLower(w.text)] {
			continue
		}
		seen = true
		if name := nameBefore(ws[:v+1]); name != "" {
			return name
		}
		if name := nameAfter(ws[v+1:]); name != "" {
			return name
		}
	}
	return ""
}

// isVerb reports whether w is a reporting or action verb, or a lower-case
// past form that news uses for actions ("announced", "voted").
func isVerb(w word) bool {
	if w.cap {
		return false
	}
	lw := strings.ToLower(w.text)
	if verbs[lw] {
		return true
	}
	return len(lw) > 5 && strings.HasSuffix(lw, "ed") && !notVerbs[lw]
}

// nameBefore returns the name that ends right before the verb that ends
// ws: auxiliaries ("has announced") and a comma-enclosed apposition ("Ana
// Varela, the minister, said") may stand between them.
func nameBefore(ws []word) string {
	k := len(ws) - 1 // the verb
	for k > 0 && aux[strings.ToLower(ws[k-1].text)] && !ws[k-1].cap {
		k--
	}
	if k > 0 && !ws[k-1].cap && ws[k].gap {
		// An apposition: go back to the comma that opens it.
		j := k - 1
		for j > 0 && !ws[j].gap {
			j--
		}
		if j > 0 && j < k-1 {
			k = j
		}
	}
	end := k
	start := end
	for start > 0 && (ws[start-1].cap || joiner(ws, start-1)) && !ws[start-1].quoted {
		if ws[start].gap && start < end {
			break
		}
		start--
	}
	// "64 percent of Veltravans backed": the object of a preposition is
	// not the subject.
	if start > 0 && start < end && !ws[start].gap && prepositions[ws[start-1].text] {
		return ""
	}
	return clean(ws[start:end])
}

// nameAfter returns the name run that starts ws, if any.
func nameAfter(ws []word) string {
	end := 0
	for end < len(ws) && ws[end].cap && !ws[end].quoted && (end == 0 || !ws[end].gap) {
		end++
	}
	return clean(ws[:end])
}

// joiner reports whether ws[i] is a lower-case "of" or "the" inside a
// name ("Ministry of Labour", "President of the Republic").
func joiner(ws []word, i int) bool {
	lw := ws[i].text
	if lw != "of" && lw != "the" || i == 0 || i+1 >= len(ws) || !ws[i+1].cap {
		return false
	}
	return ws[i-1].cap || (lw == "the" && i > 1 && ws[i-1].text == "of" && ws[i-2].cap)
}

// clean drops what is not a name from a run: a possessive owner, leading
// function words, titles and joiners, months and weekdays.
func clean(run []word) string {
	// "Kessaria's National Assembly": the owner is not the actor.
	for i := len(run) - 2; i >= 0; i-- {
		if run[i].poss {
			run = run[i+1:]
			break
		}
	}
	for len(run) > 0 {
		lw := strings.ToLower(strings.TrimSuffix(run[0].text, "."))
		if !(dateWords[lw] || notNames[lw] || stop[lw] || !run[0].cap || titles[lw] && len(run) > 1) {
			break
		}
		run = run[1:]
	}
	if len(run) == 0 || run[len(run)-1].poss {
		return ""
	}
	parts := make([]string, len(run))
	for i, w := range run {
		if dateWords[strings.ToLower(w.text)] {
			return ""
		}
		parts[i] = w.text
	}
	return strings.Join(parts, " ")
}

var verbs = set(`said says told announced announces declared declares voted votes ordered orders confirmed confirms
	denied denies stated states warned warns promised promises decided decides approved approves rejected rejects
	agreed agrees signed signs called calls began begins launched launches withdrew withdraws left leaves met meets
	claimed claims insisted insists urged urges added adds wrote writes accused accuses revealed reveals indicated
	summoned summons passed passes adopted adopts expelled expels walked walks struck strikes admitted admits`)

// reporting are the verbs of speech, which can follow their subject's
// clause ("…, the minister said") or precede it ("…," said Varela).
var reporting = set(`said says told announced announces declared declares stated states warned warns added adds
	insisted insists claimed claims wrote writes confirmed confirms denied denies indicated`)

var prepositions = set(`of in on at by for from to with into over under about than`)

// aux are auxiliaries that may stand between an actor and its verb.
var aux = set(`has have had was were is are will would also not already`)

// notVerbs are -ed words that are rarely the action of a sentence.
var notVerbs = set(`armoured armored based united hundred limited advanced detailed supposed alleged`)

var titles = set(`minister president prime premier defence defense foreign interior finance chancellor speaker chief
	general gen gov governor sen senator rep mr mrs ms dr prof sir lord lady king queen prince mayor secretary
	spokesman spokeswoman spokesperson ambassador commander colonel col lt captain capt judge justice deputy
	transport harbour harbor master executive director leader opposition nationalist analyst economist party`)

// notNames are capitalised words that start clauses without naming anyone.
var notNames = set(`i we you he she they it the a an on in at but and or if when while after before as
	however meanwhile yet still speaking asked today tonight yesterday tomorrow now`)
