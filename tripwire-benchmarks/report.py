#!/usr/bin/env python3
"""Writes BENCHMARKS.md from the JMH JSON results, the interleaved round trip's rounds and the
cold-start timings of one run.

Every SDK figure is printed next to its baseline with the ratio SDK / baseline (throughput; for
the round trip also allocation per call), and the issue's targets are checked against those
ratios: round-trip throughput against the interleaved run's pairs, everything else against JMH
and the cold-start timings. Called by tripwire-benchmarks/run; the arguments say where the inputs
are.
"""

import argparse
import csv
import json
import re
import statistics
import sys

PACKAGE = "com.tripwirejs.benchmarks."

# (class, method, params) of each SDK figure and its baseline.
ROUND_TRIP = [
    (threads, transport, f"RoundTrip{cls}Benchmark", f"sdk{transport}", f"raw{transport}", f"records{transport}")
    for threads, cls in ((1, "SingleThread"), (8, "EightThreads"))
    for transport in ("Apache", "Jdk")
]
DECODE = [
    ("session detail", "typedDetail", "treeDetail", "mapDetail", "recordsDetail"),
    ("session list page", "typedList", "treeList", "mapList", None),
]
WEBHOOKS = [
    ("signature verify", "sdkVerifySignature", "floorVerify", "HMAC floor (Mac per thread, hex, isEqual)"),
    ("verify + typed parse (`GateApprovedWebhook.verify`)", "sdkVerifyAndParse", "floorVerifyAndReadTree", "HMAC floor + readTree"),
    ("signature verify", "sdkVerifySignature", "typicalNewMacVerify", "typical hand code (new Mac per call), context only"),
]
SEALED = [
    ("new secret each call (key derived per call)", "sdkNewSecret", "floorNewSecret", True),
    ("derived key cached", "sdkCachedKey", "floorCachedKey", True),
    ("version 2, one recipient, verifier built once", "sdkV2OneRecipient", "floorV2OneRecipient", True),
    ("version 2, 256 recipients (the verifier's entry last), verifier built once", "sdkV2ManyRecipients", "floorV2ManyRecipients", False),
]
GATE = [("decrypt", "sdkDecrypt", "floorDecrypt"), ("encrypt", "sdkEncrypt", "floorEncrypt")]

LABELS = {"Apache": "Apache HttpClient 5 (default)", "Jdk": "JDK java.net.http"}

ROUND_TRIP_THROUGHPUT = 0.90  # against readTree, JDK transport; Apache reported
ROUND_TRIP_RECORDS = 1.0  # against databind into records, both transports
ROUND_TRIP_ALLOCATION = 1.0
DECODE_TREE = 1.0
DECODE_RECORDS = 1.3
WEBHOOK_VERIFY = 0.90
WEBHOOK_PARSE = 0.60
CRYPTO_FLOOR = 0.80
SEALED_V2_AGAINST_V1 = 0.80
SEALED_V2_MANY_TIME = 2.0
COLD_START = 1.15


class Results:
    def __init__(self, paths):
        self.rows = {}
        self.jvm = None
        # The JMH settings of each results file, by the classes it measured.
        self.settings = []
        for path in paths:
            classes, first = [], None
            with open(path, encoding="utf-8") as f:
                for row in json.load(f):
                    name = row["benchmark"]
                    if not name.startswith(PACKAGE):
                        continue
                    cls, method = name[len(PACKAGE):].rsplit(".", 1)
                    params = tuple(sorted((row.get("params") or {}).items()))
                    self.rows[(cls, method, params)] = row
                    if self.jvm is None:
                        self.jvm = row
                    if first is None:
                        first = row
                    group = cls.replace("Benchmark", "").replace("EightThreads", "").replace("SingleThread", "")
                    if group not in classes:
                        classes.append(group)
            if first is not None:
                self.settings.append((classes, first))

    def get(self, cls, method, **params):
        return self.rows.get((cls, method, tuple(sorted(params.items()))))


