package main

import (
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
)

// writeTable prints rows as columns two spaces apart, each padded to its widest cell in
// terminal cells: a Chinese character takes two, so 张三 lines up with ab. text/tabwriter
// counts characters and would push every column after a Chinese cell out of line.
func writeTable(out io.Writer, rows [][]string) error {
	var widths []int
	for _, row := range rows {
		for c, cell := range row {
			if c == len(widths) {
				widths = append(widths, 0)
			}
			widths[c] = max(widths[c], runewidth.StringWidth(cell))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		b.Reset()
		for c, cell := range row {
			b.WriteString(cell)
			if c < len(row)-1 {
				b.WriteString(strings.Repeat(" ", widths[c]-runewidth.StringWidth(cell)+2))
			}
		}
		b.WriteByte('\n')
		if _, err := io.WriteString(out, b.String()); err != nil {
			return err
		}
	}
	return nil
}
