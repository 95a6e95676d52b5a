"""Dask recipe, run as a test: a JSONL corpus read as a bag of partitions (dask.bag.read_text with a
block size), each partition piped through `deboiler --jsonl --workers 1 --quiet` on a LocalCluster of
worker processes, the cleaned partitions written in order. The test compares the result byte for byte
with one local run of the command.

    /usr/bin/python3 test/dask/run.py INPUT.jsonl OUTPUT.jsonl [--workers 2] [--blocksize 65536]
        [--command "node dist/cli.js"]

Uses Debian's python3-dask and python3-distributed (apt-get install python3-dask python3-distributed).
"""
import argparse
import shlex
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def clean_partition(lines, command):
    """Pipe one partition (lines with their newlines) through the command; its lines come back."""
    data = "".join(lines).encode("utf-8")
    done = subprocess.run(command + ["--jsonl", "--workers", "1", "--quiet"], input=data, capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"deboiler exited with {done.returncode}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout.decode("utf-8").splitlines(keepends=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocksize", type=int, default=1 << 16)
    parser.add_argument("--command", default="deboiler")
    args = parser.parse_args()
    command = shlex.split(args.command)

    # Worker processes, one thread each: the command is the unit of parallelism.
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        # linedelimiter "\n" keeps each line's own end ("\r\n" stays "\r\n"): lines are not rewritten.
        bag = db.read_text(args.input, blocksize=args.blocksize, linedelimiter="\n")
        cleaned = bag.map_partitions(clean_partition, command)
        partitions = cleaned.to_delayed()
        results = client.compute(partitions, sync=True)
        with open(args.output, "w", encoding="utf-8", newline="") as out:
            for lines in results:
                out.writelines(lines)
        workers = len(client.scheduler_info()["workers"])
    print(f"dask: {len(partitions)} partitions on {workers} worker processes", file=sys.stderr)


if __name__ == "__main__":
    main()
