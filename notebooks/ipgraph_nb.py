"""What the ipgraph notebooks share: settings from the environment, Neo4j's HTTP Query API,
ipgraph's REST API and saving figures. See notebooks/README.md for the variables."""
import base64
import json
import os
import pathlib
import re
import urllib.error
import urllib.parse
import urllib.request

import pandas as pd

ROOT = pathlib.Path(os.environ.get("IPGRAPH_HOME", pathlib.Path.cwd()))
if not (ROOT / "graph-model").exists() and (ROOT.parent / "graph-model").exists():
    ROOT = ROOT.parent
NEO4J_HTTP = os.environ.get("NEO4J_HTTP", "http://127.0.0.1:7474").rstrip("/")
NEO4J_USERNAME = os.environ.get("NEO4J_USERNAME", "neo4j")
API = os.environ.get("IPGRAPH_API", "http://127.0.0.1:8080").rstrip("/")
FIGURES = pathlib.Path(os.environ.get("IPGRAPH_FIGURES", ROOT / "docs" / "img"))
QUERIES = pathlib.Path(os.environ.get("IPGRAPH_QUERIES", ROOT / "graph-model" / "queries"))
TIMEOUT = float(os.environ.get("IPGRAPH_TIMEOUT", "120"))
PARAM = re.compile(r"^// @param (\w+): (.+)$", re.M)


def neo4j_password():
    """$NEO4J_PASSWORD, else the password file of the in-process store."""
    if os.environ.get("NEO4J_PASSWORD"):
        return os.environ["NEO4J_PASSWORD"]
    data = pathlib.Path(os.environ.get("IPGRAPH_DATA_DIR", ROOT / "data" / "neo4j"))
    return (data / "neo4j-password").read_text().strip()


def _send(request):
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        try:
            problem = json.loads(body)
            reason = problem.get("detail") or problem.get("errors") or body
        except ValueError:
            reason = body
        raise RuntimeError(f"{request.get_method()} {request.full_url}: {error.code} {reason}") from None


def _plain(value):
    # numpy numbers from a DataFrame as JSON numbers
    return value.item() if hasattr(value, "item") else str(value)


def _query_api(statement, parameters):
    auth = base64.b64encode(f"{NEO4J_USERNAME}:{neo4j_password()}".encode()).decode()
    request = urllib.request.Request(
        f"{NEO4J_HTTP}/db/neo4j/query/v2", method="POST",
        data=json.dumps({"statement": statement, "parameters": parameters}, default=_plain).encode(),
        headers={"Content-Type": "application/json", "Accept": "application/json",
                 "Authorization": "Basic " + auth})
    return _send(request)["data"]


def cypher(statement, **parameters):
    """Runs one parameterized statement over Neo4j's HTTP Query API; the rows as a DataFrame."""
    data = _query_api(statement, parameters)
    return pd.DataFrame(data["values"], columns=data["fields"])


def query(name):
    """An analyst query of graph-model/queries: its statement and its documented defaults."""
    text = (QUERIES / name).read_text()
    defaults = {key: _query_api(f"RETURN {value} AS v", {})["values"][0][0] for key, value in PARAM.findall(text)}
    return text.strip().rstrip(";"), defaults


def run(name, **parameters):
    """Runs an analyst query with its defaults, overridden by the given parameters."""
    statement, defaults = query(name)
    return cypher(statement, **{**defaults, **parameters})


def api(path, token, **parameters):
    """GET on ipgraph's REST API with a bearer token; the JSON answer. Errors carry the
    problem detail's reason."""
    query_string = urllib.parse.urlencode(parameters, doseq=True)
    request = urllib.request.Request(f"{API}{path}" + (f"?{query_string}" if query_string else ""),
                                     headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    return _send(request)


def token(variable="IPGRAPH_TOKEN"):
    """A bearer token from the environment, with what to do when there is none."""
    value = os.environ.get(variable) or os.environ.get("IPGRAPH_TOKEN")
    if not value:
        raise RuntimeError(f"Set {variable}: issue a token with "
                           "`curl -u USER:PASSWORD -X POST localhost:8080/api/v1/auth/tokens` "
                           "or `bin/ipgraph users token USER`")
    return value


def top_owners(count):
    """The organizations owning most patents, biggest first."""
    return cypher("""
        MATCH (o:Organization)-[:OWNS]->(p:Patent) WHERE p.stub IS NULL
        RETURN o.id AS id, o.name AS name, count(p) AS patents
        ORDER BY patents DESC, id LIMIT $count""", count=count)


def short(name, width=26):
    """A label that fits an axis."""
    return name if len(name) <= width else name[:width - 1] + "…"


def save(figure, name):
    """Saves a figure as FIGURES/name (PNG) and says where."""
    FIGURES.mkdir(parents=True, exist_ok=True)
    path = FIGURES / name
    figure.savefig(path, dpi=110, bbox_inches="tight", metadata={"Software": None})
    print("saved", path)
    return path


def graph_source():
    """What the figures are drawn from: the demo generator's graph says so."""
    synthetic = cypher("MATCH (d:Document {synthetic: true}) RETURN count(d) > 0 AS synthetic")["synthetic"][0]
    return "synthetic demo data" if synthetic else "ipgraph graph"
