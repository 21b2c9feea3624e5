package creditcode

import "testing"

func TestValidateKnownCodes(t *testing.T) {
	// The example code from GB 32100-2015 itself.
	for _, code := range []string{"91350100M000100Y43"} {
		if err := Validate(code); err != nil {
			t.Errorf("Validate(%s) = %v, want nil", code, err)
		}
	}
}

func TestValidateRejects(t *testing.T) {
	for _, code := range []string{"", "91350100M000100Y4", "91350100M000100Y44", "9135010OM000100Y43", "91350A00M000100Y43"} {
		if err := Validate(code); err == nil {
			t.Errorf("Validate(%q) = nil, want error", code)
		}
	}
}

func TestBuildRoundTrip(t *testing.T) {
	code, err := Build("52", "440300", "MA5F0001")
	if err != nil {
		t.Fatal(err)
	}
	if err := Validate(code); err != nil {
		t.Fatalf("built code %s does not validate: %v", code, err)
	}
}
