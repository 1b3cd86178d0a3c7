package sqlite

import (
	"encoding/json"
	"math"

	parallax "github.com/parallax-news/parallax"
)

// reconciledJSON is the stored form of what reconciling a story finds.
// The nested values are the domain types encoded under their Go field
// names: this column is derived data, rebuilt whenever the story is
// touched, so a renamed field costs a re-run, not lost work. Fields are
// only ever added, so older rows still decode.
type reconciledJSON struct {
	Quotes   []parallax.StoryQuote  `json:"quotes,omitempty"`
	Speakers []parallax.Speaker     `json:"speakers,omitempty"`
	Entities []parallax.StoryEntity `json:"entities,omitempty"`
	Facts    []parallax.Fact        `json:"facts,omitempty"`
	Unique   []parallax.Unique      `json:"unique,omitempty"`
	Coverage []parallax.Coverage    `json:"coverage,omitempty"`
}

// encodeReconciled returns the reconciled column of s.
func encodeReconciled(s *parallax.Story) (string, error) {
	v := reconciledJSON{Quotes: s.Quotes, Speakers: s.Speakers, Entities: s.Entities,
		Facts: s.Facts, Unique: s.Unique, Coverage: s.Coverage}
	for _, c := range v.Coverage {
		if math.IsNaN(c.Share) || math.IsInf(c.Share, 0) {
			return "", errNotFinite
		}
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// errNotFinite rejects a share JSON cannot hold.
var errNotFinite = parallax.Errorf(parallax.EINVALID, "coverage share is not a finite number")

// decodeReconciled fills s's reconciled fields from the column.
func decodeReconciled(s *parallax.Story, column string) error {
	var v reconciledJSON
	if err := json.Unmarshal([]byte(column), &v); err != nil {
		return err
	}
	s.Quotes, s.Speakers, s.Entities = v.Quotes, v.Speakers, v.Entities
	s.Facts, s.Unique, s.Coverage = v.Facts, v.Unique, v.Coverage
	return nil
}
