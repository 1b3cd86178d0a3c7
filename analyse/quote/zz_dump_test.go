package quote_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/source"
)

func TestZZDump(t *testing.T) {
	dir := filepath.Join("..", "..", "examples")
	ex := extract.New(extract.Options{})
	f, _ := os.Create("/tmp/demo_texts.txt")
	defer f.Close()
	for r := range source.Read(context.Background(), []string{dir}, source.Options{}) {
		if r.Err != nil || r.Note != "" {
			continue
		}
		a, err := ex.Extract(r.Doc)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "==== %s | %s | %v | %s\n%s\n\n", r.Doc.Source, a.Outlet, a.Published, a.Language, strings.TrimSpace(a.Text))
	}
}
