package streamlist

import (
	"bytes"
	"context"
	"errors"
	"io"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// object is the data {"a": <list>, "b": true} around one streamed list, as the executor's root
// marshaller would write it.
func object(list graphql.Marshaler) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, `{"a":`)
		list.MarshalGQL(w)
		io.WriteString(w, `,"b":true}`)
	})
}

// ints is a streamed list of v whose element at index fail (if any) does not marshal.
func ints(v []int, fail int) graphql.Marshaler {
	return New(context.Background(), v, func(ctx context.Context, x int) graphql.Marshaler {
		if *graphql.GetFieldContext(ctx).Index == fail {
			return graphql.Null
		}
		return graphql.MarshalInt(x)
	})
}

const want = `{"a":[1,2,3],"b":true}`

func TestWithoutSinkTheListIsInTheData(t *testing.T) {
	v := []int{1, 2, 3}
	got := Marshal(context.Background(), object(ints(v, -1)))
	if string(got) != want {
		t.Fatalf("data %s, want %s", got, want)
	}
	for i, x := range v {
		if x != 0 {
			t.Errorf("element %d is %d once written, want it dropped (0)", i, x)
		}
	}
}

func TestWithSinkTheListIsWrittenByTheTransport(t *testing.T) {
	ctx, sink := NewContext(context.Background())
	data := Marshal(ctx, object(ints([]int{1, 2, 3}, -1)))
	if string(data) != `{"a":[],"b":true}` {
		t.Fatalf("data before the transport writes it: %s, want the list as a placeholder", data)
	}
	var out bytes.Buffer
	if err := sink.WriteData(&out, data); err != nil {
		t.Fatalf("WriteData: %v", err)
	}
	if out.String() != want {
		t.Errorf("written %s, want %s", out.String(), want)
	}
}

func TestOtherDataIsWrittenAsGiven(t *testing.T) {
	ctx, sink := NewContext(context.Background())
	_ = Marshal(ctx, object(ints([]int{1}, -1)))
	other := []byte(`{"x":1}`)
	var out bytes.Buffer
	if err := sink.WriteData(&out, other); err != nil || out.String() != `{"x":1}` {
		t.Errorf("an interceptor's data: written %q, err %v; want it as given", out.String(), err)
	}
}

func TestAFailedElementNullsTheDataWithoutSink(t *testing.T) {
	got := Marshal(context.Background(), object(ints([]int{1, 2, 3}, 1)))
	if string(got) != "null" {
		t.Errorf("data %s, want null when an element does not marshal", got)
	}
}

func TestAFailedElementCutsTheStreamedResponse(t *testing.T) {
	ctx, sink := NewContext(context.Background())
	data := Marshal(ctx, object(ints([]int{1, 2, 3}, 2)))
	var out bytes.Buffer
	err := sink.WriteData(&out, data)
	if !errors.Is(err, errElement) {
		t.Fatalf("WriteData: err %v, want errElement", err)
	}
	if bytes.HasSuffix(out.Bytes(), []byte("}")) {
		t.Errorf("written %s: a cut response must not look complete", out.String())
	}
}
