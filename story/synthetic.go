package story

import parallax "github.com/parallax-news/parallax"

// Synthetic returns a synthetic stream of n articles.
func Synthetic(n int, seed int64) []*parallax.Article { return nil }
