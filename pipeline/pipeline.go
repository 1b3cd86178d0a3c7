package pipeline

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	parallax "github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/analyse/attribution"
	"github.com/parallax-news/parallax/analyse/entity"
	"github.com/parallax-news/parallax/analyse/quantity"
	"github.com/parallax-news/parallax/analyse/quote"
	"github.com/parallax-news/parallax/analyse/sentence"
	"github.com/parallax-news/parallax/analyse/timex"
	"github.com/parallax-news/parallax/extract"
	"github.com/parallax-news/parallax/source"
	"github.com/parallax-news/parallax/story"
)

// Options configures a run. The zero value works.
type Options struct {
	Source  source.Options
	Extract extract.Options
	// Workers bounds the documents extracted at once; default GOMAXPROCS.
	Workers int
	// OnItem, when set, is called once per document or failed input, in
	// input order, once it is saved. It is called from one goroutine.
	OnItem func(Item)
	// BatchSize is the number of documents assigned to stories together:
	// within a batch the assignment does not depend on the order the
	// documents arrive in. Default 500.
	BatchSize int
	// Stories tunes story clustering.
	Stories story.Options
	// Rename, when set, gives each input the name it is reported and
	// stored under: a server ingesting uploads names them as the user
	// knows them, not by their temporary paths.
	Rename func(source string) string
	// Discard keeps only the metadata of each article in the Result once
	// it is saved, not its text, so that ingesting a large corpus does not
	// hold all of it in memory.
	Discard bool
}

// Item is the outcome of one document: an article, or the failure of the
// input it came from.
type Item struct {
	Index   int // position in input order
	Source  string
	Article *parallax.Article    // nil when Err is set
	Err     *parallax.InputError // the input failed
	Status  parallax.SaveStatus  // set by Ingest
}

// Result is what a run produced, in input order.
type Result struct {
	Items []Item
	Notes []string
	// Stories are the stories the run's articles belong to, biggest first
	// (Ingest only).
	Stories []*parallax.Story
	Timing  Timing
}

// Articles returns the articles of r, each id once, in input order.
func (r *Result) Articles() []*parallax.Article {
	seen := make(map[string]bool)
	var out []*parallax.Article
	for _, it := range r.Items {
		if it.Article != nil && !seen[it.Article.ID] {
			seen[it.Article.ID] = true
			out = append(out, it.Article)
		}
	}
	return out
}

// Failures returns the inputs that failed, in input order.
func (r *Result) Failures() []*parallax.InputError {
	var out []*parallax.InputError
	for _, it := range r.Items {
		if it.Err != nil {
			out = append(out, it.Err)
		}
	}
	return out
}

// Count returns how many items have the given save status.
func (r *Result) Count(s parallax.SaveStatus) int {
	n := 0
	for _, it := range r.Items {
		if it.Article != nil && it.Status == s {
			n++
		}
	}
	return n
}

// Timing is the wall time spent in each stage, summed over workers for
// extract and analyse.
type Timing struct {
	Read, Extract, Analyse, Stories, Store, Total time.Duration
}

func (t Timing) String() string {
	return fmt.Sprintf("read %v · extract %v · analyse %v · stories %v · store %v · total %v",
		t.Read.Round(time.Millisecond), t.Extract.Round(time.Millisecond),
		t.Analyse.Round(time.Millisecond), t.Stories.Round(time.Millisecond),
		t.Store.Round(time.Millisecond), t.Total.Round(time.Millisecond))
}

// Pipeline turns inputs into articles.
type Pipeline struct {
	opt       Options
	extractor *extract.Extractor
}

// New returns a pipeline with the given options.
func New(opt Options) *Pipeline {
	if opt.Workers <= 0 {
		opt.Workers = runtime.GOMAXPROCS(0)
	}
	if opt.BatchSize <= 0 {
		opt.BatchSize = 500
	}
	return &Pipeline{opt: opt, extractor: extract.New(opt.Extract)}
}

// Extract reads and extracts every input without storing anything.
func (p *Pipeline) Extract(ctx context.Context, args []string) (*Result, error) {
	return p.run(ctx, args, nil)
}

