package story

import (
	"cmp"
	"slices"
	"strings"
	"time"

	parallax "github.com/parallax-news/parallax"
)

// Story returns the story with the given id (title, articles, outlets,
// first and last seen, related stories), or nil when there is none.
func (x *Index) Story(id string) *parallax.Story {
	si, ok := x.storyID[id]
	if !ok || len(x.stories[si].Members) == 0 {
		return nil
	}
	return x.render(si)
}

// Stories returns every story, biggest first, then most recently seen
// (stories with no known date last), then by id.
func (x *Index) Stories() []*parallax.Story {
	out := make([]*parallax.Story, 0, len(x.stories))
	for si, s := range x.stories {
		if len(s.Members) > 0 { // merged into another
			out = append(out, x.render(int32(si)))
		}
	}
	slices.SortFunc(out, func(a, b *parallax.Story) int {
		if c := cmp.Compare(len(b.Articles), len(a.Articles)); c != 0 {
			return c
		}
		if c := b.LastSeen.Compare(a.LastSeen); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

// render builds the public view of story si.
func (x *Index) render(si int32) *parallax.Story {
	s := x.stories[si]
	out := &parallax.Story{ID: s.ID, Title: x.title(s), Related: x.related(si)}

	members := slices.Clone(s.Members)
	slices.SortFunc(members, func(a, b int32) int {
		pa, pb := x.arts[a].Pub, x.arts[b].Pub
		switch {
		case pa == 0 && pb != 0:
			return 1
		case pa != 0 && pb == 0:
			return -1
		case pa != pb:
			return cmp.Compare(pa, pb)
		}
		return cmp.Compare(x.arts[a].ID, x.arts[b].ID)
	})
	outlets := map[string]bool{}
	for _, m := range members {
		out.Articles = append(out.Articles, x.arts[m].ID)
		if o := x.arts[m].Outlet; o != "" && !outlets[o] {
			outlets[o] = true
			out.Outlets = append(out.Outlets, o)
		}
	}
	slices.Sort(out.Outlets)
	if s.First != 0 {
		out.FirstSeen = time.Unix(0, s.First).UTC()
		out.LastSeen = time.Unix(0, s.Last).UTC()
	}
	return out
}

// title is the headline of the member closest to the centroid (ties: the
// earliest), or failing any headline the first sentence of the most
// central member.
func (x *Index) title(s *story) string {
	var title, lead string
	bestT, bestL := -1.0, -1.0
	var atT, atL int32
	for _, m := range s.Members {
		art := x.arts[m]
		sim := 0.0
		if s.norm > 0 {
			sim = dot(art.Vec, s.Cent) / s.norm
		}
		if t := strings.TrimSpace(art.Title); t != "" && (sim > bestT || (sim == bestT && x.earlier(m, atT))) {
			title, bestT, atT = t, sim, m
		}
		if sim > bestL || (sim == bestL && x.earlier(m, atL)) {
			lead, bestL, atL = art.Lead, sim, m
		}
	}
	if title != "" {
		return title
	}
	return lead
}

// related lists the stories whose centroids resemble that of si, ignoring
// time: related but different events. Most similar first.
func (x *Index) related(si int32) []string {
	s := x.stories[si]
	if s.norm == 0 {
		return nil
	}
	type hit struct {
		si  int32
		sim float64
	}
	var hits []hit
	for _, c := range x.candidates(s.Cent, true) {
		o := x.stories[c]
		if c == si || o.norm == 0 {
			continue
		}
		if sim := dot(s.Cent, o.Cent) / (s.norm * o.norm); sim >= relatedThreshold {
			hits = append(hits, hit{c, sim})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		if c := cmp.Compare(b.sim, a.sim); c != 0 {
			return c
		}
		return cmp.Compare(a.si, b.si)
	})
	var ids []string
	for i, h := range hits {
		if i == maxRelated {
			break
		}
		ids = append(ids, x.stories[h.si].ID)
	}
	return ids
}
