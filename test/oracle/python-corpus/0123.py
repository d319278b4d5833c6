# oracle: seed 123, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn
from torch.nn import GRU

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(8, 5, num_layers=3, bidirectional=False)
last_0_0 = encode_0(enc_0, torch.ones(3, 2, 8), h0=torch.zeros(2, 2, 5))
