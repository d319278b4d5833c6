#!/usr/bin/python3
"""Proof for the analyzer fixtures: what real PyTorch does with the configurations they use.

Every analyzer fixture (test/fixtures/**) that expects PyTorch's error text names the case here
that proves it (`// pytorch: fixture-errors#<id>`). This script runs each case through PyTorch
1.13.1 and writes what happened: the exception type and message, the warnings, or, for the
look-alikes the fixtures say are fine, the result shapes. Run it with Debian's python3-torch
(plain `python3` may lack torch):

    /usr/bin/python3 tools/fixture-errors.py > test/goldens/fixture-errors.json

It fails (exit 1) when PyTorch does not behave as a case expects, so a wrong claim in a fixture
cannot reach the goldens. Replayed through the engine by test/engine/fixture-errors.test.ts;
test/analyzer/fixtures.test.ts checks every fixture message against these messages.
"""
import json
import platform
import sys
import warnings

import torch
import torch.nn as nn

torch.set_default_dtype(torch.float32)

# --------------------------------------------------------------------------------------------
# Case builders. `expect` is what the fixture claims: "error", "warning" or "ok".


def module(id, kind, config, input_shape=None, hx=None, expect="error", hx_form=None, engine_message=None, note=None):
    """A recurrent module built with `config` (PyTorch's keyword arguments), then, if input_shape
    is given, called on zeros of that shape with zeros states of the `hx` shapes: one tensor for
    RNN/GRU/RNNCell/GRUCell, an (h0, c0) tuple for LSTM/LSTMCell; hx_form "tuple" passes a tuple
    to any module (a GRU given an LSTM's state), "tensor" one tensor (an LSTMCell given h only)."""
    c = {"id": id, "kind": "module", "module": kind, "config": config, "input_shape": input_shape, "hx_shapes": hx, "expect": expect}
    if hx_form:
        c["hx_form"] = hx_form
    if engine_message:
        # Where PyTorch's text is an accident of Python (docs/architecture.md#the-engine-api), the engine names the
        # argument and the value instead; the engine test checks this wording.
        c["engine_message"] = engine_message
    if note:
        c["note"] = note
    return c


def linear(id, in_features, out_features, input_shape=None, expect="error"):
    return {"id": id, "kind": "linear", "in_features": in_features, "out_features": out_features, "input_shape": input_shape, "expect": expect}


def op(id, input_shape, name, args, expect="error"):
    """`torch.zeros(input_shape).<name>(*args)`."""
    return {"id": id, "kind": "op", "op": name, "input_shape": input_shape, "args": args, "expect": expect}


def cat(id, fn, shapes, dim, expect="error"):
    return {"id": id, "kind": fn, "shapes": shapes, "dim": dim, "expect": expect}


LSTM_PAIR = lambda a, b: [a, b]  # noqa: E731 - (h0, c0) shapes, for readability

