"""bench.stages: each stage is charged its own CPU time, less the stages it calls."""

import itertools

from bench.stages import StageClock


def test_a_stage_is_charged_its_own_time_and_the_rest_is_glue():
    ticks = itertools.count()  # one second of CPU each time the clock is read
    clock = StageClock(clock=lambda: float(next(ticks)))
    model = clock.wrap(lambda: None, "model")
    retrieval = clock.wrap(lambda: model(), "retrieval")

    clock.reset()
    retrieval()
    totals = clock.stop()

    # reset 0 | glue to 1 | retrieval to 2 | model to 3 | retrieval to 4 | glue to 5
    assert totals == {"glue": 2.0, "retrieval": 2.0, "model": 1.0}
