"""The served triage's probes, with the learned layer's own known calls marked as such."""

import pytest


def with_the_layers_calls(messages, layer_calls, reason="the learned layer's call"):
    """Each message as a test case; those the layer is known to call, strict xfails.

    Strict, so a layer retrained out of the call turns the case into a plain one to assert.
    """
    return [
        pytest.param(m, marks=pytest.mark.xfail(strict=True, reason=reason))
        if m in layer_calls
        else m
        for m in messages
    ]
