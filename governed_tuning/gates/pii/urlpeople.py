"""People inside web addresses, found on their own (not only when the name was found elsewhere in the data).

Users paste the address of a person's profile far more often than they spell out a handle: "linkedin.com/in/
jane-doe-4a2b1c", "github.com/jdoe", "facebook.com/jane.doe", "tiktok.com/@sofia.rossi", a university home page
"uni-heidelberg.de/~mmueller", a form's "?name=jane.doe". The address identifies its person as surely as their
name (GDPR Art. 4(1) "online identifier"), so what names the person is scrubbed, not the whole URL (a policy that
targets ``URL`` replaces that whole; these findings score below a URL finding so the URL wins there):

- on a site whose addresses are its users' profiles (social networks, code hosts, link pages: ``PROFILE_HOSTS``),
  the path segment that holds the user ("x.com/jdoe", "instagram.com/lukas_bauer92/", "linkedin.com/in/..."),
  unless the segment is one of the site's own pages ("github.com/features", "facebook.com/groups");
- on any site, the segment after one that lists people ("/users/jane-doe", "/profile/Thomas_Meier12",
  "/@jane.doe") and a home directory ("/~jane");
- a slug of names on any site ("example.org/anna.schmidt.77"): two or more words that are names in the list;
- a query parameter whose value is a name, an email or a phone ("?name=jane.doe", "&email=jane%40x.org");
- a person's own site: a user's subdomain of a blog or page host ("janedoe.wordpress.com", "jdoe.github.io"),
  and a domain that is a name ("https://janedoe.com": a common given name and a family name written together).

A segment that is a person's name ("jane-doe-123": two or more words, every one a plausible name) is a
``PERSON`` (its surrogate is a fake name joined the same way, so the URL stays a URL); any other user segment is
a ``USER_HANDLE``. An address may be written without its scheme ("linkedin.com/in/...", "github.com/jdoe"): a
host ending in a known top-level domain or a country's two letters, followed by a path.

Findings hold positions and kinds only. Local (one URL at a time) and linear (one pass over the text's URLs).
"""

from __future__ import annotations

import re

from .recognizers import Finding

__all__ = ["url_people", "PROFILE_HOSTS"]

TLDS = (r"com|org|net|edu|gov|io|ai|co|info|biz|me|app|dev|tv|xyz|online|site|shop|social|blog|page|link|ee|"
        r"[a-z]{2}")
# a web address with its scheme or "www.", or a bare host with a path ("linkedin.com/in/x", "github.com/jdoe")
WEB = re.compile(r"(?i)(?<![\w@.-])(?:https?://|www\.)[^\s<>\"')\]]+"
                 rf"|(?<![\w@./-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{TLDS})/[^\s<>\"')\]]*")

# hosts that give each user a subdomain of their own ("janedoe.wordpress.com", "jdoe.github.io")
USER_SUBDOMAIN_HOSTS = ("wordpress.com", "github.io", "gitlab.io", "blogspot.com", "substack.com", "tumblr.com",
                        "medium.com", "netlify.app", "vercel.app", "carrd.co", "wixsite.com", "weebly.com",
                        "squarespace.com", "neocities.org", "bearblog.dev", "micro.blog", "livejournal.com")
USER_SITE = re.compile(r"(?i)(?<![\w@./-])(?:https?://)?(?P<user>[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\."
                       r"(?:" + "|".join(re.escape(h) for h in USER_SUBDOMAIN_HOSTS) + r")(?![\w-])")
# Sites whose first path segment is a user (a profile): "x.com/jdoe". CODE hosts hold projects under a user
# ("github.com/pandas-dev/pandas" names an organisation's project): there only a profile itself, the user's
# segment alone, is taken. On social sites a user's segment is taken whatever follows ("x.com/jdoe/status/1").
SOCIAL_HOSTS = frozenset(
    "twitter.com x.com facebook.com fb.com instagram.com tiktok.com threads.net pinterest.com vk.com t.me "
    "telegram.me snapchat.com soundcloud.com twitch.tv behance.net dribbble.com about.me linktr.ee patreon.com "
    "ko-fi.com buymeacoffee.com mastodon.social flickr.com deviantart.com vimeo.com paypal.me venmo.com "
    "cash.app onlyfans.com letterboxd.com gravatar.com keybase.io producthunt.com myspace.com ask.fm "
    "weibo.com douyin.com line.me wa.me youtube.com medium.com substack.com quora.com tumblr.com".split())