// Ingest reads, extracts and saves every input into st, and assigns each
// article to a story, going on from the story index the store keeps. A
// failure to save one article is the failure of its input; the others
// still go in.
func (p *Pipeline) Ingest(ctx context.Context, st parallax.Store, args []string) (*Result, error) {
	idx, err := p.loadStories(ctx, st)
	if err != nil {
		return nil, err
	}
	res, err := p.run(ctx, args, func(batch []*Item, tm *Timing) {
		p.saveBatch(ctx, st, idx, batch, tm)
	})
	if res != nil {
		res.Stories = touchedStories(idx, res.Items)
	}
	if err != nil {
		// Interrupted: keep the index in step with the articles that went
		// in, so the next run goes on from them.
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if serr := saveIndex(sctx, st, idx); serr != nil {
			err = errors.Join(err, serr)
		}
		return res, err
	}
	start := time.Now()
	changed, err := p.reconcileStories(ctx, st, res.Stories)
	if err != nil {
		return res, err
	}
	for _, it := range res.Items {
		if it.Article != nil {
			if a, ok := changed[it.Article.ID]; ok {
				copyAnalysis(it.Article, a)
			}
		}
	}
	res.Timing.Stories += time.Since(start)
	return res, saveIndex(ctx, st, idx)
}

// saveIndex keeps a snapshot of the story index in the store.
func saveIndex(ctx context.Context, st parallax.Store, idx *story.Index) error {
	snap, err := idx.MarshalBinary()
	if err != nil {
		return fmt.Errorf("snapshot story index: %w", err)
	}
	if err := st.SaveStoryIndex(ctx, snap); err != nil {
		return fmt.Errorf("save story index: %w", err)
	}
	return nil
}

// run streams documents from the sources through a pool of extraction
// workers, puts the finished items back in input order, and hands them to
// save (when non-nil) in batches of batchSize on the calling goroutine, so
// that saving is serialised and story assignment sees each batch whole.
func (p *Pipeline) run(ctx context.Context, args []string, save func([]*Item, *Timing)) (*Result, error) {
	begin := time.Now()
	res := &Result{}
	type job struct {
		index int
		doc   parallax.Document
	}
	jobs := make(chan job)
	done := make(chan Item)

	// Workers: extract and analyse.
	var extractNs, analyseNs time.Duration
	var mu sync.Mutex
	var wg sync.WaitGroup
	for range p.opt.Workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				it, te, ta := p.process(j.index, j.doc)
				mu.Lock()
				extractNs += te
				analyseNs += ta
				mu.Unlock()
				done <- it
			}
		}()
	}

	// Reader: sources in order; failures and notes bypass the workers.
	var readTime time.Duration
	go func() {
		defer func() { close(jobs); wg.Wait(); close(done) }()
		index := 0
		last := time.Now()
		for r := range source.Read(ctx, args, p.opt.Source) {
			readTime += time.Since(last)
			if p.opt.Rename != nil {
				r.Doc.Source = p.opt.Rename(r.Doc.Source)
				if r.Err != nil {
					r.Err.Source = p.opt.Rename(r.Err.Source)
				}
			}
			switch {
			case r.Note != "":
				mu.Lock()
				res.Notes = append(res.Notes, r.Note)
				mu.Unlock()
			case r.Err != nil:
				done <- Item{Index: index, Source: r.Err.Source, Err: r.Err}
				index++
			default:
				select {
				case jobs <- job{index, r.Doc}:
				case <-ctx.Done():
					return
				}
				index++
			}
			last = time.Now()
		}
	}()

	// Consumer: reorder, batch, save.
	pending := map[int]*Item{}
	var batch []*Item
	flush := func() {
		if save != nil && len(batch) > 0 {
			save(batch, &res.Timing)
		}
		for _, it := range batch {
			if p.opt.OnItem != nil {
				p.opt.OnItem(*it)
			}
			if p.opt.Discard && it.Article != nil {
				it.Article = summarise(it.Article)
			}
			res.Items = append(res.Items, *it)
		}
		batch = batch[:0]
	}
	next := 0
	for it := range done {
		pending[it.Index] = &it
		for {
			it, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			batch = append(batch, it)
			// Without a store there is nothing to batch for: hand each
			// item on as soon as it is next in order.
			if save == nil || len(batch) == p.opt.BatchSize {
				flush()
			}
		}
	}
	flush()
	res.Timing.Read, res.Timing.Extract, res.Timing.Analyse = readTime, extractNs, analyseNs
	res.Timing.Total = time.Since(begin)
	if err := ctx.Err(); err != nil {
		return res, fmt.Errorf("run interrupted: %w", err)
	}
	return res, nil
}

