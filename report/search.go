package report

import parallax "github.com/parallax-news/parallax"

// SearchJSON is the JSON document of a full-text search: what
// `parallax search --format json` prints and GET /api/search returns
// (docs/json.md, "Other JSON the command line writes").
type SearchJSON struct {
	Version int             `json:"version"`
	Query   string          `json:"query"`
	Hits    []SearchHitJSON `json:"hits"`
}

// SearchHitJSON is one article matching a search, best first.
type SearchHitJSON struct {
	Article ArticleJSON `json:"article"`
	Snippet string      `json:"snippet"`
	Rank    float64     `json:"rank"`
}

// NewSearchJSON builds the search document; hits is [] when none match.
func NewSearchJSON(query string, hits []parallax.SearchHit) SearchJSON {
	out := SearchJSON{Version: Version, Query: query, Hits: make([]SearchHitJSON, 0, len(hits))}
	for _, h := range hits {
		out.Hits = append(out.Hits, SearchHitJSON{NewArticleJSON(h.Article), h.Snippet, h.Rank})
	}
	return out
}