CODE_HOSTS = frozenset("github.com gitlab.com bitbucket.org codeberg.org huggingface.co kaggle.com codepen.io "
                       "dev.to replit.com npmjs.com hub.docker.com sourcehut.org sr.ht".split())
# sites where the user stands only after a segment of their own ("linkedin.com/in/x", "xing.com/profile/x")
PROFILE_HOSTS = SOCIAL_HOSTS | CODE_HOSTS | frozenset("linkedin.com xing.com ok.ru bsky.app researchgate.net "
                                                      "strava.com goodreads.com last.fm wellfound.com".split())
# a path segment that lists people: the segment after it names one
PROFILE_SEGMENT = re.compile(r"(?i)(?:users?|u|people|persons?|profiles?|members?|in|pub|authors?|staff|team|"
                             r"employees?|customers?|patients?|contacts?|accounts?|athletes?|add|@)")
# segments that list users on any site: the next segment is a user's name or handle ("/users/jdoe_88")
USER_LISTS = frozenset("user users u profile profiles member members people athletes add @".split())
# a site's own pages where a user could stand ("github.com/features", "facebook.com/groups/...", "/users/sign_in")
SITE_PAGES = frozenset(
    "about help login logout signin sign_in signup sign_up register join settings search explore features pricing "
    "docs blog jobs careers company school groups pages events watch marketplace hashtag share sharer intent home "
    "i status policies policy legal privacy terms tos topics trending notifications messages orgs organizations "
    "sponsors apps enterprise team teams security site p reel reels stories tv tag tags video videos music discover "
    "r c channel playlist results feed shorts new edit admin api static assets download downloads contact support "
    "marketplace collections trending showcase readme issues pulls pull marketplace account accounts me profile "
    "dashboard auth oauth public index search_results feeds live gaming premium store shop cart checkout "
    "embed plugins user users people members login.php profile.php photo.php watch.php".split())
NAME_SLUG = re.compile(r"(?P<name>[^\W\d_]{2,}(?:(?:[-._+]|%20)[^\W\d_]{2,}){1,3})"
                       r"(?:[-_.]?\d{1,8}|[-_.](?=[a-z]*\d)[a-z0-9]{2,12})?", re.I)
HANDLE = re.compile(r"[\w][\w.-]{0,38}[\w]|\w", re.A)
SLUG_PART = re.compile(r"[^\W\d_]+")
JOINED_FAMILY_RANK = 2000  # the family name of a domain that joins given and family name ("janedoe.com")
SLUG_NAME_RANK = 5000  # a slug of any site is a person's when its words are names, one of them this common
QUERY_KIND = (("PERSON", re.compile(r"(?i)(?:full_?|first_?|last_?|given_?|family_?|sur|user_?|display_?|"
                                    r"customer_?|patient_?|contact_?|author_?|owner_?)?names?|user(?:_?id)?|"
                                    r"login|author|customer|patient|contact|owner|recipient")),
              ("EMAIL_ADDRESS", re.compile(r"(?i)e?-?mail(?:_?address)?|email_?to|mailto")),
              ("PHONE_NUMBER", re.compile(r"(?i)phone(?:_?number)?|tel|mobile|cell|msisdn|whatsapp")))


def _name_slug(name: str) -> bool:
    """Whether a URL slug's words ("marek.kaspar", "cherith-mccusker") are a person's name on any site: two or
    more words, none an English or a function word, one a given name or surname the name list ranks."""
    from .languages import NON_ENGLISH, function_word
    from .names import gazetteer, is_english

    parts = SLUG_PART.findall(name.replace("%20", " "))
    if len(parts) < 2 or any(len(p) < 2 or is_english(p) or function_word(p, NON_ENGLISH) for p in parts):
        return False
    g = gazetteer()
    return any(0 < g.best(p) <= SLUG_NAME_RANK for p in parts)