CASES = [
    # tutorial/ : the PyTorch seed tutorial's modules, broken.
    module("tutorial-lstm-input-12", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 12], LSTM_PAIR([2, 3, 20], [2, 3, 20])),
    module("tutorial-lstm-h0-one-layer", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], LSTM_PAIR([1, 3, 20], [1, 3, 20])),
    module("tutorial-lstm-c0-one-layer", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], LSTM_PAIR([2, 3, 20], [1, 3, 20])),
    module("tutorial-lstm-c0-hidden-10", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], LSTM_PAIR([2, 3, 20], [2, 3, 10])),
    module("tutorial-rnn-h0-one-layer", "RNN", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], [[1, 3, 20]]),
    module("tutorial-rnn-h0-batch-4", "RNN", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], [[2, 4, 20]]),
    module("tutorial-rnncell-hx-batch-6", "RNNCell", {"input_size": 10, "hidden_size": 20}, [3, 10], [[6, 20]]),
    module("tutorial-lstmcell-input-8", "LSTMCell", {"input_size": 8, "hidden_size": 20}, [3, 10], LSTM_PAIR([3, 20], [3, 20])),
    module("tutorial-grucell-hx-hidden-10", "GRUCell", {"input_size": 10, "hidden_size": 20}, [3, 10], [[3, 10]]),
    module("docs-lstmcell-three-states", "LSTMCell", {"input_size": 10, "hidden_size": 20}, [3, 10], [[3, 20], [3, 20], [3, 20]]),
    # The tutorial's correct calls.
    module("ok-tutorial-lstm", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], LSTM_PAIR([2, 3, 20], [2, 3, 20]), expect="ok"),
    module("ok-tutorial-rnn", "RNN", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], [[2, 3, 20]], expect="ok"),
    module("ok-tutorial-gru-bf-bi", "GRU", {"input_size": 10, "hidden_size": 20, "num_layers": 2, "batch_first": True, "bidirectional": True}, [3, 5, 10], expect="ok"),
    module("ok-tutorial-rnncell-step", "RNNCell", {"input_size": 10, "hidden_size": 20}, [3, 10], [[3, 20]], expect="ok"),
    module("ok-tutorial-lstmcell-step", "LSTMCell", {"input_size": 10, "hidden_size": 20}, [3, 10], LSTM_PAIR([3, 20], [3, 20]), expect="ok"),
    module("ok-tutorial-grucell-step", "GRUCell", {"input_size": 10, "hidden_size": 20}, [3, 10], [[3, 20]], expect="ok"),
    # input-size-mismatch/
    module("lstm-embed-128-vs-100", "LSTM", {"input_size": 100, "hidden_size": 256, "batch_first": True}, [32, 40, 128]),
    module("gru-config-64-vs-32", "GRU", {"input_size": 64, "hidden_size": 64, "num_layers": 2}, [12, 8, 32], [[2, 8, 64]]),
    module("lstm-class-100-vs-64", "LSTM", {"input_size": 100, "hidden_size": 32, "batch_first": True}, [4, 15, 64]),
    module("gru-bf-permuted-16-vs-50", "GRU", {"input_size": 50, "hidden_size": 100, "batch_first": True, "num_layers": 1}, [30, 50, 16]),
    module("rnn-unbatched-7-vs-4", "RNN", {"input_size": 4, "hidden_size": 8, "num_layers": 1, "nonlinearity": "relu"}, [6, 7]),
    module("lstm-residual-concat", "LSTM", {"input_size": 32, "hidden_size": 32}, [7, 2, 48], note="embed=16, hidden=32: the input has embed + hidden features"),
    # input-rank/
    module("gru-input-4d", "GRU", {"input_size": 7, "hidden_size": 128, "batch_first": True}, [8, 64, 7, 7]),
    module("lstm-input-1d", "LSTM", {"input_size": 16, "hidden_size": 32}, [16]),
    module("lstmcell-input-3d", "LSTMCell", {"input_size": 10, "hidden_size": 20}, [6, 3, 10]),
    module("grucell-input-4d", "GRUCell", {"input_size": 10, "hidden_size": 20}, [1, 6, 3, 10]),
    module("rnn-seq-len-zero", "RNN", {"input_size": 4, "hidden_size": 8}, [0, 2, 4]),
    module("ok-lstm-unbatched", "LSTM", {"input_size": 16, "hidden_size": 32, "num_layers": 2}, [9, 16], expect="ok"),
    module("ok-grucell-unbatched", "GRUCell", {"input_size": 16, "hidden_size": 32}, [16], expect="ok"),
    # hidden-rank/
    module("gru-hx-2d", "GRU", {"input_size": 32, "hidden_size": 64}, [20, 8, 32], [[8, 64]]),
    module("lstm-hx-2d", "LSTM", {"input_size": 32, "hidden_size": 64}, [20, 8, 32], LSTM_PAIR([8, 64], [1, 8, 64])),
    module("rnn-unbatched-hx-3d", "RNN", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [7, 10], [[2, 1, 20]]),
    module("lstm-unbatched-cx-3d", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [7, 10], LSTM_PAIR([2, 20], [2, 1, 20])),
    module("gru-hx-2d-selected", "GRU", {"input_size": 16, "hidden_size": 32, "num_layers": 2}, [5, 4, 16], [[4, 32]]),
    module("gru-hx-tuple", "GRU", {"input_size": 32, "hidden_size": 64}, [7, 2, 32], [[1, 2, 64], [1, 2, 64]], hx_form="tuple"),
    module("ok-gru-unbatched-2d-hx", "GRU", {"input_size": 16, "hidden_size": 32, "num_layers": 2}, [5, 16], [[2, 32]], expect="ok"),
    module("ok-lstm-unbatched-2d-states", "LSTM", {"input_size": 8, "hidden_size": 16, "num_layers": 2}, [11, 8], LSTM_PAIR([2, 16], [2, 16]), expect="ok"),
    # hidden-size-mismatch/
    module("lstm-bi-h0-forgot-2", "LSTM", {"input_size": 300, "hidden_size": 128, "num_layers": 2, "bidirectional": True}, [25, 16, 300], LSTM_PAIR([2, 16, 128], [4, 16, 128])),
    module("gru-init-hidden-layers", "GRU", {"input_size": 256, "hidden_size": 256, "num_layers": 3}, [10, 4, 256], [[1, 4, 256]]),
    module("lstm-proj-h0-hidden", "LSTM", {"input_size": 40, "hidden_size": 512, "proj_size": 128, "num_layers": 1}, [100, 8, 40], LSTM_PAIR([1, 8, 512], [1, 8, 512])),
    module("lstm-bf-h0-batch-from-seq", "LSTM", {"input_size": 10, "hidden_size": 20, "batch_first": True, "num_layers": 2}, [3, 7, 10], LSTM_PAIR([2, 7, 20], [2, 7, 20])),
    module("rnn-h0-width-10-vs-20", "RNN", {"input_size": 10, "hidden_size": 20, "num_layers": 1}, [5, 3, 10], [[1, 3, 10]]),
    module("ok-lstm-proj-bf-states", "LSTM", {"input_size": 40, "hidden_size": 512, "proj_size": 128, "batch_first": True}, [8, 100, 40], LSTM_PAIR([1, 8, 128], [1, 8, 512]), expect="ok"),
    module("ok-lstm-bf-states-from-seq-square", "LSTM", {"input_size": 10, "hidden_size": 20, "batch_first": True, "num_layers": 2}, [7, 7, 10], LSTM_PAIR([2, 7, 20], [2, 7, 20]), expect="ok", note="the symbolic look-alike: when batch == seq, h0 built from x.size(1) is right"),
    # cell-size-mismatch/
    module("lstm-proj-c0-proj", "LSTM", {"input_size": 80, "hidden_size": 1024, "proj_size": 256, "num_layers": 3}, [50, 4, 80], LSTM_PAIR([3, 4, 256], [3, 4, 256])),
    module("lstm-c0-layers-3", "LSTM", {"input_size": 12, "hidden_size": 24, "num_layers": 3, "dropout": 0.2}, [9, 2, 12], LSTM_PAIR([3, 2, 24], [1, 2, 24])),
    module("lstm-c0-batch-1", "LSTM", {"input_size": 6, "hidden_size": 12, "num_layers": 2}, [3, 5, 6], LSTM_PAIR([2, 5, 12], [2, 1, 12])),
    module("ok-lstm-proj-c0-hidden", "LSTM", {"input_size": 80, "hidden_size": 1024, "proj_size": 256, "num_layers": 3}, [50, 4, 80], LSTM_PAIR([3, 4, 256], [3, 4, 1024]), expect="ok"),
    module("ok-lstm-bi-states-reused", "LSTM", {"input_size": 4, "hidden_size": 8, "num_layers": 2, "bidirectional": True}, [7, 5, 4], LSTM_PAIR([4, 5, 8], [4, 5, 8]), expect="ok"),
    # cell-input-mismatch/
    module("lstmcell-input-concat-96-vs-64", "LSTMCell", {"input_size": 64, "hidden_size": 32}, [4, 96], LSTM_PAIR([4, 32], [4, 32])),
    module("grucell-hx-batch-1", "GRUCell", {"input_size": 20, "hidden_size": 40}, [16, 20], [[1, 40]]),
    module("lstmcell-c0-batch-1", "LSTMCell", {"input_size": 20, "hidden_size": 40}, [16, 20], LSTM_PAIR([16, 40], [1, 40])),
    module("rnncell-hx-hidden-64-vs-128", "RNNCell", {"input_size": 32, "hidden_size": 128, "nonlinearity": "relu"}, [8, 32], [[8, 64]]),
    module("grucell-select-wrong-dim", "GRUCell", {"input_size": 8, "hidden_size": 16}, [4, 12], [[4, 16]]),
    module("script-cell-batch", "LSTMCell", {"input_size": 6, "hidden_size": 12}, [5, 6], LSTM_PAIR([4, 12], [4, 12])),
    module("xfile-seq2seq-decoder-input", "GRUCell", {"input_size": 64, "hidden_size": 64}, [16, 3], [[16, 64]]),
    module("rnncell-nonlinearity-gelu", "RNNCell", {"input_size": 4, "hidden_size": 8, "bias": True, "nonlinearity": "gelu"}, [2, 4]),
    module("ok-rnncell-nonlinearity-gelu-built", "RNNCell", {"input_size": 4, "hidden_size": 8, "nonlinearity": "gelu"}, expect="ok"),
    module("grucell-hx-pair", "GRUCell", {"input_size": 6, "hidden_size": 12}, [4, 6], [[4, 12], [4, 12]], hx_form="tuple"),
    module("lstmcell-hx-single", "LSTMCell", {"input_size": 6, "hidden_size": 12}, [4, 6], [[4, 12]], hx_form="tensor"),
    module("ok-grucell-unbatched-1d-hx", "GRUCell", {"input_size": 10, "hidden_size": 20}, [10], [[20]], expect="ok"),
    # invalid-argument/
    module("lstm-proj-ge-hidden", "LSTM", {"input_size": 80, "hidden_size": 256, "num_layers": 2, "proj_size": 512}),
    module("lstm-proj-eq-hidden", "LSTM", {"input_size": 80, "hidden_size": 256, "proj_size": 256}),
    module("gru-dropout-percent", "GRU", {"input_size": 128, "hidden_size": 256, "num_layers": 2, "dropout": 30}),
    module("rnn-dropout-negative", "RNN", {"input_size": 128, "hidden_size": 256, "num_layers": 2, "dropout": -0.1}),
    module("gru-hidden-zero", "GRU", {"input_size": 16, "hidden_size": 0}, engine_message="hidden_size must be greater than zero, got 0"),
    module("lstm-num-layers-zero", "LSTM", {"input_size": 16, "hidden_size": 32, "num_layers": 0}, engine_message="num_layers must be greater than zero, got 0"),
    module("rnn-input-negative", "RNN", {"input_size": -4, "hidden_size": 32}, engine_message="input_size must be a non-negative integer, got -4"),
    module("rnn-nonlinearity-sigmoid", "RNN", {"input_size": 10, "hidden_size": 20, "nonlinearity": "sigmoid"}),
    module("gru-proj-size-zero", "GRU", {"input_size": 10, "hidden_size": 20, "proj_size": 0}),
    module("ok-gru-dropout-int-one", "GRU", {"input_size": 10, "hidden_size": 20, "num_layers": 2, "dropout": 1}, expect="ok"),
    module("ok-lstm-proj-zero", "LSTM", {"input_size": 10, "hidden_size": 20, "proj_size": 0}, expect="ok"),
    module("ok-rnn-relu-no-bias", "RNN", {"input_size": 10, "hidden_size": 20, "nonlinearity": "relu", "bias": False}, expect="ok"),
    module("ok-rnncell-hidden-zero", "RNNCell", {"input_size": 10, "hidden_size": 0}, expect="ok"),
    module("ok-lstm-proj-just-below", "LSTM", {"input_size": 10, "hidden_size": 20, "proj_size": 19, "batch_first": True}, expect="ok"),
    linear("linear-negative-in", -32, 10),
    # dropout-single-layer/ (warnings only: the module is built)
    module("lstm-dropout-one-layer", "LSTM", {"input_size": 300, "hidden_size": 150, "num_layers": 1, "dropout": 0.5, "bidirectional": True}, expect="warning"),
    module("gru-dropout-default-layers", "GRU", {"input_size": 64, "hidden_size": 128, "dropout": 0.25, "batch_first": True}, expect="warning"),
    module("rnn-dropout-one-layer-class", "RNN", {"input_size": 65, "hidden_size": 128, "num_layers": 1, "dropout": 0.1}, expect="warning"),
    module("ok-lstm-dropout-two-layers", "LSTM", {"input_size": 300, "hidden_size": 150, "num_layers": 2, "dropout": 0.5}, expect="ok"),
    module("ok-rnn-dropout-zero-one-layer", "RNN", {"input_size": 300, "hidden_size": 150, "num_layers": 1, "dropout": 0.0}, expect="ok"),
    # batch-first-suspect/ (PyTorch's error is the hidden-size one; the warning is RNN Lens's)
    module("gru-batch-major-h0", "GRU", {"input_size": 16, "hidden_size": 64, "num_layers": 2}, [32, 50, 16], [[2, 32, 64]]),
    module("lstm-bf-time-major-h0", "LSTM", {"input_size": 8, "hidden_size": 16, "batch_first": True}, [25, 4, 8], LSTM_PAIR([1, 4, 16], [1, 4, 16])),
    module("lstm-loader-batch-major", "LSTM", {"input_size": 13, "hidden_size": 26}, [64, 100, 13], LSTM_PAIR([1, 64, 26], [1, 64, 26])),
    module("ok-gru-square-batch-seq", "GRU", {"input_size": 16, "hidden_size": 64}, [8, 8, 16], [[1, 8, 64]], expect="ok"),
    module("ok-gru-batch-major-no-h0", "GRU", {"input_size": 16, "hidden_size": 64}, [32, 50, 16], expect="ok", note="runs: 32 is taken as the sequence length"),
    # patterns/ and cross-file/
    module("lstm-reuse-state-layers", "LSTM", {"input_size": 20, "hidden_size": 20}, [5, 3, 20], LSTM_PAIR([2, 3, 20], [2, 3, 20])),
    module("arrow-gru-h0", "GRU", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], [[1, 3, 20]]),
    module("view-chain-bad-features", "GRU", {"input_size": 40, "hidden_size": 64, "bidirectional": True}, [30, 4, 20]),
    module("annotated-input-12", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 12]),
    module("annotated-h0-layers-8", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [50, 8, 10], LSTM_PAIR([1, 8, 20], [2, 8, 20])),
    module("annotated-h0-layers", "LSTM", {"input_size": 10, "hidden_size": 20, "num_layers": 2}, [5, 3, 10], LSTM_PAIR([1, 3, 20], [2, 3, 20]), note="batch=3"),
    module("gru-bi-zeros-no-directions", "GRU", {"input_size": 16, "hidden_size": 32, "num_layers": 2, "bidirectional": True}, [5, 3, 16], [[2, 3, 32]], note="batch=3"),
    module("cjs-rnn-h0", "RNN", {"input_size": 3, "hidden_size": 5, "num_layers": 2}, [7, 2, 3], [[2, 2, 3]]),
    module("flow-both-branches-wrong", "GRU", {"input_size": 16, "hidden_size": 32, "num_layers": 2}, [4, 2, 12]),
    module("gru-snake-bi-h0", "GRU", {"input_size": 8, "hidden_size": 16, "num_layers": 2, "bidirectional": True}, [6, 2, 8], [[2, 2, 16]]),
    module("lstm-camel-proj-h0", "LSTM", {"input_size": 8, "hidden_size": 16, "num_layers": 1, "proj_size": 4}, [6, 2, 8], LSTM_PAIR([1, 2, 16], [1, 2, 16])),
    module("namespace-gru-input", "GRU", {"input_size": 24, "hidden_size": 48}, [10, 2, 12]),
    module("named-lstm-h0", "LSTM", {"input_size": 24, "hidden_size": 48, "num_layers": 3}, [10, 2, 24], LSTM_PAIR([2, 2, 48], [3, 2, 48])),
    module("lm-hidden-swapped", "GRU", {"input_size": 200, "hidden_size": 300, "num_layers": 2}, [35, 20, 200], [[20, 2, 300]]),
    module("attn-decoder-input-size", "GRU", {"input_size": 768, "hidden_size": 512}, [1, 64, 1280], [[1, 64, 512]]),
    module("xfile-bi-h0-layers", "LSTM", {"input_size": 64, "hidden_size": 128, "num_layers": 2, "bidirectional": True}, [30, 8, 64], LSTM_PAIR([2, 8, 128], [4, 8, 128])),
    module("xfile-helper-h0-layers", "LSTM", {"input_size": 20, "hidden_size": 40, "num_layers": 3}, [12, 6, 20], LSTM_PAIR([1, 6, 40], [1, 6, 40])),
    module("gru-default-layers-dropout", "GRU", {"input_size": 10, "hidden_size": 20, "num_layers": 1, "dropout": 0.3}, expect="warning"),
    module("ok-gru-two-layers-dropout", "GRU", {"input_size": 10, "hidden_size": 20, "num_layers": 2, "dropout": 0.3}, [5, 1, 10], expect="ok"),
    module("ok-seq2seq-encoder-step", "GRU", {"input_size": 256, "hidden_size": 256}, [1, 1, 256], [[1, 1, 256]], expect="ok"),
    module("ok-seq2seq-decoder-step", "GRU", {"input_size": 256, "hidden_size": 256}, [1, 1, 256], [[1, 1, 256]], expect="ok"),
    module("forecaster-batch-4", "LSTM", {"input_size": 1, "hidden_size": 100}, [12, 4, 1], LSTM_PAIR([1, 1, 100], [1, 1, 100])),
    op("wlm-decoder-view", [35, 20, 33278], "view", [35, 20, 10000]),
    module("xfile-reexport-h0-layers", "GRU", {"input_size": 24, "hidden_size": 48, "num_layers": 2, "batch_first": True}, [16, 9, 24], [[1, 16, 48]]),
    module("acme-lstm-input", "LSTM", {"input_size": 32, "hidden_size": 64}, [10, 4, 16]),
    # linear-in-features-mismatch/
    linear("linear-bi-head-3d", 128, 5, [16, 30, 256]),
    linear("linear-bi-head-last-step", 128, 5, [16, 256]),
    linear("linear-attention-concat", 32, 1, [20, 4, 64]),
    linear("linear-cat-final-states", 256, 2, [64, 512]),
    linear("tagger-head-hidden", 128, 17, [32, 50, 256]),
    linear("lm-decoder-in-features", 200, 10000, [35, 20, 300]),
    linear("shape-query-head", 7, 1, [20, 4, 11]),
    linear("ok-linear-bi-head", 256, 5, [16, 30, 256], expect="ok"),
    # reshape-invalid/
    op("view-bi-output-as-hidden", [10, 4, 128], "view", [40, 64]),
    op("view-state-layers", [6, 2, 10], "view", [2, 2, 2, 10]),
    op("view-infer-not-divisible", [7, 3, 10], "view", [-1, 4, 10]),
    op("reshape-seq-mismatch", [1920], "reshape", [8, 10, 20]),
    op("view-two-inferred", [8, 12, 32], "view", [-1, -1]),
    op("ok-view-state-layers", [6, 2, 10], "view", [3, 2, 2, 10], expect="ok"),
    op("ok-view-inferred", [10, 4, 128], "view", [-1, 128], expect="ok"),
    # shape-op-invalid/
    op("permute-two-dims", [16, 40, 8], "permute", [1, 0]),
    op("transpose-dim-3", [16, 40, 8], "transpose", [1, 3]),
    op("select-layer-out-of-range", [2, 3, 10], "select", [0, 2]),
    op("size-dim-out-of-range", [3, 10], "size", [2]),
    op("select-time-out-of-range", [5, 3, 20], "select", [0, 5]),
    op("transpose-first-dim-bad", [2, 6], "transpose", [2, 0]),
    op("permute-array-dim-bad", [5, 2, 6], "permute", [0, 3, 1]),
    op("flatten-end-bad", [5, 2, 6], "flatten", [1, 3]),
    op("unsqueeze-bad", [5, 2, 6], "unsqueeze", [4]),
    op("ok-select-last", [2, 3, 10], "select", [0, -1], expect="ok"),
    cat("cat-feature-batch-mismatch", "cat", [[4, 9, 40], [2, 4, 20]], 2),
    cat("cat-skip-batch-first", "cat", [[9, 4, 32], [4, 9, 32]], 2),
    cat("stack-unequal", "stack", [[4, 16], [4, 32]], 0),
    cat("ok-cat-final-states", "cat", [[4, 40], [4, 20], [4, 20]], 1, expect="ok"),
]


