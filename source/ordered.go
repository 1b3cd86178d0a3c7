package source

import (
	"context"
	"sync"
)

// ordered runs job(ctx, i) for every i in [0, n) concurrently and hands
// the results to consume in index order, so that concurrent fetching still
// gives a deterministic output. At most window jobs are started and not yet
// consumed, which bounds the memory held by results waiting their turn.
// It returns false when consume returned false or ctx is done; the jobs
// still running are then cancelled and waited for.
func ordered[T any](ctx context.Context, n, window int, job func(context.Context, int) T, consume func(T) bool) bool {
	ctx, cancel := context.WithCancel(ctx)
	slots := make([]chan T, n)
	for i := range slots {
		slots[i] = make(chan T, 1)
	}
	tokens := make(chan struct{}, max(window, 1))
	launched := make(chan struct{})
	go func() {
		var wg sync.WaitGroup
		defer close(launched)
		defer wg.Wait()
		for i := range n {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return
			}
			wg.Go(func() { slots[i] <- job(ctx, i) })
		}
	}()
	defer func() {
		cancel()
		<-launched
	}()
	for i := range n {
		select {
		case v := <-slots[i]:
			<-tokens
			if !consume(v) {
				return false
			}
		case <-ctx.Done():
			return false
		}
	}
	return true
}
