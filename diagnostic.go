package parallax

// Diagnostic is a problem with one document that does not stop the run: a
// skipped file, an unparseable date, a field that could not be read. Errors
// that lose an input are returned as *InputError instead.
type Diagnostic struct {
	Source  string // the input it concerns
	Stage   string // "source", "extract", "store", …
	Message string
}

func (d Diagnostic) String() string {
	if d.Source == "" {
		return d.Stage + ": " + d.Message
	}
	return d.Source + ": " + d.Message
}