def _profile_name(name: str) -> bool:
    """Whether a profile's slug ("jane-doe", "giuseppe-verdi") reads as a name where the site says a person
    stands there: two or more words, none an ordinary English word ("/in/stock-news" is a page)."""
    from .names import is_english

    parts = SLUG_PART.findall(name.replace("%20", " "))
    return len(parts) >= 2 and not all(is_english(p) for p in parts)


def _host(url: str) -> tuple[str, int]:
    """The host of ``url`` in lower case without "www."/"m."/a language's subdomain, and where its path starts
    (-1: no path)."""
    start = url.find("//")
    start = start + 2 if start >= 0 else 0
    end = url.find("/", start)
    host = url[start:end if end >= 0 else len(url)].casefold().split(":")[0]
    return host, end


def _registered(host: str, sites: frozenset[str]) -> str | None:
    """The site of ``sites`` that ``host`` is, or a subdomain of ("it.linkedin.com", "m.facebook.com")."""
    parts = host.split(".")
    for i in range(len(parts) - 1):
        cand = ".".join(parts[i:])
        if cand in sites:
            return cand
    return None


def _user(seg: str, site_says: bool) -> tuple[int, str] | None:
    """What in path segment ``seg`` is its user: (its length, kind) or None. ``site_says``: the site puts a user
    there (a profile site's first segment, the segment after "/in/"), so a handle is taken; elsewhere only a
    slug of names."""
    n = NAME_SLUG.fullmatch(seg)
    if n and (_name_slug(n.group("name")) or (site_says and _profile_name(n.group("name")))):
        return n.end(), "PERSON"
    if not site_says or seg.casefold() in SITE_PAGES:
        return None
    h = HANDLE.fullmatch(seg)
    if h is None or len(seg) < 2 or "." in seg and seg.rsplit(".", 1)[-1].casefold() in ("php", "html", "htm", "asp"):
        return None
    if seg.isdigit() and len(seg) < 5:
        return None
    return len(seg), "USER_HANDLE"


def _path_people(url: str, base: int, host: str, host_end: int, path_end: int) -> list[Finding]:
    """The users a URL's path names (see the module's docstring)."""
    segs = [(x.start() + host_end, x.group()) for x in re.finditer(r"[^/]+", url[host_end:path_end])]
    social = _registered(host, SOCIAL_HOSTS)
    code = _registered(host, CODE_HOSTS)
    profiles = _registered(host, PROFILE_HOSTS)
    out = []
    for i, (pos, seg) in enumerate(segs):
        prev = segs[i - 1][1].casefold() if i else ""
        marked = seg[:1] in ("@", "~", "$")  # medium.com/@jane.doe, example.edu/~jdoe, cash.app/$jdoe
        core, off = (seg[1:], 1) if marked else (seg, 0)
        if not core or (i == 0 and code is not None and len(segs) > 1 and not marked):
            continue  # "github.com/pandas-dev/pandas": an owner's project, most often an organisation's
        listed = i > 0 and PROFILE_SEGMENT.fullmatch(prev) is not None
        # the site itself puts a user here: a handle is taken, not only a slug of names
        site_says = marked or (i == 0 and (social is not None or (code is not None and len(segs) == 1))) or \
            (listed and (profiles is not None or prev in USER_LISTS))
        u = _user(core, site_says)
        if u is None and listed:  # "/team/dana-white", "/authors/jan-novak" on any site: a slug of names
            n = NAME_SLUG.fullmatch(core)
            if n and _profile_name(n.group("name")):
                u = (n.end(), "PERSON")
        if u is not None:
            out.append(Finding(base + pos + off, base + pos + off + u[0], u[1], 0.8, "url_person"))
            if i == 0 and not marked and (social is not None or code is not None):
                break  # the profile's user; what follows is the user's content ("x.com/jdoe/status/1")
    return out


