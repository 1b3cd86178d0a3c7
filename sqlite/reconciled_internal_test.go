package sqlite

import (
	"testing"

	parallax "github.com/parallax-news/parallax"
)

// storedReconciled is a reconciled column as this version writes it. The
// column holds domain types under their Go field names, so renaming a
// field would silently empty stories saved before: this test fails first.
const storedReconciled = `{"quotes":[{"Speaker":"Ilse Varga","Text":"We owe the islands that much","Kind":"direct","Articles":["a1"],"Wordings":[{"Article":"a1","Text":"We owe the islands that much","Span":{"start":4,"end":32}}],"Date":"2025-03-01T09:00:00Z"}],` +
	`"speakers":[{"Name":"Ilse Varga","Aliases":["Varga"],"Roles":["Harbour Minister"],"Articles":["a1"],"Entity":"person:ilse-varga"}],` +
	`"entities":[{"ID":"person:ilse-varga","Name":"Ilse Varga","Type":"PERSON","Aliases":null,"Roles":null,"Country":"Aldermark","Articles":["a1"]}],` +
	`"facts":[{"Kind":"quantity","Key":"crossings","Status":"differ","Values":[{"Value":"12","Text":"12 crossings","Articles":["a1"],"Wordings":null,"Sources":1,"Attributed":"Ilse Varga","Via":"Harbour Wire"}],"Note":"12 vs 14"}],` +
	`"unique":[{"Article":"a1","Text":"Queues were long.","Span":{"start":40,"end":57}}],` +
	`"coverage":[{"Outlet":"Harbour Beacon","Articles":["a1"],"Facts":1,"Share":0.5,"Unique":1,"Missing":["fares"]}]}`

func TestStoredReconciledReadsBack(t *testing.T) {
	var s parallax.Story
	if err := decodeReconciled(&s, storedReconciled); err != nil {
		t.Fatal(err)
	}
	q, sp, e, f, u, c := s.Quotes, s.Speakers, s.Entities, s.Facts, s.Unique, s.Coverage
	switch {
	case len(q) != 1 || q[0].Speaker != "Ilse Varga" || q[0].Kind != "direct" || len(q[0].Wordings) != 1 || q[0].Wordings[0].Span.End != 32 || q[0].Date.IsZero():
		t.Errorf("quotes = %+v", q)
	case len(sp) != 1 || sp[0].Entity != "person:ilse-varga" || sp[0].Roles[0] != "Harbour Minister":
		t.Errorf("speakers = %+v", sp)
	case len(e) != 1 || e[0].Country != "Aldermark" || e[0].Type != "PERSON":
		t.Errorf("entities = %+v", e)
	case len(f) != 1 || f[0].Status != "differ" || f[0].Values[0].Sources != 1 || f[0].Values[0].Via != "Harbour Wire" || f[0].Values[0].Attributed != "Ilse Varga" || f[0].Note == "":
		t.Errorf("facts = %+v", f)
	case len(u) != 1 || u[0].Span.Start != 40:
		t.Errorf("unique = %+v", u)
	case len(c) != 1 || c[0].Share != 0.5 || c[0].Missing[0] != "fares" || c[0].Unique != 1:
		t.Errorf("coverage = %+v", c)
	}
}
