package http

import (
	"strconv"
	"strings"

	parallax "github.com/parallax-news/parallax"
)

// Geometry of the timeline drawing, in SVG user units.
const (
	svgWidth  = 800
	svgHeight = 140
	svgMargin = 60
	svgAxisY  = 70
)

// timelineSVG is what the story template needs to draw a timeline: the
// markers already placed. The template escapes every string.
type timelineSVG struct {
	Width, Height, AxisY, X1, X2 int
	Markers                      []marker
}

// marker is one timeline entry on the axis.
type marker struct {
	X, LabelY int
	Date      string
	Summary   string
	Href      string // the entry's first article; "" when it has none
}

// newTimelineSVG places the entries evenly along the axis in date order,
// labels alternating above and below so that neighbours do not collide.
// Even spacing rather than a time scale keeps entries days apart readable
// in a story that spans years.
func newTimelineSVG(tl []parallax.TimelineEntry) *timelineSVG {
	// An empty timeline still gets its axis, so the page keeps one shape.
	t := &timelineSVG{Width: svgWidth, Height: svgHeight, AxisY: svgAxisY, X1: svgMargin / 2, X2: svgWidth - svgMargin/2}
	span := svgWidth - 2*svgMargin
	for i, e := range tl {
		x := svgWidth / 2
		if len(tl) > 1 {
			x = svgMargin + i*span/(len(tl)-1)
		}
		labelY := svgAxisY - 16
		if i%2 == 1 {
			labelY = svgAxisY + 26
		}
		m := marker{X: x, LabelY: labelY, Date: e.Date, Summary: e.Summary}
		if len(e.Articles) > 0 {
			m.Href = "/articles/" + e.Articles[0]
		}
		t.Markers = append(t.Markers, m)
	}
	return t
}

// formatValue writes a number without a needless fraction or exponent.
func formatValue(v float64) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if strings.Contains(s, ".") && len(s) > 12 {
		s = strconv.FormatFloat(v, 'g', 6, 64)
	}
	return s
}
