package regionbinary

// Choose is choose with the server's executable given, so a test can put a regions binary
// beside a server binary that does not exist.
var Choose = choose