# --------------------------------------------------------------------------------------------


def shapes_of(kind, result):
    if kind == "LSTM":
        out, (h, c) = result
        return {"output": list(out.shape), "h_n": list(h.shape), "c_n": list(c.shape)}
    if kind == "LSTMCell":
        h, c = result
        return {"output": list(h.shape), "h_n": list(h.shape), "c_n": list(c.shape)}
    if kind in ("RNNCell", "GRUCell"):
        return {"output": list(result.shape), "h_n": list(result.shape), "c_n": None}
    out, h = result
    return {"output": list(out.shape), "h_n": list(h.shape), "c_n": None}


def run_module(c):
    kind = c["module"]
    m = getattr(nn, kind)(**c["config"])
    if c["input_shape"] is None:
        return None
    m.eval()
    x = torch.zeros(c["input_shape"])
    if c["hx_shapes"] is None:
        return shapes_of(kind, m(x))
    states = tuple(torch.zeros(s) for s in c["hx_shapes"])
    form = c.get("hx_form") or ("tuple" if kind in ("LSTM", "LSTMCell") else "tensor")
    if form == "tuple":
        hx = states
    else:
        (hx,) = states
    return shapes_of(kind, m(x, hx))


def run_linear(c):
    m = nn.Linear(c["in_features"], c["out_features"])
    if c["input_shape"] is None:
        return None
    return {"output": list(m(torch.zeros(c["input_shape"])).shape)}