def _joined_name(label: str) -> bool:
    """Whether a host's label is a given name and a family name written together ("janedoe", "marekkowalski"):
    a given name some country ranks in its 1,000 most common (three letters or more, no English word), then a
    family name ranked in the 2,000 (three letters or more; an English word too: "Doe", "Smith"); not a town."""
    from .names import gazetteer, is_english
    from .places import known_place

    parts = re.split(r"[-.]", label)
    if len(parts) > 2 or not all(p.isalpha() for p in parts) or not 6 <= len(label) <= 30 or is_english(label):
        return False
    g = gazetteer()

    def pair(given: str, family: str) -> bool:
        return len(given) >= 3 and len(family) >= 3 and 0 < g.ranks(given)[0] <= 1000 and \
            0 < g.ranks(family)[1] <= JOINED_FAMILY_RANK and not is_english(given)  # "doe", "smith": family names

    if len(parts) == 2:
        return pair(*parts)
    if known_place(label, any_size=True) or g.best(label) > 0:
        return False  # "santander.com": a town, not San Tander; "samsung": one word the name list holds whole
    return any(pair(label[:i], label[i:]) for i in range(3, len(label) - 2))


def _own_sites(text: str) -> list[Finding]:
    """A person's own site: a user's subdomain of a blog or page host ("janedoe.wordpress.com", "jdoe.github.io"),
    and a domain that is a name ("https://www.jane-doe.com", "janedoe.com/cv")."""
    out = []
    if any(h in text for h in USER_SUBDOMAIN_HOSTS):
        for m in USER_SITE.finditer(text):
            user = m.group("user")
            if user.casefold() in SITE_PAGES or user.casefold() in ("www", "docs", "blog", "api", "pages"):
                continue
            n = NAME_SLUG.fullmatch(user)
            kind = "PERSON" if (n and _name_slug(n.group("name"))) or _joined_name(user) else "USER_HANDLE"
            out.append(Finding(m.start("user"), m.end("user"), kind, 0.8, "url_person"))
    return out


def _own_domain(url: str, base: int, host: str) -> list[Finding]:
    """The domain of ``url`` when it is a person's name ("janedoe.com", "www.jane-doe.de")."""
    labels = host.removeprefix("www.").split(".")
    if len(labels) != 2 or _registered(host, PROFILE_HOSTS) is not None:
        return []
    label = labels[0]
    if not _joined_name(label):
        return []
    at = url.casefold().find(label.casefold() + ".")
    return [Finding(base + at, base + at + len(label), "PERSON", 0.8, "url_person")] if at >= 0 else []


def url_people(text: str) -> list[Finding]:
    """Personal data inside URLs (see the module's docstring): a person's name (``PERSON``), a user name
    (``USER_HANDLE``), an email or a phone in a query."""
    if "." not in text:
        return []
    out = _own_sites(text)
    if "/" not in text and "?" not in text and "www." not in text:
        return out
    for m in WEB.finditer(text):
        url, base = m.group().rstrip(".,;:!?"), m.start()
        q = url.find("?")
        path_end = q if q >= 0 else len(url)
        hash_at = url.find("#")
        if 0 <= hash_at < path_end:
            path_end = hash_at
        host, host_end = _host(url)
        out += _own_domain(url, base, host)
        if 0 <= host_end < path_end:
            out += _path_people(url, base, host, host_end, path_end)
        if q >= 0:
            for p in re.finditer(r"[?&;](?P<k>[^=&;#]+)=(?P<v>[^&;#]+)", url[q:]):
                key, value = p.group("k"), p.group("v")
                for kind, rx in QUERY_KIND:
                    if rx.fullmatch(key):
                        if kind == "PERSON" and not NAME_SLUG.fullmatch(value) and not value.isalpha():
                            break
                        if kind == "PHONE_NUMBER" and sum(c.isdigit() for c in value) < 7:
                            break
                        out.append(Finding(base + q + p.start("v"), base + q + p.end("v"), kind, 0.8, "url_query"))
                        break
    return out
