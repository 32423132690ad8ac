"""Conditional GET of feeds over one shared ``httpx.AsyncClient``.

Why it looks like this (see ``/work/shared/notes/performance.md``):

- one transport for the daemon's life, so connections stay alive across polls (``reader``
  reconnects after every 304); it is watcher's own (``watcher.http11``: h11 over asyncio streams),
  which costs about half of what httpcore's pool under httpx cost per request, and its pool is
  sized to ``concurrency``;
- a global and a per-host semaphore bound the requests in flight (politeness and CPU);
- redirects are followed by hand (at most 5) so that a 301/308 can be reported and stored;
- requests go to the transport directly, not through ``AsyncClient.send``: its auth, redirect
  and event-hook layers have nothing to do here, it would read every Set-Cookie into a jar
  (feeds need none, and one feed's server must not see what another set; cookies a redirect
  sets go along that one chain) and it logs each request; those layers cost a sixteenth of the
  CPU of a poll of 304s. Requests are built from the client's headers and timeouts without
  ``build_request``'s merging, and a feed's parsed URL is kept (the same URLs come back every
  poll): half of what building a request cost;
- the body is streamed and reading stops past ``max_body_size``: a runaway response costs at most
  the cap; gzip/deflate are inflated step by step within the cap, so the cap applies to decoded
  bytes and bounds memory too (``watcher.fetch_body``);
- ``fetch`` never raises for HTTP or network trouble: it returns a ``FetchResult`` whose ``error``
  says in words what happened, for ``watcher status`` and the logs (``watcher.fetch_errors``,
  where ``connect_error`` and ``parse_retry_after`` live; the notifiers import them from here).
"""

from __future__ import annotations

import asyncio
import base64
import time
from urllib.parse import urljoin, urlsplit

import httpx

import watcher
from watcher.fetch_body import drain, head, inflate, read_capped
from watcher.fetch_errors import RETRY_AFTER_READ_CAP as RETRY_AFTER_READ_CAP
from watcher.fetch_errors import (
    connect_error,
    parse_retry_after,
    reason_text,
    refused_text,
    seconds_text,
    size_text,
    wait_text,
)
from watcher.http11 import H11Transport
from watcher.models import FetchResult

MAX_REDIRECTS = 5
MAX_URLS = 100_000  # parsed URLs kept at most (a feed's own and its redirects' targets)
TOTAL_TIMEOUTS = 4  # a whole request (redirects and body included) may take this many timeouts
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})


