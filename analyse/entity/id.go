package entity

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ID returns the canonical id of an entity of the given type and name:
// the type lower-cased, a colon, and the name as a slug with diacritics
// folded ("PERSON", "Anna Kovač" → "person:anna-kovac"). The id depends on
// nothing but its arguments, so the same name gets the same id in every
// article, story and run without a registry.
func ID(typ, name string) string {
	return strings.ToLower(typ) + ":" + Slug(name)
}

// Slug lower-cases name, folds its diacritics, drops a leading "the" and
// a possessive ending, and joins the remaining words with hyphens.
func Slug(name string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(strings.ToLower(fold(trimPossessive(name)))) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// A combining mark left by decomposition: "č" → "c".
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// Apostrophes join: "Dockworkers'" → "dockworkers".
		default:
			hyphen = true
		}
	}
	s := strings.TrimPrefix(b.String(), "the-")
	return s
}

// fold maps letters that do not decompose to their base letters.
func fold(s string) string {
	if !strings.ContainsAny(s, "ßøØłŁđĐæÆœŒıþÞ") {
		return s
	}
	return strings.NewReplacer("ß", "ss", "ø", "o", "Ø", "O", "ł", "l", "Ł", "L", "đ", "d", "Đ", "D",
		"æ", "ae", "Æ", "AE", "œ", "oe", "Œ", "OE", "ı", "i", "þ", "th", "Þ", "Th").Replace(s)
}

// trimPossessive drops a final "'s" or "’s" ("Iraq's" → "Iraq").
func trimPossessive(s string) string {
	for _, p := range []string{"'s", "’s", "'S", "’S"} {
		if len(s) > len(p) && strings.HasSuffix(s, p) {
			return s[:len(s)-len(p)]
		}
	}
	return s
}

// typeOfID returns the type part of an id, upper-cased ("person:x" →
// "PERSON").
func typeOfID(id string) string {
	t, _, _ := strings.Cut(id, ":")
	return strings.ToUpper(t)
}

// slugOfID returns the name part of an id.
func slugOfID(id string) string {
	_, s, _ := strings.Cut(id, ":")
	return s
}
