"""Records the golden for deploying a PyTorch-trained model in the engine (docs/engine.md).

Trains a small model in real PyTorch (an LSTM of two layers, batch first, with a Linear head on
the last step) for a few SGD steps on a toy task, so its weights are no initialisation the engine
could reproduce; saves the state dict as a safetensors file; and records an input with the
model's output in eval mode. test/engine/pytorch-trained-model.test.ts loads the file in the
engine and must give the same output within 1e-5; the browser example does the same in a page.

Writes test/goldens/pytorch-trained-lstm.safetensors and test/goldens/pytorch-trained-lstm.json.
Run with Debian's python3-torch: /usr/bin/python3 tools/pytorch-trained-model.py

The safetensors file is written by hand (the format is an 8-byte little-endian header length, a
JSON header of dtype, shape and data offsets per tensor, then the raw little-endian data), since
Debian has no safetensors package; `safetensors.torch.save_file(model.state_dict(), path)` writes
the same layout.
"""
import json
import os
import struct

import torch

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = os.path.join(ROOT, "test", "goldens")


class Tagger(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = torch.nn.LSTM(8, 16, num_layers=2, batch_first=True)
        self.head = torch.nn.Linear(16, 4)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


def save_safetensors(tensors, path):
    header = {}
    chunks = []
    offset = 0
    for name in sorted(tensors):
        data = tensors[name].detach().contiguous().to(torch.float32).numpy().astype("<f4").tobytes()
        header[name] = {"dtype": "F32", "shape": list(tensors[name].shape), "data_offsets": [offset, offset + len(data)]}
        chunks.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * (-len(text) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for c in chunks:
            f.write(c)


def main():
    torch.manual_seed(7)
    model = Tagger()
    opt = torch.optim.SGD(model.parameters(), lr=0.5)
    # Toy task: which quarter of the feature range the sequence's mean falls in.
    for _ in range(30):
        x = torch.randn(16, 5, 8)
        y = ((x.mean(dim=(1, 2)) + 0.5).clamp(0, 0.999) * 4).long()
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    x = torch.randn(3, 5, 8)
    with torch.no_grad():
        y = model(x)
    save_safetensors(model.state_dict(), os.path.join(OUT, "pytorch-trained-lstm.safetensors"))
    golden = {
        "meta": {
            "torch": torch.__version__,
            "script": "tools/pytorch-trained-model.py",
            "model": "lstm = LSTM(8, 16, num_layers=2, batch_first=True); head = Linear(16, 4); y = head(lstm(x)[0][:, -1]); eval mode",
            "weights": "pytorch-trained-lstm.safetensors (the state dict, F32)",
        },
        "input": {"shape": list(x.shape), "values": x.flatten().tolist()},
        "output": {"shape": list(y.shape), "values": y.flatten().tolist()},
    }
    with open(os.path.join(OUT, "pytorch-trained-lstm.json"), "w") as f:
        json.dump(golden, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