// process extracts and analyses one document.
func (p *Pipeline) process(index int, doc parallax.Document) (it Item, extractTime, analyseTime time.Duration) {
	it = Item{Index: index, Source: doc.Source}
	start := time.Now()
	a, err := p.extractor.Extract(doc)
	extractTime = time.Since(start)
	if err != nil {
		it.Err = &parallax.InputError{Source: doc.Source, Err: err}
		return it, extractTime, 0
	}
	start = time.Now()
	Analyse(a, doc.Meta.ID)
	return Item{Index: index, Source: doc.Source, Article: a}, extractTime, time.Since(start)
}

// summarise returns a copy of a without its text and what derives from it.
func summarise(a *parallax.Article) *parallax.Article {
	c := *a
	c.Text, c.Sentences, c.Removed, c.Extra = "", nil, nil, nil
	return &c
}

// Analyse fills in what the analysis stages derive from an article's text:
// its id, its sentences, the quantities it states, its time expressions,
// anchored on its publication date, its named entities (English text only)
// and the statements it attributes to someone, read in the article's
// language (English, French, Spanish, Italian, Portuguese, German or
// Dutch; others as English). When
// the entity model cannot be loaded, Entities stay nil and the article
// goes on without them.
func Analyse(a *parallax.Article, explicitID string) {
	a.ID = parallax.ArticleID(explicitID, a.URL, a.ContentHash())
	a.Sentences = sentence.Split(a.Text)
	a.Quantities = quantity.FindLang(a.Text, a.Sentences, a.Language)
	a.Times = timex.Find(a.Text, a.Published)
	a.Entities = nil
	if readsEnglish(a.Language) {
		var err error
		if a.Entities, err = entity.Find(a.Text, a.Sentences); err != nil {
			a.Entities = nil
			entityWarning.Do(func() { slog.Warn("entity model unavailable; articles go on without entities", "err", err) })
		}
	}
	a.Quotes = FindQuotes(a.Text, a.Sentences, a.Entities, a.Language)
}

// FindQuotes returns the statements of a text in lang with their
// speakers: the quote rules' (analyse/quote), and in English text the
// attribution tagger's (analyse/attribution) reading the rules' as hints,
// combined by quote.FindWith. When the tagger's model cannot be loaded,
// the rules' alone.
func FindQuotes(text string, sentences []parallax.Span, entities []parallax.Entity, lang string) []parallax.Quote {
	if !readsEnglish(lang) {
		return quote.FindLang(text, sentences, entities, lang)
	}
	m, err := attribution.Default()
	if err != nil {
		attributionWarning.Do(func() { slog.Warn("attribution model unavailable; quotes come from the rules alone", "err", err) })
		return quote.FindLang(text, sentences, entities, lang)
	}
	return quote.FindWith(text, sentences, entities, lang, m.Find)
}

// attributionWarning logs a failure to load the attribution model once
// per process.
var attributionWarning sync.Once

// readsEnglish says whether the models trained on English news (entities,
// attributions) read a text in lang: English, or an undetected language.
// On other languages the entity model tags capitalised common words
// ("Assemblée", "Environ") as names, which would pollute a story's actors.
func readsEnglish(lang string) bool { return lang == "en" || lang == "" }

// entityWarning logs a failure to load the entity model once per process.
var entityWarning sync.Once
