package perceptron

import (
	"math/bits"
	"math/rand/v2"
)

// Feature names are mostly a few short strings end to end ("w-1|w=",
// the word before, "|", the word), each repeated across many features.
// A tagger that keeps each string's Piece can hash a feature from its
// pieces in a few multiplications, without writing the name out and
// hashing its bytes: the hash is a polynomial in a random base, modulo
// the prime 2⁶¹−1, so the hash of a concatenation follows from the
// hashes of its parts. Each byte counts as its value plus one, so that
// leading zero bytes count too: two distinct names of at most n bytes
// share a hash with probability at most n/2⁶¹ over the choice of base.
const prime61 = 1<<61 - 1

// base is the polynomial's, drawn once per process (as maphash seeds
// are) so that no input can be made to collide on purpose.
var base = 256 + rand.Uint64N(prime61-512)

// powers holds base to the powers 0 to len(powers)-1, the factor a piece
// of that many bytes shifts what comes before it by.
var powers = func() []uint64 {
	p := make([]uint64, 64)
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = mulMod(p[i-1], base)
	}
	return p
}()

// A Piece is a string's part in the hashes of feature names it is part
// of (see Hash.Then).
type Piece struct {
	h, shift uint64 // the string's hash, and base to its length
}

// PieceOf returns the piece of s.
func PieceOf(s string) Piece {
	h := hashBytes(0, s)
	if len(s) < len(powers) {
		return Piece{h, powers[len(s)]}
	}
	shift := uint64(1)
	for range len(s) {
		shift = mulMod(shift, base)
	}
	return Piece{h, shift}
}

// A Hash is the hash of a feature name, built piece by piece: the zero
// Hash is the empty name's. A Decoder of a model whose table hashes
// pieces (HashPieces) takes it in AddHash.
type Hash uint64

// Then returns the hash of h's name followed by p's string.
func (h Hash) Then(p Piece) Hash {
	// mulMod and addMod in one, reducing once: the sum of the folded
	// product and p.h stays below 2⁶³.
	hi, lo := bits.Mul64(uint64(h), p.shift)
	r := lo&prime61 + (lo>>61 | hi<<3) + p.h
	r = r&prime61 + r>>61
	if r >= prime61 {
		r -= prime61
	}
	return Hash(r)
}

// hashBytes returns the hash of h's name followed by the bytes of s.
func hashBytes[S string | []byte](h uint64, s S) uint64 {
	for i := 0; i < len(s); i++ {
		h = addMod(mulMod(h, base), uint64(s[i])+1) // +1: a leading zero byte counts
	}
	return h
}

// mulMod returns a·b mod 2⁶¹−1 for a, b below it.
func mulMod(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a·b = hi·2⁶⁴ + lo, and 2⁶¹ ≡ 1: fold the bits above 61 down,
	// twice, to a value at most the prime, then reduce it.
	r := lo&prime61 + (lo>>61 | hi<<3)
	r = r&prime61 + r>>61
	if r >= prime61 {
		r -= prime61
	}
	return r
}

// addMod returns a+b mod 2⁶¹−1 for a, b below it.
func addMod(a, b uint64) uint64 {
	s := a + b
	if s >= prime61 {
		s -= prime61
	}
	return s
}