class Interleaved:
    """InterleavedRoundTrip's CSV: the calls a second of each side of each pair, by case."""

    def __init__(self, path):
        self.cases = {}
        self.round_nanos = []
        if not path:
            return
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f):
                nanos = int(row["nanos"])
                pairs = self.cases.setdefault((int(row["threads"]), row["transport"]), {})
                pairs.setdefault(int(row["pair"]), {})[row["side"]] = int(row["calls"]) * 1e9 / nanos
                self.round_nanos.append(nanos)

    def pairs(self, threads, transport, baseline="raw"):
        """(SDK ops/s, baseline ops/s) of each complete pair of a case, in the order they ran."""
        pairs = self.cases.get((threads, transport.lower()), {})
        return [(p["sdk"], p[baseline]) for _, p in sorted(pairs.items()) if "sdk" in p and baseline in p]


class Alternating:
    """AlternatingDecode's printed summaries: one per write-through setting."""

    def __init__(self, paths):
        self.runs = []
        for path in paths:
            with open(path, encoding="utf-8") as f:
                text = f.read()
            cpu = re.search(r"CPU per decode: typed ([0-9.]+) us, readTree ([0-9.]+) us, records ([0-9.]+) us.*?(\d+) passes after \d+ of warm-up and (\d+) s, (\d+) decodes a round, (\d+) KiB", text)
            ratios = dict(
                (m.group(1), (float(m.group(2)), float(m.group(3)), float(m.group(4)), float(m.group(5))))
                for m in re.finditer(r"typed / (\w+) throughput: CPU time median ([0-9.]+) \(quartiles ([0-9.]+), ([0-9.]+)\), wall time median ([0-9.]+)", text)
            )
            if cpu and ratios:
                self.runs.append({
                    "typed": float(cpu.group(1)), "readTree": float(cpu.group(2)), "records": float(cpu.group(3)),
                    "passes": int(cpu.group(4)), "warm_up": int(cpu.group(5)), "per_round": int(cpu.group(6)), "kib": int(cpu.group(7)),
                    "ratios": ratios,
                })


def score(row):
    return row["primaryMetric"]["score"] if row else None


def error(row):
    if not row:
        return None
    value = row["primaryMetric"].get("scoreError")
    if not isinstance(value, (int, float)) or value != value:
        return None  # "NaN" with a single iteration
    return value


def alloc(row):
    if not row:
        return None
    metric = (row.get("secondaryMetrics") or {}).get("gc.alloc.rate.norm")
    return metric["score"] if metric else None


def ratio(a, b):
    return a / b if a is not None and b else None


def fmt_rate(value):
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def fmt_ops(row):
    value = score(row)
    if value is None:
        return "not run"
    err = error(row)
    text = fmt_rate(value)
    if err is not None:
        text += f" ± {err:,.0f}" if err >= 100 else f" ± {err:,.1f}"
    return text


def fmt_bytes(value):
    return "n/a" if value is None else f"{value:,.0f}"


def fmt_ratio(value):
    return "n/a" if value is None else f"{value:.2f}"


