"""PyTorch peer of `npm run bench:engine` (bench/peers/pytorch.ts runs it).

Loads the engine's weights and input from a safetensors file (parsed here with json, so only torch
is needed), runs torch.nn.LSTM/GRU/RNN forward under torch.no_grad() on one thread, times it with
the policy of bench/peers/common.ts (warm-up, samples until a count or a time budget, short calls
repeated within a sample), writes the output as raw little-endian float32 and prints one line of
JSON with the timing and what torch runs on.
"""
import array
import json
import math
import struct
import sys
import time

import torch


def read_safetensors(path):
    with open(path, "rb") as f:
        raw = f.read()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8 : 8 + n])
    data = raw[8 + n :]
    out = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        assert entry["dtype"] == "F32", entry
        begin, end = entry["data_offsets"]
        t = torch.frombuffer(bytearray(data[begin:end]), dtype=torch.float32) if end > begin else torch.zeros(0)
        out[name] = t.reshape(entry["shape"])
    return out


def measure(call, max_samples, budget_ms, min_sample_ms):
    now = lambda: time.perf_counter() * 1000.0
    samples = []
    calls = 1
    t0 = now()
    call()
    first = now() - t0
    if first >= budget_ms / 4:
        samples.append(first)
    else:
        warm_ms = min(1000.0, budget_ms / 8)
        n = 0
        w0 = now()
        while True:
            call()
            n += 1
            if now() - w0 >= warm_ms:
                break
        per_call = (now() - w0) / n
        calls = max(1, math.ceil(min_sample_ms / per_call))
    start = now()
    while len(samples) < max_samples:
        elapsed = now() - start
        if samples and elapsed + samples[-1] * calls > budget_ms:
            break
        s0 = now()
        for _ in range(calls):
            call()
        samples.append((now() - s0) / calls)
    s = sorted(samples)
    m = len(s) // 2
    median = s[m] if len(s) % 2 else (s[m - 1] + s[m]) / 2
    return {"medianMs": median, "samples": len(samples), "callsPerSample": calls}


def write_float32(path, t):
    t = t.contiguous().reshape(-1)
    try:
        raw = t.numpy().astype("<f4").tobytes()
    except (ImportError, RuntimeError):  # torch without numpy
        a = array.array("f", t.tolist())
        if sys.byteorder != "little":
            a.byteswap()
        raw = a.tobytes()
    with open(path, "wb") as f:
        f.write(raw)


def blas_libraries():
    """The BLAS shared objects actually mapped into this process (Debian's torch uses libblas.so.3's alternative)."""
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f if "blas" in line.lower() and "/" in line}
        return sorted(paths)
    except OSError:
        return []


def main():
    args = json.loads(sys.argv[1])
    torch.set_num_threads(1)
    tensors = read_safetensors(args["tensors"])
    kind, layers = args["kind"], args["numLayers"]
    cls = {"LSTM": torch.nn.LSTM, "GRU": torch.nn.GRU, "RNN": torch.nn.RNN}[kind]
    module = cls(args["inputSize"], args["hiddenSize"], layers)
    module.load_state_dict({k: v for k, v in tensors.items() if k != "input"})
    module.eval()
    x = tensors["input"]
    with torch.no_grad():
        y = module(x)[0]
        timing = measure(lambda: module(x), args["maxSamples"], args["budgetMs"], args["minSampleMs"])
    write_float32(args["output"], y)
    config = torch.__config__.show()
    blas_info = next((part.split("=", 1)[1] for part in config.replace(",", "\n").split() if part.startswith("BLAS_INFO=")), "?")
    timing.update({"torch": torch.__version__, "threads": torch.get_num_threads(), "blasInfo": blas_info, "blas": blas_libraries()})
    print(json.dumps(timing))


if __name__ == "__main__":
    main()
