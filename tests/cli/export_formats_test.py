#!/usr/bin/env python3
"""Checks kg's exports with the real consumers: Graphviz `dot`, networkx,
Python's csv and json modules; and `kg rank` / `kg components` against
networkx. Runs on a database of hostile names (built by
hostile_graph_tool through the store API) and on the seeds.

usage: export_formats_test.py KG HOSTILE_GRAPH_TOOL REPO_ROOT
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

import networkx as nx

KG, TOOL, REPO = sys.argv[1:4]
HOSTILE_NAMES = [
    "<b>Bold</b> & Co \"Union\"",
    "node",
    "C:\\Users\\edge \\n graph",
    "Line one\nLine two",
    "=HYPERLINK(\"http://x.test\",\"x\")",
    "Zoë Ångström-Łukasiewicz",
    "+Plus -Minus @At Party",
]
QUOTE = "We said \"no\" \\ twice\n<b>loudly</b>"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def kg(*args, expect=0):
    result = subprocess.run([KG, *args], capture_output=True)
    check(result.returncode == expect,
          f"kg {' '.join(args)}: exit {result.returncode}, want {expect}; "
          f"stderr: {result.stderr.decode(errors='replace')[:300]}")
    return result


def stats(db):
    """`kg stats --format json` is JSON Lines: one {"measure", "count"} per row."""
    rows = [json.loads(line) for line in kg("--db", db, "stats", "--format", "json").stdout.splitlines() if line]
    return {row["measure"]: row["count"] for row in rows}


def node_and_edge_counts(db):
    s = stats(db)
    return s["persons"] + s["organizations"] + s["statements"], s["edges"]


def check_dot_renders(db, work):
    path = os.path.join(work, "g.dot")
    kg("--db", db, "export", "--format", "dot", "-o", path)
    result = subprocess.run(["dot", "-Tsvg", path], capture_output=True)
    check(result.returncode == 0, f"dot -Tsvg exit {result.returncode}")
    check(result.stderr == b"", f"dot warned: {result.stderr[:300]!r}")
    texts = svg_texts(result.stdout)
    for name in HOSTILE_NAMES:
        for line in name.split("\n"):
            check(any(line in t for t in texts), f"dot svg does not show {line!r}")


def svg_texts(svg_bytes):
    root = ElementTree.fromstring(svg_bytes)
    return ["".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text")]


def check_in_process_images(db, work):
    svg = kg("--db", db, "export", "--format", "svg").stdout
    texts = svg_texts(svg)  # parses: well-formed XML
    check(any("<b>Bold</b> & Co" in t for t in texts), "kg svg does not show the markup name")
    png = os.path.join(work, "g.png")
    kg("--db", db, "export", "--format", "png", "-o", png)
    with open(png, "rb") as f:
        check(f.read(8) == b"\x89PNG\r\n\x1a\n", "png export is not a PNG")


def check_graphml(db, work):
    path = os.path.join(work, "g.graphml")
    kg("--db", db, "export", "--format", "graphml", "-o", path)
    g = nx.read_graphml(path)
    nodes, edges = node_and_edge_counts(db)
    check(g.number_of_nodes() == nodes, f"graphml: {g.number_of_nodes()} nodes, stats {nodes}")
    check(g.number_of_edges() == edges, f"graphml: {g.number_of_edges()} edges, stats {edges}")
    names = {data.get("name") for _, data in g.nodes(data=True)}
    for name in HOSTILE_NAMES + [QUOTE]:
        check(name in names, f"graphml lost the name {name!r}")
    titles = {data.get("title") for *_, data in g.edges(data=True)}
    check("Chief \"Node\" Officer \\" in titles, "graphml lost a HAS_ROLE title")
    return g


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def check_csv(db, work):
    nodes, edges = node_and_edge_counts(db)
    out = os.path.join(work, "neo4j")
    kg("--db", db, "export", "--format", "csv", "-o", out)
    node_rows, edge_rows = read_csv(f"{out}/nodes.csv"), read_csv(f"{out}/edges.csv")
    check(node_rows[0] == ["id:ID", ":LABEL", "name", "type", "aliases:string[]", "articles:int",
                           "cue"], f"neo4j node header {node_rows[0]}")
    check(edge_rows[0] == [":START_ID", ":END_ID", ":TYPE", "title", "sources:int", "sentence",
                           "rule"], f"neo4j edge header {edge_rows[0]}")
    check(len(node_rows) - 1 == nodes, "neo4j nodes.csv row count")
    check(len(edge_rows) - 1 == edges, "neo4j edges.csv row count")
    check_no_formula(node_rows[1:] + edge_rows[1:])
    names = {row[2] for row in node_rows[1:]}
    for name in HOSTILE_NAMES:
        shown = "'" + name if name[0] in "=+-@" else name
        check(shown in names, f"csv lost the name {name!r}")
    check("'=SUM(A1:A9)" in {row[3] for row in edge_rows[1:]}, "csv title not neutralised")

    out = os.path.join(work, "gephi")
    kg("--db", db, "export", "--format", "csv", "--csv-style", "gephi", "-o", out)
    node_rows, edge_rows = read_csv(f"{out}/nodes.csv"), read_csv(f"{out}/edges.csv")
    check(node_rows[0][:2] == ["Id", "Label"], f"gephi node header {node_rows[0]}")
    check(edge_rows[0][:4] == ["Source", "Target", "Type", "Label"],
          f"gephi edge header {edge_rows[0]}")
    check({row[2] for row in edge_rows[1:]} == {"Directed"}, "gephi Type must be Directed")
    check_no_formula(node_rows[1:] + edge_rows[1:])


def check_no_formula(rows):
    for row in rows:
        for cell in row:
            check(not cell or cell[0] not in "=+-@\t\r", f"formula-like cell {cell!r}")


def check_json(db, work):
    path = os.path.join(work, "g.json")
    kg("--db", db, "export", "--format", "json", "-o", path)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    check(json.loads(json.dumps(doc)) == doc, "json does not round-trip")
    nodes, edges = node_and_edge_counts(db)
    check(len(doc["nodes"]) == nodes and len(doc["edges"]) == edges, "json counts")
    names = {n.get("name", n.get("text")) for n in doc["nodes"]}
    for name in HOSTILE_NAMES + [QUOTE]:
        check(name in names, f"json lost the name {name!r}")
    check(all(e["sources"] for e in doc["edges"]), "json edge without provenance")
    try:  # the loader docs/export.md promises; networkx < 3.4 names the key "link"
        g = nx.node_link_graph(doc, edges="edges")
    except TypeError:
        g = nx.node_link_graph(doc, link="edges")
    check((g.number_of_nodes(), g.number_of_edges()) == (nodes, edges), "node_link_graph counts")
    lines = kg("--db", db, "export", "--format", "jsonl").stdout.decode().splitlines()
    records = [json.loads(line) for line in lines]
    kinds = [r["kind"] for r in records]
    check(kinds.count("node") == nodes and kinds.count("edge") == edges, "jsonl counts")
    check(kinds.count("article") == len(doc["articles"]), "jsonl articles")


def check_filters_and_guard(db, work):
    doc = json.loads(kg("--db", db, "export", "--format", "json", "--since", "2017-01").stdout)
    names = {n.get("name") for n in doc["nodes"]}
    check("Undated Person" not in names and "node" in names, "--since keeps undated articles")
    check(all(a["date"] >= "2017-01" for a in doc["articles"]), "--since articles")
    doc = json.loads(kg("--db", db, "export", "--format", "json", "--rel", "has_role").stdout)
    check({e["type"] for e in doc["edges"]} == {"HAS_ROLE"} and len(doc["nodes"]) == 4,
          f"--rel HAS_ROLE: {len(doc['nodes'])} nodes")
    doc = json.loads(kg("--db", db, "export", "--format", "json", "--type", "person").stdout)
    check({n["type"] for n in doc["nodes"]} == {"person"}, "--type person")
    kg("--db", db, "export", "--since", "March", expect=2)
    kg("--db", db, "export", "--rel", "LIKES", expect=2)

    big = os.path.join(work, "big.db")
    subprocess.run([TOOL, big, "600"], check=True)
    refused = kg("--db", big, "export", "--format", "svg", expect=1)
    check(b"--force" in refused.stderr and b"--focus" in refused.stderr, "size guard hint")
    kg("--db", big, "export", "--format", "dot", "--force")
    focused = kg("--db", big, "export", "--format", "dot", "--focus", "node", "--depth", "1")
    check(b"Extra Person" not in focused.stdout, "--focus depth 1 drew too much")


def ranking(db, *args):
    lines = kg("--db", db, "rank", "--format", "json", *args).stdout.decode().splitlines()
    return [json.loads(line) for line in lines]


def pagerank_reference(g):
    try:
        return nx.pagerank(g)
    except ImportError:  # no scipy: networkx's own pure-Python pagerank, same defaults
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
        print("note: scipy missing, using networkx's _pagerank_python")
        return _pagerank_python(g)


def check_rank(db, g, label):
    text1 = kg("--db", db, "rank", "--by", "pagerank", "--top", "5").stdout
    text2 = kg("--db", db, "rank", "--by", "pagerank", "--top", "5").stdout
    check(text1 == text2 and text1.count(b"\n") == min(5, g.number_of_nodes()),
          f"{label}: rank output unstable or wrong length")
    reference = pagerank_reference(g)
    top = ranking(db, "--by", "pagerank", "--top", "0")
    check(len(top) == g.number_of_nodes(), f"{label}: rank --top 0 lists every node")
    for row in top:
        check(abs(row["score"] - reference[row["id"]]) < 1e-6,
              f"{label}: pagerank {row['id']} {row['score']} vs networkx {reference[row['id']]}")
    fifth = sorted(reference.values(), reverse=True)[min(4, len(reference) - 1)]
    check(all(r["score"] >= fifth - 1e-6 for r in top[:5]), f"{label}: top 5 differs")
    simple = nx.DiGraph(g)  # betweenness counts distinct neighbours
    betweenness = nx.betweenness_centrality(simple)
    for row in ranking(db, "--by", "betweenness", "--top", "0"):
        check(abs(row["score"] - betweenness[row["id"]]) < 1e-9, f"{label}: betweenness {row}")
    for row in ranking(db, "--by", "degree", "--top", "0"):
        check(row["score"] == g.degree(row["id"]), f"{label}: degree {row}")
    people = ranking(db, "--type", "person", "--top", "0")
    check(people and all(r["type"] == "person" for r in people), f"{label}: rank --type person")
    components = kg("--db", db, "components", "--format", "json", "--top", "0").stdout
    sizes = [json.loads(line)["size"] for line in components.decode().splitlines()]
    want = sorted((len(c) for c in nx.weakly_connected_components(g)), reverse=True)
    check(sizes == want, f"{label}: components {sizes} vs networkx {want}")


def main():
    with tempfile.TemporaryDirectory() as work:
        hostile = os.path.join(work, "hostile.db")
        subprocess.run([TOOL, hostile], check=True)
        check_dot_renders(hostile, work)
        check_in_process_images(hostile, work)
        g = check_graphml(hostile, work)
        check_csv(hostile, work)
        check_json(hostile, work)
        check_filters_and_guard(hostile, work)
        check_rank(hostile, g, "hostile")

        seeds = os.path.join(work, "seeds.db")
        kg("--db", seeds, "ingest", os.path.join(REPO, "seeds"))
        check(node_and_edge_counts(seeds)[0] > 0, "seeds: empty graph")
        check_dot_renders_plain(seeds, work)
        path = os.path.join(work, "seeds.graphml")
        kg("--db", seeds, "export", "--format", "graphml", "-o", path)
        check_rank(seeds, nx.read_graphml(path), "seeds")
    if failures:
        print(f"{len(failures)} failure(s)")
        return 1
    print("all export checks passed")
    return 0


def check_dot_renders_plain(db, work):
    path = os.path.join(work, "seeds.dot")
    kg("--db", db, "export", "--format", "dot", "-o", path)
    result = subprocess.run(["dot", "-Tsvg", "-o", os.devnull, path], capture_output=True)
    check(result.returncode == 0 and result.stderr == b"", f"seeds dot: {result.stderr[:300]!r}")


if __name__ == "__main__":
    sys.exit(main())