def verdict(value, limit, at_least):
    if value is None:
        return "not measured"
    met = value >= limit if at_least else value <= limit
    return "met" if met else "**missed**"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jmh", action="append", default=[], help="a JMH JSON result file")
    parser.add_argument("--cold", help="cold-start CSV: kind,microseconds")
    parser.add_argument("--interleaved", help="InterleavedRoundTrip's CSV: case,pair,side,threads,transport,calls,nanos")
    parser.add_argument("--interleaved-warm-up", help="the interleaved run's warm-up, in seconds")
    parser.add_argument("--interleaved-command", help="the interleaved run's command line")
    parser.add_argument("--output", required=True)
    parser.add_argument("--command", required=True, help="the command that produced the run")
    parser.add_argument("--jmh-command", action="append", default=[], help="a JMH command line")
    parser.add_argument("--date", required=True)
    parser.add_argument("--machine", required=True)
    parser.add_argument("--load", required=True)
    parser.add_argument("--elapsed", required=True)
    parser.add_argument("--mode", choices=("full", "quick"), required=True)
    parser.add_argument("--notes", help="markdown on the missed targets, placed after the targets table")
    parser.add_argument("--alternating", action="append", default=[], help="AlternatingDecode's output")
    parser.add_argument("--alternating-command", action="append", default=[], help="an AlternatingDecode command line")
    parser.add_argument("--alternating-webhook", help="AlternatingWebhook's output")
    args = parser.parse_args()

    results = Results(args.jmh)
    interleaved = Interleaved(args.interleaved)
    alternating = Alternating(args.alternating)
    targets = []
    out = []
    w = out.append

    w("# Benchmarks")
    w("")
    if args.mode == "quick":
        w("> **Smoke run** (JMH without warm-up, one short iteration; a few seconds of interleaved rounds):")
        w("> the figures only show that every benchmark runs. Do not read performance from them.")
        w("")
    w("The SDK measured side by side with hand-written code doing the same work, in one run on one")
    w("machine. Every ratio is SDK / baseline: for throughput, above 1 means the SDK is faster; for")
    w("allocation, above 1 means the SDK allocates more per call. Generated by")
    w("`tripwire-benchmarks/run` from the JMH JSON results, the interleaved round trip's rounds and the")
    w("cold-start timings; what each benchmark measures and against what is in the Javadoc of its class")
    w("in `tripwire-benchmarks/src/main/java/com/tripwirejs/benchmarks/`.")
    w("")
    w("| | |")
    w("| --- | --- |")
    w(f"| date | {args.date} |")
    w(f"| command | `{args.command}` |")
    if results.jvm:
        jvm = results.jvm
        w(f"| JDK | {jvm.get('vmName', '?')} {jvm.get('vmVersion', '?')} (Java {jvm.get('jdkVersion', '?')}), JMH {jvm.get('jmhVersion', '?')} |")
        groups = []
        for classes, row in results.settings:
            warmup = f"{row.get('warmupIterations')} × {row.get('warmupTime')}" if row.get("warmupIterations") else "none"
            groups.append(f"{', '.join(classes)}: forks {row.get('forks')}, warm-up {warmup}, measurement {row.get('measurementIterations')} × {row.get('measurementTime')}")
        w(f"| JMH settings | {'; '.join(groups)}. ± is the 99.9% confidence interval (none from a single iteration) |")
    if interleaved.round_nanos:
        pair_counts = sorted({len(interleaved.pairs(threads, transport)) for threads, transport, *_ in ROUND_TRIP})
        round_seconds = round(min(interleaved.round_nanos) / 1e8) / 10
        w(f"| interleaved round trip | warm-up {args.interleaved_warm_up} s rotating through all twelve combinations, then per case one unmeasured set and {' to '.join(map(str, pair_counts))} sets of three {round_seconds:g} s rounds (SDK, readTree, records; order rotating) |")
    for run in alternating.runs:
        w(f"| alternating decode, {run['kib']} KiB written through | {run['warm_up']} s of warm-up, then {run['passes']} passes after 30 more, {run['per_round']:,} decodes a round per decoder, CPU time per decode |")
    w(f"| machine | {args.machine} |")
    w(f"| load average at start | {args.load} |")
    w(f"| wall time of the run | {args.elapsed} |")
    w("")

    body = []
    b = body.append

    # Round trip.
    b("## Round trip: `client.sessions().get(id)` over loopback, JMH (absolute figures, separate forks)")
    b("")
    b("The spec's session detail fixture (`fixtures/api/sessions/detail.json`) served by a raw-socket")
    b("HTTP/1.1 server in the benchmark JVM, read into a typed `SessionDetail`; baseline: the same HTTP")
    b("client library by hand, pooled the same way, reading the body with Jackson `readTree`, and,")
    b("second baseline, binding it with Jackson databind into records that mirror the session detail")
    b("(`SessionDetailRecords`, what a team writes without an SDK).")
    b("Allocation is `gc.alloc.rate.norm` (bytes per call, all threads, the server's included: it")
    b("allocates next to nothing per request). Each figure comes from its own fork, the SDK's and its")
    b("baseline's minutes apart, and this machine's speed drifts within minutes: the throughput ratio")
    b("here is for reference, the throughput targets are judged on the interleaved run below. The")
    b("group's warm-up is short (JMH settings above), enough for allocation per call but not for the")
    b("JIT to finish compiling the SDK's path, so its SDK throughput is lower than at steady state.")
    b("")
    b("| threads | transport | SDK ops/s | readTree ops/s | records ops/s | SDK / readTree (separate forks) | SDK B/call | readTree B/call | records B/call | allocation SDK / readTree |")
    b("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    allocation = {}
    for threads, transport, cls, sdk_name, raw_name, records_name in ROUND_TRIP:
        sdk, raw, rec = results.get(cls, sdk_name), results.get(cls, raw_name), results.get(cls, records_name)
        t_ratio, a_ratio = ratio(score(sdk), score(raw)), ratio(alloc(sdk), alloc(raw))
        allocation[(threads, transport)] = a_ratio
        b(f"| {threads} | {LABELS[transport]} | {fmt_ops(sdk)} | {fmt_ops(raw)} | {fmt_ops(rec)} | {fmt_ratio(t_ratio)} | {fmt_bytes(alloc(sdk))} | {fmt_bytes(alloc(raw))} | {fmt_bytes(alloc(rec))} | {fmt_ratio(a_ratio)} |")
    b("")

    # Round trip, interleaved.
    b("## Round trip, interleaved")
    b("")
    b("The same four comparisons, servers and clients in one JVM (`InterleavedRoundTrip`): after a")
    b("warm-up that rotates through all twelve combinations, per case one unmeasured set, then sets")
    b("of three rounds, the SDK's and each baseline's, each round its number of threads calling for a")
    b("fixed time, the order of the three rotating from set to set. A set's ratios compare figures")
    b("taken seconds apart, which the machine's drift does not reach; the round-trip throughput")
    b("targets use the median of them. A stall of another process on the machine still moves single")
    b("sets, which is why the median and the range are given.")
    b("")
    b("| threads | transport | baseline | SDK ops/s (median) | baseline ops/s (median) | ratio (median) | ratio min–max | sets |")
    b("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    every_pair = []
    for threads, transport, *_ in ROUND_TRIP:
        label, case = LABELS[transport], f"{threads} thread{'s' if threads > 1 else ''}"
        for baseline, baseline_label in (("raw", "readTree"), ("records", "databind into records")):
            pairs = interleaved.pairs(threads, transport, baseline)
            ratios = [s / r for s, r in pairs]
            t_ratio = statistics.median(ratios) if ratios else None
            if ratios:
                b(f"| {threads} | {label} | {baseline_label} | {fmt_rate(statistics.median(s for s, _ in pairs))} | {fmt_rate(statistics.median(r for _, r in pairs))} | {fmt_ratio(t_ratio)} | {min(ratios):.2f}–{max(ratios):.2f} | {len(pairs)} |")
                every_pair.append(f"- {label}, {case}, SDK / {baseline_label}: " + ", ".join(f"{v:.2f}" for v in ratios))
            else:
                b(f"| {threads} | {label} | {baseline_label} | not run | not run | n/a | n/a | 0 |")
            if baseline == "records":
                targets.append((f"round trip, {label}, {case}: throughput vs HttpClient + databind into records (interleaved, median)", f"≥ {ROUND_TRIP_RECORDS}", t_ratio, verdict(t_ratio, ROUND_TRIP_RECORDS, True)))
            elif transport == "Jdk":
                targets.append((f"round trip, {label}, {case}: throughput vs HttpClient + readTree (interleaved, median)", f"≥ {ROUND_TRIP_THROUGHPUT}", t_ratio, verdict(t_ratio, ROUND_TRIP_THROUGHPUT, True)))
            else:
                targets.append((f"round trip, {label}, {case}: throughput vs HttpClient + readTree (interleaved, median)", "reported", t_ratio, "no target (see below)"))
        a_ratio = allocation[(threads, transport)]
        targets.append((f"round trip, {label}, {case}: allocation per call vs readTree (JMH)", f"≤ {ROUND_TRIP_ALLOCATION}", a_ratio, verdict(a_ratio, ROUND_TRIP_ALLOCATION, False)))
    b("")
    if every_pair:
        b("The ratio of every pair, in the order they ran:")
        b("")
        body.extend(every_pair)
        b("")

    # Decode.
    b("## Decode alone")
    b("")
    b("The same bytes decoded by the SDK (`TripwireJson.readEnvelope` / `readListEnvelope`, as the")
    b("client does), by a plain Jackson `ObjectMapper` into a `JsonNode` tree and into a `Map`, and,")
    b("for the detail, by Jackson databind into records that mirror it (`SessionDetailRecords`). JMH,")
    b("separate benchmarks: for reference; the decode targets are judged on the alternating run below.")
    b("")
    b("| fixture | SDK typed ops/s | readTree ops/s | ratio | readValue(Map) ops/s | ratio | records ops/s | ratio | SDK B/op | readTree B/op | Map B/op | records B/op |")
    b("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, typed, tree, map_name, records_name in DECODE:
        s, t, m = (results.get("DecodeBenchmark", n) for n in (typed, tree, map_name))
        r = results.get("DecodeBenchmark", records_name) if records_name else None
        b(f"| {label} | {fmt_ops(s)} | {fmt_ops(t)} | {fmt_ratio(ratio(score(s), score(t)))} | {fmt_ops(m)} | {fmt_ratio(ratio(score(s), score(m)))} | {fmt_ops(r) if records_name else '–'} | {fmt_ratio(ratio(score(s), score(r))) if records_name else '–'} | {fmt_bytes(alloc(s))} | {fmt_bytes(alloc(t))} | {fmt_bytes(alloc(m))} | {fmt_bytes(alloc(r)) if records_name else '–'} |")
    b("")
    b("### Decode of the session detail, alternating")
    b("")
    b("`AlternatingDecode`: the typed decode, `readTree` and databind into records of the session")
    b("detail in rotating rounds in one JVM, each decode timed by the thread's CPU time (time spent")
    b("waiting for a core does not count); ratios are throughput, typed / baseline, median of the")
    b("passes after warm-up, with quartiles. \"Written through\" is memory written before each decode,")
    b("untimed, to push the decode's code and data out of the caches as an HTTP exchange does.")
    b("")
    if alternating.runs:
        b("| written through | typed µs CPU | readTree µs CPU | records µs CPU | typed / readTree | quartiles | typed / records | quartiles |")
        b("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for run in alternating.runs:
            tree_r, rec_r = run["ratios"].get("readTree"), run["ratios"].get("records")
            b(f"| {run['kib']} KiB | {run['typed']:.1f} | {run['readTree']:.1f} | {run['records']:.1f} | {tree_r[0]:.2f} | {tree_r[1]:.2f}–{tree_r[2]:.2f} | {rec_r[0]:.2f} | {rec_r[1]:.2f}–{rec_r[2]:.2f} |")
            setting = "with the cache write-through" if run["kib"] else "alone"
            targets.append((f"typed decode of the session detail vs readTree, {setting} (alternating, CPU time)", f"≥ {DECODE_TREE}", tree_r[0], verdict(tree_r[0], DECODE_TREE, True)))
            targets.append((f"typed decode of the session detail vs databind into records, {setting} (alternating, CPU time)", f"≥ {DECODE_RECORDS}", rec_r[0], verdict(rec_r[0], DECODE_RECORDS, True)))
    else:
        b("Not run.")
        targets.append(("typed decode of the session detail vs readTree (alternating)", f"≥ {DECODE_TREE}", None, "not measured"))
    b("")

    # Webhooks.
    b("## Webhooks")
    b("")
    b("The spec's signed `gate.session.approved` delivery, re-signed at setup with the current time")
    b("in eight variants. Both sides check the timestamp tolerance.")
    b("")
    b("| work | SDK ops/s | baseline | baseline ops/s | ratio |")
    b("| --- | ---: | --- | ---: | ---: |")
    for label, sdk_name, base_name, base_label in WEBHOOKS:
        s, f = results.get("WebhookBenchmark", sdk_name), results.get("WebhookBenchmark", base_name)
        r = ratio(score(s), score(f))
        b(f"| {label} | {fmt_ops(s)} | {base_label} | {fmt_ops(f)} | {fmt_ratio(r)} |")
        if base_name == "floorVerify":
            targets.append(("webhook signature verify vs HMAC floor", f"≥ {WEBHOOK_VERIFY}", r, verdict(r, WEBHOOK_VERIFY, True)))
    b("")
    webhook = None
    if args.alternating_webhook:
        with open(args.alternating_webhook, encoding="utf-8") as f:
            text = f.read()
        cpu = re.search(r"SDK verify \+ typed parse ([0-9.]+) us, floor \+ readTree ([0-9.]+) us; (\d+) pairs after (\d+) s", text)
        med = re.search(r"CPU time median ([0-9.]+) \(quartiles ([0-9.]+), ([0-9.]+)\)", text)
        if cpu and med:
            webhook = float(med.group(1))
            b(f"Verify + typed parse by CPU time (`AlternatingWebhook`, SDK and floor in alternating rounds in one JVM, {cpu.group(3)} pairs after {cpu.group(4)} s of warm-up): SDK {cpu.group(1)} µs, floor + readTree {cpu.group(2)} µs a delivery; ratio, median of the pairs, **{med.group(1)}** (quartiles {med.group(2)}–{med.group(3)}). The target is judged on this figure.")
            b("")
    targets.append(("webhook verify + typed parse (Gate approved event) vs HMAC floor + readTree (alternating, CPU time)", f"≥ {WEBHOOK_PARSE}", webhook, verdict(webhook, WEBHOOK_PARSE, True)))

    # Sealed tokens.
    b("## Sealed tokens")
    b("")
    b("Eight tokens sealed under eight secret keys with the spec vector's payload. Floor: SHA-256 key")
    b("derivation, AES-256-GCM, `Inflater` and `readTree` by hand on the JCA. Version 2: eight tokens")
    b("for one recipient and eight for 256 (the verifier's entry last), each under its own verifier;")
    b("the floor does the same steps by hand (entry found by recipient id, content key unwrapped, payload")
    b("decrypted with the header and every recipient id as associated data).")
    b("")
    b("| case | SDK ops/s | JCA floor ops/s | ratio |")
    b("| --- | ---: | ---: | ---: |")
    for label, sdk_name, floor_name, has_target in SEALED:
        s, f = results.get("SealedTokenBenchmark", sdk_name), results.get("SealedTokenBenchmark", floor_name)
        r = ratio(score(s), score(f))
        b(f"| {label} | {fmt_ops(s)} | {fmt_ops(f)} | {fmt_ratio(r)} |")
        if has_target:
            targets.append((f"sealed token, {label}, vs JCA floor", f"≥ {CRYPTO_FLOOR}", r, verdict(r, CRYPTO_FLOOR, True)))
    v1 = score(results.get("SealedTokenBenchmark", "sdkCachedKey"))
    one = score(results.get("SealedTokenBenchmark", "sdkV2OneRecipient"))
    many = score(results.get("SealedTokenBenchmark", "sdkV2ManyRecipients"))
    r = ratio(one, v1)
    targets.append(("sealed token, version 2 one recipient vs version 1 (SDK, throughput)", f"≥ {SEALED_V2_AGAINST_V1}", r, verdict(r, SEALED_V2_AGAINST_V1, True)))
    r = ratio(one, many)
    targets.append(("sealed token, version 2: 256 recipients vs one (SDK, time per token)", f"≤ {SEALED_V2_MANY_TIME}", r, verdict(r, SEALED_V2_MANY_TIME, False)))
    b("")

    # Gate.
    b("## Gate delivery")
    b("")
    b("The spec's Gate delivery vector (its key pair and payload; eight envelopes). Floor: X25519")
    b("`KeyAgreement`, HKDF-SHA256 by hand on `Mac`, AES-256-GCM and Jackson, on the JCA. `provider`")
    b("says which JCA provider the JVM prefers, for the SDK and the floor alike: the JDK's own, or")
    b("Bouncy Castle's registered first (the SDK's HKDF is Bouncy Castle's lightweight API in both).")
    b("")
    b("| operation | provider | SDK ops/s | JCA floor ops/s | ratio |")
    b("| --- | --- | ---: | ---: | ---: |")
    for label, sdk_name, floor_name in GATE:
        for provider in ("JDK", "BC"):
            s = results.get("GateDeliveryBenchmark", sdk_name, provider=provider)
            f = results.get("GateDeliveryBenchmark", floor_name, provider=provider)
            r = ratio(score(s), score(f))
            b(f"| {label} | {provider} | {fmt_ops(s)} | {fmt_ops(f)} | {fmt_ratio(r)} |")
            targets.append((f"Gate {label}, {provider} provider, vs JCA floor", f"≥ {CRYPTO_FLOOR}", r, verdict(r, CRYPTO_FLOOR, True)))
    b("")
    b("Bouncy Castle against the JDK on the floor's work: the same floor written on Bouncy Castle's")
    b("lightweight API (`X25519Agreement`, `HKDFBytesGenerator`, `GCMBlockCipher`), ratio to the JCA")
    b("floor on the JDK's providers.")
    b("")
    b("| operation | Bouncy Castle lightweight ops/s | JCA floor on JDK providers ops/s | ratio |")
    b("| --- | ---: | ---: | ---: |")
    for label, bc_name, floor_name in (("decrypt", "bcFloorDecrypt", "floorDecrypt"), ("encrypt", "bcFloorEncrypt", "floorEncrypt")):
        bc = results.get("GateDeliveryBcLightweightBenchmark", bc_name)
        f = results.get("GateDeliveryBenchmark", floor_name, provider="JDK")
        b(f"| {label} | {fmt_ops(bc)} | {fmt_ops(f)} | {fmt_ratio(ratio(score(bc), score(f)))} |")
    b("")

    # Cold start.
    b("## Cold start")
    b("")
    b("Wall time of a fresh JVM (`java -cp ... Main <url>`, start-up included) that builds a client")
    b("and completes its first typed `sessions().get(id)` against a fixture server running in another")
    b("JVM (`ColdStartSdk`), against the same first call made by hand with Apache HttpClient 5 and")
    b("`readTree` (`ColdStartRaw`). Runs alternate, the order flipping every round, after one untimed")
    b("run of each.")
    b("")
    cold = {"sdk": [], "raw": []}
    if args.cold:
        with open(args.cold, encoding="utf-8") as f:
            for kind, micros in csv.reader(f):
                cold[kind].append(int(micros) / 1000.0)
    if cold["sdk"] and cold["raw"]:
        sdk_median, raw_median = statistics.median(cold["sdk"]), statistics.median(cold["raw"])
        r = ratio(sdk_median, raw_median)
        b("| | runs | median ms | min ms | max ms |")
        b("| --- | ---: | ---: | ---: | ---: |")
        for kind, label in (("sdk", "SDK (`ColdStartSdk`)"), ("raw", "raw (`ColdStartRaw`)")):
            values = cold[kind]
            b(f"| {label} | {len(values)} | {statistics.median(values):,.0f} | {min(values):,.0f} | {max(values):,.0f} |")
        b("")
        b(f"Ratio of medians, SDK / raw: **{r:.2f}** (lower is better).")
        b("")
        b("Every run, ms: SDK " + ", ".join(f"{v:,.0f}" for v in cold["sdk"]) + "; raw " + ", ".join(f"{v:,.0f}" for v in cold["raw"]) + ".")
        targets.append(("cold start, median wall time", f"≤ {COLD_START}", r, verdict(r, COLD_START, False)))
    else:
        b("Not run.")
        targets.append(("cold start, median wall time", f"≤ {COLD_START}", None, "not measured"))
    b("")

    w("## Targets")
    w("")
    w("The issue's targets, as ratios from this run. Round-trip throughput is the median of the")
    w("interleaved run's ratios (section \"Round trip, interleaved\"); round-trip allocation per")
    w("call comes from JMH with `-prof gc`; the typed decode from the alternating run (section")
    w("\"Decode of the session detail, alternating\").")
    w("")
    w("| target | required ratio | measured | verdict |")
    w("| --- | --- | ---: | --- |")
    for label, required, value, result in targets:
        w(f"| {label} | {required} | {fmt_ratio(value)} | {result} |")
    w("")
    if args.notes:
        with open(args.notes, encoding="utf-8") as f:
            w(f.read().rstrip())
        w("")
    out.extend(body)

    w("## Commands")
    w("")
    w("The JMH runs and the interleaved round trip the script made, on the benchmarks' classpath:")
    w("")
    w("```")
    for command in args.jmh_command:
        w(command)
    if args.interleaved_command:
        w(args.interleaved_command)
    for command in args.alternating_command:
        w(command)
    w("```")
    w("")

    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")
    missing = [t for t in targets if t[3] == "not measured"]
    if missing:
        print(f"report: {len(missing)} target(s) not measured", file=sys.stderr)


if __name__ == "__main__":
    main()
