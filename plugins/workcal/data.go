package workcal

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/shegong/shegong/plugins/sdk"
)

// calendar is the parsed calendar.yaml.
type calendar struct {
	sources map[int]YearSource
	off     map[sdk.Date]string // 放假日 → festival
	on      map[sdk.Date]string // 调休上班日 → festival
}

func (c *calendar) working(d sdk.Date) bool {
	if _, ok := c.on[d]; ok {
		return true
	}
	if _, ok := c.off[d]; ok {
		return false
	}
	return !isWeekend(d)
}

// The file's shape.
type (
	fileData struct {
		Years []yearData `yaml:"years"`
	}
	yearData struct {
		Year            int           `yaml:"year"`
		Notice          noticeData    `yaml:"notice"`
		Amendments      []noticeData  `yaml:"amendments"`
		VerifiedAgainst string        `yaml:"verified_against"`
		Holidays        []holidayData `yaml:"holidays"`
		WorkingDays     []dayData     `yaml:"working_days"`
		Cancelled       []dayData     `yaml:"cancelled_working_days"`
	}
	noticeData struct {
		Title  string `yaml:"title"`
		Number string `yaml:"number"`
		Issued day    `yaml:"issued"`
		Note   string `yaml:"note"`
	}
	holidayData struct {
		Festival string `yaml:"festival"`
		From     day    `yaml:"from"`
		To       day    `yaml:"to"` // zero: a single day
		Per      string `yaml:"per"`
	}
	dayData struct {
		Festival string `yaml:"festival"`
		Date     day    `yaml:"date"`
		Per      string `yaml:"per"`
	}
)

// day is a YAML date parsed strictly as YYYY-MM-DD.
type day struct{ sdk.Date }

func (d *day) UnmarshalYAML(n *yaml.Node) error {
	v, err := sdk.ParseDate(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	d.Date = v
	return nil
}

// The seven festivals of 全国年节及纪念日放假办法 that the notices arrange; a merged block is named
// like the notice names it ("国庆节、中秋节").
var festivals = map[string]bool{"元旦": true, "春节": true, "清明节": true, "劳动节": true, "端午节": true, "中秋节": true, "国庆节": true}

var numberRe = regexp.MustCompile(`^国办发明电〔(\d{4})〕\d+号$`)

func mustParse(data []byte) *calendar {
	c, err := parse(data)
	if err != nil {
		panic(fmt.Sprintf("workcal: embedded calendar.yaml: %v", err))
	}
	return c
}

// parse decodes and validates the calendar: notices well-formed, every date inside its year (or
// the 元旦 block's December of the year before), adjusted working days on weekends, no date listed
// twice or as both holiday and working day.
func parse(data []byte) (*calendar, error) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f fileData
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if len(f.Years) == 0 {
		return nil, errors.New("no years")
	}
	c := &calendar{sources: map[int]YearSource{}, off: map[sdk.Date]string{}, on: map[sdk.Date]string{}}
	cancelled := map[sdk.Date]bool{}
	for _, y := range f.Years {
		if err := c.addYear(y, cancelled); err != nil {
			return nil, fmt.Errorf("year %d: %w", y.Year, err)
		}
	}
	for d := range cancelled {
		if _, ok := c.off[d]; !ok {
			return nil, fmt.Errorf("cancelled working day %s is not a holiday", d)
		}
	}
	return c, nil
}

