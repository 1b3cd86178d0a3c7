package source

import (
	"net/netip"
	"testing"
)

// TestIsPublic checks the addresses a server that fetches for its users
// must never reach, cloud metadata endpoints among them.
func TestIsPublic(t *testing.T) {
	tests := []struct {
		addr string
		want bool
	}{
		{"8.8.8.8", true},
		{"93.184.215.14", true},
		{"2606:4700:4700::1111", true},
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"192.168.1.1", false},
		{"169.254.169.254", false}, // cloud metadata
		{"100.64.0.1", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"224.0.0.1", false},
		{"255.255.255.255", false},
		{"::1", false},
		{"::", false},
		{"fe80::1", false},
		{"fc00::1", false},
		{"fd12:3456::1", false},
		{"ff02::1", false},
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.0.0.1", false},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := isPublic(netip.MustParseAddr(tt.addr).Unmap()); got != tt.want {
				t.Fatalf("isPublic(%s) = %v, want %v", tt.addr, got, tt.want)
			}
			err := refusePrivate("tcp", netip.AddrPortFrom(netip.MustParseAddr(tt.addr), 443).String(), nil)
			if got := err == nil; got != tt.want {
				t.Fatalf("refusePrivate(%s) = %v, want allowed=%v", tt.addr, err, tt.want)
			}
		})
	}
}
