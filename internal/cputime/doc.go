// Package cputime reads the CPU time the process has used, for the
// benchmarks that report work per CPU-second: on a shared machine wall
// time counts other processes' turns, CPU time does not.
package cputime
