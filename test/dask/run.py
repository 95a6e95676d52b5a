"""Dask recipe of the README, run as a test: a JSONL corpus read as a bag of partitions
(dask.bag.read_text with a block size), each partition piped through
`deboiler --jsonl --workers 1 --quiet` on a LocalCluster of worker processes, written with
to_textfiles (one file per partition). The test concatenates the files in order and compares them byte
for byte with one local run of the command.

    /usr/bin/python3 test/dask/run.py INPUT.jsonl OUTPUT_DIR [--workers 2] [--blocksize 65536]
        [--command "node dist/cli.js"]

Uses Debian's python3-dask and python3-distributed (apt-get install python3-dask python3-distributed).
"""
import argparse
import os
import shlex
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def clean_partition(lines, command):
    """Pipe one partition (lines with their own ends) through the command; one element per output line."""
    done = subprocess.run(command + ["--jsonl", "--workers", "1", "--quiet"], input="".join(lines).encode("utf-8"), capture_output=True)
    if done.returncode != 0:
        raise RuntimeError(f"deboiler exited with {done.returncode}: {done.stderr.decode(errors='replace').strip()}")
    # Without the "\n" (to_textfiles puts it back); a "\r" before it stays.
    return done.stdout.decode("utf-8").split("\n")[:-1]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output_dir")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--blocksize", type=int, default=1 << 16)
    parser.add_argument("--command", default="deboiler")
    args = parser.parse_args()
    command = shlex.split(args.command)

    # Worker processes, one thread each: the command is the unit of parallelism.
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        # linedelimiter "\n" keeps each line's own end ("\r\n" stays "\r\n"): lines are not rewritten.
        bag = db.read_text(args.input, blocksize=args.blocksize, linedelimiter="\n")
        bag.map_partitions(clean_partition, command).to_textfiles(os.path.join(args.output_dir, "*.jsonl"), last_endline=True)
        workers = len(client.scheduler_info()["workers"])
    print(f"dask: {bag.npartitions} partitions on {workers} worker processes", file=sys.stderr)


if __name__ == "__main__":
    main()