func (c *calendar) addYear(y yearData, cancelled map[sdk.Date]bool) error {
	if _, dup := c.sources[y.Year]; dup {
		return errors.New("listed twice")
	}
	if strings.TrimSpace(y.VerifiedAgainst) == "" {
		return errors.New("verified_against is empty")
	}
	main, err := notice(y.Notice)
	if err != nil {
		return fmt.Errorf("notice: %w", err)
	}
	if want := fmt.Sprintf("国务院办公厅关于%d年部分节假日安排的通知", y.Year); main.Title != want {
		return fmt.Errorf("notice title %q, want %q", main.Title, want)
	}
	if main.Issued.Year >= y.Year {
		return fmt.Errorf("notice issued %s, not before the year it arranges", main.Issued)
	}
	src := YearSource{Year: y.Year, Notice: main, VerifiedAgainst: strings.TrimSpace(y.VerifiedAgainst)}
	amending := map[string]bool{}
	for i, a := range y.Amendments {
		n, err := notice(a)
		if err != nil {
			return fmt.Errorf("amendments[%d]: %w", i, err)
		}
		if n.Note == "" {
			return fmt.Errorf("amendments[%d]: note (what it changed) is empty", i)
		}
		amending[n.Number] = true
		src.Amendments = append(src.Amendments, n)
	}
	checkPer := func(per string) error {
		if per != "" && !amending[per] {
			return fmt.Errorf("per %q names no amendment of this year", per)
		}
		return nil
	}

	for i, h := range y.Holidays {
		to := h.To.Date
		if to.IsZero() {
			to = h.From.Date
		}
		if h.From.IsZero() || to.Before(h.From.Date) {
			return fmt.Errorf("holidays[%d]: bad range %s..%s", i, h.From, to)
		}
		if err := firstErr(checkFestival(h.Festival), checkPer(h.Per)); err != nil {
			return fmt.Errorf("holidays[%d]: %w", i, err)
		}
		for d := h.From.Date; !d.After(to); d = d.AddDate(0, 0, 1) {
			if err := inYear(d, y.Year, h.Festival); err != nil {
				return fmt.Errorf("holidays[%d]: %w", i, err)
			}
			if _, dup := c.off[d]; dup {
				return fmt.Errorf("holiday %s listed twice", d)
			}
			c.off[d] = h.Festival
		}
	}
	for i, w := range y.WorkingDays {
		d := w.Date.Date
		if err := firstErr(checkFestival(w.Festival), checkPer(w.Per), inYear(d, y.Year, w.Festival)); err != nil {
			return fmt.Errorf("working_days[%d]: %w", i, err)
		}
		if !isWeekend(d) {
			return fmt.Errorf("working_days[%d]: %s is a %s, not a weekend day", i, d, d.Time().Weekday())
		}
		if _, dup := c.on[d]; dup {
			return fmt.Errorf("working day %s listed twice", d)
		}
		c.on[d] = w.Festival
	}
	for i, w := range y.Cancelled {
		d := w.Date.Date
		if w.Per == "" {
			return fmt.Errorf("cancelled_working_days[%d]: per (the cancelling notice) is empty", i)
		}
		if err := firstErr(checkFestival(w.Festival), checkPer(w.Per), inYear(d, y.Year, w.Festival)); err != nil {
			return fmt.Errorf("cancelled_working_days[%d]: %w", i, err)
		}
		if !isWeekend(d) {
			return fmt.Errorf("cancelled_working_days[%d]: %s is not a weekend day", i, d)
		}
		cancelled[d] = true
	}
	// Across all years so far: a day is a holiday or a working day, never both.
	for d := range c.on {
		if _, both := c.off[d]; both {
			return fmt.Errorf("%s is both a holiday and an adjusted working day", d)
		}
		if cancelled[d] {
			return fmt.Errorf("%s is both an adjusted and a cancelled working day", d)
		}
	}
	c.sources[y.Year] = src
	return nil
}

func notice(n noticeData) (Notice, error) {
	out := Notice{Title: strings.TrimSpace(n.Title), Number: strings.TrimSpace(n.Number), Issued: n.Issued.Date, Note: strings.TrimSpace(n.Note)}
	if out.Title == "" {
		return out, errors.New("title is empty")
	}
	m := numberRe.FindStringSubmatch(out.Number)
	if m == nil {
		return out, fmt.Errorf("number %q is not 国办发明电〔YYYY〕N号", out.Number)
	}
	if out.Issued.IsZero() {
		return out, errors.New("issued date is missing")
	}
	if y, _ := strconv.Atoi(m[1]); y != out.Issued.Year {
		return out, fmt.Errorf("number %s does not match issue date %s", out.Number, out.Issued)
	}
	return out, nil
}

func checkFestival(name string) error {
	if name == "" {
		return errors.New("festival is empty")
	}
	for _, p := range strings.Split(name, "、") {
		if !festivals[p] {
			return fmt.Errorf("festival %q: %q is not one of the seven statutory festivals", name, p)
		}
	}
	return nil
}

// inYear accepts days of year, and for 元旦 the December before (a notice's 元旦 block may start
// there: "2018年12月30日至2019年1月1日").
func inYear(d sdk.Date, year int, festival string) error {
	if d.Year == year || (festival == "元旦" && d.Year == year-1 && d.Month == 12) {
		return nil
	}
	return fmt.Errorf("%s (%s) is outside %d", d, festival, year)
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}
