# oracle: seed 166, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(8, 8, 1, True, False, bidirectional=True)
last_0_0 = encode_0(enc_0, torch.rand((3, 1, 8)))
