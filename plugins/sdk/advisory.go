package sdk

import "strings"

// Advisory turns the FAIL of a rule whose text only urges (原则上 "in principle", 鼓励
// "encourage") into advice: NOT_APPLICABLE — no subject fails a wish — with the remedy kept as
// advice (建议(非强制) / advice (not binding)) and the messages saying why, in the words of the
// text (wordZh, e.g. 原则上). Any other finding is returned unchanged. It is the one way regions
// soften such a rule, so every urged reading looks the same to a reader.
func Advisory(f Finding, wordZh, wordEn string) Finding {
	if f.Status != StatusFail {
		return f
	}
	f.Status = StatusNotApplicable
	zh, en, ok := strings.Cut(f.Remedy, " / ")
	if !ok {
		zh, en = f.Remedy, f.Remedy
	}
	f.Remedy = "建议(非强制):" + zh + " / advice (not binding): " + en
	f.MessageZh += ";原文为“" + wordZh + "”,只作提示,不判不合规"
	f.MessageEn += "; the text says " + wordZh + " (" + wordEn + "), so this is advice, not a failure"
	return f
}
