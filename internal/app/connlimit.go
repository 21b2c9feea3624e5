package app

import (
	"log/slog"
	"net"
	"sync"
	"time"

	"github.com/shegong/shegong/internal/metrics"
)

// perIPListener accepts at most max open connections from one client IP address; a
// connection over that is answered 429 LIMIT_EXCEEDED and closed at once, before the server
// reads anything from it, so one address cannot hold every connection open (slowloris).
// Other addresses are served as usual. As with the rate limits, the address is the
// connection's peer: behind a proxy, limit at the proxy.
type perIPListener struct {
	net.Listener
	max    int
	logger *slog.Logger
	// refused is told of each connection refused (metrics).
	refused func()

	mu   sync.Mutex
	open map[string]int
}

func limitPerIP(ln net.Listener, max int, logger *slog.Logger, refused func()) net.Listener {
	return &perIPListener{Listener: ln, max: max, logger: logger, refused: refused, open: map[string]int{}}
}

// refusal is the whole HTTP answer to a connection over the limit: nothing of the request
// has been read, so the connection cannot be kept.
const refusal = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nConnection: close\r\nRetry-After: 1\r\n\r\n" +
	`{"data":null,"errors":[{"message":"来自此地址的连接过多 / too many open connections from this IP address","extensions":{"code":"LIMIT_EXCEEDED","limitName":"` +
	metrics.RefusedConnections + `"}}]}` + "\n"

func (l *perIPListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		ip := peerIP(c.RemoteAddr())
		l.mu.Lock()
		n := l.open[ip]
		if n < l.max {
			l.open[ip] = n + 1
		}
		l.mu.Unlock()
		if n >= l.max {
			l.refused()
			l.refuse(c)
			continue
		}
		return &countedConn{Conn: c, release: sync.OnceFunc(func() { l.release(ip) })}, nil
	}
}

// refuse answers and closes an excess connection without blocking the accept loop: a fresh
// connection's send buffer takes the short answer at once, and the deadline covers a peer
// that does not read.
func (l *perIPListener) refuse(c net.Conn) {
	_ = c.SetWriteDeadline(time.Now().Add(100 * time.Millisecond))
	_, _ = c.Write([]byte(refusal))
	_ = c.Close()
	// Debug: an attacker decides how many of these there are. Never the address: it is the
	// client's.
	l.logger.Debug("connection refused: too many open connections from one address", "limit", l.max)
}

func (l *perIPListener) release(ip string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.open[ip]--; l.open[ip] <= 0 {
		delete(l.open, ip)
	}
}

// countedConn gives its slot back once, on the first Close.
type countedConn struct {
	net.Conn
	release func()
}

func (c *countedConn) Close() error {
	err := c.Conn.Close()
	c.release()
	return err
}

func peerIP(a net.Addr) string {
	if ta, ok := a.(*net.TCPAddr); ok {
		return ta.IP.String()
	}
	host, _, err := net.SplitHostPort(a.String())
	if err != nil {
		return a.String()
	}
	return host
}
