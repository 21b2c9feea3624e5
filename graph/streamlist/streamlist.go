// Package streamlist writes a large GraphQL list field element by element, each element's
// marshaller built, written and dropped before the next, and lets the HTTP transport write such
// a list straight to the client instead of into the response's data.
//
// gqlgen marshals a list by building a marshaller for every element (a graphql.FieldSet per
// object, a value per field, all the way down) and writes the tree only once it is complete: for
// a compareBatch of 10,000 scenarios × 5 regions with findings, an 82 MB answer, that tree is
// most of a gigabyte, and the answer is then built again as one []byte before a byte reaches the
// client. graph/inlinemarshal rewrites the generated code so that the lists it names marshal
// through New and the executor's data through Marshal; the transport then writes the data with
// Sink.WriteData.
//
// The elements are marshalled when the list is written, after the resolver has returned: every
// error the resolver can report (a scenario a region cannot read, a refused argument) has been
// reported by then, in the response's errors, before its data. An element that still fails (a
// panic or a null in a non-null field: a bug, as a streamed list's objects have no resolvers)
// makes the data null, as gqlgen's own list would, when the list is written into the data; when
// it is written to the client, the data is already on its way, and the response is cut off
// (Sink.WriteData returns an error) so that the client sees an incomplete answer, not a
// complete-looking one.
package streamlist

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/99designs/gqlgen/graphql"
)

// List is a list field whose elements are marshalled as they are written.
type List[T any] struct {
	ctx  context.Context
	v    []T
	elem func(ctx context.Context, v T) graphql.Marshaler
}

// New returns the marshaller of the list field v in ctx (the list field's context): elem is
// the marshaller of one element, given the element's context (its index on the path), as
// gqlgen's generated list marshaller calls it. Each element is set to its zero value once
// written, so that what the list refers to is freed as the answer is written.
func New[T any](ctx context.Context, v []T, elem func(ctx context.Context, v T) graphql.Marshaler) graphql.Marshaler {
	return &List[T]{ctx: ctx, v: v, elem: elem}
}

// placeholder is what a list left to the transport is in the data: valid JSON, so that the
// data stays valid for whatever reads it before it is written.
const placeholder = "[]"

// MarshalGQL writes the list into w. Into the executor's data (a *Buffer that streams), it
// writes a placeholder and leaves the list to the transport.
func (l *List[T]) MarshalGQL(w io.Writer) {
	if b, ok := w.(*Buffer); ok {
		if b.streams {
			b.holes = append(b.holes, hole{at: b.Len(), list: l})
			b.WriteString(placeholder)
			return
		}
		if err := l.write(w); err != nil {
			b.null = true
		}
		return
	}
	_ = l.write(w)
}

// errElement is the error of a list whose element did not marshal; the element's own error is
// in the response's errors (or, once the data is on its way, in the log through the error
// presenter).
var errElement = errors.New("an element of a streamed list did not marshal")

// write writes the elements one by one.
func (l *List[T]) write(w io.Writer) error {
	if _, err := io.WriteString(w, "["); err != nil {
		return err
	}
	for i := range l.v {
		if i > 0 {
			if _, err := io.WriteString(w, ","); err != nil {
				return err
			}
		}
		m := l.marshal(i)
		if m == graphql.Null {
			return fmt.Errorf("%w: index %d", errElement, i)
		}
		m.MarshalGQL(w)
		var zero T
		l.v[i] = zero
	}
	_, err := io.WriteString(w, "]")
	return err
}

// marshal is element i's marshaller, in a context whose field is the element, as gqlgen's
// list marshaller makes it; a panic is reported as gqlgen reports it, and gives Null.
func (l *List[T]) marshal(i int) (m graphql.Marshaler) {
	ctx := graphql.WithFieldContext(l.ctx, &graphql.FieldContext{Index: &i, Result: &l.v[i]})
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.GetOperationContext(ctx).Recover(ctx, r))
			m = graphql.Null
		}
	}()
	return l.elem(ctx, l.v[i])
}

// writer is a list that can be written after the data around it.
type writer interface{ write(w io.Writer) error }

// hole is a list left out of the data at byte at, where its placeholder is.
type hole struct {
	at   int
	list writer
}

// Buffer is the executor's data as Marshal builds it.
type Buffer struct {
	bytes.Buffer
	streams bool   // lists are left to the transport
	holes   []hole // the lists left to it, in order
	null    bool   // an element of a list failed: the data is null
}

type sinkKey struct{}

// Sink receives the lists the data of a response leaves to the transport. A transport that
// writes them makes one per request with NewContext; without one, Marshal writes every list
// into the data.
type Sink struct {
	data  []byte
	holes []hole
}

// NewContext returns ctx with a new Sink for the response executed in it.
func NewContext(ctx context.Context) (context.Context, *Sink) {
	s := &Sink{}
	return context.WithValue(ctx, sinkKey{}, s), s
}

// Marshal is the response data of the executor's root marshaller: its bytes, in which the lists
// of New are placeholders when ctx has a Sink (which keeps them for WriteData) and are written
// out otherwise.
func Marshal(ctx context.Context, data graphql.Marshaler) []byte {
	s, _ := ctx.Value(sinkKey{}).(*Sink)
	b := &Buffer{streams: s != nil}
	data.MarshalGQL(b)
	if b.null {
		return []byte("null")
	}
	out := b.Bytes()
	if s != nil && len(b.holes) > 0 {
		s.data, s.holes = out, b.holes
	}
	return out
}

// bufferSize is how much of a streamed list is gathered before it goes to the client: a
// marshaller writes a few bytes at a time.
const bufferSize = 64 << 10

// WriteData writes data, the response's data, to w: with the lists Marshal left out written in
// their places when data is the data Marshal returned (an interceptor may have answered with
// other data). A list that fails to write returns an error, with part of it written.
func (s *Sink) WriteData(w io.Writer, data []byte) error {
	if s == nil || len(s.holes) == 0 || len(data) != len(s.data) || len(data) == 0 || &data[0] != &s.data[0] {
		_, err := w.Write(data)
		return err
	}
	bw := bufio.NewWriterSize(w, bufferSize)
	last := 0
	for _, h := range s.holes {
		if _, err := bw.Write(data[last:h.at]); err != nil {
			return err
		}
		if err := h.list.write(bw); err != nil {
			return err
		}
		last = h.at + len(placeholder)
	}
	if _, err := bw.Write(data[last:]); err != nil {
		return err
	}
	s.holes, s.data = nil, nil
	return bw.Flush()
}
