// Package sentence splits article text into sentences.
package sentence

import parallax "github.com/parallax-news/parallax"

// Split returns the byte spans of the sentences of text.
// STUB: replaced by the real implementation.
func Split(text string) []parallax.Span {
	if text == "" {
		return nil
	}
	return []parallax.Span{{Start: 0, End: len(text)}}
}
