# Varnish 7 in front of gunicorn (docs/deployment.md, "Varnish in front").
#
# It keeps what the site marks as the same for every visitor (the page cache's
# `Cache-Control: public, s-maxage=…`, static files) and nothing else. Kept pages
# carry their tags in X-Cache-Tags; when one changes, the site sends
#
#     BAN / HTTP/1.1
#     X-Ban-Tags: content events.registration:12
#
# and every object carrying one of those tags is dropped (core/frontcache.py).
# The tags never reach visitors. X-Cache says HIT or MISS.

vcl 4.1;

# gunicorn. Behind compose, the web service: .host = "web".
backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 5s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 60s;
}

# Who may ban: the machines that run the site (add their addresses or networks,
# e.g. "10.0.0.0"/8 for containers).
acl banners {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "BAN") {
        # A ban relayed by a proxy (Varnish added to an X-Forwarded-For already
        # there) would come from the proxy's address: refused whatever it is.
        if (!client.ip ~ banners || req.http.X-Forwarded-For ~ ",") {
            return (synth(403, "Forbidden"));
        }
        if (req.http.X-Ban-Tags !~ "^[A-Za-z0-9_.:-]+( [A-Za-z0-9_.:-]+)*$") {
            return (synth(400, "X-Ban-Tags: tag names separated by spaces"));
        }
        # Only obj.* in the expression, so the ban lurker clears it in the
        # background. content events.registration:12 becomes
        # (^|[[:blank:]])(content|events[.]registration:12)([[:blank:]]|$)
        ban("obj.http.X-Cache-Tags ~ (^|[[:blank:]])("
            + regsuball(regsuball(req.http.X-Ban-Tags, "\.", "[.]"), " ", "|")
            + ")([[:blank:]]|$)");
        return (synth(200, "Banned"));
    }

    # Forms, payments, the admin's actions: always the site itself.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Signed in (a session) or holding a form's token: never a shared copy
    # (SESSION_COOKIE_NAME and CSRF_COOKIE_NAME, Django's defaults).
    if (req.http.Cookie ~ "(^|;)[[:blank:]]*(sessionid|csrftoken)=") {
        return (pass);
    }

    # The other cookies (analytics, a banner's choice) are never read by the
    # site on a language's pages nor on static files: dropped there, so every
    # visitor shares one copy. Elsewhere a cookie means the site answers.
    if (req.url ~ "^/(fr|en|es)/" || req.url ~ "^/static/") {
        unset req.http.Cookie;
    }
    # Then Varnish's built-in rules: a cookie or Authorization left is a pass.
}

sub vcl_hash {
    # The HTTPS proxy in front says how the visitor came: an answer for one
    # scheme (an HTTPS redirect) is never served for the other.
    hash_data(req.http.X-Forwarded-Proto);
    # Then the built-in key: URL and host.
}

sub vcl_backend_response {
    # Kept only when the site says every visitor may share it (public or
    # s-maxage) and it sets no cookie; anything else is fetched each time.
    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(?i)(public|s-maxage)") {
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # The lifetime is the site's s-maxage (PAGE_CACHE_SECONDS): Varnish reads
    # it before max-age.
}

sub vcl_deliver {
    unset resp.http.X-Cache-Tags;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
