package office_test

import (
	"testing"

	"github.com/parallax-news/parallax/internal/office"
)

func TestOffice(t *testing.T) {
	if office.Other("minister") != "secretary" || office.Other("secretary") != "minister" || office.Other("mayor") != "" {
		t.Error("wrong pairs")
	}
	if !office.HasPortfolio([]string{"us", "defense"}) || office.HasPortfolio([]string{"us", "former"}) || office.HasPortfolio(nil) {
		t.Error("wrong portfolios")
	}
}
