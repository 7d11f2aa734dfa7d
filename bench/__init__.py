"""`make bench`: build, start-up, latency, throughput and memory figures for the README."""