def run_op(c):
    t = torch.zeros(c["input_shape"])
    r = getattr(t, c["op"])(*c["args"])
    return {"output": list(r.shape) if isinstance(r, torch.Tensor) else r}


def run_cat(c):
    ts = [torch.zeros(s) for s in c["shapes"]]
    fn = torch.cat if c["kind"] == "cat" else torch.stack
    return {"output": list(fn(ts, c["dim"]).shape)}


RUNNERS = {"module": run_module, "linear": run_linear, "op": run_op, "cat": run_cat, "stack": run_cat}


def run(c):
    out = dict(c)
    caught = []
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            result = RUNNERS[c["kind"]](c)
            out["error_type"] = None
            out["message"] = None
            out["result_shapes"] = result
        except Exception as e:  # noqa: BLE001 - any exception PyTorch raises is the answer
            out["error_type"] = type(e).__name__
            out["message"] = str(e)
            out["result_shapes"] = None
        caught = [str(x.message) for x in w if issubclass(x.category, UserWarning)]
    out["warnings"] = caught
    got = "error" if out["error_type"] else "warning" if caught else "ok"
    if got != c["expect"]:
        raise SystemExit(f"fixture-errors: case {c['id']} expected {c['expect']}, PyTorch gave {got}: {out['message'] or caught}")
    return out