class Fetcher:
    """Fetches feeds politely and cheaply; one instance (one connection pool) per daemon."""

    def __init__(
        self, *, timeout: float = 30.0, max_body_size: int = 10 * 1024 * 1024,
        concurrency: int = 4, per_host: int = 2, user_agent: str = watcher.USER_AGENT,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_body_size = max_body_size
        self.per_host = max(1, per_host)
        self._global = asyncio.Semaphore(max(1, concurrency))
        self._hosts: dict[str, asyncio.Semaphore] = {}
        limits = httpx.Limits(
            max_connections=max(1, concurrency), max_keepalive_connections=max(1, concurrency),
            keepalive_expiry=300.0,
        )
        self._transport = transport if transport is not None else H11Transport(limits=limits)
        # The client builds requests (default headers, timeouts) and closes the transport; the
        # requests go to the transport directly (``_fetch``).
        self._client = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout), transport=self._transport,
            follow_redirects=False, trust_env=False,
            headers={"User-Agent": user_agent,
                     "Accept": "application/rss+xml, application/atom+xml, application/feed+json,"
                               " application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
                     "Accept-Encoding": "gzip, deflate"},
        )

        self._timeout = self._client.timeout.as_dict()
        self._urls: dict[str, httpx.URL] = {}  # parsed feed URLs (``_request``)

    def _request(self, url: str, headers: dict[str, str]) -> httpx.Request:
        """What ``AsyncClient.build_request("GET", url, headers=headers)`` builds: the client's
        default headers with ``headers`` over them, its timeouts; ``url`` parsed once."""
        parsed = self._urls.get(url)
        if parsed is None:
            if len(self._urls) >= MAX_URLS:
                self._urls.clear()
            parsed = self._urls[url] = httpx.URL(url)
        merged = self._client.headers.copy()
        merged.update(headers)
        return httpx.Request("GET", parsed, headers=merged,
                             extensions={"timeout": self._timeout})

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    def _host_lock(self, host: str) -> asyncio.Semaphore:
        lock = self._hosts.get(host)
        if lock is None:
            lock = self._hosts[host] = asyncio.Semaphore(self.per_host)
        return lock

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None,
    ) -> FetchResult:
        """GET ``url`` with validators; never raises for HTTP or network problems."""
        started = time.monotonic()
        result = FetchResult(url=url, final_url=url)
        try:
            await self._fetch(result, etag, last_modified)
        except TimeoutError:
            result.error = f"timed out after {seconds_text(self.timeout * TOTAL_TIMEOUTS)} in all"
        except httpx.TimeoutException as err:
            what = "connecting after" if isinstance(err, httpx.ConnectTimeout) else "after"
            result.error = f"timed out {what} {seconds_text(self.timeout)}"
        except httpx.ConnectError as err:
            result.error = connect_error(err)
        except httpx.TooManyRedirects:
            result.error = f"too many redirects (>{MAX_REDIRECTS})"
        except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as err:
            result.error = f"connection broken: {reason_text(err)}"
        except httpx.DecodingError as err:
            result.error = f"bad compressed body: {reason_text(err)}"
        except httpx.InvalidURL as err:
            result.error = f"invalid URL: {reason_text(err)}"
        except httpx.UnsupportedProtocol:
            result.error = "unsupported URL scheme (only http and https)"
        except httpx.HTTPError as err:  # anything else httpx raises: still one feed's problem
            result.error = f"{type(err).__name__}: {reason_text(err)}"
        except (OSError, ValueError) as err:  # sockets, IDNA, odd headers below httpx's mapping
            result.error = f"{type(err).__name__}: {reason_text(err)}"
        except (httpx.StreamError, RuntimeError) as err:  # a protocol oddity: this feed's problem
            result.error = f"{type(err).__name__}: {reason_text(err)}"
        result.elapsed = time.monotonic() - started
        if result.error is not None:
            result.body = None
        return result

    async def _fetch(
        self, result: FetchResult, etag: str | None, last_modified: str | None,
    ) -> None:
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        url = result.url
        permanent = True  # a chain is permanent only if every hop is
        # httpx's timeouts bound each read; a server dripping a byte at a time would hold a poll
        # (and its slots) for ever: the whole request gets a budget too. It starts when the
        # request holds its slots: in a first poll of thousands of feeds, most wait their turn
        # far longer than any budget, and waiting is not the server's fault.
        budget = self.timeout * TOTAL_TIMEOUTS  # spent only while holding slots, hop by hop
        # kept along one redirect chain only (cookie checks), and sent to the host that set
        # them only: a feed proxy's cookie is none of the origin's business
        cookies: dict[str, dict[str, str]] = {}
        auth: tuple[str, str] | None = None  # the first URL's host and its Basic credentials
        loop = asyncio.get_running_loop()
        for _hop in range(MAX_REDIRECTS + 1):
            parts = urlsplit(url)
            if parts.scheme.lower() not in ("http", "https"):
                raise httpx.UnsupportedProtocol(f"unsupported scheme in {url}")
            host = (parts.hostname or "").lower()  # per-host slots, cookies and credentials
            if cookies:
                jar = cookies.get(host)
                if jar:
                    headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in jar.items())
                else:
                    headers.pop("Cookie", None)
            # per host first: a slow host must not hold global slots while it waits for its own
            async with self._host_lock(host), self._global:
                started = loop.time()
                try:
                    async with asyncio.timeout(budget):
                        request = self._request(url, headers)
                        if "@" in url:  # cheap test first: almost no feed URL has userinfo
                            _basic_auth(request)
                            if auth is None and "authorization" in request.headers:
                                auth = (host, request.headers["authorization"])
                        elif auth is not None and host == auth[0]:
                            # a redirect on the same host (http to https, a moved path)
                            # keeps the credentials, as AsyncClient does; another host not
                            request.headers["Authorization"] = auth[1]
                        response = await self._transport.handle_async_request(request)
                        response.request = request
                        try:
                            status = response.status_code
                            if status in _REDIRECTS and "location" in response.headers:
                                await drain(response)
                                if "set-cookie" in response.headers:
                                    # from the jar itself: ``Cookies.items()`` raises
                                    # CookieConflict for one name set with two paths
                                    cookies.setdefault(host, {}).update(
                                        (c.name, c.value or "") for c in response.cookies.jar)
                                target = urljoin(url, response.headers["location"].strip())
                                permanent = permanent and status in _PERMANENT
                                if permanent:
                                    result.permanent_redirect = target
                                url = target
                                result.final_url = url
                                continue
                            result.status = status
                            result.headers = {k.lower(): v for k, v in response.headers.items()}
                            await self._finish(result, response, bool(etag or last_modified))
                            return
                        finally:
                            await response.aclose()
                finally:
                    budget -= loop.time() - started
        raise httpx.TooManyRedirects("too many redirects", request=request)

    async def _finish(
        self, result: FetchResult, response: httpx.Response, conditional: bool,
    ) -> None:
        status = response.status_code
        headers = response.headers
        if status in (401, 403):  # a refusal: what to fix, and the page that came with it
            result.error = refused_text(
                status, login_sent="authorization" in response.request.headers,
                challenge=headers.get("www-authenticate"), page=await head(response))
            return
        if not 200 <= status < 300:
            await drain(response)  # read the (tiny) rest, so that the connection can be reused
        if status == 304:
            if not conditional:
                # nothing to compare with (a first poll, a body that failed to parse): taken
                # for "not modified", the feed stayed empty for good without a word
                result.error = "HTTP 304 Not Modified to a request without validators"
                return
            result.not_modified = True
            result.etag = headers.get("etag")
            result.last_modified = headers.get("last-modified")
            return
        if status == 410:
            result.gone = True
            result.error = "HTTP 410 Gone"
            return
        if status in (429, 503):
            result.retry_after = parse_retry_after(headers.get("retry-after"))
            result.error = f"HTTP {status}" + (
                f" (retry after {wait_text(result.retry_after)})" if result.retry_after is not None
                else "")
            return
        if not 200 <= status < 300:
            result.error = f"HTTP {status}"
            return
        declared = headers.get("content-length")
        if declared and declared.isdigit() and "content-encoding" not in headers \
                and int(declared) > self.max_body_size:
            result.error = f"body over {size_text(self.max_body_size)} cap"
            return
        coding = headers.get("content-encoding", "").strip().lower()
        if coding in ("gzip", "x-gzip", "deflate"):
            body = await inflate(response, coding, self.max_body_size)
        else:
            body = await read_capped(response, self.max_body_size)
        if body is None:
            result.error = f"body over {size_text(self.max_body_size)} cap"
            return
        result.body = body
        result.etag = headers.get("etag")
        result.last_modified = headers.get("last-modified")


def _basic_auth(request: httpx.Request) -> None:
    """Credentials in the URL (``https://user:token@host/feed``, how private feeds are often
    given) as Basic auth, as ``AsyncClient.send`` would add them: the transport, which requests
    go to directly, ignores userinfo. Per hop: a redirect elsewhere does not carry them on."""
    url = request.url
    if url.username or url.password:
        pair = f"{url.username}:{url.password}".encode()
        request.headers["Authorization"] = "Basic " + base64.b64encode(pair).decode("ascii")