def main():
    ids = [c["id"] for c in CASES]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"fixture-errors: duplicate ids {sorted(dupes)}")
    cases = [run(c) for c in CASES]
    doc = {
        "meta": {
            "generator": "tools/fixture-errors.py",
            "versions": {"torch.__version__": torch.__version__, "python": platform.python_version()},
            "count": len(cases),
            "conventions": {
                "purpose": "what PyTorch does with the configurations the analyzer fixtures (test/fixtures) use; fixtures cite cases as fixture-errors#<id>",
                "module": "nn.<module>(**config); if input_shape, eval() then forward(zeros(input_shape), hx): hx_shapes null -> omitted; RNN/GRU/RNNCell/GRUCell -> zeros of the one shape, LSTM/LSTMCell -> a tuple of zeros of each shape; hx_form 'tuple' or 'tensor' overrides that",
                "linear": "nn.Linear(in_features, out_features), then forward(zeros(input_shape)) if given",
                "op": "zeros(input_shape).<op>(*args)",
                "cat/stack": "torch.<kind>([zeros(s) for s in shapes], dim)",
                "expect": "what the fixture claims: 'error' (error_type, message = str(exc)), 'warning' (warnings = str(w.message) of each UserWarning) or 'ok' (result_shapes)",
                "engine_message": "the engine's wording where PyTorch's message is an accident of Python (docs/architecture.md#the-engine-api)",
            },
        },
        "cases": cases,
    }
    json.dump(doc, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
